NAME cutstock_10_W1000_w100-500_d10_1
ROWS
 N  obj
 G  demand_0
 G  demand_1
 G  demand_2
 G  demand_3
 G  demand_4
 G  demand_5
 G  demand_6
 G  demand_7
 G  demand_8
 G  demand_9
 L  roll_0
 L  roll_1
 L  roll_2
 L  roll_3
 L  roll_4
 L  roll_5
 L  roll_6
 L  roll_7
 L  roll_8
 L  roll_9
 L  roll_10
 L  roll_11
 L  roll_12
 L  roll_13
 L  roll_14
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  demand_0  1  roll_0  320
    x_0_1  demand_0  1  roll_1  320
    x_0_2  demand_0  1  roll_2  320
    x_0_3  demand_0  1  roll_3  320
    x_0_4  demand_0  1  roll_4  320
    x_0_5  demand_0  1  roll_5  320
    x_0_6  demand_0  1  roll_6  320
    x_0_7  demand_0  1  roll_7  320
    x_0_8  demand_0  1  roll_8  320
    x_0_9  demand_0  1  roll_9  320
    x_0_10  demand_0  1  roll_10  320
    x_0_11  demand_0  1  roll_11  320
    x_0_12  demand_0  1  roll_12  320
    x_0_13  demand_0  1  roll_13  320
    x_0_14  demand_0  1  roll_14  320
    x_1_0  demand_1  1  roll_0  494
    x_1_1  demand_1  1  roll_1  494
    x_1_2  demand_1  1  roll_2  494
    x_1_3  demand_1  1  roll_3  494
    x_1_4  demand_1  1  roll_4  494
    x_1_5  demand_1  1  roll_5  494
    x_1_6  demand_1  1  roll_6  494
    x_1_7  demand_1  1  roll_7  494
    x_1_8  demand_1  1  roll_8  494
    x_1_9  demand_1  1  roll_9  494
    x_1_10  demand_1  1  roll_10  494
    x_1_11  demand_1  1  roll_11  494
    x_1_12  demand_1  1  roll_12  494
    x_1_13  demand_1  1  roll_13  494
    x_1_14  demand_1  1  roll_14  494
    x_2_0  demand_2  1  roll_0  184
    x_2_1  demand_2  1  roll_1  184
    x_2_2  demand_2  1  roll_2  184
    x_2_3  demand_2  1  roll_3  184
    x_2_4  demand_2  1  roll_4  184
    x_2_5  demand_2  1  roll_5  184
    x_2_6  demand_2  1  roll_6  184
    x_2_7  demand_2  1  roll_7  184
    x_2_8  demand_2  1  roll_8  184
    x_2_9  demand_2  1  roll_9  184
    x_2_10  demand_2  1  roll_10  184
    x_2_11  demand_2  1  roll_11  184
    x_2_12  demand_2  1  roll_12  184
    x_2_13  demand_2  1  roll_13  184
    x_2_14  demand_2  1  roll_14  184
    x_3_0  demand_3  1  roll_0  255
    x_3_1  demand_3  1  roll_1  255
    x_3_2  demand_3  1  roll_2  255
    x_3_3  demand_3  1  roll_3  255
    x_3_4  demand_3  1  roll_4  255
    x_3_5  demand_3  1  roll_5  255
    x_3_6  demand_3  1  roll_6  255
    x_3_7  demand_3  1  roll_7  255
    x_3_8  demand_3  1  roll_8  255
    x_3_9  demand_3  1  roll_9  255
    x_3_10  demand_3  1  roll_10  255
    x_3_11  demand_3  1  roll_11  255
    x_3_12  demand_3  1  roll_12  255
    x_3_13  demand_3  1  roll_13  255
    x_3_14  demand_3  1  roll_14  255
    x_4_0  demand_4  1  roll_0  433
    x_4_1  demand_4  1  roll_1  433
    x_4_2  demand_4  1  roll_2  433
    x_4_3  demand_4  1  roll_3  433
    x_4_4  demand_4  1  roll_4  433
    x_4_5  demand_4  1  roll_5  433
    x_4_6  demand_4  1  roll_6  433
    x_4_7  demand_4  1  roll_7  433
    x_4_8  demand_4  1  roll_8  433
    x_4_9  demand_4  1  roll_9  433
    x_4_10  demand_4  1  roll_10  433
    x_4_11  demand_4  1  roll_11  433
    x_4_12  demand_4  1  roll_12  433
    x_4_13  demand_4  1  roll_13  433
    x_4_14  demand_4  1  roll_14  433
    x_5_0  demand_5  1  roll_0  466
    x_5_1  demand_5  1  roll_1  466
    x_5_2  demand_5  1  roll_2  466
    x_5_3  demand_5  1  roll_3  466
    x_5_4  demand_5  1  roll_4  466
    x_5_5  demand_5  1  roll_5  466
    x_5_6  demand_5  1  roll_6  466
    x_5_7  demand_5  1  roll_7  466
    x_5_8  demand_5  1  roll_8  466
    x_5_9  demand_5  1  roll_9  466
    x_5_10  demand_5  1  roll_10  466
    x_5_11  demand_5  1  roll_11  466
    x_5_12  demand_5  1  roll_12  466
    x_5_13  demand_5  1  roll_13  466
    x_5_14  demand_5  1  roll_14  466
    x_6_0  demand_6  1  roll_0  298
    x_6_1  demand_6  1  roll_1  298
    x_6_2  demand_6  1  roll_2  298
    x_6_3  demand_6  1  roll_3  298
    x_6_4  demand_6  1  roll_4  298
    x_6_5  demand_6  1  roll_5  298
    x_6_6  demand_6  1  roll_6  298
    x_6_7  demand_6  1  roll_7  298
    x_6_8  demand_6  1  roll_8  298
    x_6_9  demand_6  1  roll_9  298
    x_6_10  demand_6  1  roll_10  298
    x_6_11  demand_6  1  roll_11  298
    x_6_12  demand_6  1  roll_12  298
    x_6_13  demand_6  1  roll_13  298
    x_6_14  demand_6  1  roll_14  298
    x_7_0  demand_7  1  roll_0  384
    x_7_1  demand_7  1  roll_1  384
    x_7_2  demand_7  1  roll_2  384
    x_7_3  demand_7  1  roll_3  384
    x_7_4  demand_7  1  roll_4  384
    x_7_5  demand_7  1  roll_5  384
    x_7_6  demand_7  1  roll_6  384
    x_7_7  demand_7  1  roll_7  384
    x_7_8  demand_7  1  roll_8  384
    x_7_9  demand_7  1  roll_9  384
    x_7_10  demand_7  1  roll_10  384
    x_7_11  demand_7  1  roll_11  384
    x_7_12  demand_7  1  roll_12  384
    x_7_13  demand_7  1  roll_13  384
    x_7_14  demand_7  1  roll_14  384
    x_8_0  demand_8  1  roll_0  116
    x_8_1  demand_8  1  roll_1  116
    x_8_2  demand_8  1  roll_2  116
    x_8_3  demand_8  1  roll_3  116
    x_8_4  demand_8  1  roll_4  116
    x_8_5  demand_8  1  roll_5  116
    x_8_6  demand_8  1  roll_6  116
    x_8_7  demand_8  1  roll_7  116
    x_8_8  demand_8  1  roll_8  116
    x_8_9  demand_8  1  roll_9  116
    x_8_10  demand_8  1  roll_10  116
    x_8_11  demand_8  1  roll_11  116
    x_8_12  demand_8  1  roll_12  116
    x_8_13  demand_8  1  roll_13  116
    x_8_14  demand_8  1  roll_14  116
    x_9_0  demand_9  1  roll_0  169
    x_9_1  demand_9  1  roll_1  169
    x_9_2  demand_9  1  roll_2  169
    x_9_3  demand_9  1  roll_3  169
    x_9_4  demand_9  1  roll_4  169
    x_9_5  demand_9  1  roll_5  169
    x_9_6  demand_9  1  roll_6  169
    x_9_7  demand_9  1  roll_7  169
    x_9_8  demand_9  1  roll_8  169
    x_9_9  demand_9  1  roll_9  169
    x_9_10  demand_9  1  roll_10  169
    x_9_11  demand_9  1  roll_11  169
    x_9_12  demand_9  1  roll_12  169
    x_9_13  demand_9  1  roll_13  169
    x_9_14  demand_9  1  roll_14  169
    y_0  obj  1  roll_0  -1000
    y_1  obj  1  roll_1  -1000
    y_2  obj  1  roll_2  -1000
    y_3  obj  1  roll_3  -1000
    y_4  obj  1  roll_4  -1000
    y_5  obj  1  roll_5  -1000
    y_6  obj  1  roll_6  -1000
    y_7  obj  1  roll_7  -1000
    y_8  obj  1  roll_8  -1000
    y_9  obj  1  roll_9  -1000
    y_10  obj  1  roll_10  -1000
    y_11  obj  1  roll_11  -1000
    y_12  obj  1  roll_12  -1000
    y_13  obj  1  roll_13  -1000
    y_14  obj  1  roll_14  -1000
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  demand_0  5
    RHS  demand_1  1
    RHS  demand_2  6
    RHS  demand_3  3
    RHS  demand_4  3
    RHS  demand_5  8
    RHS  demand_6  5
    RHS  demand_7  2
    RHS  demand_8  9
    RHS  demand_9  8
BOUNDS
 LO BND  x_0_0  0
 UP BND  x_0_0  3
 LO BND  x_0_1  0
 UP BND  x_0_1  3
 LO BND  x_0_2  0
 UP BND  x_0_2  3
 LO BND  x_0_3  0
 UP BND  x_0_3  3
 LO BND  x_0_4  0
 UP BND  x_0_4  3
 LO BND  x_0_5  0
 UP BND  x_0_5  3
 LO BND  x_0_6  0
 UP BND  x_0_6  3
 LO BND  x_0_7  0
 UP BND  x_0_7  3
 LO BND  x_0_8  0
 UP BND  x_0_8  3
 LO BND  x_0_9  0
 UP BND  x_0_9  3
 LO BND  x_0_10  0
 UP BND  x_0_10  3
 LO BND  x_0_11  0
 UP BND  x_0_11  3
 LO BND  x_0_12  0
 UP BND  x_0_12  3
 LO BND  x_0_13  0
 UP BND  x_0_13  3
 LO BND  x_0_14  0
 UP BND  x_0_14  3
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
 LO BND  x_2_0  0
 UP BND  x_2_0  5
 LO BND  x_2_1  0
 UP BND  x_2_1  5
 LO BND  x_2_2  0
 UP BND  x_2_2  5
 LO BND  x_2_3  0
 UP BND  x_2_3  5
 LO BND  x_2_4  0
 UP BND  x_2_4  5
 LO BND  x_2_5  0
 UP BND  x_2_5  5
 LO BND  x_2_6  0
 UP BND  x_2_6  5
 LO BND  x_2_7  0
 UP BND  x_2_7  5
 LO BND  x_2_8  0
 UP BND  x_2_8  5
 LO BND  x_2_9  0
 UP BND  x_2_9  5
 LO BND  x_2_10  0
 UP BND  x_2_10  5
 LO BND  x_2_11  0
 UP BND  x_2_11  5
 LO BND  x_2_12  0
 UP BND  x_2_12  5
 LO BND  x_2_13  0
 UP BND  x_2_13  5
 LO BND  x_2_14  0
 UP BND  x_2_14  5
 LO BND  x_3_0  0
 UP BND  x_3_0  3
 LO BND  x_3_1  0
 UP BND  x_3_1  3
 LO BND  x_3_2  0
 UP BND  x_3_2  3
 LO BND  x_3_3  0
 UP BND  x_3_3  3
 LO BND  x_3_4  0
 UP BND  x_3_4  3
 LO BND  x_3_5  0
 UP BND  x_3_5  3
 LO BND  x_3_6  0
 UP BND  x_3_6  3
 LO BND  x_3_7  0
 UP BND  x_3_7  3
 LO BND  x_3_8  0
 UP BND  x_3_8  3
 LO BND  x_3_9  0
 UP BND  x_3_9  3
 LO BND  x_3_10  0
 UP BND  x_3_10  3
 LO BND  x_3_11  0
 UP BND  x_3_11  3
 LO BND  x_3_12  0
 UP BND  x_3_12  3
 LO BND  x_3_13  0
 UP BND  x_3_13  3
 LO BND  x_3_14  0
 UP BND  x_3_14  3
 LO BND  x_4_0  0
 UP BND  x_4_0  2
 LO BND  x_4_1  0
 UP BND  x_4_1  2
 LO BND  x_4_2  0
 UP BND  x_4_2  2
 LO BND  x_4_3  0
 UP BND  x_4_3  2
 LO BND  x_4_4  0
 UP BND  x_4_4  2
 LO BND  x_4_5  0
 UP BND  x_4_5  2
 LO BND  x_4_6  0
 UP BND  x_4_6  2
 LO BND  x_4_7  0
 UP BND  x_4_7  2
 LO BND  x_4_8  0
 UP BND  x_4_8  2
 LO BND  x_4_9  0
 UP BND  x_4_9  2
 LO BND  x_4_10  0
 UP BND  x_4_10  2
 LO BND  x_4_11  0
 UP BND  x_4_11  2
 LO BND  x_4_12  0
 UP BND  x_4_12  2
 LO BND  x_4_13  0
 UP BND  x_4_13  2
 LO BND  x_4_14  0
 UP BND  x_4_14  2
 LO BND  x_5_0  0
 UP BND  x_5_0  2
 LO BND  x_5_1  0
 UP BND  x_5_1  2
 LO BND  x_5_2  0
 UP BND  x_5_2  2
 LO BND  x_5_3  0
 UP BND  x_5_3  2
 LO BND  x_5_4  0
 UP BND  x_5_4  2
 LO BND  x_5_5  0
 UP BND  x_5_5  2
 LO BND  x_5_6  0
 UP BND  x_5_6  2
 LO BND  x_5_7  0
 UP BND  x_5_7  2
 LO BND  x_5_8  0
 UP BND  x_5_8  2
 LO BND  x_5_9  0
 UP BND  x_5_9  2
 LO BND  x_5_10  0
 UP BND  x_5_10  2
 LO BND  x_5_11  0
 UP BND  x_5_11  2
 LO BND  x_5_12  0
 UP BND  x_5_12  2
 LO BND  x_5_13  0
 UP BND  x_5_13  2
 LO BND  x_5_14  0
 UP BND  x_5_14  2
 LO BND  x_6_0  0
 UP BND  x_6_0  3
 LO BND  x_6_1  0
 UP BND  x_6_1  3
 LO BND  x_6_2  0
 UP BND  x_6_2  3
 LO BND  x_6_3  0
 UP BND  x_6_3  3
 LO BND  x_6_4  0
 UP BND  x_6_4  3
 LO BND  x_6_5  0
 UP BND  x_6_5  3
 LO BND  x_6_6  0
 UP BND  x_6_6  3
 LO BND  x_6_7  0
 UP BND  x_6_7  3
 LO BND  x_6_8  0
 UP BND  x_6_8  3
 LO BND  x_6_9  0
 UP BND  x_6_9  3
 LO BND  x_6_10  0
 UP BND  x_6_10  3
 LO BND  x_6_11  0
 UP BND  x_6_11  3
 LO BND  x_6_12  0
 UP BND  x_6_12  3
 LO BND  x_6_13  0
 UP BND  x_6_13  3
 LO BND  x_6_14  0
 UP BND  x_6_14  3
 LO BND  x_7_0  0
 UP BND  x_7_0  2
 LO BND  x_7_1  0
 UP BND  x_7_1  2
 LO BND  x_7_2  0
 UP BND  x_7_2  2
 LO BND  x_7_3  0
 UP BND  x_7_3  2
 LO BND  x_7_4  0
 UP BND  x_7_4  2
 LO BND  x_7_5  0
 UP BND  x_7_5  2
 LO BND  x_7_6  0
 UP BND  x_7_6  2
 LO BND  x_7_7  0
 UP BND  x_7_7  2
 LO BND  x_7_8  0
 UP BND  x_7_8  2
 LO BND  x_7_9  0
 UP BND  x_7_9  2
 LO BND  x_7_10  0
 UP BND  x_7_10  2
 LO BND  x_7_11  0
 UP BND  x_7_11  2
 LO BND  x_7_12  0
 UP BND  x_7_12  2
 LO BND  x_7_13  0
 UP BND  x_7_13  2
 LO BND  x_7_14  0
 UP BND  x_7_14  2
 LO BND  x_8_0  0
 UP BND  x_8_0  8
 LO BND  x_8_1  0
 UP BND  x_8_1  8
 LO BND  x_8_2  0
 UP BND  x_8_2  8
 LO BND  x_8_3  0
 UP BND  x_8_3  8
 LO BND  x_8_4  0
 UP BND  x_8_4  8
 LO BND  x_8_5  0
 UP BND  x_8_5  8
 LO BND  x_8_6  0
 UP BND  x_8_6  8
 LO BND  x_8_7  0
 UP BND  x_8_7  8
 LO BND  x_8_8  0
 UP BND  x_8_8  8
 LO BND  x_8_9  0
 UP BND  x_8_9  8
 LO BND  x_8_10  0
 UP BND  x_8_10  8
 LO BND  x_8_11  0
 UP BND  x_8_11  8
 LO BND  x_8_12  0
 UP BND  x_8_12  8
 LO BND  x_8_13  0
 UP BND  x_8_13  8
 LO BND  x_8_14  0
 UP BND  x_8_14  8
 LO BND  x_9_0  0
 UP BND  x_9_0  5
 LO BND  x_9_1  0
 UP BND  x_9_1  5
 LO BND  x_9_2  0
 UP BND  x_9_2  5
 LO BND  x_9_3  0
 UP BND  x_9_3  5
 LO BND  x_9_4  0
 UP BND  x_9_4  5
 LO BND  x_9_5  0
 UP BND  x_9_5  5
 LO BND  x_9_6  0
 UP BND  x_9_6  5
 LO BND  x_9_7  0
 UP BND  x_9_7  5
 LO BND  x_9_8  0
 UP BND  x_9_8  5
 LO BND  x_9_9  0
 UP BND  x_9_9  5
 LO BND  x_9_10  0
 UP BND  x_9_10  5
 LO BND  x_9_11  0
 UP BND  x_9_11  5
 LO BND  x_9_12  0
 UP BND  x_9_12  5
 LO BND  x_9_13  0
 UP BND  x_9_13  5
 LO BND  x_9_14  0
 UP BND  x_9_14  5
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
ENDATA
