NAME pcmax_40_10_t1-100_1
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
 L  load_0
 L  load_1
 L  load_2
 L  load_3
 L  load_4
 L  load_5
 L  load_6
 L  load_7
 L  load_8
 L  load_9
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  assign_0  1  load_0  55
    x_0_1  assign_0  1  load_1  55
    x_0_2  assign_0  1  load_2  55
    x_0_3  assign_0  1  load_3  55
    x_0_4  assign_0  1  load_4  55
    x_0_5  assign_0  1  load_5  55
    x_0_6  assign_0  1  load_6  55
    x_0_7  assign_0  1  load_7  55
    x_0_8  assign_0  1  load_8  55
    x_0_9  assign_0  1  load_9  55
    x_1_0  assign_1  1  load_0  41
    x_1_1  assign_1  1  load_1  41
    x_1_2  assign_1  1  load_2  41
    x_1_3  assign_1  1  load_3  41
    x_1_4  assign_1  1  load_4  41
    x_1_5  assign_1  1  load_5  41
    x_1_6  assign_1  1  load_6  41
    x_1_7  assign_1  1  load_7  41
    x_1_8  assign_1  1  load_8  41
    x_1_9  assign_1  1  load_9  41
    x_2_0  assign_2  1  load_0  99
    x_2_1  assign_2  1  load_1  99
    x_2_2  assign_2  1  load_2  99
    x_2_3  assign_2  1  load_3  99
    x_2_4  assign_2  1  load_4  99
    x_2_5  assign_2  1  load_5  99
    x_2_6  assign_2  1  load_6  99
    x_2_7  assign_2  1  load_7  99
    x_2_8  assign_2  1  load_8  99
    x_2_9  assign_2  1  load_9  99
    x_3_0  assign_3  1  load_0  9
    x_3_1  assign_3  1  load_1  9
    x_3_2  assign_3  1  load_2  9
    x_3_3  assign_3  1  load_3  9
    x_3_4  assign_3  1  load_4  9
    x_3_5  assign_3  1  load_5  9
    x_3_6  assign_3  1  load_6  9
    x_3_7  assign_3  1  load_7  9
    x_3_8  assign_3  1  load_8  9
    x_3_9  assign_3  1  load_9  9
    x_4_0  assign_4  1  load_0  22
    x_4_1  assign_4  1  load_1  22
    x_4_2  assign_4  1  load_2  22
    x_4_3  assign_4  1  load_3  22
    x_4_4  assign_4  1  load_4  22
    x_4_5  assign_4  1  load_5  22
    x_4_6  assign_4  1  load_6  22
    x_4_7  assign_4  1  load_7  22
    x_4_8  assign_4  1  load_8  22
    x_4_9  assign_4  1  load_9  22
    x_5_0  assign_5  1  load_0  60
    x_5_1  assign_5  1  load_1  60
    x_5_2  assign_5  1  load_2  60
    x_5_3  assign_5  1  load_3  60
    x_5_4  assign_5  1  load_4  60
    x_5_5  assign_5  1  load_5  60
    x_5_6  assign_5  1  load_6  60
    x_5_7  assign_5  1  load_7  60
    x_5_8  assign_5  1  load_8  60
    x_5_9  assign_5  1  load_9  60
    x_6_0  assign_6  1  load_0  39
    x_6_1  assign_6  1  load_1  39
    x_6_2  assign_6  1  load_2  39
    x_6_3  assign_6  1  load_3  39
    x_6_4  assign_6  1  load_4  39
    x_6_5  assign_6  1  load_5  39
    x_6_6  assign_6  1  load_6  39
    x_6_7  assign_6  1  load_7  39
    x_6_8  assign_6  1  load_8  39
    x_6_9  assign_6  1  load_9  39
    x_7_0  assign_7  1  load_0  22
    x_7_1  assign_7  1  load_1  22
    x_7_2  assign_7  1  load_2  22
    x_7_3  assign_7  1  load_3  22
    x_7_4  assign_7  1  load_4  22
    x_7_5  assign_7  1  load_5  22
    x_7_6  assign_7  1  load_6  22
    x_7_7  assign_7  1  load_7  22
    x_7_8  assign_7  1  load_8  22
    x_7_9  assign_7  1  load_9  22
    x_8_0  assign_8  1  load_0  84
    x_8_1  assign_8  1  load_1  84
    x_8_2  assign_8  1  load_2  84
    x_8_3  assign_8  1  load_3  84
    x_8_4  assign_8  1  load_4  84
    x_8_5  assign_8  1  load_5  84
    x_8_6  assign_8  1  load_6  84
    x_8_7  assign_8  1  load_7  84
    x_8_8  assign_8  1  load_8  84
    x_8_9  assign_8  1  load_9  84
    x_9_0  assign_9  1  load_0  29
    x_9_1  assign_9  1  load_1  29
    x_9_2  assign_9  1  load_2  29
    x_9_3  assign_9  1  load_3  29
    x_9_4  assign_9  1  load_4  29
    x_9_5  assign_9  1  load_5  29
    x_9_6  assign_9  1  load_6  29
    x_9_7  assign_9  1  load_7  29
    x_9_8  assign_9  1  load_8  29
    x_9_9  assign_9  1  load_9  29
    x_10_0  assign_10  1  load_0  92
    x_10_1  assign_10  1  load_1  92
    x_10_2  assign_10  1  load_2  92
    x_10_3  assign_10  1  load_3  92
    x_10_4  assign_10  1  load_4  92
    x_10_5  assign_10  1  load_5  92
    x_10_6  assign_10  1  load_6  92
    x_10_7  assign_10  1  load_7  92
    x_10_8  assign_10  1  load_8  92
    x_10_9  assign_10  1  load_9  92
    x_11_0  assign_11  1  load_0  72
    x_11_1  assign_11  1  load_1  72
    x_11_2  assign_11  1  load_2  72
    x_11_3  assign_11  1  load_3  72
    x_11_4  assign_11  1  load_4  72
    x_11_5  assign_11  1  load_5  72
    x_11_6  assign_11  1  load_6  72
    x_11_7  assign_11  1  load_7  72
    x_11_8  assign_11  1  load_8  72
    x_11_9  assign_11  1  load_9  72
    x_12_0  assign_12  1  load_0  50
    x_12_1  assign_12  1  load_1  50
    x_12_2  assign_12  1  load_2  50
    x_12_3  assign_12  1  load_3  50
    x_12_4  assign_12  1  load_4  50
    x_12_5  assign_12  1  load_5  50
    x_12_6  assign_12  1  load_6  50
    x_12_7  assign_12  1  load_7  50
    x_12_8  assign_12  1  load_8  50
    x_12_9  assign_12  1  load_9  50
    x_13_0  assign_13  1  load_0  47
    x_13_1  assign_13  1  load_1  47
    x_13_2  assign_13  1  load_2  47
    x_13_3  assign_13  1  load_3  47
    x_13_4  assign_13  1  load_4  47
    x_13_5  assign_13  1  load_5  47
    x_13_6  assign_13  1  load_6  47
    x_13_7  assign_13  1  load_7  47
    x_13_8  assign_13  1  load_8  47
    x_13_9  assign_13  1  load_9  47
    x_14_0  assign_14  1  load_0  72
    x_14_1  assign_14  1  load_1  72
    x_14_2  assign_14  1  load_2  72
    x_14_3  assign_14  1  load_3  72
    x_14_4  assign_14  1  load_4  72
    x_14_5  assign_14  1  load_5  72
    x_14_6  assign_14  1  load_6  72
    x_14_7  assign_14  1  load_7  72
    x_14_8  assign_14  1  load_8  72
    x_14_9  assign_14  1  load_9  72
    x_15_0  assign_15  1  load_0  16
    x_15_1  assign_15  1  load_1  16
    x_15_2  assign_15  1  load_2  16
    x_15_3  assign_15  1  load_3  16
    x_15_4  assign_15  1  load_4  16
    x_15_5  assign_15  1  load_5  16
    x_15_6  assign_15  1  load_6  16
    x_15_7  assign_15  1  load_7  16
    x_15_8  assign_15  1  load_8  16
    x_15_9  assign_15  1  load_9  16
    x_16_0  assign_16  1  load_0  5
    x_16_1  assign_16  1  load_1  5
    x_16_2  assign_16  1  load_2  5
    x_16_3  assign_16  1  load_3  5
    x_16_4  assign_16  1  load_4  5
    x_16_5  assign_16  1  load_5  5
    x_16_6  assign_16  1  load_6  5
    x_16_7  assign_16  1  load_7  5
    x_16_8  assign_16  1  load_8  5
    x_16_9  assign_16  1  load_9  5
    x_17_0  assign_17  1  load_0  88
    x_17_1  assign_17  1  load_1  88
    x_17_2  assign_17  1  load_2  88
    x_17_3  assign_17  1  load_3  88
    x_17_4  assign_17  1  load_4  88
    x_17_5  assign_17  1  load_5  88
    x_17_6  assign_17  1  load_6  88
    x_17_7  assign_17  1  load_7  88
    x_17_8  assign_17  1  load_8  88
    x_17_9  assign_17  1  load_9  88
    x_18_0  assign_18  1  load_0  18
    x_18_1  assign_18  1  load_1  18
    x_18_2  assign_18  1  load_2  18
    x_18_3  assign_18  1  load_3  18
    x_18_4  assign_18  1  load_4  18
    x_18_5  assign_18  1  load_5  18
    x_18_6  assign_18  1  load_6  18
    x_18_7  assign_18  1  load_7  18
    x_18_8  assign_18  1  load_8  18
    x_18_9  assign_18  1  load_9  18
    x_19_0  assign_19  1  load_0  71
    x_19_1  assign_19  1  load_1  71
    x_19_2  assign_19  1  load_2  71
    x_19_3  assign_19  1  load_3  71
    x_19_4  assign_19  1  load_4  71
    x_19_5  assign_19  1  load_5  71
    x_19_6  assign_19  1  load_6  71
    x_19_7  assign_19  1  load_7  71
    x_19_8  assign_19  1  load_8  71
    x_19_9  assign_19  1  load_9  71
    x_20_0  assign_20  1  load_0  3
    x_20_1  assign_20  1  load_1  3
    x_20_2  assign_20  1  load_2  3
    x_20_3  assign_20  1  load_3  3
    x_20_4  assign_20  1  load_4  3
    x_20_5  assign_20  1  load_5  3
    x_20_6  assign_20  1  load_6  3
    x_20_7  assign_20  1  load_7  3
    x_20_8  assign_20  1  load_8  3
    x_20_9  assign_20  1  load_9  3
    x_21_0  assign_21  1  load_0  49
    x_21_1  assign_21  1  load_1  49
    x_21_2  assign_21  1  load_2  49
    x_21_3  assign_21  1  load_3  49
    x_21_4  assign_21  1  load_4  49
    x_21_5  assign_21  1  load_5  49
    x_21_6  assign_21  1  load_6  49
    x_21_7  assign_21  1  load_7  49
    x_21_8  assign_21  1  load_8  49
    x_21_9  assign_21  1  load_9  49
    x_22_0  assign_22  1  load_0  95
    x_22_1  assign_22  1  load_1  95
    x_22_2  assign_22  1  load_2  95
    x_22_3  assign_22  1  load_3  95
    x_22_4  assign_22  1  load_4  95
    x_22_5  assign_22  1  load_5  95
    x_22_6  assign_22  1  load_6  95
    x_22_7  assign_22  1  load_7  95
    x_22_8  assign_22  1  load_8  95
    x_22_9  assign_22  1  load_9  95
    x_23_0  assign_23  1  load_0  58
    x_23_1  assign_23  1  load_1  58
    x_23_2  assign_23  1  load_2  58
    x_23_3  assign_23  1  load_3  58
    x_23_4  assign_23  1  load_4  58
    x_23_5  assign_23  1  load_5  58
    x_23_6  assign_23  1  load_6  58
    x_23_7  assign_23  1  load_7  58
    x_23_8  assign_23  1  load_8  58
    x_23_9  assign_23  1  load_9  58
    x_24_0  assign_24  1  load_0  84
    x_24_1  assign_24  1  load_1  84
    x_24_2  assign_24  1  load_2  84
    x_24_3  assign_24  1  load_3  84
    x_24_4  assign_24  1  load_4  84
    x_24_5  assign_24  1  load_5  84
    x_24_6  assign_24  1  load_6  84
    x_24_7  assign_24  1  load_7  84
    x_24_8  assign_24  1  load_8  84
    x_24_9  assign_24  1  load_9  84
    x_25_0  assign_25  1  load_0  10
    x_25_1  assign_25  1  load_1  10
    x_25_2  assign_25  1  load_2  10
    x_25_3  assign_25  1  load_3  10
    x_25_4  assign_25  1  load_4  10
    x_25_5  assign_25  1  load_5  10
    x_25_6  assign_25  1  load_6  10
    x_25_7  assign_25  1  load_7  10
    x_25_8  assign_25  1  load_8  10
    x_25_9  assign_25  1  load_9  10
    x_26_0  assign_26  1  load_0  98
    x_26_1  assign_26  1  load_1  98
    x_26_2  assign_26  1  load_2  98
    x_26_3  assign_26  1  load_3  98
    x_26_4  assign_26  1  load_4  98
    x_26_5  assign_26  1  load_5  98
    x_26_6  assign_26  1  load_6  98
    x_26_7  assign_26  1  load_7  98
    x_26_8  assign_26  1  load_8  98
    x_26_9  assign_26  1  load_9  98
    x_27_0  assign_27  1  load_0  27
    x_27_1  assign_27  1  load_1  27
    x_27_2  assign_27  1  load_2  27
    x_27_3  assign_27  1  load_3  27
    x_27_4  assign_27  1  load_4  27
    x_27_5  assign_27  1  load_5  27
    x_27_6  assign_27  1  load_6  27
    x_27_7  assign_27  1  load_7  27
    x_27_8  assign_27  1  load_8  27
    x_27_9  assign_27  1  load_9  27
    x_28_0  assign_28  1  load_0  45
    x_28_1  assign_28  1  load_1  45
    x_28_2  assign_28  1  load_2  45
    x_28_3  assign_28  1  load_3  45
    x_28_4  assign_28  1  load_4  45
    x_28_5  assign_28  1  load_5  45
    x_28_6  assign_28  1  load_6  45
    x_28_7  assign_28  1  load_7  45
    x_28_8  assign_28  1  load_8  45
    x_28_9  assign_28  1  load_9  45
    x_29_0  assign_29  1  load_0  46
    x_29_1  assign_29  1  load_1  46
    x_29_2  assign_29  1  load_2  46
    x_29_3  assign_29  1  load_3  46
    x_29_4  assign_29  1  load_4  46
    x_29_5  assign_29  1  load_5  46
    x_29_6  assign_29  1  load_6  46
    x_29_7  assign_29  1  load_7  46
    x_29_8  assign_29  1  load_8  46
    x_29_9  assign_29  1  load_9  46
    x_30_0  assign_30  1  load_0  46
    x_30_1  assign_30  1  load_1  46
    x_30_2  assign_30  1  load_2  46
    x_30_3  assign_30  1  load_3  46
    x_30_4  assign_30  1  load_4  46
    x_30_5  assign_30  1  load_5  46
    x_30_6  assign_30  1  load_6  46
    x_30_7  assign_30  1  load_7  46
    x_30_8  assign_30  1  load_8  46
    x_30_9  assign_30  1  load_9  46
    x_31_0  assign_31  1  load_0  29
    x_31_1  assign_31  1  load_1  29
    x_31_2  assign_31  1  load_2  29
    x_31_3  assign_31  1  load_3  29
    x_31_4  assign_31  1  load_4  29
    x_31_5  assign_31  1  load_5  29
    x_31_6  assign_31  1  load_6  29
    x_31_7  assign_31  1  load_7  29
    x_31_8  assign_31  1  load_8  29
    x_31_9  assign_31  1  load_9  29
    x_32_0  assign_32  1  load_0  4
    x_32_1  assign_32  1  load_1  4
    x_32_2  assign_32  1  load_2  4
    x_32_3  assign_32  1  load_3  4
    x_32_4  assign_32  1  load_4  4
    x_32_5  assign_32  1  load_5  4
    x_32_6  assign_32  1  load_6  4
    x_32_7  assign_32  1  load_7  4
    x_32_8  assign_32  1  load_8  4
    x_32_9  assign_32  1  load_9  4
    x_33_0  assign_33  1  load_0  100
    x_33_1  assign_33  1  load_1  100
    x_33_2  assign_33  1  load_2  100
    x_33_3  assign_33  1  load_3  100
    x_33_4  assign_33  1  load_4  100
    x_33_5  assign_33  1  load_5  100
    x_33_6  assign_33  1  load_6  100
    x_33_7  assign_33  1  load_7  100
    x_33_8  assign_33  1  load_8  100
    x_33_9  assign_33  1  load_9  100
    x_34_0  assign_34  1  load_0  72
    x_34_1  assign_34  1  load_1  72
    x_34_2  assign_34  1  load_2  72
    x_34_3  assign_34  1  load_3  72
    x_34_4  assign_34  1  load_4  72
    x_34_5  assign_34  1  load_5  72
    x_34_6  assign_34  1  load_6  72
    x_34_7  assign_34  1  load_7  72
    x_34_8  assign_34  1  load_8  72
    x_34_9  assign_34  1  load_9  72
    x_35_0  assign_35  1  load_0  92
    x_35_1  assign_35  1  load_1  92
    x_35_2  assign_35  1  load_2  92
    x_35_3  assign_35  1  load_3  92
    x_35_4  assign_35  1  load_4  92
    x_35_5  assign_35  1  load_5  92
    x_35_6  assign_35  1  load_6  92
    x_35_7  assign_35  1  load_7  92
    x_35_8  assign_35  1  load_8  92
    x_35_9  assign_35  1  load_9  92
    x_36_0  assign_36  1  load_0  79
    x_36_1  assign_36  1  load_1  79
    x_36_2  assign_36  1  load_2  79
    x_36_3  assign_36  1  load_3  79
    x_36_4  assign_36  1  load_4  79
    x_36_5  assign_36  1  load_5  79
    x_36_6  assign_36  1  load_6  79
    x_36_7  assign_36  1  load_7  79
    x_36_8  assign_36  1  load_8  79
    x_36_9  assign_36  1  load_9  79
    x_37_0  assign_37  1  load_0  95
    x_37_1  assign_37  1  load_1  95
    x_37_2  assign_37  1  load_2  95
    x_37_3  assign_37  1  load_3  95
    x_37_4  assign_37  1  load_4  95
    x_37_5  assign_37  1  load_5  95
    x_37_6  assign_37  1  load_6  95
    x_37_7  assign_37  1  load_7  95
    x_37_8  assign_37  1  load_8  95
    x_37_9  assign_37  1  load_9  95
    x_38_0  assign_38  1  load_0  26
    x_38_1  assign_38  1  load_1  26
    x_38_2  assign_38  1  load_2  26
    x_38_3  assign_38  1  load_3  26
    x_38_4  assign_38  1  load_4  26
    x_38_5  assign_38  1  load_5  26
    x_38_6  assign_38  1  load_6  26
    x_38_7  assign_38  1  load_7  26
    x_38_8  assign_38  1  load_8  26
    x_38_9  assign_38  1  load_9  26
    x_39_0  assign_39  1  load_0  14
    x_39_1  assign_39  1  load_1  14
    x_39_2  assign_39  1  load_2  14
    x_39_3  assign_39  1  load_3  14
    x_39_4  assign_39  1  load_4  14
    x_39_5  assign_39  1  load_5  14
    x_39_6  assign_39  1  load_6  14
    x_39_7  assign_39  1  load_7  14
    x_39_8  assign_39  1  load_8  14
    x_39_9  assign_39  1  load_9  14
    C  obj  1  load_0  -1
    C  load_1  -1  load_2  -1
    C  load_3  -1  load_4  -1
    C  load_5  -1  load_6  -1
    C  load_7  -1  load_8  -1
    C  load_9  -1
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
 LO BND  C  0
 UP BND  C  2063
ENDATA
