NAME facility_10x10_r5_1
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
 L  capacity_0
 L  capacity_1
 L  capacity_2
 L  capacity_3
 L  capacity_4
 L  capacity_5
 L  capacity_6
 L  capacity_7
 L  capacity_8
 L  capacity_9
 G  total_capacity
 L  tighten_0_0
 L  tighten_0_1
 L  tighten_0_2
 L  tighten_0_3
 L  tighten_0_4
 L  tighten_0_5
 L  tighten_0_6
 L  tighten_0_7
 L  tighten_0_8
 L  tighten_0_9
 L  tighten_1_0
 L  tighten_1_1
 L  tighten_1_2
 L  tighten_1_3
 L  tighten_1_4
 L  tighten_1_5
 L  tighten_1_6
 L  tighten_1_7
 L  tighten_1_8
 L  tighten_1_9
 L  tighten_2_0
 L  tighten_2_1
 L  tighten_2_2
 L  tighten_2_3
 L  tighten_2_4
 L  tighten_2_5
 L  tighten_2_6
 L  tighten_2_7
 L  tighten_2_8
 L  tighten_2_9
 L  tighten_3_0
 L  tighten_3_1
 L  tighten_3_2
 L  tighten_3_3
 L  tighten_3_4
 L  tighten_3_5
 L  tighten_3_6
 L  tighten_3_7
 L  tighten_3_8
 L  tighten_3_9
 L  tighten_4_0
 L  tighten_4_1
 L  tighten_4_2
 L  tighten_4_3
 L  tighten_4_4
 L  tighten_4_5
 L  tighten_4_6
 L  tighten_4_7
 L  tighten_4_8
 L  tighten_4_9
 L  tighten_5_0
 L  tighten_5_1
 L  tighten_5_2
 L  tighten_5_3
 L  tighten_5_4
 L  tighten_5_5
 L  tighten_5_6
 L  tighten_5_7
 L  tighten_5_8
 L  tighten_5_9
 L  tighten_6_0
 L  tighten_6_1
 L  tighten_6_2
 L  tighten_6_3
 L  tighten_6_4
 L  tighten_6_5
 L  tighten_6_6
 L  tighten_6_7
 L  tighten_6_8
 L  tighten_6_9
 L  tighten_7_0
 L  tighten_7_1
 L  tighten_7_2
 L  tighten_7_3
 L  tighten_7_4
 L  tighten_7_5
 L  tighten_7_6
 L  tighten_7_7
 L  tighten_7_8
 L  tighten_7_9
 L  tighten_8_0
 L  tighten_8_1
 L  tighten_8_2
 L  tighten_8_3
 L  tighten_8_4
 L  tighten_8_5
 L  tighten_8_6
 L  tighten_8_7
 L  tighten_8_8
 L  tighten_8_9
 L  tighten_9_0
 L  tighten_9_1
 L  tighten_9_2
 L  tighten_9_3
 L  tighten_9_4
 L  tighten_9_5
 L  tighten_9_6
 L  tighten_9_7
 L  tighten_9_8
 L  tighten_9_9
COLUMNS
    MARKER  'MARKER'  'INTORG'
    y_0  obj  1284  capacity_0  -187
    y_0  total_capacity  187  tighten_0_0  -1
    y_0  tighten_1_0  -1  tighten_2_0  -1
    y_0  tighten_3_0  -1  tighten_4_0  -1
    y_0  tighten_5_0  -1  tighten_6_0  -1
    y_0  tighten_7_0  -1  tighten_8_0  -1
    y_0  tighten_9_0  -1
    y_1  obj  1373  capacity_1  -222
    y_1  total_capacity  222  tighten_0_1  -1
    y_1  tighten_1_1  -1  tighten_2_1  -1
    y_1  tighten_3_1  -1  tighten_4_1  -1
    y_1  tighten_5_1  -1  tighten_6_1  -1
    y_1  tighten_7_1  -1  tighten_8_1  -1
    y_1  tighten_9_1  -1
    y_2  obj  551  capacity_2  -28
    y_2  total_capacity  28  tighten_0_2  -1
    y_2  tighten_1_2  -1  tighten_2_2  -1
    y_2  tighten_3_2  -1  tighten_4_2  -1
    y_2  tighten_5_2  -1  tighten_6_2  -1
    y_2  tighten_7_2  -1  tighten_8_2  -1
    y_2  tighten_9_2  -1
    y_3  obj  925  capacity_3  -90
    y_3  total_capacity  90  tighten_0_3  -1
    y_3  tighten_1_3  -1  tighten_2_3  -1
    y_3  tighten_3_3  -1  tighten_4_3  -1
    y_3  tighten_5_3  -1  tighten_6_3  -1
    y_3  tighten_7_3  -1  tighten_8_3  -1
    y_3  tighten_9_3  -1
    y_4  obj  1199  capacity_4  -178
    y_4  total_capacity  178  tighten_0_4  -1
    y_4  tighten_1_4  -1  tighten_2_4  -1
    y_4  tighten_3_4  -1  tighten_4_4  -1
    y_4  tighten_5_4  -1  tighten_6_4  -1
    y_4  tighten_7_4  -1  tighten_8_4  -1
    y_4  tighten_9_4  -1
    y_5  obj  1096  capacity_5  -154
    y_5  total_capacity  154  tighten_0_5  -1
    y_5  tighten_1_5  -1  tighten_2_5  -1
    y_5  tighten_3_5  -1  tighten_4_5  -1
    y_5  tighten_5_5  -1  tighten_6_5  -1
    y_5  tighten_7_5  -1  tighten_8_5  -1
    y_5  tighten_9_5  -1
    y_6  obj  691  capacity_6  -52
    y_6  total_capacity  52  tighten_0_6  -1
    y_6  tighten_1_6  -1  tighten_2_6  -1
    y_6  tighten_3_6  -1  tighten_4_6  -1
    y_6  tighten_5_6  -1  tighten_6_6  -1
    y_6  tighten_7_6  -1  tighten_8_6  -1
    y_6  tighten_9_6  -1
    y_7  obj  845  capacity_7  -77
    y_7  total_capacity  77  tighten_0_7  -1
    y_7  tighten_1_7  -1  tighten_2_7  -1
    y_7  tighten_3_7  -1  tighten_4_7  -1
    y_7  tighten_5_7  -1  tighten_6_7  -1
    y_7  tighten_7_7  -1  tighten_8_7  -1
    y_7  tighten_9_7  -1
    y_8  obj  768  capacity_8  -67
    y_8  total_capacity  67  tighten_0_8  -1
    y_8  tighten_1_8  -1  tighten_2_8  -1
    y_8  tighten_3_8  -1  tighten_4_8  -1
    y_8  tighten_5_8  -1  tighten_6_8  -1
    y_8  tighten_7_8  -1  tighten_8_8  -1
    y_8  tighten_9_8  -1
    y_9  obj  780  capacity_9  -65
    y_9  total_capacity  65  tighten_0_9  -1
    y_9  tighten_1_9  -1  tighten_2_9  -1
    y_9  tighten_3_9  -1  tighten_4_9  -1
    y_9  tighten_5_9  -1  tighten_6_9  -1
    y_9  tighten_7_9  -1  tighten_8_9  -1
    y_9  tighten_9_9  -1
    MARKER  'MARKER'  'INTEND'
    x_0_0  obj  112  demand_0  1
    x_0_0  capacity_0  22  tighten_0_0  1
    x_0_1  obj  50  demand_0  1
    x_0_1  capacity_1  22  tighten_0_1  1
    x_0_2  obj  83  demand_0  1
    x_0_2  capacity_2  22  tighten_0_2  1
    x_0_3  obj  88  demand_0  1
    x_0_3  capacity_3  22  tighten_0_3  1
    x_0_4  obj  95  demand_0  1
    x_0_4  capacity_4  22  tighten_0_4  1
    x_0_5  obj  68  demand_0  1
    x_0_5  capacity_5  22  tighten_0_5  1
    x_0_6  obj  63  demand_0  1
    x_0_6  capacity_6  22  tighten_0_6  1
    x_0_7  obj  108  demand_0  1
    x_0_7  capacity_7  22  tighten_0_7  1
    x_0_8  obj  104  demand_0  1
    x_0_8  capacity_8  22  tighten_0_8  1
    x_0_9  obj  74  demand_0  1
    x_0_9  capacity_9  22  tighten_0_9  1
    x_1_0  obj  142  demand_1  1
    x_1_0  capacity_0  29  tighten_1_0  1
    x_1_1  obj  121  demand_1  1
    x_1_1  capacity_1  29  tighten_1_1  1
    x_1_2  obj  164  demand_1  1
    x_1_2  capacity_2  29  tighten_1_2  1
    x_1_3  obj  19  demand_1  1
    x_1_3  capacity_3  29  tighten_1_3  1
    x_1_4  obj  45  demand_1  1
    x_1_4  capacity_4  29  tighten_1_4  1
    x_1_5  obj  48  demand_1  1
    x_1_5  capacity_5  29  tighten_1_5  1
    x_1_6  obj  165  demand_1  1
    x_1_6  capacity_6  29  tighten_1_6  1
    x_1_7  obj  122  demand_1  1
    x_1_7  capacity_7  29  tighten_1_7  1
    x_1_8  obj  130  demand_1  1
    x_1_8  capacity_8  29  tighten_1_8  1
    x_1_9  obj  17  demand_1  1
    x_1_9  capacity_9  29  tighten_1_9  1
    x_2_0  obj  297  demand_2  1
    x_2_0  capacity_0  32  tighten_2_0  1
    x_2_1  obj  194  demand_2  1
    x_2_1  capacity_1  32  tighten_2_1  1
    x_2_2  obj  64  demand_2  1
    x_2_2  capacity_2  32  tighten_2_2  1
    x_2_3  obj  242  demand_2  1
    x_2_3  capacity_3  32  tighten_2_3  1
    x_2_4  obj  267  demand_2  1
    x_2_4  capacity_4  32  tighten_2_4  1
    x_2_5  obj  234  demand_2  1
    x_2_5  capacity_5  32  tighten_2_5  1
    x_2_6  obj  46  demand_2  1
    x_2_6  capacity_6  32  tighten_2_6  1
    x_2_7  obj  293  demand_2  1
    x_2_7  capacity_7  32  tighten_2_7  1
    x_2_8  obj  163  demand_2  1
    x_2_8  capacity_8  32  tighten_2_8  1
    x_2_9  obj  233  demand_2  1
    x_2_9  capacity_9  32  tighten_2_9  1
    x_3_0  obj  170  demand_3  1
    x_3_0  capacity_0  23  tighten_3_0  1
    x_3_1  obj  116  demand_3  1
    x_3_1  capacity_1  23  tighten_3_1  1
    x_3_2  obj  54  demand_3  1
    x_3_2  capacity_2  23  tighten_3_2  1
    x_3_3  obj  87  demand_3  1
    x_3_3  capacity_3  23  tighten_3_3  1
    x_3_4  obj  114  demand_3  1
    x_3_4  capacity_4  23  tighten_3_4  1
    x_3_5  obj  102  demand_3  1
    x_3_5  capacity_5  23  tighten_3_5  1
    x_3_6  obj  71  demand_3  1
    x_3_6  capacity_6  23  tighten_3_6  1
    x_3_7  obj  159  demand_3  1
    x_3_7  capacity_7  23  tighten_3_7  1
    x_3_8  obj  43  demand_3  1
    x_3_8  capacity_8  23  tighten_3_8  1
    x_3_9  obj  89  demand_3  1
    x_3_9  capacity_9  23  tighten_3_9  1
    x_4_0  obj  27  demand_4  1
    x_4_0  capacity_0  5  tighten_4_0  1
    x_4_1  obj  16  demand_4  1
    x_4_1  capacity_1  5  tighten_4_1  1
    x_4_2  obj  18  demand_4  1
    x_4_2  capacity_2  5  tighten_4_2  1
    x_4_3  obj  15  demand_4  1
    x_4_3  capacity_3  5  tighten_4_3  1
    x_4_4  obj  18  demand_4  1
    x_4_4  capacity_4  5  tighten_4_4  1
    x_4_5  obj  13  demand_4  1
    x_4_5  capacity_5  5  tighten_4_5  1
    x_4_6  obj  17  demand_4  1
    x_4_6  capacity_6  5  tighten_4_6  1
    x_4_7  obj  25  demand_4  1
    x_4_7  capacity_7  5  tighten_4_7  1
    x_4_8  obj  19  demand_4  1
    x_4_8  capacity_8  5  tighten_4_8  1
    x_4_9  obj  13  demand_4  1
    x_4_9  capacity_9  5  tighten_4_9  1
    x_5_0  obj  256  demand_5  1
    x_5_0  capacity_0  32  tighten_5_0  1
    x_5_1  obj  152  demand_5  1
    x_5_1  capacity_1  32  tighten_5_1  1
    x_5_2  obj  114  demand_5  1
    x_5_2  capacity_2  32  tighten_5_2  1
    x_5_3  obj  243  demand_5  1
    x_5_3  capacity_3  32  tighten_5_3  1
    x_5_4  obj  256  demand_5  1
    x_5_4  capacity_4  32  tighten_5_4  1
    x_5_5  obj  216  demand_5  1
    x_5_5  capacity_5  32  tighten_5_5  1
    x_5_6  obj  62  demand_5  1
    x_5_6  capacity_6  32  tighten_5_6  1
    x_5_7  obj  258  demand_5  1
    x_5_7  capacity_7  32  tighten_5_7  1
    x_5_8  obj  205  demand_5  1
    x_5_8  capacity_8  32  tighten_5_8  1
    x_5_9  obj  225  demand_5  1
    x_5_9  capacity_9  32  tighten_5_9  1
    x_6_0  obj  26  demand_6  1
    x_6_0  capacity_0  22  tighten_6_0  1
    x_6_1  obj  65  demand_6  1
    x_6_1  capacity_1  22  tighten_6_1  1
    x_6_2  obj  195  demand_6  1
    x_6_2  capacity_2  22  tighten_6_2  1
    x_6_3  obj  134  demand_6  1
    x_6_3  capacity_3  22  tighten_6_3  1
    x_6_4  obj  107  demand_6  1
    x_6_4  capacity_4  22  tighten_6_4  1
    x_6_5  obj  87  demand_6  1
    x_6_5  capacity_5  22  tighten_6_5  1
    x_6_6  obj  169  demand_6  1
    x_6_6  capacity_6  22  tighten_6_6  1
    x_6_7  obj  43  demand_6  1
    x_6_7  capacity_7  22  tighten_6_7  1
    x_6_8  obj  207  demand_6  1
    x_6_8  capacity_8  22  tighten_6_8  1
    x_6_9  obj  112  demand_6  1
    x_6_9  capacity_9  22  tighten_6_9  1
    x_7_0  obj  33  demand_7  1
    x_7_0  capacity_0  16  tighten_7_0  1
    x_7_1  obj  63  demand_7  1
    x_7_1  capacity_1  16  tighten_7_1  1
    x_7_2  obj  134  demand_7  1
    x_7_2  capacity_2  16  tighten_7_2  1
    x_7_3  obj  58  demand_7  1
    x_7_3  capacity_3  16  tighten_7_3  1
    x_7_4  obj  33  demand_7  1
    x_7_4  capacity_4  16  tighten_7_4  1
    x_7_5  obj  34  demand_7  1
    x_7_5  capacity_5  16  tighten_7_5  1
    x_7_6  obj  125  demand_7  1
    x_7_6  capacity_6  16  tighten_7_6  1
    x_7_7  obj  20  demand_7  1
    x_7_7  capacity_7  16  tighten_7_7  1
    x_7_8  obj  126  demand_7  1
    x_7_8  capacity_8  16  tighten_7_8  1
    x_7_9  obj  46  demand_7  1
    x_7_9  capacity_9  16  tighten_7_9  1
    x_8_0  obj  133  demand_8  1
    x_8_0  capacity_0  25  tighten_8_0  1
    x_8_1  obj  117  demand_8  1
    x_8_1  capacity_1  25  tighten_8_1  1
    x_8_2  obj  241  demand_8  1
    x_8_2  capacity_2  25  tighten_8_2  1
    x_8_3  obj  234  demand_8  1
    x_8_3  capacity_3  25  tighten_8_3  1
    x_8_4  obj  213  demand_8  1
    x_8_4  capacity_4  25  tighten_8_4  1
    x_8_5  obj  183  demand_8  1
    x_8_5  capacity_5  25  tighten_8_5  1
    x_8_6  obj  201  demand_8  1
    x_8_6  capacity_6  25  tighten_8_6  1
    x_8_7  obj  152  demand_8  1
    x_8_7  capacity_7  25  tighten_8_7  1
    x_8_8  obj  284  demand_8  1
    x_8_8  capacity_8  25  tighten_8_8  1
    x_8_9  obj  209  demand_8  1
    x_8_9  capacity_9  25  tighten_8_9  1
    x_9_0  obj  177  demand_9  1
    x_9_0  capacity_0  19  tighten_9_0  1
    x_9_1  obj  115  demand_9  1
    x_9_1  capacity_1  19  tighten_9_1  1
    x_9_2  obj  59  demand_9  1
    x_9_2  capacity_2  19  tighten_9_2  1
    x_9_3  obj  157  demand_9  1
    x_9_3  capacity_3  19  tighten_9_3  1
    x_9_4  obj  169  demand_9  1
    x_9_4  capacity_4  19  tighten_9_4  1
    x_9_5  obj  147  demand_9  1
    x_9_5  capacity_5  19  tighten_9_5  1
    x_9_6  obj  38  demand_9  1
    x_9_6  capacity_6  19  tighten_9_6  1
    x_9_7  obj  177  demand_9  1
    x_9_7  capacity_7  19  tighten_9_7  1
    x_9_8  obj  117  demand_9  1
    x_9_8  capacity_8  19  tighten_9_8  1
    x_9_9  obj  149  demand_9  1
    x_9_9  capacity_9  19  tighten_9_9  1
RHS
    RHS  demand_0  1
    RHS  demand_1  1
    RHS  demand_2  1
    RHS  demand_3  1
    RHS  demand_4  1
    RHS  demand_5  1
    RHS  demand_6  1
    RHS  demand_7  1
    RHS  demand_8  1
    RHS  demand_9  1
    RHS  total_capacity  225
BOUNDS
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
 UP BND  x_0_0  1
 UP BND  x_0_1  1
 UP BND  x_0_2  1
 UP BND  x_0_3  1
 UP BND  x_0_4  1
 UP BND  x_0_5  1
 UP BND  x_0_6  1
 UP BND  x_0_7  1
 UP BND  x_0_8  1
 UP BND  x_0_9  1
 UP BND  x_1_0  1
 UP BND  x_1_1  1
 UP BND  x_1_2  1
 UP BND  x_1_3  1
 UP BND  x_1_4  1
 UP BND  x_1_5  1
 UP BND  x_1_6  1
 UP BND  x_1_7  1
 UP BND  x_1_8  1
 UP BND  x_1_9  1
 UP BND  x_2_0  1
 UP BND  x_2_1  1
 UP BND  x_2_2  1
 UP BND  x_2_3  1
 UP BND  x_2_4  1
 UP BND  x_2_5  1
 UP BND  x_2_6  1
 UP BND  x_2_7  1
 UP BND  x_2_8  1
 UP BND  x_2_9  1
 UP BND  x_3_0  1
 UP BND  x_3_1  1
 UP BND  x_3_2  1
 UP BND  x_3_3  1
 UP BND  x_3_4  1
 UP BND  x_3_5  1
 UP BND  x_3_6  1
 UP BND  x_3_7  1
 UP BND  x_3_8  1
 UP BND  x_3_9  1
 UP BND  x_4_0  1
 UP BND  x_4_1  1
 UP BND  x_4_2  1
 UP BND  x_4_3  1
 UP BND  x_4_4  1
 UP BND  x_4_5  1
 UP BND  x_4_6  1
 UP BND  x_4_7  1
 UP BND  x_4_8  1
 UP BND  x_4_9  1
 UP BND  x_5_0  1
 UP BND  x_5_1  1
 UP BND  x_5_2  1
 UP BND  x_5_3  1
 UP BND  x_5_4  1
 UP BND  x_5_5  1
 UP BND  x_5_6  1
 UP BND  x_5_7  1
 UP BND  x_5_8  1
 UP BND  x_5_9  1
 UP BND  x_6_0  1
 UP BND  x_6_1  1
 UP BND  x_6_2  1
 UP BND  x_6_3  1
 UP BND  x_6_4  1
 UP BND  x_6_5  1
 UP BND  x_6_6  1
 UP BND  x_6_7  1
 UP BND  x_6_8  1
 UP BND  x_6_9  1
 UP BND  x_7_0  1
 UP BND  x_7_1  1
 UP BND  x_7_2  1
 UP BND  x_7_3  1
 UP BND  x_7_4  1
 UP BND  x_7_5  1
 UP BND  x_7_6  1
 UP BND  x_7_7  1
 UP BND  x_7_8  1
 UP BND  x_7_9  1
 UP BND  x_8_0  1
 UP BND  x_8_1  1
 UP BND  x_8_2  1
 UP BND  x_8_3  1
 UP BND  x_8_4  1
 UP BND  x_8_5  1
 UP BND  x_8_6  1
 UP BND  x_8_7  1
 UP BND  x_8_8  1
 UP BND  x_8_9  1
 UP BND  x_9_0  1
 UP BND  x_9_1  1
 UP BND  x_9_2  1
 UP BND  x_9_3  1
 UP BND  x_9_4  1
 UP BND  x_9_5  1
 UP BND  x_9_6  1
 UP BND  x_9_7  1
 UP BND  x_9_8  1
 UP BND  x_9_9  1
ENDATA
