NAME gap_30x2x3_r0.8_1
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
 L  cap_0
 L  cap_1
 L  cap_2
 L  cap_3
 L  cap_4
 L  cap_5
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  obj  54  assign_0  1
    x_0_0  cap_0  55
    x_0_1  obj  54  assign_0  1
    x_0_1  cap_1  55
    x_0_2  obj  54  assign_0  1
    x_0_2  cap_2  55
    x_0_3  obj  3  assign_0  1
    x_0_3  cap_3  99
    x_0_4  obj  3  assign_0  1
    x_0_4  cap_4  99
    x_0_5  obj  3  assign_0  1
    x_0_5  cap_5  99
    x_1_0  obj  91  assign_1  1
    x_1_0  cap_0  22
    x_1_1  obj  91  assign_1  1
    x_1_1  cap_1  22
    x_1_2  obj  91  assign_1  1
    x_1_2  cap_2  22
    x_1_3  obj  66  assign_1  1
    x_1_3  cap_3  39
    x_1_4  obj  66  assign_1  1
    x_1_4  cap_4  39
    x_1_5  obj  66  assign_1  1
    x_1_5  cap_5  39
    x_2_0  obj  22  assign_2  1
    x_2_0  cap_0  84
    x_2_1  obj  22  assign_2  1
    x_2_1  cap_1  84
    x_2_2  obj  22  assign_2  1
    x_2_2  cap_2  84
    x_2_3  obj  23  assign_2  1
    x_2_3  cap_3  92
    x_2_4  obj  23  assign_2  1
    x_2_4  cap_4  92
    x_2_5  obj  23  assign_2  1
    x_2_5  cap_5  92
    x_3_0  obj  60  assign_3  1
    x_3_0  cap_0  50
    x_3_1  obj  60  assign_3  1
    x_3_1  cap_1  50
    x_3_2  obj  60  assign_3  1
    x_3_2  cap_2  50
    x_3_3  obj  32  assign_3  1
    x_3_3  cap_3  72
    x_3_4  obj  32  assign_3  1
    x_3_4  cap_4  72
    x_3_5  obj  32  assign_3  1
    x_3_5  cap_5  72
    x_4_0  obj  114  assign_4  1
    x_4_0  cap_0  5
    x_4_1  obj  114  assign_4  1
    x_4_1  cap_1  5
    x_4_2  obj  114  assign_4  1
    x_4_2  cap_2  5
    x_4_3  obj  97  assign_4  1
    x_4_3  cap_3  18
    x_4_4  obj  97  assign_4  1
    x_4_4  cap_4  18
    x_4_5  obj  97  assign_4  1
    x_4_5  cap_5  18
    x_5_0  obj  108  assign_5  1
    x_5_0  cap_0  3
    x_5_1  obj  108  assign_5  1
    x_5_1  cap_1  3
    x_5_2  obj  108  assign_5  1
    x_5_2  cap_2  3
    x_5_3  obj  18  assign_5  1
    x_5_3  cap_3  95
    x_5_4  obj  18  assign_5  1
    x_5_4  cap_4  95
    x_5_5  obj  18  assign_5  1
    x_5_5  cap_5  95
    x_6_0  obj  19  assign_6  1
    x_6_0  cap_0  84
    x_6_1  obj  19  assign_6  1
    x_6_1  cap_1  84
    x_6_2  obj  19  assign_6  1
    x_6_2  cap_2  84
    x_6_3  obj  8  assign_6  1
    x_6_3  cap_3  98
    x_6_4  obj  8  assign_6  1
    x_6_4  cap_4  98
    x_6_5  obj  8  assign_6  1
    x_6_5  cap_5  98
    x_7_0  obj  65  assign_7  1
    x_7_0  cap_0  45
    x_7_1  obj  65  assign_7  1
    x_7_1  cap_1  45
    x_7_2  obj  65  assign_7  1
    x_7_2  cap_2  45
    x_7_3  obj  60  assign_7  1
    x_7_3  cap_3  46
    x_7_4  obj  60  assign_7  1
    x_7_4  cap_4  46
    x_7_5  obj  60  assign_7  1
    x_7_5  cap_5  46
    x_8_0  obj  117  assign_8  1
    x_8_0  cap_0  4
    x_8_1  obj  117  assign_8  1
    x_8_1  cap_1  4
    x_8_2  obj  117  assign_8  1
    x_8_2  cap_2  4
    x_8_3  obj  48  assign_8  1
    x_8_3  cap_3  72
    x_8_4  obj  48  assign_8  1
    x_8_4  cap_4  72
    x_8_5  obj  48  assign_8  1
    x_8_5  cap_5  72
    x_9_0  obj  41  assign_9  1
    x_9_0  cap_0  79
    x_9_1  obj  41  assign_9  1
    x_9_1  cap_1  79
    x_9_2  obj  41  assign_9  1
    x_9_2  cap_2  79
    x_9_3  obj  77  assign_9  1
    x_9_3  cap_3  26
    x_9_4  obj  77  assign_9  1
    x_9_4  cap_4  26
    x_9_5  obj  77  assign_9  1
    x_9_5  cap_5  26
    x_10_0  obj  101  assign_10  1
    x_10_0  cap_0  7
    x_10_1  obj  101  assign_10  1
    x_10_1  cap_1  7
    x_10_2  obj  101  assign_10  1
    x_10_2  cap_2  7
    x_10_3  obj  90  assign_10  1
    x_10_3  cap_3  21
    x_10_4  obj  90  assign_10  1
    x_10_4  cap_4  21
    x_10_5  obj  90  assign_10  1
    x_10_5  cap_5  21
    x_11_0  obj  92  assign_11  1
    x_11_0  cap_0  17
    x_11_1  obj  92  assign_11  1
    x_11_1  cap_1  17
    x_11_2  obj  92  assign_11  1
    x_11_2  cap_2  17
    x_11_3  obj  7  assign_11  1
    x_11_3  cap_3  94
    x_11_4  obj  7  assign_11  1
    x_11_4  cap_4  94
    x_11_5  obj  7  assign_11  1
    x_11_5  cap_5  94
    x_12_0  obj  22  assign_12  1
    x_12_0  cap_0  80
    x_12_1  obj  22  assign_12  1
    x_12_1  cap_1  80
    x_12_2  obj  22  assign_12  1
    x_12_2  cap_2  80
    x_12_3  obj  78  assign_12  1
    x_12_3  cap_3  26
    x_12_4  obj  78  assign_12  1
    x_12_4  cap_4  26
    x_12_5  obj  78  assign_12  1
    x_12_5  cap_5  26
    x_13_0  obj  23  assign_13  1
    x_13_0  cap_0  89
    x_13_1  obj  23  assign_13  1
    x_13_1  cap_1  89
    x_13_2  obj  23  assign_13  1
    x_13_2  cap_2  89
    x_13_3  obj  24  assign_13  1
    x_13_3  cap_3  82
    x_13_4  obj  24  assign_13  1
    x_13_4  cap_4  82
    x_13_5  obj  24  assign_13  1
    x_13_5  cap_5  82
    x_14_0  obj  80  assign_14  1
    x_14_0  cap_0  22
    x_14_1  obj  80  assign_14  1
    x_14_1  cap_1  22
    x_14_2  obj  80  assign_14  1
    x_14_2  cap_2  22
    x_14_3  obj  90  assign_14  1
    x_14_3  cap_3  13
    x_14_4  obj  90  assign_14  1
    x_14_4  cap_4  13
    x_14_5  obj  90  assign_14  1
    x_14_5  cap_5  13
    x_15_0  obj  118  assign_15  1
    x_15_0  cap_0  3
    x_15_1  obj  118  assign_15  1
    x_15_1  cap_1  3
    x_15_2  obj  118  assign_15  1
    x_15_2  cap_2  3
    x_15_3  obj  93  assign_15  1
    x_15_3  cap_3  22
    x_15_4  obj  93  assign_15  1
    x_15_4  cap_4  22
    x_15_5  obj  93  assign_15  1
    x_15_5  cap_5  22
    x_16_0  obj  77  assign_16  1
    x_16_0  cap_0  26
    x_16_1  obj  77  assign_16  1
    x_16_1  cap_1  26
    x_16_2  obj  77  assign_16  1
    x_16_2  cap_2  26
    x_16_3  obj  104  assign_16  1
    x_16_3  cap_3  9
    x_16_4  obj  104  assign_16  1
    x_16_4  cap_4  9
    x_16_5  obj  104  assign_16  1
    x_16_5  cap_5  9
    x_17_0  obj  106  assign_17  1
    x_17_0  cap_0  10
    x_17_1  obj  106  assign_17  1
    x_17_1  cap_1  10
    x_17_2  obj  106  assign_17  1
    x_17_2  cap_2  10
    x_17_3  obj  62  assign_17  1
    x_17_3  cap_3  53
    x_17_4  obj  62  assign_17  1
    x_17_4  cap_4  53
    x_17_5  obj  62  assign_17  1
    x_17_5  cap_5  53
    x_18_0  obj  82  assign_18  1
    x_18_0  cap_0  23
    x_18_1  obj  82  assign_18  1
    x_18_1  cap_1  23
    x_18_2  obj  82  assign_18  1
    x_18_2  cap_2  23
    x_18_3  obj  79  assign_18  1
    x_18_3  cap_3  42
    x_18_4  obj  79  assign_18  1
    x_18_4  cap_4  42
    x_18_5  obj  79  assign_18  1
    x_18_5  cap_5  42
    x_19_0  obj  4  assign_19  1
    x_19_0  cap_0  99
    x_19_1  obj  4  assign_19  1
    x_19_1  cap_1  99
    x_19_2  obj  4  assign_19  1
    x_19_2  cap_2  99
    x_19_3  obj  98  assign_19  1
    x_19_3  cap_3  16
    x_19_4  obj  98  assign_19  1
    x_19_4  cap_4  16
    x_19_5  obj  98  assign_19  1
    x_19_5  cap_5  16
    x_20_0  obj  61  assign_20  1
    x_20_0  cap_0  56
    x_20_1  obj  61  assign_20  1
    x_20_1  cap_1  56
    x_20_2  obj  61  assign_20  1
    x_20_2  cap_2  56
    x_20_3  obj  25  assign_20  1
    x_20_3  cap_3  88
    x_20_4  obj  25  assign_20  1
    x_20_4  cap_4  88
    x_20_5  obj  25  assign_20  1
    x_20_5  cap_5  88
    x_21_0  obj  118  assign_21  1
    x_21_0  cap_0  1
    x_21_1  obj  118  assign_21  1
    x_21_1  cap_1  1
    x_21_2  obj  118  assign_21  1
    x_21_2  cap_2  1
    x_21_3  obj  50  assign_21  1
    x_21_3  cap_3  58
    x_21_4  obj  50  assign_21  1
    x_21_4  cap_4  58
    x_21_5  obj  50  assign_21  1
    x_21_5  cap_5  58
    x_22_0  obj  44  assign_22  1
    x_22_0  cap_0  67
    x_22_1  obj  44  assign_22  1
    x_22_1  cap_1  67
    x_22_2  obj  44  assign_22  1
    x_22_2  cap_2  67
    x_22_3  obj  43  assign_22  1
    x_22_3  cap_3  77
    x_22_4  obj  43  assign_22  1
    x_22_4  cap_4  77
    x_22_5  obj  43  assign_22  1
    x_22_5  cap_5  77
    x_23_0  obj  101  assign_23  1
    x_23_0  cap_0  7
    x_23_1  obj  101  assign_23  1
    x_23_1  cap_1  7
    x_23_2  obj  101  assign_23  1
    x_23_2  cap_2  7
    x_23_3  obj  41  assign_23  1
    x_23_3  cap_3  73
    x_23_4  obj  41  assign_23  1
    x_23_4  cap_4  73
    x_23_5  obj  41  assign_23  1
    x_23_5  cap_5  73
    x_24_0  obj  89  assign_24  1
    x_24_0  cap_0  17
    x_24_1  obj  89  assign_24  1
    x_24_1  cap_1  17
    x_24_2  obj  89  assign_24  1
    x_24_2  cap_2  17
    x_24_3  obj  81  assign_24  1
    x_24_3  cap_3  24
    x_24_4  obj  81  assign_24  1
    x_24_4  cap_4  24
    x_24_5  obj  81  assign_24  1
    x_24_5  cap_5  24
    x_25_0  obj  48  assign_25  1
    x_25_0  cap_0  65
    x_25_1  obj  48  assign_25  1
    x_25_1  cap_1  65
    x_25_2  obj  48  assign_25  1
    x_25_2  cap_2  65
    x_25_3  obj  59  assign_25  1
    x_25_3  cap_3  61
    x_25_4  obj  59  assign_25  1
    x_25_4  cap_4  61
    x_25_5  obj  59  assign_25  1
    x_25_5  cap_5  61
    x_26_0  obj  36  assign_26  1
    x_26_0  cap_0  72
    x_26_1  obj  36  assign_26  1
    x_26_1  cap_1  72
    x_26_2  obj  36  assign_26  1
    x_26_2  cap_2  72
    x_26_3  obj  60  assign_26  1
    x_26_3  cap_3  60
    x_26_4  obj  60  assign_26  1
    x_26_4  cap_4  60
    x_26_5  obj  60  assign_26  1
    x_26_5  cap_5  60
    x_27_0  obj  21  assign_27  1
    x_27_0  cap_0  100
    x_27_1  obj  21  assign_27  1
    x_27_1  cap_1  100
    x_27_2  obj  21  assign_27  1
    x_27_2  cap_2  100
    x_27_3  obj  27  assign_27  1
    x_27_3  cap_3  92
    x_27_4  obj  27  assign_27  1
    x_27_4  cap_4  92
    x_27_5  obj  27  assign_27  1
    x_27_5  cap_5  92
    x_28_0  obj  17  assign_28  1
    x_28_0  cap_0  99
    x_28_1  obj  17  assign_28  1
    x_28_1  cap_1  99
    x_28_2  obj  17  assign_28  1
    x_28_2  cap_2  99
    x_28_3  obj  80  assign_28  1
    x_28_3  cap_3  31
    x_28_4  obj  80  assign_28  1
    x_28_4  cap_4  31
    x_28_5  obj  80  assign_28  1
    x_28_5  cap_5  31
    x_29_0  obj  43  assign_29  1
    x_29_0  cap_0  71
    x_29_1  obj  43  assign_29  1
    x_29_1  cap_1  71
    x_29_2  obj  43  assign_29  1
    x_29_2  cap_2  71
    x_29_3  obj  77  assign_29  1
    x_29_3  cap_3  35
    x_29_4  obj  77  assign_29  1
    x_29_4  cap_4  35
    x_29_5  obj  77  assign_29  1
    x_29_5  cap_5  35
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
    RHS  cap_0  181
    RHS  cap_1  181
    RHS  cap_2  181
    RHS  cap_3  217
    RHS  cap_4  217
    RHS  cap_5  217
BOUNDS
 BV BND  x_0_0
 BV BND  x_0_1
 BV BND  x_0_2
 BV BND  x_0_3
 BV BND  x_0_4
 BV BND  x_0_5
 BV BND  x_1_0
 BV BND  x_1_1
 BV BND  x_1_2
 BV BND  x_1_3
 BV BND  x_1_4
 BV BND  x_1_5
 BV BND  x_2_0
 BV BND  x_2_1
 BV BND  x_2_2
 BV BND  x_2_3
 BV BND  x_2_4
 BV BND  x_2_5
 BV BND  x_3_0
 BV BND  x_3_1
 BV BND  x_3_2
 BV BND  x_3_3
 BV BND  x_3_4
 BV BND  x_3_5
 BV BND  x_4_0
 BV BND  x_4_1
 BV BND  x_4_2
 BV BND  x_4_3
 BV BND  x_4_4
 BV BND  x_4_5
 BV BND  x_5_0
 BV BND  x_5_1
 BV BND  x_5_2
 BV BND  x_5_3
 BV BND  x_5_4
 BV BND  x_5_5
 BV BND  x_6_0
 BV BND  x_6_1
 BV BND  x_6_2
 BV BND  x_6_3
 BV BND  x_6_4
 BV BND  x_6_5
 BV BND  x_7_0
 BV BND  x_7_1
 BV BND  x_7_2
 BV BND  x_7_3
 BV BND  x_7_4
 BV BND  x_7_5
 BV BND  x_8_0
 BV BND  x_8_1
 BV BND  x_8_2
 BV BND  x_8_3
 BV BND  x_8_4
 BV BND  x_8_5
 BV BND  x_9_0
 BV BND  x_9_1
 BV BND  x_9_2
 BV BND  x_9_3
 BV BND  x_9_4
 BV BND  x_9_5
 BV BND  x_10_0
 BV BND  x_10_1
 BV BND  x_10_2
 BV BND  x_10_3
 BV BND  x_10_4
 BV BND  x_10_5
 BV BND  x_11_0
 BV BND  x_11_1
 BV BND  x_11_2
 BV BND  x_11_3
 BV BND  x_11_4
 BV BND  x_11_5
 BV BND  x_12_0
 BV BND  x_12_1
 BV BND  x_12_2
 BV BND  x_12_3
 BV BND  x_12_4
 BV BND  x_12_5
 BV BND  x_13_0
 BV BND  x_13_1
 BV BND  x_13_2
 BV BND  x_13_3
 BV BND  x_13_4
 BV BND  x_13_5
 BV BND  x_14_0
 BV BND  x_14_1
 BV BND  x_14_2
 BV BND  x_14_3
 BV BND  x_14_4
 BV BND  x_14_5
 BV BND  x_15_0
 BV BND  x_15_1
 BV BND  x_15_2
 BV BND  x_15_3
 BV BND  x_15_4
 BV BND  x_15_5
 BV BND  x_16_0
 BV BND  x_16_1
 BV BND  x_16_2
 BV BND  x_16_3
 BV BND  x_16_4
 BV BND  x_16_5
 BV BND  x_17_0
 BV BND  x_17_1
 BV BND  x_17_2
 BV BND  x_17_3
 BV BND  x_17_4
 BV BND  x_17_5
 BV BND  x_18_0
 BV BND  x_18_1
 BV BND  x_18_2
 BV BND  x_18_3
 BV BND  x_18_4
 BV BND  x_18_5
 BV BND  x_19_0
 BV BND  x_19_1
 BV BND  x_19_2
 BV BND  x_19_3
 BV BND  x_19_4
 BV BND  x_19_5
 BV BND  x_20_0
 BV BND  x_20_1
 BV BND  x_20_2
 BV BND  x_20_3
 BV BND  x_20_4
 BV BND  x_20_5
 BV BND  x_21_0
 BV BND  x_21_1
 BV BND  x_21_2
 BV BND  x_21_3
 BV BND  x_21_4
 BV BND  x_21_5
 BV BND  x_22_0
 BV BND  x_22_1
 BV BND  x_22_2
 BV BND  x_22_3
 BV BND  x_22_4
 BV BND  x_22_5
 BV BND  x_23_0
 BV BND  x_23_1
 BV BND  x_23_2
 BV BND  x_23_3
 BV BND  x_23_4
 BV BND  x_23_5
 BV BND  x_24_0
 BV BND  x_24_1
 BV BND  x_24_2
 BV BND  x_24_3
 BV BND  x_24_4
 BV BND  x_24_5
 BV BND  x_25_0
 BV BND  x_25_1
 BV BND  x_25_2
 BV BND  x_25_3
 BV BND  x_25_4
 BV BND  x_25_5
 BV BND  x_26_0
 BV BND  x_26_1
 BV BND  x_26_2
 BV BND  x_26_3
 BV BND  x_26_4
 BV BND  x_26_5
 BV BND  x_27_0
 BV BND  x_27_1
 BV BND  x_27_2
 BV BND  x_27_3
 BV BND  x_27_4
 BV BND  x_27_5
 BV BND  x_28_0
 BV BND  x_28_1
 BV BND  x_28_2
 BV BND  x_28_3
 BV BND  x_28_4
 BV BND  x_28_5
 BV BND  x_29_0
 BV BND  x_29_1
 BV BND  x_29_2
 BV BND  x_29_3
 BV BND  x_29_4
 BV BND  x_29_5
ENDATA
