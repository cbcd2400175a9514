NAME setcover_50x100_d0.05_c100_1
ROWS
 N  obj
 G  cover_0
 G  cover_1
 G  cover_2
 G  cover_3
 G  cover_4
 G  cover_5
 G  cover_6
 G  cover_7
 G  cover_8
 G  cover_9
 G  cover_10
 G  cover_11
 G  cover_12
 G  cover_13
 G  cover_14
 G  cover_15
 G  cover_16
 G  cover_17
 G  cover_18
 G  cover_19
 G  cover_20
 G  cover_21
 G  cover_22
 G  cover_23
 G  cover_24
 G  cover_25
 G  cover_26
 G  cover_27
 G  cover_28
 G  cover_29
 G  cover_30
 G  cover_31
 G  cover_32
 G  cover_33
 G  cover_34
 G  cover_35
 G  cover_36
 G  cover_37
 G  cover_38
 G  cover_39
 G  cover_40
 G  cover_41
 G  cover_42
 G  cover_43
 G  cover_44
 G  cover_45
 G  cover_46
 G  cover_47
 G  cover_48
 G  cover_49
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  27  cover_1  1
    x_0  cover_26  1
    x_1  obj  78  cover_16  1
    x_1  cover_21  1  cover_36  1
    x_2  obj  79  cover_17  1
    x_2  cover_30  1  cover_44  1
    x_3  obj  74  cover_14  1
    x_3  cover_32  1  cover_41  1
    x_4  obj  92  cover_7  1
    x_4  cover_28  1  cover_40  1
    x_4  cover_45  1
    x_5  obj  78  cover_35  1
    x_5  cover_39  1
    x_6  obj  61  cover_11  1
    x_6  cover_18  1  cover_29  1
    x_7  obj  35  cover_13  1
    x_7  cover_34  1
    x_8  obj  6  cover_23  1
    x_8  cover_31  1  cover_46  1
    x_9  obj  64  cover_6  1
    x_9  cover_10  1  cover_27  1
    x_10  obj  62  cover_15  1
    x_10  cover_20  1
    x_11  obj  13  cover_22  1
    x_11  cover_33  1
    x_12  obj  48  cover_2  1
    x_12  cover_19  1
    x_13  obj  67  cover_25  1
    x_13  cover_43  1  cover_47  1
    x_14  obj  57  cover_8  1
    x_14  cover_38  1
    x_15  obj  57  cover_0  1
    x_15  cover_4  1  cover_5  1
    x_16  obj  88  cover_3  1
    x_16  cover_48  1  cover_49  1
    x_17  obj  81  cover_24  1
    x_17  cover_37  1  cover_42  1
    x_18  obj  5  cover_9  1
    x_18  cover_12  1
    x_19  obj  28  cover_11  1
    x_19  cover_32  1
    x_20  obj  11  cover_28  1
    x_20  cover_30  1  cover_46  1
    x_21  obj  4  cover_17  1
    x_21  cover_29  1  cover_35  1
    x_21  cover_45  1
    x_22  obj  47  cover_45  1
    x_22  cover_49  1
    x_23  obj  19  cover_44  1
    x_23  cover_49  1
    x_24  obj  24  cover_15  1
    x_24  cover_36  1
    x_25  obj  75  cover_25  1
    x_25  cover_32  1  cover_35  1
    x_26  obj  32  cover_17  1
    x_26  cover_28  1  cover_41  1
    x_27  obj  9  cover_30  1
    x_27  cover_49  1
    x_28  obj  42  cover_1  1
    x_28  cover_23  1  cover_32  1
    x_28  cover_35  1
    x_29  obj  42  cover_30  1
    x_29  cover_40  1
    x_30  obj  29  cover_3  1
    x_30  cover_23  1
    x_31  obj  84  cover_12  1
    x_31  cover_36  1
    x_32  obj  88  cover_21  1
    x_32  cover_41  1
    x_33  obj  47  cover_18  1
    x_33  cover_35  1
    x_34  obj  91  cover_12  1
    x_34  cover_18  1  cover_27  1
    x_35  obj  7  cover_3  1
    x_35  cover_29  1
    x_36  obj  26  cover_0  1
    x_36  cover_13  1
    x_37  obj  41  cover_9  1
    x_37  cover_44  1
    x_38  obj  67  cover_10  1
    x_38  cover_32  1  cover_42  1
    x_39  obj  42  cover_19  1
    x_39  cover_31  1  cover_34  1
    x_40  obj  94  cover_12  1
    x_40  cover_18  1  cover_46  1
    x_41  obj  18  cover_6  1
    x_41  cover_49  1
    x_42  obj  6  cover_26  1
    x_42  cover_32  1
    x_43  obj  7  cover_4  1
    x_43  cover_47  1
    x_44  obj  38  cover_5  1
    x_44  cover_12  1  cover_46  1
    x_45  obj  46  cover_6  1
    x_45  cover_13  1  cover_35  1
    x_45  cover_44  1
    x_46  obj  47  cover_19  1
    x_46  cover_23  1  cover_44  1
    x_47  obj  55  cover_17  1
    x_47  cover_43  1
    x_48  obj  49  cover_3  1
    x_48  cover_16  1  cover_36  1
    x_48  cover_43  1
    x_49  obj  66  cover_8  1
    x_49  cover_9  1  cover_47  1
    x_50  obj  69  cover_32  1
    x_50  cover_46  1
    x_51  obj  58  cover_6  1
    x_51  cover_21  1
    x_52  obj  89  cover_1  1
    x_52  cover_46  1
    x_53  obj  54  cover_1  1
    x_53  cover_10  1
    x_54  obj  35  cover_21  1
    x_54  cover_29  1  cover_35  1
    x_55  obj  88  cover_32  1
    x_55  cover_39  1
    x_56  obj  99  cover_48  1
    x_56  cover_49  1
    x_57  obj  32  cover_9  1
    x_57  cover_18  1  cover_37  1
    x_58  obj  32  cover_5  1
    x_58  cover_24  1
    x_59  obj  3  cover_21  1
    x_59  cover_33  1  cover_42  1
    x_60  obj  67  cover_3  1
    x_60  cover_21  1
    x_61  obj  60  cover_32  1
    x_61  cover_34  1
    x_62  obj  49  cover_0  1
    x_62  cover_40  1
    x_63  obj  63  cover_1  1
    x_63  cover_14  1
    x_64  obj  34  cover_31  1
    x_64  cover_40  1
    x_65  obj  83  cover_25  1
    x_65  cover_28  1
    x_66  obj  59  cover_1  1
    x_66  cover_28  1
    x_67  obj  77  cover_15  1
    x_67  cover_27  1
    x_68  obj  75  cover_11  1
    x_68  cover_38  1
    x_69  obj  7  cover_20  1
    x_69  cover_49  1
    x_70  obj  23  cover_12  1
    x_70  cover_42  1  cover_44  1
    x_71  obj  60  cover_25  1
    x_71  cover_26  1  cover_30  1
    x_71  cover_42  1  cover_48  1
    x_72  obj  64  cover_20  1
    x_72  cover_33  1
    x_73  obj  23  cover_43  1
    x_73  cover_47  1
    x_74  obj  11  cover_39  1
    x_74  cover_40  1
    x_75  obj  6  cover_18  1
    x_75  cover_21  1
    x_76  obj  91  cover_2  1
    x_76  cover_19  1
    x_77  obj  28  cover_0  1
    x_77  cover_27  1
    x_78  obj  49  cover_8  1
    x_78  cover_18  1  cover_45  1
    x_79  obj  12  cover_7  1
    x_79  cover_18  1  cover_49  1
    x_80  obj  11  cover_6  1
    x_80  cover_49  1
    x_81  obj  62  cover_1  1
    x_81  cover_47  1
    x_82  obj  81  cover_16  1
    x_82  cover_46  1
    x_83  obj  73  cover_13  1
    x_83  cover_14  1  cover_24  1
    x_83  cover_49  1
    x_84  obj  1  cover_37  1
    x_84  cover_42  1
    x_85  obj  53  cover_38  1
    x_85  cover_44  1
    x_86  obj  100  cover_11  1
    x_86  cover_24  1
    x_87  obj  45  cover_3  1
    x_87  cover_7  1  cover_42  1
    x_88  obj  71  cover_33  1
    x_88  cover_43  1
    x_89  obj  14  cover_24  1
    x_89  cover_45  1
    x_90  obj  57  cover_3  1
    x_90  cover_38  1
    x_91  obj  52  cover_9  1
    x_91  cover_30  1  cover_41  1
    x_91  cover_44  1
    x_92  obj  21  cover_21  1
    x_92  cover_39  1
    x_93  obj  97  cover_17  1
    x_93  cover_24  1  cover_49  1
    x_94  obj  60  cover_16  1
    x_94  cover_29  1  cover_31  1
    x_94  cover_43  1
    x_95  obj  51  cover_40  1
    x_95  cover_44  1
    x_96  obj  15  cover_26  1
    x_96  cover_39  1
    x_97  obj  58  cover_30  1
    x_97  cover_39  1  cover_42  1
    x_98  obj  84  cover_28  1
    x_98  cover_29  1  cover_34  1
    x_99  obj  99  cover_13  1
    x_99  cover_24  1  cover_28  1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  cover_0  1
    RHS  cover_1  1
    RHS  cover_2  1
    RHS  cover_3  1
    RHS  cover_4  1
    RHS  cover_5  1
    RHS  cover_6  1
    RHS  cover_7  1
    RHS  cover_8  1
    RHS  cover_9  1
    RHS  cover_10  1
    RHS  cover_11  1
    RHS  cover_12  1
    RHS  cover_13  1
    RHS  cover_14  1
    RHS  cover_15  1
    RHS  cover_16  1
    RHS  cover_17  1
    RHS  cover_18  1
    RHS  cover_19  1
    RHS  cover_20  1
    RHS  cover_21  1
    RHS  cover_22  1
    RHS  cover_23  1
    RHS  cover_24  1
    RHS  cover_25  1
    RHS  cover_26  1
    RHS  cover_27  1
    RHS  cover_28  1
    RHS  cover_29  1
    RHS  cover_30  1
    RHS  cover_31  1
    RHS  cover_32  1
    RHS  cover_33  1
    RHS  cover_34  1
    RHS  cover_35  1
    RHS  cover_36  1
    RHS  cover_37  1
    RHS  cover_38  1
    RHS  cover_39  1
    RHS  cover_40  1
    RHS  cover_41  1
    RHS  cover_42  1
    RHS  cover_43  1
    RHS  cover_44  1
    RHS  cover_45  1
    RHS  cover_46  1
    RHS  cover_47  1
    RHS  cover_48  1
    RHS  cover_49  1
BOUNDS
 BV BND  x_0
 BV BND  x_1
 BV BND  x_2
 BV BND  x_3
 BV BND  x_4
 BV BND  x_5
 BV BND  x_6
 BV BND  x_7
 BV BND  x_8
 BV BND  x_9
 BV BND  x_10
 BV BND  x_11
 BV BND  x_12
 BV BND  x_13
 BV BND  x_14
 BV BND  x_15
 BV BND  x_16
 BV BND  x_17
 BV BND  x_18
 BV BND  x_19
 BV BND  x_20
 BV BND  x_21
 BV BND  x_22
 BV BND  x_23
 BV BND  x_24
 BV BND  x_25
 BV BND  x_26
 BV BND  x_27
 BV BND  x_28
 BV BND  x_29
 BV BND  x_30
 BV BND  x_31
 BV BND  x_32
 BV BND  x_33
 BV BND  x_34
 BV BND  x_35
 BV BND  x_36
 BV BND  x_37
 BV BND  x_38
 BV BND  x_39
 BV BND  x_40
 BV BND  x_41
 BV BND  x_42
 BV BND  x_43
 BV BND  x_44
 BV BND  x_45
 BV BND  x_46
 BV BND  x_47
 BV BND  x_48
 BV BND  x_49
 BV BND  x_50
 BV BND  x_51
 BV BND  x_52
 BV BND  x_53
 BV BND  x_54
 BV BND  x_55
 BV BND  x_56
 BV BND  x_57
 BV BND  x_58
 BV BND  x_59
 BV BND  x_60
 BV BND  x_61
 BV BND  x_62
 BV BND  x_63
 BV BND  x_64
 BV BND  x_65
 BV BND  x_66
 BV BND  x_67
 BV BND  x_68
 BV BND  x_69
 BV BND  x_70
 BV BND  x_71
 BV BND  x_72
 BV BND  x_73
 BV BND  x_74
 BV BND  x_75
 BV BND  x_76
 BV BND  x_77
 BV BND  x_78
 BV BND  x_79
 BV BND  x_80
 BV BND  x_81
 BV BND  x_82
 BV BND  x_83
 BV BND  x_84
 BV BND  x_85
 BV BND  x_86
 BV BND  x_87
 BV BND  x_88
 BV BND  x_89
 BV BND  x_90
 BV BND  x_91
 BV BND  x_92
 BV BND  x_93
 BV BND  x_94
 BV BND  x_95
 BV BND  x_96
 BV BND  x_97
 BV BND  x_98
 BV BND  x_99
ENDATA
