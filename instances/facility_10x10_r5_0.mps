NAME facility_10x10_r5_0
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
    y_0  obj  1266  capacity_0  -176
    y_0  total_capacity  176  tighten_0_0  -1
    y_0  tighten_1_0  -1  tighten_2_0  -1
    y_0  tighten_3_0  -1  tighten_4_0  -1
    y_0  tighten_5_0  -1  tighten_6_0  -1
    y_0  tighten_7_0  -1  tighten_8_0  -1
    y_0  tighten_9_0  -1
    y_1  obj  1319  capacity_1  -193
    y_1  total_capacity  193  tighten_0_1  -1
    y_1  tighten_1_1  -1  tighten_2_1  -1
    y_1  tighten_3_1  -1  tighten_4_1  -1
    y_1  tighten_5_1  -1  tighten_6_1  -1
    y_1  tighten_7_1  -1  tighten_8_1  -1
    y_1  tighten_9_1  -1
    y_2  obj  861  capacity_2  -67
    y_2  total_capacity  67  tighten_0_2  -1
    y_2  tighten_1_2  -1  tighten_2_2  -1
    y_2  tighten_3_2  -1  tighten_4_2  -1
    y_2  tighten_5_2  -1  tighten_6_2  -1
    y_2  tighten_7_2  -1  tighten_8_2  -1
    y_2  tighten_9_2  -1
    y_3  obj  759  capacity_3  -60
    y_3  total_capacity  60  tighten_0_3  -1
    y_3  tighten_1_3  -1  tighten_2_3  -1
    y_3  tighten_3_3  -1  tighten_4_3  -1
    y_3  tighten_5_3  -1  tighten_6_3  -1
    y_3  tighten_7_3  -1  tighten_8_3  -1
    y_3  tighten_9_3  -1
    y_4  obj  1012  capacity_4  -95
    y_4  total_capacity  95  tighten_0_4  -1
    y_4  tighten_1_4  -1  tighten_2_4  -1
    y_4  tighten_3_4  -1  tighten_4_4  -1
    y_4  tighten_5_4  -1  tighten_6_4  -1
    y_4  tighten_7_4  -1  tighten_8_4  -1
    y_4  tighten_9_4  -1
    y_5  obj  1084  capacity_5  -135
    y_5  total_capacity  135  tighten_0_5  -1
    y_5  tighten_1_5  -1  tighten_2_5  -1
    y_5  tighten_3_5  -1  tighten_4_5  -1
    y_5  tighten_5_5  -1  tighten_6_5  -1
    y_5  tighten_7_5  -1  tighten_8_5  -1
    y_5  tighten_9_5  -1
    y_6  obj  837  capacity_6  -75
    y_6  total_capacity  75  tighten_0_6  -1
    y_6  tighten_1_6  -1  tighten_2_6  -1
    y_6  tighten_3_6  -1  tighten_4_6  -1
    y_6  tighten_5_6  -1  tighten_6_6  -1
    y_6  tighten_7_6  -1  tighten_8_6  -1
    y_6  tighten_9_6  -1
    y_7  obj  800  capacity_7  -56
    y_7  total_capacity  56  tighten_0_7  -1
    y_7  tighten_1_7  -1  tighten_2_7  -1
    y_7  tighten_3_7  -1  tighten_4_7  -1
    y_7  tighten_5_7  -1  tighten_6_7  -1
    y_7  tighten_7_7  -1  tighten_8_7  -1
    y_7  tighten_9_7  -1
    y_8  obj  1041  capacity_8  -111
    y_8  total_capacity  111  tighten_0_8  -1
    y_8  tighten_1_8  -1  tighten_2_8  -1
    y_8  tighten_3_8  -1  tighten_4_8  -1
    y_8  tighten_5_8  -1  tighten_6_8  -1
    y_8  tighten_7_8  -1  tighten_8_8  -1
    y_8  tighten_9_8  -1
    y_9  obj  721  capacity_9  -46
    y_9  total_capacity  46  tighten_0_9  -1
    y_9  tighten_1_9  -1  tighten_2_9  -1
    y_9  tighten_3_9  -1  tighten_4_9  -1
    y_9  tighten_5_9  -1  tighten_6_9  -1
    y_9  tighten_7_9  -1  tighten_8_9  -1
    y_9  tighten_9_9  -1
    MARKER  'MARKER'  'INTEND'
    x_0_0  obj  99  demand_0  1
    x_0_0  capacity_0  17  tighten_0_0  1
    x_0_1  obj  92  demand_0  1
    x_0_1  capacity_1  17  tighten_0_1  1
    x_0_2  obj  88  demand_0  1
    x_0_2  capacity_2  17  tighten_0_2  1
    x_0_3  obj  141  demand_0  1
    x_0_3  capacity_3  17  tighten_0_3  1
    x_0_4  obj  36  demand_0  1
    x_0_4  capacity_4  17  tighten_0_4  1
    x_0_5  obj  130  demand_0  1
    x_0_5  capacity_5  17  tighten_0_5  1
    x_0_6  obj  68  demand_0  1
    x_0_6  capacity_6  17  tighten_0_6  1
    x_0_7  obj  82  demand_0  1
    x_0_7  capacity_7  17  tighten_0_7  1
    x_0_8  obj  149  demand_0  1
    x_0_8  capacity_8  17  tighten_0_8  1
    x_0_9  obj  76  demand_0  1
    x_0_9  capacity_9  17  tighten_0_9  1
    x_1_0  obj  118  demand_1  1
    x_1_0  capacity_0  20  tighten_1_0  1
    x_1_1  obj  104  demand_1  1
    x_1_1  capacity_1  20  tighten_1_1  1
    x_1_2  obj  75  demand_1  1
    x_1_2  capacity_2  20  tighten_1_2  1
    x_1_3  obj  154  demand_1  1
    x_1_3  capacity_3  20  tighten_1_3  1
    x_1_4  obj  96  demand_1  1
    x_1_4  capacity_4  20  tighten_1_4  1
    x_1_5  obj  157  demand_1  1
    x_1_5  capacity_5  20  tighten_1_5  1
    x_1_6  obj  108  demand_1  1
    x_1_6  capacity_6  20  tighten_1_6  1
    x_1_7  obj  66  demand_1  1
    x_1_7  capacity_7  20  tighten_1_7  1
    x_1_8  obj  159  demand_1  1
    x_1_8  capacity_8  20  tighten_1_8  1
    x_1_9  obj  79  demand_1  1
    x_1_9  capacity_9  20  tighten_1_9  1
    x_2_0  obj  83  demand_2  1
    x_2_0  capacity_0  33  tighten_2_0  1
    x_2_1  obj  64  demand_2  1
    x_2_1  capacity_1  33  tighten_2_1  1
    x_2_2  obj  72  demand_2  1
    x_2_2  capacity_2  33  tighten_2_2  1
    x_2_3  obj  156  demand_2  1
    x_2_3  capacity_3  33  tighten_2_3  1
    x_2_4  obj  154  demand_2  1
    x_2_4  capacity_4  33  tighten_2_4  1
    x_2_5  obj  148  demand_2  1
    x_2_5  capacity_5  33  tighten_2_5  1
    x_2_6  obj  90  demand_2  1
    x_2_6  capacity_6  33  tighten_2_6  1
    x_2_7  obj  68  demand_2  1
    x_2_7  capacity_7  33  tighten_2_7  1
    x_2_8  obj  171  demand_2  1
    x_2_8  capacity_8  33  tighten_2_8  1
    x_2_9  obj  31  demand_2  1
    x_2_9  capacity_9  33  tighten_2_9  1
    x_3_0  obj  124  demand_3  1
    x_3_0  capacity_0  16  tighten_3_0  1
    x_3_1  obj  112  demand_3  1
    x_3_1  capacity_1  16  tighten_3_1  1
    x_3_2  obj  74  demand_3  1
    x_3_2  capacity_2  16  tighten_3_2  1
    x_3_3  obj  120  demand_3  1
    x_3_3  capacity_3  16  tighten_3_3  1
    x_3_4  obj  166  demand_3  1
    x_3_4  capacity_4  16  tighten_3_4  1
    x_3_5  obj  147  demand_3  1
    x_3_5  capacity_5  16  tighten_3_5  1
    x_3_6  obj  150  demand_3  1
    x_3_6  capacity_6  16  tighten_3_6  1
    x_3_7  obj  73  demand_3  1
    x_3_7  capacity_7  16  tighten_3_7  1
    x_3_8  obj  113  demand_3  1
    x_3_8  capacity_8  16  tighten_3_8  1
    x_3_9  obj  99  demand_3  1
    x_3_9  capacity_9  16  tighten_3_9  1
    x_4_0  obj  104  demand_4  1
    x_4_0  capacity_0  23  tighten_4_0  1
    x_4_1  obj  101  demand_4  1
    x_4_1  capacity_1  23  tighten_4_1  1
    x_4_2  obj  118  demand_4  1
    x_4_2  capacity_2  23  tighten_4_2  1
    x_4_3  obj  166  demand_4  1
    x_4_3  capacity_3  23  tighten_4_3  1
    x_4_4  obj  41  demand_4  1
    x_4_4  capacity_4  23  tighten_4_4  1
    x_4_5  obj  140  demand_4  1
    x_4_5  capacity_5  23  tighten_4_5  1
    x_4_6  obj  49  demand_4  1
    x_4_6  capacity_6  23  tighten_4_6  1
    x_4_7  obj  113  demand_4  1
    x_4_7  capacity_7  23  tighten_4_7  1
    x_4_8  obj  180  demand_4  1
    x_4_8  capacity_8  23  tighten_4_8  1
    x_4_9  obj  89  demand_4  1
    x_4_9  capacity_9  23  tighten_4_9  1
    x_5_0  obj  92  demand_5  1
    x_5_0  capacity_0  21  tighten_5_0  1
    x_5_1  obj  77  demand_5  1
    x_5_1  capacity_1  21  tighten_5_1  1
    x_5_2  obj  51  demand_5  1
    x_5_2  capacity_2  21  tighten_5_2  1
    x_5_3  obj  131  demand_5  1
    x_5_3  capacity_3  21  tighten_5_3  1
    x_5_4  obj  99  demand_5  1
    x_5_4  capacity_4  21  tighten_5_4  1
    x_5_5  obj  133  demand_5  1
    x_5_5  capacity_5  21  tighten_5_5  1
    x_5_6  obj  89  demand_5  1
    x_5_6  capacity_6  21  tighten_5_6  1
    x_5_7  obj  43  demand_5  1
    x_5_7  capacity_7  21  tighten_5_7  1
    x_5_8  obj  136  demand_5  1
    x_5_8  capacity_8  21  tighten_5_8  1
    x_5_9  obj  51  demand_5  1
    x_5_9  capacity_9  21  tighten_5_9  1
    x_6_0  obj  6  demand_6  1
    x_6_0  capacity_0  5  tighten_6_0  1
    x_6_1  obj  8  demand_6  1
    x_6_1  capacity_1  5  tighten_6_1  1
    x_6_2  obj  19  demand_6  1
    x_6_2  capacity_2  5  tighten_6_2  1
    x_6_3  obj  8  demand_6  1
    x_6_3  capacity_3  5  tighten_6_3  1
    x_6_4  obj  38  demand_6  1
    x_6_4  capacity_4  5  tighten_6_4  1
    x_6_5  obj  7  demand_6  1
    x_6_5  capacity_5  5  tighten_6_5  1
    x_6_6  obj  20  demand_6  1
    x_6_6  capacity_6  5  tighten_6_6  1
    x_6_7  obj  20  demand_6  1
    x_6_7  capacity_7  5  tighten_6_7  1
    x_6_8  obj  12  demand_6  1
    x_6_8  capacity_8  5  tighten_6_8  1
    x_6_9  obj  15  demand_6  1
    x_6_9  capacity_9  5  tighten_6_9  1
    x_7_0  obj  22  demand_7  1
    x_7_0  capacity_0  14  tighten_7_0  1
    x_7_1  obj  27  demand_7  1
    x_7_1  capacity_1  14  tighten_7_1  1
    x_7_2  obj  59  demand_7  1
    x_7_2  capacity_2  14  tighten_7_2  1
    x_7_3  obj  59  demand_7  1
    x_7_3  capacity_3  14  tighten_7_3  1
    x_7_4  obj  71  demand_7  1
    x_7_4  capacity_4  14  tighten_7_4  1
    x_7_5  obj  38  demand_7  1
    x_7_5  capacity_5  14  tighten_7_5  1
    x_7_6  obj  20  demand_7  1
    x_7_6  capacity_6  14  tighten_7_6  1
    x_7_7  obj  60  demand_7  1
    x_7_7  capacity_7  14  tighten_7_7  1
    x_7_8  obj  70  demand_7  1
    x_7_8  capacity_8  14  tighten_7_8  1
    x_7_9  obj  37  demand_7  1
    x_7_9  capacity_9  14  tighten_7_9  1
    x_8_0  obj  64  demand_8  1
    x_8_0  capacity_0  22  tighten_8_0  1
    x_8_1  obj  58  demand_8  1
    x_8_1  capacity_1  22  tighten_8_1  1
    x_8_2  obj  77  demand_8  1
    x_8_2  capacity_2  22  tighten_8_2  1
    x_8_3  obj  121  demand_8  1
    x_8_3  capacity_3  22  tighten_8_3  1
    x_8_4  obj  78  demand_8  1
    x_8_4  capacity_4  22  tighten_8_4  1
    x_8_5  obj  103  demand_8  1
    x_8_5  capacity_5  22  tighten_8_5  1
    x_8_6  obj  37  demand_8  1
    x_8_6  capacity_6  22  tighten_8_6  1
    x_8_7  obj  74  demand_8  1
    x_8_7  capacity_7  22  tighten_8_7  1
    x_8_8  obj  134  demand_8  1
    x_8_8  capacity_8  22  tighten_8_8  1
    x_8_9  obj  47  demand_8  1
    x_8_9  capacity_9  22  tighten_8_9  1
    x_9_0  obj  294  demand_9  1
    x_9_0  capacity_0  33  tighten_9_0  1
    x_9_1  obj  270  demand_9  1
    x_9_1  capacity_1  33  tighten_9_1  1
    x_9_2  obj  201  demand_9  1
    x_9_2  capacity_2  33  tighten_9_2  1
    x_9_3  obj  339  demand_9  1
    x_9_3  capacity_3  33  tighten_9_3  1
    x_9_4  obj  251  demand_9  1
    x_9_4  capacity_4  33  tighten_9_4  1
    x_9_5  obj  358  demand_9  1
    x_9_5  capacity_5  33  tighten_9_5  1
    x_9_6  obj  288  demand_9  1
    x_9_6  capacity_6  33  tighten_9_6  1
    x_9_7  obj  189  demand_9  1
    x_9_7  capacity_7  33  tighten_9_7  1
    x_9_8  obj  338  demand_9  1
    x_9_8  capacity_8  33  tighten_9_8  1
    x_9_9  obj  227  demand_9  1
    x_9_9  capacity_9  33  tighten_9_9  1
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
    RHS  total_capacity  204
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
