NAME facility_25x25_r5_1
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
 G  demand_10
 G  demand_11
 G  demand_12
 G  demand_13
 G  demand_14
 G  demand_15
 G  demand_16
 G  demand_17
 G  demand_18
 G  demand_19
 G  demand_20
 G  demand_21
 G  demand_22
 G  demand_23
 G  demand_24
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
 L  capacity_10
 L  capacity_11
 L  capacity_12
 L  capacity_13
 L  capacity_14
 L  capacity_15
 L  capacity_16
 L  capacity_17
 L  capacity_18
 L  capacity_19
 L  capacity_20
 L  capacity_21
 L  capacity_22
 L  capacity_23
 L  capacity_24
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
 L  tighten_0_10
 L  tighten_0_11
 L  tighten_0_12
 L  tighten_0_13
 L  tighten_0_14
 L  tighten_0_15
 L  tighten_0_16
 L  tighten_0_17
 L  tighten_0_18
 L  tighten_0_19
 L  tighten_0_20
 L  tighten_0_21
 L  tighten_0_22
 L  tighten_0_23
 L  tighten_0_24
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
 L  tighten_1_10
 L  tighten_1_11
 L  tighten_1_12
 L  tighten_1_13
 L  tighten_1_14
 L  tighten_1_15
 L  tighten_1_16
 L  tighten_1_17
 L  tighten_1_18
 L  tighten_1_19
 L  tighten_1_20
 L  tighten_1_21
 L  tighten_1_22
 L  tighten_1_23
 L  tighten_1_24
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
 L  tighten_2_10
 L  tighten_2_11
 L  tighten_2_12
 L  tighten_2_13
 L  tighten_2_14
 L  tighten_2_15
 L  tighten_2_16
 L  tighten_2_17
 L  tighten_2_18
 L  tighten_2_19
 L  tighten_2_20
 L  tighten_2_21
 L  tighten_2_22
 L  tighten_2_23
 L  tighten_2_24
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
 L  tighten_3_10
 L  tighten_3_11
 L  tighten_3_12
 L  tighten_3_13
 L  tighten_3_14
 L  tighten_3_15
 L  tighten_3_16
 L  tighten_3_17
 L  tighten_3_18
 L  tighten_3_19
 L  tighten_3_20
 L  tighten_3_21
 L  tighten_3_22
 L  tighten_3_23
 L  tighten_3_24
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
 L  tighten_4_10
 L  tighten_4_11
 L  tighten_4_12
 L  tighten_4_13
 L  tighten_4_14
 L  tighten_4_15
 L  tighten_4_16
 L  tighten_4_17
 L  tighten_4_18
 L  tighten_4_19
 L  tighten_4_20
 L  tighten_4_21
 L  tighten_4_22
 L  tighten_4_23
 L  tighten_4_24
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
 L  tighten_5_10
 L  tighten_5_11
 L  tighten_5_12
 L  tighten_5_13
 L  tighten_5_14
 L  tighten_5_15
 L  tighten_5_16
 L  tighten_5_17
 L  tighten_5_18
 L  tighten_5_19
 L  tighten_5_20
 L  tighten_5_21
 L  tighten_5_22
 L  tighten_5_23
 L  tighten_5_24
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
 L  tighten_6_10
 L  tighten_6_11
 L  tighten_6_12
 L  tighten_6_13
 L  tighten_6_14
 L  tighten_6_15
 L  tighten_6_16
 L  tighten_6_17
 L  tighten_6_18
 L  tighten_6_19
 L  tighten_6_20
 L  tighten_6_21
 L  tighten_6_22
 L  tighten_6_23
 L  tighten_6_24
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
 L  tighten_7_10
 L  tighten_7_11
 L  tighten_7_12
 L  tighten_7_13
 L  tighten_7_14
 L  tighten_7_15
 L  tighten_7_16
 L  tighten_7_17
 L  tighten_7_18
 L  tighten_7_19
 L  tighten_7_20
 L  tighten_7_21
 L  tighten_7_22
 L  tighten_7_23
 L  tighten_7_24
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
 L  tighten_8_10
 L  tighten_8_11
 L  tighten_8_12
 L  tighten_8_13
 L  tighten_8_14
 L  tighten_8_15
 L  tighten_8_16
 L  tighten_8_17
 L  tighten_8_18
 L  tighten_8_19
 L  tighten_8_20
 L  tighten_8_21
 L  tighten_8_22
 L  tighten_8_23
 L  tighten_8_24
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
 L  tighten_9_10
 L  tighten_9_11
 L  tighten_9_12
 L  tighten_9_13
 L  tighten_9_14
 L  tighten_9_15
 L  tighten_9_16
 L  tighten_9_17
 L  tighten_9_18
 L  tighten_9_19
 L  tighten_9_20
 L  tighten_9_21
 L  tighten_9_22
 L  tighten_9_23
 L  tighten_9_24
 L  tighten_10_0
 L  tighten_10_1
 L  tighten_10_2
 L  tighten_10_3
 L  tighten_10_4
 L  tighten_10_5
 L  tighten_10_6
 L  tighten_10_7
 L  tighten_10_8
 L  tighten_10_9
 L  tighten_10_10
 L  tighten_10_11
 L  tighten_10_12
 L  tighten_10_13
 L  tighten_10_14
 L  tighten_10_15
 L  tighten_10_16
 L  tighten_10_17
 L  tighten_10_18
 L  tighten_10_19
 L  tighten_10_20
 L  tighten_10_21
 L  tighten_10_22
 L  tighten_10_23
 L  tighten_10_24
 L  tighten_11_0
 L  tighten_11_1
 L  tighten_11_2
 L  tighten_11_3
 L  tighten_11_4
 L  tighten_11_5
 L  tighten_11_6
 L  tighten_11_7
 L  tighten_11_8
 L  tighten_11_9
 L  tighten_11_10
 L  tighten_11_11
 L  tighten_11_12
 L  tighten_11_13
 L  tighten_11_14
 L  tighten_11_15
 L  tighten_11_16
 L  tighten_11_17
 L  tighten_11_18
 L  tighten_11_19
 L  tighten_11_20
 L  tighten_11_21
 L  tighten_11_22
 L  tighten_11_23
 L  tighten_11_24
 L  tighten_12_0
 L  tighten_12_1
 L  tighten_12_2
 L  tighten_12_3
 L  tighten_12_4
 L  tighten_12_5
 L  tighten_12_6
 L  tighten_12_7
 L  tighten_12_8
 L  tighten_12_9
 L  tighten_12_10
 L  tighten_12_11
 L  tighten_12_12
 L  tighten_12_13
 L  tighten_12_14
 L  tighten_12_15
 L  tighten_12_16
 L  tighten_12_17
 L  tighten_12_18
 L  tighten_12_19
 L  tighten_12_20
 L  tighten_12_21
 L  tighten_12_22
 L  tighten_12_23
 L  tighten_12_24
 L  tighten_13_0
 L  tighten_13_1
 L  tighten_13_2
 L  tighten_13_3
 L  tighten_13_4
 L  tighten_13_5
 L  tighten_13_6
 L  tighten_13_7
 L  tighten_13_8
 L  tighten_13_9
 L  tighten_13_10
 L  tighten_13_11
 L  tighten_13_12
 L  tighten_13_13
 L  tighten_13_14
 L  tighten_13_15
 L  tighten_13_16
 L  tighten_13_17
 L  tighten_13_18
 L  tighten_13_19
 L  tighten_13_20
 L  tighten_13_21
 L  tighten_13_22
 L  tighten_13_23
 L  tighten_13_24
 L  tighten_14_0
 L  tighten_14_1
 L  tighten_14_2
 L  tighten_14_3
 L  tighten_14_4
 L  tighten_14_5
 L  tighten_14_6
 L  tighten_14_7
 L  tighten_14_8
 L  tighten_14_9
 L  tighten_14_10
 L  tighten_14_11
 L  tighten_14_12
 L  tighten_14_13
 L  tighten_14_14
 L  tighten_14_15
 L  tighten_14_16
 L  tighten_14_17
 L  tighten_14_18
 L  tighten_14_19
 L  tighten_14_20
 L  tighten_14_21
 L  tighten_14_22
 L  tighten_14_23
 L  tighten_14_24
 L  tighten_15_0
 L  tighten_15_1
 L  tighten_15_2
 L  tighten_15_3
 L  tighten_15_4
 L  tighten_15_5
 L  tighten_15_6
 L  tighten_15_7
 L  tighten_15_8
 L  tighten_15_9
 L  tighten_15_10
 L  tighten_15_11
 L  tighten_15_12
 L  tighten_15_13
 L  tighten_15_14
 L  tighten_15_15
 L  tighten_15_16
 L  tighten_15_17
 L  tighten_15_18
 L  tighten_15_19
 L  tighten_15_20
 L  tighten_15_21
 L  tighten_15_22
 L  tighten_15_23
 L  tighten_15_24
 L  tighten_16_0
 L  tighten_16_1
 L  tighten_16_2
 L  tighten_16_3
 L  tighten_16_4
 L  tighten_16_5
 L  tighten_16_6
 L  tighten_16_7
 L  tighten_16_8
 L  tighten_16_9
 L  tighten_16_10
 L  tighten_16_11
 L  tighten_16_12
 L  tighten_16_13
 L  tighten_16_14
 L  tighten_16_15
 L  tighten_16_16
 L  tighten_16_17
 L  tighten_16_18
 L  tighten_16_19
 L  tighten_16_20
 L  tighten_16_21
 L  tighten_16_22
 L  tighten_16_23
 L  tighten_16_24
 L  tighten_17_0
 L  tighten_17_1
 L  tighten_17_2
 L  tighten_17_3
 L  tighten_17_4
 L  tighten_17_5
 L  tighten_17_6
 L  tighten_17_7
 L  tighten_17_8
 L  tighten_17_9
 L  tighten_17_10
 L  tighten_17_11
 L  tighten_17_12
 L  tighten_17_13
 L  tighten_17_14
 L  tighten_17_15
 L  tighten_17_16
 L  tighten_17_17
 L  tighten_17_18
 L  tighten_17_19
 L  tighten_17_20
 L  tighten_17_21
 L  tighten_17_22
 L  tighten_17_23
 L  tighten_17_24
 L  tighten_18_0
 L  tighten_18_1
 L  tighten_18_2
 L  tighten_18_3
 L  tighten_18_4
 L  tighten_18_5
 L  tighten_18_6
 L  tighten_18_7
 L  tighten_18_8
 L  tighten_18_9
 L  tighten_18_10
 L  tighten_18_11
 L  tighten_18_12
 L  tighten_18_13
 L  tighten_18_14
 L  tighten_18_15
 L  tighten_18_16
 L  tighten_18_17
 L  tighten_18_18
 L  tighten_18_19
 L  tighten_18_20
 L  tighten_18_21
 L  tighten_18_22
 L  tighten_18_23
 L  tighten_18_24
 L  tighten_19_0
 L  tighten_19_1
 L  tighten_19_2
 L  tighten_19_3
 L  tighten_19_4
 L  tighten_19_5
 L  tighten_19_6
 L  tighten_19_7
 L  tighten_19_8
 L  tighten_19_9
 L  tighten_19_10
 L  tighten_19_11
 L  tighten_19_12
 L  tighten_19_13
 L  tighten_19_14
 L  tighten_19_15
 L  tighten_19_16
 L  tighten_19_17
 L  tighten_19_18
 L  tighten_19_19
 L  tighten_19_20
 L  tighten_19_21
 L  tighten_19_22
 L  tighten_19_23
 L  tighten_19_24
 L  tighten_20_0
 L  tighten_20_1
 L  tighten_20_2
 L  tighten_20_3
 L  tighten_20_4
 L  tighten_20_5
 L  tighten_20_6
 L  tighten_20_7
 L  tighten_20_8
 L  tighten_20_9
 L  tighten_20_10
 L  tighten_20_11
 L  tighten_20_12
 L  tighten_20_13
 L  tighten_20_14
 L  tighten_20_15
 L  tighten_20_16
 L  tighten_20_17
 L  tighten_20_18
 L  tighten_20_19
 L  tighten_20_20
 L  tighten_20_21
 L  tighten_20_22
 L  tighten_20_23
 L  tighten_20_24
 L  tighten_21_0
 L  tighten_21_1
 L  tighten_21_2
 L  tighten_21_3
 L  tighten_21_4
 L  tighten_21_5
 L  tighten_21_6
 L  tighten_21_7
 L  tighten_21_8
 L  tighten_21_9
 L  tighten_21_10
 L  tighten_21_11
 L  tighten_21_12
 L  tighten_21_13
 L  tighten_21_14
 L  tighten_21_15
 L  tighten_21_16
 L  tighten_21_17
 L  tighten_21_18
 L  tighten_21_19
 L  tighten_21_20
 L  tighten_21_21
 L  tighten_21_22
 L  tighten_21_23
 L  tighten_21_24
 L  tighten_22_0
 L  tighten_22_1
 L  tighten_22_2
 L  tighten_22_3
 L  tighten_22_4
 L  tighten_22_5
 L  tighten_22_6
 L  tighten_22_7
 L  tighten_22_8
 L  tighten_22_9
 L  tighten_22_10
 L  tighten_22_11
 L  tighten_22_12
 L  tighten_22_13
 L  tighten_22_14
 L  tighten_22_15
 L  tighten_22_16
 L  tighten_22_17
 L  tighten_22_18
 L  tighten_22_19
 L  tighten_22_20
 L  tighten_22_21
 L  tighten_22_22
 L  tighten_22_23
 L  tighten_22_24
 L  tighten_23_0
 L  tighten_23_1
 L  tighten_23_2
 L  tighten_23_3
 L  tighten_23_4
 L  tighten_23_5
 L  tighten_23_6
 L  tighten_23_7
 L  tighten_23_8
 L  tighten_23_9
 L  tighten_23_10
 L  tighten_23_11
 L  tighten_23_12
 L  tighten_23_13
 L  tighten_23_14
 L  tighten_23_15
 L  tighten_23_16
 L  tighten_23_17
 L  tighten_23_18
 L  tighten_23_19
 L  tighten_23_20
 L  tighten_23_21
 L  tighten_23_22
 L  tighten_23_23
 L  tighten_23_24
 L  tighten_24_0
 L  tighten_24_1
 L  tighten_24_2
 L  tighten_24_3
 L  tighten_24_4
 L  tighten_24_5
 L  tighten_24_6
 L  tighten_24_7
 L  tighten_24_8
 L  tighten_24_9
 L  tighten_24_10
 L  tighten_24_11
 L  tighten_24_12
 L  tighten_24_13
 L  tighten_24_14
 L  tighten_24_15
 L  tighten_24_16
 L  tighten_24_17
 L  tighten_24_18
 L  tighten_24_19
 L  tighten_24_20
 L  tighten_24_21
 L  tighten_24_22
 L  tighten_24_23
 L  tighten_24_24
COLUMNS
    MARKER  'MARKER'  'INTORG'
    y_0  obj  1361  capacity_0  -138
    y_0  total_capacity  138  tighten_0_0  -1
    y_0  tighten_1_0  -1  tighten_2_0  -1
    y_0  tighten_3_0  -1  tighten_4_0  -1
    y_0  tighten_5_0  -1  tighten_6_0  -1
    y_0  tighten_7_0  -1  tighten_8_0  -1
    y_0  tighten_9_0  -1  tighten_10_0  -1
    y_0  tighten_11_0  -1  tighten_12_0  -1
    y_0  tighten_13_0  -1  tighten_14_0  -1
    y_0  tighten_15_0  -1  tighten_16_0  -1
    y_0  tighten_17_0  -1  tighten_18_0  -1
    y_0  tighten_19_0  -1  tighten_20_0  -1
    y_0  tighten_21_0  -1  tighten_22_0  -1
    y_0  tighten_23_0  -1  tighten_24_0  -1
    y_1  obj  1291  capacity_1  -145
    y_1  total_capacity  145  tighten_0_1  -1
    y_1  tighten_1_1  -1  tighten_2_1  -1
    y_1  tighten_3_1  -1  tighten_4_1  -1
    y_1  tighten_5_1  -1  tighten_6_1  -1
    y_1  tighten_7_1  -1  tighten_8_1  -1
    y_1  tighten_9_1  -1  tighten_10_1  -1
    y_1  tighten_11_1  -1  tighten_12_1  -1
    y_1  tighten_13_1  -1  tighten_14_1  -1
    y_1  tighten_15_1  -1  tighten_16_1  -1
    y_1  tighten_17_1  -1  tighten_18_1  -1
    y_1  tighten_19_1  -1  tighten_20_1  -1
    y_1  tighten_21_1  -1  tighten_22_1  -1
    y_1  tighten_23_1  -1  tighten_24_1  -1
    y_2  obj  1172  capacity_2  -103
    y_2  total_capacity  103  tighten_0_2  -1
    y_2  tighten_1_2  -1  tighten_2_2  -1
    y_2  tighten_3_2  -1  tighten_4_2  -1
    y_2  tighten_5_2  -1  tighten_6_2  -1
    y_2  tighten_7_2  -1  tighten_8_2  -1
    y_2  tighten_9_2  -1  tighten_10_2  -1
    y_2  tighten_11_2  -1  tighten_12_2  -1
    y_2  tighten_13_2  -1  tighten_14_2  -1
    y_2  tighten_15_2  -1  tighten_16_2  -1
    y_2  tighten_17_2  -1  tighten_18_2  -1
    y_2  tighten_19_2  -1  tighten_20_2  -1
    y_2  tighten_21_2  -1  tighten_22_2  -1
    y_2  tighten_23_2  -1  tighten_24_2  -1
    y_3  obj  1269  capacity_3  -157
    y_3  total_capacity  157  tighten_0_3  -1
    y_3  tighten_1_3  -1  tighten_2_3  -1
    y_3  tighten_3_3  -1  tighten_4_3  -1
    y_3  tighten_5_3  -1  tighten_6_3  -1
    y_3  tighten_7_3  -1  tighten_8_3  -1
    y_3  tighten_9_3  -1  tighten_10_3  -1
    y_3  tighten_11_3  -1  tighten_12_3  -1
    y_3  tighten_13_3  -1  tighten_14_3  -1
    y_3  tighten_15_3  -1  tighten_16_3  -1
    y_3  tighten_17_3  -1  tighten_18_3  -1
    y_3  tighten_19_3  -1  tighten_20_3  -1
    y_3  tighten_21_3  -1  tighten_22_3  -1
    y_3  tighten_23_3  -1  tighten_24_3  -1
    y_4  obj  1124  capacity_4  -90
    y_4  total_capacity  90  tighten_0_4  -1
    y_4  tighten_1_4  -1  tighten_2_4  -1
    y_4  tighten_3_4  -1  tighten_4_4  -1
    y_4  tighten_5_4  -1  tighten_6_4  -1
    y_4  tighten_7_4  -1  tighten_8_4  -1
    y_4  tighten_9_4  -1  tighten_10_4  -1
    y_4  tighten_11_4  -1  tighten_12_4  -1
    y_4  tighten_13_4  -1  tighten_14_4  -1
    y_4  tighten_15_4  -1  tighten_16_4  -1
    y_4  tighten_17_4  -1  tighten_18_4  -1
    y_4  tighten_19_4  -1  tighten_20_4  -1
    y_4  tighten_21_4  -1  tighten_22_4  -1
    y_4  tighten_23_4  -1  tighten_24_4  -1
    y_5  obj  1244  capacity_5  -137
    y_5  total_capacity  137  tighten_0_5  -1
    y_5  tighten_1_5  -1  tighten_2_5  -1
    y_5  tighten_3_5  -1  tighten_4_5  -1
    y_5  tighten_5_5  -1  tighten_6_5  -1
    y_5  tighten_7_5  -1  tighten_8_5  -1
    y_5  tighten_9_5  -1  tighten_10_5  -1
    y_5  tighten_11_5  -1  tighten_12_5  -1
    y_5  tighten_13_5  -1  tighten_14_5  -1
    y_5  tighten_15_5  -1  tighten_16_5  -1
    y_5  tighten_17_5  -1  tighten_18_5  -1
    y_5  tighten_19_5  -1  tighten_20_5  -1
    y_5  tighten_21_5  -1  tighten_22_5  -1
    y_5  tighten_23_5  -1  tighten_24_5  -1
    y_6  obj  1044  capacity_6  -86
    y_6  total_capacity  86  tighten_0_6  -1
    y_6  tighten_1_6  -1  tighten_2_6  -1
    y_6  tighten_3_6  -1  tighten_4_6  -1
    y_6  tighten_5_6  -1  tighten_6_6  -1
    y_6  tighten_7_6  -1  tighten_8_6  -1
    y_6  tighten_9_6  -1  tighten_10_6  -1
    y_6  tighten_11_6  -1  tighten_12_6  -1
    y_6  tighten_13_6  -1  tighten_14_6  -1
    y_6  tighten_15_6  -1  tighten_16_6  -1
    y_6  tighten_17_6  -1  tighten_18_6  -1
    y_6  tighten_19_6  -1  tighten_20_6  -1
    y_6  tighten_21_6  -1  tighten_22_6  -1
    y_6  tighten_23_6  -1  tighten_24_6  -1
    y_7  obj  1108  capacity_7  -109
    y_7  total_capacity  109  tighten_0_7  -1
    y_7  tighten_1_7  -1  tighten_2_7  -1
    y_7  tighten_3_7  -1  tighten_4_7  -1
    y_7  tighten_5_7  -1  tighten_6_7  -1
    y_7  tighten_7_7  -1  tighten_8_7  -1
    y_7  tighten_9_7  -1  tighten_10_7  -1
    y_7  tighten_11_7  -1  tighten_12_7  -1
    y_7  tighten_13_7  -1  tighten_14_7  -1
    y_7  tighten_15_7  -1  tighten_16_7  -1
    y_7  tighten_17_7  -1  tighten_18_7  -1
    y_7  tighten_19_7  -1  tighten_20_7  -1
    y_7  tighten_21_7  -1  tighten_22_7  -1
    y_7  tighten_23_7  -1  tighten_24_7  -1
    y_8  obj  1010  capacity_8  -70
    y_8  total_capacity  70  tighten_0_8  -1
    y_8  tighten_1_8  -1  tighten_2_8  -1
    y_8  tighten_3_8  -1  tighten_4_8  -1
    y_8  tighten_5_8  -1  tighten_6_8  -1
    y_8  tighten_7_8  -1  tighten_8_8  -1
    y_8  tighten_9_8  -1  tighten_10_8  -1
    y_8  tighten_11_8  -1  tighten_12_8  -1
    y_8  tighten_13_8  -1  tighten_14_8  -1
    y_8  tighten_15_8  -1  tighten_16_8  -1
    y_8  tighten_17_8  -1  tighten_18_8  -1
    y_8  tighten_19_8  -1  tighten_20_8  -1
    y_8  tighten_21_8  -1  tighten_22_8  -1
    y_8  tighten_23_8  -1  tighten_24_8  -1
    y_9  obj  1305  capacity_9  -153
    y_9  total_capacity  153  tighten_0_9  -1
    y_9  tighten_1_9  -1  tighten_2_9  -1
    y_9  tighten_3_9  -1  tighten_4_9  -1
    y_9  tighten_5_9  -1  tighten_6_9  -1
    y_9  tighten_7_9  -1  tighten_8_9  -1
    y_9  tighten_9_9  -1  tighten_10_9  -1
    y_9  tighten_11_9  -1  tighten_12_9  -1
    y_9  tighten_13_9  -1  tighten_14_9  -1
    y_9  tighten_15_9  -1  tighten_16_9  -1
    y_9  tighten_17_9  -1  tighten_18_9  -1
    y_9  tighten_19_9  -1  tighten_20_9  -1
    y_9  tighten_21_9  -1  tighten_22_9  -1
    y_9  tighten_23_9  -1  tighten_24_9  -1
    y_10  obj  1326  capacity_10  -139
    y_10  total_capacity  139  tighten_0_10  -1
    y_10  tighten_1_10  -1  tighten_2_10  -1
    y_10  tighten_3_10  -1  tighten_4_10  -1
    y_10  tighten_5_10  -1  tighten_6_10  -1
    y_10  tighten_7_10  -1  tighten_8_10  -1
    y_10  tighten_9_10  -1  tighten_10_10  -1
    y_10  tighten_11_10  -1  tighten_12_10  -1
    y_10  tighten_13_10  -1  tighten_14_10  -1
    y_10  tighten_15_10  -1  tighten_16_10  -1
    y_10  tighten_17_10  -1  tighten_18_10  -1
    y_10  tighten_19_10  -1  tighten_20_10  -1
    y_10  tighten_21_10  -1  tighten_22_10  -1
    y_10  tighten_23_10  -1  tighten_24_10  -1
    y_11  obj  1262  capacity_11  -128
    y_11  total_capacity  128  tighten_0_11  -1
    y_11  tighten_1_11  -1  tighten_2_11  -1
    y_11  tighten_3_11  -1  tighten_4_11  -1
    y_11  tighten_5_11  -1  tighten_6_11  -1
    y_11  tighten_7_11  -1  tighten_8_11  -1
    y_11  tighten_9_11  -1  tighten_10_11  -1
    y_11  tighten_11_11  -1  tighten_12_11  -1
    y_11  tighten_13_11  -1  tighten_14_11  -1
    y_11  tighten_15_11  -1  tighten_16_11  -1
    y_11  tighten_17_11  -1  tighten_18_11  -1
    y_11  tighten_19_11  -1  tighten_20_11  -1
    y_11  tighten_21_11  -1  tighten_22_11  -1
    y_11  tighten_23_11  -1  tighten_24_11  -1
    y_12  obj  1313  capacity_12  -133
    y_12  total_capacity  133  tighten_0_12  -1
    y_12  tighten_1_12  -1  tighten_2_12  -1
    y_12  tighten_3_12  -1  tighten_4_12  -1
    y_12  tighten_5_12  -1  tighten_6_12  -1
    y_12  tighten_7_12  -1  tighten_8_12  -1
    y_12  tighten_9_12  -1  tighten_10_12  -1
    y_12  tighten_11_12  -1  tighten_12_12  -1
    y_12  tighten_13_12  -1  tighten_14_12  -1
    y_12  tighten_15_12  -1  tighten_16_12  -1
    y_12  tighten_17_12  -1  tighten_18_12  -1
    y_12  tighten_19_12  -1  tighten_20_12  -1
    y_12  tighten_21_12  -1  tighten_22_12  -1
    y_12  tighten_23_12  -1  tighten_24_12  -1
    y_13  obj  956  capacity_13  -66
    y_13  total_capacity  66  tighten_0_13  -1
    y_13  tighten_1_13  -1  tighten_2_13  -1
    y_13  tighten_3_13  -1  tighten_4_13  -1
    y_13  tighten_5_13  -1  tighten_6_13  -1
    y_13  tighten_7_13  -1  tighten_8_13  -1
    y_13  tighten_9_13  -1  tighten_10_13  -1
    y_13  tighten_11_13  -1  tighten_12_13  -1
    y_13  tighten_13_13  -1  tighten_14_13  -1
    y_13  tighten_15_13  -1  tighten_16_13  -1
    y_13  tighten_17_13  -1  tighten_18_13  -1
    y_13  tighten_19_13  -1  tighten_20_13  -1
    y_13  tighten_21_13  -1  tighten_22_13  -1
    y_13  tighten_23_13  -1  tighten_24_13  -1
    y_14  obj  983  capacity_14  -74
    y_14  total_capacity  74  tighten_0_14  -1
    y_14  tighten_1_14  -1  tighten_2_14  -1
    y_14  tighten_3_14  -1  tighten_4_14  -1
    y_14  tighten_5_14  -1  tighten_6_14  -1
    y_14  tighten_7_14  -1  tighten_8_14  -1
    y_14  tighten_9_14  -1  tighten_10_14  -1
    y_14  tighten_11_14  -1  tighten_12_14  -1
    y_14  tighten_13_14  -1  tighten_14_14  -1
    y_14  tighten_15_14  -1  tighten_16_14  -1
    y_14  tighten_17_14  -1  tighten_18_14  -1
    y_14  tighten_19_14  -1  tighten_20_14  -1
    y_14  tighten_21_14  -1  tighten_22_14  -1
    y_14  tighten_23_14  -1  tighten_24_14  -1
    y_15  obj  906  capacity_15  -67
    y_15  total_capacity  67  tighten_0_15  -1
    y_15  tighten_1_15  -1  tighten_2_15  -1
    y_15  tighten_3_15  -1  tighten_4_15  -1
    y_15  tighten_5_15  -1  tighten_6_15  -1
    y_15  tighten_7_15  -1  tighten_8_15  -1
    y_15  tighten_9_15  -1  tighten_10_15  -1
    y_15  tighten_11_15  -1  tighten_12_15  -1
    y_15  tighten_13_15  -1  tighten_14_15  -1
    y_15  tighten_15_15  -1  tighten_16_15  -1
    y_15  tighten_17_15  -1  tighten_18_15  -1
    y_15  tighten_19_15  -1  tighten_20_15  -1
    y_15  tighten_21_15  -1  tighten_22_15  -1
    y_15  tighten_23_15  -1  tighten_24_15  -1
    y_16  obj  476  capacity_16  -18
    y_16  total_capacity  18  tighten_0_16  -1
    y_16  tighten_1_16  -1  tighten_2_16  -1
    y_16  tighten_3_16  -1  tighten_4_16  -1
    y_16  tighten_5_16  -1  tighten_6_16  -1
    y_16  tighten_7_16  -1  tighten_8_16  -1
    y_16  tighten_9_16  -1  tighten_10_16  -1
    y_16  tighten_11_16  -1  tighten_12_16  -1
    y_16  tighten_13_16  -1  tighten_14_16  -1
    y_16  tighten_15_16  -1  tighten_16_16  -1
    y_16  tighten_17_16  -1  tighten_18_16  -1
    y_16  tighten_19_16  -1  tighten_20_16  -1
    y_16  tighten_21_16  -1  tighten_22_16  -1
    y_16  tighten_23_16  -1  tighten_24_16  -1
    y_17  obj  416  capacity_17  -10
    y_17  total_capacity  10  tighten_0_17  -1
    y_17  tighten_1_17  -1  tighten_2_17  -1
    y_17  tighten_3_17  -1  tighten_4_17  -1
    y_17  tighten_5_17  -1  tighten_6_17  -1
    y_17  tighten_7_17  -1  tighten_8_17  -1
    y_17  tighten_9_17  -1  tighten_10_17  -1
    y_17  tighten_11_17  -1  tighten_12_17  -1
    y_17  tighten_13_17  -1  tighten_14_17  -1
    y_17  tighten_15_17  -1  tighten_16_17  -1
    y_17  tighten_17_17  -1  tighten_18_17  -1
    y_17  tighten_19_17  -1  tighten_20_17  -1
    y_17  tighten_21_17  -1  tighten_22_17  -1
    y_17  tighten_23_17  -1  tighten_24_17  -1
    y_18  obj  1019  capacity_18  -93
    y_18  total_capacity  93  tighten_0_18  -1
    y_18  tighten_1_18  -1  tighten_2_18  -1
    y_18  tighten_3_18  -1  tighten_4_18  -1
    y_18  tighten_5_18  -1  tighten_6_18  -1
    y_18  tighten_7_18  -1  tighten_8_18  -1
    y_18  tighten_9_18  -1  tighten_10_18  -1
    y_18  tighten_11_18  -1  tighten_12_18  -1
    y_18  tighten_13_18  -1  tighten_14_18  -1
    y_18  tighten_15_18  -1  tighten_16_18  -1
    y_18  tighten_17_18  -1  tighten_18_18  -1
    y_18  tighten_19_18  -1  tighten_20_18  -1
    y_18  tighten_21_18  -1  tighten_22_18  -1
    y_18  tighten_23_18  -1  tighten_24_18  -1
    y_19  obj  1392  capacity_19  -147
    y_19  total_capacity  147  tighten_0_19  -1
    y_19  tighten_1_19  -1  tighten_2_19  -1
    y_19  tighten_3_19  -1  tighten_4_19  -1
    y_19  tighten_5_19  -1  tighten_6_19  -1
    y_19  tighten_7_19  -1  tighten_8_19  -1
    y_19  tighten_9_19  -1  tighten_10_19  -1
    y_19  tighten_11_19  -1  tighten_12_19  -1
    y_19  tighten_13_19  -1  tighten_14_19  -1
    y_19  tighten_15_19  -1  tighten_16_19  -1
    y_19  tighten_17_19  -1  tighten_18_19  -1
    y_19  tighten_19_19  -1  tighten_20_19  -1
    y_19  tighten_21_19  -1  tighten_22_19  -1
    y_19  tighten_23_19  -1  tighten_24_19  -1
    y_20  obj  946  capacity_20  -66
    y_20  total_capacity  66  tighten_0_20  -1
    y_20  tighten_1_20  -1  tighten_2_20  -1
    y_20  tighten_3_20  -1  tighten_4_20  -1
    y_20  tighten_5_20  -1  tighten_6_20  -1
    y_20  tighten_7_20  -1  tighten_8_20  -1
    y_20  tighten_9_20  -1  tighten_10_20  -1
    y_20  tighten_11_20  -1  tighten_12_20  -1
    y_20  tighten_13_20  -1  tighten_14_20  -1
    y_20  tighten_15_20  -1  tighten_16_20  -1
    y_20  tighten_17_20  -1  tighten_18_20  -1
    y_20  tighten_19_20  -1  tighten_20_20  -1
    y_20  tighten_21_20  -1  tighten_22_20  -1
    y_20  tighten_23_20  -1  tighten_24_20  -1
    y_21  obj  690  capacity_21  -37
    y_21  total_capacity  37  tighten_0_21  -1
    y_21  tighten_1_21  -1  tighten_2_21  -1
    y_21  tighten_3_21  -1  tighten_4_21  -1
    y_21  tighten_5_21  -1  tighten_6_21  -1
    y_21  tighten_7_21  -1  tighten_8_21  -1
    y_21  tighten_9_21  -1  tighten_10_21  -1
    y_21  tighten_11_21  -1  tighten_12_21  -1
    y_21  tighten_13_21  -1  tighten_14_21  -1
    y_21  tighten_15_21  -1  tighten_16_21  -1
    y_21  tighten_17_21  -1  tighten_18_21  -1
    y_21  tighten_19_21  -1  tighten_20_21  -1
    y_21  tighten_21_21  -1  tighten_22_21  -1
    y_21  tighten_23_21  -1  tighten_24_21  -1
    y_22  obj  1376  capacity_22  -159
    y_22  total_capacity  159  tighten_0_22  -1
    y_22  tighten_1_22  -1  tighten_2_22  -1
    y_22  tighten_3_22  -1  tighten_4_22  -1
    y_22  tighten_5_22  -1  tighten_6_22  -1
    y_22  tighten_7_22  -1  tighten_8_22  -1
    y_22  tighten_9_22  -1  tighten_10_22  -1
    y_22  tighten_11_22  -1  tighten_12_22  -1
    y_22  tighten_13_22  -1  tighten_14_22  -1
    y_22  tighten_15_22  -1  tighten_16_22  -1
    y_22  tighten_17_22  -1  tighten_18_22  -1
    y_22  tighten_19_22  -1  tighten_20_22  -1
    y_22  tighten_21_22  -1  tighten_22_22  -1
    y_22  tighten_23_22  -1  tighten_24_22  -1
    y_23  obj  675  capacity_23  -31
    y_23  total_capacity  31  tighten_0_23  -1
    y_23  tighten_1_23  -1  tighten_2_23  -1
    y_23  tighten_3_23  -1  tighten_4_23  -1
    y_23  tighten_5_23  -1  tighten_6_23  -1
    y_23  tighten_7_23  -1  tighten_8_23  -1
    y_23  tighten_9_23  -1  tighten_10_23  -1
    y_23  tighten_11_23  -1  tighten_12_23  -1
    y_23  tighten_13_23  -1  tighten_14_23  -1
    y_23  tighten_15_23  -1  tighten_16_23  -1
    y_23  tighten_17_23  -1  tighten_18_23  -1
    y_23  tighten_19_23  -1  tighten_20_23  -1
    y_23  tighten_21_23  -1  tighten_22_23  -1
    y_23  tighten_23_23  -1  tighten_24_23  -1
    y_24  obj  831  capacity_24  -65
    y_24  total_capacity  65  tighten_0_24  -1
    y_24  tighten_1_24  -1  tighten_2_24  -1
    y_24  tighten_3_24  -1  tighten_4_24  -1
    y_24  tighten_5_24  -1  tighten_6_24  -1
    y_24  tighten_7_24  -1  tighten_8_24  -1
    y_24  tighten_9_24  -1  tighten_10_24  -1
    y_24  tighten_11_24  -1  tighten_12_24  -1
    y_24  tighten_13_24  -1  tighten_14_24  -1
    y_24  tighten_15_24  -1  tighten_16_24  -1
    y_24  tighten_17_24  -1  tighten_18_24  -1
    y_24  tighten_19_24  -1  tighten_20_24  -1
    y_24  tighten_21_24  -1  tighten_22_24  -1
    y_24  tighten_23_24  -1  tighten_24_24  -1
    MARKER  'MARKER'  'INTEND'
    x_0_0  obj  93  demand_0  1
    x_0_0  capacity_0  20  tighten_0_0  1
    x_0_1  obj  113  demand_0  1
    x_0_1  capacity_1  20  tighten_0_1  1
    x_0_2  obj  18  demand_0  1
    x_0_2  capacity_2  20  tighten_0_2  1
    x_0_3  obj  189  demand_0  1
    x_0_3  capacity_3  20  tighten_0_3  1
    x_0_4  obj  138  demand_0  1
    x_0_4  capacity_4  20  tighten_0_4  1
    x_0_5  obj  180  demand_0  1
    x_0_5  capacity_5  20  tighten_0_5  1
    x_0_6  obj  67  demand_0  1
    x_0_6  capacity_6  20  tighten_0_6  1
    x_0_7  obj  28  demand_0  1
    x_0_7  capacity_7  20  tighten_0_7  1
    x_0_8  obj  50  demand_0  1
    x_0_8  capacity_8  20  tighten_0_8  1
    x_0_9  obj  54  demand_0  1
    x_0_9  capacity_9  20  tighten_0_9  1
    x_0_10  obj  145  demand_0  1
    x_0_10  capacity_10  20  tighten_0_10  1
    x_0_11  obj  140  demand_0  1
    x_0_11  capacity_11  20  tighten_0_11  1
    x_0_12  obj  55  demand_0  1
    x_0_12  capacity_12  20  tighten_0_12  1
    x_0_13  obj  142  demand_0  1
    x_0_13  capacity_13  20  tighten_0_13  1
    x_0_14  obj  169  demand_0  1
    x_0_14  capacity_14  20  tighten_0_14  1
    x_0_15  obj  152  demand_0  1
    x_0_15  capacity_15  20  tighten_0_15  1
    x_0_16  obj  12  demand_0  1
    x_0_16  capacity_16  20  tighten_0_16  1
    x_0_17  obj  30  demand_0  1
    x_0_17  capacity_17  20  tighten_0_17  1
    x_0_18  obj  32  demand_0  1
    x_0_18  capacity_18  20  tighten_0_18  1
    x_0_19  obj  85  demand_0  1
    x_0_19  capacity_19  20  tighten_0_19  1
    x_0_20  obj  113  demand_0  1
    x_0_20  capacity_20  20  tighten_0_20  1
    x_0_21  obj  122  demand_0  1
    x_0_21  capacity_21  20  tighten_0_21  1
    x_0_22  obj  184  demand_0  1
    x_0_22  capacity_22  20  tighten_0_22  1
    x_0_23  obj  124  demand_0  1
    x_0_23  capacity_23  20  tighten_0_23  1
    x_0_24  obj  41  demand_0  1
    x_0_24  capacity_24  20  tighten_0_24  1
    x_1_0  obj  125  demand_1  1
    x_1_0  capacity_0  25  tighten_1_0  1
    x_1_1  obj  218  demand_1  1
    x_1_1  capacity_1  25  tighten_1_1  1
    x_1_2  obj  95  demand_1  1
    x_1_2  capacity_2  25  tighten_1_2  1
    x_1_3  obj  236  demand_1  1
    x_1_3  capacity_3  25  tighten_1_3  1
    x_1_4  obj  229  demand_1  1
    x_1_4  capacity_4  25  tighten_1_4  1
    x_1_5  obj  227  demand_1  1
    x_1_5  capacity_5  25  tighten_1_5  1
    x_1_6  obj  176  demand_1  1
    x_1_6  capacity_6  25  tighten_1_6  1
    x_1_7  obj  126  demand_1  1
    x_1_7  capacity_7  25  tighten_1_7  1
    x_1_8  obj  172  demand_1  1
    x_1_8  capacity_8  25  tighten_1_8  1
    x_1_9  obj  126  demand_1  1
    x_1_9  capacity_9  25  tighten_1_9  1
    x_1_10  obj  160  demand_1  1
    x_1_10  capacity_10  25  tighten_1_10  1
    x_1_11  obj  132  demand_1  1
    x_1_11  capacity_11  25  tighten_1_11  1
    x_1_12  obj  182  demand_1  1
    x_1_12  capacity_12  25  tighten_1_12  1
    x_1_13  obj  156  demand_1  1
    x_1_13  capacity_13  25  tighten_1_13  1
    x_1_14  obj  108  demand_1  1
    x_1_14  capacity_14  25  tighten_1_14  1
    x_1_15  obj  108  demand_1  1
    x_1_15  capacity_15  25  tighten_1_15  1
    x_1_16  obj  131  demand_1  1
    x_1_16  capacity_16  25  tighten_1_16  1
    x_1_17  obj  141  demand_1  1
    x_1_17  capacity_17  25  tighten_1_17  1
    x_1_18  obj  143  demand_1  1
    x_1_18  capacity_18  25  tighten_1_18  1
    x_1_19  obj  46  demand_1  1
    x_1_19  capacity_19  25  tighten_1_19  1
    x_1_20  obj  136  demand_1  1
    x_1_20  capacity_20  25  tighten_1_20  1
    x_1_21  obj  80  demand_1  1
    x_1_21  capacity_21  25  tighten_1_21  1
    x_1_22  obj  230  demand_1  1
    x_1_22  capacity_22  25  tighten_1_22  1
    x_1_23  obj  154  demand_1  1
    x_1_23  capacity_23  25  tighten_1_23  1
    x_1_24  obj  111  demand_1  1
    x_1_24  capacity_24  25  tighten_1_24  1
    x_2_0  obj  110  demand_2  1
    x_2_0  capacity_0  31  tighten_2_0  1
    x_2_1  obj  109  demand_2  1
    x_2_1  capacity_1  31  tighten_2_1  1
    x_2_2  obj  78  demand_2  1
    x_2_2  capacity_2  31  tighten_2_2  1
    x_2_3  obj  242  demand_2  1
    x_2_3  capacity_3  31  tighten_2_3  1
    x_2_4  obj  150  demand_2  1
    x_2_4  capacity_4  31  tighten_2_4  1
    x_2_5  obj  227  demand_2  1
    x_2_5  capacity_5  31  tighten_2_5  1
    x_2_6  obj  42  demand_2  1
    x_2_6  capacity_6  31  tighten_2_6  1
    x_2_7  obj  25  demand_2  1
    x_2_7  capacity_7  31  tighten_2_7  1
    x_2_8  obj  44  demand_2  1
    x_2_8  capacity_8  31  tighten_2_8  1
    x_2_9  obj  41  demand_2  1
    x_2_9  capacity_9  31  tighten_2_9  1
    x_2_10  obj  190  demand_2  1
    x_2_10  capacity_10  31  tighten_2_10  1
    x_2_11  obj  194  demand_2  1
    x_2_11  capacity_11  31  tighten_2_11  1
    x_2_12  obj  64  demand_2  1
    x_2_12  capacity_12  31  tighten_2_12  1
    x_2_13  obj  185  demand_2  1
    x_2_13  capacity_13  31  tighten_2_13  1
    x_2_14  obj  270  demand_2  1
    x_2_14  capacity_14  31  tighten_2_14  1
    x_2_15  obj  232  demand_2  1
    x_2_15  capacity_15  31  tighten_2_15  1
    x_2_16  obj  70  demand_2  1
    x_2_16  capacity_16  31  tighten_2_16  1
    x_2_17  obj  101  demand_2  1
    x_2_17  capacity_17  31  tighten_2_17  1
    x_2_18  obj  104  demand_2  1
    x_2_18  capacity_18  31  tighten_2_18  1
    x_2_19  obj  144  demand_2  1
    x_2_19  capacity_19  31  tighten_2_19  1
    x_2_20  obj  140  demand_2  1
    x_2_20  capacity_20  31  tighten_2_20  1
    x_2_21  obj  188  demand_2  1
    x_2_21  capacity_21  31  tighten_2_21  1
    x_2_22  obj  234  demand_2  1
    x_2_22  capacity_22  31  tighten_2_22  1
    x_2_23  obj  150  demand_2  1
    x_2_23  capacity_23  31  tighten_2_23  1
    x_2_24  obj  129  demand_2  1
    x_2_24  capacity_24  31  tighten_2_24  1
    x_3_0  obj  115  demand_3  1
    x_3_0  capacity_0  18  tighten_3_0  1
    x_3_1  obj  138  demand_3  1
    x_3_1  capacity_1  18  tighten_3_1  1
    x_3_2  obj  37  demand_3  1
    x_3_2  capacity_2  18  tighten_3_2  1
    x_3_3  obj  203  demand_3  1
    x_3_3  capacity_3  18  tighten_3_3  1
    x_3_4  obj  162  demand_3  1
    x_3_4  capacity_4  18  tighten_3_4  1
    x_3_5  obj  195  demand_3  1
    x_3_5  capacity_5  18  tighten_3_5  1
    x_3_6  obj  97  demand_3  1
    x_3_6  capacity_6  18  tighten_3_6  1
    x_3_7  obj  62  demand_3  1
    x_3_7  capacity_7  18  tighten_3_7  1
    x_3_8  obj  78  demand_3  1
    x_3_8  capacity_8  18  tighten_3_8  1
    x_3_9  obj  84  demand_3  1
    x_3_9  capacity_9  18  tighten_3_9  1
    x_3_10  obj  159  demand_3  1
    x_3_10  capacity_10  18  tighten_3_10  1
    x_3_11  obj  150  demand_3  1
    x_3_11  capacity_11  18  tighten_3_11  1
    x_3_12  obj  77  demand_3  1
    x_3_12  capacity_12  18  tighten_3_12  1
    x_3_13  obj  156  demand_3  1
    x_3_13  capacity_13  18  tighten_3_13  1
    x_3_14  obj  159  demand_3  1
    x_3_14  capacity_14  18  tighten_3_14  1
    x_3_15  obj  151  demand_3  1
    x_3_15  capacity_15  18  tighten_3_15  1
    x_3_16  obj  37  demand_3  1
    x_3_16  capacity_16  18  tighten_3_16  1
    x_3_17  obj  28  demand_3  1
    x_3_17  capacity_17  18  tighten_3_17  1
    x_3_18  obj  28  demand_3  1
    x_3_18  capacity_18  18  tighten_3_18  1
    x_3_19  obj  89  demand_3  1
    x_3_19  capacity_19  18  tighten_3_19  1
    x_3_20  obj  132  demand_3  1
    x_3_20  capacity_20  18  tighten_3_20  1
    x_3_21  obj  125  demand_3  1
    x_3_21  capacity_21  18  tighten_3_21  1
    x_3_22  obj  198  demand_3  1
    x_3_22  capacity_22  18  tighten_3_22  1
    x_3_23  obj  142  demand_3  1
    x_3_23  capacity_23  18  tighten_3_23  1
    x_3_24  obj  2  demand_3  1
    x_3_24  capacity_24  18  tighten_3_24  1
    x_4_0  obj  42  demand_4  1
    x_4_0  capacity_0  7  tighten_4_0  1
    x_4_1  obj  49  demand_4  1
    x_4_1  capacity_1  7  tighten_4_1  1
    x_4_2  obj  12  demand_4  1
    x_4_2  capacity_2  7  tighten_4_2  1
    x_4_3  obj  76  demand_4  1
    x_4_3  capacity_3  7  tighten_4_3  1
    x_4_4  obj  59  demand_4  1
    x_4_4  capacity_4  7  tighten_4_4  1
    x_4_5  obj  72  demand_4  1
    x_4_5  capacity_5  7  tighten_4_5  1
    x_4_6  obj  33  demand_4  1
    x_4_6  capacity_6  7  tighten_4_6  1
    x_4_7  obj  20  demand_4  1
    x_4_7  capacity_7  7  tighten_4_7  1
    x_4_8  obj  26  demand_4  1
    x_4_8  capacity_8  7  tighten_4_8  1
    x_4_9  obj  29  demand_4  1
    x_4_9  capacity_9  7  tighten_4_9  1
    x_4_10  obj  59  demand_4  1
    x_4_10  capacity_10  7  tighten_4_10  1
    x_4_11  obj  56  demand_4  1
    x_4_11  capacity_11  7  tighten_4_11  1
    x_4_12  obj  26  demand_4  1
    x_4_12  capacity_12  7  tighten_4_12  1
    x_4_13  obj  58  demand_4  1
    x_4_13  capacity_13  7  tighten_4_13  1
    x_4_14  obj  62  demand_4  1
    x_4_14  capacity_14  7  tighten_4_14  1
    x_4_15  obj  58  demand_4  1
    x_4_15  capacity_15  7  tighten_4_15  1
    x_4_16  obj  10  demand_4  1
    x_4_16  capacity_16  7  tighten_4_16  1
    x_4_17  obj  7  demand_4  1
    x_4_17  capacity_17  7  tighten_4_17  1
    x_4_18  obj  8  demand_4  1
    x_4_18  capacity_18  7  tighten_4_18  1
    x_4_19  obj  34  demand_4  1
    x_4_19  capacity_19  7  tighten_4_19  1
    x_4_20  obj  48  demand_4  1
    x_4_20  capacity_20  7  tighten_4_20  1
    x_4_21  obj  48  demand_4  1
    x_4_21  capacity_21  7  tighten_4_21  1
    x_4_22  obj  74  demand_4  1
    x_4_22  capacity_22  7  tighten_4_22  1
    x_4_23  obj  52  demand_4  1
    x_4_23  capacity_23  7  tighten_4_23  1
    x_4_24  obj  5  demand_4  1
    x_4_24  capacity_24  7  tighten_4_24  1
    x_5_0  obj  71  demand_5  1
    x_5_0  capacity_0  18  tighten_5_0  1
    x_5_1  obj  120  demand_5  1
    x_5_1  capacity_1  18  tighten_5_1  1
    x_5_2  obj  148  demand_5  1
    x_5_2  capacity_2  18  tighten_5_2  1
    x_5_3  obj  35  demand_5  1
    x_5_3  capacity_3  18  tighten_5_3  1
    x_5_4  obj  96  demand_5  1
    x_5_4  capacity_4  18  tighten_5_4  1
    x_5_5  obj  33  demand_5  1
    x_5_5  capacity_5  18  tighten_5_5  1
    x_5_6  obj  133  demand_5  1
    x_5_6  capacity_6  18  tighten_5_6  1
    x_5_7  obj  135  demand_5  1
    x_5_7  capacity_7  18  tighten_5_7  1
    x_5_8  obj  154  demand_5  1
    x_5_8  capacity_8  18  tighten_5_8  1
    x_5_9  obj  110  demand_5  1
    x_5_9  capacity_9  18  tighten_5_9  1
    x_5_10  obj  26  demand_5  1
    x_5_10  capacity_10  18  tighten_5_10  1
    x_5_11  obj  47  demand_5  1
    x_5_11  capacity_11  18  tighten_5_11  1
    x_5_12  obj  167  demand_5  1
    x_5_12  capacity_12  18  tighten_5_12  1
    x_5_13  obj  30  demand_5  1
    x_5_13  capacity_13  18  tighten_5_13  1
    x_5_14  obj  116  demand_5  1
    x_5_14  capacity_14  18  tighten_5_14  1
    x_5_15  obj  85  demand_5  1
    x_5_15  capacity_15  18  tighten_5_15  1
    x_5_16  obj  164  demand_5  1
    x_5_16  capacity_16  18  tighten_5_16  1
    x_5_17  obj  182  demand_5  1
    x_5_17  capacity_17  18  tighten_5_17  1
    x_5_18  obj  184  demand_5  1
    x_5_18  capacity_18  18  tighten_5_18  1
    x_5_19  obj  110  demand_5  1
    x_5_19  capacity_19  18  tighten_5_19  1
    x_5_20  obj  54  demand_5  1
    x_5_20  capacity_20  18  tighten_5_20  1
    x_5_21  obj  87  demand_5  1
    x_5_21  capacity_21  18  tighten_5_21  1
    x_5_22  obj  33  demand_5  1
    x_5_22  capacity_22  18  tighten_5_22  1
    x_5_23  obj  45  demand_5  1
    x_5_23  capacity_23  18  tighten_5_23  1
    x_5_24  obj  183  demand_5  1
    x_5_24  capacity_24  18  tighten_5_24  1
    x_6_0  obj  35  demand_6  1
    x_6_0  capacity_0  26  tighten_6_0  1
    x_6_1  obj  151  demand_6  1
    x_6_1  capacity_1  26  tighten_6_1  1
    x_6_2  obj  119  demand_6  1
    x_6_2  capacity_2  26  tighten_6_2  1
    x_6_3  obj  138  demand_6  1
    x_6_3  capacity_3  26  tighten_6_3  1
    x_6_4  obj  145  demand_6  1
    x_6_4  capacity_4  26  tighten_6_4  1
    x_6_5  obj  128  demand_6  1
    x_6_5  capacity_5  26  tighten_6_5  1
    x_6_6  obj  134  demand_6  1
    x_6_6  capacity_6  26  tighten_6_6  1
    x_6_7  obj  112  demand_6  1
    x_6_7  capacity_7  26  tighten_6_7  1
    x_6_8  obj  153  demand_6  1
    x_6_8  capacity_8  26  tighten_6_8  1
    x_6_9  obj  82  demand_6  1
    x_6_9  capacity_9  26  tighten_6_9  1
    x_6_10  obj  63  demand_6  1
    x_6_10  capacity_10  26  tighten_6_10  1
    x_6_11  obj  48  demand_6  1
    x_6_11  capacity_11  26  tighten_6_11  1
    x_6_12  obj  170  demand_6  1
    x_6_12  capacity_12  26  tighten_6_12  1
    x_6_13  obj  58  demand_6  1
    x_6_13  capacity_13  26  tighten_6_13  1
    x_6_14  obj  124  demand_6  1
    x_6_14  capacity_14  26  tighten_6_14  1
    x_6_15  obj  83  demand_6  1
    x_6_15  capacity_15  26  tighten_6_15  1
    x_6_16  obj  148  demand_6  1
    x_6_16  capacity_16  26  tighten_6_16  1
    x_6_17  obj  173  demand_6  1
    x_6_17  capacity_17  26  tighten_6_17  1
    x_6_18  obj  175  demand_6  1
    x_6_18  capacity_18  26  tighten_6_18  1
    x_6_19  obj  61  demand_6  1
    x_6_19  capacity_19  26  tighten_6_19  1
    x_6_20  obj  34  demand_6  1
    x_6_20  capacity_20  26  tighten_6_20  1
    x_6_21  obj  53  demand_6  1
    x_6_21  capacity_21  26  tighten_6_21  1
    x_6_22  obj  132  demand_6  1
    x_6_22  capacity_22  26  tighten_6_22  1
    x_6_23  obj  52  demand_6  1
    x_6_23  capacity_23  26  tighten_6_23  1
    x_6_24  obj  167  demand_6  1
    x_6_24  capacity_24  26  tighten_6_24  1
    x_7_0  obj  166  demand_7  1
    x_7_0  capacity_0  25  tighten_7_0  1
    x_7_1  obj  206  demand_7  1
    x_7_1  capacity_1  25  tighten_7_1  1
    x_7_2  obj  60  demand_7  1
    x_7_2  capacity_2  25  tighten_7_2  1
    x_7_3  obj  289  demand_7  1
    x_7_3  capacity_3  25  tighten_7_3  1
    x_7_4  obj  237  demand_7  1
    x_7_4  capacity_4  25  tighten_7_4  1
    x_7_5  obj  278  demand_7  1
    x_7_5  capacity_5  25  tighten_7_5  1
    x_7_6  obj  150  demand_7  1
    x_7_6  capacity_6  25  tighten_7_6  1
    x_7_7  obj  99  demand_7  1
    x_7_7  capacity_7  25  tighten_7_7  1
    x_7_8  obj  125  demand_7  1
    x_7_8  capacity_8  25  tighten_7_8  1
    x_7_9  obj  127  demand_7  1
    x_7_9  capacity_9  25  tighten_7_9  1
    x_7_10  obj  225  demand_7  1
    x_7_10  capacity_10  25  tighten_7_10  1
    x_7_11  obj  209  demand_7  1
    x_7_11  capacity_11  25  tighten_7_11  1
    x_7_12  obj  124  demand_7  1
    x_7_12  capacity_12  25  tighten_7_12  1
    x_7_13  obj  220  demand_7  1
    x_7_13  capacity_13  25  tighten_7_13  1
    x_7_14  obj  214  demand_7  1
    x_7_14  capacity_14  25  tighten_7_14  1
    x_7_15  obj  206  demand_7  1
    x_7_15  capacity_15  25  tighten_7_15  1
    x_7_16  obj  67  demand_7  1
    x_7_16  capacity_16  25  tighten_7_16  1
    x_7_17  obj  56  demand_7  1
    x_7_17  capacity_17  25  tighten_7_17  1
    x_7_18  obj  56  demand_7  1
    x_7_18  capacity_18  25  tighten_7_18  1
    x_7_19  obj  122  demand_7  1
    x_7_19  capacity_19  25  tighten_7_19  1
    x_7_20  obj  188  demand_7  1
    x_7_20  capacity_20  25  tighten_7_20  1
    x_7_21  obj  171  demand_7  1
    x_7_21  capacity_21  25  tighten_7_21  1
    x_7_22  obj  282  demand_7  1
    x_7_22  capacity_22  25  tighten_7_22  1
    x_7_23  obj  203  demand_7  1
    x_7_23  capacity_23  25  tighten_7_23  1
    x_7_24  obj  16  demand_7  1
    x_7_24  capacity_24  25  tighten_7_24  1
    x_8_0  obj  15  demand_8  1
    x_8_0  capacity_0  5  tighten_8_0  1
    x_8_1  obj  11  demand_8  1
    x_8_1  capacity_1  5  tighten_8_1  1
    x_8_2  obj  31  demand_8  1
    x_8_2  capacity_2  5  tighten_8_2  1
    x_8_3  obj  20  demand_8  1
    x_8_3  capacity_3  5  tighten_8_3  1
    x_8_4  obj  6  demand_8  1
    x_8_4  capacity_4  5  tighten_8_4  1
    x_8_5  obj  18  demand_8  1
    x_8_5  capacity_5  5  tighten_8_5  1
    x_8_6  obj  18  demand_8  1
    x_8_6  capacity_6  5  tighten_8_6  1
    x_8_7  obj  24  demand_8  1
    x_8_7  capacity_7  5  tighten_8_7  1
    x_8_8  obj  25  demand_8  1
    x_8_8  capacity_8  5  tighten_8_8  1
    x_8_9  obj  18  demand_8  1
    x_8_9  capacity_9  5  tighten_8_9  1
    x_8_10  obj  20  demand_8  1
    x_8_10  capacity_10  5  tighten_8_10  1
    x_8_11  obj  25  demand_8  1
    x_8_11  capacity_11  5  tighten_8_11  1
    x_8_12  obj  28  demand_8  1
    x_8_12  capacity_12  5  tighten_8_12  1
    x_8_13  obj  20  demand_8  1
    x_8_13  capacity_13  5  tighten_8_13  1
    x_8_14  obj  45  demand_8  1
    x_8_14  capacity_14  5  tighten_8_14  1
    x_8_15  obj  36  demand_8  1
    x_8_15  capacity_15  5  tighten_8_15  1
    x_8_16  obj  32  demand_8  1
    x_8_16  capacity_16  5  tighten_8_16  1
    x_8_17  obj  37  demand_8  1
    x_8_17  capacity_17  5  tighten_8_17  1
    x_8_18  obj  38  demand_8  1
    x_8_18  capacity_18  5  tighten_8_18  1
    x_8_19  obj  31  demand_8  1
    x_8_19  capacity_19  5  tighten_8_19  1
    x_8_20  obj  16  demand_8  1
    x_8_20  capacity_20  5  tighten_8_20  1
    x_8_21  obj  32  demand_8  1
    x_8_21  capacity_21  5  tighten_8_21  1
    x_8_22  obj  19  demand_8  1
    x_8_22  capacity_22  5  tighten_8_22  1
    x_8_23  obj  14  demand_8  1
    x_8_23  capacity_23  5  tighten_8_23  1
    x_8_24  obj  41  demand_8  1
    x_8_24  capacity_24  5  tighten_8_24  1
    x_9_0  obj  50  demand_9  1
    x_9_0  capacity_0  29  tighten_9_0  1
    x_9_1  obj  126  demand_9  1
    x_9_1  capacity_1  29  tighten_9_1  1
    x_9_2  obj  174  demand_9  1
    x_9_2  capacity_2  29  tighten_9_2  1
    x_9_3  obj  94  demand_9  1
    x_9_3  capacity_3  29  tighten_9_3  1
    x_9_4  obj  101  demand_9  1
    x_9_4  capacity_4  29  tighten_9_4  1
    x_9_5  obj  81  demand_9  1
    x_9_5  capacity_5  29  tighten_9_5  1
    x_9_6  obj  138  demand_9  1
    x_9_6  capacity_6  29  tighten_9_6  1
    x_9_7  obj  145  demand_9  1
    x_9_7  capacity_7  29  tighten_9_7  1
    x_9_8  obj  173  demand_9  1
    x_9_8  capacity_8  29  tighten_9_8  1
    x_9_9  obj  105  demand_9  1
    x_9_9  capacity_9  29  tighten_9_9  1
    x_9_10  obj  51  demand_9  1
    x_9_10  capacity_10  29  tighten_9_10  1
    x_9_11  obj  81  demand_9  1
    x_9_11  capacity_11  29  tighten_9_11  1
    x_9_12  obj  193  demand_9  1
    x_9_12  capacity_12  29  tighten_9_12  1
    x_9_13  obj  48  demand_9  1
    x_9_13  capacity_13  29  tighten_9_13  1
    x_9_14  obj  197  demand_9  1
    x_9_14  capacity_14  29  tighten_9_14  1
    x_9_15  obj  147  demand_9  1
    x_9_15  capacity_15  29  tighten_9_15  1
    x_9_16  obj  194  demand_9  1
    x_9_16  capacity_16  29  tighten_9_16  1
    x_9_17  obj  224  demand_9  1
    x_9_17  capacity_17  29  tighten_9_17  1
    x_9_18  obj  227  demand_9  1
    x_9_18  capacity_18  29  tighten_9_18  1
    x_9_19  obj  138  demand_9  1
    x_9_19  capacity_19  29  tighten_9_19  1
    x_9_20  obj  34  demand_9  1
    x_9_20  capacity_20  29  tighten_9_20  1
    x_9_21  obj  126  demand_9  1
    x_9_21  capacity_21  29  tighten_9_21  1
    x_9_22  obj  86  demand_9  1
    x_9_22  capacity_22  29  tighten_9_22  1
    x_9_23  obj  16  demand_9  1
    x_9_23  capacity_23  29  tighten_9_23  1
    x_9_24  obj  231  demand_9  1
    x_9_24  capacity_24  29  tighten_9_24  1
    x_10_0  obj  17  demand_10  1
    x_10_0  capacity_0  14  tighten_10_0  1
    x_10_1  obj  79  demand_10  1
    x_10_1  capacity_1  14  tighten_10_1  1
    x_10_2  obj  66  demand_10  1
    x_10_2  capacity_2  14  tighten_10_2  1
    x_10_3  obj  71  demand_10  1
    x_10_3  capacity_3  14  tighten_10_3  1
    x_10_4  obj  75  demand_10  1
    x_10_4  capacity_4  14  tighten_10_4  1
    x_10_5  obj  66  demand_10  1
    x_10_5  capacity_5  14  tighten_10_5  1
    x_10_6  obj  72  demand_10  1
    x_10_6  capacity_6  14  tighten_10_6  1
    x_10_7  obj  61  demand_10  1
    x_10_7  capacity_7  14  tighten_10_7  1
    x_10_8  obj  83  demand_10  1
    x_10_8  capacity_8  14  tighten_10_8  1
    x_10_9  obj  45  demand_10  1
    x_10_9  capacity_9  14  tighten_10_9  1
    x_10_10  obj  31  demand_10  1
    x_10_10  capacity_10  14  tighten_10_10  1
    x_10_11  obj  25  demand_10  1
    x_10_11  capacity_11  14  tighten_10_11  1
    x_10_12  obj  92  demand_10  1
    x_10_12  capacity_12  14  tighten_10_12  1
    x_10_13  obj  28  demand_10  1
    x_10_13  capacity_13  14  tighten_10_13  1
    x_10_14  obj  68  demand_10  1
    x_10_14  capacity_14  14  tighten_10_14  1
    x_10_15  obj  46  demand_10  1
    x_10_15  capacity_15  14  tighten_10_15  1
    x_10_16  obj  82  demand_10  1
    x_10_16  capacity_16  14  tighten_10_16  1
    x_10_17  obj  95  demand_10  1
    x_10_17  capacity_17  14  tighten_10_17  1
    x_10_18  obj  96  demand_10  1
    x_10_18  capacity_18  14  tighten_10_18  1
    x_10_19  obj  36  demand_10  1
    x_10_19  capacity_19  14  tighten_10_19  1
    x_10_20  obj  15  demand_10  1
    x_10_20  capacity_20  14  tighten_10_20  1
    x_10_21  obj  31  demand_10  1
    x_10_21  capacity_21  14  tighten_10_21  1
    x_10_22  obj  67  demand_10  1
    x_10_22  capacity_22  14  tighten_10_22  1
    x_10_23  obj  25  demand_10  1
    x_10_23  capacity_23  14  tighten_10_23  1
    x_10_24  obj  92  demand_10  1
    x_10_24  capacity_24  14  tighten_10_24  1
    x_11_0  obj  24  demand_11  1
    x_11_0  capacity_0  6  tighten_11_0  1
    x_11_1  obj  23  demand_11  1
    x_11_1  capacity_1  6  tighten_11_1  1
    x_11_2  obj  14  demand_11  1
    x_11_2  capacity_2  6  tighten_11_2  1
    x_11_3  obj  50  demand_11  1
    x_11_3  capacity_3  6  tighten_11_3  1
    x_11_4  obj  31  demand_11  1
    x_11_4  capacity_4  6  tighten_11_4  1
    x_11_5  obj  47  demand_11  1
    x_11_5  capacity_5  6  tighten_11_5  1
    x_11_6  obj  10  demand_11  1
    x_11_6  capacity_6  6  tighten_11_6  1
    x_11_7  obj  5  demand_11  1
    x_11_7  capacity_7  6  tighten_11_7  1
    x_11_8  obj  7  demand_11  1
    x_11_8  capacity_8  6  tighten_11_8  1
    x_11_9  obj  10  demand_11  1
    x_11_9  capacity_9  6  tighten_11_9  1
    x_11_10  obj  39  demand_11  1
    x_11_10  capacity_10  6  tighten_11_10  1
    x_11_11  obj  40  demand_11  1
    x_11_11  capacity_11  6  tighten_11_11  1
    x_11_12  obj  10  demand_11  1
    x_11_12  capacity_12  6  tighten_11_12  1
    x_11_13  obj  38  demand_11  1
    x_11_13  capacity_13  6  tighten_11_13  1
    x_11_14  obj  54  demand_11  1
    x_11_14  capacity_14  6  tighten_11_14  1
    x_11_15  obj  47  demand_11  1
    x_11_15  capacity_15  6  tighten_11_15  1
    x_11_16  obj  11  demand_11  1
    x_11_16  capacity_16  6  tighten_11_16  1
    x_11_17  obj  17  demand_11  1
    x_11_17  capacity_17  6  tighten_11_17  1
    x_11_18  obj  17  demand_11  1
    x_11_18  capacity_18  6  tighten_11_18  1
    x_11_19  obj  29  demand_11  1
    x_11_19  capacity_19  6  tighten_11_19  1
    x_11_20  obj  30  demand_11  1
    x_11_20  capacity_20  6  tighten_11_20  1
    x_11_21  obj  38  demand_11  1
    x_11_21  capacity_21  6  tighten_11_21  1
    x_11_22  obj  48  demand_11  1
    x_11_22  capacity_22  6  tighten_11_22  1
    x_11_23  obj  32  demand_11  1
    x_11_23  capacity_23  6  tighten_11_23  1
    x_11_24  obj  23  demand_11  1
    x_11_24  capacity_24  6  tighten_11_24  1
    x_12_0  obj  139  demand_12  1
    x_12_0  capacity_0  24  tighten_12_0  1
    x_12_1  obj  246  demand_12  1
    x_12_1  capacity_1  24  tighten_12_1  1
    x_12_2  obj  178  demand_12  1
    x_12_2  capacity_2  24  tighten_12_2  1
    x_12_3  obj  194  demand_12  1
    x_12_3  capacity_3  24  tighten_12_3  1
    x_12_4  obj  237  demand_12  1
    x_12_4  capacity_4  24  tighten_12_4  1
    x_12_5  obj  190  demand_12  1
    x_12_5  capacity_5  24  tighten_12_5  1
    x_12_6  obj  226  demand_12  1
    x_12_6  capacity_6  24  tighten_12_6  1
    x_12_7  obj  192  demand_12  1
    x_12_7  capacity_7  24  tighten_12_7  1
    x_12_8  obj  236  demand_12  1
    x_12_8  capacity_8  24  tighten_12_8  1
    x_12_9  obj  175  demand_12  1
    x_12_9  capacity_9  24  tighten_12_9  1
    x_12_10  obj  125  demand_12  1
    x_12_10  capacity_10  24  tighten_12_10  1
    x_12_11  obj  91  demand_12  1
    x_12_11  capacity_11  24  tighten_12_11  1
    x_12_12  obj  250  demand_12  1
    x_12_12  capacity_12  24  tighten_12_12  1
    x_12_13  obj  124  demand_12  1
    x_12_13  capacity_13  24  tighten_12_13  1
    x_12_14  obj  8  demand_12  1
    x_12_14  capacity_14  24  tighten_12_14  1
    x_12_15  obj  34  demand_12  1
    x_12_15  capacity_15  24  tighten_12_15  1
    x_12_16  obj  213  demand_12  1
    x_12_16  capacity_16  24  tighten_12_16  1
    x_12_17  obj  229  demand_12  1
    x_12_17  capacity_17  24  tighten_12_17  1
    x_12_18  obj  231  demand_12  1
    x_12_18  capacity_18  24  tighten_12_18  1
    x_12_19  obj  96  demand_12  1
    x_12_19  capacity_19  24  tighten_12_19  1
    x_12_20  obj  130  demand_12  1
    x_12_20  capacity_20  24  tighten_12_20  1
    x_12_21  obj  59  demand_12  1
    x_12_21  capacity_21  24  tighten_12_21  1
    x_12_22  obj  190  demand_12  1
    x_12_22  capacity_22  24  tighten_12_22  1
    x_12_23  obj  142  demand_12  1
    x_12_23  capacity_23  24  tighten_12_23  1
    x_12_24  obj  206  demand_12  1
    x_12_24  capacity_24  24  tighten_12_24  1
    x_13_0  obj  174  demand_13  1
    x_13_0  capacity_0  30  tighten_13_0  1
    x_13_1  obj  214  demand_13  1
    x_13_1  capacity_1  30  tighten_13_1  1
    x_13_2  obj  45  demand_13  1
    x_13_2  capacity_2  30  tighten_13_2  1
    x_13_3  obj  321  demand_13  1
    x_13_3  capacity_3  30  tighten_13_3  1
    x_13_4  obj  252  demand_13  1
    x_13_4  capacity_4  30  tighten_13_4  1
    x_13_5  obj  308  demand_13  1
    x_13_5  capacity_5  30  tighten_13_5  1
    x_13_6  obj  146  demand_13  1
    x_13_6  capacity_6  30  tighten_13_6  1
    x_13_7  obj  86  demand_13  1
    x_13_7  capacity_7  30  tighten_13_7  1
    x_13_8  obj  116  demand_13  1
    x_13_8  capacity_8  30  tighten_13_8  1
    x_13_9  obj  122  demand_13  1
    x_13_9  capacity_9  30  tighten_13_9  1
    x_13_10  obj  249  demand_13  1
    x_13_10  capacity_10  30  tighten_13_10  1
    x_13_11  obj  234  demand_13  1
    x_13_11  capacity_11  30  tighten_13_11  1
    x_13_12  obj  117  demand_13  1
    x_13_12  capacity_12  30  tighten_13_12  1
    x_13_13  obj  243  demand_13  1
    x_13_13  capacity_13  30  tighten_13_13  1
    x_13_14  obj  256  demand_13  1
    x_13_14  capacity_14  30  tighten_13_14  1
    x_13_15  obj  240  demand_13  1
    x_13_15  capacity_15  30  tighten_13_15  1
    x_13_16  obj  47  demand_13  1
    x_13_16  capacity_16  30  tighten_13_16  1
    x_13_17  obj  41  demand_13  1
    x_13_17  capacity_17  30  tighten_13_17  1
    x_13_18  obj  42  demand_13  1
    x_13_18  capacity_18  30  tighten_13_18  1
    x_13_19  obj  137  demand_13  1
    x_13_19  capacity_19  30  tighten_13_19  1
    x_13_20  obj  202  demand_13  1
    x_13_20  capacity_20  30  tighten_13_20  1
    x_13_21  obj  196  demand_13  1
    x_13_21  capacity_21  30  tighten_13_21  1
    x_13_22  obj  313  demand_13  1
    x_13_22  capacity_22  30  tighten_13_22  1
    x_13_23  obj  220  demand_13  1
    x_13_23  capacity_23  30  tighten_13_23  1
    x_13_24  obj  16  demand_13  1
    x_13_24  capacity_24  30  tighten_13_24  1
    x_14_0  obj  26  demand_14  1
    x_14_0  capacity_0  22  tighten_14_0  1
    x_14_1  obj  122  demand_14  1
    x_14_1  capacity_1  22  tighten_14_1  1
    x_14_2  obj  87  demand_14  1
    x_14_2  capacity_2  22  tighten_14_2  1
    x_14_3  obj  126  demand_14  1
    x_14_3  capacity_3  22  tighten_14_3  1
    x_14_4  obj  121  demand_14  1
    x_14_4  capacity_4  22  tighten_14_4  1
    x_14_5  obj  117  demand_14  1
    x_14_5  capacity_5  22  tighten_14_5  1
    x_14_6  obj  103  demand_14  1
    x_14_6  capacity_6  22  tighten_14_6  1
    x_14_7  obj  81  demand_14  1
    x_14_7  capacity_7  22  tighten_14_7  1
    x_14_8  obj  117  demand_14  1
    x_14_8  capacity_8  22  tighten_14_8  1
    x_14_9  obj  58  demand_14  1
    x_14_9  capacity_9  22  tighten_14_9  1
    x_14_10  obj  65  demand_14  1
    x_14_10  capacity_10  22  tighten_14_10  1
    x_14_11  obj  55  demand_14  1
    x_14_11  capacity_11  22  tighten_14_11  1
    x_14_12  obj  132  demand_14  1
    x_14_12  capacity_12  22  tighten_14_12  1
    x_14_13  obj  61  demand_14  1
    x_14_13  capacity_13  22  tighten_14_13  1
    x_14_14  obj  112  demand_14  1
    x_14_14  capacity_14  22  tighten_14_14  1
    x_14_15  obj  80  demand_14  1
    x_14_15  capacity_15  22  tighten_14_15  1
    x_14_16  obj  112  demand_14  1
    x_14_16  capacity_16  22  tighten_14_16  1
    x_14_17  obj  132  demand_14  1
    x_14_17  capacity_17  22  tighten_14_17  1
    x_14_18  obj  134  demand_14  1
    x_14_18  capacity_18  22  tighten_14_18  1
    x_14_19  obj  45  demand_14  1
    x_14_19  capacity_19  22  tighten_14_19  1
    x_14_20  obj  35  demand_14  1
    x_14_20  capacity_20  22  tighten_14_20  1
    x_14_21  obj  51  demand_14  1
    x_14_21  capacity_21  22  tighten_14_21  1
    x_14_22  obj  120  demand_14  1
    x_14_22  capacity_22  22  tighten_14_22  1
    x_14_23  obj  51  demand_14  1
    x_14_23  capacity_23  22  tighten_14_23  1
    x_14_24  obj  128  demand_14  1
    x_14_24  capacity_24  22  tighten_14_24  1
    x_15_0  obj  69  demand_15  1
    x_15_0  capacity_0  20  tighten_15_0  1
    x_15_1  obj  158  demand_15  1
    x_15_1  capacity_1  20  tighten_15_1  1
    x_15_2  obj  111  demand_15  1
    x_15_2  capacity_2  20  tighten_15_2  1
    x_15_3  obj  130  demand_15  1
    x_15_3  capacity_3  20  tighten_15_3  1
    x_15_4  obj  153  demand_15  1
    x_15_4  capacity_4  20  tighten_15_4  1
    x_15_5  obj  125  demand_15  1
    x_15_5  capacity_5  20  tighten_15_5  1
    x_15_6  obj  142  demand_15  1
    x_15_6  capacity_6  20  tighten_15_6  1
    x_15_7  obj  117  demand_15  1
    x_15_7  capacity_7  20  tighten_15_7  1
    x_15_8  obj  152  demand_15  1
    x_15_8  capacity_8  20  tighten_15_8  1
    x_15_9  obj  100  demand_15  1
    x_15_9  capacity_9  20  tighten_15_9  1
    x_15_10  obj  69  demand_15  1
    x_15_10  capacity_10  20  tighten_15_10  1
    x_15_11  obj  41  demand_15  1
    x_15_11  capacity_11  20  tighten_15_11  1
    x_15_12  obj  165  demand_15  1
    x_15_12  capacity_12  20  tighten_15_12  1
    x_15_13  obj  66  demand_15  1
    x_15_13  capacity_13  20  tighten_15_13  1
    x_15_14  obj  53  demand_15  1
    x_15_14  capacity_14  20  tighten_15_14  1
    x_15_15  obj  26  demand_15  1
    x_15_15  capacity_15  20  tighten_15_15  1
    x_15_16  obj  139  demand_15  1
    x_15_16  capacity_16  20  tighten_15_16  1
    x_15_17  obj  154  demand_15  1
    x_15_17  capacity_17  20  tighten_15_17  1
    x_15_18  obj  156  demand_15  1
    x_15_18  capacity_18  20  tighten_15_18  1
    x_15_19  obj  44  demand_15  1
    x_15_19  capacity_19  20  tighten_15_19  1
    x_15_20  obj  64  demand_15  1
    x_15_20  capacity_20  20  tighten_15_20  1
    x_15_21  obj  5  demand_15  1
    x_15_21  capacity_21  20  tighten_15_21  1
    x_15_22  obj  126  demand_15  1
    x_15_22  capacity_22  20  tighten_15_22  1
    x_15_23  obj  76  demand_15  1
    x_15_23  capacity_23  20  tighten_15_23  1
    x_15_24  obj  141  demand_15  1
    x_15_24  capacity_24  20  tighten_15_24  1
    x_16_0  obj  93  demand_16  1
    x_16_0  capacity_0  22  tighten_16_0  1
    x_16_1  obj  50  demand_16  1
    x_16_1  capacity_1  22  tighten_16_1  1
    x_16_2  obj  159  demand_16  1
    x_16_2  capacity_2  22  tighten_16_2  1
    x_16_3  obj  90  demand_16  1
    x_16_3  capacity_3  22  tighten_16_3  1
    x_16_4  obj  9  demand_16  1
    x_16_4  capacity_4  22  tighten_16_4  1
    x_16_5  obj  82  demand_16  1
    x_16_5  capacity_5  22  tighten_16_5  1
    x_16_6  obj  92  demand_16  1
    x_16_6  capacity_6  22  tighten_16_6  1
    x_16_7  obj  125  demand_16  1
    x_16_7  capacity_7  22  tighten_16_7  1
    x_16_8  obj  123  demand_16  1
    x_16_8  capacity_8  22  tighten_16_8  1
    x_16_9  obj  101  demand_16  1
    x_16_9  capacity_9  22  tighten_16_9  1
    x_16_10  obj  106  demand_16  1
    x_16_10  capacity_10  22  tighten_16_10  1
    x_16_11  obj  132  demand_16  1
    x_16_11  capacity_11  22  tighten_16_11  1
    x_16_12  obj  136  demand_16  1
    x_16_12  capacity_12  22  tighten_16_12  1
    x_16_13  obj  105  demand_16  1
    x_16_13  capacity_13  22  tighten_16_13  1
    x_16_14  obj  220  demand_16  1
    x_16_14  capacity_14  22  tighten_16_14  1
    x_16_15  obj  182  demand_16  1
    x_16_15  capacity_15  22  tighten_16_15  1
    x_16_16  obj  161  demand_16  1
    x_16_16  capacity_16  22  tighten_16_16  1
    x_16_17  obj  182  demand_16  1
    x_16_17  capacity_17  22  tighten_16_17  1
    x_16_18  obj  184  demand_16  1
    x_16_18  capacity_18  22  tighten_16_18  1
    x_16_19  obj  162  demand_16  1
    x_16_19  capacity_19  22  tighten_16_19  1
    x_16_20  obj  93  demand_16  1
    x_16_20  capacity_20  22  tighten_16_20  1
    x_16_21  obj  163  demand_16  1
    x_16_21  capacity_21  22  tighten_16_21  1
    x_16_22  obj  87  demand_16  1
    x_16_22  capacity_22  22  tighten_16_22  1
    x_16_23  obj  83  demand_16  1
    x_16_23  capacity_23  22  tighten_16_23  1
    x_16_24  obj  200  demand_16  1
    x_16_24  capacity_24  22  tighten_16_24  1
    x_17_0  obj  22  demand_17  1
    x_17_0  capacity_0  5  tighten_17_0  1
    x_17_1  obj  27  demand_17  1
    x_17_1  capacity_1  5  tighten_17_1  1
    x_17_2  obj  43  demand_17  1
    x_17_2  capacity_2  5  tighten_17_2  1
    x_17_3  obj  4  demand_17  1
    x_17_3  capacity_3  5  tighten_17_3  1
    x_17_4  obj  19  demand_17  1
    x_17_4  capacity_4  5  tighten_17_4  1
    x_17_5  obj  2  demand_17  1
    x_17_5  capacity_5  5  tighten_17_5  1
    x_17_6  obj  33  demand_17  1
    x_17_6  capacity_6  5  tighten_17_6  1
    x_17_7  obj  37  demand_17  1
    x_17_7  capacity_7  5  tighten_17_7  1
    x_17_8  obj  40  demand_17  1
    x_17_8  capacity_8  5  tighten_17_8  1
    x_17_9  obj  30  demand_17  1
    x_17_9  capacity_9  5  tighten_17_9  1
    x_17_10  obj  15  demand_17  1
    x_17_10  capacity_10  5  tighten_17_10  1
    x_17_11  obj  22  demand_17  1
    x_17_11  capacity_11  5  tighten_17_11  1
    x_17_12  obj  44  demand_17  1
    x_17_12  capacity_12  5  tighten_17_12  1
    x_17_13  obj  15  demand_17  1
    x_17_13  capacity_13  5  tighten_17_13  1
    x_17_14  obj  42  demand_17  1
    x_17_14  capacity_14  5  tighten_17_14  1
    x_17_15  obj  34  demand_17  1
    x_17_15  capacity_15  5  tighten_17_15  1
    x_17_16  obj  46  demand_17  1
    x_17_16  capacity_16  5  tighten_17_16  1
    x_17_17  obj  51  demand_17  1
    x_17_17  capacity_17  5  tighten_17_17  1
    x_17_18  obj  52  demand_17  1
    x_17_18  capacity_18  5  tighten_17_18  1
    x_17_19  obj  36  demand_17  1
    x_17_19  capacity_19  5  tighten_17_19  1
    x_17_20  obj  19  demand_17  1
    x_17_20  capacity_20  5  tighten_17_20  1
    x_17_21  obj  32  demand_17  1
    x_17_21  capacity_21  5  tighten_17_21  1
    x_17_22  obj  3  demand_17  1
    x_17_22  capacity_22  5  tighten_17_22  1
    x_17_23  obj  15  demand_17  1
    x_17_23  capacity_23  5  tighten_17_23  1
    x_17_24  obj  53  demand_17  1
    x_17_24  capacity_24  5  tighten_17_24  1
    x_18_0  obj  94  demand_18  1
    x_18_0  capacity_0  21  tighten_18_0  1
    x_18_1  obj  4  demand_18  1
    x_18_1  capacity_1  21  tighten_18_1  1
    x_18_2  obj  129  demand_18  1
    x_18_2  capacity_2  21  tighten_18_2  1
    x_18_3  obj  127  demand_18  1
    x_18_3  capacity_3  21  tighten_18_3  1
    x_18_4  obj  35  demand_18  1
    x_18_4  capacity_4  21  tighten_18_4  1
    x_18_5  obj  118  demand_18  1
    x_18_5  capacity_5  21  tighten_18_5  1
    x_18_6  obj  52  demand_18  1
    x_18_6  capacity_6  21  tighten_18_6  1
    x_18_7  obj  94  demand_18  1
    x_18_7  capacity_7  21  tighten_18_7  1
    x_18_8  obj  80  demand_18  1
    x_18_8  capacity_8  21  tighten_18_8  1
    x_18_9  obj  80  demand_18  1
    x_18_9  capacity_9  21  tighten_18_9  1
    x_18_10  obj  126  demand_18  1
    x_18_10  capacity_10  21  tighten_18_10  1
    x_18_11  obj  145  demand_18  1
    x_18_11  capacity_11  21  tighten_18_11  1
    x_18_12  obj  91  demand_18  1
    x_18_12  capacity_12  21  tighten_18_12  1
    x_18_13  obj  124  demand_18  1
    x_18_13  capacity_13  21  tighten_18_13  1
    x_18_14  obj  222  demand_18  1
    x_18_14  capacity_14  21  tighten_18_14  1
    x_18_15  obj  188  demand_18  1
    x_18_15  capacity_15  21  tighten_18_15  1
    x_18_16  obj  123  demand_18  1
    x_18_16  capacity_16  21  tighten_18_16  1
    x_18_17  obj  142  demand_18  1
    x_18_17  capacity_17  21  tighten_18_17  1
    x_18_18  obj  143  demand_18  1
    x_18_18  capacity_18  21  tighten_18_18  1
    x_18_19  obj  152  demand_18  1
    x_18_19  capacity_19  21  tighten_18_19  1
    x_18_20  obj  104  demand_18  1
    x_18_20  capacity_20  21  tighten_18_20  1
    x_18_21  obj  164  demand_18  1
    x_18_21  capacity_21  21  tighten_18_21  1
    x_18_22  obj  123  demand_18  1
    x_18_22  capacity_22  21  tighten_18_22  1
    x_18_23  obj  99  demand_18  1
    x_18_23  capacity_23  21  tighten_18_23  1
    x_18_24  obj  164  demand_18  1
    x_18_24  capacity_24  21  tighten_18_24  1
    x_19_0  obj  65  demand_19  1
    x_19_0  capacity_0  14  tighten_19_0  1
    x_19_1  obj  114  demand_19  1
    x_19_1  capacity_1  14  tighten_19_1  1
    x_19_2  obj  43  demand_19  1
    x_19_2  capacity_2  14  tighten_19_2  1
    x_19_3  obj  130  demand_19  1
    x_19_3  capacity_3  14  tighten_19_3  1
    x_19_4  obj  121  demand_19  1
    x_19_4  capacity_4  14  tighten_19_4  1
    x_19_5  obj  124  demand_19  1
    x_19_5  capacity_5  14  tighten_19_5  1
    x_19_6  obj  89  demand_19  1
    x_19_6  capacity_6  14  tighten_19_6  1
    x_19_7  obj  61  demand_19  1
    x_19_7  capacity_7  14  tighten_19_7  1
    x_19_8  obj  87  demand_19  1
    x_19_8  capacity_8  14  tighten_19_8  1
    x_19_9  obj  62  demand_19  1
    x_19_9  capacity_9  14  tighten_19_9  1
    x_19_10  obj  88  demand_19  1
    x_19_10  capacity_10  14  tighten_19_10  1
    x_19_11  obj  74  demand_19  1
    x_19_11  capacity_11  14  tighten_19_11  1
    x_19_12  obj  92  demand_19  1
    x_19_12  capacity_12  14  tighten_19_12  1
    x_19_13  obj  86  demand_19  1
    x_19_13  capacity_13  14  tighten_19_13  1
    x_19_14  obj  68  demand_19  1
    x_19_14  capacity_14  14  tighten_19_14  1
    x_19_15  obj  65  demand_19  1
    x_19_15  capacity_15  14  tighten_19_15  1
    x_19_16  obj  64  demand_19  1
    x_19_16  capacity_16  14  tighten_19_16  1
    x_19_17  obj  70  demand_19  1
    x_19_17  capacity_17  14  tighten_19_17  1
    x_19_18  obj  71  demand_19  1
    x_19_18  capacity_18  14  tighten_19_18  1
    x_19_19  obj  23  demand_19  1
    x_19_19  capacity_19  14  tighten_19_19  1
    x_19_20  obj  72  demand_19  1
    x_19_20  capacity_20  14  tighten_19_20  1
    x_19_21  obj  47  demand_19  1
    x_19_21  capacity_21  14  tighten_19_21  1
    x_19_22  obj  126  demand_19  1
    x_19_22  capacity_22  14  tighten_19_22  1
    x_19_23  obj  82  demand_19  1
    x_19_23  capacity_23  14  tighten_19_23  1
    x_19_24  obj  54  demand_19  1
    x_19_24  capacity_24  14  tighten_19_24  1
    x_20_0  obj  42  demand_20  1
    x_20_0  capacity_0  11  tighten_20_0  1
    x_20_1  obj  90  demand_20  1
    x_20_1  capacity_1  11  tighten_20_1  1
    x_20_2  obj  74  demand_20  1
    x_20_2  capacity_2  11  tighten_20_2  1
    x_20_3  obj  62  demand_20  1
    x_20_3  capacity_3  11  tighten_20_3  1
    x_20_4  obj  83  demand_20  1
    x_20_4  capacity_4  11  tighten_20_4  1
    x_20_5  obj  60  demand_20  1
    x_20_5  capacity_5  11  tighten_20_5  1
    x_20_6  obj  85  demand_20  1
    x_20_6  capacity_6  11  tighten_20_6  1
    x_20_7  obj  74  demand_20  1
    x_20_7  capacity_7  11  tighten_20_7  1
    x_20_8  obj  93  demand_20  1
    x_20_8  capacity_8  11  tighten_20_8  1
    x_20_9  obj  63  demand_20  1
    x_20_9  capacity_9  11  tighten_20_9  1
    x_20_10  obj  30  demand_20  1
    x_20_10  capacity_10  11  tighten_20_10  1
    x_20_11  obj  15  demand_20  1
    x_20_11  capacity_11  11  tighten_20_11  1
    x_20_12  obj  100  demand_20  1
    x_20_12  capacity_12  11  tighten_20_12  1
    x_20_13  obj  30  demand_20  1
    x_20_13  capacity_13  11  tighten_20_13  1
    x_20_14  obj  31  demand_20  1
    x_20_14  capacity_14  11  tighten_20_14  1
    x_20_15  obj  11  demand_20  1
    x_20_15  capacity_15  11  tighten_20_15  1
    x_20_16  obj  88  demand_20  1
    x_20_16  capacity_16  11  tighten_20_16  1
    x_20_17  obj  97  demand_20  1
    x_20_17  capacity_17  11  tighten_20_17  1
    x_20_18  obj  98  demand_20  1
    x_20_18  capacity_18  11  tighten_20_18  1
    x_20_19  obj  38  demand_20  1
    x_20_19  capacity_19  11  tighten_20_19  1
    x_20_20  obj  35  demand_20  1
    x_20_20  capacity_20  11  tighten_20_20  1
    x_20_21  obj  17  demand_20  1
    x_20_21  capacity_21  11  tighten_20_21  1
    x_20_22  obj  60  demand_20  1
    x_20_22  capacity_22  11  tighten_20_22  1
    x_20_23  obj  39  demand_20  1
    x_20_23  capacity_23  11  tighten_20_23  1
    x_20_24  obj  91  demand_20  1
    x_20_24  capacity_24  11  tighten_20_24  1
    x_21_0  obj  86  demand_21  1
    x_21_0  capacity_0  29  tighten_21_0  1
    x_21_1  obj  132  demand_21  1
    x_21_1  capacity_1  29  tighten_21_1  1
    x_21_2  obj  46  demand_21  1
    x_21_2  capacity_2  29  tighten_21_2  1
    x_21_3  obj  224  demand_21  1
    x_21_3  capacity_3  29  tighten_21_3  1
    x_21_4  obj  161  demand_21  1
    x_21_4  capacity_4  29  tighten_21_4  1
    x_21_5  obj  211  demand_21  1
    x_21_5  capacity_5  29  tighten_21_5  1
    x_21_6  obj  77  demand_21  1
    x_21_6  capacity_6  29  tighten_21_6  1
    x_21_7  obj  23  demand_21  1
    x_21_7  capacity_7  29  tighten_21_7  1
    x_21_8  obj  76  demand_21  1
    x_21_8  capacity_8  29  tighten_21_8  1
    x_21_9  obj  31  demand_21  1
    x_21_9  capacity_9  29  tighten_21_9  1
    x_21_10  obj  162  demand_21  1
    x_21_10  capacity_10  29  tighten_21_10  1
    x_21_11  obj  157  demand_21  1
    x_21_11  capacity_11  29  tighten_21_11  1
    x_21_12  obj  93  demand_21  1
    x_21_12  capacity_12  29  tighten_21_12  1
    x_21_13  obj  156  demand_21  1
    x_21_13  capacity_13  29  tighten_21_13  1
    x_21_14  obj  216  demand_21  1
    x_21_14  capacity_14  29  tighten_21_14  1
    x_21_15  obj  184  demand_21  1
    x_21_15  capacity_15  29  tighten_21_15  1
    x_21_16  obj  64  demand_21  1
    x_21_16  capacity_16  29  tighten_21_16  1
    x_21_17  obj  93  demand_21  1
    x_21_17  capacity_17  29  tighten_21_17  1
    x_21_18  obj  96  demand_21  1
    x_21_18  capacity_18  29  tighten_21_18  1
    x_21_19  obj  97  demand_21  1
    x_21_19  capacity_19  29  tighten_21_19  1
    x_21_20  obj  115  demand_21  1
    x_21_20  capacity_20  29  tighten_21_20  1
    x_21_21  obj  141  demand_21  1
    x_21_21  capacity_21  29  tighten_21_21  1
    x_21_22  obj  217  demand_21  1
    x_21_22  capacity_22  29  tighten_21_22  1
    x_21_23  obj  129  demand_21  1
    x_21_23  capacity_23  29  tighten_21_23  1
    x_21_24  obj  103  demand_21  1
    x_21_24  capacity_24  29  tighten_21_24  1
    x_22_0  obj  30  demand_22  1
    x_22_0  capacity_0  17  tighten_22_0  1
    x_22_1  obj  102  demand_22  1
    x_22_1  capacity_1  17  tighten_22_1  1
    x_22_2  obj  64  demand_22  1
    x_22_2  capacity_2  17  tighten_22_2  1
    x_22_3  obj  106  demand_22  1
    x_22_3  capacity_3  17  tighten_22_3  1
    x_22_4  obj  103  demand_22  1
    x_22_4  capacity_4  17  tighten_22_4  1
    x_22_5  obj  99  demand_22  1
    x_22_5  capacity_5  17  tighten_22_5  1
    x_22_6  obj  85  demand_22  1
    x_22_6  capacity_6  17  tighten_22_6  1
    x_22_7  obj  64  demand_22  1
    x_22_7  capacity_7  17  tighten_22_7  1
    x_22_8  obj  93  demand_22  1
    x_22_8  capacity_8  17  tighten_22_8  1
    x_22_9  obj  49  demand_22  1
    x_22_9  capacity_9  17  tighten_22_9  1
    x_22_10  obj  57  demand_22  1
    x_22_10  capacity_10  17  tighten_22_10  1
    x_22_11  obj  45  demand_22  1
    x_22_11  capacity_11  17  tighten_22_11  1
    x_22_12  obj  104  demand_22  1
    x_22_12  capacity_12  17  tighten_22_12  1
    x_22_13  obj  54  demand_22  1
    x_22_13  capacity_13  17  tighten_22_13  1
    x_22_14  obj  80  demand_22  1
    x_22_14  capacity_14  17  tighten_22_14  1
    x_22_15  obj  58  demand_22  1
    x_22_15  capacity_15  17  tighten_22_15  1
    x_22_16  obj  85  demand_22  1
    x_22_16  capacity_16  17  tighten_22_16  1
    x_22_17  obj  100  demand_22  1
    x_22_17  capacity_17  17  tighten_22_17  1
    x_22_18  obj  102  demand_22  1
    x_22_18  capacity_18  17  tighten_22_18  1
    x_22_19  obj  25  demand_22  1
    x_22_19  capacity_19  17  tighten_22_19  1
    x_22_20  obj  36  demand_22  1
    x_22_20  capacity_20  17  tighten_22_20  1
    x_22_21  obj  34  demand_22  1
    x_22_21  capacity_21  17  tighten_22_21  1
    x_22_22  obj  102  demand_22  1
    x_22_22  capacity_22  17  tighten_22_22  1
    x_22_23  obj  48  demand_22  1
    x_22_23  capacity_23  17  tighten_22_23  1
    x_22_24  obj  94  demand_22  1
    x_22_24  capacity_24  17  tighten_22_24  1
    x_23_0  obj  229  demand_23  1
    x_23_0  capacity_0  35  tighten_23_0  1
    x_23_1  obj  324  demand_23  1
    x_23_1  capacity_1  35  tighten_23_1  1
    x_23_2  obj  116  demand_23  1
    x_23_2  capacity_2  35  tighten_23_2  1
    x_23_3  obj  398  demand_23  1
    x_23_3  capacity_3  35  tighten_23_3  1
    x_23_4  obj  355  demand_23  1
    x_23_4  capacity_4  35  tighten_23_4  1
    x_23_5  obj  384  demand_23  1
    x_23_5  capacity_5  35  tighten_23_5  1
    x_23_6  obj  252  demand_23  1
    x_23_6  capacity_6  35  tighten_23_6  1
    x_23_7  obj  176  demand_23  1
    x_23_7  capacity_7  35  tighten_23_7  1
    x_23_8  obj  228  demand_23  1
    x_23_8  capacity_8  35  tighten_23_8  1
    x_23_9  obj  198  demand_23  1
    x_23_9  capacity_9  35  tighten_23_9  1
    x_23_10  obj  297  demand_23  1
    x_23_10  capacity_10  35  tighten_23_10  1
    x_23_11  obj  264  demand_23  1
    x_23_11  capacity_11  35  tighten_23_11  1
    x_23_12  obj  234  demand_23  1
    x_23_12  capacity_12  35  tighten_23_12  1
    x_23_13  obj  291  demand_23  1
    x_23_13  capacity_13  35  tighten_23_13  1
    x_23_14  obj  237  demand_23  1
    x_23_14  capacity_14  35  tighten_23_14  1
    x_23_15  obj  240  demand_23  1
    x_23_15  capacity_15  35  tighten_23_15  1
    x_23_16  obj  153  demand_23  1
    x_23_16  capacity_16  35  tighten_23_16  1
    x_23_17  obj  150  demand_23  1
    x_23_17  capacity_17  35  tighten_23_17  1
    x_23_18  obj  151  demand_23  1
    x_23_18  capacity_18  35  tighten_23_18  1
    x_23_19  obj  135  demand_23  1
    x_23_19  capacity_19  35  tighten_23_19  1
    x_23_20  obj  253  demand_23  1
    x_23_20  capacity_20  35  tighten_23_20  1
    x_23_21  obj  197  demand_23  1
    x_23_21  capacity_21  35  tighten_23_21  1
    x_23_22  obj  389  demand_23  1
    x_23_22  capacity_22  35  tighten_23_22  1
    x_23_23  obj  278  demand_23  1
    x_23_23  capacity_23  35  tighten_23_23  1
    x_23_24  obj  95  demand_23  1
    x_23_24  capacity_24  35  tighten_23_24  1
    x_24_0  obj  79  demand_24  1
    x_24_0  capacity_0  12  tighten_24_0  1
    x_24_1  obj  108  demand_24  1
    x_24_1  capacity_1  12  tighten_24_1  1
    x_24_2  obj  36  demand_24  1
    x_24_2  capacity_2  12  tighten_24_2  1
    x_24_3  obj  137  demand_24  1
    x_24_3  capacity_3  12  tighten_24_3  1
    x_24_4  obj  120  demand_24  1
    x_24_4  capacity_4  12  tighten_24_4  1
    x_24_5  obj  132  demand_24  1
    x_24_5  capacity_5  12  tighten_24_5  1
    x_24_6  obj  82  demand_24  1
    x_24_6  capacity_6  12  tighten_24_6  1
    x_24_7  obj  56  demand_24  1
    x_24_7  capacity_7  12  tighten_24_7  1
    x_24_8  obj  73  demand_24  1
    x_24_8  capacity_8  12  tighten_24_8  1
    x_24_9  obj  66  demand_24  1
    x_24_9  capacity_9  12  tighten_24_9  1
    x_24_10  obj  104  demand_24  1
    x_24_10  capacity_10  12  tighten_24_10  1
    x_24_11  obj  93  demand_24  1
    x_24_11  capacity_11  12  tighten_24_11  1
    x_24_12  obj  74  demand_24  1
    x_24_12  capacity_12  12  tighten_24_12  1
    x_24_13  obj  102  demand_24  1
    x_24_13  capacity_13  12  tighten_24_13  1
    x_24_14  obj  88  demand_24  1
    x_24_14  capacity_14  12  tighten_24_14  1
    x_24_15  obj  87  demand_24  1
    x_24_15  capacity_15  12  tighten_24_15  1
    x_24_16  obj  46  demand_24  1
    x_24_16  capacity_16  12  tighten_24_16  1
    x_24_17  obj  44  demand_24  1
    x_24_17  capacity_17  12  tighten_24_17  1
    x_24_18  obj  45  demand_24  1
    x_24_18  capacity_18  12  tighten_24_18  1
    x_24_19  obj  49  demand_24  1
    x_24_19  capacity_19  12  tighten_24_19  1
    x_24_20  obj  88  demand_24  1
    x_24_20  capacity_20  12  tighten_24_20  1
    x_24_21  obj  72  demand_24  1
    x_24_21  capacity_21  12  tighten_24_21  1
    x_24_22  obj  134  demand_24  1
    x_24_22  capacity_22  12  tighten_24_22  1
    x_24_23  obj  96  demand_24  1
    x_24_23  capacity_23  12  tighten_24_23  1
    x_24_24  obj  25  demand_24  1
    x_24_24  capacity_24  12  tighten_24_24  1
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
    RHS  demand_10  1
    RHS  demand_11  1
    RHS  demand_12  1
    RHS  demand_13  1
    RHS  demand_14  1
    RHS  demand_15  1
    RHS  demand_16  1
    RHS  demand_17  1
    RHS  demand_18  1
    RHS  demand_19  1
    RHS  demand_20  1
    RHS  demand_21  1
    RHS  demand_22  1
    RHS  demand_23  1
    RHS  demand_24  1
    RHS  total_capacity  486
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
 BV BND  y_20
 BV BND  y_21
 BV BND  y_22
 BV BND  y_23
 BV BND  y_24
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
 UP BND  x_0_10  1
 UP BND  x_0_11  1
 UP BND  x_0_12  1
 UP BND  x_0_13  1
 UP BND  x_0_14  1
 UP BND  x_0_15  1
 UP BND  x_0_16  1
 UP BND  x_0_17  1
 UP BND  x_0_18  1
 UP BND  x_0_19  1
 UP BND  x_0_20  1
 UP BND  x_0_21  1
 UP BND  x_0_22  1
 UP BND  x_0_23  1
 UP BND  x_0_24  1
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
 UP BND  x_1_10  1
 UP BND  x_1_11  1
 UP BND  x_1_12  1
 UP BND  x_1_13  1
 UP BND  x_1_14  1
 UP BND  x_1_15  1
 UP BND  x_1_16  1
 UP BND  x_1_17  1
 UP BND  x_1_18  1
 UP BND  x_1_19  1
 UP BND  x_1_20  1
 UP BND  x_1_21  1
 UP BND  x_1_22  1
 UP BND  x_1_23  1
 UP BND  x_1_24  1
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
 UP BND  x_2_10  1
 UP BND  x_2_11  1
 UP BND  x_2_12  1
 UP BND  x_2_13  1
 UP BND  x_2_14  1
 UP BND  x_2_15  1
 UP BND  x_2_16  1
 UP BND  x_2_17  1
 UP BND  x_2_18  1
 UP BND  x_2_19  1
 UP BND  x_2_20  1
 UP BND  x_2_21  1
 UP BND  x_2_22  1
 UP BND  x_2_23  1
 UP BND  x_2_24  1
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
 UP BND  x_3_10  1
 UP BND  x_3_11  1
 UP BND  x_3_12  1
 UP BND  x_3_13  1
 UP BND  x_3_14  1
 UP BND  x_3_15  1
 UP BND  x_3_16  1
 UP BND  x_3_17  1
 UP BND  x_3_18  1
 UP BND  x_3_19  1
 UP BND  x_3_20  1
 UP BND  x_3_21  1
 UP BND  x_3_22  1
 UP BND  x_3_23  1
 UP BND  x_3_24  1
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
 UP BND  x_4_10  1
 UP BND  x_4_11  1
 UP BND  x_4_12  1
 UP BND  x_4_13  1
 UP BND  x_4_14  1
 UP BND  x_4_15  1
 UP BND  x_4_16  1
 UP BND  x_4_17  1
 UP BND  x_4_18  1
 UP BND  x_4_19  1
 UP BND  x_4_20  1
 UP BND  x_4_21  1
 UP BND  x_4_22  1
 UP BND  x_4_23  1
 UP BND  x_4_24  1
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
 UP BND  x_5_10  1
 UP BND  x_5_11  1
 UP BND  x_5_12  1
 UP BND  x_5_13  1
 UP BND  x_5_14  1
 UP BND  x_5_15  1
 UP BND  x_5_16  1
 UP BND  x_5_17  1
 UP BND  x_5_18  1
 UP BND  x_5_19  1
 UP BND  x_5_20  1
 UP BND  x_5_21  1
 UP BND  x_5_22  1
 UP BND  x_5_23  1
 UP BND  x_5_24  1
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
 UP BND  x_6_10  1
 UP BND  x_6_11  1
 UP BND  x_6_12  1
 UP BND  x_6_13  1
 UP BND  x_6_14  1
 UP BND  x_6_15  1
 UP BND  x_6_16  1
 UP BND  x_6_17  1
 UP BND  x_6_18  1
 UP BND  x_6_19  1
 UP BND  x_6_20  1
 UP BND  x_6_21  1
 UP BND  x_6_22  1
 UP BND  x_6_23  1
 UP BND  x_6_24  1
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
 UP BND  x_7_10  1
 UP BND  x_7_11  1
 UP BND  x_7_12  1
 UP BND  x_7_13  1
 UP BND  x_7_14  1
 UP BND  x_7_15  1
 UP BND  x_7_16  1
 UP BND  x_7_17  1
 UP BND  x_7_18  1
 UP BND  x_7_19  1
 UP BND  x_7_20  1
 UP BND  x_7_21  1
 UP BND  x_7_22  1
 UP BND  x_7_23  1
 UP BND  x_7_24  1
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
 UP BND  x_8_10  1
 UP BND  x_8_11  1
 UP BND  x_8_12  1
 UP BND  x_8_13  1
 UP BND  x_8_14  1
 UP BND  x_8_15  1
 UP BND  x_8_16  1
 UP BND  x_8_17  1
 UP BND  x_8_18  1
 UP BND  x_8_19  1
 UP BND  x_8_20  1
 UP BND  x_8_21  1
 UP BND  x_8_22  1
 UP BND  x_8_23  1
 UP BND  x_8_24  1
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
 UP BND  x_9_10  1
 UP BND  x_9_11  1
 UP BND  x_9_12  1
 UP BND  x_9_13  1
 UP BND  x_9_14  1
 UP BND  x_9_15  1
 UP BND  x_9_16  1
 UP BND  x_9_17  1
 UP BND  x_9_18  1
 UP BND  x_9_19  1
 UP BND  x_9_20  1
 UP BND  x_9_21  1
 UP BND  x_9_22  1
 UP BND  x_9_23  1
 UP BND  x_9_24  1
 UP BND  x_10_0  1
 UP BND  x_10_1  1
 UP BND  x_10_2  1
 UP BND  x_10_3  1
 UP BND  x_10_4  1
 UP BND  x_10_5  1
 UP BND  x_10_6  1
 UP BND  x_10_7  1
 UP BND  x_10_8  1
 UP BND  x_10_9  1
 UP BND  x_10_10  1
 UP BND  x_10_11  1
 UP BND  x_10_12  1
 UP BND  x_10_13  1
 UP BND  x_10_14  1
 UP BND  x_10_15  1
 UP BND  x_10_16  1
 UP BND  x_10_17  1
 UP BND  x_10_18  1
 UP BND  x_10_19  1
 UP BND  x_10_20  1
 UP BND  x_10_21  1
 UP BND  x_10_22  1
 UP BND  x_10_23  1
 UP BND  x_10_24  1
 UP BND  x_11_0  1
 UP BND  x_11_1  1
 UP BND  x_11_2  1
 UP BND  x_11_3  1
 UP BND  x_11_4  1
 UP BND  x_11_5  1
 UP BND  x_11_6  1
 UP BND  x_11_7  1
 UP BND  x_11_8  1
 UP BND  x_11_9  1
 UP BND  x_11_10  1
 UP BND  x_11_11  1
 UP BND  x_11_12  1
 UP BND  x_11_13  1
 UP BND  x_11_14  1
 UP BND  x_11_15  1
 UP BND  x_11_16  1
 UP BND  x_11_17  1
 UP BND  x_11_18  1
 UP BND  x_11_19  1
 UP BND  x_11_20  1
 UP BND  x_11_21  1
 UP BND  x_11_22  1
 UP BND  x_11_23  1
 UP BND  x_11_24  1
 UP BND  x_12_0  1
 UP BND  x_12_1  1
 UP BND  x_12_2  1
 UP BND  x_12_3  1
 UP BND  x_12_4  1
 UP BND  x_12_5  1
 UP BND  x_12_6  1
 UP BND  x_12_7  1
 UP BND  x_12_8  1
 UP BND  x_12_9  1
 UP BND  x_12_10  1
 UP BND  x_12_11  1
 UP BND  x_12_12  1
 UP BND  x_12_13  1
 UP BND  x_12_14  1
 UP BND  x_12_15  1
 UP BND  x_12_16  1
 UP BND  x_12_17  1
 UP BND  x_12_18  1
 UP BND  x_12_19  1
 UP BND  x_12_20  1
 UP BND  x_12_21  1
 UP BND  x_12_22  1
 UP BND  x_12_23  1
 UP BND  x_12_24  1
 UP BND  x_13_0  1
 UP BND  x_13_1  1
 UP BND  x_13_2  1
 UP BND  x_13_3  1
 UP BND  x_13_4  1
 UP BND  x_13_5  1
 UP BND  x_13_6  1
 UP BND  x_13_7  1
 UP BND  x_13_8  1
 UP BND  x_13_9  1
 UP BND  x_13_10  1
 UP BND  x_13_11  1
 UP BND  x_13_12  1
 UP BND  x_13_13  1
 UP BND  x_13_14  1
 UP BND  x_13_15  1
 UP BND  x_13_16  1
 UP BND  x_13_17  1
 UP BND  x_13_18  1
 UP BND  x_13_19  1
 UP BND  x_13_20  1
 UP BND  x_13_21  1
 UP BND  x_13_22  1
 UP BND  x_13_23  1
 UP BND  x_13_24  1
 UP BND  x_14_0  1
 UP BND  x_14_1  1
 UP BND  x_14_2  1
 UP BND  x_14_3  1
 UP BND  x_14_4  1
 UP BND  x_14_5  1
 UP BND  x_14_6  1
 UP BND  x_14_7  1
 UP BND  x_14_8  1
 UP BND  x_14_9  1
 UP BND  x_14_10  1
 UP BND  x_14_11  1
 UP BND  x_14_12  1
 UP BND  x_14_13  1
 UP BND  x_14_14  1
 UP BND  x_14_15  1
 UP BND  x_14_16  1
 UP BND  x_14_17  1
 UP BND  x_14_18  1
 UP BND  x_14_19  1
 UP BND  x_14_20  1
 UP BND  x_14_21  1
 UP BND  x_14_22  1
 UP BND  x_14_23  1
 UP BND  x_14_24  1
 UP BND  x_15_0  1
 UP BND  x_15_1  1
 UP BND  x_15_2  1
 UP BND  x_15_3  1
 UP BND  x_15_4  1
 UP BND  x_15_5  1
 UP BND  x_15_6  1
 UP BND  x_15_7  1
 UP BND  x_15_8  1
 UP BND  x_15_9  1
 UP BND  x_15_10  1
 UP BND  x_15_11  1
 UP BND  x_15_12  1
 UP BND  x_15_13  1
 UP BND  x_15_14  1
 UP BND  x_15_15  1
 UP BND  x_15_16  1
 UP BND  x_15_17  1
 UP BND  x_15_18  1
 UP BND  x_15_19  1
 UP BND  x_15_20  1
 UP BND  x_15_21  1
 UP BND  x_15_22  1
 UP BND  x_15_23  1
 UP BND  x_15_24  1
 UP BND  x_16_0  1
 UP BND  x_16_1  1
 UP BND  x_16_2  1
 UP BND  x_16_3  1
 UP BND  x_16_4  1
 UP BND  x_16_5  1
 UP BND  x_16_6  1
 UP BND  x_16_7  1
 UP BND  x_16_8  1
 UP BND  x_16_9  1
 UP BND  x_16_10  1
 UP BND  x_16_11  1
 UP BND  x_16_12  1
 UP BND  x_16_13  1
 UP BND  x_16_14  1
 UP BND  x_16_15  1
 UP BND  x_16_16  1
 UP BND  x_16_17  1
 UP BND  x_16_18  1
 UP BND  x_16_19  1
 UP BND  x_16_20  1
 UP BND  x_16_21  1
 UP BND  x_16_22  1
 UP BND  x_16_23  1
 UP BND  x_16_24  1
 UP BND  x_17_0  1
 UP BND  x_17_1  1
 UP BND  x_17_2  1
 UP BND  x_17_3  1
 UP BND  x_17_4  1
 UP BND  x_17_5  1
 UP BND  x_17_6  1
 UP BND  x_17_7  1
 UP BND  x_17_8  1
 UP BND  x_17_9  1
 UP BND  x_17_10  1
 UP BND  x_17_11  1
 UP BND  x_17_12  1
 UP BND  x_17_13  1
 UP BND  x_17_14  1
 UP BND  x_17_15  1
 UP BND  x_17_16  1
 UP BND  x_17_17  1
 UP BND  x_17_18  1
 UP BND  x_17_19  1
 UP BND  x_17_20  1
 UP BND  x_17_21  1
 UP BND  x_17_22  1
 UP BND  x_17_23  1
 UP BND  x_17_24  1
 UP BND  x_18_0  1
 UP BND  x_18_1  1
 UP BND  x_18_2  1
 UP BND  x_18_3  1
 UP BND  x_18_4  1
 UP BND  x_18_5  1
 UP BND  x_18_6  1
 UP BND  x_18_7  1
 UP BND  x_18_8  1
 UP BND  x_18_9  1
 UP BND  x_18_10  1
 UP BND  x_18_11  1
 UP BND  x_18_12  1
 UP BND  x_18_13  1
 UP BND  x_18_14  1
 UP BND  x_18_15  1
 UP BND  x_18_16  1
 UP BND  x_18_17  1
 UP BND  x_18_18  1
 UP BND  x_18_19  1
 UP BND  x_18_20  1
 UP BND  x_18_21  1
 UP BND  x_18_22  1
 UP BND  x_18_23  1
 UP BND  x_18_24  1
 UP BND  x_19_0  1
 UP BND  x_19_1  1
 UP BND  x_19_2  1
 UP BND  x_19_3  1
 UP BND  x_19_4  1
 UP BND  x_19_5  1
 UP BND  x_19_6  1
 UP BND  x_19_7  1
 UP BND  x_19_8  1
 UP BND  x_19_9  1
 UP BND  x_19_10  1
 UP BND  x_19_11  1
 UP BND  x_19_12  1
 UP BND  x_19_13  1
 UP BND  x_19_14  1
 UP BND  x_19_15  1
 UP BND  x_19_16  1
 UP BND  x_19_17  1
 UP BND  x_19_18  1
 UP BND  x_19_19  1
 UP BND  x_19_20  1
 UP BND  x_19_21  1
 UP BND  x_19_22  1
 UP BND  x_19_23  1
 UP BND  x_19_24  1
 UP BND  x_20_0  1
 UP BND  x_20_1  1
 UP BND  x_20_2  1
 UP BND  x_20_3  1
 UP BND  x_20_4  1
 UP BND  x_20_5  1
 UP BND  x_20_6  1
 UP BND  x_20_7  1
 UP BND  x_20_8  1
 UP BND  x_20_9  1
 UP BND  x_20_10  1
 UP BND  x_20_11  1
 UP BND  x_20_12  1
 UP BND  x_20_13  1
 UP BND  x_20_14  1
 UP BND  x_20_15  1
 UP BND  x_20_16  1
 UP BND  x_20_17  1
 UP BND  x_20_18  1
 UP BND  x_20_19  1
 UP BND  x_20_20  1
 UP BND  x_20_21  1
 UP BND  x_20_22  1
 UP BND  x_20_23  1
 UP BND  x_20_24  1
 UP BND  x_21_0  1
 UP BND  x_21_1  1
 UP BND  x_21_2  1
 UP BND  x_21_3  1
 UP BND  x_21_4  1
 UP BND  x_21_5  1
 UP BND  x_21_6  1
 UP BND  x_21_7  1
 UP BND  x_21_8  1
 UP BND  x_21_9  1
 UP BND  x_21_10  1
 UP BND  x_21_11  1
 UP BND  x_21_12  1
 UP BND  x_21_13  1
 UP BND  x_21_14  1
 UP BND  x_21_15  1
 UP BND  x_21_16  1
 UP BND  x_21_17  1
 UP BND  x_21_18  1
 UP BND  x_21_19  1
 UP BND  x_21_20  1
 UP BND  x_21_21  1
 UP BND  x_21_22  1
 UP BND  x_21_23  1
 UP BND  x_21_24  1
 UP BND  x_22_0  1
 UP BND  x_22_1  1
 UP BND  x_22_2  1
 UP BND  x_22_3  1
 UP BND  x_22_4  1
 UP BND  x_22_5  1
 UP BND  x_22_6  1
 UP BND  x_22_7  1
 UP BND  x_22_8  1
 UP BND  x_22_9  1
 UP BND  x_22_10  1
 UP BND  x_22_11  1
 UP BND  x_22_12  1
 UP BND  x_22_13  1
 UP BND  x_22_14  1
 UP BND  x_22_15  1
 UP BND  x_22_16  1
 UP BND  x_22_17  1
 UP BND  x_22_18  1
 UP BND  x_22_19  1
 UP BND  x_22_20  1
 UP BND  x_22_21  1
 UP BND  x_22_22  1
 UP BND  x_22_23  1
 UP BND  x_22_24  1
 UP BND  x_23_0  1
 UP BND  x_23_1  1
 UP BND  x_23_2  1
 UP BND  x_23_3  1
 UP BND  x_23_4  1
 UP BND  x_23_5  1
 UP BND  x_23_6  1
 UP BND  x_23_7  1
 UP BND  x_23_8  1
 UP BND  x_23_9  1
 UP BND  x_23_10  1
 UP BND  x_23_11  1
 UP BND  x_23_12  1
 UP BND  x_23_13  1
 UP BND  x_23_14  1
 UP BND  x_23_15  1
 UP BND  x_23_16  1
 UP BND  x_23_17  1
 UP BND  x_23_18  1
 UP BND  x_23_19  1
 UP BND  x_23_20  1
 UP BND  x_23_21  1
 UP BND  x_23_22  1
 UP BND  x_23_23  1
 UP BND  x_23_24  1
 UP BND  x_24_0  1
 UP BND  x_24_1  1
 UP BND  x_24_2  1
 UP BND  x_24_3  1
 UP BND  x_24_4  1
 UP BND  x_24_5  1
 UP BND  x_24_6  1
 UP BND  x_24_7  1
 UP BND  x_24_8  1
 UP BND  x_24_9  1
 UP BND  x_24_10  1
 UP BND  x_24_11  1
 UP BND  x_24_12  1
 UP BND  x_24_13  1
 UP BND  x_24_14  1
 UP BND  x_24_15  1
 UP BND  x_24_16  1
 UP BND  x_24_17  1
 UP BND  x_24_18  1
 UP BND  x_24_19  1
 UP BND  x_24_20  1
 UP BND  x_24_21  1
 UP BND  x_24_22  1
 UP BND  x_24_23  1
 UP BND  x_24_24  1
ENDATA
