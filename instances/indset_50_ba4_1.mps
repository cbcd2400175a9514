NAME indset_50_ba4_1
OBJSENSE
    MAX
ROWS
 N  obj
 L  clique_0
 L  clique_1
 L  clique_2
 L  clique_3
 L  clique_4
 L  clique_5
 L  clique_6
 L  clique_7
 L  clique_8
 L  clique_9
 L  clique_10
 L  clique_11
 L  clique_12
 L  clique_13
 L  clique_14
 L  edge_0_4
 L  edge_0_7
 L  edge_0_9
 L  edge_0_13
 L  edge_0_14
 L  edge_0_21
 L  edge_0_23
 L  edge_0_40
 L  edge_0_42
 L  edge_0_43
 L  edge_1_4
 L  edge_1_5
 L  edge_1_6
 L  edge_1_42
 L  edge_1_43
 L  edge_2_5
 L  edge_2_7
 L  edge_2_8
 L  edge_2_11
 L  edge_2_14
 L  edge_2_15
 L  edge_2_20
 L  edge_2_24
 L  edge_2_28
 L  edge_2_29
 L  edge_2_31
 L  edge_2_40
 L  edge_2_46
 L  edge_2_48
 L  edge_3_4
 L  edge_3_7
 L  edge_3_17
 L  edge_3_18
 L  edge_3_24
 L  edge_3_49
 L  edge_4_5
 L  edge_4_8
 L  edge_4_10
 L  edge_4_11
 L  edge_4_12
 L  edge_4_14
 L  edge_4_18
 L  edge_4_26
 L  edge_4_32
 L  edge_4_37
 L  edge_4_45
 L  edge_4_47
 L  edge_5_6
 L  edge_5_21
 L  edge_5_22
 L  edge_5_25
 L  edge_5_30
 L  edge_5_36
 L  edge_5_39
 L  edge_6_7
 L  edge_6_18
 L  edge_6_22
 L  edge_6_23
 L  edge_6_28
 L  edge_6_34
 L  edge_7_16
 L  edge_7_20
 L  edge_7_31
 L  edge_7_32
 L  edge_7_35
 L  edge_7_36
 L  edge_7_37
 L  edge_7_41
 L  edge_8_10
 L  edge_8_11
 L  edge_8_12
 L  edge_8_16
 L  edge_8_19
 L  edge_8_41
 L  edge_8_42
 L  edge_8_45
 L  edge_8_49
 L  edge_9_10
 L  edge_9_13
 L  edge_9_14
 L  edge_9_15
 L  edge_9_18
 L  edge_9_19
 L  edge_9_22
 L  edge_9_26
 L  edge_9_27
 L  edge_9_28
 L  edge_9_30
 L  edge_10_11
 L  edge_10_12
 L  edge_10_16
 L  edge_10_17
 L  edge_10_26
 L  edge_10_32
 L  edge_10_33
 L  edge_10_41
 L  edge_10_43
 L  edge_11_16
 L  edge_11_17
 L  edge_11_22
 L  edge_11_32
 L  edge_11_39
 L  edge_12_17
 L  edge_12_29
 L  edge_12_38
 L  edge_13_15
 L  edge_13_20
 L  edge_13_21
 L  edge_13_26
 L  edge_13_31
 L  edge_13_34
 L  edge_13_39
 L  edge_13_43
 L  edge_13_47
 L  edge_14_15
 L  edge_15_27
 L  edge_15_30
 L  edge_15_38
 L  edge_15_46
 L  edge_15_47
 L  edge_18_24
 L  edge_19_20
 L  edge_19_21
 L  edge_19_25
 L  edge_19_29
 L  edge_19_34
 L  edge_20_25
 L  edge_22_23
 L  edge_22_27
 L  edge_23_35
 L  edge_23_36
 L  edge_23_37
 L  edge_23_38
 L  edge_23_48
 L  edge_24_25
 L  edge_24_28
 L  edge_24_33
 L  edge_24_37
 L  edge_24_40
 L  edge_24_44
 L  edge_26_33
 L  edge_26_49
 L  edge_27_39
 L  edge_27_44
 L  edge_27_48
 L  edge_28_35
 L  edge_28_40
 L  edge_28_42
 L  edge_28_45
 L  edge_29_46
 L  edge_30_31
 L  edge_30_38
 L  edge_34_35
 L  edge_34_48
 L  edge_36_46
 L  edge_47_49
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  1  clique_2  1
    x_0  edge_0_4  1  edge_0_7  1
    x_0  edge_0_9  1  edge_0_13  1
    x_0  edge_0_14  1  edge_0_21  1
    x_0  edge_0_23  1  edge_0_40  1
    x_0  edge_0_42  1  edge_0_43  1
    x_1  obj  1  clique_10  1
    x_1  edge_1_4  1  edge_1_5  1
    x_1  edge_1_6  1  edge_1_42  1
    x_1  edge_1_43  1
    x_2  obj  1  clique_0  1
    x_2  edge_2_5  1  edge_2_7  1
    x_2  edge_2_8  1  edge_2_11  1
    x_2  edge_2_14  1  edge_2_15  1
    x_2  edge_2_20  1  edge_2_24  1
    x_2  edge_2_28  1  edge_2_29  1
    x_2  edge_2_31  1  edge_2_40  1
    x_2  edge_2_46  1  edge_2_48  1
    x_3  obj  1  clique_7  1
    x_3  edge_3_4  1  edge_3_7  1
    x_3  edge_3_17  1  edge_3_18  1
    x_3  edge_3_24  1  edge_3_49  1
    x_4  obj  1  clique_0  1
    x_4  edge_0_4  1  edge_1_4  1
    x_4  edge_3_4  1  edge_4_5  1
    x_4  edge_4_8  1  edge_4_10  1
    x_4  edge_4_11  1  edge_4_12  1
    x_4  edge_4_14  1  edge_4_18  1
    x_4  edge_4_26  1  edge_4_32  1
    x_4  edge_4_37  1  edge_4_45  1
    x_4  edge_4_47  1
    x_5  obj  1  clique_2  1
    x_5  edge_1_5  1  edge_2_5  1
    x_5  edge_4_5  1  edge_5_6  1
    x_5  edge_5_21  1  edge_5_22  1
    x_5  edge_5_25  1  edge_5_30  1
    x_5  edge_5_36  1  edge_5_39  1
    x_6  obj  1  clique_0  1
    x_6  edge_1_6  1  edge_5_6  1
    x_6  edge_6_7  1  edge_6_18  1
    x_6  edge_6_22  1  edge_6_23  1
    x_6  edge_6_28  1  edge_6_34  1
    x_7  obj  1  clique_1  1
    x_7  edge_0_7  1  edge_2_7  1
    x_7  edge_3_7  1  edge_6_7  1
    x_7  edge_7_16  1  edge_7_20  1
    x_7  edge_7_31  1  edge_7_32  1
    x_7  edge_7_35  1  edge_7_36  1
    x_7  edge_7_37  1  edge_7_41  1
    x_8  obj  1  clique_2  1
    x_8  edge_2_8  1  edge_4_8  1
    x_8  edge_8_10  1  edge_8_11  1
    x_8  edge_8_12  1  edge_8_16  1
    x_8  edge_8_19  1  edge_8_41  1
    x_8  edge_8_42  1  edge_8_45  1
    x_8  edge_8_49  1
    x_9  obj  1  clique_0  1
    x_9  edge_0_9  1  edge_9_10  1
    x_9  edge_9_13  1  edge_9_14  1
    x_9  edge_9_15  1  edge_9_18  1
    x_9  edge_9_19  1  edge_9_22  1
    x_9  edge_9_26  1  edge_9_27  1
    x_9  edge_9_28  1  edge_9_30  1
    x_10  obj  1  clique_1  1
    x_10  edge_4_10  1  edge_8_10  1
    x_10  edge_9_10  1  edge_10_11  1
    x_10  edge_10_12  1  edge_10_16  1
    x_10  edge_10_17  1  edge_10_26  1
    x_10  edge_10_32  1  edge_10_33  1
    x_10  edge_10_41  1  edge_10_43  1
    x_11  obj  1  clique_3  1
    x_11  edge_2_11  1  edge_4_11  1
    x_11  edge_8_11  1  edge_10_11  1
    x_11  edge_11_16  1  edge_11_17  1
    x_11  edge_11_22  1  edge_11_32  1
    x_11  edge_11_39  1
    x_12  obj  1  clique_3  1
    x_12  edge_4_12  1  edge_8_12  1
    x_12  edge_10_12  1  edge_12_17  1
    x_12  edge_12_29  1  edge_12_38  1
    x_13  obj  1  clique_1  1
    x_13  edge_0_13  1  edge_9_13  1
    x_13  edge_13_15  1  edge_13_20  1
    x_13  edge_13_21  1  edge_13_26  1
    x_13  edge_13_31  1  edge_13_34  1
    x_13  edge_13_39  1  edge_13_43  1
    x_13  edge_13_47  1
    x_14  obj  1  edge_0_14  1
    x_14  edge_2_14  1  edge_4_14  1
    x_14  edge_9_14  1  edge_14_15  1
    x_15  obj  1  clique_4  1
    x_15  edge_2_15  1  edge_9_15  1
    x_15  edge_13_15  1  edge_14_15  1
    x_15  edge_15_27  1  edge_15_30  1
    x_15  edge_15_38  1  edge_15_46  1
    x_15  edge_15_47  1
    x_16  obj  1  clique_11  1
    x_16  edge_7_16  1  edge_8_16  1
    x_16  edge_10_16  1  edge_11_16  1
    x_17  obj  1  edge_3_17  1
    x_17  edge_10_17  1  edge_11_17  1
    x_17  edge_12_17  1
    x_18  obj  1  edge_3_18  1
    x_18  edge_4_18  1  edge_6_18  1
    x_18  edge_9_18  1  edge_18_24  1
    x_19  obj  1  clique_3  1
    x_19  edge_8_19  1  edge_9_19  1
    x_19  edge_19_20  1  edge_19_21  1
    x_19  edge_19_25  1  edge_19_29  1
    x_19  edge_19_34  1
    x_20  obj  1  clique_5  1
    x_20  edge_2_20  1  edge_7_20  1
    x_20  edge_13_20  1  edge_19_20  1
    x_20  edge_20_25  1
    x_21  obj  1  clique_12  1
    x_21  edge_0_21  1  edge_5_21  1
    x_21  edge_13_21  1  edge_19_21  1
    x_22  obj  1  edge_5_22  1
    x_22  edge_6_22  1  edge_9_22  1
    x_22  edge_11_22  1  edge_22_23  1
    x_22  edge_22_27  1
    x_23  obj  1  clique_5  1
    x_23  edge_0_23  1  edge_6_23  1
    x_23  edge_22_23  1  edge_23_35  1
    x_23  edge_23_36  1  edge_23_37  1
    x_23  edge_23_38  1  edge_23_48  1
    x_24  obj  1  clique_4  1
    x_24  edge_2_24  1  edge_3_24  1
    x_24  edge_18_24  1  edge_24_25  1
    x_24  edge_24_28  1  edge_24_33  1
    x_24  edge_24_37  1  edge_24_40  1
    x_24  edge_24_44  1
    x_25  obj  1  clique_9  1
    x_25  edge_5_25  1  edge_19_25  1
    x_25  edge_20_25  1  edge_24_25  1
    x_26  obj  1  clique_8  1
    x_26  edge_4_26  1  edge_9_26  1
    x_26  edge_10_26  1  edge_13_26  1
    x_26  edge_26_33  1  edge_26_49  1
    x_27  obj  1  clique_7  1
    x_27  edge_9_27  1  edge_15_27  1
    x_27  edge_22_27  1  edge_27_39  1
    x_27  edge_27_44  1  edge_27_48  1
    x_28  obj  1  clique_6  1
    x_28  edge_2_28  1  edge_6_28  1
    x_28  edge_9_28  1  edge_24_28  1
    x_28  edge_28_35  1  edge_28_40  1
    x_28  edge_28_42  1  edge_28_45  1
    x_29  obj  1  clique_11  1
    x_29  edge_2_29  1  edge_12_29  1
    x_29  edge_19_29  1  edge_29_46  1
    x_30  obj  1  clique_9  1
    x_30  edge_5_30  1  edge_9_30  1
    x_30  edge_15_30  1  edge_30_31  1
    x_30  edge_30_38  1
    x_31  obj  1  clique_13  1
    x_31  edge_2_31  1  edge_7_31  1
    x_31  edge_13_31  1  edge_30_31  1
    x_32  obj  1  edge_4_32  1
    x_32  edge_7_32  1  edge_10_32  1
    x_32  edge_11_32  1
    x_33  obj  1  clique_6  1
    x_33  edge_10_33  1  edge_24_33  1
    x_33  edge_26_33  1
    x_34  obj  1  clique_8  1
    x_34  edge_6_34  1  edge_13_34  1
    x_34  edge_19_34  1  edge_34_35  1
    x_34  edge_34_48  1
    x_35  obj  1  edge_7_35  1
    x_35  edge_23_35  1  edge_28_35  1
    x_35  edge_34_35  1
    x_36  obj  1  clique_12  1
    x_36  edge_5_36  1  edge_7_36  1
    x_36  edge_23_36  1  edge_36_46  1
    x_37  obj  1  edge_4_37  1
    x_37  edge_7_37  1  edge_23_37  1
    x_37  edge_24_37  1
    x_38  obj  1  edge_12_38  1
    x_38  edge_15_38  1  edge_23_38  1
    x_38  edge_30_38  1
    x_39  obj  1  clique_14  1
    x_39  edge_5_39  1  edge_11_39  1
    x_39  edge_13_39  1  edge_27_39  1
    x_40  obj  1  edge_0_40  1
    x_40  edge_2_40  1  edge_24_40  1
    x_40  edge_28_40  1
    x_41  obj  1  clique_13  1
    x_41  edge_7_41  1  edge_8_41  1
    x_41  edge_10_41  1
    x_42  obj  1  edge_0_42  1
    x_42  edge_1_42  1  edge_8_42  1
    x_42  edge_28_42  1
    x_43  obj  1  edge_0_43  1
    x_43  edge_1_43  1  edge_10_43  1
    x_43  edge_13_43  1
    x_44  obj  1  clique_9  1
    x_44  edge_24_44  1  edge_27_44  1
    x_45  obj  1  clique_14  1
    x_45  edge_4_45  1  edge_8_45  1
    x_45  edge_28_45  1
    x_46  obj  1  edge_2_46  1
    x_46  edge_15_46  1  edge_29_46  1
    x_46  edge_36_46  1
    x_47  obj  1  clique_10  1
    x_47  edge_4_47  1  edge_13_47  1
    x_47  edge_15_47  1  edge_47_49  1
    x_48  obj  1  edge_2_48  1
    x_48  edge_23_48  1  edge_27_48  1
    x_48  edge_34_48  1
    x_49  obj  1  edge_3_49  1
    x_49  edge_8_49  1  edge_26_49  1
    x_49  edge_47_49  1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  clique_0  1
    RHS  clique_1  1
    RHS  clique_2  1
    RHS  clique_3  1
    RHS  clique_4  1
    RHS  clique_5  1
    RHS  clique_6  1
    RHS  clique_7  1
    RHS  clique_8  1
    RHS  clique_9  1
    RHS  clique_10  1
    RHS  clique_11  1
    RHS  clique_12  1
    RHS  clique_13  1
    RHS  clique_14  1
    RHS  edge_0_4  1
    RHS  edge_0_7  1
    RHS  edge_0_9  1
    RHS  edge_0_13  1
    RHS  edge_0_14  1
    RHS  edge_0_21  1
    RHS  edge_0_23  1
    RHS  edge_0_40  1
    RHS  edge_0_42  1
    RHS  edge_0_43  1
    RHS  edge_1_4  1
    RHS  edge_1_5  1
    RHS  edge_1_6  1
    RHS  edge_1_42  1
    RHS  edge_1_43  1
    RHS  edge_2_5  1
    RHS  edge_2_7  1
    RHS  edge_2_8  1
    RHS  edge_2_11  1
    RHS  edge_2_14  1
    RHS  edge_2_15  1
    RHS  edge_2_20  1
    RHS  edge_2_24  1
    RHS  edge_2_28  1
    RHS  edge_2_29  1
    RHS  edge_2_31  1
    RHS  edge_2_40  1
    RHS  edge_2_46  1
    RHS  edge_2_48  1
    RHS  edge_3_4  1
    RHS  edge_3_7  1
    RHS  edge_3_17  1
    RHS  edge_3_18  1
    RHS  edge_3_24  1
    RHS  edge_3_49  1
    RHS  edge_4_5  1
    RHS  edge_4_8  1
    RHS  edge_4_10  1
    RHS  edge_4_11  1
    RHS  edge_4_12  1
    RHS  edge_4_14  1
    RHS  edge_4_18  1
    RHS  edge_4_26  1
    RHS  edge_4_32  1
    RHS  edge_4_37  1
    RHS  edge_4_45  1
    RHS  edge_4_47  1
    RHS  edge_5_6  1
    RHS  edge_5_21  1
    RHS  edge_5_22  1
    RHS  edge_5_25  1
    RHS  edge_5_30  1
    RHS  edge_5_36  1
    RHS  edge_5_39  1
    RHS  edge_6_7  1
    RHS  edge_6_18  1
    RHS  edge_6_22  1
    RHS  edge_6_23  1
    RHS  edge_6_28  1
    RHS  edge_6_34  1
    RHS  edge_7_16  1
    RHS  edge_7_20  1
    RHS  edge_7_31  1
    RHS  edge_7_32  1
    RHS  edge_7_35  1
    RHS  edge_7_36  1
    RHS  edge_7_37  1
    RHS  edge_7_41  1
    RHS  edge_8_10  1
    RHS  edge_8_11  1
    RHS  edge_8_12  1
    RHS  edge_8_16  1
    RHS  edge_8_19  1
    RHS  edge_8_41  1
    RHS  edge_8_42  1
    RHS  edge_8_45  1
    RHS  edge_8_49  1
    RHS  edge_9_10  1
    RHS  edge_9_13  1
    RHS  edge_9_14  1
    RHS  edge_9_15  1
    RHS  edge_9_18  1
    RHS  edge_9_19  1
    RHS  edge_9_22  1
    RHS  edge_9_26  1
    RHS  edge_9_27  1
    RHS  edge_9_28  1
    RHS  edge_9_30  1
    RHS  edge_10_11  1
    RHS  edge_10_12  1
    RHS  edge_10_16  1
    RHS  edge_10_17  1
    RHS  edge_10_26  1
    RHS  edge_10_32  1
    RHS  edge_10_33  1
    RHS  edge_10_41  1
    RHS  edge_10_43  1
    RHS  edge_11_16  1
    RHS  edge_11_17  1
    RHS  edge_11_22  1
    RHS  edge_11_32  1
    RHS  edge_11_39  1
    RHS  edge_12_17  1
    RHS  edge_12_29  1
    RHS  edge_12_38  1
    RHS  edge_13_15  1
    RHS  edge_13_20  1
    RHS  edge_13_21  1
    RHS  edge_13_26  1
    RHS  edge_13_31  1
    RHS  edge_13_34  1
    RHS  edge_13_39  1
    RHS  edge_13_43  1
    RHS  edge_13_47  1
    RHS  edge_14_15  1
    RHS  edge_15_27  1
    RHS  edge_15_30  1
    RHS  edge_15_38  1
    RHS  edge_15_46  1
    RHS  edge_15_47  1
    RHS  edge_18_24  1
    RHS  edge_19_20  1
    RHS  edge_19_21  1
    RHS  edge_19_25  1
    RHS  edge_19_29  1
    RHS  edge_19_34  1
    RHS  edge_20_25  1
    RHS  edge_22_23  1
    RHS  edge_22_27  1
    RHS  edge_23_35  1
    RHS  edge_23_36  1
    RHS  edge_23_37  1
    RHS  edge_23_38  1
    RHS  edge_23_48  1
    RHS  edge_24_25  1
    RHS  edge_24_28  1
    RHS  edge_24_33  1
    RHS  edge_24_37  1
    RHS  edge_24_40  1
    RHS  edge_24_44  1
    RHS  edge_26_33  1
    RHS  edge_26_49  1
    RHS  edge_27_39  1
    RHS  edge_27_44  1
    RHS  edge_27_48  1
    RHS  edge_28_35  1
    RHS  edge_28_40  1
    RHS  edge_28_42  1
    RHS  edge_28_45  1
    RHS  edge_29_46  1
    RHS  edge_30_31  1
    RHS  edge_30_38  1
    RHS  edge_34_35  1
    RHS  edge_34_48  1
    RHS  edge_36_46  1
    RHS  edge_47_49  1
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
ENDATA
