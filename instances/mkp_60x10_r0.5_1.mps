NAME mkp_60x10_r0.5_1
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
 L  once_30
 L  once_31
 L  once_32
 L  once_33
 L  once_34
 L  once_35
 L  once_36
 L  once_37
 L  once_38
 L  once_39
 L  once_40
 L  once_41
 L  once_42
 L  once_43
 L  once_44
 L  once_45
 L  once_46
 L  once_47
 L  once_48
 L  once_49
 L  once_50
 L  once_51
 L  once_52
 L  once_53
 L  once_54
 L  once_55
 L  once_56
 L  once_57
 L  once_58
 L  once_59
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
    x_0_5  obj  57  once_0  1
    x_0_5  cap_5  59
    x_0_6  obj  57  once_0  1
    x_0_6  cap_6  59
    x_0_7  obj  57  once_0  1
    x_0_7  cap_7  59
    x_0_8  obj  57  once_0  1
    x_0_8  cap_8  59
    x_0_9  obj  57  once_0  1
    x_0_9  cap_9  59
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
    x_1_5  obj  90  once_1  1
    x_1_5  cap_5  99
    x_1_6  obj  90  once_1  1
    x_1_6  cap_6  99
    x_1_7  obj  90  once_1  1
    x_1_7  cap_7  99
    x_1_8  obj  90  once_1  1
    x_1_8  cap_8  99
    x_1_9  obj  90  once_1  1
    x_1_9  cap_9  99
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
    x_2_5  obj  31  once_2  1
    x_2_5  cap_5  29
    x_2_6  obj  31  once_2  1
    x_2_6  cap_6  29
    x_2_7  obj  31  once_2  1
    x_2_7  cap_7  29
    x_2_8  obj  31  once_2  1
    x_2_8  cap_8  29
    x_2_9  obj  31  once_2  1
    x_2_9  cap_9  29
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
    x_3_5  obj  39  once_3  1
    x_3_5  cap_5  45
    x_3_6  obj  39  once_3  1
    x_3_6  cap_6  45
    x_3_7  obj  39  once_3  1
    x_3_7  cap_7  45
    x_3_8  obj  39  once_3  1
    x_3_8  cap_8  45
    x_3_9  obj  39  once_3  1
    x_3_9  cap_9  45
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
    x_4_5  obj  80  once_4  1
    x_4_5  cap_5  85
    x_4_6  obj  80  once_4  1
    x_4_6  cap_6  85
    x_4_7  obj  80  once_4  1
    x_4_7  cap_7  85
    x_4_8  obj  80  once_4  1
    x_4_8  cap_8  85
    x_4_9  obj  80  once_4  1
    x_4_9  cap_9  85
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
    x_5_5  obj  97  once_5  1
    x_5_5  cap_5  93
    x_5_6  obj  97  once_5  1
    x_5_6  cap_6  93
    x_5_7  obj  97  once_5  1
    x_5_7  cap_7  93
    x_5_8  obj  97  once_5  1
    x_5_8  cap_8  93
    x_5_9  obj  97  once_5  1
    x_5_9  cap_9  93
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
    x_6_5  obj  54  once_6  1
    x_6_5  cap_5  55
    x_6_6  obj  54  once_6  1
    x_6_6  cap_6  55
    x_6_7  obj  54  once_6  1
    x_6_7  cap_7  55
    x_6_8  obj  54  once_6  1
    x_6_8  cap_8  55
    x_6_9  obj  54  once_6  1
    x_6_9  cap_9  55
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
    x_7_5  obj  67  once_7  1
    x_7_5  cap_5  74
    x_7_6  obj  67  once_7  1
    x_7_6  cap_6  74
    x_7_7  obj  67  once_7  1
    x_7_7  cap_7  74
    x_7_8  obj  67  once_7  1
    x_7_8  cap_8  74
    x_7_9  obj  67  once_7  1
    x_7_9  cap_9  74
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
    x_8_5  obj  21  once_8  1
    x_8_5  cap_5  13
    x_8_6  obj  21  once_8  1
    x_8_6  cap_6  13
    x_8_7  obj  21  once_8  1
    x_8_7  cap_7  13
    x_8_8  obj  21  once_8  1
    x_8_8  cap_8  13
    x_8_9  obj  21  once_8  1
    x_8_9  cap_9  13
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
    x_9_5  obj  29  once_9  1
    x_9_5  cap_5  25
    x_9_6  obj  29  once_9  1
    x_9_6  cap_6  25
    x_9_7  obj  29  once_9  1
    x_9_7  cap_7  25
    x_9_8  obj  29  once_9  1
    x_9_8  cap_8  25
    x_9_9  obj  29  once_9  1
    x_9_9  cap_9  25
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
    x_10_5  obj  12  once_10  1
    x_10_5  cap_5  12
    x_10_6  obj  12  once_10  1
    x_10_6  cap_6  12
    x_10_7  obj  12  once_10  1
    x_10_7  cap_7  12
    x_10_8  obj  12  once_10  1
    x_10_8  cap_8  12
    x_10_9  obj  12  once_10  1
    x_10_9  cap_9  12
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
    x_11_5  obj  97  once_11  1
    x_11_5  cap_5  95
    x_11_6  obj  97  once_11  1
    x_11_6  cap_6  95
    x_11_7  obj  97  once_11  1
    x_11_7  cap_7  95
    x_11_8  obj  97  once_11  1
    x_11_8  cap_8  95
    x_11_9  obj  97  once_11  1
    x_11_9  cap_9  95
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
    x_12_5  obj  78  once_12  1
    x_12_5  cap_5  86
    x_12_6  obj  78  once_12  1
    x_12_6  cap_6  86
    x_12_7  obj  78  once_12  1
    x_12_7  cap_7  86
    x_12_8  obj  78  once_12  1
    x_12_8  cap_8  86
    x_12_9  obj  78  once_12  1
    x_12_9  cap_9  86
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
    x_13_5  obj  93  once_13  1
    x_13_5  cap_5  98
    x_13_6  obj  93  once_13  1
    x_13_6  cap_6  98
    x_13_7  obj  93  once_13  1
    x_13_7  cap_7  98
    x_13_8  obj  93  once_13  1
    x_13_8  cap_8  98
    x_13_9  obj  93  once_13  1
    x_13_9  cap_9  98
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
    x_14_5  obj  49  once_14  1
    x_14_5  cap_5  50
    x_14_6  obj  49  once_14  1
    x_14_6  cap_6  50
    x_14_7  obj  49  once_14  1
    x_14_7  cap_7  50
    x_14_8  obj  49  once_14  1
    x_14_8  cap_8  50
    x_14_9  obj  49  once_14  1
    x_14_9  cap_9  50
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
    x_15_5  obj  46  once_15  1
    x_15_5  cap_5  51
    x_15_6  obj  46  once_15  1
    x_15_6  cap_6  51
    x_15_7  obj  46  once_15  1
    x_15_7  cap_7  51
    x_15_8  obj  46  once_15  1
    x_15_8  cap_8  51
    x_15_9  obj  46  once_15  1
    x_15_9  cap_9  51
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
    x_16_5  obj  23  once_16  1
    x_16_5  cap_5  13
    x_16_6  obj  23  once_16  1
    x_16_6  cap_6  13
    x_16_7  obj  23  once_16  1
    x_16_7  cap_7  13
    x_16_8  obj  23  once_16  1
    x_16_8  cap_8  13
    x_16_9  obj  23  once_16  1
    x_16_9  cap_9  13
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
    x_17_5  obj  83  once_17  1
    x_17_5  cap_5  74
    x_17_6  obj  83  once_17  1
    x_17_6  cap_6  74
    x_17_7  obj  83  once_17  1
    x_17_7  cap_7  74
    x_17_8  obj  83  once_17  1
    x_17_8  cap_8  74
    x_17_9  obj  83  once_17  1
    x_17_9  cap_9  74
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
    x_18_5  obj  90  once_18  1
    x_18_5  cap_5  81
    x_18_6  obj  90  once_18  1
    x_18_6  cap_6  81
    x_18_7  obj  90  once_18  1
    x_18_7  cap_7  81
    x_18_8  obj  90  once_18  1
    x_18_8  cap_8  81
    x_18_9  obj  90  once_18  1
    x_18_9  cap_9  81
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
    x_19_5  obj  25  once_19  1
    x_19_5  cap_5  33
    x_19_6  obj  25  once_19  1
    x_19_6  cap_6  33
    x_19_7  obj  25  once_19  1
    x_19_7  cap_7  33
    x_19_8  obj  25  once_19  1
    x_19_8  cap_8  33
    x_19_9  obj  25  once_19  1
    x_19_9  cap_9  33
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
    x_20_5  obj  12  once_20  1
    x_20_5  cap_5  15
    x_20_6  obj  12  once_20  1
    x_20_6  cap_6  15
    x_20_7  obj  12  once_20  1
    x_20_7  cap_7  15
    x_20_8  obj  12  once_20  1
    x_20_8  cap_8  15
    x_20_9  obj  12  once_20  1
    x_20_9  cap_9  15
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
    x_21_5  obj  28  once_21  1
    x_21_5  cap_5  28
    x_21_6  obj  28  once_21  1
    x_21_6  cap_6  28
    x_21_7  obj  28  once_21  1
    x_21_7  cap_7  28
    x_21_8  obj  28  once_21  1
    x_21_8  cap_8  28
    x_21_9  obj  28  once_21  1
    x_21_9  cap_9  28
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
    x_22_5  obj  22  once_22  1
    x_22_5  cap_5  24
    x_22_6  obj  22  once_22  1
    x_22_6  cap_6  24
    x_22_7  obj  22  once_22  1
    x_22_7  cap_7  24
    x_22_8  obj  22  once_22  1
    x_22_8  cap_8  24
    x_22_9  obj  22  once_22  1
    x_22_9  cap_9  24
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
    x_23_5  obj  84  once_23  1
    x_23_5  cap_5  94
    x_23_6  obj  84  once_23  1
    x_23_6  cap_6  94
    x_23_7  obj  84  once_23  1
    x_23_7  cap_7  94
    x_23_8  obj  84  once_23  1
    x_23_8  cap_8  94
    x_23_9  obj  84  once_23  1
    x_23_9  cap_9  94
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
    x_24_5  obj  73  once_24  1
    x_24_5  cap_5  82
    x_24_6  obj  73  once_24  1
    x_24_6  cap_6  82
    x_24_7  obj  73  once_24  1
    x_24_7  cap_7  82
    x_24_8  obj  73  once_24  1
    x_24_8  cap_8  82
    x_24_9  obj  73  once_24  1
    x_24_9  cap_9  82
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
    x_25_5  obj  26  once_25  1
    x_25_5  cap_5  33
    x_25_6  obj  26  once_25  1
    x_25_6  cap_6  33
    x_25_7  obj  26  once_25  1
    x_25_7  cap_7  33
    x_25_8  obj  26  once_25  1
    x_25_8  cap_8  33
    x_25_9  obj  26  once_25  1
    x_25_9  cap_9  33
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
    x_26_5  obj  91  once_26  1
    x_26_5  cap_5  90
    x_26_6  obj  91  once_26  1
    x_26_6  cap_6  90
    x_26_7  obj  91  once_26  1
    x_26_7  cap_7  90
    x_26_8  obj  91  once_26  1
    x_26_8  cap_8  90
    x_26_9  obj  91  once_26  1
    x_26_9  cap_9  90
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
    x_27_5  obj  79  once_27  1
    x_27_5  cap_5  84
    x_27_6  obj  79  once_27  1
    x_27_6  cap_6  84
    x_27_7  obj  79  once_27  1
    x_27_7  cap_7  84
    x_27_8  obj  79  once_27  1
    x_27_8  cap_8  84
    x_27_9  obj  79  once_27  1
    x_27_9  cap_9  84
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
    x_28_5  obj  21  once_28  1
    x_28_5  cap_5  30
    x_28_6  obj  21  once_28  1
    x_28_6  cap_6  30
    x_28_7  obj  21  once_28  1
    x_28_7  cap_7  30
    x_28_8  obj  21  once_28  1
    x_28_8  cap_8  30
    x_28_9  obj  21  once_28  1
    x_28_9  cap_9  30
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
    x_29_5  obj  13  once_29  1
    x_29_5  cap_5  21
    x_29_6  obj  13  once_29  1
    x_29_6  cap_6  21
    x_29_7  obj  13  once_29  1
    x_29_7  cap_7  21
    x_29_8  obj  13  once_29  1
    x_29_8  cap_8  21
    x_29_9  obj  13  once_29  1
    x_29_9  cap_9  21
    x_30_0  obj  22  once_30  1
    x_30_0  cap_0  12
    x_30_1  obj  22  once_30  1
    x_30_1  cap_1  12
    x_30_2  obj  22  once_30  1
    x_30_2  cap_2  12
    x_30_3  obj  22  once_30  1
    x_30_3  cap_3  12
    x_30_4  obj  22  once_30  1
    x_30_4  cap_4  12
    x_30_5  obj  22  once_30  1
    x_30_5  cap_5  12
    x_30_6  obj  22  once_30  1
    x_30_6  cap_6  12
    x_30_7  obj  22  once_30  1
    x_30_7  cap_7  12
    x_30_8  obj  22  once_30  1
    x_30_8  cap_8  12
    x_30_9  obj  22  once_30  1
    x_30_9  cap_9  12
    x_31_0  obj  33  once_31  1
    x_31_0  cap_0  29
    x_31_1  obj  33  once_31  1
    x_31_1  cap_1  29
    x_31_2  obj  33  once_31  1
    x_31_2  cap_2  29
    x_31_3  obj  33  once_31  1
    x_31_3  cap_3  29
    x_31_4  obj  33  once_31  1
    x_31_4  cap_4  29
    x_31_5  obj  33  once_31  1
    x_31_5  cap_5  29
    x_31_6  obj  33  once_31  1
    x_31_6  cap_6  29
    x_31_7  obj  33  once_31  1
    x_31_7  cap_7  29
    x_31_8  obj  33  once_31  1
    x_31_8  cap_8  29
    x_31_9  obj  33  once_31  1
    x_31_9  cap_9  29
    x_32_0  obj  25  once_32  1
    x_32_0  cap_0  33
    x_32_1  obj  25  once_32  1
    x_32_1  cap_1  33
    x_32_2  obj  25  once_32  1
    x_32_2  cap_2  33
    x_32_3  obj  25  once_32  1
    x_32_3  cap_3  33
    x_32_4  obj  25  once_32  1
    x_32_4  cap_4  33
    x_32_5  obj  25  once_32  1
    x_32_5  cap_5  33
    x_32_6  obj  25  once_32  1
    x_32_6  cap_6  33
    x_32_7  obj  25  once_32  1
    x_32_7  cap_7  33
    x_32_8  obj  25  once_32  1
    x_32_8  cap_8  33
    x_32_9  obj  25  once_32  1
    x_32_9  cap_9  33
    x_33_0  obj  20  once_33  1
    x_33_0  cap_0  18
    x_33_1  obj  20  once_33  1
    x_33_1  cap_1  18
    x_33_2  obj  20  once_33  1
    x_33_2  cap_2  18
    x_33_3  obj  20  once_33  1
    x_33_3  cap_3  18
    x_33_4  obj  20  once_33  1
    x_33_4  cap_4  18
    x_33_5  obj  20  once_33  1
    x_33_5  cap_5  18
    x_33_6  obj  20  once_33  1
    x_33_6  cap_6  18
    x_33_7  obj  20  once_33  1
    x_33_7  cap_7  18
    x_33_8  obj  20  once_33  1
    x_33_8  cap_8  18
    x_33_9  obj  20  once_33  1
    x_33_9  cap_9  18
    x_34_0  obj  23  once_34  1
    x_34_0  cap_0  18
    x_34_1  obj  23  once_34  1
    x_34_1  cap_1  18
    x_34_2  obj  23  once_34  1
    x_34_2  cap_2  18
    x_34_3  obj  23  once_34  1
    x_34_3  cap_3  18
    x_34_4  obj  23  once_34  1
    x_34_4  cap_4  18
    x_34_5  obj  23  once_34  1
    x_34_5  cap_5  18
    x_34_6  obj  23  once_34  1
    x_34_6  cap_6  18
    x_34_7  obj  23  once_34  1
    x_34_7  cap_7  18
    x_34_8  obj  23  once_34  1
    x_34_8  cap_8  18
    x_34_9  obj  23  once_34  1
    x_34_9  cap_9  18
    x_35_0  obj  61  once_35  1
    x_35_0  cap_0  57
    x_35_1  obj  61  once_35  1
    x_35_1  cap_1  57
    x_35_2  obj  61  once_35  1
    x_35_2  cap_2  57
    x_35_3  obj  61  once_35  1
    x_35_3  cap_3  57
    x_35_4  obj  61  once_35  1
    x_35_4  cap_4  57
    x_35_5  obj  61  once_35  1
    x_35_5  cap_5  57
    x_35_6  obj  61  once_35  1
    x_35_6  cap_6  57
    x_35_7  obj  61  once_35  1
    x_35_7  cap_7  57
    x_35_8  obj  61  once_35  1
    x_35_8  cap_8  57
    x_35_9  obj  61  once_35  1
    x_35_9  cap_9  57
    x_36_0  obj  24  once_36  1
    x_36_0  cap_0  30
    x_36_1  obj  24  once_36  1
    x_36_1  cap_1  30
    x_36_2  obj  24  once_36  1
    x_36_2  cap_2  30
    x_36_3  obj  24  once_36  1
    x_36_3  cap_3  30
    x_36_4  obj  24  once_36  1
    x_36_4  cap_4  30
    x_36_5  obj  24  once_36  1
    x_36_5  cap_5  30
    x_36_6  obj  24  once_36  1
    x_36_6  cap_6  30
    x_36_7  obj  24  once_36  1
    x_36_7  cap_7  30
    x_36_8  obj  24  once_36  1
    x_36_8  cap_8  30
    x_36_9  obj  24  once_36  1
    x_36_9  cap_9  30
    x_37_0  obj  57  once_37  1
    x_37_0  cap_0  47
    x_37_1  obj  57  once_37  1
    x_37_1  cap_1  47
    x_37_2  obj  57  once_37  1
    x_37_2  cap_2  47
    x_37_3  obj  57  once_37  1
    x_37_3  cap_3  47
    x_37_4  obj  57  once_37  1
    x_37_4  cap_4  47
    x_37_5  obj  57  once_37  1
    x_37_5  cap_5  47
    x_37_6  obj  57  once_37  1
    x_37_6  cap_6  47
    x_37_7  obj  57  once_37  1
    x_37_7  cap_7  47
    x_37_8  obj  57  once_37  1
    x_37_8  cap_8  47
    x_37_9  obj  57  once_37  1
    x_37_9  cap_9  47
    x_38_0  obj  91  once_38  1
    x_38_0  cap_0  99
    x_38_1  obj  91  once_38  1
    x_38_1  cap_1  99
    x_38_2  obj  91  once_38  1
    x_38_2  cap_2  99
    x_38_3  obj  91  once_38  1
    x_38_3  cap_3  99
    x_38_4  obj  91  once_38  1
    x_38_4  cap_4  99
    x_38_5  obj  91  once_38  1
    x_38_5  cap_5  99
    x_38_6  obj  91  once_38  1
    x_38_6  cap_6  99
    x_38_7  obj  91  once_38  1
    x_38_7  cap_7  99
    x_38_8  obj  91  once_38  1
    x_38_8  cap_8  99
    x_38_9  obj  91  once_38  1
    x_38_9  cap_9  99
    x_39_0  obj  26  once_39  1
    x_39_0  cap_0  23
    x_39_1  obj  26  once_39  1
    x_39_1  cap_1  23
    x_39_2  obj  26  once_39  1
    x_39_2  cap_2  23
    x_39_3  obj  26  once_39  1
    x_39_3  cap_3  23
    x_39_4  obj  26  once_39  1
    x_39_4  cap_4  23
    x_39_5  obj  26  once_39  1
    x_39_5  cap_5  23
    x_39_6  obj  26  once_39  1
    x_39_6  cap_6  23
    x_39_7  obj  26  once_39  1
    x_39_7  cap_7  23
    x_39_8  obj  26  once_39  1
    x_39_8  cap_8  23
    x_39_9  obj  26  once_39  1
    x_39_9  cap_9  23
    x_40_0  obj  66  once_40  1
    x_40_0  cap_0  60
    x_40_1  obj  66  once_40  1
    x_40_1  cap_1  60
    x_40_2  obj  66  once_40  1
    x_40_2  cap_2  60
    x_40_3  obj  66  once_40  1
    x_40_3  cap_3  60
    x_40_4  obj  66  once_40  1
    x_40_4  cap_4  60
    x_40_5  obj  66  once_40  1
    x_40_5  cap_5  60
    x_40_6  obj  66  once_40  1
    x_40_6  cap_6  60
    x_40_7  obj  66  once_40  1
    x_40_7  cap_7  60
    x_40_8  obj  66  once_40  1
    x_40_8  cap_8  60
    x_40_9  obj  66  once_40  1
    x_40_9  cap_9  60
    x_41_0  obj  92  once_41  1
    x_41_0  cap_0  90
    x_41_1  obj  92  once_41  1
    x_41_1  cap_1  90
    x_41_2  obj  92  once_41  1
    x_41_2  cap_2  90
    x_41_3  obj  92  once_41  1
    x_41_3  cap_3  90
    x_41_4  obj  92  once_41  1
    x_41_4  cap_4  90
    x_41_5  obj  92  once_41  1
    x_41_5  cap_5  90
    x_41_6  obj  92  once_41  1
    x_41_6  cap_6  90
    x_41_7  obj  92  once_41  1
    x_41_7  cap_7  90
    x_41_8  obj  92  once_41  1
    x_41_8  cap_8  90
    x_41_9  obj  92  once_41  1
    x_41_9  cap_9  90
    x_42_0  obj  18  once_42  1
    x_42_0  cap_0  10
    x_42_1  obj  18  once_42  1
    x_42_1  cap_1  10
    x_42_2  obj  18  once_42  1
    x_42_2  cap_2  10
    x_42_3  obj  18  once_42  1
    x_42_3  cap_3  10
    x_42_4  obj  18  once_42  1
    x_42_4  cap_4  10
    x_42_5  obj  18  once_42  1
    x_42_5  cap_5  10
    x_42_6  obj  18  once_42  1
    x_42_6  cap_6  10
    x_42_7  obj  18  once_42  1
    x_42_7  cap_7  10
    x_42_8  obj  18  once_42  1
    x_42_8  cap_8  10
    x_42_9  obj  18  once_42  1
    x_42_9  cap_9  10
    x_43_0  obj  59  once_43  1
    x_43_0  cap_0  62
    x_43_1  obj  59  once_43  1
    x_43_1  cap_1  62
    x_43_2  obj  59  once_43  1
    x_43_2  cap_2  62
    x_43_3  obj  59  once_43  1
    x_43_3  cap_3  62
    x_43_4  obj  59  once_43  1
    x_43_4  cap_4  62
    x_43_5  obj  59  once_43  1
    x_43_5  cap_5  62
    x_43_6  obj  59  once_43  1
    x_43_6  cap_6  62
    x_43_7  obj  59  once_43  1
    x_43_7  cap_7  62
    x_43_8  obj  59  once_43  1
    x_43_8  cap_8  62
    x_43_9  obj  59  once_43  1
    x_43_9  cap_9  62
    x_44_0  obj  70  once_44  1
    x_44_0  cap_0  70
    x_44_1  obj  70  once_44  1
    x_44_1  cap_1  70
    x_44_2  obj  70  once_44  1
    x_44_2  cap_2  70
    x_44_3  obj  70  once_44  1
    x_44_3  cap_3  70
    x_44_4  obj  70  once_44  1
    x_44_4  cap_4  70
    x_44_5  obj  70  once_44  1
    x_44_5  cap_5  70
    x_44_6  obj  70  once_44  1
    x_44_6  cap_6  70
    x_44_7  obj  70  once_44  1
    x_44_7  cap_7  70
    x_44_8  obj  70  once_44  1
    x_44_8  cap_8  70
    x_44_9  obj  70  once_44  1
    x_44_9  cap_9  70
    x_45_0  obj  88  once_45  1
    x_45_0  cap_0  79
    x_45_1  obj  88  once_45  1
    x_45_1  cap_1  79
    x_45_2  obj  88  once_45  1
    x_45_2  cap_2  79
    x_45_3  obj  88  once_45  1
    x_45_3  cap_3  79
    x_45_4  obj  88  once_45  1
    x_45_4  cap_4  79
    x_45_5  obj  88  once_45  1
    x_45_5  cap_5  79
    x_45_6  obj  88  once_45  1
    x_45_6  cap_6  79
    x_45_7  obj  88  once_45  1
    x_45_7  cap_7  79
    x_45_8  obj  88  once_45  1
    x_45_8  cap_8  79
    x_45_9  obj  88  once_45  1
    x_45_9  cap_9  79
    x_46_0  obj  12  once_46  1
    x_46_0  cap_0  15
    x_46_1  obj  12  once_46  1
    x_46_1  cap_1  15
    x_46_2  obj  12  once_46  1
    x_46_2  cap_2  15
    x_46_3  obj  12  once_46  1
    x_46_3  cap_3  15
    x_46_4  obj  12  once_46  1
    x_46_4  cap_4  15
    x_46_5  obj  12  once_46  1
    x_46_5  cap_5  15
    x_46_6  obj  12  once_46  1
    x_46_6  cap_6  15
    x_46_7  obj  12  once_46  1
    x_46_7  cap_7  15
    x_46_8  obj  12  once_46  1
    x_46_8  cap_8  15
    x_46_9  obj  12  once_46  1
    x_46_9  cap_9  15
    x_47_0  obj  79  once_47  1
    x_47_0  cap_0  76
    x_47_1  obj  79  once_47  1
    x_47_1  cap_1  76
    x_47_2  obj  79  once_47  1
    x_47_2  cap_2  76
    x_47_3  obj  79  once_47  1
    x_47_3  cap_3  76
    x_47_4  obj  79  once_47  1
    x_47_4  cap_4  76
    x_47_5  obj  79  once_47  1
    x_47_5  cap_5  76
    x_47_6  obj  79  once_47  1
    x_47_6  cap_6  76
    x_47_7  obj  79  once_47  1
    x_47_7  cap_7  76
    x_47_8  obj  79  once_47  1
    x_47_8  cap_8  76
    x_47_9  obj  79  once_47  1
    x_47_9  cap_9  76
    x_48_0  obj  20  once_48  1
    x_48_0  cap_0  25
    x_48_1  obj  20  once_48  1
    x_48_1  cap_1  25
    x_48_2  obj  20  once_48  1
    x_48_2  cap_2  25
    x_48_3  obj  20  once_48  1
    x_48_3  cap_3  25
    x_48_4  obj  20  once_48  1
    x_48_4  cap_4  25
    x_48_5  obj  20  once_48  1
    x_48_5  cap_5  25
    x_48_6  obj  20  once_48  1
    x_48_6  cap_6  25
    x_48_7  obj  20  once_48  1
    x_48_7  cap_7  25
    x_48_8  obj  20  once_48  1
    x_48_8  cap_8  25
    x_48_9  obj  20  once_48  1
    x_48_9  cap_9  25
    x_49_0  obj  25  once_49  1
    x_49_0  cap_0  31
    x_49_1  obj  25  once_49  1
    x_49_1  cap_1  31
    x_49_2  obj  25  once_49  1
    x_49_2  cap_2  31
    x_49_3  obj  25  once_49  1
    x_49_3  cap_3  31
    x_49_4  obj  25  once_49  1
    x_49_4  cap_4  31
    x_49_5  obj  25  once_49  1
    x_49_5  cap_5  31
    x_49_6  obj  25  once_49  1
    x_49_6  cap_6  31
    x_49_7  obj  25  once_49  1
    x_49_7  cap_7  31
    x_49_8  obj  25  once_49  1
    x_49_8  cap_8  31
    x_49_9  obj  25  once_49  1
    x_49_9  cap_9  31
    x_50_0  obj  71  once_50  1
    x_50_0  cap_0  69
    x_50_1  obj  71  once_50  1
    x_50_1  cap_1  69
    x_50_2  obj  71  once_50  1
    x_50_2  cap_2  69
    x_50_3  obj  71  once_50  1
    x_50_3  cap_3  69
    x_50_4  obj  71  once_50  1
    x_50_4  cap_4  69
    x_50_5  obj  71  once_50  1
    x_50_5  cap_5  69
    x_50_6  obj  71  once_50  1
    x_50_6  cap_6  69
    x_50_7  obj  71  once_50  1
    x_50_7  cap_7  69
    x_50_8  obj  71  once_50  1
    x_50_8  cap_8  69
    x_50_9  obj  71  once_50  1
    x_50_9  cap_9  69
    x_51_0  obj  73  once_51  1
    x_51_0  cap_0  64
    x_51_1  obj  73  once_51  1
    x_51_1  cap_1  64
    x_51_2  obj  73  once_51  1
    x_51_2  cap_2  64
    x_51_3  obj  73  once_51  1
    x_51_3  cap_3  64
    x_51_4  obj  73  once_51  1
    x_51_4  cap_4  64
    x_51_5  obj  73  once_51  1
    x_51_5  cap_5  64
    x_51_6  obj  73  once_51  1
    x_51_6  cap_6  64
    x_51_7  obj  73  once_51  1
    x_51_7  cap_7  64
    x_51_8  obj  73  once_51  1
    x_51_8  cap_8  64
    x_51_9  obj  73  once_51  1
    x_51_9  cap_9  64
    x_52_0  obj  72  once_52  1
    x_52_0  cap_0  75
    x_52_1  obj  72  once_52  1
    x_52_1  cap_1  75
    x_52_2  obj  72  once_52  1
    x_52_2  cap_2  75
    x_52_3  obj  72  once_52  1
    x_52_3  cap_3  75
    x_52_4  obj  72  once_52  1
    x_52_4  cap_4  75
    x_52_5  obj  72  once_52  1
    x_52_5  cap_5  75
    x_52_6  obj  72  once_52  1
    x_52_6  cap_6  75
    x_52_7  obj  72  once_52  1
    x_52_7  cap_7  75
    x_52_8  obj  72  once_52  1
    x_52_8  cap_8  75
    x_52_9  obj  72  once_52  1
    x_52_9  cap_9  75
    x_53_0  obj  73  once_53  1
    x_53_0  cap_0  64
    x_53_1  obj  73  once_53  1
    x_53_1  cap_1  64
    x_53_2  obj  73  once_53  1
    x_53_2  cap_2  64
    x_53_3  obj  73  once_53  1
    x_53_3  cap_3  64
    x_53_4  obj  73  once_53  1
    x_53_4  cap_4  64
    x_53_5  obj  73  once_53  1
    x_53_5  cap_5  64
    x_53_6  obj  73  once_53  1
    x_53_6  cap_6  64
    x_53_7  obj  73  once_53  1
    x_53_7  cap_7  64
    x_53_8  obj  73  once_53  1
    x_53_8  cap_8  64
    x_53_9  obj  73  once_53  1
    x_53_9  cap_9  64
    x_54_0  obj  110  once_54  1
    x_54_0  cap_0  100
    x_54_1  obj  110  once_54  1
    x_54_1  cap_1  100
    x_54_2  obj  110  once_54  1
    x_54_2  cap_2  100
    x_54_3  obj  110  once_54  1
    x_54_3  cap_3  100
    x_54_4  obj  110  once_54  1
    x_54_4  cap_4  100
    x_54_5  obj  110  once_54  1
    x_54_5  cap_5  100
    x_54_6  obj  110  once_54  1
    x_54_6  cap_6  100
    x_54_7  obj  110  once_54  1
    x_54_7  cap_7  100
    x_54_8  obj  110  once_54  1
    x_54_8  cap_8  100
    x_54_9  obj  110  once_54  1
    x_54_9  cap_9  100
    x_55_0  obj  101  once_55  1
    x_55_0  cap_0  93
    x_55_1  obj  101  once_55  1
    x_55_1  cap_1  93
    x_55_2  obj  101  once_55  1
    x_55_2  cap_2  93
    x_55_3  obj  101  once_55  1
    x_55_3  cap_3  93
    x_55_4  obj  101  once_55  1
    x_55_4  cap_4  93
    x_55_5  obj  101  once_55  1
    x_55_5  cap_5  93
    x_55_6  obj  101  once_55  1
    x_55_6  cap_6  93
    x_55_7  obj  101  once_55  1
    x_55_7  cap_7  93
    x_55_8  obj  101  once_55  1
    x_55_8  cap_8  93
    x_55_9  obj  101  once_55  1
    x_55_9  cap_9  93
    x_56_0  obj  104  once_56  1
    x_56_0  cap_0  99
    x_56_1  obj  104  once_56  1
    x_56_1  cap_1  99
    x_56_2  obj  104  once_56  1
    x_56_2  cap_2  99
    x_56_3  obj  104  once_56  1
    x_56_3  cap_3  99
    x_56_4  obj  104  once_56  1
    x_56_4  cap_4  99
    x_56_5  obj  104  once_56  1
    x_56_5  cap_5  99
    x_56_6  obj  104  once_56  1
    x_56_6  cap_6  99
    x_56_7  obj  104  once_56  1
    x_56_7  cap_7  99
    x_56_8  obj  104  once_56  1
    x_56_8  cap_8  99
    x_56_9  obj  104  once_56  1
    x_56_9  cap_9  99
    x_57_0  obj  37  once_57  1
    x_57_0  cap_0  37
    x_57_1  obj  37  once_57  1
    x_57_1  cap_1  37
    x_57_2  obj  37  once_57  1
    x_57_2  cap_2  37
    x_57_3  obj  37  once_57  1
    x_57_3  cap_3  37
    x_57_4  obj  37  once_57  1
    x_57_4  cap_4  37
    x_57_5  obj  37  once_57  1
    x_57_5  cap_5  37
    x_57_6  obj  37  once_57  1
    x_57_6  cap_6  37
    x_57_7  obj  37  once_57  1
    x_57_7  cap_7  37
    x_57_8  obj  37  once_57  1
    x_57_8  cap_8  37
    x_57_9  obj  37  once_57  1
    x_57_9  cap_9  37
    x_58_0  obj  77  once_58  1
    x_58_0  cap_0  74
    x_58_1  obj  77  once_58  1
    x_58_1  cap_1  74
    x_58_2  obj  77  once_58  1
    x_58_2  cap_2  74
    x_58_3  obj  77  once_58  1
    x_58_3  cap_3  74
    x_58_4  obj  77  once_58  1
    x_58_4  cap_4  74
    x_58_5  obj  77  once_58  1
    x_58_5  cap_5  74
    x_58_6  obj  77  once_58  1
    x_58_6  cap_6  74
    x_58_7  obj  77  once_58  1
    x_58_7  cap_7  74
    x_58_8  obj  77  once_58  1
    x_58_8  cap_8  74
    x_58_9  obj  77  once_58  1
    x_58_9  cap_9  74
    x_59_0  obj  42  once_59  1
    x_59_0  cap_0  41
    x_59_1  obj  42  once_59  1
    x_59_1  cap_1  41
    x_59_2  obj  42  once_59  1
    x_59_2  cap_2  41
    x_59_3  obj  42  once_59  1
    x_59_3  cap_3  41
    x_59_4  obj  42  once_59  1
    x_59_4  cap_4  41
    x_59_5  obj  42  once_59  1
    x_59_5  cap_5  41
    x_59_6  obj  42  once_59  1
    x_59_6  cap_6  41
    x_59_7  obj  42  once_59  1
    x_59_7  cap_7  41
    x_59_8  obj  42  once_59  1
    x_59_8  cap_8  41
    x_59_9  obj  42  once_59  1
    x_59_9  cap_9  41
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
    RHS  once_30  1
    RHS  once_31  1
    RHS  once_32  1
    RHS  once_33  1
    RHS  once_34  1
    RHS  once_35  1
    RHS  once_36  1
    RHS  once_37  1
    RHS  once_38  1
    RHS  once_39  1
    RHS  once_40  1
    RHS  once_41  1
    RHS  once_42  1
    RHS  once_43  1
    RHS  once_44  1
    RHS  once_45  1
    RHS  once_46  1
    RHS  once_47  1
    RHS  once_48  1
    RHS  once_49  1
    RHS  once_50  1
    RHS  once_51  1
    RHS  once_52  1
    RHS  once_53  1
    RHS  once_54  1
    RHS  once_55  1
    RHS  once_56  1
    RHS  once_57  1
    RHS  once_58  1
    RHS  once_59  1
    RHS  cap_0  163
    RHS  cap_1  163
    RHS  cap_2  163
    RHS  cap_3  163
    RHS  cap_4  163
    RHS  cap_5  163
    RHS  cap_6  163
    RHS  cap_7  163
    RHS  cap_8  163
    RHS  cap_9  163
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
