NAME bpp_20_chen_1
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
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  assign_0  1  cap_0  25
    x_0_1  assign_0  1  cap_1  25
    x_0_2  assign_0  1  cap_2  25
    x_0_3  assign_0  1  cap_3  25
    x_0_4  assign_0  1  cap_4  25
    x_0_5  assign_0  1  cap_5  25
    x_0_6  assign_0  1  cap_6  25
    x_0_7  assign_0  1  cap_7  25
    x_0_8  assign_0  1  cap_8  25
    x_0_9  assign_0  1  cap_9  25
    x_0_10  assign_0  1  cap_10  25
    x_0_11  assign_0  1  cap_11  25
    x_0_12  assign_0  1  cap_12  25
    x_0_13  assign_0  1  cap_13  25
    x_0_14  assign_0  1  cap_14  25
    x_0_15  assign_0  1  cap_15  25
    x_0_16  assign_0  1  cap_16  25
    x_0_17  assign_0  1  cap_17  25
    x_0_18  assign_0  1  cap_18  25
    x_0_19  assign_0  1  cap_19  25
    x_1_0  assign_1  1  cap_0  15
    x_1_1  assign_1  1  cap_1  15
    x_1_2  assign_1  1  cap_2  15
    x_1_3  assign_1  1  cap_3  15
    x_1_4  assign_1  1  cap_4  15
    x_1_5  assign_1  1  cap_5  15
    x_1_6  assign_1  1  cap_6  15
    x_1_7  assign_1  1  cap_7  15
    x_1_8  assign_1  1  cap_8  15
    x_1_9  assign_1  1  cap_9  15
    x_1_10  assign_1  1  cap_10  15
    x_1_11  assign_1  1  cap_11  15
    x_1_12  assign_1  1  cap_12  15
    x_1_13  assign_1  1  cap_13  15
    x_1_14  assign_1  1  cap_14  15
    x_1_15  assign_1  1  cap_15  15
    x_1_16  assign_1  1  cap_16  15
    x_1_17  assign_1  1  cap_17  15
    x_1_18  assign_1  1  cap_18  15
    x_1_19  assign_1  1  cap_19  15
    x_2_0  assign_2  1  cap_0  27
    x_2_1  assign_2  1  cap_1  27
    x_2_2  assign_2  1  cap_2  27
    x_2_3  assign_2  1  cap_3  27
    x_2_4  assign_2  1  cap_4  27
    x_2_5  assign_2  1  cap_5  27
    x_2_6  assign_2  1  cap_6  27
    x_2_7  assign_2  1  cap_7  27
    x_2_8  assign_2  1  cap_8  27
    x_2_9  assign_2  1  cap_9  27
    x_2_10  assign_2  1  cap_10  27
    x_2_11  assign_2  1  cap_11  27
    x_2_12  assign_2  1  cap_12  27
    x_2_13  assign_2  1  cap_13  27
    x_2_14  assign_2  1  cap_14  27
    x_2_15  assign_2  1  cap_15  27
    x_2_16  assign_2  1  cap_16  27
    x_2_17  assign_2  1  cap_17  27
    x_2_18  assign_2  1  cap_18  27
    x_2_19  assign_2  1  cap_19  27
    x_3_0  assign_3  1  cap_0  20
    x_3_1  assign_3  1  cap_1  20
    x_3_2  assign_3  1  cap_2  20
    x_3_3  assign_3  1  cap_3  20
    x_3_4  assign_3  1  cap_4  20
    x_3_5  assign_3  1  cap_5  20
    x_3_6  assign_3  1  cap_6  20
    x_3_7  assign_3  1  cap_7  20
    x_3_8  assign_3  1  cap_8  20
    x_3_9  assign_3  1  cap_9  20
    x_3_10  assign_3  1  cap_10  20
    x_3_11  assign_3  1  cap_11  20
    x_3_12  assign_3  1  cap_12  20
    x_3_13  assign_3  1  cap_13  20
    x_3_14  assign_3  1  cap_14  20
    x_3_15  assign_3  1  cap_15  20
    x_3_16  assign_3  1  cap_16  20
    x_3_17  assign_3  1  cap_17  20
    x_3_18  assign_3  1  cap_18  20
    x_3_19  assign_3  1  cap_19  20
    x_4_0  assign_4  1  cap_0  25
    x_4_1  assign_4  1  cap_1  25
    x_4_2  assign_4  1  cap_2  25
    x_4_3  assign_4  1  cap_3  25
    x_4_4  assign_4  1  cap_4  25
    x_4_5  assign_4  1  cap_5  25
    x_4_6  assign_4  1  cap_6  25
    x_4_7  assign_4  1  cap_7  25
    x_4_8  assign_4  1  cap_8  25
    x_4_9  assign_4  1  cap_9  25
    x_4_10  assign_4  1  cap_10  25
    x_4_11  assign_4  1  cap_11  25
    x_4_12  assign_4  1  cap_12  25
    x_4_13  assign_4  1  cap_13  25
    x_4_14  assign_4  1  cap_14  25
    x_4_15  assign_4  1  cap_15  25
    x_4_16  assign_4  1  cap_16  25
    x_4_17  assign_4  1  cap_17  25
    x_4_18  assign_4  1  cap_18  25
    x_4_19  assign_4  1  cap_19  25
    x_5_0  assign_5  1  cap_0  28
    x_5_1  assign_5  1  cap_1  28
    x_5_2  assign_5  1  cap_2  28
    x_5_3  assign_5  1  cap_3  28
    x_5_4  assign_5  1  cap_4  28
    x_5_5  assign_5  1  cap_5  28
    x_5_6  assign_5  1  cap_6  28
    x_5_7  assign_5  1  cap_7  28
    x_5_8  assign_5  1  cap_8  28
    x_5_9  assign_5  1  cap_9  28
    x_5_10  assign_5  1  cap_10  28
    x_5_11  assign_5  1  cap_11  28
    x_5_12  assign_5  1  cap_12  28
    x_5_13  assign_5  1  cap_13  28
    x_5_14  assign_5  1  cap_14  28
    x_5_15  assign_5  1  cap_15  28
    x_5_16  assign_5  1  cap_16  28
    x_5_17  assign_5  1  cap_17  28
    x_5_18  assign_5  1  cap_18  28
    x_5_19  assign_5  1  cap_19  28
    x_6_0  assign_6  1  cap_0  18
    x_6_1  assign_6  1  cap_1  18
    x_6_2  assign_6  1  cap_2  18
    x_6_3  assign_6  1  cap_3  18
    x_6_4  assign_6  1  cap_4  18
    x_6_5  assign_6  1  cap_5  18
    x_6_6  assign_6  1  cap_6  18
    x_6_7  assign_6  1  cap_7  18
    x_6_8  assign_6  1  cap_8  18
    x_6_9  assign_6  1  cap_9  18
    x_6_10  assign_6  1  cap_10  18
    x_6_11  assign_6  1  cap_11  18
    x_6_12  assign_6  1  cap_12  18
    x_6_13  assign_6  1  cap_13  18
    x_6_14  assign_6  1  cap_14  18
    x_6_15  assign_6  1  cap_15  18
    x_6_16  assign_6  1  cap_16  18
    x_6_17  assign_6  1  cap_17  18
    x_6_18  assign_6  1  cap_18  18
    x_6_19  assign_6  1  cap_19  18
    x_7_0  assign_7  1  cap_0  25
    x_7_1  assign_7  1  cap_1  25
    x_7_2  assign_7  1  cap_2  25
    x_7_3  assign_7  1  cap_3  25
    x_7_4  assign_7  1  cap_4  25
    x_7_5  assign_7  1  cap_5  25
    x_7_6  assign_7  1  cap_6  25
    x_7_7  assign_7  1  cap_7  25
    x_7_8  assign_7  1  cap_8  25
    x_7_9  assign_7  1  cap_9  25
    x_7_10  assign_7  1  cap_10  25
    x_7_11  assign_7  1  cap_11  25
    x_7_12  assign_7  1  cap_12  25
    x_7_13  assign_7  1  cap_13  25
    x_7_14  assign_7  1  cap_14  25
    x_7_15  assign_7  1  cap_15  25
    x_7_16  assign_7  1  cap_16  25
    x_7_17  assign_7  1  cap_17  25
    x_7_18  assign_7  1  cap_18  25
    x_7_19  assign_7  1  cap_19  25
    x_8_0  assign_8  1  cap_0  100
    x_8_1  assign_8  1  cap_1  100
    x_8_2  assign_8  1  cap_2  100
    x_8_3  assign_8  1  cap_3  100
    x_8_4  assign_8  1  cap_4  100
    x_8_5  assign_8  1  cap_5  100
    x_8_6  assign_8  1  cap_6  100
    x_8_7  assign_8  1  cap_7  100
    x_8_8  assign_8  1  cap_8  100
    x_8_9  assign_8  1  cap_9  100
    x_8_10  assign_8  1  cap_10  100
    x_8_11  assign_8  1  cap_11  100
    x_8_12  assign_8  1  cap_12  100
    x_8_13  assign_8  1  cap_13  100
    x_8_14  assign_8  1  cap_14  100
    x_8_15  assign_8  1  cap_15  100
    x_8_16  assign_8  1  cap_16  100
    x_8_17  assign_8  1  cap_17  100
    x_8_18  assign_8  1  cap_18  100
    x_8_19  assign_8  1  cap_19  100
    x_9_0  assign_9  1  cap_0  29
    x_9_1  assign_9  1  cap_1  29
    x_9_2  assign_9  1  cap_2  29
    x_9_3  assign_9  1  cap_3  29
    x_9_4  assign_9  1  cap_4  29
    x_9_5  assign_9  1  cap_5  29
    x_9_6  assign_9  1  cap_6  29
    x_9_7  assign_9  1  cap_7  29
    x_9_8  assign_9  1  cap_8  29
    x_9_9  assign_9  1  cap_9  29
    x_9_10  assign_9  1  cap_10  29
    x_9_11  assign_9  1  cap_11  29
    x_9_12  assign_9  1  cap_12  29
    x_9_13  assign_9  1  cap_13  29
    x_9_14  assign_9  1  cap_14  29
    x_9_15  assign_9  1  cap_15  29
    x_9_16  assign_9  1  cap_16  29
    x_9_17  assign_9  1  cap_17  29
    x_9_18  assign_9  1  cap_18  29
    x_9_19  assign_9  1  cap_19  29
    x_10_0  assign_10  1  cap_0  85
    x_10_1  assign_10  1  cap_1  85
    x_10_2  assign_10  1  cap_2  85
    x_10_3  assign_10  1  cap_3  85
    x_10_4  assign_10  1  cap_4  85
    x_10_5  assign_10  1  cap_5  85
    x_10_6  assign_10  1  cap_6  85
    x_10_7  assign_10  1  cap_7  85
    x_10_8  assign_10  1  cap_8  85
    x_10_9  assign_10  1  cap_9  85
    x_10_10  assign_10  1  cap_10  85
    x_10_11  assign_10  1  cap_11  85
    x_10_12  assign_10  1  cap_12  85
    x_10_13  assign_10  1  cap_13  85
    x_10_14  assign_10  1  cap_14  85
    x_10_15  assign_10  1  cap_15  85
    x_10_16  assign_10  1  cap_16  85
    x_10_17  assign_10  1  cap_17  85
    x_10_18  assign_10  1  cap_18  85
    x_10_19  assign_10  1  cap_19  85
    x_11_0  assign_11  1  cap_0  92
    x_11_1  assign_11  1  cap_1  92
    x_11_2  assign_11  1  cap_2  92
    x_11_3  assign_11  1  cap_3  92
    x_11_4  assign_11  1  cap_4  92
    x_11_5  assign_11  1  cap_5  92
    x_11_6  assign_11  1  cap_6  92
    x_11_7  assign_11  1  cap_7  92
    x_11_8  assign_11  1  cap_8  92
    x_11_9  assign_11  1  cap_9  92
    x_11_10  assign_11  1  cap_10  92
    x_11_11  assign_11  1  cap_11  92
    x_11_12  assign_11  1  cap_12  92
    x_11_13  assign_11  1  cap_13  92
    x_11_14  assign_11  1  cap_14  92
    x_11_15  assign_11  1  cap_15  92
    x_11_16  assign_11  1  cap_16  92
    x_11_17  assign_11  1  cap_17  92
    x_11_18  assign_11  1  cap_18  92
    x_11_19  assign_11  1  cap_19  92
    x_12_0  assign_12  1  cap_0  82
    x_12_1  assign_12  1  cap_1  82
    x_12_2  assign_12  1  cap_2  82
    x_12_3  assign_12  1  cap_3  82
    x_12_4  assign_12  1  cap_4  82
    x_12_5  assign_12  1  cap_5  82
    x_12_6  assign_12  1  cap_6  82
    x_12_7  assign_12  1  cap_7  82
    x_12_8  assign_12  1  cap_8  82
    x_12_9  assign_12  1  cap_9  82
    x_12_10  assign_12  1  cap_10  82
    x_12_11  assign_12  1  cap_11  82
    x_12_12  assign_12  1  cap_12  82
    x_12_13  assign_12  1  cap_13  82
    x_12_14  assign_12  1  cap_14  82
    x_12_15  assign_12  1  cap_15  82
    x_12_16  assign_12  1  cap_16  82
    x_12_17  assign_12  1  cap_17  82
    x_12_18  assign_12  1  cap_18  82
    x_12_19  assign_12  1  cap_19  82
    x_13_0  assign_13  1  cap_0  14
    x_13_1  assign_13  1  cap_1  14
    x_13_2  assign_13  1  cap_2  14
    x_13_3  assign_13  1  cap_3  14
    x_13_4  assign_13  1  cap_4  14
    x_13_5  assign_13  1  cap_5  14
    x_13_6  assign_13  1  cap_6  14
    x_13_7  assign_13  1  cap_7  14
    x_13_8  assign_13  1  cap_8  14
    x_13_9  assign_13  1  cap_9  14
    x_13_10  assign_13  1  cap_10  14
    x_13_11  assign_13  1  cap_11  14
    x_13_12  assign_13  1  cap_12  14
    x_13_13  assign_13  1  cap_13  14
    x_13_14  assign_13  1  cap_14  14
    x_13_15  assign_13  1  cap_15  14
    x_13_16  assign_13  1  cap_16  14
    x_13_17  assign_13  1  cap_17  14
    x_13_18  assign_13  1  cap_18  14
    x_13_19  assign_13  1  cap_19  14
    x_14_0  assign_14  1  cap_0  89
    x_14_1  assign_14  1  cap_1  89
    x_14_2  assign_14  1  cap_2  89
    x_14_3  assign_14  1  cap_3  89
    x_14_4  assign_14  1  cap_4  89
    x_14_5  assign_14  1  cap_5  89
    x_14_6  assign_14  1  cap_6  89
    x_14_7  assign_14  1  cap_7  89
    x_14_8  assign_14  1  cap_8  89
    x_14_9  assign_14  1  cap_9  89
    x_14_10  assign_14  1  cap_10  89
    x_14_11  assign_14  1  cap_11  89
    x_14_12  assign_14  1  cap_12  89
    x_14_13  assign_14  1  cap_13  89
    x_14_14  assign_14  1  cap_14  89
    x_14_15  assign_14  1  cap_15  89
    x_14_16  assign_14  1  cap_16  89
    x_14_17  assign_14  1  cap_17  89
    x_14_18  assign_14  1  cap_18  89
    x_14_19  assign_14  1  cap_19  89
    x_15_0  assign_15  1  cap_0  20
    x_15_1  assign_15  1  cap_1  20
    x_15_2  assign_15  1  cap_2  20
    x_15_3  assign_15  1  cap_3  20
    x_15_4  assign_15  1  cap_4  20
    x_15_5  assign_15  1  cap_5  20
    x_15_6  assign_15  1  cap_6  20
    x_15_7  assign_15  1  cap_7  20
    x_15_8  assign_15  1  cap_8  20
    x_15_9  assign_15  1  cap_9  20
    x_15_10  assign_15  1  cap_10  20
    x_15_11  assign_15  1  cap_11  20
    x_15_12  assign_15  1  cap_12  20
    x_15_13  assign_15  1  cap_13  20
    x_15_14  assign_15  1  cap_14  20
    x_15_15  assign_15  1  cap_15  20
    x_15_16  assign_15  1  cap_16  20
    x_15_17  assign_15  1  cap_17  20
    x_15_18  assign_15  1  cap_18  20
    x_15_19  assign_15  1  cap_19  20
    x_16_0  assign_16  1  cap_0  14
    x_16_1  assign_16  1  cap_1  14
    x_16_2  assign_16  1  cap_2  14
    x_16_3  assign_16  1  cap_3  14
    x_16_4  assign_16  1  cap_4  14
    x_16_5  assign_16  1  cap_5  14
    x_16_6  assign_16  1  cap_6  14
    x_16_7  assign_16  1  cap_7  14
    x_16_8  assign_16  1  cap_8  14
    x_16_9  assign_16  1  cap_9  14
    x_16_10  assign_16  1  cap_10  14
    x_16_11  assign_16  1  cap_11  14
    x_16_12  assign_16  1  cap_12  14
    x_16_13  assign_16  1  cap_13  14
    x_16_14  assign_16  1  cap_14  14
    x_16_15  assign_16  1  cap_15  14
    x_16_16  assign_16  1  cap_16  14
    x_16_17  assign_16  1  cap_17  14
    x_16_18  assign_16  1  cap_18  14
    x_16_19  assign_16  1  cap_19  14
    x_17_0  assign_17  1  cap_0  11
    x_17_1  assign_17  1  cap_1  11
    x_17_2  assign_17  1  cap_2  11
    x_17_3  assign_17  1  cap_3  11
    x_17_4  assign_17  1  cap_4  11
    x_17_5  assign_17  1  cap_5  11
    x_17_6  assign_17  1  cap_6  11
    x_17_7  assign_17  1  cap_7  11
    x_17_8  assign_17  1  cap_8  11
    x_17_9  assign_17  1  cap_9  11
    x_17_10  assign_17  1  cap_10  11
    x_17_11  assign_17  1  cap_11  11
    x_17_12  assign_17  1  cap_12  11
    x_17_13  assign_17  1  cap_13  11
    x_17_14  assign_17  1  cap_14  11
    x_17_15  assign_17  1  cap_15  11
    x_17_16  assign_17  1  cap_16  11
    x_17_17  assign_17  1  cap_17  11
    x_17_18  assign_17  1  cap_18  11
    x_17_19  assign_17  1  cap_19  11
    x_18_0  assign_18  1  cap_0  16
    x_18_1  assign_18  1  cap_1  16
    x_18_2  assign_18  1  cap_2  16
    x_18_3  assign_18  1  cap_3  16
    x_18_4  assign_18  1  cap_4  16
    x_18_5  assign_18  1  cap_5  16
    x_18_6  assign_18  1  cap_6  16
    x_18_7  assign_18  1  cap_7  16
    x_18_8  assign_18  1  cap_8  16
    x_18_9  assign_18  1  cap_9  16
    x_18_10  assign_18  1  cap_10  16
    x_18_11  assign_18  1  cap_11  16
    x_18_12  assign_18  1  cap_12  16
    x_18_13  assign_18  1  cap_13  16
    x_18_14  assign_18  1  cap_14  16
    x_18_15  assign_18  1  cap_15  16
    x_18_16  assign_18  1  cap_16  16
    x_18_17  assign_18  1  cap_17  16
    x_18_18  assign_18  1  cap_18  16
    x_18_19  assign_18  1  cap_19  16
    x_19_0  assign_19  1  cap_0  91
    x_19_1  assign_19  1  cap_1  91
    x_19_2  assign_19  1  cap_2  91
    x_19_3  assign_19  1  cap_3  91
    x_19_4  assign_19  1  cap_4  91
    x_19_5  assign_19  1  cap_5  91
    x_19_6  assign_19  1  cap_6  91
    x_19_7  assign_19  1  cap_7  91
    x_19_8  assign_19  1  cap_8  91
    x_19_9  assign_19  1  cap_9  91
    x_19_10  assign_19  1  cap_10  91
    x_19_11  assign_19  1  cap_11  91
    x_19_12  assign_19  1  cap_12  91
    x_19_13  assign_19  1  cap_13  91
    x_19_14  assign_19  1  cap_14  91
    x_19_15  assign_19  1  cap_15  91
    x_19_16  assign_19  1  cap_16  91
    x_19_17  assign_19  1  cap_17  91
    x_19_18  assign_19  1  cap_18  91
    x_19_19  assign_19  1  cap_19  91
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
ENDATA
