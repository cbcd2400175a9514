NAME indset_50_ba4_0
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
 L  edge_0_4
 L  edge_0_5
 L  edge_0_30
 L  edge_0_39
 L  edge_1_4
 L  edge_1_5
 L  edge_1_7
 L  edge_1_13
 L  edge_1_22
 L  edge_1_29
 L  edge_2_4
 L  edge_2_6
 L  edge_2_17
 L  edge_3_9
 L  edge_3_13
 L  edge_3_46
 L  edge_3_48
 L  edge_4_7
 L  edge_4_10
 L  edge_4_12
 L  edge_4_15
 L  edge_4_16
 L  edge_4_17
 L  edge_4_18
 L  edge_4_19
 L  edge_4_20
 L  edge_4_21
 L  edge_4_24
 L  edge_4_33
 L  edge_4_37
 L  edge_4_40
 L  edge_4_41
 L  edge_4_43
 L  edge_4_48
 L  edge_5_7
 L  edge_5_9
 L  edge_5_11
 L  edge_5_12
 L  edge_5_13
 L  edge_5_14
 L  edge_5_15
 L  edge_5_17
 L  edge_5_18
 L  edge_5_21
 L  edge_5_23
 L  edge_5_27
 L  edge_5_32
 L  edge_5_33
 L  edge_5_35
 L  edge_5_37
 L  edge_5_38
 L  edge_5_40
 L  edge_5_41
 L  edge_5_42
 L  edge_5_43
 L  edge_5_48
 L  edge_6_7
 L  edge_6_9
 L  edge_6_10
 L  edge_6_14
 L  edge_6_15
 L  edge_6_21
 L  edge_6_24
 L  edge_6_25
 L  edge_6_32
 L  edge_6_38
 L  edge_6_39
 L  edge_6_40
 L  edge_6_41
 L  edge_6_43
 L  edge_6_44
 L  edge_6_46
 L  edge_7_12
 L  edge_7_14
 L  edge_7_20
 L  edge_7_24
 L  edge_7_27
 L  edge_7_28
 L  edge_7_31
 L  edge_7_35
 L  edge_8_9
 L  edge_8_10
 L  edge_8_11
 L  edge_8_12
 L  edge_8_15
 L  edge_8_16
 L  edge_8_17
 L  edge_8_22
 L  edge_8_24
 L  edge_8_25
 L  edge_8_29
 L  edge_8_33
 L  edge_8_34
 L  edge_8_36
 L  edge_8_41
 L  edge_8_42
 L  edge_8_44
 L  edge_8_46
 L  edge_8_49
 L  edge_9_26
 L  edge_9_30
 L  edge_10_11
 L  edge_10_19
 L  edge_10_23
 L  edge_10_25
 L  edge_10_29
 L  edge_10_36
 L  edge_10_49
 L  edge_12_26
 L  edge_12_31
 L  edge_12_33
 L  edge_12_47
 L  edge_13_16
 L  edge_13_21
 L  edge_13_29
 L  edge_13_36
 L  edge_13_38
 L  edge_14_23
 L  edge_14_28
 L  edge_15_16
 L  edge_15_31
 L  edge_16_47
 L  edge_17_19
 L  edge_17_37
 L  edge_18_19
 L  edge_18_22
 L  edge_18_26
 L  edge_18_27
 L  edge_18_34
 L  edge_20_30
 L  edge_20_31
 L  edge_20_34
 L  edge_20_35
 L  edge_20_36
 L  edge_20_39
 L  edge_20_45
 L  edge_22_26
 L  edge_22_37
 L  edge_22_40
 L  edge_22_49
 L  edge_23_39
 L  edge_23_44
 L  edge_25_27
 L  edge_25_30
 L  edge_25_32
 L  edge_25_47
 L  edge_26_45
 L  edge_28_38
 L  edge_33_42
 L  edge_33_44
 L  edge_36_45
 L  edge_36_46
 L  edge_45_48
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  1  clique_9  1
    x_0  edge_0_4  1  edge_0_5  1
    x_0  edge_0_30  1  edge_0_39  1
    x_1  obj  1  clique_4  1
    x_1  edge_1_4  1  edge_1_5  1
    x_1  edge_1_7  1  edge_1_13  1
    x_1  edge_1_22  1  edge_1_29  1
    x_2  obj  1  edge_2_4  1
    x_2  edge_2_6  1  edge_2_17  1
    x_3  obj  1  clique_0  1
    x_3  edge_3_9  1  edge_3_13  1
    x_3  edge_3_46  1  edge_3_48  1
    x_4  obj  1  clique_0  1
    x_4  edge_0_4  1  edge_1_4  1
    x_4  edge_2_4  1  edge_4_7  1
    x_4  edge_4_10  1  edge_4_12  1
    x_4  edge_4_15  1  edge_4_16  1
    x_4  edge_4_17  1  edge_4_18  1
    x_4  edge_4_19  1  edge_4_20  1
    x_4  edge_4_21  1  edge_4_24  1
    x_4  edge_4_33  1  edge_4_37  1
    x_4  edge_4_40  1  edge_4_41  1
    x_4  edge_4_43  1  edge_4_48  1
    x_5  obj  1  clique_0  1
    x_5  edge_0_5  1  edge_1_5  1
    x_5  edge_5_7  1  edge_5_9  1
    x_5  edge_5_11  1  edge_5_12  1
    x_5  edge_5_13  1  edge_5_14  1
    x_5  edge_5_15  1  edge_5_17  1
    x_5  edge_5_18  1  edge_5_21  1
    x_5  edge_5_23  1  edge_5_27  1
    x_5  edge_5_32  1  edge_5_33  1
    x_5  edge_5_35  1  edge_5_37  1
    x_5  edge_5_38  1  edge_5_40  1
    x_5  edge_5_41  1  edge_5_42  1
    x_5  edge_5_43  1  edge_5_48  1
    x_6  obj  1  clique_0  1
    x_6  edge_2_6  1  edge_6_7  1
    x_6  edge_6_9  1  edge_6_10  1
    x_6  edge_6_14  1  edge_6_15  1
    x_6  edge_6_21  1  edge_6_24  1
    x_6  edge_6_25  1  edge_6_32  1
    x_6  edge_6_38  1  edge_6_39  1
    x_6  edge_6_40  1  edge_6_41  1
    x_6  edge_6_43  1  edge_6_44  1
    x_6  edge_6_46  1
    x_7  obj  1  clique_1  1
    x_7  edge_1_7  1  edge_4_7  1
    x_7  edge_5_7  1  edge_6_7  1
    x_7  edge_7_12  1  edge_7_14  1
    x_7  edge_7_20  1  edge_7_24  1
    x_7  edge_7_27  1  edge_7_28  1
    x_7  edge_7_31  1  edge_7_35  1
    x_8  obj  1  clique_0  1
    x_8  edge_8_9  1  edge_8_10  1
    x_8  edge_8_11  1  edge_8_12  1
    x_8  edge_8_15  1  edge_8_16  1
    x_8  edge_8_17  1  edge_8_22  1
    x_8  edge_8_24  1  edge_8_25  1
    x_8  edge_8_29  1  edge_8_33  1
    x_8  edge_8_34  1  edge_8_36  1
    x_8  edge_8_41  1  edge_8_42  1
    x_8  edge_8_44  1  edge_8_46  1
    x_8  edge_8_49  1
    x_9  obj  1  clique_2  1
    x_9  edge_3_9  1  edge_5_9  1
    x_9  edge_6_9  1  edge_8_9  1
    x_9  edge_9_26  1  edge_9_30  1
    x_10  obj  1  clique_1  1
    x_10  edge_4_10  1  edge_6_10  1
    x_10  edge_8_10  1  edge_10_11  1
    x_10  edge_10_19  1  edge_10_23  1
    x_10  edge_10_25  1  edge_10_29  1
    x_10  edge_10_36  1  edge_10_49  1
    x_11  obj  1  clique_2  1
    x_11  edge_5_11  1  edge_8_11  1
    x_11  edge_10_11  1
    x_12  obj  1  clique_3  1
    x_12  edge_4_12  1  edge_5_12  1
    x_12  edge_7_12  1  edge_8_12  1
    x_12  edge_12_26  1  edge_12_31  1
    x_12  edge_12_33  1  edge_12_47  1
    x_13  obj  1  clique_3  1
    x_13  edge_1_13  1  edge_3_13  1
    x_13  edge_5_13  1  edge_13_16  1
    x_13  edge_13_21  1  edge_13_29  1
    x_13  edge_13_36  1  edge_13_38  1
    x_14  obj  1  clique_9  1
    x_14  edge_5_14  1  edge_6_14  1
    x_14  edge_7_14  1  edge_14_23  1
    x_14  edge_14_28  1
    x_15  obj  1  clique_5  1
    x_15  edge_4_15  1  edge_5_15  1
    x_15  edge_6_15  1  edge_8_15  1
    x_15  edge_15_16  1  edge_15_31  1
    x_16  obj  1  clique_10  1
    x_16  edge_4_16  1  edge_8_16  1
    x_16  edge_13_16  1  edge_15_16  1
    x_16  edge_16_47  1
    x_17  obj  1  clique_6  1
    x_17  edge_2_17  1  edge_4_17  1
    x_17  edge_5_17  1  edge_8_17  1
    x_17  edge_17_19  1  edge_17_37  1
    x_18  obj  1  clique_1  1
    x_18  edge_4_18  1  edge_5_18  1
    x_18  edge_18_19  1  edge_18_22  1
    x_18  edge_18_26  1  edge_18_27  1
    x_18  edge_18_34  1
    x_19  obj  1  edge_4_19  1
    x_19  edge_10_19  1  edge_17_19  1
    x_19  edge_18_19  1
    x_20  obj  1  clique_2  1
    x_20  edge_4_20  1  edge_7_20  1
    x_20  edge_20_30  1  edge_20_31  1
    x_20  edge_20_34  1  edge_20_35  1
    x_20  edge_20_36  1  edge_20_39  1
    x_20  edge_20_45  1
    x_21  obj  1  edge_4_21  1
    x_21  edge_5_21  1  edge_6_21  1
    x_21  edge_13_21  1
    x_22  obj  1  clique_5  1
    x_22  edge_1_22  1  edge_8_22  1
    x_22  edge_18_22  1  edge_22_26  1
    x_22  edge_22_37  1  edge_22_40  1
    x_22  edge_22_49  1
    x_23  obj  1  clique_6  1
    x_23  edge_5_23  1  edge_10_23  1
    x_23  edge_14_23  1  edge_23_39  1
    x_23  edge_23_44  1
    x_24  obj  1  clique_12  1
    x_24  edge_4_24  1  edge_6_24  1
    x_24  edge_7_24  1  edge_8_24  1
    x_25  obj  1  clique_4  1
    x_25  edge_6_25  1  edge_8_25  1
    x_25  edge_10_25  1  edge_25_27  1
    x_25  edge_25_30  1  edge_25_32  1
    x_25  edge_25_47  1
    x_26  obj  1  clique_11  1
    x_26  edge_9_26  1  edge_12_26  1
    x_26  edge_18_26  1  edge_22_26  1
    x_26  edge_26_45  1
    x_27  obj  1  edge_5_27  1
    x_27  edge_7_27  1  edge_18_27  1
    x_27  edge_25_27  1
    x_28  obj  1  clique_4  1
    x_28  edge_7_28  1  edge_14_28  1
    x_28  edge_28_38  1
    x_29  obj  1  edge_1_29  1
    x_29  edge_8_29  1  edge_10_29  1
    x_29  edge_13_29  1
    x_30  obj  1  edge_0_30  1
    x_30  edge_9_30  1  edge_20_30  1
    x_30  edge_25_30  1
    x_31  obj  1  edge_7_31  1
    x_31  edge_12_31  1  edge_15_31  1
    x_31  edge_20_31  1
    x_32  obj  1  clique_11  1
    x_32  edge_5_32  1  edge_6_32  1
    x_32  edge_25_32  1
    x_33  obj  1  clique_7  1
    x_33  edge_4_33  1  edge_5_33  1
    x_33  edge_8_33  1  edge_12_33  1
    x_33  edge_33_42  1  edge_33_44  1
    x_34  obj  1  clique_10  1
    x_34  edge_8_34  1  edge_18_34  1
    x_34  edge_20_34  1
    x_35  obj  1  clique_12  1
    x_35  edge_5_35  1  edge_7_35  1
    x_35  edge_20_35  1
    x_36  obj  1  clique_8  1
    x_36  edge_8_36  1  edge_10_36  1
    x_36  edge_13_36  1  edge_20_36  1
    x_36  edge_36_45  1  edge_36_46  1
    x_37  obj  1  clique_13  1
    x_37  edge_4_37  1  edge_5_37  1
    x_37  edge_17_37  1  edge_22_37  1
    x_38  obj  1  clique_14  1
    x_38  edge_5_38  1  edge_6_38  1
    x_38  edge_13_38  1  edge_28_38  1
    x_39  obj  1  edge_0_39  1
    x_39  edge_6_39  1  edge_20_39  1
    x_39  edge_23_39  1
    x_40  obj  1  edge_4_40  1
    x_40  edge_5_40  1  edge_6_40  1
    x_40  edge_22_40  1
    x_41  obj  1  clique_15  1
    x_41  edge_4_41  1  edge_5_41  1
    x_41  edge_6_41  1  edge_8_41  1
    x_42  obj  1  clique_13  1
    x_42  edge_5_42  1  edge_8_42  1
    x_42  edge_33_42  1
    x_43  obj  1  clique_8  1
    x_43  edge_4_43  1  edge_5_43  1
    x_43  edge_6_43  1
    x_44  obj  1  edge_6_44  1
    x_44  edge_8_44  1  edge_23_44  1
    x_44  edge_33_44  1
    x_45  obj  1  clique_7  1
    x_45  edge_20_45  1  edge_26_45  1
    x_45  edge_36_45  1  edge_45_48  1
    x_46  obj  1  edge_3_46  1
    x_46  edge_6_46  1  edge_8_46  1
    x_46  edge_36_46  1
    x_47  obj  1  clique_15  1
    x_47  edge_12_47  1  edge_16_47  1
    x_47  edge_25_47  1
    x_48  obj  1  edge_3_48  1
    x_48  edge_4_48  1  edge_5_48  1
    x_48  edge_45_48  1
    x_49  obj  1  clique_14  1
    x_49  edge_8_49  1  edge_10_49  1
    x_49  edge_22_49  1
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
    RHS  edge_0_4  1
    RHS  edge_0_5  1
    RHS  edge_0_30  1
    RHS  edge_0_39  1
    RHS  edge_1_4  1
    RHS  edge_1_5  1
    RHS  edge_1_7  1
    RHS  edge_1_13  1
    RHS  edge_1_22  1
    RHS  edge_1_29  1
    RHS  edge_2_4  1
    RHS  edge_2_6  1
    RHS  edge_2_17  1
    RHS  edge_3_9  1
    RHS  edge_3_13  1
    RHS  edge_3_46  1
    RHS  edge_3_48  1
    RHS  edge_4_7  1
    RHS  edge_4_10  1
    RHS  edge_4_12  1
    RHS  edge_4_15  1
    RHS  edge_4_16  1
    RHS  edge_4_17  1
    RHS  edge_4_18  1
    RHS  edge_4_19  1
    RHS  edge_4_20  1
    RHS  edge_4_21  1
    RHS  edge_4_24  1
    RHS  edge_4_33  1
    RHS  edge_4_37  1
    RHS  edge_4_40  1
    RHS  edge_4_41  1
    RHS  edge_4_43  1
    RHS  edge_4_48  1
    RHS  edge_5_7  1
    RHS  edge_5_9  1
    RHS  edge_5_11  1
    RHS  edge_5_12  1
    RHS  edge_5_13  1
    RHS  edge_5_14  1
    RHS  edge_5_15  1
    RHS  edge_5_17  1
    RHS  edge_5_18  1
    RHS  edge_5_21  1
    RHS  edge_5_23  1
    RHS  edge_5_27  1
    RHS  edge_5_32  1
    RHS  edge_5_33  1
    RHS  edge_5_35  1
    RHS  edge_5_37  1
    RHS  edge_5_38  1
    RHS  edge_5_40  1
    RHS  edge_5_41  1
    RHS  edge_5_42  1
    RHS  edge_5_43  1
    RHS  edge_5_48  1
    RHS  edge_6_7  1
    RHS  edge_6_9  1
    RHS  edge_6_10  1
    RHS  edge_6_14  1
    RHS  edge_6_15  1
    RHS  edge_6_21  1
    RHS  edge_6_24  1
    RHS  edge_6_25  1
    RHS  edge_6_32  1
    RHS  edge_6_38  1
    RHS  edge_6_39  1
    RHS  edge_6_40  1
    RHS  edge_6_41  1
    RHS  edge_6_43  1
    RHS  edge_6_44  1
    RHS  edge_6_46  1
    RHS  edge_7_12  1
    RHS  edge_7_14  1
    RHS  edge_7_20  1
    RHS  edge_7_24  1
    RHS  edge_7_27  1
    RHS  edge_7_28  1
    RHS  edge_7_31  1
    RHS  edge_7_35  1
    RHS  edge_8_9  1
    RHS  edge_8_10  1
    RHS  edge_8_11  1
    RHS  edge_8_12  1
    RHS  edge_8_15  1
    RHS  edge_8_16  1
    RHS  edge_8_17  1
    RHS  edge_8_22  1
    RHS  edge_8_24  1
    RHS  edge_8_25  1
    RHS  edge_8_29  1
    RHS  edge_8_33  1
    RHS  edge_8_34  1
    RHS  edge_8_36  1
    RHS  edge_8_41  1
    RHS  edge_8_42  1
    RHS  edge_8_44  1
    RHS  edge_8_46  1
    RHS  edge_8_49  1
    RHS  edge_9_26  1
    RHS  edge_9_30  1
    RHS  edge_10_11  1
    RHS  edge_10_19  1
    RHS  edge_10_23  1
    RHS  edge_10_25  1
    RHS  edge_10_29  1
    RHS  edge_10_36  1
    RHS  edge_10_49  1
    RHS  edge_12_26  1
    RHS  edge_12_31  1
    RHS  edge_12_33  1
    RHS  edge_12_47  1
    RHS  edge_13_16  1
    RHS  edge_13_21  1
    RHS  edge_13_29  1
    RHS  edge_13_36  1
    RHS  edge_13_38  1
    RHS  edge_14_23  1
    RHS  edge_14_28  1
    RHS  edge_15_16  1
    RHS  edge_15_31  1
    RHS  edge_16_47  1
    RHS  edge_17_19  1
    RHS  edge_17_37  1
    RHS  edge_18_19  1
    RHS  edge_18_22  1
    RHS  edge_18_26  1
    RHS  edge_18_27  1
    RHS  edge_18_34  1
    RHS  edge_20_30  1
    RHS  edge_20_31  1
    RHS  edge_20_34  1
    RHS  edge_20_35  1
    RHS  edge_20_36  1
    RHS  edge_20_39  1
    RHS  edge_20_45  1
    RHS  edge_22_26  1
    RHS  edge_22_37  1
    RHS  edge_22_40  1
    RHS  edge_22_49  1
    RHS  edge_23_39  1
    RHS  edge_23_44  1
    RHS  edge_25_27  1
    RHS  edge_25_30  1
    RHS  edge_25_32  1
    RHS  edge_25_47  1
    RHS  edge_26_45  1
    RHS  edge_28_38  1
    RHS  edge_33_42  1
    RHS  edge_33_44  1
    RHS  edge_36_45  1
    RHS  edge_36_46  1
    RHS  edge_45_48  1
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
