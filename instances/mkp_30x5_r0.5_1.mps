NAME mkp_30x5_r0.5_1
OBJSENSE
    MAX
ROWS
 N  obj
 L  once_0
 L  once_1
 L  once_2
 L  once_3
 L  once_4
 L  once_5
 L  once_6
 L  once_7
 L  once_8
 L  once_9
 L  once_10
 L  once_11
 L  once_12
 L  once_13
 L  once_14
 L  once_15
 L  once_16
 L  once_17
 L  once_18
 L  once_19
 L  once_20
 L  once_21
 L  once_22
 L  once_23
 L  once_24
 L  once_25
 L  once_26
 L  once_27
 L  once_28
 L  once_29
 L  cap_0
 L  cap_1
 L  cap_2
 L  cap_3
 L  cap_4
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  obj  57  once_0  1
    x_0_0  cap_0  59
    x_0_1  obj  57  once_0  1
    x_0_1  cap_1  59
    x_0_2  obj  57  once_0  1
    x_0_2  cap_2  59
    x_0_3  obj  57  once_0  1
    x_0_3  cap_3  59
    x_0_4  obj  57  once_0  1
    x_0_4  cap_4  59
    x_1_0  obj  90  once_1  1
    x_1_0  cap_0  99
    x_1_1  obj  90  once_1  1
    x_1_1  cap_1  99
    x_1_2  obj  90  once_1  1
    x_1_2  cap_2  99
    x_1_3  obj  90  once_1  1
    x_1_3  cap_3  99
    x_1_4  obj  90  once_1  1
    x_1_4  cap_4  99
    x_2_0  obj  31  once_2  1
    x_2_0  cap_0  29
    x_2_1  obj  31  once_2  1
    x_2_1  cap_1  29
    x_2_2  obj  31  once_2  1
    x_2_2  cap_2  29
    x_2_3  obj  31  once_2  1
    x_2_3  cap_3  29
    x_2_4  obj  31  once_2  1
    x_2_4  cap_4  29
    x_3_0  obj  39  once_3  1
    x_3_0  cap_0  45
    x_3_1  obj  39  once_3  1
    x_3_1  cap_1  45
    x_3_2  obj  39  once_3  1
    x_3_2  cap_2  45
    x_3_3  obj  39  once_3  1
    x_3_3  cap_3  45
    x_3_4  obj  39  once_3  1
    x_3_4  cap_4  45
    x_4_0  obj  80  once_4  1
    x_4_0  cap_0  85
    x_4_1  obj  80  once_4  1
    x_4_1  cap_1  85
    x_4_2  obj  80  once_4  1
    x_4_2  cap_2  85
    x_4_3  obj  80  once_4  1
    x_4_3  cap_3  85
    x_4_4  obj  80  once_4  1
    x_4_4  cap_4  85
    x_5_0  obj  97  once_5  1
    x_5_0  cap_0  93
    x_5_1  obj  97  once_5  1
    x_5_1  cap_1  93
    x_5_2  obj  97  once_5  1
    x_5_2  cap_2  93
    x_5_3  obj  97  once_5  1
    x_5_3  cap_3  93
    x_5_4  obj  97  once_5  1
    x_5_4  cap_4  93
    x_6_0  obj  54  once_6  1
    x_6_0  cap_0  55
    x_6_1  obj  54  once_6  1
    x_6_1  cap_1  55
    x_6_2  obj  54  once_6  1
    x_6_2  cap_2  55
    x_6_3  obj  54  once_6  1
    x_6_3  cap_3  55
    x_6_4  obj  54  once_6  1
    x_6_4  cap_4  55
    x_7_0  obj  67  once_7  1
    x_7_0  cap_0  74
    x_7_1  obj  67  once_7  1
    x_7_1  cap_1  74
    x_7_2  obj  67  once_7  1
    x_7_2  cap_2  74
    x_7_3  obj  67  once_7  1
    x_7_3  cap_3  74
    x_7_4  obj  67  once_7  1
    x_7_4  cap_4  74
    x_8_0  obj  21  once_8  1
    x_8_0  cap_0  13
    x_8_1  obj  21  once_8  1
    x_8_1  cap_1  13
    x_8_2  obj  21  once_8  1
    x_8_2  cap_2  13
    x_8_3  obj  21  once_8  1
    x_8_3  cap_3  13
    x_8_4  obj  21  once_8  1
    x_8_4  cap_4  13
    x_9_0  obj  29  once_9  1
    x_9_0  cap_0  25
    x_9_1  obj  29  once_9  1
    x_9_1  cap_1  25
    x_9_2  obj  29  once_9  1
    x_9_2  cap_2  25
    x_9_3  obj  29  once_9  1
    x_9_3  cap_3  25
    x_9_4  obj  29  once_9  1
    x_9_4  cap_4  25
    x_10_0  obj  12  once_10  1
    x_10_0  cap_0  12
    x_10_1  obj  12  once_10  1
    x_10_1  cap_1  12
    x_10_2  obj  12  once_10  1
    x_10_2  cap_2  12
    x_10_3  obj  12  once_10  1
    x_10_3  cap_3  12
    x_10_4  obj  12  once_10  1
    x_10_4  cap_4  12
    x_11_0  obj  97  once_11  1
    x_11_0  cap_0  95
    x_11_1  obj  97  once_11  1
    x_11_1  cap_1  95
    x_11_2  obj  97  once_11  1
    x_11_2  cap_2  95
    x_11_3  obj  97  once_11  1
    x_11_3  cap_3  95
    x_11_4  obj  97  once_11  1
    x_11_4  cap_4  95
    x_12_0  obj  78  once_12  1
    x_12_0  cap_0  86
    x_12_1  obj  78  once_12  1
    x_12_1  cap_1  86
    x_12_2  obj  78  once_12  1
    x_12_2  cap_2  86
    x_12_3  obj  78  once_12  1
    x_12_3  cap_3  86
    x_12_4  obj  78  once_12  1
    x_12_4  cap_4  86
    x_13_0  obj  93  once_13  1
    x_13_0  cap_0  98
    x_13_1  obj  93  once_13  1
    x_13_1  cap_1  98
    x_13_2  obj  93  once_13  1
    x_13_2  cap_2  98
    x_13_3  obj  93  once_13  1
    x_13_3  cap_3  98
    x_13_4  obj  93  once_13  1
    x_13_4  cap_4  98
    x_14_0  obj  49  once_14  1
    x_14_0  cap_0  50
    x_14_1  obj  49  once_14  1
    x_14_1  cap_1  50
    x_14_2  obj  49  once_14  1
    x_14_2  cap_2  50
    x_14_3  obj  49  once_14  1
    x_14_3  cap_3  50
    x_14_4  obj  49  once_14  1
    x_14_4  cap_4  50
    x_15_0  obj  46  once_15  1
    x_15_0  cap_0  51
    x_15_1  obj  46  once_15  1
    x_15_1  cap_1  51
    x_15_2  obj  46  once_15  1
    x_15_2  cap_2  51
    x_15_3  obj  46  once_15  1
    x_15_3  cap_3  51
    x_15_4  obj  46  once_15  1
    x_15_4  cap_4  51
    x_16_0  obj  23  once_16  1
    x_16_0  cap_0  13
    x_16_1  obj  23  once_16  1
    x_16_1  cap_1  13
    x_16_2  obj  23  once_16  1
    x_16_2  cap_2  13
    x_16_3  obj  23  once_16  1
    x_16_3  cap_3  13
    x_16_4  obj  23  once_16  1
    x_16_4  cap_4  13
    x_17_0  obj  83  once_17  1
    x_17_0  cap_0  74
    x_17_1  obj  83  once_17  1
    x_17_1  cap_1  74
    x_17_2  obj  83  once_17  1
    x_17_2  cap_2  74
    x_17_3  obj  83  once_17  1
    x_17_3  cap_3  74
    x_17_4  obj  83  once_17  1
    x_17_4  cap_4  74
    x_18_0  obj  90  once_18  1
    x_18_0  cap_0  81
    x_18_1  obj  90  once_18  1
    x_18_1  cap_1  81
    x_18_2  obj  90  once_18  1
    x_18_2  cap_2  81
    x_18_3  obj  90  once_18  1
    x_18_3  cap_3  81
    x_18_4  obj  90  once_18  1
    x_18_4  cap_4  81
    x_19_0  obj  25  once_19  1
    x_19_0  cap_0  33
    x_19_1  obj  25  once_19  1
    x_19_1  cap_1  33
    x_19_2  obj  25  once_19  1
    x_19_2  cap_2  33
    x_19_3  obj  25  once_19  1
    x_19_3  cap_3  33
    x_19_4  obj  25  once_19  1
    x_19_4  cap_4  33
    x_20_0  obj  12  once_20  1
    x_20_0  cap_0  15
    x_20_1  obj  12  once_20  1
    x_20_1  cap_1  15
    x_20_2  obj  12  once_20  1
    x_20_2  cap_2  15
    x_20_3  obj  12  once_20  1
    x_20_3  cap_3  15
    x_20_4  obj  12  once_20  1
    x_20_4  cap_4  15
    x_21_0  obj  28  once_21  1
    x_21_0  cap_0  28
    x_21_1  obj  28  once_21  1
    x_21_1  cap_1  28
    x_21_2  obj  28  once_21  1
    x_21_2  cap_2  28
    x_21_3  obj  28  once_21  1
    x_21_3  cap_3  28
    x_21_4  obj  28  once_21  1
    x_21_4  cap_4  28
    x_22_0  obj  22  once_22  1
    x_22_0  cap_0  24
    x_22_1  obj  22  once_22  1
    x_22_1  cap_1  24
    x_22_2  obj  22  once_22  1
    x_22_2  cap_2  24
    x_22_3  obj  22  once_22  1
    x_22_3  cap_3  24
    x_22_4  obj  22  once_22  1
    x_22_4  cap_4  24
    x_23_0  obj  84  once_23  1
    x_23_0  cap_0  94
    x_23_1  obj  84  once_23  1
    x_23_1  cap_1  94
    x_23_2  obj  84  once_23  1
    x_23_2  cap_2  94
    x_23_3  obj  84  once_23  1
    x_23_3  cap_3  94
    x_23_4  obj  84  once_23  1
    x_23_4  cap_4  94
    x_24_0  obj  73  once_24  1
    x_24_0  cap_0  82
    x_24_1  obj  73  once_24  1
    x_24_1  cap_1  82
    x_24_2  obj  73  once_24  1
    x_24_2  cap_2  82
    x_24_3  obj  73  once_24  1
    x_24_3  cap_3  82
    x_24_4  obj  73  once_24  1
    x_24_4  cap_4  82
    x_25_0  obj  26  once_25  1
    x_25_0  cap_0  33
    x_25_1  obj  26  once_25  1
    x_25_1  cap_1  33
    x_25_2  obj  26  once_25  1
    x_25_2  cap_2  33
    x_25_3  obj  26  once_25  1
    x_25_3  cap_3  33
    x_25_4  obj  26  once_25  1
    x_25_4  cap_4  33
    x_26_0  obj  91  once_26  1
    x_26_0  cap_0  90
    x_26_1  obj  91  once_26  1
    x_26_1  cap_1  90
    x_26_2  obj  91  once_26  1
    x_26_2  cap_2  90
    x_26_3  obj  91  once_26  1
    x_26_3  cap_3  90
    x_26_4  obj  91  once_26  1
    x_26_4  cap_4  90
    x_27_0  obj  79  once_27  1
    x_27_0  cap_0  84
    x_27_1  obj  79  once_27  1
    x_27_1  cap_1  84
    x_27_2  obj  79  once_27  1
    x_27_2  cap_2  84
    x_27_3  obj  79  once_27  1
    x_27_3  cap_3  84
    x_27_4  obj  79  once_27  1
    x_27_4  cap_4  84
    x_28_0  obj  21  once_28  1
    x_28_0  cap_0  30
    x_28_1  obj  21  once_28  1
    x_28_1  cap_1  30
    x_28_2  obj  21  once_28  1
    x_28_2  cap_2  30
    x_28_3  obj  21  once_28  1
    x_28_3  cap_3  30
    x_28_4  obj  21  once_28  1
    x_28_4  cap_4  30
    x_29_0  obj  13  once_29  1
    x_29_0  cap_0  21
    x_29_1  obj  13  once_29  1
    x_29_1  cap_1  21
    x_29_2  obj  13  once_29  1
    x_29_2  cap_2  21
    x_29_3  obj  13  once_29  1
    x_29_3  cap_3  21
    x_29_4  obj  13  once_29  1
    x_29_4  cap_4  21
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  once_0  1
    RHS  once_1  1
    RHS  once_2  1
    RHS  once_3  1
    RHS  once_4  1
    RHS  once_5  1
    RHS  once_6  1
    RHS  once_7  1
    RHS  once_8  1
    RHS  once_9  1
    RHS  once_10  1
    RHS  once_11  1
    RHS  once_12  1
    RHS  once_13  1
    RHS  once_14  1
    RHS  once_15  1
    RHS  once_16  1
    RHS  once_17  1
    RHS  once_18  1
    RHS  once_19  1
    RHS  once_20  1
    RHS  once_21  1
    RHS  once_22  1
    RHS  once_23  1
    RHS  once_24  1
    RHS  once_25  1
    RHS  once_26  1
    RHS  once_27  1
    RHS  once_28  1
    RHS  once_29  1
    RHS  cap_0  167
    RHS  cap_1  167
    RHS  cap_2  167
    RHS  cap_3  167
    RHS  cap_4  167
BOUNDS
 BV BND  x_0_0
 BV BND  x_0_1
 BV BND  x_0_2
 BV BND  x_0_3
 BV BND  x_0_4
 BV BND  x_1_0
 BV BND  x_1_1
 BV BND  x_1_2
 BV BND  x_1_3
 BV BND  x_1_4
 BV BND  x_2_0
 BV BND  x_2_1
 BV BND  x_2_2
 BV BND  x_2_3
 BV BND  x_2_4
 BV BND  x_3_0
 BV BND  x_3_1
 BV BND  x_3_2
 BV BND  x_3_3
 BV BND  x_3_4
 BV BND  x_4_0
 BV BND  x_4_1
 BV BND  x_4_2
 BV BND  x_4_3
 BV BND  x_4_4
 BV BND  x_5_0
 BV BND  x_5_1
 BV BND  x_5_2
 BV BND  x_5_3
 BV BND  x_5_4
 BV BND  x_6_0
 BV BND  x_6_1
 BV BND  x_6_2
 BV BND  x_6_3
 BV BND  x_6_4
 BV BND  x_7_0
 BV BND  x_7_1
 BV BND  x_7_2
 BV BND  x_7_3
 BV BND  x_7_4
 BV BND  x_8_0
 BV BND  x_8_1
 BV BND  x_8_2
 BV BND  x_8_3
 BV BND  x_8_4
 BV BND  x_9_0
 BV BND  x_9_1
 BV BND  x_9_2
 BV BND  x_9_3
 BV BND  x_9_4
 BV BND  x_10_0
 BV BND  x_10_1
 BV BND  x_10_2
 BV BND  x_10_3
 BV BND  x_10_4
 BV BND  x_11_0
 BV BND  x_11_1
 BV BND  x_11_2
 BV BND  x_11_3
 BV BND  x_11_4
 BV BND  x_12_0
 BV BND  x_12_1
 BV BND  x_12_2
 BV BND  x_12_3
 BV BND  x_12_4
 BV BND  x_13_0
 BV BND  x_13_1
 BV BND  x_13_2
 BV BND  x_13_3
 BV BND  x_13_4
 BV BND  x_14_0
 BV BND  x_14_1
 BV BND  x_14_2
 BV BND  x_14_3
 BV BND  x_14_4
 BV BND  x_15_0
 BV BND  x_15_1
 BV BND  x_15_2
 BV BND  x_15_3
 BV BND  x_15_4
 BV BND  x_16_0
 BV BND  x_16_1
 BV BND  x_16_2
 BV BND  x_16_3
 BV BND  x_16_4
 BV BND  x_17_0
 BV BND  x_17_1
 BV BND  x_17_2
 BV BND  x_17_3
 BV BND  x_17_4
 BV BND  x_18_0
 BV BND  x_18_1
 BV BND  x_18_2
 BV BND  x_18_3
 BV BND  x_18_4
 BV BND  x_19_0
 BV BND  x_19_1
 BV BND  x_19_2
 BV BND  x_19_3
 BV BND  x_19_4
 BV BND  x_20_0
 BV BND  x_20_1
 BV BND  x_20_2
 BV BND  x_20_3
 BV BND  x_20_4
 BV BND  x_21_0
 BV BND  x_21_1
 BV BND  x_21_2
 BV BND  x_21_3
 BV BND  x_21_4
 BV BND  x_22_0
 BV BND  x_22_1
 BV BND  x_22_2
 BV BND  x_22_3
 BV BND  x_22_4
 BV BND  x_23_0
 BV BND  x_23_1
 BV BND  x_23_2
 BV BND  x_23_3
 BV BND  x_23_4
 BV BND  x_24_0
 BV BND  x_24_1
 BV BND  x_24_2
 BV BND  x_24_3
 BV BND  x_24_4
 BV BND  x_25_0
 BV BND  x_25_1
 BV BND  x_25_2
 BV BND  x_25_3
 BV BND  x_25_4
 BV BND  x_26_0
 BV BND  x_26_1
 BV BND  x_26_2
 BV BND  x_26_3
 BV BND  x_26_4
 BV BND  x_27_0
 BV BND  x_27_1
 BV BND  x_27_2
 BV BND  x_27_3
 BV BND  x_27_4
 BV BND  x_28_0
 BV BND  x_28_1
 BV BND  x_28_2
 BV BND  x_28_3
 BV BND  x_28_4
 BV BND  x_29_0
 BV BND  x_29_1
 BV BND  x_29_2
 BV BND  x_29_3
 BV BND  x_29_4
ENDATA
