NAME bpp_40_chen_1
ROWS
 N  obj
 E  assign_0
 E  assign_1
 E  assign_2
 E  assign_3
 E  assign_4
 E  assign_5
 E  assign_6
 E  assign_7
 E  assign_8
 E  assign_9
 E  assign_10
 E  assign_11
 E  assign_12
 E  assign_13
 E  assign_14
 E  assign_15
 E  assign_16
 E  assign_17
 E  assign_18
 E  assign_19
 E  assign_20
 E  assign_21
 E  assign_22
 E  assign_23
 E  assign_24
 E  assign_25
 E  assign_26
 E  assign_27
 E  assign_28
 E  assign_29
 E  assign_30
 E  assign_31
 E  assign_32
 E  assign_33
 E  assign_34
 E  assign_35
 E  assign_36
 E  assign_37
 E  assign_38
 E  assign_39
 L  cap_0
 L  cap_1
 L  cap_2
 L  cap_3
 L  cap_4
 L  cap_5
 L  cap_6
 L  cap_7
 L  cap_8
 L  cap_9
 L  cap_10
 L  cap_11
 L  cap_12
 L  cap_13
 L  cap_14
 L  cap_15
 L  cap_16
 L  cap_17
 L  cap_18
 L  cap_19
 L  cap_20
 L  cap_21
 L  cap_22
 L  cap_23
 L  cap_24
 L  cap_25
 L  cap_26
 L  cap_27
 L  cap_28
 L  cap_29
 L  cap_30
 L  cap_31
 L  cap_32
 L  cap_33
 L  cap_34
 L  cap_35
 L  cap_36
 L  cap_37
 L  cap_38
 L  cap_39
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  assign_0  1  cap_0  99
    x_0_1  assign_0  1  cap_1  99
    x_0_2  assign_0  1  cap_2  99
    x_0_3  assign_0  1  cap_3  99
    x_0_4  assign_0  1  cap_4  99
    x_0_5  assign_0  1  cap_5  99
    x_0_6  assign_0  1  cap_6  99
    x_0_7  assign_0  1  cap_7  99
    x_0_8  assign_0  1  cap_8  99
    x_0_9  assign_0  1  cap_9  99
    x_0_10  assign_0  1  cap_10  99
    x_0_11  assign_0  1  cap_11  99
    x_0_12  assign_0  1  cap_12  99
    x_0_13  assign_0  1  cap_13  99
    x_0_14  assign_0  1  cap_14  99
    x_0_15  assign_0  1  cap_15  99
    x_0_16  assign_0  1  cap_16  99
    x_0_17  assign_0  1  cap_17  99
    x_0_18  assign_0  1  cap_18  99
    x_0_19  assign_0  1  cap_19  99
    x_0_20  assign_0  1  cap_20  99
    x_0_21  assign_0  1  cap_21  99
    x_0_22  assign_0  1  cap_22  99
    x_0_23  assign_0  1  cap_23  99
    x_0_24  assign_0  1  cap_24  99
    x_0_25  assign_0  1  cap_25  99
    x_0_26  assign_0  1  cap_26  99
    x_0_27  assign_0  1  cap_27  99
    x_0_28  assign_0  1  cap_28  99
    x_0_29  assign_0  1  cap_29  99
    x_0_30  assign_0  1  cap_30  99
    x_0_31  assign_0  1  cap_31  99
    x_0_32  assign_0  1  cap_32  99
    x_0_33  assign_0  1  cap_33  99
    x_0_34  assign_0  1  cap_34  99
    x_0_35  assign_0  1  cap_35  99
    x_0_36  assign_0  1  cap_36  99
    x_0_37  assign_0  1  cap_37  99
    x_0_38  assign_0  1  cap_38  99
    x_0_39  assign_0  1  cap_39  99
    x_1_0  assign_1  1  cap_0  86
    x_1_1  assign_1  1  cap_1  86
    x_1_2  assign_1  1  cap_2  86
    x_1_3  assign_1  1  cap_3  86
    x_1_4  assign_1  1  cap_4  86
    x_1_5  assign_1  1  cap_5  86
    x_1_6  assign_1  1  cap_6  86
    x_1_7  assign_1  1  cap_7  86
    x_1_8  assign_1  1  cap_8  86
    x_1_9  assign_1  1  cap_9  86
    x_1_10  assign_1  1  cap_10  86
    x_1_11  assign_1  1  cap_11  86
    x_1_12  assign_1  1  cap_12  86
    x_1_13  assign_1  1  cap_13  86
    x_1_14  assign_1  1  cap_14  86
    x_1_15  assign_1  1  cap_15  86
    x_1_16  assign_1  1  cap_16  86
    x_1_17  assign_1  1  cap_17  86
    x_1_18  assign_1  1  cap_18  86
    x_1_19  assign_1  1  cap_19  86
    x_1_20  assign_1  1  cap_20  86
    x_1_21  assign_1  1  cap_21  86
    x_1_22  assign_1  1  cap_22  86
    x_1_23  assign_1  1  cap_23  86
    x_1_24  assign_1  1  cap_24  86
    x_1_25  assign_1  1  cap_25  86
    x_1_26  assign_1  1  cap_26  86
    x_1_27  assign_1  1  cap_27  86
    x_1_28  assign_1  1  cap_28  86
    x_1_29  assign_1  1  cap_29  86
    x_1_30  assign_1  1  cap_30  86
    x_1_31  assign_1  1  cap_31  86
    x_1_32  assign_1  1  cap_32  86
    x_1_33  assign_1  1  cap_33  86
    x_1_34  assign_1  1  cap_34  86
    x_1_35  assign_1  1  cap_35  86
    x_1_36  assign_1  1  cap_36  86
    x_1_37  assign_1  1  cap_37  86
    x_1_38  assign_1  1  cap_38  86
    x_1_39  assign_1  1  cap_39  86
    x_2_0  assign_2  1  cap_0  25
    x_2_1  assign_2  1  cap_1  25
    x_2_2  assign_2  1  cap_2  25
    x_2_3  assign_2  1  cap_3  25
    x_2_4  assign_2  1  cap_4  25
    x_2_5  assign_2  1  cap_5  25
    x_2_6  assign_2  1  cap_6  25
    x_2_7  assign_2  1  cap_7  25
    x_2_8  assign_2  1  cap_8  25
    x_2_9  assign_2  1  cap_9  25
    x_2_10  assign_2  1  cap_10  25
    x_2_11  assign_2  1  cap_11  25
    x_2_12  assign_2  1  cap_12  25
    x_2_13  assign_2  1  cap_13  25
    x_2_14  assign_2  1  cap_14  25
    x_2_15  assign_2  1  cap_15  25
    x_2_16  assign_2  1  cap_16  25
    x_2_17  assign_2  1  cap_17  25
    x_2_18  assign_2  1  cap_18  25
    x_2_19  assign_2  1  cap_19  25
    x_2_20  assign_2  1  cap_20  25
    x_2_21  assign_2  1  cap_21  25
    x_2_22  assign_2  1  cap_22  25
    x_2_23  assign_2  1  cap_23  25
    x_2_24  assign_2  1  cap_24  25
    x_2_25  assign_2  1  cap_25  25
    x_2_26  assign_2  1  cap_26  25
    x_2_27  assign_2  1  cap_27  25
    x_2_28  assign_2  1  cap_28  25
    x_2_29  assign_2  1  cap_29  25
    x_2_30  assign_2  1  cap_30  25
    x_2_31  assign_2  1  cap_31  25
    x_2_32  assign_2  1  cap_32  25
    x_2_33  assign_2  1  cap_33  25
    x_2_34  assign_2  1  cap_34  25
    x_2_35  assign_2  1  cap_35  25
    x_2_36  assign_2  1  cap_36  25
    x_2_37  assign_2  1  cap_37  25
    x_2_38  assign_2  1  cap_38  25
    x_2_39  assign_2  1  cap_39  25
    x_3_0  assign_3  1  cap_0  26
    x_3_1  assign_3  1  cap_1  26
    x_3_2  assign_3  1  cap_2  26
    x_3_3  assign_3  1  cap_3  26
    x_3_4  assign_3  1  cap_4  26
    x_3_5  assign_3  1  cap_5  26
    x_3_6  assign_3  1  cap_6  26
    x_3_7  assign_3  1  cap_7  26
    x_3_8  assign_3  1  cap_8  26
    x_3_9  assign_3  1  cap_9  26
    x_3_10  assign_3  1  cap_10  26
    x_3_11  assign_3  1  cap_11  26
    x_3_12  assign_3  1  cap_12  26
    x_3_13  assign_3  1  cap_13  26
    x_3_14  assign_3  1  cap_14  26
    x_3_15  assign_3  1  cap_15  26
    x_3_16  assign_3  1  cap_16  26
    x_3_17  assign_3  1  cap_17  26
    x_3_18  assign_3  1  cap_18  26
    x_3_19  assign_3  1  cap_19  26
    x_3_20  assign_3  1  cap_20  26
    x_3_21  assign_3  1  cap_21  26
    x_3_22  assign_3  1  cap_22  26
    x_3_23  assign_3  1  cap_23  26
    x_3_24  assign_3  1  cap_24  26
    x_3_25  assign_3  1  cap_25  26
    x_3_26  assign_3  1  cap_26  26
    x_3_27  assign_3  1  cap_27  26
    x_3_28  assign_3  1  cap_28  26
    x_3_29  assign_3  1  cap_29  26
    x_3_30  assign_3  1  cap_30  26
    x_3_31  assign_3  1  cap_31  26
    x_3_32  assign_3  1  cap_32  26
    x_3_33  assign_3  1  cap_33  26
    x_3_34  assign_3  1  cap_34  26
    x_3_35  assign_3  1  cap_35  26
    x_3_36  assign_3  1  cap_36  26
    x_3_37  assign_3  1  cap_37  26
    x_3_38  assign_3  1  cap_38  26
    x_3_39  assign_3  1  cap_39  26
    x_4_0  assign_4  1  cap_0  14
    x_4_1  assign_4  1  cap_1  14
    x_4_2  assign_4  1  cap_2  14
    x_4_3  assign_4  1  cap_3  14
    x_4_4  assign_4  1  cap_4  14
    x_4_5  assign_4  1  cap_5  14
    x_4_6  assign_4  1  cap_6  14
    x_4_7  assign_4  1  cap_7  14
    x_4_8  assign_4  1  cap_8  14
    x_4_9  assign_4  1  cap_9  14
    x_4_10  assign_4  1  cap_10  14
    x_4_11  assign_4  1  cap_11  14
    x_4_12  assign_4  1  cap_12  14
    x_4_13  assign_4  1  cap_13  14
    x_4_14  assign_4  1  cap_14  14
    x_4_15  assign_4  1  cap_15  14
    x_4_16  assign_4  1  cap_16  14
    x_4_17  assign_4  1  cap_17  14
    x_4_18  assign_4  1  cap_18  14
    x_4_19  assign_4  1  cap_19  14
    x_4_20  assign_4  1  cap_20  14
    x_4_21  assign_4  1  cap_21  14
    x_4_22  assign_4  1  cap_22  14
    x_4_23  assign_4  1  cap_23  14
    x_4_24  assign_4  1  cap_24  14
    x_4_25  assign_4  1  cap_25  14
    x_4_26  assign_4  1  cap_26  14
    x_4_27  assign_4  1  cap_27  14
    x_4_28  assign_4  1  cap_28  14
    x_4_29  assign_4  1  cap_29  14
    x_4_30  assign_4  1  cap_30  14
    x_4_31  assign_4  1  cap_31  14
    x_4_32  assign_4  1  cap_32  14
    x_4_33  assign_4  1  cap_33  14
    x_4_34  assign_4  1  cap_34  14
    x_4_35  assign_4  1  cap_35  14
    x_4_36  assign_4  1  cap_36  14
    x_4_37  assign_4  1  cap_37  14
    x_4_38  assign_4  1  cap_38  14
    x_4_39  assign_4  1  cap_39  14
    x_5_0  assign_5  1  cap_0  11
    x_5_1  assign_5  1  cap_1  11
    x_5_2  assign_5  1  cap_2  11
    x_5_3  assign_5  1  cap_3  11
    x_5_4  assign_5  1  cap_4  11
    x_5_5  assign_5  1  cap_5  11
    x_5_6  assign_5  1  cap_6  11
    x_5_7  assign_5  1  cap_7  11
    x_5_8  assign_5  1  cap_8  11
    x_5_9  assign_5  1  cap_9  11
    x_5_10  assign_5  1  cap_10  11
    x_5_11  assign_5  1  cap_11  11
    x_5_12  assign_5  1  cap_12  11
    x_5_13  assign_5  1  cap_13  11
    x_5_14  assign_5  1  cap_14  11
    x_5_15  assign_5  1  cap_15  11
    x_5_16  assign_5  1  cap_16  11
    x_5_17  assign_5  1  cap_17  11
    x_5_18  assign_5  1  cap_18  11
    x_5_19  assign_5  1  cap_19  11
    x_5_20  assign_5  1  cap_20  11
    x_5_21  assign_5  1  cap_21  11
    x_5_22  assign_5  1  cap_22  11
    x_5_23  assign_5  1  cap_23  11
    x_5_24  assign_5  1  cap_24  11
    x_5_25  assign_5  1  cap_25  11
    x_5_26  assign_5  1  cap_26  11
    x_5_27  assign_5  1  cap_27  11
    x_5_28  assign_5  1  cap_28  11
    x_5_29  assign_5  1  cap_29  11
    x_5_30  assign_5  1  cap_30  11
    x_5_31  assign_5  1  cap_31  11
    x_5_32  assign_5  1  cap_32  11
    x_5_33  assign_5  1  cap_33  11
    x_5_34  assign_5  1  cap_34  11
    x_5_35  assign_5  1  cap_35  11
    x_5_36  assign_5  1  cap_36  11
    x_5_37  assign_5  1  cap_37  11
    x_5_38  assign_5  1  cap_38  11
    x_5_39  assign_5  1  cap_39  11
    x_6_0  assign_6  1  cap_0  20
    x_6_1  assign_6  1  cap_1  20
    x_6_2  assign_6  1  cap_2  20
    x_6_3  assign_6  1  cap_3  20
    x_6_4  assign_6  1  cap_4  20
    x_6_5  assign_6  1  cap_5  20
    x_6_6  assign_6  1  cap_6  20
    x_6_7  assign_6  1  cap_7  20
    x_6_8  assign_6  1  cap_8  20
    x_6_9  assign_6  1  cap_9  20
    x_6_10  assign_6  1  cap_10  20
    x_6_11  assign_6  1  cap_11  20
    x_6_12  assign_6  1  cap_12  20
    x_6_13  assign_6  1  cap_13  20
    x_6_14  assign_6  1  cap_14  20
    x_6_15  assign_6  1  cap_15  20
    x_6_16  assign_6  1  cap_16  20
    x_6_17  assign_6  1  cap_17  20
    x_6_18  assign_6  1  cap_18  20
    x_6_19  assign_6  1  cap_19  20
    x_6_20  assign_6  1  cap_20  20
    x_6_21  assign_6  1  cap_21  20
    x_6_22  assign_6  1  cap_22  20
    x_6_23  assign_6  1  cap_23  20
    x_6_24  assign_6  1  cap_24  20
    x_6_25  assign_6  1  cap_25  20
    x_6_26  assign_6  1  cap_26  20
    x_6_27  assign_6  1  cap_27  20
    x_6_28  assign_6  1  cap_28  20
    x_6_29  assign_6  1  cap_29  20
    x_6_30  assign_6  1  cap_30  20
    x_6_31  assign_6  1  cap_31  20
    x_6_32  assign_6  1  cap_32  20
    x_6_33  assign_6  1  cap_33  20
    x_6_34  assign_6  1  cap_34  20
    x_6_35  assign_6  1  cap_35  20
    x_6_36  assign_6  1  cap_36  20
    x_6_37  assign_6  1  cap_37  20
    x_6_38  assign_6  1  cap_38  20
    x_6_39  assign_6  1  cap_39  20
    x_7_0  assign_7  1  cap_0  11
    x_7_1  assign_7  1  cap_1  11
    x_7_2  assign_7  1  cap_2  11
    x_7_3  assign_7  1  cap_3  11
    x_7_4  assign_7  1  cap_4  11
    x_7_5  assign_7  1  cap_5  11
    x_7_6  assign_7  1  cap_6  11
    x_7_7  assign_7  1  cap_7  11
    x_7_8  assign_7  1  cap_8  11
    x_7_9  assign_7  1  cap_9  11
    x_7_10  assign_7  1  cap_10  11
    x_7_11  assign_7  1  cap_11  11
    x_7_12  assign_7  1  cap_12  11
    x_7_13  assign_7  1  cap_13  11
    x_7_14  assign_7  1  cap_14  11
    x_7_15  assign_7  1  cap_15  11
    x_7_16  assign_7  1  cap_16  11
    x_7_17  assign_7  1  cap_17  11
    x_7_18  assign_7  1  cap_18  11
    x_7_19  assign_7  1  cap_19  11
    x_7_20  assign_7  1  cap_20  11
    x_7_21  assign_7  1  cap_21  11
    x_7_22  assign_7  1  cap_22  11
    x_7_23  assign_7  1  cap_23  11
    x_7_24  assign_7  1  cap_24  11
    x_7_25  assign_7  1  cap_25  11
    x_7_26  assign_7  1  cap_26  11
    x_7_27  assign_7  1  cap_27  11
    x_7_28  assign_7  1  cap_28  11
    x_7_29  assign_7  1  cap_29  11
    x_7_30  assign_7  1  cap_30  11
    x_7_31  assign_7  1  cap_31  11
    x_7_32  assign_7  1  cap_32  11
    x_7_33  assign_7  1  cap_33  11
    x_7_34  assign_7  1  cap_34  11
    x_7_35  assign_7  1  cap_35  11
    x_7_36  assign_7  1  cap_36  11
    x_7_37  assign_7  1  cap_37  11
    x_7_38  assign_7  1  cap_38  11
    x_7_39  assign_7  1  cap_39  11
    x_8_0  assign_8  1  cap_0  16
    x_8_1  assign_8  1  cap_1  16
    x_8_2  assign_8  1  cap_2  16
    x_8_3  assign_8  1  cap_3  16
    x_8_4  assign_8  1  cap_4  16
    x_8_5  assign_8  1  cap_5  16
    x_8_6  assign_8  1  cap_6  16
    x_8_7  assign_8  1  cap_7  16
    x_8_8  assign_8  1  cap_8  16
    x_8_9  assign_8  1  cap_9  16
    x_8_10  assign_8  1  cap_10  16
    x_8_11  assign_8  1  cap_11  16
    x_8_12  assign_8  1  cap_12  16
    x_8_13  assign_8  1  cap_13  16
    x_8_14  assign_8  1  cap_14  16
    x_8_15  assign_8  1  cap_15  16
    x_8_16  assign_8  1  cap_16  16
    x_8_17  assign_8  1  cap_17  16
    x_8_18  assign_8  1  cap_18  16
    x_8_19  assign_8  1  cap_19  16
    x_8_20  assign_8  1  cap_20  16
    x_8_21  assign_8  1  cap_21  16
    x_8_22  assign_8  1  cap_22  16
    x_8_23  assign_8  1  cap_23  16
    x_8_24  assign_8  1  cap_24  16
    x_8_25  assign_8  1  cap_25  16
    x_8_26  assign_8  1  cap_26  16
    x_8_27  assign_8  1  cap_27  16
    x_8_28  assign_8  1  cap_28  16
    x_8_29  assign_8  1  cap_29  16
    x_8_30  assign_8  1  cap_30  16
    x_8_31  assign_8  1  cap_31  16
    x_8_32  assign_8  1  cap_32  16
    x_8_33  assign_8  1  cap_33  16
    x_8_34  assign_8  1  cap_34  16
    x_8_35  assign_8  1  cap_35  16
    x_8_36  assign_8  1  cap_36  16
    x_8_37  assign_8  1  cap_37  16
    x_8_38  assign_8  1  cap_38  16
    x_8_39  assign_8  1  cap_39  16
    x_9_0  assign_9  1  cap_0  22
    x_9_1  assign_9  1  cap_1  22
    x_9_2  assign_9  1  cap_2  22
    x_9_3  assign_9  1  cap_3  22
    x_9_4  assign_9  1  cap_4  22
    x_9_5  assign_9  1  cap_5  22
    x_9_6  assign_9  1  cap_6  22
    x_9_7  assign_9  1  cap_7  22
    x_9_8  assign_9  1  cap_8  22
    x_9_9  assign_9  1  cap_9  22
    x_9_10  assign_9  1  cap_10  22
    x_9_11  assign_9  1  cap_11  22
    x_9_12  assign_9  1  cap_12  22
    x_9_13  assign_9  1  cap_13  22
    x_9_14  assign_9  1  cap_14  22
    x_9_15  assign_9  1  cap_15  22
    x_9_16  assign_9  1  cap_16  22
    x_9_17  assign_9  1  cap_17  22
    x_9_18  assign_9  1  cap_18  22
    x_9_19  assign_9  1  cap_19  22
    x_9_20  assign_9  1  cap_20  22
    x_9_21  assign_9  1  cap_21  22
    x_9_22  assign_9  1  cap_22  22
    x_9_23  assign_9  1  cap_23  22
    x_9_24  assign_9  1  cap_24  22
    x_9_25  assign_9  1  cap_25  22
    x_9_26  assign_9  1  cap_26  22
    x_9_27  assign_9  1  cap_27  22
    x_9_28  assign_9  1  cap_28  22
    x_9_29  assign_9  1  cap_29  22
    x_9_30  assign_9  1  cap_30  22
    x_9_31  assign_9  1  cap_31  22
    x_9_32  assign_9  1  cap_32  22
    x_9_33  assign_9  1  cap_33  22
    x_9_34  assign_9  1  cap_34  22
    x_9_35  assign_9  1  cap_35  22
    x_9_36  assign_9  1  cap_36  22
    x_9_37  assign_9  1  cap_37  22
    x_9_38  assign_9  1  cap_38  22
    x_9_39  assign_9  1  cap_39  22
    x_10_0  assign_10  1  cap_0  97
    x_10_1  assign_10  1  cap_1  97
    x_10_2  assign_10  1  cap_2  97
    x_10_3  assign_10  1  cap_3  97
    x_10_4  assign_10  1  cap_4  97
    x_10_5  assign_10  1  cap_5  97
    x_10_6  assign_10  1  cap_6  97
    x_10_7  assign_10  1  cap_7  97
    x_10_8  assign_10  1  cap_8  97
    x_10_9  assign_10  1  cap_9  97
    x_10_10  assign_10  1  cap_10  97
    x_10_11  assign_10  1  cap_11  97
    x_10_12  assign_10  1  cap_12  97
    x_10_13  assign_10  1  cap_13  97
    x_10_14  assign_10  1  cap_14  97
    x_10_15  assign_10  1  cap_15  97
    x_10_16  assign_10  1  cap_16  97
    x_10_17  assign_10  1  cap_17  97
    x_10_18  assign_10  1  cap_18  97
    x_10_19  assign_10  1  cap_19  97
    x_10_20  assign_10  1  cap_20  97
    x_10_21  assign_10  1  cap_21  97
    x_10_22  assign_10  1  cap_22  97
    x_10_23  assign_10  1  cap_23  97
    x_10_24  assign_10  1  cap_24  97
    x_10_25  assign_10  1  cap_25  97
    x_10_26  assign_10  1  cap_26  97
    x_10_27  assign_10  1  cap_27  97
    x_10_28  assign_10  1  cap_28  97
    x_10_29  assign_10  1  cap_29  97
    x_10_30  assign_10  1  cap_30  97
    x_10_31  assign_10  1  cap_31  97
    x_10_32  assign_10  1  cap_32  97
    x_10_33  assign_10  1  cap_33  97
    x_10_34  assign_10  1  cap_34  97
    x_10_35  assign_10  1  cap_35  97
    x_10_36  assign_10  1  cap_36  97
    x_10_37  assign_10  1  cap_37  97
    x_10_38  assign_10  1  cap_38  97
    x_10_39  assign_10  1  cap_39  97
    x_11_0  assign_11  1  cap_0  25
    x_11_1  assign_11  1  cap_1  25
    x_11_2  assign_11  1  cap_2  25
    x_11_3  assign_11  1  cap_3  25
    x_11_4  assign_11  1  cap_4  25
    x_11_5  assign_11  1  cap_5  25
    x_11_6  assign_11  1  cap_6  25
    x_11_7  assign_11  1  cap_7  25
    x_11_8  assign_11  1  cap_8  25
    x_11_9  assign_11  1  cap_9  25
    x_11_10  assign_11  1  cap_10  25
    x_11_11  assign_11  1  cap_11  25
    x_11_12  assign_11  1  cap_12  25
    x_11_13  assign_11  1  cap_13  25
    x_11_14  assign_11  1  cap_14  25
    x_11_15  assign_11  1  cap_15  25
    x_11_16  assign_11  1  cap_16  25
    x_11_17  assign_11  1  cap_17  25
    x_11_18  assign_11  1  cap_18  25
    x_11_19  assign_11  1  cap_19  25
    x_11_20  assign_11  1  cap_20  25
    x_11_21  assign_11  1  cap_21  25
    x_11_22  assign_11  1  cap_22  25
    x_11_23  assign_11  1  cap_23  25
    x_11_24  assign_11  1  cap_24  25
    x_11_25  assign_11  1  cap_25  25
    x_11_26  assign_11  1  cap_26  25
    x_11_27  assign_11  1  cap_27  25
    x_11_28  assign_11  1  cap_28  25
    x_11_29  assign_11  1  cap_29  25
    x_11_30  assign_11  1  cap_30  25
    x_11_31  assign_11  1  cap_31  25
    x_11_32  assign_11  1  cap_32  25
    x_11_33  assign_11  1  cap_33  25
    x_11_34  assign_11  1  cap_34  25
    x_11_35  assign_11  1  cap_35  25
    x_11_36  assign_11  1  cap_36  25
    x_11_37  assign_11  1  cap_37  25
    x_11_38  assign_11  1  cap_38  25
    x_11_39  assign_11  1  cap_39  25
    x_12_0  assign_12  1  cap_0  20
    x_12_1  assign_12  1  cap_1  20
    x_12_2  assign_12  1  cap_2  20
    x_12_3  assign_12  1  cap_3  20
    x_12_4  assign_12  1  cap_4  20
    x_12_5  assign_12  1  cap_5  20
    x_12_6  assign_12  1  cap_6  20
    x_12_7  assign_12  1  cap_7  20
    x_12_8  assign_12  1  cap_8  20
    x_12_9  assign_12  1  cap_9  20
    x_12_10  assign_12  1  cap_10  20
    x_12_11  assign_12  1  cap_11  20
    x_12_12  assign_12  1  cap_12  20
    x_12_13  assign_12  1  cap_13  20
    x_12_14  assign_12  1  cap_14  20
    x_12_15  assign_12  1  cap_15  20
    x_12_16  assign_12  1  cap_16  20
    x_12_17  assign_12  1  cap_17  20
    x_12_18  assign_12  1  cap_18  20
    x_12_19  assign_12  1  cap_19  20
    x_12_20  assign_12  1  cap_20  20
    x_12_21  assign_12  1  cap_21  20
    x_12_22  assign_12  1  cap_22  20
    x_12_23  assign_12  1  cap_23  20
    x_12_24  assign_12  1  cap_24  20
    x_12_25  assign_12  1  cap_25  20
    x_12_26  assign_12  1  cap_26  20
    x_12_27  assign_12  1  cap_27  20
    x_12_28  assign_12  1  cap_28  20
    x_12_29  assign_12  1  cap_29  20
    x_12_30  assign_12  1  cap_30  20
    x_12_31  assign_12  1  cap_31  20
    x_12_32  assign_12  1  cap_32  20
    x_12_33  assign_12  1  cap_33  20
    x_12_34  assign_12  1  cap_34  20
    x_12_35  assign_12  1  cap_35  20
    x_12_36  assign_12  1  cap_36  20
    x_12_37  assign_12  1  cap_37  20
    x_12_38  assign_12  1  cap_38  20
    x_12_39  assign_12  1  cap_39  20
    x_13_0  assign_13  1  cap_0  30
    x_13_1  assign_13  1  cap_1  30
    x_13_2  assign_13  1  cap_2  30
    x_13_3  assign_13  1  cap_3  30
    x_13_4  assign_13  1  cap_4  30
    x_13_5  assign_13  1  cap_5  30
    x_13_6  assign_13  1  cap_6  30
    x_13_7  assign_13  1  cap_7  30
    x_13_8  assign_13  1  cap_8  30
    x_13_9  assign_13  1  cap_9  30
    x_13_10  assign_13  1  cap_10  30
    x_13_11  assign_13  1  cap_11  30
    x_13_12  assign_13  1  cap_12  30
    x_13_13  assign_13  1  cap_13  30
    x_13_14  assign_13  1  cap_14  30
    x_13_15  assign_13  1  cap_15  30
    x_13_16  assign_13  1  cap_16  30
    x_13_17  assign_13  1  cap_17  30
    x_13_18  assign_13  1  cap_18  30
    x_13_19  assign_13  1  cap_19  30
    x_13_20  assign_13  1  cap_20  30
    x_13_21  assign_13  1  cap_21  30
    x_13_22  assign_13  1  cap_22  30
    x_13_23  assign_13  1  cap_23  30
    x_13_24  assign_13  1  cap_24  30
    x_13_25  assign_13  1  cap_25  30
    x_13_26  assign_13  1  cap_26  30
    x_13_27  assign_13  1  cap_27  30
    x_13_28  assign_13  1  cap_28  30
    x_13_29  assign_13  1  cap_29  30
    x_13_30  assign_13  1  cap_30  30
    x_13_31  assign_13  1  cap_31  30
    x_13_32  assign_13  1  cap_32  30
    x_13_33  assign_13  1  cap_33  30
    x_13_34  assign_13  1  cap_34  30
    x_13_35  assign_13  1  cap_35  30
    x_13_36  assign_13  1  cap_36  30
    x_13_37  assign_13  1  cap_37  30
    x_13_38  assign_13  1  cap_38  30
    x_13_39  assign_13  1  cap_39  30
    x_14_0  assign_14  1  cap_0  20
    x_14_1  assign_14  1  cap_1  20
    x_14_2  assign_14  1  cap_2  20
    x_14_3  assign_14  1  cap_3  20
    x_14_4  assign_14  1  cap_4  20
    x_14_5  assign_14  1  cap_5  20
    x_14_6  assign_14  1  cap_6  20
    x_14_7  assign_14  1  cap_7  20
    x_14_8  assign_14  1  cap_8  20
    x_14_9  assign_14  1  cap_9  20
    x_14_10  assign_14  1  cap_10  20
    x_14_11  assign_14  1  cap_11  20
    x_14_12  assign_14  1  cap_12  20
    x_14_13  assign_14  1  cap_13  20
    x_14_14  assign_14  1  cap_14  20
    x_14_15  assign_14  1  cap_15  20
    x_14_16  assign_14  1  cap_16  20
    x_14_17  assign_14  1  cap_17  20
    x_14_18  assign_14  1  cap_18  20
    x_14_19  assign_14  1  cap_19  20
    x_14_20  assign_14  1  cap_20  20
    x_14_21  assign_14  1  cap_21  20
    x_14_22  assign_14  1  cap_22  20
    x_14_23  assign_14  1  cap_23  20
    x_14_24  assign_14  1  cap_24  20
    x_14_25  assign_14  1  cap_25  20
    x_14_26  assign_14  1  cap_26  20
    x_14_27  assign_14  1  cap_27  20
    x_14_28  assign_14  1  cap_28  20
    x_14_29  assign_14  1  cap_29  20
    x_14_30  assign_14  1  cap_30  20
    x_14_31  assign_14  1  cap_31  20
    x_14_32  assign_14  1  cap_32  20
    x_14_33  assign_14  1  cap_33  20
    x_14_34  assign_14  1  cap_34  20
    x_14_35  assign_14  1  cap_35  20
    x_14_36  assign_14  1  cap_36  20
    x_14_37  assign_14  1  cap_37  20
    x_14_38  assign_14  1  cap_38  20
    x_14_39  assign_14  1  cap_39  20
    x_15_0  assign_15  1  cap_0  85
    x_15_1  assign_15  1  cap_1  85
    x_15_2  assign_15  1  cap_2  85
    x_15_3  assign_15  1  cap_3  85
    x_15_4  assign_15  1  cap_4  85
    x_15_5  assign_15  1  cap_5  85
    x_15_6  assign_15  1  cap_6  85
    x_15_7  assign_15  1  cap_7  85
    x_15_8  assign_15  1  cap_8  85
    x_15_9  assign_15  1  cap_9  85
    x_15_10  assign_15  1  cap_10  85
    x_15_11  assign_15  1  cap_11  85
    x_15_12  assign_15  1  cap_12  85
    x_15_13  assign_15  1  cap_13  85
    x_15_14  assign_15  1  cap_14  85
    x_15_15  assign_15  1  cap_15  85
    x_15_16  assign_15  1  cap_16  85
    x_15_17  assign_15  1  cap_17  85
    x_15_18  assign_15  1  cap_18  85
    x_15_19  assign_15  1  cap_19  85
    x_15_20  assign_15  1  cap_20  85
    x_15_21  assign_15  1  cap_21  85
    x_15_22  assign_15  1  cap_22  85
    x_15_23  assign_15  1  cap_23  85
    x_15_24  assign_15  1  cap_24  85
    x_15_25  assign_15  1  cap_25  85
    x_15_26  assign_15  1  cap_26  85
    x_15_27  assign_15  1  cap_27  85
    x_15_28  assign_15  1  cap_28  85
    x_15_29  assign_15  1  cap_29  85
    x_15_30  assign_15  1  cap_30  85
    x_15_31  assign_15  1  cap_31  85
    x_15_32  assign_15  1  cap_32  85
    x_15_33  assign_15  1  cap_33  85
    x_15_34  assign_15  1  cap_34  85
    x_15_35  assign_15  1  cap_35  85
    x_15_36  assign_15  1  cap_36  85
    x_15_37  assign_15  1  cap_37  85
    x_15_38  assign_15  1  cap_38  85
    x_15_39  assign_15  1  cap_39  85
    x_16_0  assign_16  1  cap_0  95
    x_16_1  assign_16  1  cap_1  95
    x_16_2  assign_16  1  cap_2  95
    x_16_3  assign_16  1  cap_3  95
    x_16_4  assign_16  1  cap_4  95
    x_16_5  assign_16  1  cap_5  95
    x_16_6  assign_16  1  cap_6  95
    x_16_7  assign_16  1  cap_7  95
    x_16_8  assign_16  1  cap_8  95
    x_16_9  assign_16  1  cap_9  95
    x_16_10  assign_16  1  cap_10  95
    x_16_11  assign_16  1  cap_11  95
    x_16_12  assign_16  1  cap_12  95
    x_16_13  assign_16  1  cap_13  95
    x_16_14  assign_16  1  cap_14  95
    x_16_15  assign_16  1  cap_15  95
    x_16_16  assign_16  1  cap_16  95
    x_16_17  assign_16  1  cap_17  95
    x_16_18  assign_16  1  cap_18  95
    x_16_19  assign_16  1  cap_19  95
    x_16_20  assign_16  1  cap_20  95
    x_16_21  assign_16  1  cap_21  95
    x_16_22  assign_16  1  cap_22  95
    x_16_23  assign_16  1  cap_23  95
    x_16_24  assign_16  1  cap_24  95
    x_16_25  assign_16  1  cap_25  95
    x_16_26  assign_16  1  cap_26  95
    x_16_27  assign_16  1  cap_27  95
    x_16_28  assign_16  1  cap_28  95
    x_16_29  assign_16  1  cap_29  95
    x_16_30  assign_16  1  cap_30  95
    x_16_31  assign_16  1  cap_31  95
    x_16_32  assign_16  1  cap_32  95
    x_16_33  assign_16  1  cap_33  95
    x_16_34  assign_16  1  cap_34  95
    x_16_35  assign_16  1  cap_35  95
    x_16_36  assign_16  1  cap_36  95
    x_16_37  assign_16  1  cap_37  95
    x_16_38  assign_16  1  cap_38  95
    x_16_39  assign_16  1  cap_39  95
    x_17_0  assign_17  1  cap_0  82
    x_17_1  assign_17  1  cap_1  82
    x_17_2  assign_17  1  cap_2  82
    x_17_3  assign_17  1  cap_3  82
    x_17_4  assign_17  1  cap_4  82
    x_17_5  assign_17  1  cap_5  82
    x_17_6  assign_17  1  cap_6  82
    x_17_7  assign_17  1  cap_7  82
    x_17_8  assign_17  1  cap_8  82
    x_17_9  assign_17  1  cap_9  82
    x_17_10  assign_17  1  cap_10  82
    x_17_11  assign_17  1  cap_11  82
    x_17_12  assign_17  1  cap_12  82
    x_17_13  assign_17  1  cap_13  82
    x_17_14  assign_17  1  cap_14  82
    x_17_15  assign_17  1  cap_15  82
    x_17_16  assign_17  1  cap_16  82
    x_17_17  assign_17  1  cap_17  82
    x_17_18  assign_17  1  cap_18  82
    x_17_19  assign_17  1  cap_19  82
    x_17_20  assign_17  1  cap_20  82
    x_17_21  assign_17  1  cap_21  82
    x_17_22  assign_17  1  cap_22  82
    x_17_23  assign_17  1  cap_23  82
    x_17_24  assign_17  1  cap_24  82
    x_17_25  assign_17  1  cap_25  82
    x_17_26  assign_17  1  cap_26  82
    x_17_27  assign_17  1  cap_27  82
    x_17_28  assign_17  1  cap_28  82
    x_17_29  assign_17  1  cap_29  82
    x_17_30  assign_17  1  cap_30  82
    x_17_31  assign_17  1  cap_31  82
    x_17_32  assign_17  1  cap_32  82
    x_17_33  assign_17  1  cap_33  82
    x_17_34  assign_17  1  cap_34  82
    x_17_35  assign_17  1  cap_35  82
    x_17_36  assign_17  1  cap_36  82
    x_17_37  assign_17  1  cap_37  82
    x_17_38  assign_17  1  cap_38  82
    x_17_39  assign_17  1  cap_39  82
    x_18_0  assign_18  1  cap_0  14
    x_18_1  assign_18  1  cap_1  14
    x_18_2  assign_18  1  cap_2  14
    x_18_3  assign_18  1  cap_3  14
    x_18_4  assign_18  1  cap_4  14
    x_18_5  assign_18  1  cap_5  14
    x_18_6  assign_18  1  cap_6  14
    x_18_7  assign_18  1  cap_7  14
    x_18_8  assign_18  1  cap_8  14
    x_18_9  assign_18  1  cap_9  14
    x_18_10  assign_18  1  cap_10  14
    x_18_11  assign_18  1  cap_11  14
    x_18_12  assign_18  1  cap_12  14
    x_18_13  assign_18  1  cap_13  14
    x_18_14  assign_18  1  cap_14  14
    x_18_15  assign_18  1  cap_15  14
    x_18_16  assign_18  1  cap_16  14
    x_18_17  assign_18  1  cap_17  14
    x_18_18  assign_18  1  cap_18  14
    x_18_19  assign_18  1  cap_19  14
    x_18_20  assign_18  1  cap_20  14
    x_18_21  assign_18  1  cap_21  14
    x_18_22  assign_18  1  cap_22  14
    x_18_23  assign_18  1  cap_23  14
    x_18_24  assign_18  1  cap_24  14
    x_18_25  assign_18  1  cap_25  14
    x_18_26  assign_18  1  cap_26  14
    x_18_27  assign_18  1  cap_27  14
    x_18_28  assign_18  1  cap_28  14
    x_18_29  assign_18  1  cap_29  14
    x_18_30  assign_18  1  cap_30  14
    x_18_31  assign_18  1  cap_31  14
    x_18_32  assign_18  1  cap_32  14
    x_18_33  assign_18  1  cap_33  14
    x_18_34  assign_18  1  cap_34  14
    x_18_35  assign_18  1  cap_35  14
    x_18_36  assign_18  1  cap_36  14
    x_18_37  assign_18  1  cap_37  14
    x_18_38  assign_18  1  cap_38  14
    x_18_39  assign_18  1  cap_39  14
    x_19_0  assign_19  1  cap_0  11
    x_19_1  assign_19  1  cap_1  11
    x_19_2  assign_19  1  cap_2  11
    x_19_3  assign_19  1  cap_3  11
    x_19_4  assign_19  1  cap_4  11
    x_19_5  assign_19  1  cap_5  11
    x_19_6  assign_19  1  cap_6  11
    x_19_7  assign_19  1  cap_7  11
    x_19_8  assign_19  1  cap_8  11
    x_19_9  assign_19  1  cap_9  11
    x_19_10  assign_19  1  cap_10  11
    x_19_11  assign_19  1  cap_11  11
    x_19_12  assign_19  1  cap_12  11
    x_19_13  assign_19  1  cap_13  11
    x_19_14  assign_19  1  cap_14  11
    x_19_15  assign_19  1  cap_15  11
    x_19_16  assign_19  1  cap_16  11
    x_19_17  assign_19  1  cap_17  11
    x_19_18  assign_19  1  cap_18  11
    x_19_19  assign_19  1  cap_19  11
    x_19_20  assign_19  1  cap_20  11
    x_19_21  assign_19  1  cap_21  11
    x_19_22  assign_19  1  cap_22  11
    x_19_23  assign_19  1  cap_23  11
    x_19_24  assign_19  1  cap_24  11
    x_19_25  assign_19  1  cap_25  11
    x_19_26  assign_19  1  cap_26  11
    x_19_27  assign_19  1  cap_27  11
    x_19_28  assign_19  1  cap_28  11
    x_19_29  assign_19  1  cap_29  11
    x_19_30  assign_19  1  cap_30  11
    x_19_31  assign_19  1  cap_31  11
    x_19_32  assign_19  1  cap_32  11
    x_19_33  assign_19  1  cap_33  11
    x_19_34  assign_19  1  cap_34  11
    x_19_35  assign_19  1  cap_35  11
    x_19_36  assign_19  1  cap_36  11
    x_19_37  assign_19  1  cap_37  11
    x_19_38  assign_19  1  cap_38  11
    x_19_39  assign_19  1  cap_39  11
    x_20_0  assign_20  1  cap_0  30
    x_20_1  assign_20  1  cap_1  30
    x_20_2  assign_20  1  cap_2  30
    x_20_3  assign_20  1  cap_3  30
    x_20_4  assign_20  1  cap_4  30
    x_20_5  assign_20  1  cap_5  30
    x_20_6  assign_20  1  cap_6  30
    x_20_7  assign_20  1  cap_7  30
    x_20_8  assign_20  1  cap_8  30
    x_20_9  assign_20  1  cap_9  30
    x_20_10  assign_20  1  cap_10  30
    x_20_11  assign_20  1  cap_11  30
    x_20_12  assign_20  1  cap_12  30
    x_20_13  assign_20  1  cap_13  30
    x_20_14  assign_20  1  cap_14  30
    x_20_15  assign_20  1  cap_15  30
    x_20_16  assign_20  1  cap_16  30
    x_20_17  assign_20  1  cap_17  30
    x_20_18  assign_20  1  cap_18  30
    x_20_19  assign_20  1  cap_19  30
    x_20_20  assign_20  1  cap_20  30
    x_20_21  assign_20  1  cap_21  30
    x_20_22  assign_20  1  cap_22  30
    x_20_23  assign_20  1  cap_23  30
    x_20_24  assign_20  1  cap_24  30
    x_20_25  assign_20  1  cap_25  30
    x_20_26  assign_20  1  cap_26  30
    x_20_27  assign_20  1  cap_27  30
    x_20_28  assign_20  1  cap_28  30
    x_20_29  assign_20  1  cap_29  30
    x_20_30  assign_20  1  cap_30  30
    x_20_31  assign_20  1  cap_31  30
    x_20_32  assign_20  1  cap_32  30
    x_20_33  assign_20  1  cap_33  30
    x_20_34  assign_20  1  cap_34  30
    x_20_35  assign_20  1  cap_35  30
    x_20_36  assign_20  1  cap_36  30
    x_20_37  assign_20  1  cap_37  30
    x_20_38  assign_20  1  cap_38  30
    x_20_39  assign_20  1  cap_39  30
    x_21_0  assign_21  1  cap_0  29
    x_21_1  assign_21  1  cap_1  29
    x_21_2  assign_21  1  cap_2  29
    x_21_3  assign_21  1  cap_3  29
    x_21_4  assign_21  1  cap_4  29
    x_21_5  assign_21  1  cap_5  29
    x_21_6  assign_21  1  cap_6  29
    x_21_7  assign_21  1  cap_7  29
    x_21_8  assign_21  1  cap_8  29
    x_21_9  assign_21  1  cap_9  29
    x_21_10  assign_21  1  cap_10  29
    x_21_11  assign_21  1  cap_11  29
    x_21_12  assign_21  1  cap_12  29
    x_21_13  assign_21  1  cap_13  29
    x_21_14  assign_21  1  cap_14  29
    x_21_15  assign_21  1  cap_15  29
    x_21_16  assign_21  1  cap_16  29
    x_21_17  assign_21  1  cap_17  29
    x_21_18  assign_21  1  cap_18  29
    x_21_19  assign_21  1  cap_19  29
    x_21_20  assign_21  1  cap_20  29
    x_21_21  assign_21  1  cap_21  29
    x_21_22  assign_21  1  cap_22  29
    x_21_23  assign_21  1  cap_23  29
    x_21_24  assign_21  1  cap_24  29
    x_21_25  assign_21  1  cap_25  29
    x_21_26  assign_21  1  cap_26  29
    x_21_27  assign_21  1  cap_27  29
    x_21_28  assign_21  1  cap_28  29
    x_21_29  assign_21  1  cap_29  29
    x_21_30  assign_21  1  cap_30  29
    x_21_31  assign_21  1  cap_31  29
    x_21_32  assign_21  1  cap_32  29
    x_21_33  assign_21  1  cap_33  29
    x_21_34  assign_21  1  cap_34  29
    x_21_35  assign_21  1  cap_35  29
    x_21_36  assign_21  1  cap_36  29
    x_21_37  assign_21  1  cap_37  29
    x_21_38  assign_21  1  cap_38  29
    x_21_39  assign_21  1  cap_39  29
    x_22_0  assign_22  1  cap_0  13
    x_22_1  assign_22  1  cap_1  13
    x_22_2  assign_22  1  cap_2  13
    x_22_3  assign_22  1  cap_3  13
    x_22_4  assign_22  1  cap_4  13
    x_22_5  assign_22  1  cap_5  13
    x_22_6  assign_22  1  cap_6  13
    x_22_7  assign_22  1  cap_7  13
    x_22_8  assign_22  1  cap_8  13
    x_22_9  assign_22  1  cap_9  13
    x_22_10  assign_22  1  cap_10  13
    x_22_11  assign_22  1  cap_11  13
    x_22_12  assign_22  1  cap_12  13
    x_22_13  assign_22  1  cap_13  13
    x_22_14  assign_22  1  cap_14  13
    x_22_15  assign_22  1  cap_15  13
    x_22_16  assign_22  1  cap_16  13
    x_22_17  assign_22  1  cap_17  13
    x_22_18  assign_22  1  cap_18  13
    x_22_19  assign_22  1  cap_19  13
    x_22_20  assign_22  1  cap_20  13
    x_22_21  assign_22  1  cap_21  13
    x_22_22  assign_22  1  cap_22  13
    x_22_23  assign_22  1  cap_23  13
    x_22_24  assign_22  1  cap_24  13
    x_22_25  assign_22  1  cap_25  13
    x_22_26  assign_22  1  cap_26  13
    x_22_27  assign_22  1  cap_27  13
    x_22_28  assign_22  1  cap_28  13
    x_22_29  assign_22  1  cap_29  13
    x_22_30  assign_22  1  cap_30  13
    x_22_31  assign_22  1  cap_31  13
    x_22_32  assign_22  1  cap_32  13
    x_22_33  assign_22  1  cap_33  13
    x_22_34  assign_22  1  cap_34  13
    x_22_35  assign_22  1  cap_35  13
    x_22_36  assign_22  1  cap_36  13
    x_22_37  assign_22  1  cap_37  13
    x_22_38  assign_22  1  cap_38  13
    x_22_39  assign_22  1  cap_39  13
    x_23_0  assign_23  1  cap_0  19
    x_23_1  assign_23  1  cap_1  19
    x_23_2  assign_23  1  cap_2  19
    x_23_3  assign_23  1  cap_3  19
    x_23_4  assign_23  1  cap_4  19
    x_23_5  assign_23  1  cap_5  19
    x_23_6  assign_23  1  cap_6  19
    x_23_7  assign_23  1  cap_7  19
    x_23_8  assign_23  1  cap_8  19
    x_23_9  assign_23  1  cap_9  19
    x_23_10  assign_23  1  cap_10  19
    x_23_11  assign_23  1  cap_11  19
    x_23_12  assign_23  1  cap_12  19
    x_23_13  assign_23  1  cap_13  19
    x_23_14  assign_23  1  cap_14  19
    x_23_15  assign_23  1  cap_15  19
    x_23_16  assign_23  1  cap_16  19
    x_23_17  assign_23  1  cap_17  19
    x_23_18  assign_23  1  cap_18  19
    x_23_19  assign_23  1  cap_19  19
    x_23_20  assign_23  1  cap_20  19
    x_23_21  assign_23  1  cap_21  19
    x_23_22  assign_23  1  cap_22  19
    x_23_23  assign_23  1  cap_23  19
    x_23_24  assign_23  1  cap_24  19
    x_23_25  assign_23  1  cap_25  19
    x_23_26  assign_23  1  cap_26  19
    x_23_27  assign_23  1  cap_27  19
    x_23_28  assign_23  1  cap_28  19
    x_23_29  assign_23  1  cap_29  19
    x_23_30  assign_23  1  cap_30  19
    x_23_31  assign_23  1  cap_31  19
    x_23_32  assign_23  1  cap_32  19
    x_23_33  assign_23  1  cap_33  19
    x_23_34  assign_23  1  cap_34  19
    x_23_35  assign_23  1  cap_35  19
    x_23_36  assign_23  1  cap_36  19
    x_23_37  assign_23  1  cap_37  19
    x_23_38  assign_23  1  cap_38  19
    x_23_39  assign_23  1  cap_39  19
    x_24_0  assign_24  1  cap_0  88
    x_24_1  assign_24  1  cap_1  88
    x_24_2  assign_24  1  cap_2  88
    x_24_3  assign_24  1  cap_3  88
    x_24_4  assign_24  1  cap_4  88
    x_24_5  assign_24  1  cap_5  88
    x_24_6  assign_24  1  cap_6  88
    x_24_7  assign_24  1  cap_7  88
    x_24_8  assign_24  1  cap_8  88
    x_24_9  assign_24  1  cap_9  88
    x_24_10  assign_24  1  cap_10  88
    x_24_11  assign_24  1  cap_11  88
    x_24_12  assign_24  1  cap_12  88
    x_24_13  assign_24  1  cap_13  88
    x_24_14  assign_24  1  cap_14  88
    x_24_15  assign_24  1  cap_15  88
    x_24_16  assign_24  1  cap_16  88
    x_24_17  assign_24  1  cap_17  88
    x_24_18  assign_24  1  cap_18  88
    x_24_19  assign_24  1  cap_19  88
    x_24_20  assign_24  1  cap_20  88
    x_24_21  assign_24  1  cap_21  88
    x_24_22  assign_24  1  cap_22  88
    x_24_23  assign_24  1  cap_23  88
    x_24_24  assign_24  1  cap_24  88
    x_24_25  assign_24  1  cap_25  88
    x_24_26  assign_24  1  cap_26  88
    x_24_27  assign_24  1  cap_27  88
    x_24_28  assign_24  1  cap_28  88
    x_24_29  assign_24  1  cap_29  88
    x_24_30  assign_24  1  cap_30  88
    x_24_31  assign_24  1  cap_31  88
    x_24_32  assign_24  1  cap_32  88
    x_24_33  assign_24  1  cap_33  88
    x_24_34  assign_24  1  cap_34  88
    x_24_35  assign_24  1  cap_35  88
    x_24_36  assign_24  1  cap_36  88
    x_24_37  assign_24  1  cap_37  88
    x_24_38  assign_24  1  cap_38  88
    x_24_39  assign_24  1  cap_39  88
    x_25_0  assign_25  1  cap_0  20
    x_25_1  assign_25  1  cap_1  20
    x_25_2  assign_25  1  cap_2  20
    x_25_3  assign_25  1  cap_3  20
    x_25_4  assign_25  1  cap_4  20
    x_25_5  assign_25  1  cap_5  20
    x_25_6  assign_25  1  cap_6  20
    x_25_7  assign_25  1  cap_7  20
    x_25_8  assign_25  1  cap_8  20
    x_25_9  assign_25  1  cap_9  20
    x_25_10  assign_25  1  cap_10  20
    x_25_11  assign_25  1  cap_11  20
    x_25_12  assign_25  1  cap_12  20
    x_25_13  assign_25  1  cap_13  20
    x_25_14  assign_25  1  cap_14  20
    x_25_15  assign_25  1  cap_15  20
    x_25_16  assign_25  1  cap_16  20
    x_25_17  assign_25  1  cap_17  20
    x_25_18  assign_25  1  cap_18  20
    x_25_19  assign_25  1  cap_19  20
    x_25_20  assign_25  1  cap_20  20
    x_25_21  assign_25  1  cap_21  20
    x_25_22  assign_25  1  cap_22  20
    x_25_23  assign_25  1  cap_23  20
    x_25_24  assign_25  1  cap_24  20
    x_25_25  assign_25  1  cap_25  20
    x_25_26  assign_25  1  cap_26  20
    x_25_27  assign_25  1  cap_27  20
    x_25_28  assign_25  1  cap_28  20
    x_25_29  assign_25  1  cap_29  20
    x_25_30  assign_25  1  cap_30  20
    x_25_31  assign_25  1  cap_31  20
    x_25_32  assign_25  1  cap_32  20
    x_25_33  assign_25  1  cap_33  20
    x_25_34  assign_25  1  cap_34  20
    x_25_35  assign_25  1  cap_35  20
    x_25_36  assign_25  1  cap_36  20
    x_25_37  assign_25  1  cap_37  20
    x_25_38  assign_25  1  cap_38  20
    x_25_39  assign_25  1  cap_39  20
    x_26_0  assign_26  1  cap_0  25
    x_26_1  assign_26  1  cap_1  25
    x_26_2  assign_26  1  cap_2  25
    x_26_3  assign_26  1  cap_3  25
    x_26_4  assign_26  1  cap_4  25
    x_26_5  assign_26  1  cap_5  25
    x_26_6  assign_26  1  cap_6  25
    x_26_7  assign_26  1  cap_7  25
    x_26_8  assign_26  1  cap_8  25
    x_26_9  assign_26  1  cap_9  25
    x_26_10  assign_26  1  cap_10  25
    x_26_11  assign_26  1  cap_11  25
    x_26_12  assign_26  1  cap_12  25
    x_26_13  assign_26  1  cap_13  25
    x_26_14  assign_26  1  cap_14  25
    x_26_15  assign_26  1  cap_15  25
    x_26_16  assign_26  1  cap_16  25
    x_26_17  assign_26  1  cap_17  25
    x_26_18  assign_26  1  cap_18  25
    x_26_19  assign_26  1  cap_19  25
    x_26_20  assign_26  1  cap_20  25
    x_26_21  assign_26  1  cap_21  25
    x_26_22  assign_26  1  cap_22  25
    x_26_23  assign_26  1  cap_23  25
    x_26_24  assign_26  1  cap_24  25
    x_26_25  assign_26  1  cap_25  25
    x_26_26  assign_26  1  cap_26  25
    x_26_27  assign_26  1  cap_27  25
    x_26_28  assign_26  1  cap_28  25
    x_26_29  assign_26  1  cap_29  25
    x_26_30  assign_26  1  cap_30  25
    x_26_31  assign_26  1  cap_31  25
    x_26_32  assign_26  1  cap_32  25
    x_26_33  assign_26  1  cap_33  25
    x_26_34  assign_26  1  cap_34  25
    x_26_35  assign_26  1  cap_35  25
    x_26_36  assign_26  1  cap_36  25
    x_26_37  assign_26  1  cap_37  25
    x_26_38  assign_26  1  cap_38  25
    x_26_39  assign_26  1  cap_39  25
    x_27_0  assign_27  1  cap_0  27
    x_27_1  assign_27  1  cap_1  27
    x_27_2  assign_27  1  cap_2  27
    x_27_3  assign_27  1  cap_3  27
    x_27_4  assign_27  1  cap_4  27
    x_27_5  assign_27  1  cap_5  27
    x_27_6  assign_27  1  cap_6  27
    x_27_7  assign_27  1  cap_7  27
    x_27_8  assign_27  1  cap_8  27
    x_27_9  assign_27  1  cap_9  27
    x_27_10  assign_27  1  cap_10  27
    x_27_11  assign_27  1  cap_11  27
    x_27_12  assign_27  1  cap_12  27
    x_27_13  assign_27  1  cap_13  27
    x_27_14  assign_27  1  cap_14  27
    x_27_15  assign_27  1  cap_15  27
    x_27_16  assign_27  1  cap_16  27
    x_27_17  assign_27  1  cap_17  27
    x_27_18  assign_27  1  cap_18  27
    x_27_19  assign_27  1  cap_19  27
    x_27_20  assign_27  1  cap_20  27
    x_27_21  assign_27  1  cap_21  27
    x_27_22  assign_27  1  cap_22  27
    x_27_23  assign_27  1  cap_23  27
    x_27_24  assign_27  1  cap_24  27
    x_27_25  assign_27  1  cap_25  27
    x_27_26  assign_27  1  cap_26  27
    x_27_27  assign_27  1  cap_27  27
    x_27_28  assign_27  1  cap_28  27
    x_27_29  assign_27  1  cap_29  27
    x_27_30  assign_27  1  cap_30  27
    x_27_31  assign_27  1  cap_31  27
    x_27_32  assign_27  1  cap_32  27
    x_27_33  assign_27  1  cap_33  27
    x_27_34  assign_27  1  cap_34  27
    x_27_35  assign_27  1  cap_35  27
    x_27_36  assign_27  1  cap_36  27
    x_27_37  assign_27  1  cap_37  27
    x_27_38  assign_27  1  cap_38  27
    x_27_39  assign_27  1  cap_39  27
    x_28_0  assign_28  1  cap_0  29
    x_28_1  assign_28  1  cap_1  29
    x_28_2  assign_28  1  cap_2  29
    x_28_3  assign_28  1  cap_3  29
    x_28_4  assign_28  1  cap_4  29
    x_28_5  assign_28  1  cap_5  29
    x_28_6  assign_28  1  cap_6  29
    x_28_7  assign_28  1  cap_7  29
    x_28_8  assign_28  1  cap_8  29
    x_28_9  assign_28  1  cap_9  29
    x_28_10  assign_28  1  cap_10  29
    x_28_11  assign_28  1  cap_11  29
    x_28_12  assign_28  1  cap_12  29
    x_28_13  assign_28  1  cap_13  29
    x_28_14  assign_28  1  cap_14  29
    x_28_15  assign_28  1  cap_15  29
    x_28_16  assign_28  1  cap_16  29
    x_28_17  assign_28  1  cap_17  29
    x_28_18  assign_28  1  cap_18  29
    x_28_19  assign_28  1  cap_19  29
    x_28_20  assign_28  1  cap_20  29
    x_28_21  assign_28  1  cap_21  29
    x_28_22  assign_28  1  cap_22  29
    x_28_23  assign_28  1  cap_23  29
    x_28_24  assign_28  1  cap_24  29
    x_28_25  assign_28  1  cap_25  29
    x_28_26  assign_28  1  cap_26  29
    x_28_27  assign_28  1  cap_27  29
    x_28_28  assign_28  1  cap_28  29
    x_28_29  assign_28  1  cap_29  29
    x_28_30  assign_28  1  cap_30  29
    x_28_31  assign_28  1  cap_31  29
    x_28_32  assign_28  1  cap_32  29
    x_28_33  assign_28  1  cap_33  29
    x_28_34  assign_28  1  cap_34  29
    x_28_35  assign_28  1  cap_35  29
    x_28_36  assign_28  1  cap_36  29
    x_28_37  assign_28  1  cap_37  29
    x_28_38  assign_28  1  cap_38  29
    x_28_39  assign_28  1  cap_39  29
    x_29_0  assign_29  1  cap_0  29
    x_29_1  assign_29  1  cap_1  29
    x_29_2  assign_29  1  cap_2  29
    x_29_3  assign_29  1  cap_3  29
    x_29_4  assign_29  1  cap_4  29
    x_29_5  assign_29  1  cap_5  29
    x_29_6  assign_29  1  cap_6  29
    x_29_7  assign_29  1  cap_7  29
    x_29_8  assign_29  1  cap_8  29
    x_29_9  assign_29  1  cap_9  29
    x_29_10  assign_29  1  cap_10  29
    x_29_11  assign_29  1  cap_11  29
    x_29_12  assign_29  1  cap_12  29
    x_29_13  assign_29  1  cap_13  29
    x_29_14  assign_29  1  cap_14  29
    x_29_15  assign_29  1  cap_15  29
    x_29_16  assign_29  1  cap_16  29
    x_29_17  assign_29  1  cap_17  29
    x_29_18  assign_29  1  cap_18  29
    x_29_19  assign_29  1  cap_19  29
    x_29_20  assign_29  1  cap_20  29
    x_29_21  assign_29  1  cap_21  29
    x_29_22  assign_29  1  cap_22  29
    x_29_23  assign_29  1  cap_23  29
    x_29_24  assign_29  1  cap_24  29
    x_29_25  assign_29  1  cap_25  29
    x_29_26  assign_29  1  cap_26  29
    x_29_27  assign_29  1  cap_27  29
    x_29_28  assign_29  1  cap_28  29
    x_29_29  assign_29  1  cap_29  29
    x_29_30  assign_29  1  cap_30  29
    x_29_31  assign_29  1  cap_31  29
    x_29_32  assign_29  1  cap_32  29
    x_29_33  assign_29  1  cap_33  29
    x_29_34  assign_29  1  cap_34  29
    x_29_35  assign_29  1  cap_35  29
    x_29_36  assign_29  1  cap_36  29
    x_29_37  assign_29  1  cap_37  29
    x_29_38  assign_29  1  cap_38  29
    x_29_39  assign_29  1  cap_39  29
    x_30_0  assign_30  1  cap_0  89
    x_30_1  assign_30  1  cap_1  89
    x_30_2  assign_30  1  cap_2  89
    x_30_3  assign_30  1  cap_3  89
    x_30_4  assign_30  1  cap_4  89
    x_30_5  assign_30  1  cap_5  89
    x_30_6  assign_30  1  cap_6  89
    x_30_7  assign_30  1  cap_7  89
    x_30_8  assign_30  1  cap_8  89
    x_30_9  assign_30  1  cap_9  89
    x_30_10  assign_30  1  cap_10  89
    x_30_11  assign_30  1  cap_11  89
    x_30_12  assign_30  1  cap_12  89
    x_30_13  assign_30  1  cap_13  89
    x_30_14  assign_30  1  cap_14  89
    x_30_15  assign_30  1  cap_15  89
    x_30_16  assign_30  1  cap_16  89
    x_30_17  assign_30  1  cap_17  89
    x_30_18  assign_30  1  cap_18  89
    x_30_19  assign_30  1  cap_19  89
    x_30_20  assign_30  1  cap_20  89
    x_30_21  assign_30  1  cap_21  89
    x_30_22  assign_30  1  cap_22  89
    x_30_23  assign_30  1  cap_23  89
    x_30_24  assign_30  1  cap_24  89
    x_30_25  assign_30  1  cap_25  89
    x_30_26  assign_30  1  cap_26  89
    x_30_27  assign_30  1  cap_27  89
    x_30_28  assign_30  1  cap_28  89
    x_30_29  assign_30  1  cap_29  89
    x_30_30  assign_30  1  cap_30  89
    x_30_31  assign_30  1  cap_31  89
    x_30_32  assign_30  1  cap_32  89
    x_30_33  assign_30  1  cap_33  89
    x_30_34  assign_30  1  cap_34  89
    x_30_35  assign_30  1  cap_35  89
    x_30_36  assign_30  1  cap_36  89
    x_30_37  assign_30  1  cap_37  89
    x_30_38  assign_30  1  cap_38  89
    x_30_39  assign_30  1  cap_39  89
    x_31_0  assign_31  1  cap_0  12
    x_31_1  assign_31  1  cap_1  12
    x_31_2  assign_31  1  cap_2  12
    x_31_3  assign_31  1  cap_3  12
    x_31_4  assign_31  1  cap_4  12
    x_31_5  assign_31  1  cap_5  12
    x_31_6  assign_31  1  cap_6  12
    x_31_7  assign_31  1  cap_7  12
    x_31_8  assign_31  1  cap_8  12
    x_31_9  assign_31  1  cap_9  12
    x_31_10  assign_31  1  cap_10  12
    x_31_11  assign_31  1  cap_11  12
    x_31_12  assign_31  1  cap_12  12
    x_31_13  assign_31  1  cap_13  12
    x_31_14  assign_31  1  cap_14  12
    x_31_15  assign_31  1  cap_15  12
    x_31_16  assign_31  1  cap_16  12
    x_31_17  assign_31  1  cap_17  12
    x_31_18  assign_31  1  cap_18  12
    x_31_19  assign_31  1  cap_19  12
    x_31_20  assign_31  1  cap_20  12
    x_31_21  assign_31  1  cap_21  12
    x_31_22  assign_31  1  cap_22  12
    x_31_23  assign_31  1  cap_23  12
    x_31_24  assign_31  1  cap_24  12
    x_31_25  assign_31  1  cap_25  12
    x_31_26  assign_31  1  cap_26  12
    x_31_27  assign_31  1  cap_27  12
    x_31_28  assign_31  1  cap_28  12
    x_31_29  assign_31  1  cap_29  12
    x_31_30  assign_31  1  cap_30  12
    x_31_31  assign_31  1  cap_31  12
    x_31_32  assign_31  1  cap_32  12
    x_31_33  assign_31  1  cap_33  12
    x_31_34  assign_31  1  cap_34  12
    x_31_35  assign_31  1  cap_35  12
    x_31_36  assign_31  1  cap_36  12
    x_31_37  assign_31  1  cap_37  12
    x_31_38  assign_31  1  cap_38  12
    x_31_39  assign_31  1  cap_39  12
    x_32_0  assign_32  1  cap_0  91
    x_32_1  assign_32  1  cap_1  91
    x_32_2  assign_32  1  cap_2  91
    x_32_3  assign_32  1  cap_3  91
    x_32_4  assign_32  1  cap_4  91
    x_32_5  assign_32  1  cap_5  91
    x_32_6  assign_32  1  cap_6  91
    x_32_7  assign_32  1  cap_7  91
    x_32_8  assign_32  1  cap_8  91
    x_32_9  assign_32  1  cap_9  91
    x_32_10  assign_32  1  cap_10  91
    x_32_11  assign_32  1  cap_11  91
    x_32_12  assign_32  1  cap_12  91
    x_32_13  assign_32  1  cap_13  91
    x_32_14  assign_32  1  cap_14  91
    x_32_15  assign_32  1  cap_15  91
    x_32_16  assign_32  1  cap_16  91
    x_32_17  assign_32  1  cap_17  91
    x_32_18  assign_32  1  cap_18  91
    x_32_19  assign_32  1  cap_19  91
    x_32_20  assign_32  1  cap_20  91
    x_32_21  assign_32  1  cap_21  91
    x_32_22  assign_32  1  cap_22  91
    x_32_23  assign_32  1  cap_23  91
    x_32_24  assign_32  1  cap_24  91
    x_32_25  assign_32  1  cap_25  91
    x_32_26  assign_32  1  cap_26  91
    x_32_27  assign_32  1  cap_27  91
    x_32_28  assign_32  1  cap_28  91
    x_32_29  assign_32  1  cap_29  91
    x_32_30  assign_32  1  cap_30  91
    x_32_31  assign_32  1  cap_31  91
    x_32_32  assign_32  1  cap_32  91
    x_32_33  assign_32  1  cap_33  91
    x_32_34  assign_32  1  cap_34  91
    x_32_35  assign_32  1  cap_35  91
    x_32_36  assign_32  1  cap_36  91
    x_32_37  assign_32  1  cap_37  91
    x_32_38  assign_32  1  cap_38  91
    x_32_39  assign_32  1  cap_39  91
    x_33_0  assign_33  1  cap_0  16
    x_33_1  assign_33  1  cap_1  16
    x_33_2  assign_33  1  cap_2  16
    x_33_3  assign_33  1  cap_3  16
    x_33_4  assign_33  1  cap_4  16
    x_33_5  assign_33  1  cap_5  16
    x_33_6  assign_33  1  cap_6  16
    x_33_7  assign_33  1  cap_7  16
    x_33_8  assign_33  1  cap_8  16
    x_33_9  assign_33  1  cap_9  16
    x_33_10  assign_33  1  cap_10  16
    x_33_11  assign_33  1  cap_11  16
    x_33_12  assign_33  1  cap_12  16
    x_33_13  assign_33  1  cap_13  16
    x_33_14  assign_33  1  cap_14  16
    x_33_15  assign_33  1  cap_15  16
    x_33_16  assign_33  1  cap_16  16
    x_33_17  assign_33  1  cap_17  16
    x_33_18  assign_33  1  cap_18  16
    x_33_19  assign_33  1  cap_19  16
    x_33_20  assign_33  1  cap_20  16
    x_33_21  assign_33  1  cap_21  16
    x_33_22  assign_33  1  cap_22  16
    x_33_23  assign_33  1  cap_23  16
    x_33_24  assign_33  1  cap_24  16
    x_33_25  assign_33  1  cap_25  16
    x_33_26  assign_33  1  cap_26  16
    x_33_27  assign_33  1  cap_27  16
    x_33_28  assign_33  1  cap_28  16
    x_33_29  assign_33  1  cap_29  16
    x_33_30  assign_33  1  cap_30  16
    x_33_31  assign_33  1  cap_31  16
    x_33_32  assign_33  1  cap_32  16
    x_33_33  assign_33  1  cap_33  16
    x_33_34  assign_33  1  cap_34  16
    x_33_35  assign_33  1  cap_35  16
    x_33_36  assign_33  1  cap_36  16
    x_33_37  assign_33  1  cap_37  16
    x_33_38  assign_33  1  cap_38  16
    x_33_39  assign_33  1  cap_39  16
    x_34_0  assign_34  1  cap_0  16
    x_34_1  assign_34  1  cap_1  16
    x_34_2  assign_34  1  cap_2  16
    x_34_3  assign_34  1  cap_3  16
    x_34_4  assign_34  1  cap_4  16
    x_34_5  assign_34  1  cap_5  16
    x_34_6  assign_34  1  cap_6  16
    x_34_7  assign_34  1  cap_7  16
    x_34_8  assign_34  1  cap_8  16
    x_34_9  assign_34  1  cap_9  16
    x_34_10  assign_34  1  cap_10  16
    x_34_11  assign_34  1  cap_11  16
    x_34_12  assign_34  1  cap_12  16
    x_34_13  assign_34  1  cap_13  16
    x_34_14  assign_34  1  cap_14  16
    x_34_15  assign_34  1  cap_15  16
    x_34_16  assign_34  1  cap_16  16
    x_34_17  assign_34  1  cap_17  16
    x_34_18  assign_34  1  cap_18  16
    x_34_19  assign_34  1  cap_19  16
    x_34_20  assign_34  1  cap_20  16
    x_34_21  assign_34  1  cap_21  16
    x_34_22  assign_34  1  cap_22  16
    x_34_23  assign_34  1  cap_23  16
    x_34_24  assign_34  1  cap_24  16
    x_34_25  assign_34  1  cap_25  16
    x_34_26  assign_34  1  cap_26  16
    x_34_27  assign_34  1  cap_27  16
    x_34_28  assign_34  1  cap_28  16
    x_34_29  assign_34  1  cap_29  16
    x_34_30  assign_34  1  cap_30  16
    x_34_31  assign_34  1  cap_31  16
    x_34_32  assign_34  1  cap_32  16
    x_34_33  assign_34  1  cap_33  16
    x_34_34  assign_34  1  cap_34  16
    x_34_35  assign_34  1  cap_35  16
    x_34_36  assign_34  1  cap_36  16
    x_34_37  assign_34  1  cap_37  16
    x_34_38  assign_34  1  cap_38  16
    x_34_39  assign_34  1  cap_39  16
    x_35_0  assign_35  1  cap_0  92
    x_35_1  assign_35  1  cap_1  92
    x_35_2  assign_35  1  cap_2  92
    x_35_3  assign_35  1  cap_3  92
    x_35_4  assign_35  1  cap_4  92
    x_35_5  assign_35  1  cap_5  92
    x_35_6  assign_35  1  cap_6  92
    x_35_7  assign_35  1  cap_7  92
    x_35_8  assign_35  1  cap_8  92
    x_35_9  assign_35  1  cap_9  92
    x_35_10  assign_35  1  cap_10  92
    x_35_11  assign_35  1  cap_11  92
    x_35_12  assign_35  1  cap_12  92
    x_35_13  assign_35  1  cap_13  92
    x_35_14  assign_35  1  cap_14  92
    x_35_15  assign_35  1  cap_15  92
    x_35_16  assign_35  1  cap_16  92
    x_35_17  assign_35  1  cap_17  92
    x_35_18  assign_35  1  cap_18  92
    x_35_19  assign_35  1  cap_19  92
    x_35_20  assign_35  1  cap_20  92
    x_35_21  assign_35  1  cap_21  92
    x_35_22  assign_35  1  cap_22  92
    x_35_23  assign_35  1  cap_23  92
    x_35_24  assign_35  1  cap_24  92
    x_35_25  assign_35  1  cap_25  92
    x_35_26  assign_35  1  cap_26  92
    x_35_27  assign_35  1  cap_27  92
    x_35_28  assign_35  1  cap_28  92
    x_35_29  assign_35  1  cap_29  92
    x_35_30  assign_35  1  cap_30  92
    x_35_31  assign_35  1  cap_31  92
    x_35_32  assign_35  1  cap_32  92
    x_35_33  assign_35  1  cap_33  92
    x_35_34  assign_35  1  cap_34  92
    x_35_35  assign_35  1  cap_35  92
    x_35_36  assign_35  1  cap_36  92
    x_35_37  assign_35  1  cap_37  92
    x_35_38  assign_35  1  cap_38  92
    x_35_39  assign_35  1  cap_39  92
    x_36_0  assign_36  1  cap_0  28
    x_36_1  assign_36  1  cap_1  28
    x_36_2  assign_36  1  cap_2  28
    x_36_3  assign_36  1  cap_3  28
    x_36_4  assign_36  1  cap_4  28
    x_36_5  assign_36  1  cap_5  28
    x_36_6  assign_36  1  cap_6  28
    x_36_7  assign_36  1  cap_7  28
    x_36_8  assign_36  1  cap_8  28
    x_36_9  assign_36  1  cap_9  28
    x_36_10  assign_36  1  cap_10  28
    x_36_11  assign_36  1  cap_11  28
    x_36_12  assign_36  1  cap_12  28
    x_36_13  assign_36  1  cap_13  28
    x_36_14  assign_36  1  cap_14  28
    x_36_15  assign_36  1  cap_15  28
    x_36_16  assign_36  1  cap_16  28
    x_36_17  assign_36  1  cap_17  28
    x_36_18  assign_36  1  cap_18  28
    x_36_19  assign_36  1  cap_19  28
    x_36_20  assign_36  1  cap_20  28
    x_36_21  assign_36  1  cap_21  28
    x_36_22  assign_36  1  cap_22  28
    x_36_23  assign_36  1  cap_23  28
    x_36_24  assign_36  1  cap_24  28
    x_36_25  assign_36  1  cap_25  28
    x_36_26  assign_36  1  cap_26  28
    x_36_27  assign_36  1  cap_27  28
    x_36_28  assign_36  1  cap_28  28
    x_36_29  assign_36  1  cap_29  28
    x_36_30  assign_36  1  cap_30  28
    x_36_31  assign_36  1  cap_31  28
    x_36_32  assign_36  1  cap_32  28
    x_36_33  assign_36  1  cap_33  28
    x_36_34  assign_36  1  cap_34  28
    x_36_35  assign_36  1  cap_35  28
    x_36_36  assign_36  1  cap_36  28
    x_36_37  assign_36  1  cap_37  28
    x_36_38  assign_36  1  cap_38  28
    x_36_39  assign_36  1  cap_39  28
    x_37_0  assign_37  1  cap_0  85
    x_37_1  assign_37  1  cap_1  85
    x_37_2  assign_37  1  cap_2  85
    x_37_3  assign_37  1  cap_3  85
    x_37_4  assign_37  1  cap_4  85
    x_37_5  assign_37  1  cap_5  85
    x_37_6  assign_37  1  cap_6  85
    x_37_7  assign_37  1  cap_7  85
    x_37_8  assign_37  1  cap_8  85
    x_37_9  assign_37  1  cap_9  85
    x_37_10  assign_37  1  cap_10  85
    x_37_11  assign_37  1  cap_11  85
    x_37_12  assign_37  1  cap_12  85
    x_37_13  assign_37  1  cap_13  85
    x_37_14  assign_37  1  cap_14  85
    x_37_15  assign_37  1  cap_15  85
    x_37_16  assign_37  1  cap_16  85
    x_37_17  assign_37  1  cap_17  85
    x_37_18  assign_37  1  cap_18  85
    x_37_19  assign_37  1  cap_19  85
    x_37_20  assign_37  1  cap_20  85
    x_37_21  assign_37  1  cap_21  85
    x_37_22  assign_37  1  cap_22  85
    x_37_23  assign_37  1  cap_23  85
    x_37_24  assign_37  1  cap_24  85
    x_37_25  assign_37  1  cap_25  85
    x_37_26  assign_37  1  cap_26  85
    x_37_27  assign_37  1  cap_27  85
    x_37_28  assign_37  1  cap_28  85
    x_37_29  assign_37  1  cap_29  85
    x_37_30  assign_37  1  cap_30  85
    x_37_31  assign_37  1  cap_31  85
    x_37_32  assign_37  1  cap_32  85
    x_37_33  assign_37  1  cap_33  85
    x_37_34  assign_37  1  cap_34  85
    x_37_35  assign_37  1  cap_35  85
    x_37_36  assign_37  1  cap_36  85
    x_37_37  assign_37  1  cap_37  85
    x_37_38  assign_37  1  cap_38  85
    x_37_39  assign_37  1  cap_39  85
    x_38_0  assign_38  1  cap_0  20
    x_38_1  assign_38  1  cap_1  20
    x_38_2  assign_38  1  cap_2  20
    x_38_3  assign_38  1  cap_3  20
    x_38_4  assign_38  1  cap_4  20
    x_38_5  assign_38  1  cap_5  20
    x_38_6  assign_38  1  cap_6  20
    x_38_7  assign_38  1  cap_7  20
    x_38_8  assign_38  1  cap_8  20
    x_38_9  assign_38  1  cap_9  20
    x_38_10  assign_38  1  cap_10  20
    x_38_11  assign_38  1  cap_11  20
    x_38_12  assign_38  1  cap_12  20
    x_38_13  assign_38  1  cap_13  20
    x_38_14  assign_38  1  cap_14  20
    x_38_15  assign_38  1  cap_15  20
    x_38_16  assign_38  1  cap_16  20
    x_38_17  assign_38  1  cap_17  20
    x_38_18  assign_38  1  cap_18  20
    x_38_19  assign_38  1  cap_19  20
    x_38_20  assign_38  1  cap_20  20
    x_38_21  assign_38  1  cap_21  20
    x_38_22  assign_38  1  cap_22  20
    x_38_23  assign_38  1  cap_23  20
    x_38_24  assign_38  1  cap_24  20
    x_38_25  assign_38  1  cap_25  20
    x_38_26  assign_38  1  cap_26  20
    x_38_27  assign_38  1  cap_27  20
    x_38_28  assign_38  1  cap_28  20
    x_38_29  assign_38  1  cap_29  20
    x_38_30  assign_38  1  cap_30  20
    x_38_31  assign_38  1  cap_31  20
    x_38_32  assign_38  1  cap_32  20
    x_38_33  assign_38  1  cap_33  20
    x_38_34  assign_38  1  cap_34  20
    x_38_35  assign_38  1  cap_35  20
    x_38_36  assign_38  1  cap_36  20
    x_38_37  assign_38  1  cap_37  20
    x_38_38  assign_38  1  cap_38  20
    x_38_39  assign_38  1  cap_39  20
    x_39_0  assign_39  1  cap_0  100
    x_39_1  assign_39  1  cap_1  100
    x_39_2  assign_39  1  cap_2  100
    x_39_3  assign_39  1  cap_3  100
    x_39_4  assign_39  1  cap_4  100
    x_39_5  assign_39  1  cap_5  100
    x_39_6  assign_39  1  cap_6  100
    x_39_7  assign_39  1  cap_7  100
    x_39_8  assign_39  1  cap_8  100
    x_39_9  assign_39  1  cap_9  100
    x_39_10  assign_39  1  cap_10  100
    x_39_11  assign_39  1  cap_11  100
    x_39_12  assign_39  1  cap_12  100
    x_39_13  assign_39  1  cap_13  100
    x_39_14  assign_39  1  cap_14  100
    x_39_15  assign_39  1  cap_15  100
    x_39_16  assign_39  1  cap_16  100
    x_39_17  assign_39  1  cap_17  100
    x_39_18  assign_39  1  cap_18  100
    x_39_19  assign_39  1  cap_19  100
    x_39_20  assign_39  1  cap_20  100
    x_39_21  assign_39  1  cap_21  100
    x_39_22  assign_39  1  cap_22  100
    x_39_23  assign_39  1  cap_23  100
    x_39_24  assign_39  1  cap_24  100
    x_39_25  assign_39  1  cap_25  100
    x_39_26  assign_39  1  cap_26  100
    x_39_27  assign_39  1  cap_27  100
    x_39_28  assign_39  1  cap_28  100
    x_39_29  assign_39  1  cap_29  100
    x_39_30  assign_39  1  cap_30  100
    x_39_31  assign_39  1  cap_31  100
    x_39_32  assign_39  1  cap_32  100
    x_39_33  assign_39  1  cap_33  100
    x_39_34  assign_39  1  cap_34  100
    x_39_35  assign_39  1  cap_35  100
    x_39_36  assign_39  1  cap_36  100
    x_39_37  assign_39  1  cap_37  100
    x_39_38  assign_39  1  cap_38  100
    x_39_39  assign_39  1  cap_39  100
    y_0  obj  1  cap_0  -100
    y_1  obj  1  cap_1  -100
    y_2  obj  1  cap_2  -100
    y_3  obj  1  cap_3  -100
    y_4  obj  1  cap_4  -100
    y_5  obj  1  cap_5  -100
    y_6  obj  1  cap_6  -100
    y_7  obj  1  cap_7  -100
    y_8  obj  1  cap_8  -100
    y_9  obj  1  cap_9  -100
    y_10  obj  1  cap_10  -100
    y_11  obj  1  cap_11  -100
    y_12  obj  1  cap_12  -100
    y_13  obj  1  cap_13  -100
    y_14  obj  1  cap_14  -100
    y_15  obj  1  cap_15  -100
    y_16  obj  1  cap_16  -100
    y_17  obj  1  cap_17  -100
    y_18  obj  1  cap_18  -100
    y_19  obj  1  cap_19  -100
    y_20  obj  1  cap_20  -100
    y_21  obj  1  cap_21  -100
    y_22  obj  1  cap_22  -100
    y_23  obj  1  cap_23  -100
    y_24  obj  1  cap_24  -100
    y_25  obj  1  cap_25  -100
    y_26  obj  1  cap_26  -100
    y_27  obj  1  cap_27  -100
    y_28  obj  1  cap_28  -100
    y_29  obj  1  cap_29  -100
    y_30  obj  1  cap_30  -100
    y_31  obj  1  cap_31  -100
    y_32  obj  1  cap_32  -100
    y_33  obj  1  cap_33  -100
    y_34  obj  1  cap_34  -100
    y_35  obj  1  cap_35  -100
    y_36  obj  1  cap_36  -100
    y_37  obj  1  cap_37  -100
    y_38  obj  1  cap_38  -100
    y_39  obj  1  cap_39  -100
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  assign_0  1
    RHS  assign_1  1
    RHS  assign_2  1
    RHS  assign_3  1
    RHS  assign_4  1
    RHS  assign_5  1
    RHS  assign_6  1
    RHS  assign_7  1
    RHS  assign_8  1
    RHS  assign_9  1
    RHS  assign_10  1
    RHS  assign_11  1
    RHS  assign_12  1
    RHS  assign_13  1
    RHS  assign_14  1
    RHS  assign_15  1
    RHS  assign_16  1
    RHS  assign_17  1
    RHS  assign_18  1
    RHS  assign_19  1
    RHS  assign_20  1
    RHS  assign_21  1
    RHS  assign_22  1
    RHS  assign_23  1
    RHS  assign_24  1
    RHS  assign_25  1
    RHS  assign_26  1
    RHS  assign_27  1
    RHS  assign_28  1
    RHS  assign_29  1
    RHS  assign_30  1
    RHS  assign_31  1
    RHS  assign_32  1
    RHS  assign_33  1
    RHS  assign_34  1
    RHS  assign_35  1
    RHS  assign_36  1
    RHS  assign_37  1
    RHS  assign_38  1
    RHS  assign_39  1
BOUNDS
 BV BND  x_0_0
 BV BND  x_0_1
 BV BND  x_0_2
 BV BND  x_0_3
 BV BND  x_0_4
 BV BND  x_0_5
 BV BND  x_0_6
 BV BND  x_0_7
 BV BND  x_0_8
 BV BND  x_0_9
 BV BND  x_0_10
 BV BND  x_0_11
 BV BND  x_0_12
 BV BND  x_0_13
 BV BND  x_0_14
 BV BND  x_0_15
 BV BND  x_0_16
 BV BND  x_0_17
 BV BND  x_0_18
 BV BND  x_0_19
 BV BND  x_0_20
 BV BND  x_0_21
 BV BND  x_0_22
 BV BND  x_0_23
 BV BND  x_0_24
 BV BND  x_0_25
 BV BND  x_0_26
 BV BND  x_0_27
 BV BND  x_0_28
 BV BND  x_0_29
 BV BND  x_0_30
 BV BND  x_0_31
 BV BND  x_0_32
 BV BND  x_0_33
 BV BND  x_0_34
 BV BND  x_0_35
 BV BND  x_0_36
 BV BND  x_0_37
 BV BND  x_0_38
 BV BND  x_0_39
 BV BND  x_1_0
 BV BND  x_1_1
 BV BND  x_1_2
 BV BND  x_1_3
 BV BND  x_1_4
 BV BND  x_1_5
 BV BND  x_1_6
 BV BND  x_1_7
 BV BND  x_1_8
 BV BND  x_1_9
 BV BND  x_1_10
 BV BND  x_1_11
 BV BND  x_1_12
 BV BND  x_1_13
 BV BND  x_1_14
 BV BND  x_1_15
 BV BND  x_1_16
 BV BND  x_1_17
 BV BND  x_1_18
 BV BND  x_1_19
 BV BND  x_1_20
 BV BND  x_1_21
 BV BND  x_1_22
 BV BND  x_1_23
 BV BND  x_1_24
 BV BND  x_1_25
 BV BND  x_1_26
 BV BND  x_1_27
 BV BND  x_1_28
 BV BND  x_1_29
 BV BND  x_1_30
 BV BND  x_1_31
 BV BND  x_1_32
 BV BND  x_1_33
 BV BND  x_1_34
 BV BND  x_1_35
 BV BND  x_1_36
 BV BND  x_1_37
 BV BND  x_1_38
 BV BND  x_1_39
 BV BND  x_2_0
 BV BND  x_2_1
 BV BND  x_2_2
 BV BND  x_2_3
 BV BND  x_2_4
 BV BND  x_2_5
 BV BND  x_2_6
 BV BND  x_2_7
 BV BND  x_2_8
 BV BND  x_2_9
 BV BND  x_2_10
 BV BND  x_2_11
 BV BND  x_2_12
 BV BND  x_2_13
 BV BND  x_2_14
 BV BND  x_2_15
 BV BND  x_2_16
 BV BND  x_2_17
 BV BND  x_2_18
 BV BND  x_2_19
 BV BND  x_2_20
 BV BND  x_2_21
 BV BND  x_2_22
 BV BND  x_2_23
 BV BND  x_2_24
 BV BND  x_2_25
 BV BND  x_2_26
 BV BND  x_2_27
 BV BND  x_2_28
 BV BND  x_2_29
 BV BND  x_2_30
 BV BND  x_2_31
 BV BND  x_2_32
 BV BND  x_2_33
 BV BND  x_2_34
 BV BND  x_2_35
 BV BND  x_2_36
 BV BND  x_2_37
 BV BND  x_2_38
 BV BND  x_2_39
 BV BND  x_3_0
 BV BND  x_3_1
 BV BND  x_3_2
 BV BND  x_3_3
 BV BND  x_3_4
 BV BND  x_3_5
 BV BND  x_3_6
 BV BND  x_3_7
 BV BND  x_3_8
 BV BND  x_3_9
 BV BND  x_3_10
 BV BND  x_3_11
 BV BND  x_3_12
 BV BND  x_3_13
 BV BND  x_3_14
 BV BND  x_3_15
 BV BND  x_3_16
 BV BND  x_3_17
 BV BND  x_3_18
 BV BND  x_3_19
 BV BND  x_3_20
 BV BND  x_3_21
 BV BND  x_3_22
 BV BND  x_3_23
 BV BND  x_3_24
 BV BND  x_3_25
 BV BND  x_3_26
 BV BND  x_3_27
 BV BND  x_3_28
 BV BND  x_3_29
 BV BND  x_3_30
 BV BND  x_3_31
 BV BND  x_3_32
 BV BND  x_3_33
 BV BND  x_3_34
 BV BND  x_3_35
 BV BND  x_3_36
 BV BND  x_3_37
 BV BND  x_3_38
 BV BND  x_3_39
 BV BND  x_4_0
 BV BND  x_4_1
 BV BND  x_4_2
 BV BND  x_4_3
 BV BND  x_4_4
 BV BND  x_4_5
 BV BND  x_4_6
 BV BND  x_4_7
 BV BND  x_4_8
 BV BND  x_4_9
 BV BND  x_4_10
 BV BND  x_4_11
 BV BND  x_4_12
 BV BND  x_4_13
 BV BND  x_4_14
 BV BND  x_4_15
 BV BND  x_4_16
 BV BND  x_4_17
 BV BND  x_4_18
 BV BND  x_4_19
 BV BND  x_4_20
 BV BND  x_4_21
 BV BND  x_4_22
 BV BND  x_4_23
 BV BND  x_4_24
 BV BND  x_4_25
 BV BND  x_4_26
 BV BND  x_4_27
 BV BND  x_4_28
 BV BND  x_4_29
 BV BND  x_4_30
 BV BND  x_4_31
 BV BND  x_4_32
 BV BND  x_4_33
 BV BND  x_4_34
 BV BND  x_4_35
 BV BND  x_4_36
 BV BND  x_4_37
 BV BND  x_4_38
 BV BND  x_4_39
 BV BND  x_5_0
 BV BND  x_5_1
 BV BND  x_5_2
 BV BND  x_5_3
 BV BND  x_5_4
 BV BND  x_5_5
 BV BND  x_5_6
 BV BND  x_5_7
 BV BND  x_5_8
 BV BND  x_5_9
 BV BND  x_5_10
 BV BND  x_5_11
 BV BND  x_5_12
 BV BND  x_5_13
 BV BND  x_5_14
 BV BND  x_5_15
 BV BND  x_5_16
 BV BND  x_5_17
 BV BND  x_5_18
 BV BND  x_5_19
 BV BND  x_5_20
 BV BND  x_5_21
 BV BND  x_5_22
 BV BND  x_5_23
 BV BND  x_5_24
 BV BND  x_5_25
 BV BND  x_5_26
 BV BND  x_5_27
 BV BND  x_5_28
 BV BND  x_5_29
 BV BND  x_5_30
 BV BND  x_5_31
 BV BND  x_5_32
 BV BND  x_5_33
 BV BND  x_5_34
 BV BND  x_5_35
 BV BND  x_5_36
 BV BND  x_5_37
 BV BND  x_5_38
 BV BND  x_5_39
 BV BND  x_6_0
 BV BND  x_6_1
 BV BND  x_6_2
 BV BND  x_6_3
 BV BND  x_6_4
 BV BND  x_6_5
 BV BND  x_6_6
 BV BND  x_6_7
 BV BND  x_6_8
 BV BND  x_6_9
 BV BND  x_6_10
 BV BND  x_6_11
 BV BND  x_6_12
 BV BND  x_6_13
 BV BND  x_6_14
 BV BND  x_6_15
 BV BND  x_6_16
 BV BND  x_6_17
 BV BND  x_6_18
 BV BND  x_6_19
 BV BND  x_6_20
 BV BND  x_6_21
 BV BND  x_6_22
 BV BND  x_6_23
 BV BND  x_6_24
 BV BND  x_6_25
 BV BND  x_6_26
 BV BND  x_6_27
 BV BND  x_6_28
 BV BND  x_6_29
 BV BND  x_6_30
 BV BND  x_6_31
 BV BND  x_6_32
 BV BND  x_6_33
 BV BND  x_6_34
 BV BND  x_6_35
 BV BND  x_6_36
 BV BND  x_6_37
 BV BND  x_6_38
 BV BND  x_6_39
 BV BND  x_7_0
 BV BND  x_7_1
 BV BND  x_7_2
 BV BND  x_7_3
 BV BND  x_7_4
 BV BND  x_7_5
 BV BND  x_7_6
 BV BND  x_7_7
 BV BND  x_7_8
 BV BND  x_7_9
 BV BND  x_7_10
 BV BND  x_7_11
 BV BND  x_7_12
 BV BND  x_7_13
 BV BND  x_7_14
 BV BND  x_7_15
 BV BND  x_7_16
 BV BND  x_7_17
 BV BND  x_7_18
 BV BND  x_7_19
 BV BND  x_7_20
 BV BND  x_7_21
 BV BND  x_7_22
 BV BND  x_7_23
 BV BND  x_7_24
 BV BND  x_7_25
 BV BND  x_7_26
 BV BND  x_7_27
 BV BND  x_7_28
 BV BND  x_7_29
 BV BND  x_7_30
 BV BND  x_7_31
 BV BND  x_7_32
 BV BND  x_7_33
 BV BND  x_7_34
 BV BND  x_7_35
 BV BND  x_7_36
 BV BND  x_7_37
 BV BND  x_7_38
 BV BND  x_7_39
 BV BND  x_8_0
 BV BND  x_8_1
 BV BND  x_8_2
 BV BND  x_8_3
 BV BND  x_8_4
 BV BND  x_8_5
 BV BND  x_8_6
 BV BND  x_8_7
 BV BND  x_8_8
 BV BND  x_8_9
 BV BND  x_8_10
 BV BND  x_8_11
 BV BND  x_8_12
 BV BND  x_8_13
 BV BND  x_8_14
 BV BND  x_8_15
 BV BND  x_8_16
 BV BND  x_8_17
 BV BND  x_8_18
 BV BND  x_8_19
 BV BND  x_8_20
 BV BND  x_8_21
 BV BND  x_8_22
 BV BND  x_8_23
 BV BND  x_8_24
 BV BND  x_8_25
 BV BND  x_8_26
 BV BND  x_8_27
 BV BND  x_8_28
 BV BND  x_8_29
 BV BND  x_8_30
 BV BND  x_8_31
 BV BND  x_8_32
 BV BND  x_8_33
 BV BND  x_8_34
 BV BND  x_8_35
 BV BND  x_8_36
 BV BND  x_8_37
 BV BND  x_8_38
 BV BND  x_8_39
 BV BND  x_9_0
 BV BND  x_9_1
 BV BND  x_9_2
 BV BND  x_9_3
 BV BND  x_9_4
 BV BND  x_9_5
 BV BND  x_9_6
 BV BND  x_9_7
 BV BND  x_9_8
 BV BND  x_9_9
 BV BND  x_9_10
 BV BND  x_9_11
 BV BND  x_9_12
 BV BND  x_9_13
 BV BND  x_9_14
 BV BND  x_9_15
 BV BND  x_9_16
 BV BND  x_9_17
 BV BND  x_9_18
 BV BND  x_9_19
 BV BND  x_9_20
 BV BND  x_9_21
 BV BND  x_9_22
 BV BND  x_9_23
 BV BND  x_9_24
 BV BND  x_9_25
 BV BND  x_9_26
 BV BND  x_9_27
 BV BND  x_9_28
 BV BND  x_9_29
 BV BND  x_9_30
 BV BND  x_9_31
 BV BND  x_9_32
 BV BND  x_9_33
 BV BND  x_9_34
 BV BND  x_9_35
 BV BND  x_9_36
 BV BND  x_9_37
 BV BND  x_9_38
 BV BND  x_9_39
 BV BND  x_10_0
 BV BND  x_10_1
 BV BND  x_10_2
 BV BND  x_10_3
 BV BND  x_10_4
 BV BND  x_10_5
 BV BND  x_10_6
 BV BND  x_10_7
 BV BND  x_10_8
 BV BND  x_10_9
 BV BND  x_10_10
 BV BND  x_10_11
 BV BND  x_10_12
 BV BND  x_10_13
 BV BND  x_10_14
 BV BND  x_10_15
 BV BND  x_10_16
 BV BND  x_10_17
 BV BND  x_10_18
 BV BND  x_10_19
 BV BND  x_10_20
 BV BND  x_10_21
 BV BND  x_10_22
 BV BND  x_10_23
 BV BND  x_10_24
 BV BND  x_10_25
 BV BND  x_10_26
 BV BND  x_10_27
 BV BND  x_10_28
 BV BND  x_10_29
 BV BND  x_10_30
 BV BND  x_10_31
 BV BND  x_10_32
 BV BND  x_10_33
 BV BND  x_10_34
 BV BND  x_10_35
 BV BND  x_10_36
 BV BND  x_10_37
 BV BND  x_10_38
 BV BND  x_10_39
 BV BND  x_11_0
 BV BND  x_11_1
 BV BND  x_11_2
 BV BND  x_11_3
 BV BND  x_11_4
 BV BND  x_11_5
 BV BND  x_11_6
 BV BND  x_11_7
 BV BND  x_11_8
 BV BND  x_11_9
 BV BND  x_11_10
 BV BND  x_11_11
 BV BND  x_11_12
 BV BND  x_11_13
 BV BND  x_11_14
 BV BND  x_11_15
 BV BND  x_11_16
 BV BND  x_11_17
 BV BND  x_11_18
 BV BND  x_11_19
 BV BND  x_11_20
 BV BND  x_11_21
 BV BND  x_11_22
 BV BND  x_11_23
 BV BND  x_11_24
 BV BND  x_11_25
 BV BND  x_11_26
 BV BND  x_11_27
 BV BND  x_11_28
 BV BND  x_11_29
 BV BND  x_11_30
 BV BND  x_11_31
 BV BND  x_11_32
 BV BND  x_11_33
 BV BND  x_11_34
 BV BND  x_11_35
 BV BND  x_11_36
 BV BND  x_11_37
 BV BND  x_11_38
 BV BND  x_11_39
 BV BND  x_12_0
 BV BND  x_12_1
 BV BND  x_12_2
 BV BND  x_12_3
 BV BND  x_12_4
 BV BND  x_12_5
 BV BND  x_12_6
 BV BND  x_12_7
 BV BND  x_12_8
 BV BND  x_12_9
 BV BND  x_12_10
 BV BND  x_12_11
 BV BND  x_12_12
 BV BND  x_12_13
 BV BND  x_12_14
 BV BND  x_12_15
 BV BND  x_12_16
 BV BND  x_12_17
 BV BND  x_12_18
 BV BND  x_12_19
 BV BND  x_12_20
 BV BND  x_12_21
 BV BND  x_12_22
 BV BND  x_12_23
 BV BND  x_12_24
 BV BND  x_12_25
 BV BND  x_12_26
 BV BND  x_12_27
 BV BND  x_12_28
 BV BND  x_12_29
 BV BND  x_12_30
 BV BND  x_12_31
 BV BND  x_12_32
 BV BND  x_12_33
 BV BND  x_12_34
 BV BND  x_12_35
 BV BND  x_12_36
 BV BND  x_12_37
 BV BND  x_12_38
 BV BND  x_12_39
 BV BND  x_13_0
 BV BND  x_13_1
 BV BND  x_13_2
 BV BND  x_13_3
 BV BND  x_13_4
 BV BND  x_13_5
 BV BND  x_13_6
 BV BND  x_13_7
 BV BND  x_13_8
 BV BND  x_13_9
 BV BND  x_13_10
 BV BND  x_13_11
 BV BND  x_13_12
 BV BND  x_13_13
 BV BND  x_13_14
 BV BND  x_13_15
 BV BND  x_13_16
 BV BND  x_13_17
 BV BND  x_13_18
 BV BND  x_13_19
 BV BND  x_13_20
 BV BND  x_13_21
 BV BND  x_13_22
 BV BND  x_13_23
 BV BND  x_13_24
 BV BND  x_13_25
 BV BND  x_13_26
 BV BND  x_13_27
 BV BND  x_13_28
 BV BND  x_13_29
 BV BND  x_13_30
 BV BND  x_13_31
 BV BND  x_13_32
 BV BND  x_13_33
 BV BND  x_13_34
 BV BND  x_13_35
 BV BND  x_13_36
 BV BND  x_13_37
 BV BND  x_13_38
 BV BND  x_13_39
 BV BND  x_14_0
 BV BND  x_14_1
 BV BND  x_14_2
 BV BND  x_14_3
 BV BND  x_14_4
 BV BND  x_14_5
 BV BND  x_14_6
 BV BND  x_14_7
 BV BND  x_14_8
 BV BND  x_14_9
 BV BND  x_14_10
 BV BND  x_14_11
 BV BND  x_14_12
 BV BND  x_14_13
 BV BND  x_14_14
 BV BND  x_14_15
 BV BND  x_14_16
 BV BND  x_14_17
 BV BND  x_14_18
 BV BND  x_14_19
 BV BND  x_14_20
 BV BND  x_14_21
 BV BND  x_14_22
 BV BND  x_14_23
 BV BND  x_14_24
 BV BND  x_14_25
 BV BND  x_14_26
 BV BND  x_14_27
 BV BND  x_14_28
 BV BND  x_14_29
 BV BND  x_14_30
 BV BND  x_14_31
 BV BND  x_14_32
 BV BND  x_14_33
 BV BND  x_14_34
 BV BND  x_14_35
 BV BND  x_14_36
 BV BND  x_14_37
 BV BND  x_14_38
 BV BND  x_14_39
 BV BND  x_15_0
 BV BND  x_15_1
 BV BND  x_15_2
 BV BND  x_15_3
 BV BND  x_15_4
 BV BND  x_15_5
 BV BND  x_15_6
 BV BND  x_15_7
 BV BND  x_15_8
 BV BND  x_15_9
 BV BND  x_15_10
 BV BND  x_15_11
 BV BND  x_15_12
 BV BND  x_15_13
 BV BND  x_15_14
 BV BND  x_15_15
 BV BND  x_15_16
 BV BND  x_15_17
 BV BND  x_15_18
 BV BND  x_15_19
 BV BND  x_15_20
 BV BND  x_15_21
 BV BND  x_15_22
 BV BND  x_15_23
 BV BND  x_15_24
 BV BND  x_15_25
 BV BND  x_15_26
 BV BND  x_15_27
 BV BND  x_15_28
 BV BND  x_15_29
 BV BND  x_15_30
 BV BND  x_15_31
 BV BND  x_15_32
 BV BND  x_15_33
 BV BND  x_15_34
 BV BND  x_15_35
 BV BND  x_15_36
 BV BND  x_15_37
 BV BND  x_15_38
 BV BND  x_15_39
 BV BND  x_16_0
 BV BND  x_16_1
 BV BND  x_16_2
 BV BND  x_16_3
 BV BND  x_16_4
 BV BND  x_16_5
 BV BND  x_16_6
 BV BND  x_16_7
 BV BND  x_16_8
 BV BND  x_16_9
 BV BND  x_16_10
 BV BND  x_16_11
 BV BND  x_16_12
 BV BND  x_16_13
 BV BND  x_16_14
 BV BND  x_16_15
 BV BND  x_16_16
 BV BND  x_16_17
 BV BND  x_16_18
 BV BND  x_16_19
 BV BND  x_16_20
 BV BND  x_16_21
 BV BND  x_16_22
 BV BND  x_16_23
 BV BND  x_16_24
 BV BND  x_16_25
 BV BND  x_16_26
 BV BND  x_16_27
 BV BND  x_16_28
 BV BND  x_16_29
 BV BND  x_16_30
 BV BND  x_16_31
 BV BND  x_16_32
 BV BND  x_16_33
 BV BND  x_16_34
 BV BND  x_16_35
 BV BND  x_16_36
 BV BND  x_16_37
 BV BND  x_16_38
 BV BND  x_16_39
 BV BND  x_17_0
 BV BND  x_17_1
 BV BND  x_17_2
 BV BND  x_17_3
 BV BND  x_17_4
 BV BND  x_17_5
 BV BND  x_17_6
 BV BND  x_17_7
 BV BND  x_17_8
 BV BND  x_17_9
 BV BND  x_17_10
 BV BND  x_17_11
 BV BND  x_17_12
 BV BND  x_17_13
 BV BND  x_17_14
 BV BND  x_17_15
 BV BND  x_17_16
 BV BND  x_17_17
 BV BND  x_17_18
 BV BND  x_17_19
 BV BND  x_17_20
 BV BND  x_17_21
 BV BND  x_17_22
 BV BND  x_17_23
 BV BND  x_17_24
 BV BND  x_17_25
 BV BND  x_17_26
 BV BND  x_17_27
 BV BND  x_17_28
 BV BND  x_17_29
 BV BND  x_17_30
 BV BND  x_17_31
 BV BND  x_17_32
 BV BND  x_17_33
 BV BND  x_17_34
 BV BND  x_17_35
 BV BND  x_17_36
 BV BND  x_17_37
 BV BND  x_17_38
 BV BND  x_17_39
 BV BND  x_18_0
 BV BND  x_18_1
 BV BND  x_18_2
 BV BND  x_18_3
 BV BND  x_18_4
 BV BND  x_18_5
 BV BND  x_18_6
 BV BND  x_18_7
 BV BND  x_18_8
 BV BND  x_18_9
 BV BND  x_18_10
 BV BND  x_18_11
 BV BND  x_18_12
 BV BND  x_18_13
 BV BND  x_18_14
 BV BND  x_18_15
 BV BND  x_18_16
 BV BND  x_18_17
 BV BND  x_18_18
 BV BND  x_18_19
 BV BND  x_18_20
 BV BND  x_18_21
 BV BND  x_18_22
 BV BND  x_18_23
 BV BND  x_18_24
 BV BND  x_18_25
 BV BND  x_18_26
 BV BND  x_18_27
 BV BND  x_18_28
 BV BND  x_18_29
 BV BND  x_18_30
 BV BND  x_18_31
 BV BND  x_18_32
 BV BND  x_18_33
 BV BND  x_18_34
 BV BND  x_18_35
 BV BND  x_18_36
 BV BND  x_18_37
 BV BND  x_18_38
 BV BND  x_18_39
 BV BND  x_19_0
 BV BND  x_19_1
 BV BND  x_19_2
 BV BND  x_19_3
 BV BND  x_19_4
 BV BND  x_19_5
 BV BND  x_19_6
 BV BND  x_19_7
 BV BND  x_19_8
 BV BND  x_19_9
 BV BND  x_19_10
 BV BND  x_19_11
 BV BND  x_19_12
 BV BND  x_19_13
 BV BND  x_19_14
 BV BND  x_19_15
 BV BND  x_19_16
 BV BND  x_19_17
 BV BND  x_19_18
 BV BND  x_19_19
 BV BND  x_19_20
 BV BND  x_19_21
 BV BND  x_19_22
 BV BND  x_19_23
 BV BND  x_19_24
 BV BND  x_19_25
 BV BND  x_19_26
 BV BND  x_19_27
 BV BND  x_19_28
 BV BND  x_19_29
 BV BND  x_19_30
 BV BND  x_19_31
 BV BND  x_19_32
 BV BND  x_19_33
 BV BND  x_19_34
 BV BND  x_19_35
 BV BND  x_19_36
 BV BND  x_19_37
 BV BND  x_19_38
 BV BND  x_19_39
 BV BND  x_20_0
 BV BND  x_20_1
 BV BND  x_20_2
 BV BND  x_20_3
 BV BND  x_20_4
 BV BND  x_20_5
 BV BND  x_20_6
 BV BND  x_20_7
 BV BND  x_20_8
 BV BND  x_20_9
 BV BND  x_20_10
 BV BND  x_20_11
 BV BND  x_20_12
 BV BND  x_20_13
 BV BND  x_20_14
 BV BND  x_20_15
 BV BND  x_20_16
 BV BND  x_20_17
 BV BND  x_20_18
 BV BND  x_20_19
 BV BND  x_20_20
 BV BND  x_20_21
 BV BND  x_20_22
 BV BND  x_20_23
 BV BND  x_20_24
 BV BND  x_20_25
 BV BND  x_20_26
 BV BND  x_20_27
 BV BND  x_20_28
 BV BND  x_20_29
 BV BND  x_20_30
 BV BND  x_20_31
 BV BND  x_20_32
 BV BND  x_20_33
 BV BND  x_20_34
 BV BND  x_20_35
 BV BND  x_20_36
 BV BND  x_20_37
 BV BND  x_20_38
 BV BND  x_20_39
 BV BND  x_21_0
 BV BND  x_21_1
 BV BND  x_21_2
 BV BND  x_21_3
 BV BND  x_21_4
 BV BND  x_21_5
 BV BND  x_21_6
 BV BND  x_21_7
 BV BND  x_21_8
 BV BND  x_21_9
 BV BND  x_21_10
 BV BND  x_21_11
 BV BND  x_21_12
 BV BND  x_21_13
 BV BND  x_21_14
 BV BND  x_21_15
 BV BND  x_21_16
 BV BND  x_21_17
 BV BND  x_21_18
 BV BND  x_21_19
 BV BND  x_21_20
 BV BND  x_21_21
 BV BND  x_21_22
 BV BND  x_21_23
 BV BND  x_21_24
 BV BND  x_21_25
 BV BND  x_21_26
 BV BND  x_21_27
 BV BND  x_21_28
 BV BND  x_21_29
 BV BND  x_21_30
 BV BND  x_21_31
 BV BND  x_21_32
 BV BND  x_21_33
 BV BND  x_21_34
 BV BND  x_21_35
 BV BND  x_21_36
 BV BND  x_21_37
 BV BND  x_21_38
 BV BND  x_21_39
 BV BND  x_22_0
 BV BND  x_22_1
 BV BND  x_22_2
 BV BND  x_22_3
 BV BND  x_22_4
 BV BND  x_22_5
 BV BND  x_22_6
 BV BND  x_22_7
 BV BND  x_22_8
 BV BND  x_22_9
 BV BND  x_22_10
 BV BND  x_22_11
 BV BND  x_22_12
 BV BND  x_22_13
 BV BND  x_22_14
 BV BND  x_22_15
 BV BND  x_22_16
 BV BND  x_22_17
 BV BND  x_22_18
 BV BND  x_22_19
 BV BND  x_22_20
 BV BND  x_22_21
 BV BND  x_22_22
 BV BND  x_22_23
 BV BND  x_22_24
 BV BND  x_22_25
 BV BND  x_22_26
 BV BND  x_22_27
 BV BND  x_22_28
 BV BND  x_22_29
 BV BND  x_22_30
 BV BND  x_22_31
 BV BND  x_22_32
 BV BND  x_22_33
 BV BND  x_22_34
 BV BND  x_22_35
 BV BND  x_22_36
 BV BND  x_22_37
 BV BND  x_22_38
 BV BND  x_22_39
 BV BND  x_23_0
 BV BND  x_23_1
 BV BND  x_23_2
 BV BND  x_23_3
 BV BND  x_23_4
 BV BND  x_23_5
 BV BND  x_23_6
 BV BND  x_23_7
 BV BND  x_23_8
 BV BND  x_23_9
 BV BND  x_23_10
 BV BND  x_23_11
 BV BND  x_23_12
 BV BND  x_23_13
 BV BND  x_23_14
 BV BND  x_23_15
 BV BND  x_23_16
 BV BND  x_23_17
 BV BND  x_23_18
 BV BND  x_23_19
 BV BND  x_23_20
 BV BND  x_23_21
 BV BND  x_23_22
 BV BND  x_23_23
 BV BND  x_23_24
 BV BND  x_23_25
 BV BND  x_23_26
 BV BND  x_23_27
 BV BND  x_23_28
 BV BND  x_23_29
 BV BND  x_23_30
 BV BND  x_23_31
 BV BND  x_23_32
 BV BND  x_23_33
 BV BND  x_23_34
 BV BND  x_23_35
 BV BND  x_23_36
 BV BND  x_23_37
 BV BND  x_23_38
 BV BND  x_23_39
 BV BND  x_24_0
 BV BND  x_24_1
 BV BND  x_24_2
 BV BND  x_24_3
 BV BND  x_24_4
 BV BND  x_24_5
 BV BND  x_24_6
 BV BND  x_24_7
 BV BND  x_24_8
 BV BND  x_24_9
 BV BND  x_24_10
 BV BND  x_24_11
 BV BND  x_24_12
 BV BND  x_24_13
 BV BND  x_24_14
 BV BND  x_24_15
 BV BND  x_24_16
 BV BND  x_24_17
 BV BND  x_24_18
 BV BND  x_24_19
 BV BND  x_24_20
 BV BND  x_24_21
 BV BND  x_24_22
 BV BND  x_24_23
 BV BND  x_24_24
 BV BND  x_24_25
 BV BND  x_24_26
 BV BND  x_24_27
 BV BND  x_24_28
 BV BND  x_24_29
 BV BND  x_24_30
 BV BND  x_24_31
 BV BND  x_24_32
 BV BND  x_24_33
 BV BND  x_24_34
 BV BND  x_24_35
 BV BND  x_24_36
 BV BND  x_24_37
 BV BND  x_24_38
 BV BND  x_24_39
 BV BND  x_25_0
 BV BND  x_25_1
 BV BND  x_25_2
 BV BND  x_25_3
 BV BND  x_25_4
 BV BND  x_25_5
 BV BND  x_25_6
 BV BND  x_25_7
 BV BND  x_25_8
 BV BND  x_25_9
 BV BND  x_25_10
 BV BND  x_25_11
 BV BND  x_25_12
 BV BND  x_25_13
 BV BND  x_25_14
 BV BND  x_25_15
 BV BND  x_25_16
 BV BND  x_25_17
 BV BND  x_25_18
 BV BND  x_25_19
 BV BND  x_25_20
 BV BND  x_25_21
 BV BND  x_25_22
 BV BND  x_25_23
 BV BND  x_25_24
 BV BND  x_25_25
 BV BND  x_25_26
 BV BND  x_25_27
 BV BND  x_25_28
 BV BND  x_25_29
 BV BND  x_25_30
 BV BND  x_25_31
 BV BND  x_25_32
 BV BND  x_25_33
 BV BND  x_25_34
 BV BND  x_25_35
 BV BND  x_25_36
 BV BND  x_25_37
 BV BND  x_25_38
 BV BND  x_25_39
 BV BND  x_26_0
 BV BND  x_26_1
 BV BND  x_26_2
 BV BND  x_26_3
 BV BND  x_26_4
 BV BND  x_26_5
 BV BND  x_26_6
 BV BND  x_26_7
 BV BND  x_26_8
 BV BND  x_26_9
 BV BND  x_26_10
 BV BND  x_26_11
 BV BND  x_26_12
 BV BND  x_26_13
 BV BND  x_26_14
 BV BND  x_26_15
 BV BND  x_26_16
 BV BND  x_26_17
 BV BND  x_26_18
 BV BND  x_26_19
 BV BND  x_26_20
 BV BND  x_26_21
 BV BND  x_26_22
 BV BND  x_26_23
 BV BND  x_26_24
 BV BND  x_26_25
 BV BND  x_26_26
 BV BND  x_26_27
 BV BND  x_26_28
 BV BND  x_26_29
 BV BND  x_26_30
 BV BND  x_26_31
 BV BND  x_26_32
 BV BND  x_26_33
 BV BND  x_26_34
 BV BND  x_26_35
 BV BND  x_26_36
 BV BND  x_26_37
 BV BND  x_26_38
 BV BND  x_26_39
 BV BND  x_27_0
 BV BND  x_27_1
 BV BND  x_27_2
 BV BND  x_27_3
 BV BND  x_27_4
 BV BND  x_27_5
 BV BND  x_27_6
 BV BND  x_27_7
 BV BND  x_27_8
 BV BND  x_27_9
 BV BND  x_27_10
 BV BND  x_27_11
 BV BND  x_27_12
 BV BND  x_27_13
 BV BND  x_27_14
 BV BND  x_27_15
 BV BND  x_27_16
 BV BND  x_27_17
 BV BND  x_27_18
 BV BND  x_27_19
 BV BND  x_27_20
 BV BND  x_27_21
 BV BND  x_27_22
 BV BND  x_27_23
 BV BND  x_27_24
 BV BND  x_27_25
 BV BND  x_27_26
 BV BND  x_27_27
 BV BND  x_27_28
 BV BND  x_27_29
 BV BND  x_27_30
 BV BND  x_27_31
 BV BND  x_27_32
 BV BND  x_27_33
 BV BND  x_27_34
 BV BND  x_27_35
 BV BND  x_27_36
 BV BND  x_27_37
 BV BND  x_27_38
 BV BND  x_27_39
 BV BND  x_28_0
 BV BND  x_28_1
 BV BND  x_28_2
 BV BND  x_28_3
 BV BND  x_28_4
 BV BND  x_28_5
 BV BND  x_28_6
 BV BND  x_28_7
 BV BND  x_28_8
 BV BND  x_28_9
 BV BND  x_28_10
 BV BND  x_28_11
 BV BND  x_28_12
 BV BND  x_28_13
 BV BND  x_28_14
 BV BND  x_28_15
 BV BND  x_28_16
 BV BND  x_28_17
 BV BND  x_28_18
 BV BND  x_28_19
 BV BND  x_28_20
 BV BND  x_28_21
 BV BND  x_28_22
 BV BND  x_28_23
 BV BND  x_28_24
 BV BND  x_28_25
 BV BND  x_28_26
 BV BND  x_28_27
 BV BND  x_28_28
 BV BND  x_28_29
 BV BND  x_28_30
 BV BND  x_28_31
 BV BND  x_28_32
 BV BND  x_28_33
 BV BND  x_28_34
 BV BND  x_28_35
 BV BND  x_28_36
 BV BND  x_28_37
 BV BND  x_28_38
 BV BND  x_28_39
 BV BND  x_29_0
 BV BND  x_29_1
 BV BND  x_29_2
 BV BND  x_29_3
 BV BND  x_29_4
 BV BND  x_29_5
 BV BND  x_29_6
 BV BND  x_29_7
 BV BND  x_29_8
 BV BND  x_29_9
 BV BND  x_29_10
 BV BND  x_29_11
 BV BND  x_29_12
 BV BND  x_29_13
 BV BND  x_29_14
 BV BND  x_29_15
 BV BND  x_29_16
 BV BND  x_29_17
 BV BND  x_29_18
 BV BND  x_29_19
 BV BND  x_29_20
 BV BND  x_29_21
 BV BND  x_29_22
 BV BND  x_29_23
 BV BND  x_29_24
 BV BND  x_29_25
 BV BND  x_29_26
 BV BND  x_29_27
 BV BND  x_29_28
 BV BND  x_29_29
 BV BND  x_29_30
 BV BND  x_29_31
 BV BND  x_29_32
 BV BND  x_29_33
 BV BND  x_29_34
 BV BND  x_29_35
 BV BND  x_29_36
 BV BND  x_29_37
 BV BND  x_29_38
 BV BND  x_29_39
 BV BND  x_30_0
 BV BND  x_30_1
 BV BND  x_30_2
 BV BND  x_30_3
 BV BND  x_30_4
 BV BND  x_30_5
 BV BND  x_30_6
 BV BND  x_30_7
 BV BND  x_30_8
 BV BND  x_30_9
 BV BND  x_30_10
 BV BND  x_30_11
 BV BND  x_30_12
 BV BND  x_30_13
 BV BND  x_30_14
 BV BND  x_30_15
 BV BND  x_30_16
 BV BND  x_30_17
 BV BND  x_30_18
 BV BND  x_30_19
 BV BND  x_30_20
 BV BND  x_30_21
 BV BND  x_30_22
 BV BND  x_30_23
 BV BND  x_30_24
 BV BND  x_30_25
 BV BND  x_30_26
 BV BND  x_30_27
 BV BND  x_30_28
 BV BND  x_30_29
 BV BND  x_30_30
 BV BND  x_30_31
 BV BND  x_30_32
 BV BND  x_30_33
 BV BND  x_30_34
 BV BND  x_30_35
 BV BND  x_30_36
 BV BND  x_30_37
 BV BND  x_30_38
 BV BND  x_30_39
 BV BND  x_31_0
 BV BND  x_31_1
 BV BND  x_31_2
 BV BND  x_31_3
 BV BND  x_31_4
 BV BND  x_31_5
 BV BND  x_31_6
 BV BND  x_31_7
 BV BND  x_31_8
 BV BND  x_31_9
 BV BND  x_31_10
 BV BND  x_31_11
 BV BND  x_31_12
 BV BND  x_31_13
 BV BND  x_31_14
 BV BND  x_31_15
 BV BND  x_31_16
 BV BND  x_31_17
 BV BND  x_31_18
 BV BND  x_31_19
 BV BND  x_31_20
 BV BND  x_31_21
 BV BND  x_31_22
 BV BND  x_31_23
 BV BND  x_31_24
 BV BND  x_31_25
 BV BND  x_31_26
 BV BND  x_31_27
 BV BND  x_31_28
 BV BND  x_31_29
 BV BND  x_31_30
 BV BND  x_31_31
 BV BND  x_31_32
 BV BND  x_31_33
 BV BND  x_31_34
 BV BND  x_31_35
 BV BND  x_31_36
 BV BND  x_31_37
 BV BND  x_31_38
 BV BND  x_31_39
 BV BND  x_32_0
 BV BND  x_32_1
 BV BND  x_32_2
 BV BND  x_32_3
 BV BND  x_32_4
 BV BND  x_32_5
 BV BND  x_32_6
 BV BND  x_32_7
 BV BND  x_32_8
 BV BND  x_32_9
 BV BND  x_32_10
 BV BND  x_32_11
 BV BND  x_32_12
 BV BND  x_32_13
 BV BND  x_32_14
 BV BND  x_32_15
 BV BND  x_32_16
 BV BND  x_32_17
 BV BND  x_32_18
 BV BND  x_32_19
 BV BND  x_32_20
 BV BND  x_32_21
 BV BND  x_32_22
 BV BND  x_32_23
 BV BND  x_32_24
 BV BND  x_32_25
 BV BND  x_32_26
 BV BND  x_32_27
 BV BND  x_32_28
 BV BND  x_32_29
 BV BND  x_32_30
 BV BND  x_32_31
 BV BND  x_32_32
 BV BND  x_32_33
 BV BND  x_32_34
 BV BND  x_32_35
 BV BND  x_32_36
 BV BND  x_32_37
 BV BND  x_32_38
 BV BND  x_32_39
 BV BND  x_33_0
 BV BND  x_33_1
 BV BND  x_33_2
 BV BND  x_33_3
 BV BND  x_33_4
 BV BND  x_33_5
 BV BND  x_33_6
 BV BND  x_33_7
 BV BND  x_33_8
 BV BND  x_33_9
 BV BND  x_33_10
 BV BND  x_33_11
 BV BND  x_33_12
 BV BND  x_33_13
 BV BND  x_33_14
 BV BND  x_33_15
 BV BND  x_33_16
 BV BND  x_33_17
 BV BND  x_33_18
 BV BND  x_33_19
 BV BND  x_33_20
 BV BND  x_33_21
 BV BND  x_33_22
 BV BND  x_33_23
 BV BND  x_33_24
 BV BND  x_33_25
 BV BND  x_33_26
 BV BND  x_33_27
 BV BND  x_33_28
 BV BND  x_33_29
 BV BND  x_33_30
 BV BND  x_33_31
 BV BND  x_33_32
 BV BND  x_33_33
 BV BND  x_33_34
 BV BND  x_33_35
 BV BND  x_33_36
 BV BND  x_33_37
 BV BND  x_33_38
 BV BND  x_33_39
 BV BND  x_34_0
 BV BND  x_34_1
 BV BND  x_34_2
 BV BND  x_34_3
 BV BND  x_34_4
 BV BND  x_34_5
 BV BND  x_34_6
 BV BND  x_34_7
 BV BND  x_34_8
 BV BND  x_34_9
 BV BND  x_34_10
 BV BND  x_34_11
 BV BND  x_34_12
 BV BND  x_34_13
 BV BND  x_34_14
 BV BND  x_34_15
 BV BND  x_34_16
 BV BND  x_34_17
 BV BND  x_34_18
 BV BND  x_34_19
 BV BND  x_34_20
 BV BND  x_34_21
 BV BND  x_34_22
 BV BND  x_34_23
 BV BND  x_34_24
 BV BND  x_34_25
 BV BND  x_34_26
 BV BND  x_34_27
 BV BND  x_34_28
 BV BND  x_34_29
 BV BND  x_34_30
 BV BND  x_34_31
 BV BND  x_34_32
 BV BND  x_34_33
 BV BND  x_34_34
 BV BND  x_34_35
 BV BND  x_34_36
 BV BND  x_34_37
 BV BND  x_34_38
 BV BND  x_34_39
 BV BND  x_35_0
 BV BND  x_35_1
 BV BND  x_35_2
 BV BND  x_35_3
 BV BND  x_35_4
 BV BND  x_35_5
 BV BND  x_35_6
 BV BND  x_35_7
 BV BND  x_35_8
 BV BND  x_35_9
 BV BND  x_35_10
 BV BND  x_35_11
 BV BND  x_35_12
 BV BND  x_35_13
 BV BND  x_35_14
 BV BND  x_35_15
 BV BND  x_35_16
 BV BND  x_35_17
 BV BND  x_35_18
 BV BND  x_35_19
 BV BND  x_35_20
 BV BND  x_35_21
 BV BND  x_35_22
 BV BND  x_35_23
 BV BND  x_35_24
 BV BND  x_35_25
 BV BND  x_35_26
 BV BND  x_35_27
 BV BND  x_35_28
 BV BND  x_35_29
 BV BND  x_35_30
 BV BND  x_35_31
 BV BND  x_35_32
 BV BND  x_35_33
 BV BND  x_35_34
 BV BND  x_35_35
 BV BND  x_35_36
 BV BND  x_35_37
 BV BND  x_35_38
 BV BND  x_35_39
 BV BND  x_36_0
 BV BND  x_36_1
 BV BND  x_36_2
 BV BND  x_36_3
 BV BND  x_36_4
 BV BND  x_36_5
 BV BND  x_36_6
 BV BND  x_36_7
 BV BND  x_36_8
 BV BND  x_36_9
 BV BND  x_36_10
 BV BND  x_36_11
 BV BND  x_36_12
 BV BND  x_36_13
 BV BND  x_36_14
 BV BND  x_36_15
 BV BND  x_36_16
 BV BND  x_36_17
 BV BND  x_36_18
 BV BND  x_36_19
 BV BND  x_36_20
 BV BND  x_36_21
 BV BND  x_36_22
 BV BND  x_36_23
 BV BND  x_36_24
 BV BND  x_36_25
 BV BND  x_36_26
 BV BND  x_36_27
 BV BND  x_36_28
 BV BND  x_36_29
 BV BND  x_36_30
 BV BND  x_36_31
 BV BND  x_36_32
 BV BND  x_36_33
 BV BND  x_36_34
 BV BND  x_36_35
 BV BND  x_36_36
 BV BND  x_36_37
 BV BND  x_36_38
 BV BND  x_36_39
 BV BND  x_37_0
 BV BND  x_37_1
 BV BND  x_37_2
 BV BND  x_37_3
 BV BND  x_37_4
 BV BND  x_37_5
 BV BND  x_37_6
 BV BND  x_37_7
 BV BND  x_37_8
 BV BND  x_37_9
 BV BND  x_37_10
 BV BND  x_37_11
 BV BND  x_37_12
 BV BND  x_37_13
 BV BND  x_37_14
 BV BND  x_37_15
 BV BND  x_37_16
 BV BND  x_37_17
 BV BND  x_37_18
 BV BND  x_37_19
 BV BND  x_37_20
 BV BND  x_37_21
 BV BND  x_37_22
 BV BND  x_37_23
 BV BND  x_37_24
 BV BND  x_37_25
 BV BND  x_37_26
 BV BND  x_37_27
 BV BND  x_37_28
 BV BND  x_37_29
 BV BND  x_37_30
 BV BND  x_37_31
 BV BND  x_37_32
 BV BND  x_37_33
 BV BND  x_37_34
 BV BND  x_37_35
 BV BND  x_37_36
 BV BND  x_37_37
 BV BND  x_37_38
 BV BND  x_37_39
 BV BND  x_38_0
 BV BND  x_38_1
 BV BND  x_38_2
 BV BND  x_38_3
 BV BND  x_38_4
 BV BND  x_38_5
 BV BND  x_38_6
 BV BND  x_38_7
 BV BND  x_38_8
 BV BND  x_38_9
 BV BND  x_38_10
 BV BND  x_38_11
 BV BND  x_38_12
 BV BND  x_38_13
 BV BND  x_38_14
 BV BND  x_38_15
 BV BND  x_38_16
 BV BND  x_38_17
 BV BND  x_38_18
 BV BND  x_38_19
 BV BND  x_38_20
 BV BND  x_38_21
 BV BND  x_38_22
 BV BND  x_38_23
 BV BND  x_38_24
 BV BND  x_38_25
 BV BND  x_38_26
 BV BND  x_38_27
 BV BND  x_38_28
 BV BND  x_38_29
 BV BND  x_38_30
 BV BND  x_38_31
 BV BND  x_38_32
 BV BND  x_38_33
 BV BND  x_38_34
 BV BND  x_38_35
 BV BND  x_38_36
 BV BND  x_38_37
 BV BND  x_38_38
 BV BND  x_38_39
 BV BND  x_39_0
 BV BND  x_39_1
 BV BND  x_39_2
 BV BND  x_39_3
 BV BND  x_39_4
 BV BND  x_39_5
 BV BND  x_39_6
 BV BND  x_39_7
 BV BND  x_39_8
 BV BND  x_39_9
 BV BND  x_39_10
 BV BND  x_39_11
 BV BND  x_39_12
 BV BND  x_39_13
 BV BND  x_39_14
 BV BND  x_39_15
 BV BND  x_39_16
 BV BND  x_39_17
 BV BND  x_39_18
 BV BND  x_39_19
 BV BND  x_39_20
 BV BND  x_39_21
 BV BND  x_39_22
 BV BND  x_39_23
 BV BND  x_39_24
 BV BND  x_39_25
 BV BND  x_39_26
 BV BND  x_39_27
 BV BND  x_39_28
 BV BND  x_39_29
 BV BND  x_39_30
 BV BND  x_39_31
 BV BND  x_39_32
 BV BND  x_39_33
 BV BND  x_39_34
 BV BND  x_39_35
 BV BND  x_39_36
 BV BND  x_39_37
 BV BND  x_39_38
 BV BND  x_39_39
 BV BND  y_0
 BV BND  y_1
 BV BND  y_2
 BV BND  y_3
 BV BND  y_4
 BV BND  y_5
 BV BND  y_6
 BV BND  y_7
 BV BND  y_8
 BV BND  y_9
 BV BND  y_10
 BV BND  y_11
 BV BND  y_12
 BV BND  y_13
 BV BND  y_14
 BV BND  y_15
 BV BND  y_16
 BV BND  y_17
 BV BND  y_18
 BV BND  y_19
 BV BND  y_20
 BV BND  y_21
 BV BND  y_22
 BV BND  y_23
 BV BND  y_24
 BV BND  y_25
 BV BND  y_26
 BV BND  y_27
 BV BND  y_28
 BV BND  y_29
 BV BND  y_30
 BV BND  y_31
 BV BND  y_32
 BV BND  y_33
 BV BND  y_34
 BV BND  y_35
 BV BND  y_36
 BV BND  y_37
 BV BND  y_38
 BV BND  y_39
ENDATA
