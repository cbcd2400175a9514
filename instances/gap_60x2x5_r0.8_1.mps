NAME gap_60x2x5_r0.8_1
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
 E  assign_40
 E  assign_41
 E  assign_42
 E  assign_43
 E  assign_44
 E  assign_45
 E  assign_46
 E  assign_47
 E  assign_48
 E  assign_49
 E  assign_50
 E  assign_51
 E  assign_52
 E  assign_53
 E  assign_54
 E  assign_55
 E  assign_56
 E  assign_57
 E  assign_58
 E  assign_59
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
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  obj  54  assign_0  1
    x_0_0  cap_0  55
    x_0_1  obj  54  assign_0  1
    x_0_1  cap_1  55
    x_0_2  obj  54  assign_0  1
    x_0_2  cap_2  55
    x_0_3  obj  54  assign_0  1
    x_0_3  cap_3  55
    x_0_4  obj  54  assign_0  1
    x_0_4  cap_4  55
    x_0_5  obj  3  assign_0  1
    x_0_5  cap_5  99
    x_0_6  obj  3  assign_0  1
    x_0_6  cap_6  99
    x_0_7  obj  3  assign_0  1
    x_0_7  cap_7  99
    x_0_8  obj  3  assign_0  1
    x_0_8  cap_8  99
    x_0_9  obj  3  assign_0  1
    x_0_9  cap_9  99
    x_1_0  obj  91  assign_1  1
    x_1_0  cap_0  22
    x_1_1  obj  91  assign_1  1
    x_1_1  cap_1  22
    x_1_2  obj  91  assign_1  1
    x_1_2  cap_2  22
    x_1_3  obj  91  assign_1  1
    x_1_3  cap_3  22
    x_1_4  obj  91  assign_1  1
    x_1_4  cap_4  22
    x_1_5  obj  66  assign_1  1
    x_1_5  cap_5  39
    x_1_6  obj  66  assign_1  1
    x_1_6  cap_6  39
    x_1_7  obj  66  assign_1  1
    x_1_7  cap_7  39
    x_1_8  obj  66  assign_1  1
    x_1_8  cap_8  39
    x_1_9  obj  66  assign_1  1
    x_1_9  cap_9  39
    x_2_0  obj  22  assign_2  1
    x_2_0  cap_0  84
    x_2_1  obj  22  assign_2  1
    x_2_1  cap_1  84
    x_2_2  obj  22  assign_2  1
    x_2_2  cap_2  84
    x_2_3  obj  22  assign_2  1
    x_2_3  cap_3  84
    x_2_4  obj  22  assign_2  1
    x_2_4  cap_4  84
    x_2_5  obj  23  assign_2  1
    x_2_5  cap_5  92
    x_2_6  obj  23  assign_2  1
    x_2_6  cap_6  92
    x_2_7  obj  23  assign_2  1
    x_2_7  cap_7  92
    x_2_8  obj  23  assign_2  1
    x_2_8  cap_8  92
    x_2_9  obj  23  assign_2  1
    x_2_9  cap_9  92
    x_3_0  obj  60  assign_3  1
    x_3_0  cap_0  50
    x_3_1  obj  60  assign_3  1
    x_3_1  cap_1  50
    x_3_2  obj  60  assign_3  1
    x_3_2  cap_2  50
    x_3_3  obj  60  assign_3  1
    x_3_3  cap_3  50
    x_3_4  obj  60  assign_3  1
    x_3_4  cap_4  50
    x_3_5  obj  32  assign_3  1
    x_3_5  cap_5  72
    x_3_6  obj  32  assign_3  1
    x_3_6  cap_6  72
    x_3_7  obj  32  assign_3  1
    x_3_7  cap_7  72
    x_3_8  obj  32  assign_3  1
    x_3_8  cap_8  72
    x_3_9  obj  32  assign_3  1
    x_3_9  cap_9  72
    x_4_0  obj  114  assign_4  1
    x_4_0  cap_0  5
    x_4_1  obj  114  assign_4  1
    x_4_1  cap_1  5
    x_4_2  obj  114  assign_4  1
    x_4_2  cap_2  5
    x_4_3  obj  114  assign_4  1
    x_4_3  cap_3  5
    x_4_4  obj  114  assign_4  1
    x_4_4  cap_4  5
    x_4_5  obj  97  assign_4  1
    x_4_5  cap_5  18
    x_4_6  obj  97  assign_4  1
    x_4_6  cap_6  18
    x_4_7  obj  97  assign_4  1
    x_4_7  cap_7  18
    x_4_8  obj  97  assign_4  1
    x_4_8  cap_8  18
    x_4_9  obj  97  assign_4  1
    x_4_9  cap_9  18
    x_5_0  obj  108  assign_5  1
    x_5_0  cap_0  3
    x_5_1  obj  108  assign_5  1
    x_5_1  cap_1  3
    x_5_2  obj  108  assign_5  1
    x_5_2  cap_2  3
    x_5_3  obj  108  assign_5  1
    x_5_3  cap_3  3
    x_5_4  obj  108  assign_5  1
    x_5_4  cap_4  3
    x_5_5  obj  18  assign_5  1
    x_5_5  cap_5  95
    x_5_6  obj  18  assign_5  1
    x_5_6  cap_6  95
    x_5_7  obj  18  assign_5  1
    x_5_7  cap_7  95
    x_5_8  obj  18  assign_5  1
    x_5_8  cap_8  95
    x_5_9  obj  18  assign_5  1
    x_5_9  cap_9  95
    x_6_0  obj  19  assign_6  1
    x_6_0  cap_0  84
    x_6_1  obj  19  assign_6  1
    x_6_1  cap_1  84
    x_6_2  obj  19  assign_6  1
    x_6_2  cap_2  84
    x_6_3  obj  19  assign_6  1
    x_6_3  cap_3  84
    x_6_4  obj  19  assign_6  1
    x_6_4  cap_4  84
    x_6_5  obj  8  assign_6  1
    x_6_5  cap_5  98
    x_6_6  obj  8  assign_6  1
    x_6_6  cap_6  98
    x_6_7  obj  8  assign_6  1
    x_6_7  cap_7  98
    x_6_8  obj  8  assign_6  1
    x_6_8  cap_8  98
    x_6_9  obj  8  assign_6  1
    x_6_9  cap_9  98
    x_7_0  obj  65  assign_7  1
    x_7_0  cap_0  45
    x_7_1  obj  65  assign_7  1
    x_7_1  cap_1  45
    x_7_2  obj  65  assign_7  1
    x_7_2  cap_2  45
    x_7_3  obj  65  assign_7  1
    x_7_3  cap_3  45
    x_7_4  obj  65  assign_7  1
    x_7_4  cap_4  45
    x_7_5  obj  60  assign_7  1
    x_7_5  cap_5  46
    x_7_6  obj  60  assign_7  1
    x_7_6  cap_6  46
    x_7_7  obj  60  assign_7  1
    x_7_7  cap_7  46
    x_7_8  obj  60  assign_7  1
    x_7_8  cap_8  46
    x_7_9  obj  60  assign_7  1
    x_7_9  cap_9  46
    x_8_0  obj  117  assign_8  1
    x_8_0  cap_0  4
    x_8_1  obj  117  assign_8  1
    x_8_1  cap_1  4
    x_8_2  obj  117  assign_8  1
    x_8_2  cap_2  4
    x_8_3  obj  117  assign_8  1
    x_8_3  cap_3  4
    x_8_4  obj  117  assign_8  1
    x_8_4  cap_4  4
    x_8_5  obj  48  assign_8  1
    x_8_5  cap_5  72
    x_8_6  obj  48  assign_8  1
    x_8_6  cap_6  72
    x_8_7  obj  48  assign_8  1
    x_8_7  cap_7  72
    x_8_8  obj  48  assign_8  1
    x_8_8  cap_8  72
    x_8_9  obj  48  assign_8  1
    x_8_9  cap_9  72
    x_9_0  obj  41  assign_9  1
    x_9_0  cap_0  79
    x_9_1  obj  41  assign_9  1
    x_9_1  cap_1  79
    x_9_2  obj  41  assign_9  1
    x_9_2  cap_2  79
    x_9_3  obj  41  assign_9  1
    x_9_3  cap_3  79
    x_9_4  obj  41  assign_9  1
    x_9_4  cap_4  79
    x_9_5  obj  77  assign_9  1
    x_9_5  cap_5  26
    x_9_6  obj  77  assign_9  1
    x_9_6  cap_6  26
    x_9_7  obj  77  assign_9  1
    x_9_7  cap_7  26
    x_9_8  obj  77  assign_9  1
    x_9_8  cap_8  26
    x_9_9  obj  77  assign_9  1
    x_9_9  cap_9  26
    x_10_0  obj  101  assign_10  1
    x_10_0  cap_0  7
    x_10_1  obj  101  assign_10  1
    x_10_1  cap_1  7
    x_10_2  obj  101  assign_10  1
    x_10_2  cap_2  7
    x_10_3  obj  101  assign_10  1
    x_10_3  cap_3  7
    x_10_4  obj  101  assign_10  1
    x_10_4  cap_4  7
    x_10_5  obj  90  assign_10  1
    x_10_5  cap_5  21
    x_10_6  obj  90  assign_10  1
    x_10_6  cap_6  21
    x_10_7  obj  90  assign_10  1
    x_10_7  cap_7  21
    x_10_8  obj  90  assign_10  1
    x_10_8  cap_8  21
    x_10_9  obj  90  assign_10  1
    x_10_9  cap_9  21
    x_11_0  obj  92  assign_11  1
    x_11_0  cap_0  17
    x_11_1  obj  92  assign_11  1
    x_11_1  cap_1  17
    x_11_2  obj  92  assign_11  1
    x_11_2  cap_2  17
    x_11_3  obj  92  assign_11  1
    x_11_3  cap_3  17
    x_11_4  obj  92  assign_11  1
    x_11_4  cap_4  17
    x_11_5  obj  7  assign_11  1
    x_11_5  cap_5  94
    x_11_6  obj  7  assign_11  1
    x_11_6  cap_6  94
    x_11_7  obj  7  assign_11  1
    x_11_7  cap_7  94
    x_11_8  obj  7  assign_11  1
    x_11_8  cap_8  94
    x_11_9  obj  7  assign_11  1
    x_11_9  cap_9  94
    x_12_0  obj  22  assign_12  1
    x_12_0  cap_0  80
    x_12_1  obj  22  assign_12  1
    x_12_1  cap_1  80
    x_12_2  obj  22  assign_12  1
    x_12_2  cap_2  80
    x_12_3  obj  22  assign_12  1
    x_12_3  cap_3  80
    x_12_4  obj  22  assign_12  1
    x_12_4  cap_4  80
    x_12_5  obj  78  assign_12  1
    x_12_5  cap_5  26
    x_12_6  obj  78  assign_12  1
    x_12_6  cap_6  26
    x_12_7  obj  78  assign_12  1
    x_12_7  cap_7  26
    x_12_8  obj  78  assign_12  1
    x_12_8  cap_8  26
    x_12_9  obj  78  assign_12  1
    x_12_9  cap_9  26
    x_13_0  obj  23  assign_13  1
    x_13_0  cap_0  89
    x_13_1  obj  23  assign_13  1
    x_13_1  cap_1  89
    x_13_2  obj  23  assign_13  1
    x_13_2  cap_2  89
    x_13_3  obj  23  assign_13  1
    x_13_3  cap_3  89
    x_13_4  obj  23  assign_13  1
    x_13_4  cap_4  89
    x_13_5  obj  24  assign_13  1
    x_13_5  cap_5  82
    x_13_6  obj  24  assign_13  1
    x_13_6  cap_6  82
    x_13_7  obj  24  assign_13  1
    x_13_7  cap_7  82
    x_13_8  obj  24  assign_13  1
    x_13_8  cap_8  82
    x_13_9  obj  24  assign_13  1
    x_13_9  cap_9  82
    x_14_0  obj  80  assign_14  1
    x_14_0  cap_0  22
    x_14_1  obj  80  assign_14  1
    x_14_1  cap_1  22
    x_14_2  obj  80  assign_14  1
    x_14_2  cap_2  22
    x_14_3  obj  80  assign_14  1
    x_14_3  cap_3  22
    x_14_4  obj  80  assign_14  1
    x_14_4  cap_4  22
    x_14_5  obj  90  assign_14  1
    x_14_5  cap_5  13
    x_14_6  obj  90  assign_14  1
    x_14_6  cap_6  13
    x_14_7  obj  90  assign_14  1
    x_14_7  cap_7  13
    x_14_8  obj  90  assign_14  1
    x_14_8  cap_8  13
    x_14_9  obj  90  assign_14  1
    x_14_9  cap_9  13
    x_15_0  obj  118  assign_15  1
    x_15_0  cap_0  3
    x_15_1  obj  118  assign_15  1
    x_15_1  cap_1  3
    x_15_2  obj  118  assign_15  1
    x_15_2  cap_2  3
    x_15_3  obj  118  assign_15  1
    x_15_3  cap_3  3
    x_15_4  obj  118  assign_15  1
    x_15_4  cap_4  3
    x_15_5  obj  93  assign_15  1
    x_15_5  cap_5  22
    x_15_6  obj  93  assign_15  1
    x_15_6  cap_6  22
    x_15_7  obj  93  assign_15  1
    x_15_7  cap_7  22
    x_15_8  obj  93  assign_15  1
    x_15_8  cap_8  22
    x_15_9  obj  93  assign_15  1
    x_15_9  cap_9  22
    x_16_0  obj  77  assign_16  1
    x_16_0  cap_0  26
    x_16_1  obj  77  assign_16  1
    x_16_1  cap_1  26
    x_16_2  obj  77  assign_16  1
    x_16_2  cap_2  26
    x_16_3  obj  77  assign_16  1
    x_16_3  cap_3  26
    x_16_4  obj  77  assign_16  1
    x_16_4  cap_4  26
    x_16_5  obj  104  assign_16  1
    x_16_5  cap_5  9
    x_16_6  obj  104  assign_16  1
    x_16_6  cap_6  9
    x_16_7  obj  104  assign_16  1
    x_16_7  cap_7  9
    x_16_8  obj  104  assign_16  1
    x_16_8  cap_8  9
    x_16_9  obj  104  assign_16  1
    x_16_9  cap_9  9
    x_17_0  obj  106  assign_17  1
    x_17_0  cap_0  10
    x_17_1  obj  106  assign_17  1
    x_17_1  cap_1  10
    x_17_2  obj  106  assign_17  1
    x_17_2  cap_2  10
    x_17_3  obj  106  assign_17  1
    x_17_3  cap_3  10
    x_17_4  obj  106  assign_17  1
    x_17_4  cap_4  10
    x_17_5  obj  62  assign_17  1
    x_17_5  cap_5  53
    x_17_6  obj  62  assign_17  1
    x_17_6  cap_6  53
    x_17_7  obj  62  assign_17  1
    x_17_7  cap_7  53
    x_17_8  obj  62  assign_17  1
    x_17_8  cap_8  53
    x_17_9  obj  62  assign_17  1
    x_17_9  cap_9  53
    x_18_0  obj  82  assign_18  1
    x_18_0  cap_0  23
    x_18_1  obj  82  assign_18  1
    x_18_1  cap_1  23
    x_18_2  obj  82  assign_18  1
    x_18_2  cap_2  23
    x_18_3  obj  82  assign_18  1
    x_18_3  cap_3  23
    x_18_4  obj  82  assign_18  1
    x_18_4  cap_4  23
    x_18_5  obj  79  assign_18  1
    x_18_5  cap_5  42
    x_18_6  obj  79  assign_18  1
    x_18_6  cap_6  42
    x_18_7  obj  79  assign_18  1
    x_18_7  cap_7  42
    x_18_8  obj  79  assign_18  1
    x_18_8  cap_8  42
    x_18_9  obj  79  assign_18  1
    x_18_9  cap_9  42
    x_19_0  obj  4  assign_19  1
    x_19_0  cap_0  99
    x_19_1  obj  4  assign_19  1
    x_19_1  cap_1  99
    x_19_2  obj  4  assign_19  1
    x_19_2  cap_2  99
    x_19_3  obj  4  assign_19  1
    x_19_3  cap_3  99
    x_19_4  obj  4  assign_19  1
    x_19_4  cap_4  99
    x_19_5  obj  98  assign_19  1
    x_19_5  cap_5  16
    x_19_6  obj  98  assign_19  1
    x_19_6  cap_6  16
    x_19_7  obj  98  assign_19  1
    x_19_7  cap_7  16
    x_19_8  obj  98  assign_19  1
    x_19_8  cap_8  16
    x_19_9  obj  98  assign_19  1
    x_19_9  cap_9  16
    x_20_0  obj  61  assign_20  1
    x_20_0  cap_0  56
    x_20_1  obj  61  assign_20  1
    x_20_1  cap_1  56
    x_20_2  obj  61  assign_20  1
    x_20_2  cap_2  56
    x_20_3  obj  61  assign_20  1
    x_20_3  cap_3  56
    x_20_4  obj  61  assign_20  1
    x_20_4  cap_4  56
    x_20_5  obj  25  assign_20  1
    x_20_5  cap_5  88
    x_20_6  obj  25  assign_20  1
    x_20_6  cap_6  88
    x_20_7  obj  25  assign_20  1
    x_20_7  cap_7  88
    x_20_8  obj  25  assign_20  1
    x_20_8  cap_8  88
    x_20_9  obj  25  assign_20  1
    x_20_9  cap_9  88
    x_21_0  obj  118  assign_21  1
    x_21_0  cap_0  1
    x_21_1  obj  118  assign_21  1
    x_21_1  cap_1  1
    x_21_2  obj  118  assign_21  1
    x_21_2  cap_2  1
    x_21_3  obj  118  assign_21  1
    x_21_3  cap_3  1
    x_21_4  obj  118  assign_21  1
    x_21_4  cap_4  1
    x_21_5  obj  50  assign_21  1
    x_21_5  cap_5  58
    x_21_6  obj  50  assign_21  1
    x_21_6  cap_6  58
    x_21_7  obj  50  assign_21  1
    x_21_7  cap_7  58
    x_21_8  obj  50  assign_21  1
    x_21_8  cap_8  58
    x_21_9  obj  50  assign_21  1
    x_21_9  cap_9  58
    x_22_0  obj  44  assign_22  1
    x_22_0  cap_0  67
    x_22_1  obj  44  assign_22  1
    x_22_1  cap_1  67
    x_22_2  obj  44  assign_22  1
    x_22_2  cap_2  67
    x_22_3  obj  44  assign_22  1
    x_22_3  cap_3  67
    x_22_4  obj  44  assign_22  1
    x_22_4  cap_4  67
    x_22_5  obj  43  assign_22  1
    x_22_5  cap_5  77
    x_22_6  obj  43  assign_22  1
    x_22_6  cap_6  77
    x_22_7  obj  43  assign_22  1
    x_22_7  cap_7  77
    x_22_8  obj  43  assign_22  1
    x_22_8  cap_8  77
    x_22_9  obj  43  assign_22  1
    x_22_9  cap_9  77
    x_23_0  obj  101  assign_23  1
    x_23_0  cap_0  7
    x_23_1  obj  101  assign_23  1
    x_23_1  cap_1  7
    x_23_2  obj  101  assign_23  1
    x_23_2  cap_2  7
    x_23_3  obj  101  assign_23  1
    x_23_3  cap_3  7
    x_23_4  obj  101  assign_23  1
    x_23_4  cap_4  7
    x_23_5  obj  41  assign_23  1
    x_23_5  cap_5  73
    x_23_6  obj  41  assign_23  1
    x_23_6  cap_6  73
    x_23_7  obj  41  assign_23  1
    x_23_7  cap_7  73
    x_23_8  obj  41  assign_23  1
    x_23_8  cap_8  73
    x_23_9  obj  41  assign_23  1
    x_23_9  cap_9  73
    x_24_0  obj  89  assign_24  1
    x_24_0  cap_0  17
    x_24_1  obj  89  assign_24  1
    x_24_1  cap_1  17
    x_24_2  obj  89  assign_24  1
    x_24_2  cap_2  17
    x_24_3  obj  89  assign_24  1
    x_24_3  cap_3  17
    x_24_4  obj  89  assign_24  1
    x_24_4  cap_4  17
    x_24_5  obj  81  assign_24  1
    x_24_5  cap_5  24
    x_24_6  obj  81  assign_24  1
    x_24_6  cap_6  24
    x_24_7  obj  81  assign_24  1
    x_24_7  cap_7  24
    x_24_8  obj  81  assign_24  1
    x_24_8  cap_8  24
    x_24_9  obj  81  assign_24  1
    x_24_9  cap_9  24
    x_25_0  obj  48  assign_25  1
    x_25_0  cap_0  65
    x_25_1  obj  48  assign_25  1
    x_25_1  cap_1  65
    x_25_2  obj  48  assign_25  1
    x_25_2  cap_2  65
    x_25_3  obj  48  assign_25  1
    x_25_3  cap_3  65
    x_25_4  obj  48  assign_25  1
    x_25_4  cap_4  65
    x_25_5  obj  59  assign_25  1
    x_25_5  cap_5  61
    x_25_6  obj  59  assign_25  1
    x_25_6  cap_6  61
    x_25_7  obj  59  assign_25  1
    x_25_7  cap_7  61
    x_25_8  obj  59  assign_25  1
    x_25_8  cap_8  61
    x_25_9  obj  59  assign_25  1
    x_25_9  cap_9  61
    x_26_0  obj  36  assign_26  1
    x_26_0  cap_0  72
    x_26_1  obj  36  assign_26  1
    x_26_1  cap_1  72
    x_26_2  obj  36  assign_26  1
    x_26_2  cap_2  72
    x_26_3  obj  36  assign_26  1
    x_26_3  cap_3  72
    x_26_4  obj  36  assign_26  1
    x_26_4  cap_4  72
    x_26_5  obj  60  assign_26  1
    x_26_5  cap_5  60
    x_26_6  obj  60  assign_26  1
    x_26_6  cap_6  60
    x_26_7  obj  60  assign_26  1
    x_26_7  cap_7  60
    x_26_8  obj  60  assign_26  1
    x_26_8  cap_8  60
    x_26_9  obj  60  assign_26  1
    x_26_9  cap_9  60
    x_27_0  obj  21  assign_27  1
    x_27_0  cap_0  100
    x_27_1  obj  21  assign_27  1
    x_27_1  cap_1  100
    x_27_2  obj  21  assign_27  1
    x_27_2  cap_2  100
    x_27_3  obj  21  assign_27  1
    x_27_3  cap_3  100
    x_27_4  obj  21  assign_27  1
    x_27_4  cap_4  100
    x_27_5  obj  27  assign_27  1
    x_27_5  cap_5  92
    x_27_6  obj  27  assign_27  1
    x_27_6  cap_6  92
    x_27_7  obj  27  assign_27  1
    x_27_7  cap_7  92
    x_27_8  obj  27  assign_27  1
    x_27_8  cap_8  92
    x_27_9  obj  27  assign_27  1
    x_27_9  cap_9  92
    x_28_0  obj  17  assign_28  1
    x_28_0  cap_0  99
    x_28_1  obj  17  assign_28  1
    x_28_1  cap_1  99
    x_28_2  obj  17  assign_28  1
    x_28_2  cap_2  99
    x_28_3  obj  17  assign_28  1
    x_28_3  cap_3  99
    x_28_4  obj  17  assign_28  1
    x_28_4  cap_4  99
    x_28_5  obj  80  assign_28  1
    x_28_5  cap_5  31
    x_28_6  obj  80  assign_28  1
    x_28_6  cap_6  31
    x_28_7  obj  80  assign_28  1
    x_28_7  cap_7  31
    x_28_8  obj  80  assign_28  1
    x_28_8  cap_8  31
    x_28_9  obj  80  assign_28  1
    x_28_9  cap_9  31
    x_29_0  obj  43  assign_29  1
    x_29_0  cap_0  71
    x_29_1  obj  43  assign_29  1
    x_29_1  cap_1  71
    x_29_2  obj  43  assign_29  1
    x_29_2  cap_2  71
    x_29_3  obj  43  assign_29  1
    x_29_3  cap_3  71
    x_29_4  obj  43  assign_29  1
    x_29_4  cap_4  71
    x_29_5  obj  77  assign_29  1
    x_29_5  cap_5  35
    x_29_6  obj  77  assign_29  1
    x_29_6  cap_6  35
    x_29_7  obj  77  assign_29  1
    x_29_7  cap_7  35
    x_29_8  obj  77  assign_29  1
    x_29_8  cap_8  35
    x_29_9  obj  77  assign_29  1
    x_29_9  cap_9  35
    x_30_0  obj  30  assign_30  1
    x_30_0  cap_0  83
    x_30_1  obj  30  assign_30  1
    x_30_1  cap_1  83
    x_30_2  obj  30  assign_30  1
    x_30_2  cap_2  83
    x_30_3  obj  30  assign_30  1
    x_30_3  cap_3  83
    x_30_4  obj  30  assign_30  1
    x_30_4  cap_4  83
    x_30_5  obj  10  assign_30  1
    x_30_5  cap_5  100
    x_30_6  obj  10  assign_30  1
    x_30_6  cap_6  100
    x_30_7  obj  10  assign_30  1
    x_30_7  cap_7  100
    x_30_8  obj  10  assign_30  1
    x_30_8  cap_8  100
    x_30_9  obj  10  assign_30  1
    x_30_9  cap_9  100
    x_31_0  obj  110  assign_31  1
    x_31_0  cap_0  4
    x_31_1  obj  110  assign_31  1
    x_31_1  cap_1  4
    x_31_2  obj  110  assign_31  1
    x_31_2  cap_2  4
    x_31_3  obj  110  assign_31  1
    x_31_3  cap_3  4
    x_31_4  obj  110  assign_31  1
    x_31_4  cap_4  4
    x_31_5  obj  42  assign_31  1
    x_31_5  cap_5  71
    x_31_6  obj  42  assign_31  1
    x_31_6  cap_6  71
    x_31_7  obj  42  assign_31  1
    x_31_7  cap_7  71
    x_31_8  obj  42  assign_31  1
    x_31_8  cap_8  71
    x_31_9  obj  42  assign_31  1
    x_31_9  cap_9  71
    x_32_0  obj  21  assign_32  1
    x_32_0  cap_0  81
    x_32_1  obj  21  assign_32  1
    x_32_1  cap_1  81
    x_32_2  obj  21  assign_32  1
    x_32_2  cap_2  81
    x_32_3  obj  21  assign_32  1
    x_32_3  cap_3  81
    x_32_4  obj  21  assign_32  1
    x_32_4  cap_4  81
    x_32_5  obj  58  assign_32  1
    x_32_5  cap_5  48
    x_32_6  obj  58  assign_32  1
    x_32_6  cap_6  48
    x_32_7  obj  58  assign_32  1
    x_32_7  cap_7  48
    x_32_8  obj  58  assign_32  1
    x_32_8  cap_8  48
    x_32_9  obj  58  assign_32  1
    x_32_9  cap_9  48
    x_33_0  obj  35  assign_33  1
    x_33_0  cap_0  74
    x_33_1  obj  35  assign_33  1
    x_33_1  cap_1  74
    x_33_2  obj  35  assign_33  1
    x_33_2  cap_2  74
    x_33_3  obj  35  assign_33  1
    x_33_3  cap_3  74
    x_33_4  obj  35  assign_33  1
    x_33_4  cap_4  74
    x_33_5  obj  24  assign_33  1
    x_33_5  cap_5  84
    x_33_6  obj  24  assign_33  1
    x_33_6  cap_6  84
    x_33_7  obj  24  assign_33  1
    x_33_7  cap_7  84
    x_33_8  obj  24  assign_33  1
    x_33_8  cap_8  84
    x_33_9  obj  24  assign_33  1
    x_33_9  cap_9  84
    x_34_0  obj  37  assign_34  1
    x_34_0  cap_0  71
    x_34_1  obj  37  assign_34  1
    x_34_1  cap_1  71
    x_34_2  obj  37  assign_34  1
    x_34_2  cap_2  71
    x_34_3  obj  37  assign_34  1
    x_34_3  cap_3  71
    x_34_4  obj  37  assign_34  1
    x_34_4  cap_4  71
    x_34_5  obj  80  assign_34  1
    x_34_5  cap_5  26
    x_34_6  obj  80  assign_34  1
    x_34_6  cap_6  26
    x_34_7  obj  80  assign_34  1
    x_34_7  cap_7  26
    x_34_8  obj  80  assign_34  1
    x_34_8  cap_8  26
    x_34_9  obj  80  assign_34  1
    x_34_9  cap_9  26
    x_35_0  obj  57  assign_35  1
    x_35_0  cap_0  56
    x_35_1  obj  57  assign_35  1
    x_35_1  cap_1  56
    x_35_2  obj  57  assign_35  1
    x_35_2  cap_2  56
    x_35_3  obj  57  assign_35  1
    x_35_3  cap_3  56
    x_35_4  obj  57  assign_35  1
    x_35_4  cap_4  56
    x_35_5  obj  99  assign_35  1
    x_35_5  cap_5  7
    x_35_6  obj  99  assign_35  1
    x_35_6  cap_6  7
    x_35_7  obj  99  assign_35  1
    x_35_7  cap_7  7
    x_35_8  obj  99  assign_35  1
    x_35_8  cap_8  7
    x_35_9  obj  99  assign_35  1
    x_35_9  cap_9  7
    x_36_0  obj  117  assign_36  1
    x_36_0  cap_0  2
    x_36_1  obj  117  assign_36  1
    x_36_1  cap_1  2
    x_36_2  obj  117  assign_36  1
    x_36_2  cap_2  2
    x_36_3  obj  117  assign_36  1
    x_36_3  cap_3  2
    x_36_4  obj  117  assign_36  1
    x_36_4  cap_4  2
    x_36_5  obj  94  assign_36  1
    x_36_5  cap_5  20
    x_36_6  obj  94  assign_36  1
    x_36_6  cap_6  20
    x_36_7  obj  94  assign_36  1
    x_36_7  cap_7  20
    x_36_8  obj  94  assign_36  1
    x_36_8  cap_8  20
    x_36_9  obj  94  assign_36  1
    x_36_9  cap_9  20
    x_37_0  obj  20  assign_37  1
    x_37_0  cap_0  85
    x_37_1  obj  20  assign_37  1
    x_37_1  cap_1  85
    x_37_2  obj  20  assign_37  1
    x_37_2  cap_2  85
    x_37_3  obj  20  assign_37  1
    x_37_3  cap_3  85
    x_37_4  obj  20  assign_37  1
    x_37_4  cap_4  85
    x_37_5  obj  75  assign_37  1
    x_37_5  cap_5  39
    x_37_6  obj  75  assign_37  1
    x_37_6  cap_6  39
    x_37_7  obj  75  assign_37  1
    x_37_7  cap_7  39
    x_37_8  obj  75  assign_37  1
    x_37_8  cap_8  39
    x_37_9  obj  75  assign_37  1
    x_37_9  cap_9  39
    x_38_0  obj  39  assign_38  1
    x_38_0  cap_0  69
    x_38_1  obj  39  assign_38  1
    x_38_1  cap_1  69
    x_38_2  obj  39  assign_38  1
    x_38_2  cap_2  69
    x_38_3  obj  39  assign_38  1
    x_38_3  cap_3  69
    x_38_4  obj  39  assign_38  1
    x_38_4  cap_4  69
    x_38_5  obj  12  assign_38  1
    x_38_5  cap_5  94
    x_38_6  obj  12  assign_38  1
    x_38_6  cap_6  94
    x_38_7  obj  12  assign_38  1
    x_38_7  cap_7  94
    x_38_8  obj  12  assign_38  1
    x_38_8  cap_8  94
    x_38_9  obj  12  assign_38  1
    x_38_9  cap_9  94
    x_39_0  obj  108  assign_39  1
    x_39_0  cap_0  13
    x_39_1  obj  108  assign_39  1
    x_39_1  cap_1  13
    x_39_2  obj  108  assign_39  1
    x_39_2  cap_2  13
    x_39_3  obj  108  assign_39  1
    x_39_3  cap_3  13
    x_39_4  obj  108  assign_39  1
    x_39_4  cap_4  13
    x_39_5  obj  46  assign_39  1
    x_39_5  cap_5  66
    x_39_6  obj  46  assign_39  1
    x_39_6  cap_6  66
    x_39_7  obj  46  assign_39  1
    x_39_7  cap_7  66
    x_39_8  obj  46  assign_39  1
    x_39_8  cap_8  66
    x_39_9  obj  46  assign_39  1
    x_39_9  cap_9  66
    x_40_0  obj  111  assign_40  1
    x_40_0  cap_0  9
    x_40_1  obj  111  assign_40  1
    x_40_1  cap_1  9
    x_40_2  obj  111  assign_40  1
    x_40_2  cap_2  9
    x_40_3  obj  111  assign_40  1
    x_40_3  cap_3  9
    x_40_4  obj  111  assign_40  1
    x_40_4  cap_4  9
    x_40_5  obj  94  assign_40  1
    x_40_5  cap_5  12
    x_40_6  obj  94  assign_40  1
    x_40_6  cap_6  12
    x_40_7  obj  94  assign_40  1
    x_40_7  cap_7  12
    x_40_8  obj  94  assign_40  1
    x_40_8  cap_8  12
    x_40_9  obj  94  assign_40  1
    x_40_9  cap_9  12
    x_41_0  obj  13  assign_41  1
    x_41_0  cap_0  93
    x_41_1  obj  13  assign_41  1
    x_41_1  cap_1  93
    x_41_2  obj  13  assign_41  1
    x_41_2  cap_2  93
    x_41_3  obj  13  assign_41  1
    x_41_3  cap_3  93
    x_41_4  obj  13  assign_41  1
    x_41_4  cap_4  93
    x_41_5  obj  32  assign_41  1
    x_41_5  cap_5  71
    x_41_6  obj  32  assign_41  1
    x_41_6  cap_6  71
    x_41_7  obj  32  assign_41  1
    x_41_7  cap_7  71
    x_41_8  obj  32  assign_41  1
    x_41_8  cap_8  71
    x_41_9  obj  32  assign_41  1
    x_41_9  cap_9  71
    x_42_0  obj  19  assign_42  1
    x_42_0  cap_0  90
    x_42_1  obj  19  assign_42  1
    x_42_1  cap_1  90
    x_42_2  obj  19  assign_42  1
    x_42_2  cap_2  90
    x_42_3  obj  19  assign_42  1
    x_42_3  cap_3  90
    x_42_4  obj  19  assign_42  1
    x_42_4  cap_4  90
    x_42_5  obj  71  assign_42  1
    x_42_5  cap_5  48
    x_42_6  obj  71  assign_42  1
    x_42_6  cap_6  48
    x_42_7  obj  71  assign_42  1
    x_42_7  cap_7  48
    x_42_8  obj  71  assign_42  1
    x_42_8  cap_8  48
    x_42_9  obj  71  assign_42  1
    x_42_9  cap_9  48
    x_43_0  obj  83  assign_43  1
    x_43_0  cap_0  36
    x_43_1  obj  83  assign_43  1
    x_43_1  cap_1  36
    x_43_2  obj  83  assign_43  1
    x_43_2  cap_2  36
    x_43_3  obj  83  assign_43  1
    x_43_3  cap_3  36
    x_43_4  obj  83  assign_43  1
    x_43_4  cap_4  36
    x_43_5  obj  29  assign_43  1
    x_43_5  cap_5  73
    x_43_6  obj  29  assign_43  1
    x_43_6  cap_6  73
    x_43_7  obj  29  assign_43  1
    x_43_7  cap_7  73
    x_43_8  obj  29  assign_43  1
    x_43_8  cap_8  73
    x_43_9  obj  29  assign_43  1
    x_43_9  cap_9  73
    x_44_0  obj  86  assign_44  1
    x_44_0  cap_0  33
    x_44_1  obj  86  assign_44  1
    x_44_1  cap_1  33
    x_44_2  obj  86  assign_44  1
    x_44_2  cap_2  33
    x_44_3  obj  86  assign_44  1
    x_44_3  cap_3  33
    x_44_4  obj  86  assign_44  1
    x_44_4  cap_4  33
    x_44_5  obj  101  assign_44  1
    x_44_5  cap_5  20
    x_44_6  obj  101  assign_44  1
    x_44_6  cap_6  20
    x_44_7  obj  101  assign_44  1
    x_44_7  cap_7  20
    x_44_8  obj  101  assign_44  1
    x_44_8  cap_8  20
    x_44_9  obj  101  assign_44  1
    x_44_9  cap_9  20
    x_45_0  obj  103  assign_45  1
    x_45_0  cap_0  17
    x_45_1  obj  103  assign_45  1
    x_45_1  cap_1  17
    x_45_2  obj  103  assign_45  1
    x_45_2  cap_2  17
    x_45_3  obj  103  assign_45  1
    x_45_3  cap_3  17
    x_45_4  obj  103  assign_45  1
    x_45_4  cap_4  17
    x_45_5  obj  37  assign_45  1
    x_45_5  cap_5  66
    x_45_6  obj  37  assign_45  1
    x_45_6  cap_6  66
    x_45_7  obj  37  assign_45  1
    x_45_7  cap_7  66
    x_45_8  obj  37  assign_45  1
    x_45_8  cap_8  66
    x_45_9  obj  37  assign_45  1
    x_45_9  cap_9  66
    x_46_0  obj  58  assign_46  1
    x_46_0  cap_0  43
    x_46_1  obj  58  assign_46  1
    x_46_1  cap_1  43
    x_46_2  obj  58  assign_46  1
    x_46_2  cap_2  43
    x_46_3  obj  58  assign_46  1
    x_46_3  cap_3  43
    x_46_4  obj  58  assign_46  1
    x_46_4  cap_4  43
    x_46_5  obj  7  assign_46  1
    x_46_5  cap_5  94
    x_46_6  obj  7  assign_46  1
    x_46_6  cap_6  94
    x_46_7  obj  7  assign_46  1
    x_46_7  cap_7  94
    x_46_8  obj  7  assign_46  1
    x_46_8  cap_8  94
    x_46_9  obj  7  assign_46  1
    x_46_9  cap_9  94
    x_47_0  obj  91  assign_47  1
    x_47_0  cap_0  22
    x_47_1  obj  91  assign_47  1
    x_47_1  cap_1  22
    x_47_2  obj  91  assign_47  1
    x_47_2  cap_2  22
    x_47_3  obj  91  assign_47  1
    x_47_3  cap_3  22
    x_47_4  obj  91  assign_47  1
    x_47_4  cap_4  22
    x_47_5  obj  73  assign_47  1
    x_47_5  cap_5  43
    x_47_6  obj  73  assign_47  1
    x_47_6  cap_6  43
    x_47_7  obj  73  assign_47  1
    x_47_7  cap_7  43
    x_47_8  obj  73  assign_47  1
    x_47_8  cap_8  43
    x_47_9  obj  73  assign_47  1
    x_47_9  cap_9  43
    x_48_0  obj  52  assign_48  1
    x_48_0  cap_0  65
    x_48_1  obj  52  assign_48  1
    x_48_1  cap_1  65
    x_48_2  obj  52  assign_48  1
    x_48_2  cap_2  65
    x_48_3  obj  52  assign_48  1
    x_48_3  cap_3  65
    x_48_4  obj  52  assign_48  1
    x_48_4  cap_4  65
    x_48_5  obj  21  assign_48  1
    x_48_5  cap_5  100
    x_48_6  obj  21  assign_48  1
    x_48_6  cap_6  100
    x_48_7  obj  21  assign_48  1
    x_48_7  cap_7  100
    x_48_8  obj  21  assign_48  1
    x_48_8  cap_8  100
    x_48_9  obj  21  assign_48  1
    x_48_9  cap_9  100
    x_49_0  obj  97  assign_49  1
    x_49_0  cap_0  19
    x_49_1  obj  97  assign_49  1
    x_49_1  cap_1  19
    x_49_2  obj  97  assign_49  1
    x_49_2  cap_2  19
    x_49_3  obj  97  assign_49  1
    x_49_3  cap_3  19
    x_49_4  obj  97  assign_49  1
    x_49_4  cap_4  19
    x_49_5  obj  66  assign_49  1
    x_49_5  cap_5  37
    x_49_6  obj  66  assign_49  1
    x_49_6  cap_6  37
    x_49_7  obj  66  assign_49  1
    x_49_7  cap_7  37
    x_49_8  obj  66  assign_49  1
    x_49_8  cap_8  37
    x_49_9  obj  66  assign_49  1
    x_49_9  cap_9  37
    x_50_0  obj  65  assign_50  1
    x_50_0  cap_0  49
    x_50_1  obj  65  assign_50  1
    x_50_1  cap_1  49
    x_50_2  obj  65  assign_50  1
    x_50_2  cap_2  49
    x_50_3  obj  65  assign_50  1
    x_50_3  cap_3  49
    x_50_4  obj  65  assign_50  1
    x_50_4  cap_4  49
    x_50_5  obj  24  assign_50  1
    x_50_5  cap_5  85
    x_50_6  obj  24  assign_50  1
    x_50_6  cap_6  85
    x_50_7  obj  24  assign_50  1
    x_50_7  cap_7  85
    x_50_8  obj  24  assign_50  1
    x_50_8  cap_8  85
    x_50_9  obj  24  assign_50  1
    x_50_9  cap_9  85
    x_51_0  obj  103  assign_51  1
    x_51_0  cap_0  7
    x_51_1  obj  103  assign_51  1
    x_51_1  cap_1  7
    x_51_2  obj  103  assign_51  1
    x_51_2  cap_2  7
    x_51_3  obj  103  assign_51  1
    x_51_3  cap_3  7
    x_51_4  obj  103  assign_51  1
    x_51_4  cap_4  7
    x_51_5  obj  45  assign_51  1
    x_51_5  cap_5  69
    x_51_6  obj  45  assign_51  1
    x_51_6  cap_6  69
    x_51_7  obj  45  assign_51  1
    x_51_7  cap_7  69
    x_51_8  obj  45  assign_51  1
    x_51_8  cap_8  69
    x_51_9  obj  45  assign_51  1
    x_51_9  cap_9  69
    x_52_0  obj  115  assign_52  1
    x_52_0  cap_0  2
    x_52_1  obj  115  assign_52  1
    x_52_1  cap_1  2
    x_52_2  obj  115  assign_52  1
    x_52_2  cap_2  2
    x_52_3  obj  115  assign_52  1
    x_52_3  cap_3  2
    x_52_4  obj  115  assign_52  1
    x_52_4  cap_4  2
    x_52_5  obj  71  assign_52  1
    x_52_5  cap_5  30
    x_52_6  obj  71  assign_52  1
    x_52_6  cap_6  30
    x_52_7  obj  71  assign_52  1
    x_52_7  cap_7  30
    x_52_8  obj  71  assign_52  1
    x_52_8  cap_8  30
    x_52_9  obj  71  assign_52  1
    x_52_9  cap_9  30
    x_53_0  obj  53  assign_53  1
    x_53_0  cap_0  64
    x_53_1  obj  53  assign_53  1
    x_53_1  cap_1  64
    x_53_2  obj  53  assign_53  1
    x_53_2  cap_2  64
    x_53_3  obj  53  assign_53  1
    x_53_3  cap_3  64
    x_53_4  obj  53  assign_53  1
    x_53_4  cap_4  64
    x_53_5  obj  54  assign_53  1
    x_53_5  cap_5  57
    x_53_6  obj  54  assign_53  1
    x_53_6  cap_6  57
    x_53_7  obj  54  assign_53  1
    x_53_7  cap_7  57
    x_53_8  obj  54  assign_53  1
    x_53_8  cap_8  57
    x_53_9  obj  54  assign_53  1
    x_53_9  cap_9  57
    x_54_0  obj  43  assign_54  1
    x_54_0  cap_0  58
    x_54_1  obj  43  assign_54  1
    x_54_1  cap_1  58
    x_54_2  obj  43  assign_54  1
    x_54_2  cap_2  58
    x_54_3  obj  43  assign_54  1
    x_54_3  cap_3  58
    x_54_4  obj  43  assign_54  1
    x_54_4  cap_4  58
    x_54_5  obj  52  assign_54  1
    x_54_5  cap_5  55
    x_54_6  obj  52  assign_54  1
    x_54_6  cap_6  55
    x_54_7  obj  52  assign_54  1
    x_54_7  cap_7  55
    x_54_8  obj  52  assign_54  1
    x_54_8  cap_8  55
    x_54_9  obj  52  assign_54  1
    x_54_9  cap_9  55
    x_55_0  obj  94  assign_55  1
    x_55_0  cap_0  23
    x_55_1  obj  94  assign_55  1
    x_55_1  cap_1  23
    x_55_2  obj  94  assign_55  1
    x_55_2  cap_2  23
    x_55_3  obj  94  assign_55  1
    x_55_3  cap_3  23
    x_55_4  obj  94  assign_55  1
    x_55_4  cap_4  23
    x_55_5  obj  80  assign_55  1
    x_55_5  cap_5  41
    x_55_6  obj  80  assign_55  1
    x_55_6  cap_6  41
    x_55_7  obj  80  assign_55  1
    x_55_7  cap_7  41
    x_55_8  obj  80  assign_55  1
    x_55_8  cap_8  41
    x_55_9  obj  80  assign_55  1
    x_55_9  cap_9  41
    x_56_0  obj  93  assign_56  1
    x_56_0  cap_0  25
    x_56_1  obj  93  assign_56  1
    x_56_1  cap_1  25
    x_56_2  obj  93  assign_56  1
    x_56_2  cap_2  25
    x_56_3  obj  93  assign_56  1
    x_56_3  cap_3  25
    x_56_4  obj  93  assign_56  1
    x_56_4  cap_4  25
    x_56_5  obj  23  assign_56  1
    x_56_5  cap_5  90
    x_56_6  obj  23  assign_56  1
    x_56_6  cap_6  90
    x_56_7  obj  23  assign_56  1
    x_56_7  cap_7  90
    x_56_8  obj  23  assign_56  1
    x_56_8  cap_8  90
    x_56_9  obj  23  assign_56  1
    x_56_9  cap_9  90
    x_57_0  obj  14  assign_57  1
    x_57_0  cap_0  98
    x_57_1  obj  14  assign_57  1
    x_57_1  cap_1  98
    x_57_2  obj  14  assign_57  1
    x_57_2  cap_2  98
    x_57_3  obj  14  assign_57  1
    x_57_3  cap_3  98
    x_57_4  obj  14  assign_57  1
    x_57_4  cap_4  98
    x_57_5  obj  26  assign_57  1
    x_57_5  cap_5  85
    x_57_6  obj  26  assign_57  1
    x_57_6  cap_6  85
    x_57_7  obj  26  assign_57  1
    x_57_7  cap_7  85
    x_57_8  obj  26  assign_57  1
    x_57_8  cap_8  85
    x_57_9  obj  26  assign_57  1
    x_57_9  cap_9  85
    x_58_0  obj  42  assign_58  1
    x_58_0  cap_0  67
    x_58_1  obj  42  assign_58  1
    x_58_1  cap_1  67
    x_58_2  obj  42  assign_58  1
    x_58_2  cap_2  67
    x_58_3  obj  42  assign_58  1
    x_58_3  cap_3  67
    x_58_4  obj  42  assign_58  1
    x_58_4  cap_4  67
    x_58_5  obj  24  assign_58  1
    x_58_5  cap_5  95
    x_58_6  obj  24  assign_58  1
    x_58_6  cap_6  95
    x_58_7  obj  24  assign_58  1
    x_58_7  cap_7  95
    x_58_8  obj  24  assign_58  1
    x_58_8  cap_8  95
    x_58_9  obj  24  assign_58  1
    x_58_9  cap_9  95
    x_59_0  obj  39  assign_59  1
    x_59_0  cap_0  79
    x_59_1  obj  39  assign_59  1
    x_59_1  cap_1  79
    x_59_2  obj  39  assign_59  1
    x_59_2  cap_2  79
    x_59_3  obj  39  assign_59  1
    x_59_3  cap_3  79
    x_59_4  obj  39  assign_59  1
    x_59_4  cap_4  79
    x_59_5  obj  72  assign_59  1
    x_59_5  cap_5  38
    x_59_6  obj  72  assign_59  1
    x_59_6  cap_6  38
    x_59_7  obj  72  assign_59  1
    x_59_7  cap_7  38
    x_59_8  obj  72  assign_59  1
    x_59_8  cap_8  38
    x_59_9  obj  72  assign_59  1
    x_59_9  cap_9  38
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
    RHS  assign_40  1
    RHS  assign_41  1
    RHS  assign_42  1
    RHS  assign_43  1
    RHS  assign_44  1
    RHS  assign_45  1
    RHS  assign_46  1
    RHS  assign_47  1
    RHS  assign_48  1
    RHS  assign_49  1
    RHS  assign_50  1
    RHS  assign_51  1
    RHS  assign_52  1
    RHS  assign_53  1
    RHS  assign_54  1
    RHS  assign_55  1
    RHS  assign_56  1
    RHS  assign_57  1
    RHS  assign_58  1
    RHS  assign_59  1
    RHS  cap_0  271
    RHS  cap_1  271
    RHS  cap_2  271
    RHS  cap_3  271
    RHS  cap_4  271
    RHS  cap_5  271
    RHS  cap_6  271
    RHS  cap_7  271
    RHS  cap_8  271
    RHS  cap_9  271
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
 BV BND  x_40_0
 BV BND  x_40_1
 BV BND  x_40_2
 BV BND  x_40_3
 BV BND  x_40_4
 BV BND  x_40_5
 BV BND  x_40_6
 BV BND  x_40_7
 BV BND  x_40_8
 BV BND  x_40_9
 BV BND  x_41_0
 BV BND  x_41_1
 BV BND  x_41_2
 BV BND  x_41_3
 BV BND  x_41_4
 BV BND  x_41_5
 BV BND  x_41_6
 BV BND  x_41_7
 BV BND  x_41_8
 BV BND  x_41_9
 BV BND  x_42_0
 BV BND  x_42_1
 BV BND  x_42_2
 BV BND  x_42_3
 BV BND  x_42_4
 BV BND  x_42_5
 BV BND  x_42_6
 BV BND  x_42_7
 BV BND  x_42_8
 BV BND  x_42_9
 BV BND  x_43_0
 BV BND  x_43_1
 BV BND  x_43_2
 BV BND  x_43_3
 BV BND  x_43_4
 BV BND  x_43_5
 BV BND  x_43_6
 BV BND  x_43_7
 BV BND  x_43_8
 BV BND  x_43_9
 BV BND  x_44_0
 BV BND  x_44_1
 BV BND  x_44_2
 BV BND  x_44_3
 BV BND  x_44_4
 BV BND  x_44_5
 BV BND  x_44_6
 BV BND  x_44_7
 BV BND  x_44_8
 BV BND  x_44_9
 BV BND  x_45_0
 BV BND  x_45_1
 BV BND  x_45_2
 BV BND  x_45_3
 BV BND  x_45_4
 BV BND  x_45_5
 BV BND  x_45_6
 BV BND  x_45_7
 BV BND  x_45_8
 BV BND  x_45_9
 BV BND  x_46_0
 BV BND  x_46_1
 BV BND  x_46_2
 BV BND  x_46_3
 BV BND  x_46_4
 BV BND  x_46_5
 BV BND  x_46_6
 BV BND  x_46_7
 BV BND  x_46_8
 BV BND  x_46_9
 BV BND  x_47_0
 BV BND  x_47_1
 BV BND  x_47_2
 BV BND  x_47_3
 BV BND  x_47_4
 BV BND  x_47_5
 BV BND  x_47_6
 BV BND  x_47_7
 BV BND  x_47_8
 BV BND  x_47_9
 BV BND  x_48_0
 BV BND  x_48_1
 BV BND  x_48_2
 BV BND  x_48_3
 BV BND  x_48_4
 BV BND  x_48_5
 BV BND  x_48_6
 BV BND  x_48_7
 BV BND  x_48_8
 BV BND  x_48_9
 BV BND  x_49_0
 BV BND  x_49_1
 BV BND  x_49_2
 BV BND  x_49_3
 BV BND  x_49_4
 BV BND  x_49_5
 BV BND  x_49_6
 BV BND  x_49_7
 BV BND  x_49_8
 BV BND  x_49_9
 BV BND  x_50_0
 BV BND  x_50_1
 BV BND  x_50_2
 BV BND  x_50_3
 BV BND  x_50_4
 BV BND  x_50_5
 BV BND  x_50_6
 BV BND  x_50_7
 BV BND  x_50_8
 BV BND  x_50_9
 BV BND  x_51_0
 BV BND  x_51_1
 BV BND  x_51_2
 BV BND  x_51_3
 BV BND  x_51_4
 BV BND  x_51_5
 BV BND  x_51_6
 BV BND  x_51_7
 BV BND  x_51_8
 BV BND  x_51_9
 BV BND  x_52_0
 BV BND  x_52_1
 BV BND  x_52_2
 BV BND  x_52_3
 BV BND  x_52_4
 BV BND  x_52_5
 BV BND  x_52_6
 BV BND  x_52_7
 BV BND  x_52_8
 BV BND  x_52_9
 BV BND  x_53_0
 BV BND  x_53_1
 BV BND  x_53_2
 BV BND  x_53_3
 BV BND  x_53_4
 BV BND  x_53_5
 BV BND  x_53_6
 BV BND  x_53_7
 BV BND  x_53_8
 BV BND  x_53_9
 BV BND  x_54_0
 BV BND  x_54_1
 BV BND  x_54_2
 BV BND  x_54_3
 BV BND  x_54_4
 BV BND  x_54_5
 BV BND  x_54_6
 BV BND  x_54_7
 BV BND  x_54_8
 BV BND  x_54_9
 BV BND  x_55_0
 BV BND  x_55_1
 BV BND  x_55_2
 BV BND  x_55_3
 BV BND  x_55_4
 BV BND  x_55_5
 BV BND  x_55_6
 BV BND  x_55_7
 BV BND  x_55_8
 BV BND  x_55_9
 BV BND  x_56_0
 BV BND  x_56_1
 BV BND  x_56_2
 BV BND  x_56_3
 BV BND  x_56_4
 BV BND  x_56_5
 BV BND  x_56_6
 BV BND  x_56_7
 BV BND  x_56_8
 BV BND  x_56_9
 BV BND  x_57_0
 BV BND  x_57_1
 BV BND  x_57_2
 BV BND  x_57_3
 BV BND  x_57_4
 BV BND  x_57_5
 BV BND  x_57_6
 BV BND  x_57_7
 BV BND  x_57_8
 BV BND  x_57_9
 BV BND  x_58_0
 BV BND  x_58_1
 BV BND  x_58_2
 BV BND  x_58_3
 BV BND  x_58_4
 BV BND  x_58_5
 BV BND  x_58_6
 BV BND  x_58_7
 BV BND  x_58_8
 BV BND  x_58_9
 BV BND  x_59_0
 BV BND  x_59_1
 BV BND  x_59_2
 BV BND  x_59_3
 BV BND  x_59_4
 BV BND  x_59_5
 BV BND  x_59_6
 BV BND  x_59_7
 BV BND  x_59_8
 BV BND  x_59_9
ENDATA
