NAME pcmax_20_5_t1-100_1
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
 L  load_0
 L  load_1
 L  load_2
 L  load_3
 L  load_4
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  assign_0  1  load_0  55
    x_0_1  assign_0  1  load_1  55
    x_0_2  assign_0  1  load_2  55
    x_0_3  assign_0  1  load_3  55
    x_0_4  assign_0  1  load_4  55
    x_1_0  assign_1  1  load_0  41
    x_1_1  assign_1  1  load_1  41
    x_1_2  assign_1  1  load_2  41
    x_1_3  assign_1  1  load_3  41
    x_1_4  assign_1  1  load_4  41
    x_2_0  assign_2  1  load_0  99
    x_2_1  assign_2  1  load_1  99
    x_2_2  assign_2  1  load_2  99
    x_2_3  assign_2  1  load_3  99
    x_2_4  assign_2  1  load_4  99
    x_3_0  assign_3  1  load_0  9
    x_3_1  assign_3  1  load_1  9
    x_3_2  assign_3  1  load_2  9
    x_3_3  assign_3  1  load_3  9
    x_3_4  assign_3  1  load_4  9
    x_4_0  assign_4  1  load_0  22
    x_4_1  assign_4  1  load_1  22
    x_4_2  assign_4  1  load_2  22
    x_4_3  assign_4  1  load_3  22
    x_4_4  assign_4  1  load_4  22
    x_5_0  assign_5  1  load_0  60
    x_5_1  assign_5  1  load_1  60
    x_5_2  assign_5  1  load_2  60
    x_5_3  assign_5  1  load_3  60
    x_5_4  assign_5  1  load_4  60
    x_6_0  assign_6  1  load_0  39
    x_6_1  assign_6  1  load_1  39
    x_6_2  assign_6  1  load_2  39
    x_6_3  assign_6  1  load_3  39
    x_6_4  assign_6  1  load_4  39
    x_7_0  assign_7  1  load_0  22
    x_7_1  assign_7  1  load_1  22
    x_7_2  assign_7  1  load_2  22
    x_7_3  assign_7  1  load_3  22
    x_7_4  assign_7  1  load_4  22
    x_8_0  assign_8  1  load_0  84
    x_8_1  assign_8  1  load_1  84
    x_8_2  assign_8  1  load_2  84
    x_8_3  assign_8  1  load_3  84
    x_8_4  assign_8  1  load_4  84
    x_9_0  assign_9  1  load_0  29
    x_9_1  assign_9  1  load_1  29
    x_9_2  assign_9  1  load_2  29
    x_9_3  assign_9  1  load_3  29
    x_9_4  assign_9  1  load_4  29
    x_10_0  assign_10  1  load_0  92
    x_10_1  assign_10  1  load_1  92
    x_10_2  assign_10  1  load_2  92
    x_10_3  assign_10  1  load_3  92
    x_10_4  assign_10  1  load_4  92
    x_11_0  assign_11  1  load_0  72
    x_11_1  assign_11  1  load_1  72
    x_11_2  assign_11  1  load_2  72
    x_11_3  assign_11  1  load_3  72
    x_11_4  assign_11  1  load_4  72
    x_12_0  assign_12  1  load_0  50
    x_12_1  assign_12  1  load_1  50
    x_12_2  assign_12  1  load_2  50
    x_12_3  assign_12  1  load_3  50
    x_12_4  assign_12  1  load_4  50
    x_13_0  assign_13  1  load_0  47
    x_13_1  assign_13  1  load_1  47
    x_13_2  assign_13  1  load_2  47
    x_13_3  assign_13  1  load_3  47
    x_13_4  assign_13  1  load_4  47
    x_14_0  assign_14  1  load_0  72
    x_14_1  assign_14  1  load_1  72
    x_14_2  assign_14  1  load_2  72
    x_14_3  assign_14  1  load_3  72
    x_14_4  assign_14  1  load_4  72
    x_15_0  assign_15  1  load_0  16
    x_15_1  assign_15  1  load_1  16
    x_15_2  assign_15  1  load_2  16
    x_15_3  assign_15  1  load_3  16
    x_15_4  assign_15  1  load_4  16
    x_16_0  assign_16  1  load_0  5
    x_16_1  assign_16  1  load_1  5
    x_16_2  assign_16  1  load_2  5
    x_16_3  assign_16  1  load_3  5
    x_16_4  assign_16  1  load_4  5
    x_17_0  assign_17  1  load_0  88
    x_17_1  assign_17  1  load_1  88
    x_17_2  assign_17  1  load_2  88
    x_17_3  assign_17  1  load_3  88
    x_17_4  assign_17  1  load_4  88
    x_18_0  assign_18  1  load_0  18
    x_18_1  assign_18  1  load_1  18
    x_18_2  assign_18  1  load_2  18
    x_18_3  assign_18  1  load_3  18
    x_18_4  assign_18  1  load_4  18
    x_19_0  assign_19  1  load_0  71
    x_19_1  assign_19  1  load_1  71
    x_19_2  assign_19  1  load_2  71
    x_19_3  assign_19  1  load_3  71
    x_19_4  assign_19  1  load_4  71
    C  obj  1  load_0  -1
    C  load_1  -1  load_2  -1
    C  load_3  -1  load_4  -1
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
 LO BND  C  0
 UP BND  C  991
ENDATA
