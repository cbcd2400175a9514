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
 L  clique_15
 L  clique_16
 L  edge_0_4
 L  edge_0_6
 L  edge_0_11
 L  edge_0_32
 L  edge_1_4
 L  edge_1_5
 L  edge_1_12
 L  edge_1_14
 L  edge_1_21
 L  edge_1_26
 L  edge_1_28
 L  edge_1_31
 L  edge_1_35
 L  edge_1_36
 L  edge_1_45
 L  edge_2_4
 L  edge_2_6
 L  edge_2_7
 L  edge_2_8
 L  edge_2_12
 L  edge_2_29
 L  edge_2_47
 L  edge_2_48
 L  edge_3_5
 L  edge_3_8
 L  edge_3_10
 L  edge_3_11
 L  edge_3_14
 L  edge_3_17
 L  edge_3_25
 L  edge_3_27
 L  edge_3_36
 L  edge_3_46
 L  edge_4_5
 L  edge_4_8
 L  edge_4_10
 L  edge_4_11
 L  edge_4_15
 L  edge_4_16
 L  edge_4_17
 L  edge_4_18
 L  edge_4_21
 L  edge_4_22
 L  edge_4_23
 L  edge_4_24
 L  edge_4_25
 L  edge_4_44
 L  edge_5_22
 L  edge_5_47
 L  edge_6_9
 L  edge_6_11
 L  edge_6_13
 L  edge_6_16
 L  edge_6_22
 L  edge_6_24
 L  edge_6_25
 L  edge_6_37
 L  edge_6_38
 L  edge_6_45
 L  edge_7_9
 L  edge_7_12
 L  edge_7_15
 L  edge_7_19
 L  edge_7_20
 L  edge_7_21
 L  edge_7_26
 L  edge_7_32
 L  edge_7_37
 L  edge_7_42
 L  edge_7_45
 L  edge_8_14
 L  edge_8_19
 L  edge_8_21
 L  edge_8_30
 L  edge_8_36
 L  edge_8_49
 L  edge_9_16
 L  edge_9_17
 L  edge_9_20
 L  edge_9_30
 L  edge_9_34
 L  edge_9_35
 L  edge_9_36
 L  edge_9_43
 L  edge_10_19
 L  edge_10_20
 L  edge_10_33
 L  edge_10_34
 L  edge_11_12
 L  edge_11_20
 L  edge_11_22
 L  edge_11_23
 L  edge_11_24
 L  edge_11_31
 L  edge_12_19
 L  edge_12_38
 L  edge_12_47
 L  edge_13_14
 L  edge_13_15
 L  edge_13_18
 L  edge_13_28
 L  edge_13_46
 L  edge_13_47
 L  edge_14_35
 L  edge_14_48
 L  edge_15_17
 L  edge_15_18
 L  edge_15_30
 L  edge_15_41
 L  edge_15_46
 L  edge_16_39
 L  edge_16_40
 L  edge_17_28
 L  edge_17_29
 L  edge_17_30
 L  edge_17_49
 L  edge_18_23
 L  edge_18_40
 L  edge_18_41
 L  edge_18_44
 L  edge_18_48
 L  edge_19_29
 L  edge_20_43
 L  edge_20_49
 L  edge_21_26
 L  edge_21_27
 L  edge_22_31
 L  edge_23_24
 L  edge_23_27
 L  edge_23_34
 L  edge_23_37
 L  edge_23_39
 L  edge_23_44
 L  edge_24_33
 L  edge_25_27
 L  edge_25_43
 L  edge_26_34
 L  edge_26_40
 L  edge_27_37
 L  edge_28_38
 L  edge_28_42
 L  edge_28_43
 L  edge_28_45
 L  edge_29_38
 L  edge_31_39
 L  edge_31_44
 L  edge_33_39
 L  edge_33_41
 L  edge_33_46
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  1  clique_6  1
    x_0  edge_0_4  1  edge_0_6  1
    x_0  edge_0_11  1  edge_0_32  1
    x_1  obj  1  clique_1  1
    x_1  edge_1_4  1  edge_1_5  1
    x_1  edge_1_12  1  edge_1_14  1
    x_1  edge_1_21  1  edge_1_26  1
    x_1  edge_1_28  1  edge_1_31  1
    x_1  edge_1_35  1  edge_1_36  1
    x_1  edge_1_45  1
    x_2  obj  1  clique_5  1
    x_2  edge_2_4  1  edge_2_6  1
    x_2  edge_2_7  1  edge_2_8  1
    x_2  edge_2_12  1  edge_2_29  1
    x_2  edge_2_47  1  edge_2_48  1
    x_3  obj  1  clique_0  1
    x_3  edge_3_5  1  edge_3_8  1
    x_3  edge_3_10  1  edge_3_11  1
    x_3  edge_3_14  1  edge_3_17  1
    x_3  edge_3_25  1  edge_3_27  1
    x_3  edge_3_36  1  edge_3_46  1
    x_4  obj  1  clique_0  1
    x_4  edge_0_4  1  edge_1_4  1
    x_4  edge_2_4  1  edge_4_5  1
    x_4  edge_4_8  1  edge_4_10  1
    x_4  edge_4_11  1  edge_4_15  1
    x_4  edge_4_16  1  edge_4_17  1
    x_4  edge_4_18  1  edge_4_21  1
    x_4  edge_4_22  1  edge_4_23  1
    x_4  edge_4_24  1  edge_4_25  1
    x_4  edge_4_44  1
    x_5  obj  1  clique_6  1
    x_5  edge_1_5  1  edge_3_5  1
    x_5  edge_4_5  1  edge_5_22  1
    x_5  edge_5_47  1
    x_6  obj  1  clique_0  1
    x_6  edge_0_6  1  edge_2_6  1
    x_6  edge_6_9  1  edge_6_11  1
    x_6  edge_6_13  1  edge_6_16  1
    x_6  edge_6_22  1  edge_6_24  1
    x_6  edge_6_25  1  edge_6_37  1
    x_6  edge_6_38  1  edge_6_45  1
    x_7  obj  1  clique_0  1
    x_7  edge_2_7  1  edge_7_9  1
    x_7  edge_7_12  1  edge_7_15  1
    x_7  edge_7_19  1  edge_7_20  1
    x_7  edge_7_21  1  edge_7_26  1
    x_7  edge_7_32  1  edge_7_37  1
    x_7  edge_7_42  1  edge_7_45  1
    x_8  obj  1  clique_1  1
    x_8  edge_2_8  1  edge_3_8  1
    x_8  edge_4_8  1  edge_8_14  1
    x_8  edge_8_19  1  edge_8_21  1
    x_8  edge_8_30  1  edge_8_36  1
    x_8  edge_8_49  1
    x_9  obj  1  clique_1  1
    x_9  edge_6_9  1  edge_7_9  1
    x_9  edge_9_16  1  edge_9_17  1
    x_9  edge_9_20  1  edge_9_30  1
    x_9  edge_9_34  1  edge_9_35  1
    x_9  edge_9_36  1  edge_9_43  1
    x_10  obj  1  clique_6  1
    x_10  edge_3_10  1  edge_4_10  1
    x_10  edge_10_19  1  edge_10_20  1
    x_10  edge_10_33  1  edge_10_34  1
    x_11  obj  1  clique_2  1
    x_11  edge_0_11  1  edge_3_11  1
    x_11  edge_4_11  1  edge_6_11  1
    x_11  edge_11_12  1  edge_11_20  1
    x_11  edge_11_22  1  edge_11_23  1
    x_11  edge_11_24  1  edge_11_31  1
    x_12  obj  1  clique_4  1
    x_12  edge_1_12  1  edge_2_12  1
    x_12  edge_7_12  1  edge_11_12  1
    x_12  edge_12_19  1  edge_12_38  1
    x_12  edge_12_47  1
    x_13  obj  1  clique_1  1
    x_13  edge_6_13  1  edge_13_14  1
    x_13  edge_13_15  1  edge_13_18  1
    x_13  edge_13_28  1  edge_13_46  1
    x_13  edge_13_47  1
    x_14  obj  1  clique_8  1
    x_14  edge_1_14  1  edge_3_14  1
    x_14  edge_8_14  1  edge_13_14  1
    x_14  edge_14_35  1  edge_14_48  1
    x_15  obj  1  clique_2  1
    x_15  edge_4_15  1  edge_7_15  1
    x_15  edge_13_15  1  edge_15_17  1
    x_15  edge_15_18  1  edge_15_30  1
    x_15  edge_15_41  1  edge_15_46  1
    x_16  obj  1  clique_8  1
    x_16  edge_4_16  1  edge_6_16  1
    x_16  edge_9_16  1  edge_16_39  1
    x_16  edge_16_40  1
    x_17  obj  1  clique_3  1
    x_17  edge_3_17  1  edge_4_17  1
    x_17  edge_9_17  1  edge_15_17  1
    x_17  edge_17_28  1  edge_17_29  1
    x_17  edge_17_30  1  edge_17_49  1
    x_18  obj  1  clique_3  1
    x_18  edge_4_18  1  edge_13_18  1
    x_18  edge_15_18  1  edge_18_23  1
    x_18  edge_18_40  1  edge_18_41  1
    x_18  edge_18_44  1  edge_18_48  1
    x_19  obj  1  edge_7_19  1
    x_19  edge_8_19  1  edge_10_19  1
    x_19  edge_12_19  1  edge_19_29  1
    x_20  obj  1  clique_9  1
    x_20  edge_7_20  1  edge_9_20  1
    x_20  edge_10_20  1  edge_11_20  1
    x_20  edge_20_43  1  edge_20_49  1
    x_21  obj  1  clique_7  1
    x_21  edge_1_21  1  edge_4_21  1
    x_21  edge_7_21  1  edge_8_21  1
    x_21  edge_21_26  1  edge_21_27  1
    x_22  obj  1  clique_10  1
    x_22  edge_4_22  1  edge_5_22  1
    x_22  edge_6_22  1  edge_11_22  1
    x_22  edge_22_31  1
    x_23  obj  1  clique_4  1
    x_23  edge_4_23  1  edge_11_23  1
    x_23  edge_18_23  1  edge_23_24  1
    x_23  edge_23_27  1  edge_23_34  1
    x_23  edge_23_37  1  edge_23_39  1
    x_23  edge_23_44  1
    x_24  obj  1  clique_11  1
    x_24  edge_4_24  1  edge_6_24  1
    x_24  edge_11_24  1  edge_23_24  1
    x_24  edge_24_33  1
    x_25  obj  1  clique_10  1
    x_25  edge_3_25  1  edge_4_25  1
    x_25  edge_6_25  1  edge_25_27  1
    x_25  edge_25_43  1
    x_26  obj  1  clique_9  1
    x_26  edge_1_26  1  edge_7_26  1
    x_26  edge_21_26  1  edge_26_34  1
    x_26  edge_26_40  1
    x_27  obj  1  clique_12  1
    x_27  edge_3_27  1  edge_21_27  1
    x_27  edge_23_27  1  edge_25_27  1
    x_27  edge_27_37  1
    x_28  obj  1  clique_5  1
    x_28  edge_1_28  1  edge_13_28  1
    x_28  edge_17_28  1  edge_28_38  1
    x_28  edge_28_42  1  edge_28_43  1
    x_28  edge_28_45  1
    x_29  obj  1  clique_12  1
    x_29  edge_2_29  1  edge_17_29  1
    x_29  edge_19_29  1  edge_29_38  1
    x_30  obj  1  clique_13  1
    x_30  edge_8_30  1  edge_9_30  1
    x_30  edge_15_30  1  edge_17_30  1
    x_31  obj  1  clique_7  1
    x_31  edge_1_31  1  edge_11_31  1
    x_31  edge_22_31  1  edge_31_39  1
    x_31  edge_31_44  1
    x_32  obj  1  clique_7  1
    x_32  edge_0_32  1  edge_7_32  1
    x_33  obj  1  clique_2  1
    x_33  edge_10_33  1  edge_24_33  1
    x_33  edge_33_39  1  edge_33_41  1
    x_33  edge_33_46  1
    x_34  obj  1  clique_14  1
    x_34  edge_9_34  1  edge_10_34  1
    x_34  edge_23_34  1  edge_26_34  1
    x_35  obj  1  clique_14  1
    x_35  edge_1_35  1  edge_9_35  1
    x_35  edge_14_35  1
    x_36  obj  1  edge_1_36  1
    x_36  edge_3_36  1  edge_8_36  1
    x_36  edge_9_36  1
    x_37  obj  1  edge_6_37  1
    x_37  edge_7_37  1  edge_23_37  1
    x_37  edge_27_37  1
    x_38  obj  1  clique_15  1
    x_38  edge_6_38  1  edge_12_38  1
    x_38  edge_28_38  1  edge_29_38  1
    x_39  obj  1  clique_16  1
    x_39  edge_16_39  1  edge_23_39  1
    x_39  edge_31_39  1  edge_33_39  1
    x_40  obj  1  clique_16  1
    x_40  edge_16_40  1  edge_18_40  1
    x_40  edge_26_40  1
    x_41  obj  1  clique_13  1
    x_41  edge_15_41  1  edge_18_41  1
    x_41  edge_33_41  1
    x_42  obj  1  clique_3  1
    x_42  edge_7_42  1  edge_28_42  1
    x_43  obj  1  edge_9_43  1
    x_43  edge_20_43  1  edge_25_43  1
    x_43  edge_28_43  1
    x_44  obj  1  edge_4_44  1
    x_44  edge_18_44  1  edge_23_44  1
    x_44  edge_31_44  1
    x_45  obj  1  edge_1_45  1
    x_45  edge_6_45  1  edge_7_45  1
    x_45  edge_28_45  1
    x_46  obj  1  edge_3_46  1
    x_46  edge_13_46  1  edge_15_46  1
    x_46  edge_33_46  1
    x_47  obj  1  edge_2_47  1
    x_47  edge_5_47  1  edge_12_47  1
    x_47  edge_13_47  1
    x_48  obj  1  clique_11  1
    x_48  edge_2_48  1  edge_14_48  1
    x_48  edge_18_48  1
    x_49  obj  1  clique_15  1
    x_49  edge_8_49  1  edge_17_49  1
    x_49  edge_20_49  1
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
    RHS  clique_15  1
    RHS  clique_16  1
    RHS  edge_0_4  1
    RHS  edge_0_6  1
    RHS  edge_0_11  1
    RHS  edge_0_32  1
    RHS  edge_1_4  1
    RHS  edge_1_5  1
    RHS  edge_1_12  1
    RHS  edge_1_14  1
    RHS  edge_1_21  1
    RHS  edge_1_26  1
    RHS  edge_1_28  1
    RHS  edge_1_31  1
    RHS  edge_1_35  1
    RHS  edge_1_36  1
    RHS  edge_1_45  1
    RHS  edge_2_4  1
    RHS  edge_2_6  1
    RHS  edge_2_7  1
    RHS  edge_2_8  1
    RHS  edge_2_12  1
    RHS  edge_2_29  1
    RHS  edge_2_47  1
    RHS  edge_2_48  1
    RHS  edge_3_5  1
    RHS  edge_3_8  1
    RHS  edge_3_10  1
    RHS  edge_3_11  1
    RHS  edge_3_14  1
    RHS  edge_3_17  1
    RHS  edge_3_25  1
    RHS  edge_3_27  1
    RHS  edge_3_36  1
    RHS  edge_3_46  1
    RHS  edge_4_5  1
    RHS  edge_4_8  1
    RHS  edge_4_10  1
    RHS  edge_4_11  1
    RHS  edge_4_15  1
    RHS  edge_4_16  1
    RHS  edge_4_17  1
    RHS  edge_4_18  1
    RHS  edge_4_21  1
    RHS  edge_4_22  1
    RHS  edge_4_23  1
    RHS  edge_4_24  1
    RHS  edge_4_25  1
    RHS  edge_4_44  1
    RHS  edge_5_22  1
    RHS  edge_5_47  1
    RHS  edge_6_9  1
    RHS  edge_6_11  1
    RHS  edge_6_13  1
    RHS  edge_6_16  1
    RHS  edge_6_22  1
    RHS  edge_6_24  1
    RHS  edge_6_25  1
    RHS  edge_6_37  1
    RHS  edge_6_38  1
    RHS  edge_6_45  1
    RHS  edge_7_9  1
    RHS  edge_7_12  1
    RHS  edge_7_15  1
    RHS  edge_7_19  1
    RHS  edge_7_20  1
    RHS  edge_7_21  1
    RHS  edge_7_26  1
    RHS  edge_7_32  1
    RHS  edge_7_37  1
    RHS  edge_7_42  1
    RHS  edge_7_45  1
    RHS  edge_8_14  1
    RHS  edge_8_19  1
    RHS  edge_8_21  1
    RHS  edge_8_30  1
    RHS  edge_8_36  1
    RHS  edge_8_49  1
    RHS  edge_9_16  1
    RHS  edge_9_17  1
    RHS  edge_9_20  1
    RHS  edge_9_30  1
    RHS  edge_9_34  1
    RHS  edge_9_35  1
    RHS  edge_9_36  1
    RHS  edge_9_43  1
    RHS  edge_10_19  1
    RHS  edge_10_20  1
    RHS  edge_10_33  1
    RHS  edge_10_34  1
    RHS  edge_11_12  1
    RHS  edge_11_20  1
    RHS  edge_11_22  1
    RHS  edge_11_23  1
    RHS  edge_11_24  1
    RHS  edge_11_31  1
    RHS  edge_12_19  1
    RHS  edge_12_38  1
    RHS  edge_12_47  1
    RHS  edge_13_14  1
    RHS  edge_13_15  1
    RHS  edge_13_18  1
    RHS  edge_13_28  1
    RHS  edge_13_46  1
    RHS  edge_13_47  1
    RHS  edge_14_35  1
    RHS  edge_14_48  1
    RHS  edge_15_17  1
    RHS  edge_15_18  1
    RHS  edge_15_30  1
    RHS  edge_15_41  1
    RHS  edge_15_46  1
    RHS  edge_16_39  1
    RHS  edge_16_40  1
    RHS  edge_17_28  1
    RHS  edge_17_29  1
    RHS  edge_17_30  1
    RHS  edge_17_49  1
    RHS  edge_18_23  1
    RHS  edge_18_40  1
    RHS  edge_18_41  1
    RHS  edge_18_44  1
    RHS  edge_18_48  1
    RHS  edge_19_29  1
    RHS  edge_20_43  1
    RHS  edge_20_49  1
    RHS  edge_21_26  1
    RHS  edge_21_27  1
    RHS  edge_22_31  1
    RHS  edge_23_24  1
    RHS  edge_23_27  1
    RHS  edge_23_34  1
    RHS  edge_23_37  1
    RHS  edge_23_39  1
    RHS  edge_23_44  1
    RHS  edge_24_33  1
    RHS  edge_25_27  1
    RHS  edge_25_43  1
    RHS  edge_26_34  1
    RHS  edge_26_40  1
    RHS  edge_27_37  1
    RHS  edge_28_38  1
    RHS  edge_28_42  1
    RHS  edge_28_43  1
    RHS  edge_28_45  1
    RHS  edge_29_38  1
    RHS  edge_31_39  1
    RHS  edge_31_44  1
    RHS  edge_33_39  1
    RHS  edge_33_41  1
    RHS  edge_33_46  1
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
