NAME coloring_20_p0.3_k8_1
ROWS
 N  obj
 E  one_0
 E  one_1
 E  one_2
 E  one_3
 E  one_4
 E  one_5
 E  one_6
 E  one_7
 E  one_8
 E  one_9
 E  one_10
 E  one_11
 E  one_12
 E  one_13
 E  one_14
 E  one_15
 E  one_16
 E  one_17
 E  one_18
 E  one_19
 L  edge_0_2_0
 L  edge_0_2_1
 L  edge_0_2_2
 L  edge_0_2_3
 L  edge_0_2_4
 L  edge_0_2_5
 L  edge_0_2_6
 L  edge_0_2_7
 L  edge_0_4_0
 L  edge_0_4_1
 L  edge_0_4_2
 L  edge_0_4_3
 L  edge_0_4_4
 L  edge_0_4_5
 L  edge_0_4_6
 L  edge_0_4_7
 L  edge_0_5_0
 L  edge_0_5_1
 L  edge_0_5_2
 L  edge_0_5_3
 L  edge_0_5_4
 L  edge_0_5_5
 L  edge_0_5_6
 L  edge_0_5_7
 L  edge_0_8_0
 L  edge_0_8_1
 L  edge_0_8_2
 L  edge_0_8_3
 L  edge_0_8_4
 L  edge_0_8_5
 L  edge_0_8_6
 L  edge_0_8_7
 L  edge_0_13_0
 L  edge_0_13_1
 L  edge_0_13_2
 L  edge_0_13_3
 L  edge_0_13_4
 L  edge_0_13_5
 L  edge_0_13_6
 L  edge_0_13_7
 L  edge_0_14_0
 L  edge_0_14_1
 L  edge_0_14_2
 L  edge_0_14_3
 L  edge_0_14_4
 L  edge_0_14_5
 L  edge_0_14_6
 L  edge_0_14_7
 L  edge_0_16_0
 L  edge_0_16_1
 L  edge_0_16_2
 L  edge_0_16_3
 L  edge_0_16_4
 L  edge_0_16_5
 L  edge_0_16_6
 L  edge_0_16_7
 L  edge_1_2_0
 L  edge_1_2_1
 L  edge_1_2_2
 L  edge_1_2_3
 L  edge_1_2_4
 L  edge_1_2_5
 L  edge_1_2_6
 L  edge_1_2_7
 L  edge_1_6_0
 L  edge_1_6_1
 L  edge_1_6_2
 L  edge_1_6_3
 L  edge_1_6_4
 L  edge_1_6_5
 L  edge_1_6_6
 L  edge_1_6_7
 L  edge_1_7_0
 L  edge_1_7_1
 L  edge_1_7_2
 L  edge_1_7_3
 L  edge_1_7_4
 L  edge_1_7_5
 L  edge_1_7_6
 L  edge_1_7_7
 L  edge_1_8_0
 L  edge_1_8_1
 L  edge_1_8_2
 L  edge_1_8_3
 L  edge_1_8_4
 L  edge_1_8_5
 L  edge_1_8_6
 L  edge_1_8_7
 L  edge_1_10_0
 L  edge_1_10_1
 L  edge_1_10_2
 L  edge_1_10_3
 L  edge_1_10_4
 L  edge_1_10_5
 L  edge_1_10_6
 L  edge_1_10_7
 L  edge_1_11_0
 L  edge_1_11_1
 L  edge_1_11_2
 L  edge_1_11_3
 L  edge_1_11_4
 L  edge_1_11_5
 L  edge_1_11_6
 L  edge_1_11_7
 L  edge_1_12_0
 L  edge_1_12_1
 L  edge_1_12_2
 L  edge_1_12_3
 L  edge_1_12_4
 L  edge_1_12_5
 L  edge_1_12_6
 L  edge_1_12_7
 L  edge_1_15_0
 L  edge_1_15_1
 L  edge_1_15_2
 L  edge_1_15_3
 L  edge_1_15_4
 L  edge_1_15_5
 L  edge_1_15_6
 L  edge_1_15_7
 L  edge_1_19_0
 L  edge_1_19_1
 L  edge_1_19_2
 L  edge_1_19_3
 L  edge_1_19_4
 L  edge_1_19_5
 L  edge_1_19_6
 L  edge_1_19_7
 L  edge_2_4_0
 L  edge_2_4_1
 L  edge_2_4_2
 L  edge_2_4_3
 L  edge_2_4_4
 L  edge_2_4_5
 L  edge_2_4_6
 L  edge_2_4_7
 L  edge_2_14_0
 L  edge_2_14_1
 L  edge_2_14_2
 L  edge_2_14_3
 L  edge_2_14_4
 L  edge_2_14_5
 L  edge_2_14_6
 L  edge_2_14_7
 L  edge_2_15_0
 L  edge_2_15_1
 L  edge_2_15_2
 L  edge_2_15_3
 L  edge_2_15_4
 L  edge_2_15_5
 L  edge_2_15_6
 L  edge_2_15_7
 L  edge_3_14_0
 L  edge_3_14_1
 L  edge_3_14_2
 L  edge_3_14_3
 L  edge_3_14_4
 L  edge_3_14_5
 L  edge_3_14_6
 L  edge_3_14_7
 L  edge_3_15_0
 L  edge_3_15_1
 L  edge_3_15_2
 L  edge_3_15_3
 L  edge_3_15_4
 L  edge_3_15_5
 L  edge_3_15_6
 L  edge_3_15_7
 L  edge_3_19_0
 L  edge_3_19_1
 L  edge_3_19_2
 L  edge_3_19_3
 L  edge_3_19_4
 L  edge_3_19_5
 L  edge_3_19_6
 L  edge_3_19_7
 L  edge_4_6_0
 L  edge_4_6_1
 L  edge_4_6_2
 L  edge_4_6_3
 L  edge_4_6_4
 L  edge_4_6_5
 L  edge_4_6_6
 L  edge_4_6_7
 L  edge_4_9_0
 L  edge_4_9_1
 L  edge_4_9_2
 L  edge_4_9_3
 L  edge_4_9_4
 L  edge_4_9_5
 L  edge_4_9_6
 L  edge_4_9_7
 L  edge_4_12_0
 L  edge_4_12_1
 L  edge_4_12_2
 L  edge_4_12_3
 L  edge_4_12_4
 L  edge_4_12_5
 L  edge_4_12_6
 L  edge_4_12_7
 L  edge_4_16_0
 L  edge_4_16_1
 L  edge_4_16_2
 L  edge_4_16_3
 L  edge_4_16_4
 L  edge_4_16_5
 L  edge_4_16_6
 L  edge_4_16_7
 L  edge_4_17_0
 L  edge_4_17_1
 L  edge_4_17_2
 L  edge_4_17_3
 L  edge_4_17_4
 L  edge_4_17_5
 L  edge_4_17_6
 L  edge_4_17_7
 L  edge_4_18_0
 L  edge_4_18_1
 L  edge_4_18_2
 L  edge_4_18_3
 L  edge_4_18_4
 L  edge_4_18_5
 L  edge_4_18_6
 L  edge_4_18_7
 L  edge_5_8_0
 L  edge_5_8_1
 L  edge_5_8_2
 L  edge_5_8_3
 L  edge_5_8_4
 L  edge_5_8_5
 L  edge_5_8_6
 L  edge_5_8_7
 L  edge_5_12_0
 L  edge_5_12_1
 L  edge_5_12_2
 L  edge_5_12_3
 L  edge_5_12_4
 L  edge_5_12_5
 L  edge_5_12_6
 L  edge_5_12_7
 L  edge_5_13_0
 L  edge_5_13_1
 L  edge_5_13_2
 L  edge_5_13_3
 L  edge_5_13_4
 L  edge_5_13_5
 L  edge_5_13_6
 L  edge_5_13_7
 L  edge_5_14_0
 L  edge_5_14_1
 L  edge_5_14_2
 L  edge_5_14_3
 L  edge_5_14_4
 L  edge_5_14_5
 L  edge_5_14_6
 L  edge_5_14_7
 L  edge_6_7_0
 L  edge_6_7_1
 L  edge_6_7_2
 L  edge_6_7_3
 L  edge_6_7_4
 L  edge_6_7_5
 L  edge_6_7_6
 L  edge_6_7_7
 L  edge_6_13_0
 L  edge_6_13_1
 L  edge_6_13_2
 L  edge_6_13_3
 L  edge_6_13_4
 L  edge_6_13_5
 L  edge_6_13_6
 L  edge_6_13_7
 L  edge_6_16_0
 L  edge_6_16_1
 L  edge_6_16_2
 L  edge_6_16_3
 L  edge_6_16_4
 L  edge_6_16_5
 L  edge_6_16_6
 L  edge_6_16_7
 L  edge_7_16_0
 L  edge_7_16_1
 L  edge_7_16_2
 L  edge_7_16_3
 L  edge_7_16_4
 L  edge_7_16_5
 L  edge_7_16_6
 L  edge_7_16_7
 L  edge_8_10_0
 L  edge_8_10_1
 L  edge_8_10_2
 L  edge_8_10_3
 L  edge_8_10_4
 L  edge_8_10_5
 L  edge_8_10_6
 L  edge_8_10_7
 L  edge_8_11_0
 L  edge_8_11_1
 L  edge_8_11_2
 L  edge_8_11_3
 L  edge_8_11_4
 L  edge_8_11_5
 L  edge_8_11_6
 L  edge_8_11_7
 L  edge_8_13_0
 L  edge_8_13_1
 L  edge_8_13_2
 L  edge_8_13_3
 L  edge_8_13_4
 L  edge_8_13_5
 L  edge_8_13_6
 L  edge_8_13_7
 L  edge_8_14_0
 L  edge_8_14_1
 L  edge_8_14_2
 L  edge_8_14_3
 L  edge_8_14_4
 L  edge_8_14_5
 L  edge_8_14_6
 L  edge_8_14_7
 L  edge_8_17_0
 L  edge_8_17_1
 L  edge_8_17_2
 L  edge_8_17_3
 L  edge_8_17_4
 L  edge_8_17_5
 L  edge_8_17_6
 L  edge_8_17_7
 L  edge_10_15_0
 L  edge_10_15_1
 L  edge_10_15_2
 L  edge_10_15_3
 L  edge_10_15_4
 L  edge_10_15_5
 L  edge_10_15_6
 L  edge_10_15_7
 L  edge_11_14_0
 L  edge_11_14_1
 L  edge_11_14_2
 L  edge_11_14_3
 L  edge_11_14_4
 L  edge_11_14_5
 L  edge_11_14_6
 L  edge_11_14_7
 L  edge_11_18_0
 L  edge_11_18_1
 L  edge_11_18_2
 L  edge_11_18_3
 L  edge_11_18_4
 L  edge_11_18_5
 L  edge_11_18_6
 L  edge_11_18_7
 L  edge_11_19_0
 L  edge_11_19_1
 L  edge_11_19_2
 L  edge_11_19_3
 L  edge_11_19_4
 L  edge_11_19_5
 L  edge_11_19_6
 L  edge_11_19_7
 L  edge_12_13_0
 L  edge_12_13_1
 L  edge_12_13_2
 L  edge_12_13_3
 L  edge_12_13_4
 L  edge_12_13_5
 L  edge_12_13_6
 L  edge_12_13_7
 L  edge_12_15_0
 L  edge_12_15_1
 L  edge_12_15_2
 L  edge_12_15_3
 L  edge_12_15_4
 L  edge_12_15_5
 L  edge_12_15_6
 L  edge_12_15_7
 L  edge_12_19_0
 L  edge_12_19_1
 L  edge_12_19_2
 L  edge_12_19_3
 L  edge_12_19_4
 L  edge_12_19_5
 L  edge_12_19_6
 L  edge_12_19_7
 L  edge_13_16_0
 L  edge_13_16_1
 L  edge_13_16_2
 L  edge_13_16_3
 L  edge_13_16_4
 L  edge_13_16_5
 L  edge_13_16_6
 L  edge_13_16_7
 L  edge_13_17_0
 L  edge_13_17_1
 L  edge_13_17_2
 L  edge_13_17_3
 L  edge_13_17_4
 L  edge_13_17_5
 L  edge_13_17_6
 L  edge_13_17_7
 L  edge_15_16_0
 L  edge_15_16_1
 L  edge_15_16_2
 L  edge_15_16_3
 L  edge_15_16_4
 L  edge_15_16_5
 L  edge_15_16_6
 L  edge_15_16_7
 L  edge_16_18_0
 L  edge_16_18_1
 L  edge_16_18_2
 L  edge_16_18_3
 L  edge_16_18_4
 L  edge_16_18_5
 L  edge_16_18_6
 L  edge_16_18_7
 L  edge_17_18_0
 L  edge_17_18_1
 L  edge_17_18_2
 L  edge_17_18_3
 L  edge_17_18_4
 L  edge_17_18_5
 L  edge_17_18_6
 L  edge_17_18_7
 L  edge_17_19_0
 L  edge_17_19_1
 L  edge_17_19_2
 L  edge_17_19_3
 L  edge_17_19_4
 L  edge_17_19_5
 L  edge_17_19_6
 L  edge_17_19_7
 L  edge_18_19_0
 L  edge_18_19_1
 L  edge_18_19_2
 L  edge_18_19_3
 L  edge_18_19_4
 L  edge_18_19_5
 L  edge_18_19_6
 L  edge_18_19_7
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  one_0  1  edge_0_2_0  1
    x_0_0  edge_0_4_0  1  edge_0_5_0  1
    x_0_0  edge_0_8_0  1  edge_0_13_0  1
    x_0_0  edge_0_14_0  1  edge_0_16_0  1
    x_0_1  one_0  1  edge_0_2_1  1
    x_0_1  edge_0_4_1  1  edge_0_5_1  1
    x_0_1  edge_0_8_1  1  edge_0_13_1  1
    x_0_1  edge_0_14_1  1  edge_0_16_1  1
    x_0_2  one_0  1  edge_0_2_2  1
    x_0_2  edge_0_4_2  1  edge_0_5_2  1
    x_0_2  edge_0_8_2  1  edge_0_13_2  1
    x_0_2  edge_0_14_2  1  edge_0_16_2  1
    x_0_3  one_0  1  edge_0_2_3  1
    x_0_3  edge_0_4_3  1  edge_0_5_3  1
    x_0_3  edge_0_8_3  1  edge_0_13_3  1
    x_0_3  edge_0_14_3  1  edge_0_16_3  1
    x_0_4  one_0  1  edge_0_2_4  1
    x_0_4  edge_0_4_4  1  edge_0_5_4  1
    x_0_4  edge_0_8_4  1  edge_0_13_4  1
    x_0_4  edge_0_14_4  1  edge_0_16_4  1
    x_0_5  one_0  1  edge_0_2_5  1
    x_0_5  edge_0_4_5  1  edge_0_5_5  1
    x_0_5  edge_0_8_5  1  edge_0_13_5  1
    x_0_5  edge_0_14_5  1  edge_0_16_5  1
    x_0_6  one_0  1  edge_0_2_6  1
    x_0_6  edge_0_4_6  1  edge_0_5_6  1
    x_0_6  edge_0_8_6  1  edge_0_13_6  1
    x_0_6  edge_0_14_6  1  edge_0_16_6  1
    x_0_7  one_0  1  edge_0_2_7  1
    x_0_7  edge_0_4_7  1  edge_0_5_7  1
    x_0_7  edge_0_8_7  1  edge_0_13_7  1
    x_0_7  edge_0_14_7  1  edge_0_16_7  1
    x_1_0  one_1  1  edge_1_2_0  1
    x_1_0  edge_1_6_0  1  edge_1_7_0  1
    x_1_0  edge_1_8_0  1  edge_1_10_0  1
    x_1_0  edge_1_11_0  1  edge_1_12_0  1
    x_1_0  edge_1_15_0  1  edge_1_19_0  1
    x_1_1  one_1  1  edge_1_2_1  1
    x_1_1  edge_1_6_1  1  edge_1_7_1  1
    x_1_1  edge_1_8_1  1  edge_1_10_1  1
    x_1_1  edge_1_11_1  1  edge_1_12_1  1
    x_1_1  edge_1_15_1  1  edge_1_19_1  1
    x_1_2  one_1  1  edge_1_2_2  1
    x_1_2  edge_1_6_2  1  edge_1_7_2  1
    x_1_2  edge_1_8_2  1  edge_1_10_2  1
    x_1_2  edge_1_11_2  1  edge_1_12_2  1
    x_1_2  edge_1_15_2  1  edge_1_19_2  1
    x_1_3  one_1  1  edge_1_2_3  1
    x_1_3  edge_1_6_3  1  edge_1_7_3  1
    x_1_3  edge_1_8_3  1  edge_1_10_3  1
    x_1_3  edge_1_11_3  1  edge_1_12_3  1
    x_1_3  edge_1_15_3  1  edge_1_19_3  1
    x_1_4  one_1  1  edge_1_2_4  1
    x_1_4  edge_1_6_4  1  edge_1_7_4  1
    x_1_4  edge_1_8_4  1  edge_1_10_4  1
    x_1_4  edge_1_11_4  1  edge_1_12_4  1
    x_1_4  edge_1_15_4  1  edge_1_19_4  1
    x_1_5  one_1  1  edge_1_2_5  1
    x_1_5  edge_1_6_5  1  edge_1_7_5  1
    x_1_5  edge_1_8_5  1  edge_1_10_5  1
    x_1_5  edge_1_11_5  1  edge_1_12_5  1
    x_1_5  edge_1_15_5  1  edge_1_19_5  1
    x_1_6  one_1  1  edge_1_2_6  1
    x_1_6  edge_1_6_6  1  edge_1_7_6  1
    x_1_6  edge_1_8_6  1  edge_1_10_6  1
    x_1_6  edge_1_11_6  1  edge_1_12_6  1
    x_1_6  edge_1_15_6  1  edge_1_19_6  1
    x_1_7  one_1  1  edge_1_2_7  1
    x_1_7  edge_1_6_7  1  edge_1_7_7  1
    x_1_7  edge_1_8_7  1  edge_1_10_7  1
    x_1_7  edge_1_11_7  1  edge_1_12_7  1
    x_1_7  edge_1_15_7  1  edge_1_19_7  1
    x_2_0  one_2  1  edge_0_2_0  1
    x_2_0  edge_1_2_0  1  edge_2_4_0  1
    x_2_0  edge_2_14_0  1  edge_2_15_0  1
    x_2_1  one_2  1  edge_0_2_1  1
    x_2_1  edge_1_2_1  1  edge_2_4_1  1
    x_2_1  edge_2_14_1  1  edge_2_15_1  1
    x_2_2  one_2  1  edge_0_2_2  1
    x_2_2  edge_1_2_2  1  edge_2_4_2  1
    x_2_2  edge_2_14_2  1  edge_2_15_2  1
    x_2_3  one_2  1  edge_0_2_3  1
    x_2_3  edge_1_2_3  1  edge_2_4_3  1
    x_2_3  edge_2_14_3  1  edge_2_15_3  1
    x_2_4  one_2  1  edge_0_2_4  1
    x_2_4  edge_1_2_4  1  edge_2_4_4  1
    x_2_4  edge_2_14_4  1  edge_2_15_4  1
    x_2_5  one_2  1  edge_0_2_5  1
    x_2_5  edge_1_2_5  1  edge_2_4_5  1
    x_2_5  edge_2_14_5  1  edge_2_15_5  1
    x_2_6  one_2  1  edge_0_2_6  1
    x_2_6  edge_1_2_6  1  edge_2_4_6  1
    x_2_6  edge_2_14_6  1  edge_2_15_6  1
    x_2_7  one_2  1  edge_0_2_7  1
    x_2_7  edge_1_2_7  1  edge_2_4_7  1
    x_2_7  edge_2_14_7  1  edge_2_15_7  1
    x_3_0  one_3  1  edge_3_14_0  1
    x_3_0  edge_3_15_0  1  edge_3_19_0  1
    x_3_1  one_3  1  edge_3_14_1  1
    x_3_1  edge_3_15_1  1  edge_3_19_1  1
    x_3_2  one_3  1  edge_3_14_2  1
    x_3_2  edge_3_15_2  1  edge_3_19_2  1
    x_3_3  one_3  1  edge_3_14_3  1
    x_3_3  edge_3_15_3  1  edge_3_19_3  1
    x_3_4  one_3  1  edge_3_14_4  1
    x_3_4  edge_3_15_4  1  edge_3_19_4  1
    x_3_5  one_3  1  edge_3_14_5  1
    x_3_5  edge_3_15_5  1  edge_3_19_5  1
    x_3_6  one_3  1  edge_3_14_6  1
    x_3_6  edge_3_15_6  1  edge_3_19_6  1
    x_3_7  one_3  1  edge_3_14_7  1
    x_3_7  edge_3_15_7  1  edge_3_19_7  1
    x_4_0  one_4  1  edge_0_4_0  1
    x_4_0  edge_2_4_0  1  edge_4_6_0  1
    x_4_0  edge_4_9_0  1  edge_4_12_0  1
    x_4_0  edge_4_16_0  1  edge_4_17_0  1
    x_4_0  edge_4_18_0  1
    x_4_1  one_4  1  edge_0_4_1  1
    x_4_1  edge_2_4_1  1  edge_4_6_1  1
    x_4_1  edge_4_9_1  1  edge_4_12_1  1
    x_4_1  edge_4_16_1  1  edge_4_17_1  1
    x_4_1  edge_4_18_1  1
    x_4_2  one_4  1  edge_0_4_2  1
    x_4_2  edge_2_4_2  1  edge_4_6_2  1
    x_4_2  edge_4_9_2  1  edge_4_12_2  1
    x_4_2  edge_4_16_2  1  edge_4_17_2  1
    x_4_2  edge_4_18_2  1
    x_4_3  one_4  1  edge_0_4_3  1
    x_4_3  edge_2_4_3  1  edge_4_6_3  1
    x_4_3  edge_4_9_3  1  edge_4_12_3  1
    x_4_3  edge_4_16_3  1  edge_4_17_3  1
    x_4_3  edge_4_18_3  1
    x_4_4  one_4  1  edge_0_4_4  1
    x_4_4  edge_2_4_4  1  edge_4_6_4  1
    x_4_4  edge_4_9_4  1  edge_4_12_4  1
    x_4_4  edge_4_16_4  1  edge_4_17_4  1
    x_4_4  edge_4_18_4  1
    x_4_5  one_4  1  edge_0_4_5  1
    x_4_5  edge_2_4_5  1  edge_4_6_5  1
    x_4_5  edge_4_9_5  1  edge_4_12_5  1
    x_4_5  edge_4_16_5  1  edge_4_17_5  1
    x_4_5  edge_4_18_5  1
    x_4_6  one_4  1  edge_0_4_6  1
    x_4_6  edge_2_4_6  1  edge_4_6_6  1
    x_4_6  edge_4_9_6  1  edge_4_12_6  1
    x_4_6  edge_4_16_6  1  edge_4_17_6  1
    x_4_6  edge_4_18_6  1
    x_4_7  one_4  1  edge_0_4_7  1
    x_4_7  edge_2_4_7  1  edge_4_6_7  1
    x_4_7  edge_4_9_7  1  edge_4_12_7  1
    x_4_7  edge_4_16_7  1  edge_4_17_7  1
    x_4_7  edge_4_18_7  1
    x_5_0  one_5  1  edge_0_5_0  1
    x_5_0  edge_5_8_0  1  edge_5_12_0  1
    x_5_0  edge_5_13_0  1  edge_5_14_0  1
    x_5_1  one_5  1  edge_0_5_1  1
    x_5_1  edge_5_8_1  1  edge_5_12_1  1
    x_5_1  edge_5_13_1  1  edge_5_14_1  1
    x_5_2  one_5  1  edge_0_5_2  1
    x_5_2  edge_5_8_2  1  edge_5_12_2  1
    x_5_2  edge_5_13_2  1  edge_5_14_2  1
    x_5_3  one_5  1  edge_0_5_3  1
    x_5_3  edge_5_8_3  1  edge_5_12_3  1
    x_5_3  edge_5_13_3  1  edge_5_14_3  1
    x_5_4  one_5  1  edge_0_5_4  1
    x_5_4  edge_5_8_4  1  edge_5_12_4  1
    x_5_4  edge_5_13_4  1  edge_5_14_4  1
    x_5_5  one_5  1  edge_0_5_5  1
    x_5_5  edge_5_8_5  1  edge_5_12_5  1
    x_5_5  edge_5_13_5  1  edge_5_14_5  1
    x_5_6  one_5  1  edge_0_5_6  1
    x_5_6  edge_5_8_6  1  edge_5_12_6  1
    x_5_6  edge_5_13_6  1  edge_5_14_6  1
    x_5_7  one_5  1  edge_0_5_7  1
    x_5_7  edge_5_8_7  1  edge_5_12_7  1
    x_5_7  edge_5_13_7  1  edge_5_14_7  1
    x_6_0  one_6  1  edge_1_6_0  1
    x_6_0  edge_4_6_0  1  edge_6_7_0  1
    x_6_0  edge_6_13_0  1  edge_6_16_0  1
    x_6_1  one_6  1  edge_1_6_1  1
    x_6_1  edge_4_6_1  1  edge_6_7_1  1
    x_6_1  edge_6_13_1  1  edge_6_16_1  1
    x_6_2  one_6  1  edge_1_6_2  1
    x_6_2  edge_4_6_2  1  edge_6_7_2  1
    x_6_2  edge_6_13_2  1  edge_6_16_2  1
    x_6_3  one_6  1  edge_1_6_3  1
    x_6_3  edge_4_6_3  1  edge_6_7_3  1
    x_6_3  edge_6_13_3  1  edge_6_16_3  1
    x_6_4  one_6  1  edge_1_6_4  1
    x_6_4  edge_4_6_4  1  edge_6_7_4  1
    x_6_4  edge_6_13_4  1  edge_6_16_4  1
    x_6_5  one_6  1  edge_1_6_5  1
    x_6_5  edge_4_6_5  1  edge_6_7_5  1
    x_6_5  edge_6_13_5  1  edge_6_16_5  1
    x_6_6  one_6  1  edge_1_6_6  1
    x_6_6  edge_4_6_6  1  edge_6_7_6  1
    x_6_6  edge_6_13_6  1  edge_6_16_6  1
    x_6_7  one_6  1  edge_1_6_7  1
    x_6_7  edge_4_6_7  1  edge_6_7_7  1
    x_6_7  edge_6_13_7  1  edge_6_16_7  1
    x_7_0  one_7  1  edge_1_7_0  1
    x_7_0  edge_6_7_0  1  edge_7_16_0  1
    x_7_1  one_7  1  edge_1_7_1  1
    x_7_1  edge_6_7_1  1  edge_7_16_1  1
    x_7_2  one_7  1  edge_1_7_2  1
    x_7_2  edge_6_7_2  1  edge_7_16_2  1
    x_7_3  one_7  1  edge_1_7_3  1
    x_7_3  edge_6_7_3  1  edge_7_16_3  1
    x_7_4  one_7  1  edge_1_7_4  1
    x_7_4  edge_6_7_4  1  edge_7_16_4  1
    x_7_5  one_7  1  edge_1_7_5  1
    x_7_5  edge_6_7_5  1  edge_7_16_5  1
    x_7_6  one_7  1  edge_1_7_6  1
    x_7_6  edge_6_7_6  1  edge_7_16_6  1
    x_7_7  one_7  1  edge_1_7_7  1
    x_7_7  edge_6_7_7  1  edge_7_16_7  1
    x_8_0  one_8  1  edge_0_8_0  1
    x_8_0  edge_1_8_0  1  edge_5_8_0  1
    x_8_0  edge_8_10_0  1  edge_8_11_0  1
    x_8_0  edge_8_13_0  1  edge_8_14_0  1
    x_8_0  edge_8_17_0  1
    x_8_1  one_8  1  edge_0_8_1  1
    x_8_1  edge_1_8_1  1  edge_5_8_1  1
    x_8_1  edge_8_10_1  1  edge_8_11_1  1
    x_8_1  edge_8_13_1  1  edge_8_14_1  1
    x_8_1  edge_8_17_1  1
    x_8_2  one_8  1  edge_0_8_2  1
    x_8_2  edge_1_8_2  1  edge_5_8_2  1
    x_8_2  edge_8_10_2  1  edge_8_11_2  1
    x_8_2  edge_8_13_2  1  edge_8_14_2  1
    x_8_2  edge_8_17_2  1
    x_8_3  one_8  1  edge_0_8_3  1
    x_8_3  edge_1_8_3  1  edge_5_8_3  1
    x_8_3  edge_8_10_3  1  edge_8_11_3  1
    x_8_3  edge_8_13_3  1  edge_8_14_3  1
    x_8_3  edge_8_17_3  1
    x_8_4  one_8  1  edge_0_8_4  1
    x_8_4  edge_1_8_4  1  edge_5_8_4  1
    x_8_4  edge_8_10_4  1  edge_8_11_4  1
    x_8_4  edge_8_13_4  1  edge_8_14_4  1
    x_8_4  edge_8_17_4  1
    x_8_5  one_8  1  edge_0_8_5  1
    x_8_5  edge_1_8_5  1  edge_5_8_5  1
    x_8_5  edge_8_10_5  1  edge_8_11_5  1
    x_8_5  edge_8_13_5  1  edge_8_14_5  1
    x_8_5  edge_8_17_5  1
    x_8_6  one_8  1  edge_0_8_6  1
    x_8_6  edge_1_8_6  1  edge_5_8_6  1
    x_8_6  edge_8_10_6  1  edge_8_11_6  1
    x_8_6  edge_8_13_6  1  edge_8_14_6  1
    x_8_6  edge_8_17_6  1
    x_8_7  one_8  1  edge_0_8_7  1
    x_8_7  edge_1_8_7  1  edge_5_8_7  1
    x_8_7  edge_8_10_7  1  edge_8_11_7  1
    x_8_7  edge_8_13_7  1  edge_8_14_7  1
    x_8_7  edge_8_17_7  1
    x_9_0  one_9  1  edge_4_9_0  1
    x_9_1  one_9  1  edge_4_9_1  1
    x_9_2  one_9  1  edge_4_9_2  1
    x_9_3  one_9  1  edge_4_9_3  1
    x_9_4  one_9  1  edge_4_9_4  1
    x_9_5  one_9  1  edge_4_9_5  1
    x_9_6  one_9  1  edge_4_9_6  1
    x_9_7  one_9  1  edge_4_9_7  1
    x_10_0  one_10  1  edge_1_10_0  1
    x_10_0  edge_8_10_0  1  edge_10_15_0  1
    x_10_1  one_10  1  edge_1_10_1  1
    x_10_1  edge_8_10_1  1  edge_10_15_1  1
    x_10_2  one_10  1  edge_1_10_2  1
    x_10_2  edge_8_10_2  1  edge_10_15_2  1
    x_10_3  one_10  1  edge_1_10_3  1
    x_10_3  edge_8_10_3  1  edge_10_15_3  1
    x_10_4  one_10  1  edge_1_10_4  1
    x_10_4  edge_8_10_4  1  edge_10_15_4  1
    x_10_5  one_10  1  edge_1_10_5  1
    x_10_5  edge_8_10_5  1  edge_10_15_5  1
    x_10_6  one_10  1  edge_1_10_6  1
    x_10_6  edge_8_10_6  1  edge_10_15_6  1
    x_10_7  one_10  1  edge_1_10_7  1
    x_10_7  edge_8_10_7  1  edge_10_15_7  1
    x_11_0  one_11  1  edge_1_11_0  1
    x_11_0  edge_8_11_0  1  edge_11_14_0  1
    x_11_0  edge_11_18_0  1  edge_11_19_0  1
    x_11_1  one_11  1  edge_1_11_1  1
    x_11_1  edge_8_11_1  1  edge_11_14_1  1
    x_11_1  edge_11_18_1  1  edge_11_19_1  1
    x_11_2  one_11  1  edge_1_11_2  1
    x_11_2  edge_8_11_2  1  edge_11_14_2  1
    x_11_2  edge_11_18_2  1  edge_11_19_2  1
    x_11_3  one_11  1  edge_1_11_3  1
    x_11_3  edge_8_11_3  1  edge_11_14_3  1
    x_11_3  edge_11_18_3  1  edge_11_19_3  1
    x_11_4  one_11  1  edge_1_11_4  1
    x_11_4  edge_8_11_4  1  edge_11_14_4  1
    x_11_4  edge_11_18_4  1  edge_11_19_4  1
    x_11_5  one_11  1  edge_1_11_5  1
    x_11_5  edge_8_11_5  1  edge_11_14_5  1
    x_11_5  edge_11_18_5  1  edge_11_19_5  1
    x_11_6  one_11  1  edge_1_11_6  1
    x_11_6  edge_8_11_6  1  edge_11_14_6  1
    x_11_6  edge_11_18_6  1  edge_11_19_6  1
    x_11_7  one_11  1  edge_1_11_7  1
    x_11_7  edge_8_11_7  1  edge_11_14_7  1
    x_11_7  edge_11_18_7  1  edge_11_19_7  1
    x_12_0  one_12  1  edge_1_12_0  1
    x_12_0  edge_4_12_0  1  edge_5_12_0  1
    x_12_0  edge_12_13_0  1  edge_12_15_0  1
    x_12_0  edge_12_19_0  1
    x_12_1  one_12  1  edge_1_12_1  1
    x_12_1  edge_4_12_1  1  edge_5_12_1  1
    x_12_1  edge_12_13_1  1  edge_12_15_1  1
    x_12_1  edge_12_19_1  1
    x_12_2  one_12  1  edge_1_12_2  1
    x_12_2  edge_4_12_2  1  edge_5_12_2  1
    x_12_2  edge_12_13_2  1  edge_12_15_2  1
    x_12_2  edge_12_19_2  1
    x_12_3  one_12  1  edge_1_12_3  1
    x_12_3  edge_4_12_3  1  edge_5_12_3  1
    x_12_3  edge_12_13_3  1  edge_12_15_3  1
    x_12_3  edge_12_19_3  1
    x_12_4  one_12  1  edge_1_12_4  1
    x_12_4  edge_4_12_4  1  edge_5_12_4  1
    x_12_4  edge_12_13_4  1  edge_12_15_4  1
    x_12_4  edge_12_19_4  1
    x_12_5  one_12  1  edge_1_12_5  1
    x_12_5  edge_4_12_5  1  edge_5_12_5  1
    x_12_5  edge_12_13_5  1  edge_12_15_5  1
    x_12_5  edge_12_19_5  1
    x_12_6  one_12  1  edge_1_12_6  1
    x_12_6  edge_4_12_6  1  edge_5_12_6  1
    x_12_6  edge_12_13_6  1  edge_12_15_6  1
    x_12_6  edge_12_19_6  1
    x_12_7  one_12  1  edge_1_12_7  1
    x_12_7  edge_4_12_7  1  edge_5_12_7  1
    x_12_7  edge_12_13_7  1  edge_12_15_7  1
    x_12_7  edge_12_19_7  1
    x_13_0  one_13  1  edge_0_13_0  1
    x_13_0  edge_5_13_0  1  edge_6_13_0  1
    x_13_0  edge_8_13_0  1  edge_12_13_0  1
    x_13_0  edge_13_16_0  1  edge_13_17_0  1
    x_13_1  one_13  1  edge_0_13_1  1
    x_13_1  edge_5_13_1  1  edge_6_13_1  1
    x_13_1  edge_8_13_1  1  edge_12_13_1  1
    x_13_1  edge_13_16_1  1  edge_13_17_1  1
    x_13_2  one_13  1  edge_0_13_2  1
    x_13_2  edge_5_13_2  1  edge_6_13_2  1
    x_13_2  edge_8_13_2  1  edge_12_13_2  1
    x_13_2  edge_13_16_2  1  edge_13_17_2  1
    x_13_3  one_13  1  edge_0_13_3  1
    x_13_3  edge_5_13_3  1  edge_6_13_3  1
    x_13_3  edge_8_13_3  1  edge_12_13_3  1
    x_13_3  edge_13_16_3  1  edge_13_17_3  1
    x_13_4  one_13  1  edge_0_13_4  1
    x_13_4  edge_5_13_4  1  edge_6_13_4  1
    x_13_4  edge_8_13_4  1  edge_12_13_4  1
    x_13_4  edge_13_16_4  1  edge_13_17_4  1
    x_13_5  one_13  1  edge_0_13_5  1
    x_13_5  edge_5_13_5  1  edge_6_13_5  1
    x_13_5  edge_8_13_5  1  edge_12_13_5  1
    x_13_5  edge_13_16_5  1  edge_13_17_5  1
    x_13_6  one_13  1  edge_0_13_6  1
    x_13_6  edge_5_13_6  1  edge_6_13_6  1
    x_13_6  edge_8_13_6  1  edge_12_13_6  1
    x_13_6  edge_13_16_6  1  edge_13_17_6  1
    x_13_7  one_13  1  edge_0_13_7  1
    x_13_7  edge_5_13_7  1  edge_6_13_7  1
    x_13_7  edge_8_13_7  1  edge_12_13_7  1
    x_13_7  edge_13_16_7  1  edge_13_17_7  1
    x_14_0  one_14  1  edge_0_14_0  1
    x_14_0  edge_2_14_0  1  edge_3_14_0  1
    x_14_0  edge_5_14_0  1  edge_8_14_0  1
    x_14_0  edge_11_14_0  1
    x_14_1  one_14  1  edge_0_14_1  1
    x_14_1  edge_2_14_1  1  edge_3_14_1  1
    x_14_1  edge_5_14_1  1  edge_8_14_1  1
    x_14_1  edge_11_14_1  1
    x_14_2  one_14  1  edge_0_14_2  1
    x_14_2  edge_2_14_2  1  edge_3_14_2  1
    x_14_2  edge_5_14_2  1  edge_8_14_2  1
    x_14_2  edge_11_14_2  1
    x_14_3  one_14  1  edge_0_14_3  1
    x_14_3  edge_2_14_3  1  edge_3_14_3  1
    x_14_3  edge_5_14_3  1  edge_8_14_3  1
    x_14_3  edge_11_14_3  1
    x_14_4  one_14  1  edge_0_14_4  1
    x_14_4  edge_2_14_4  1  edge_3_14_4  1
    x_14_4  edge_5_14_4  1  edge_8_14_4  1
    x_14_4  edge_11_14_4  1
    x_14_5  one_14  1  edge_0_14_5  1
    x_14_5  edge_2_14_5  1  edge_3_14_5  1
    x_14_5  edge_5_14_5  1  edge_8_14_5  1
    x_14_5  edge_11_14_5  1
    x_14_6  one_14  1  edge_0_14_6  1
    x_14_6  edge_2_14_6  1  edge_3_14_6  1
    x_14_6  edge_5_14_6  1  edge_8_14_6  1
    x_14_6  edge_11_14_6  1
    x_14_7  one_14  1  edge_0_14_7  1
    x_14_7  edge_2_14_7  1  edge_3_14_7  1
    x_14_7  edge_5_14_7  1  edge_8_14_7  1
    x_14_7  edge_11_14_7  1
    x_15_0  one_15  1  edge_1_15_0  1
    x_15_0  edge_2_15_0  1  edge_3_15_0  1
    x_15_0  edge_10_15_0  1  edge_12_15_0  1
    x_15_0  edge_15_16_0  1
    x_15_1  one_15  1  edge_1_15_1  1
    x_15_1  edge_2_15_1  1  edge_3_15_1  1
    x_15_1  edge_10_15_1  1  edge_12_15_1  1
    x_15_1  edge_15_16_1  1
    x_15_2  one_15  1  edge_1_15_2  1
    x_15_2  edge_2_15_2  1  edge_3_15_2  1
    x_15_2  edge_10_15_2  1  edge_12_15_2  1
    x_15_2  edge_15_16_2  1
    x_15_3  one_15  1  edge_1_15_3  1
    x_15_3  edge_2_15_3  1  edge_3_15_3  1
    x_15_3  edge_10_15_3  1  edge_12_15_3  1
    x_15_3  edge_15_16_3  1
    x_15_4  one_15  1  edge_1_15_4  1
    x_15_4  edge_2_15_4  1  edge_3_15_4  1
    x_15_4  edge_10_15_4  1  edge_12_15_4  1
    x_15_4  edge_15_16_4  1
    x_15_5  one_15  1  edge_1_15_5  1
    x_15_5  edge_2_15_5  1  edge_3_15_5  1
    x_15_5  edge_10_15_5  1  edge_12_15_5  1
    x_15_5  edge_15_16_5  1
    x_15_6  one_15  1  edge_1_15_6  1
    x_15_6  edge_2_15_6  1  edge_3_15_6  1
    x_15_6  edge_10_15_6  1  edge_12_15_6  1
    x_15_6  edge_15_16_6  1
    x_15_7  one_15  1  edge_1_15_7  1
    x_15_7  edge_2_15_7  1  edge_3_15_7  1
    x_15_7  edge_10_15_7  1  edge_12_15_7  1
    x_15_7  edge_15_16_7  1
    x_16_0  one_16  1  edge_0_16_0  1
    x_16_0  edge_4_16_0  1  edge_6_16_0  1
    x_16_0  edge_7_16_0  1  edge_13_16_0  1
    x_16_0  edge_15_16_0  1  edge_16_18_0  1
    x_16_1  one_16  1  edge_0_16_1  1
    x_16_1  edge_4_16_1  1  edge_6_16_1  1
    x_16_1  edge_7_16_1  1  edge_13_16_1  1
    x_16_1  edge_15_16_1  1  edge_16_18_1  1
    x_16_2  one_16  1  edge_0_16_2  1
    x_16_2  edge_4_16_2  1  edge_6_16_2  1
    x_16_2  edge_7_16_2  1  edge_13_16_2  1
    x_16_2  edge_15_16_2  1  edge_16_18_2  1
    x_16_3  one_16  1  edge_0_16_3  1
    x_16_3  edge_4_16_3  1  edge_6_16_3  1
    x_16_3  edge_7_16_3  1  edge_13_16_3  1
    x_16_3  edge_15_16_3  1  edge_16_18_3  1
    x_16_4  one_16  1  edge_0_16_4  1
    x_16_4  edge_4_16_4  1  edge_6_16_4  1
    x_16_4  edge_7_16_4  1  edge_13_16_4  1
    x_16_4  edge_15_16_4  1  edge_16_18_4  1
    x_16_5  one_16  1  edge_0_16_5  1
    x_16_5  edge_4_16_5  1  edge_6_16_5  1
    x_16_5  edge_7_16_5  1  edge_13_16_5  1
    x_16_5  edge_15_16_5  1  edge_16_18_5  1
    x_16_6  one_16  1  edge_0_16_6  1
    x_16_6  edge_4_16_6  1  edge_6_16_6  1
    x_16_6  edge_7_16_6  1  edge_13_16_6  1
    x_16_6  edge_15_16_6  1  edge_16_18_6  1
    x_16_7  one_16  1  edge_0_16_7  1
    x_16_7  edge_4_16_7  1  edge_6_16_7  1
    x_16_7  edge_7_16_7  1  edge_13_16_7  1
    x_16_7  edge_15_16_7  1  edge_16_18_7  1
    x_17_0  one_17  1  edge_4_17_0  1
    x_17_0  edge_8_17_0  1  edge_13_17_0  1
    x_17_0  edge_17_18_0  1  edge_17_19_0  1
    x_17_1  one_17  1  edge_4_17_1  1
    x_17_1  edge_8_17_1  1  edge_13_17_1  1
    x_17_1  edge_17_18_1  1  edge_17_19_1  1
    x_17_2  one_17  1  edge_4_17_2  1
    x_17_2  edge_8_17_2  1  edge_13_17_2  1
    x_17_2  edge_17_18_2  1  edge_17_19_2  1
    x_17_3  one_17  1  edge_4_17_3  1
    x_17_3  edge_8_17_3  1  edge_13_17_3  1
    x_17_3  edge_17_18_3  1  edge_17_19_3  1
    x_17_4  one_17  1  edge_4_17_4  1
    x_17_4  edge_8_17_4  1  edge_13_17_4  1
    x_17_4  edge_17_18_4  1  edge_17_19_4  1
    x_17_5  one_17  1  edge_4_17_5  1
    x_17_5  edge_8_17_5  1  edge_13_17_5  1
    x_17_5  edge_17_18_5  1  edge_17_19_5  1
    x_17_6  one_17  1  edge_4_17_6  1
    x_17_6  edge_8_17_6  1  edge_13_17_6  1
    x_17_6  edge_17_18_6  1  edge_17_19_6  1
    x_17_7  one_17  1  edge_4_17_7  1
    x_17_7  edge_8_17_7  1  edge_13_17_7  1
    x_17_7  edge_17_18_7  1  edge_17_19_7  1
    x_18_0  one_18  1  edge_4_18_0  1
    x_18_0  edge_11_18_0  1  edge_16_18_0  1
    x_18_0  edge_17_18_0  1  edge_18_19_0  1
    x_18_1  one_18  1  edge_4_18_1  1
    x_18_1  edge_11_18_1  1  edge_16_18_1  1
    x_18_1  edge_17_18_1  1  edge_18_19_1  1
    x_18_2  one_18  1  edge_4_18_2  1
    x_18_2  edge_11_18_2  1  edge_16_18_2  1
    x_18_2  edge_17_18_2  1  edge_18_19_2  1
    x_18_3  one_18  1  edge_4_18_3  1
    x_18_3  edge_11_18_3  1  edge_16_18_3  1
    x_18_3  edge_17_18_3  1  edge_18_19_3  1
    x_18_4  one_18  1  edge_4_18_4  1
    x_18_4  edge_11_18_4  1  edge_16_18_4  1
    x_18_4  edge_17_18_4  1  edge_18_19_4  1
    x_18_5  one_18  1  edge_4_18_5  1
    x_18_5  edge_11_18_5  1  edge_16_18_5  1
    x_18_5  edge_17_18_5  1  edge_18_19_5  1
    x_18_6  one_18  1  edge_4_18_6  1
    x_18_6  edge_11_18_6  1  edge_16_18_6  1
    x_18_6  edge_17_18_6  1  edge_18_19_6  1
    x_18_7  one_18  1  edge_4_18_7  1
    x_18_7  edge_11_18_7  1  edge_16_18_7  1
    x_18_7  edge_17_18_7  1  edge_18_19_7  1
    x_19_0  one_19  1  edge_1_19_0  1
    x_19_0  edge_3_19_0  1  edge_11_19_0  1
    x_19_0  edge_12_19_0  1  edge_17_19_0  1
    x_19_0  edge_18_19_0  1
    x_19_1  one_19  1  edge_1_19_1  1
    x_19_1  edge_3_19_1  1  edge_11_19_1  1
    x_19_1  edge_12_19_1  1  edge_17_19_1  1
    x_19_1  edge_18_19_1  1
    x_19_2  one_19  1  edge_1_19_2  1
    x_19_2  edge_3_19_2  1  edge_11_19_2  1
    x_19_2  edge_12_19_2  1  edge_17_19_2  1
    x_19_2  edge_18_19_2  1
    x_19_3  one_19  1  edge_1_19_3  1
    x_19_3  edge_3_19_3  1  edge_11_19_3  1
    x_19_3  edge_12_19_3  1  edge_17_19_3  1
    x_19_3  edge_18_19_3  1
    x_19_4  one_19  1  edge_1_19_4  1
    x_19_4  edge_3_19_4  1  edge_11_19_4  1
    x_19_4  edge_12_19_4  1  edge_17_19_4  1
    x_19_4  edge_18_19_4  1
    x_19_5  one_19  1  edge_1_19_5  1
    x_19_5  edge_3_19_5  1  edge_11_19_5  1
    x_19_5  edge_12_19_5  1  edge_17_19_5  1
    x_19_5  edge_18_19_5  1
    x_19_6  one_19  1  edge_1_19_6  1
    x_19_6  edge_3_19_6  1  edge_11_19_6  1
    x_19_6  edge_12_19_6  1  edge_17_19_6  1
    x_19_6  edge_18_19_6  1
    x_19_7  one_19  1  edge_1_19_7  1
    x_19_7  edge_3_19_7  1  edge_11_19_7  1
    x_19_7  edge_12_19_7  1  edge_17_19_7  1
    x_19_7  edge_18_19_7  1
    w_0  obj  1  edge_0_2_0  -1
    w_0  edge_0_4_0  -1  edge_0_5_0  -1
    w_0  edge_0_8_0  -1  edge_0_13_0  -1
    w_0  edge_0_14_0  -1  edge_0_16_0  -1
    w_0  edge_1_2_0  -1  edge_1_6_0  -1
    w_0  edge_1_7_0  -1  edge_1_8_0  -1
    w_0  edge_1_10_0  -1  edge_1_11_0  -1
    w_0  edge_1_12_0  -1  edge_1_15_0  -1
    w_0  edge_1_19_0  -1  edge_2_4_0  -1
    w_0  edge_2_14_0  -1  edge_2_15_0  -1
    w_0  edge_3_14_0  -1  edge_3_15_0  -1
    w_0  edge_3_19_0  -1  edge_4_6_0  -1
    w_0  edge_4_9_0  -1  edge_4_12_0  -1
    w_0  edge_4_16_0  -1  edge_4_17_0  -1
    w_0  edge_4_18_0  -1  edge_5_8_0  -1
    w_0  edge_5_12_0  -1  edge_5_13_0  -1
    w_0  edge_5_14_0  -1  edge_6_7_0  -1
    w_0  edge_6_13_0  -1  edge_6_16_0  -1
    w_0  edge_7_16_0  -1  edge_8_10_0  -1
    w_0  edge_8_11_0  -1  edge_8_13_0  -1
    w_0  edge_8_14_0  -1  edge_8_17_0  -1
    w_0  edge_10_15_0  -1  edge_11_14_0  -1
    w_0  edge_11_18_0  -1  edge_11_19_0  -1
    w_0  edge_12_13_0  -1  edge_12_15_0  -1
    w_0  edge_12_19_0  -1  edge_13_16_0  -1
    w_0  edge_13_17_0  -1  edge_15_16_0  -1
    w_0  edge_16_18_0  -1  edge_17_18_0  -1
    w_0  edge_17_19_0  -1  edge_18_19_0  -1
    w_1  obj  1  edge_0_2_1  -1
    w_1  edge_0_4_1  -1  edge_0_5_1  -1
    w_1  edge_0_8_1  -1  edge_0_13_1  -1
    w_1  edge_0_14_1  -1  edge_0_16_1  -1
    w_1  edge_1_2_1  -1  edge_1_6_1  -1
    w_1  edge_1_7_1  -1  edge_1_8_1  -1
    w_1  edge_1_10_1  -1  edge_1_11_1  -1
    w_1  edge_1_12_1  -1  edge_1_15_1  -1
    w_1  edge_1_19_1  -1  edge_2_4_1  -1
    w_1  edge_2_14_1  -1  edge_2_15_1  -1
    w_1  edge_3_14_1  -1  edge_3_15_1  -1
    w_1  edge_3_19_1  -1  edge_4_6_1  -1
    w_1  edge_4_9_1  -1  edge_4_12_1  -1
    w_1  edge_4_16_1  -1  edge_4_17_1  -1
    w_1  edge_4_18_1  -1  edge_5_8_1  -1
    w_1  edge_5_12_1  -1  edge_5_13_1  -1
    w_1  edge_5_14_1  -1  edge_6_7_1  -1
    w_1  edge_6_13_1  -1  edge_6_16_1  -1
    w_1  edge_7_16_1  -1  edge_8_10_1  -1
    w_1  edge_8_11_1  -1  edge_8_13_1  -1
    w_1  edge_8_14_1  -1  edge_8_17_1  -1
    w_1  edge_10_15_1  -1  edge_11_14_1  -1
    w_1  edge_11_18_1  -1  edge_11_19_1  -1
    w_1  edge_12_13_1  -1  edge_12_15_1  -1
    w_1  edge_12_19_1  -1  edge_13_16_1  -1
    w_1  edge_13_17_1  -1  edge_15_16_1  -1
    w_1  edge_16_18_1  -1  edge_17_18_1  -1
    w_1  edge_17_19_1  -1  edge_18_19_1  -1
    w_2  obj  1  edge_0_2_2  -1
    w_2  edge_0_4_2  -1  edge_0_5_2  -1
    w_2  edge_0_8_2  -1  edge_0_13_2  -1
    w_2  edge_0_14_2  -1  edge_0_16_2  -1
    w_2  edge_1_2_2  -1  edge_1_6_2  -1
    w_2  edge_1_7_2  -1  edge_1_8_2  -1
    w_2  edge_1_10_2  -1  edge_1_11_2  -1
    w_2  edge_1_12_2  -1  edge_1_15_2  -1
    w_2  edge_1_19_2  -1  edge_2_4_2  -1
    w_2  edge_2_14_2  -1  edge_2_15_2  -1
    w_2  edge_3_14_2  -1  edge_3_15_2  -1
    w_2  edge_3_19_2  -1  edge_4_6_2  -1
    w_2  edge_4_9_2  -1  edge_4_12_2  -1
    w_2  edge_4_16_2  -1  edge_4_17_2  -1
    w_2  edge_4_18_2  -1  edge_5_8_2  -1
    w_2  edge_5_12_2  -1  edge_5_13_2  -1
    w_2  edge_5_14_2  -1  edge_6_7_2  -1
    w_2  edge_6_13_2  -1  edge_6_16_2  -1
    w_2  edge_7_16_2  -1  edge_8_10_2  -1
    w_2  edge_8_11_2  -1  edge_8_13_2  -1
    w_2  edge_8_14_2  -1  edge_8_17_2  -1
    w_2  edge_10_15_2  -1  edge_11_14_2  -1
    w_2  edge_11_18_2  -1  edge_11_19_2  -1
    w_2  edge_12_13_2  -1  edge_12_15_2  -1
    w_2  edge_12_19_2  -1  edge_13_16_2  -1
    w_2  edge_13_17_2  -1  edge_15_16_2  -1
    w_2  edge_16_18_2  -1  edge_17_18_2  -1
    w_2  edge_17_19_2  -1  edge_18_19_2  -1
    w_3  obj  1  edge_0_2_3  -1
    w_3  edge_0_4_3  -1  edge_0_5_3  -1
    w_3  edge_0_8_3  -1  edge_0_13_3  -1
    w_3  edge_0_14_3  -1  edge_0_16_3  -1
    w_3  edge_1_2_3  -1  edge_1_6_3  -1
    w_3  edge_1_7_3  -1  edge_1_8_3  -1
    w_3  edge_1_10_3  -1  edge_1_11_3  -1
    w_3  edge_1_12_3  -1  edge_1_15_3  -1
    w_3  edge_1_19_3  -1  edge_2_4_3  -1
    w_3  edge_2_14_3  -1  edge_2_15_3  -1
    w_3  edge_3_14_3  -1  edge_3_15_3  -1
    w_3  edge_3_19_3  -1  edge_4_6_3  -1
    w_3  edge_4_9_3  -1  edge_4_12_3  -1
    w_3  edge_4_16_3  -1  edge_4_17_3  -1
    w_3  edge_4_18_3  -1  edge_5_8_3  -1
    w_3  edge_5_12_3  -1  edge_5_13_3  -1
    w_3  edge_5_14_3  -1  edge_6_7_3  -1
    w_3  edge_6_13_3  -1  edge_6_16_3  -1
    w_3  edge_7_16_3  -1  edge_8_10_3  -1
    w_3  edge_8_11_3  -1  edge_8_13_3  -1
    w_3  edge_8_14_3  -1  edge_8_17_3  -1
    w_3  edge_10_15_3  -1  edge_11_14_3  -1
    w_3  edge_11_18_3  -1  edge_11_19_3  -1
    w_3  edge_12_13_3  -1  edge_12_15_3  -1
    w_3  edge_12_19_3  -1  edge_13_16_3  -1
    w_3  edge_13_17_3  -1  edge_15_16_3  -1
    w_3  edge_16_18_3  -1  edge_17_18_3  -1
    w_3  edge_17_19_3  -1  edge_18_19_3  -1
    w_4  obj  1  edge_0_2_4  -1
    w_4  edge_0_4_4  -1  edge_0_5_4  -1
    w_4  edge_0_8_4  -1  edge_0_13_4  -1
    w_4  edge_0_14_4  -1  edge_0_16_4  -1
    w_4  edge_1_2_4  -1  edge_1_6_4  -1
    w_4  edge_1_7_4  -1  edge_1_8_4  -1
    w_4  edge_1_10_4  -1  edge_1_11_4  -1
    w_4  edge_1_12_4  -1  edge_1_15_4  -1
    w_4  edge_1_19_4  -1  edge_2_4_4  -1
    w_4  edge_2_14_4  -1  edge_2_15_4  -1
    w_4  edge_3_14_4  -1  edge_3_15_4  -1
    w_4  edge_3_19_4  -1  edge_4_6_4  -1
    w_4  edge_4_9_4  -1  edge_4_12_4  -1
    w_4  edge_4_16_4  -1  edge_4_17_4  -1
    w_4  edge_4_18_4  -1  edge_5_8_4  -1
    w_4  edge_5_12_4  -1  edge_5_13_4  -1
    w_4  edge_5_14_4  -1  edge_6_7_4  -1
    w_4  edge_6_13_4  -1  edge_6_16_4  -1
    w_4  edge_7_16_4  -1  edge_8_10_4  -1
    w_4  edge_8_11_4  -1  edge_8_13_4  -1
    w_4  edge_8_14_4  -1  edge_8_17_4  -1
    w_4  edge_10_15_4  -1  edge_11_14_4  -1
    w_4  edge_11_18_4  -1  edge_11_19_4  -1
    w_4  edge_12_13_4  -1  edge_12_15_4  -1
    w_4  edge_12_19_4  -1  edge_13_16_4  -1
    w_4  edge_13_17_4  -1  edge_15_16_4  -1
    w_4  edge_16_18_4  -1  edge_17_18_4  -1
    w_4  edge_17_19_4  -1  edge_18_19_4  -1
    w_5  obj  1  edge_0_2_5  -1
    w_5  edge_0_4_5  -1  edge_0_5_5  -1
    w_5  edge_0_8_5  -1  edge_0_13_5  -1
    w_5  edge_0_14_5  -1  edge_0_16_5  -1
    w_5  edge_1_2_5  -1  edge_1_6_5  -1
    w_5  edge_1_7_5  -1  edge_1_8_5  -1
    w_5  edge_1_10_5  -1  edge_1_11_5  -1
    w_5  edge_1_12_5  -1  edge_1_15_5  -1
    w_5  edge_1_19_5  -1  edge_2_4_5  -1
    w_5  edge_2_14_5  -1  edge_2_15_5  -1
    w_5  edge_3_14_5  -1  edge_3_15_5  -1
    w_5  edge_3_19_5  -1  edge_4_6_5  -1
    w_5  edge_4_9_5  -1  edge_4_12_5  -1
    w_5  edge_4_16_5  -1  edge_4_17_5  -1
    w_5  edge_4_18_5  -1  edge_5_8_5  -1
    w_5  edge_5_12_5  -1  edge_5_13_5  -1
    w_5  edge_5_14_5  -1  edge_6_7_5  -1
    w_5  edge_6_13_5  -1  edge_6_16_5  -1
    w_5  edge_7_16_5  -1  edge_8_10_5  -1
    w_5  edge_8_11_5  -1  edge_8_13_5  -1
    w_5  edge_8_14_5  -1  edge_8_17_5  -1
    w_5  edge_10_15_5  -1  edge_11_14_5  -1
    w_5  edge_11_18_5  -1  edge_11_19_5  -1
    w_5  edge_12_13_5  -1  edge_12_15_5  -1
    w_5  edge_12_19_5  -1  edge_13_16_5  -1
    w_5  edge_13_17_5  -1  edge_15_16_5  -1
    w_5  edge_16_18_5  -1  edge_17_18_5  -1
    w_5  edge_17_19_5  -1  edge_18_19_5  -1
    w_6  obj  1  edge_0_2_6  -1
    w_6  edge_0_4_6  -1  edge_0_5_6  -1
    w_6  edge_0_8_6  -1  edge_0_13_6  -1
    w_6  edge_0_14_6  -1  edge_0_16_6  -1
    w_6  edge_1_2_6  -1  edge_1_6_6  -1
    w_6  edge_1_7_6  -1  edge_1_8_6  -1
    w_6  edge_1_10_6  -1  edge_1_11_6  -1
    w_6  edge_1_12_6  -1  edge_1_15_6  -1
    w_6  edge_1_19_6  -1  edge_2_4_6  -1
    w_6  edge_2_14_6  -1  edge_2_15_6  -1
    w_6  edge_3_14_6  -1  edge_3_15_6  -1
    w_6  edge_3_19_6  -1  edge_4_6_6  -1
    w_6  edge_4_9_6  -1  edge_4_12_6  -1
    w_6  edge_4_16_6  -1  edge_4_17_6  -1
    w_6  edge_4_18_6  -1  edge_5_8_6  -1
    w_6  edge_5_12_6  -1  edge_5_13_6  -1
    w_6  edge_5_14_6  -1  edge_6_7_6  -1
    w_6  edge_6_13_6  -1  edge_6_16_6  -1
    w_6  edge_7_16_6  -1  edge_8_10_6  -1
    w_6  edge_8_11_6  -1  edge_8_13_6  -1
    w_6  edge_8_14_6  -1  edge_8_17_6  -1
    w_6  edge_10_15_6  -1  edge_11_14_6  -1
    w_6  edge_11_18_6  -1  edge_11_19_6  -1
    w_6  edge_12_13_6  -1  edge_12_15_6  -1
    w_6  edge_12_19_6  -1  edge_13_16_6  -1
    w_6  edge_13_17_6  -1  edge_15_16_6  -1
    w_6  edge_16_18_6  -1  edge_17_18_6  -1
    w_6  edge_17_19_6  -1  edge_18_19_6  -1
    w_7  obj  1  edge_0_2_7  -1
    w_7  edge_0_4_7  -1  edge_0_5_7  -1
    w_7  edge_0_8_7  -1  edge_0_13_7  -1
    w_7  edge_0_14_7  -1  edge_0_16_7  -1
    w_7  edge_1_2_7  -1  edge_1_6_7  -1
    w_7  edge_1_7_7  -1  edge_1_8_7  -1
    w_7  edge_1_10_7  -1  edge_1_11_7  -1
    w_7  edge_1_12_7  -1  edge_1_15_7  -1
    w_7  edge_1_19_7  -1  edge_2_4_7  -1
    w_7  edge_2_14_7  -1  edge_2_15_7  -1
    w_7  edge_3_14_7  -1  edge_3_15_7  -1
    w_7  edge_3_19_7  -1  edge_4_6_7  -1
    w_7  edge_4_9_7  -1  edge_4_12_7  -1
    w_7  edge_4_16_7  -1  edge_4_17_7  -1
    w_7  edge_4_18_7  -1  edge_5_8_7  -1
    w_7  edge_5_12_7  -1  edge_5_13_7  -1
    w_7  edge_5_14_7  -1  edge_6_7_7  -1
    w_7  edge_6_13_7  -1  edge_6_16_7  -1
    w_7  edge_7_16_7  -1  edge_8_10_7  -1
    w_7  edge_8_11_7  -1  edge_8_13_7  -1
    w_7  edge_8_14_7  -1  edge_8_17_7  -1
    w_7  edge_10_15_7  -1  edge_11_14_7  -1
    w_7  edge_11_18_7  -1  edge_11_19_7  -1
    w_7  edge_12_13_7  -1  edge_12_15_7  -1
    w_7  edge_12_19_7  -1  edge_13_16_7  -1
    w_7  edge_13_17_7  -1  edge_15_16_7  -1
    w_7  edge_16_18_7  -1  edge_17_18_7  -1
    w_7  edge_17_19_7  -1  edge_18_19_7  -1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  one_0  1
    RHS  one_1  1
    RHS  one_2  1
    RHS  one_3  1
    RHS  one_4  1
    RHS  one_5  1
    RHS  one_6  1
    RHS  one_7  1
    RHS  one_8  1
    RHS  one_9  1
    RHS  one_10  1
    RHS  one_11  1
    RHS  one_12  1
    RHS  one_13  1
    RHS  one_14  1
    RHS  one_15  1
    RHS  one_16  1
    RHS  one_17  1
    RHS  one_18  1
    RHS  one_19  1
BOUNDS
 BV BND  x_0_0
 BV BND  x_0_1
 BV BND  x_0_2
 BV BND  x_0_3
 BV BND  x_0_4
 BV BND  x_0_5
 BV BND  x_0_6
 BV BND  x_0_7
 BV BND  x_1_0
 BV BND  x_1_1
 BV BND  x_1_2
 BV BND  x_1_3
 BV BND  x_1_4
 BV BND  x_1_5
 BV BND  x_1_6
 BV BND  x_1_7
 BV BND  x_2_0
 BV BND  x_2_1
 BV BND  x_2_2
 BV BND  x_2_3
 BV BND  x_2_4
 BV BND  x_2_5
 BV BND  x_2_6
 BV BND  x_2_7
 BV BND  x_3_0
 BV BND  x_3_1
 BV BND  x_3_2
 BV BND  x_3_3
 BV BND  x_3_4
 BV BND  x_3_5
 BV BND  x_3_6
 BV BND  x_3_7
 BV BND  x_4_0
 BV BND  x_4_1
 BV BND  x_4_2
 BV BND  x_4_3
 BV BND  x_4_4
 BV BND  x_4_5
 BV BND  x_4_6
 BV BND  x_4_7
 BV BND  x_5_0
 BV BND  x_5_1
 BV BND  x_5_2
 BV BND  x_5_3
 BV BND  x_5_4
 BV BND  x_5_5
 BV BND  x_5_6
 BV BND  x_5_7
 BV BND  x_6_0
 BV BND  x_6_1
 BV BND  x_6_2
 BV BND  x_6_3
 BV BND  x_6_4
 BV BND  x_6_5
 BV BND  x_6_6
 BV BND  x_6_7
 BV BND  x_7_0
 BV BND  x_7_1
 BV BND  x_7_2
 BV BND  x_7_3
 BV BND  x_7_4
 BV BND  x_7_5
 BV BND  x_7_6
 BV BND  x_7_7
 BV BND  x_8_0
 BV BND  x_8_1
 BV BND  x_8_2
 BV BND  x_8_3
 BV BND  x_8_4
 BV BND  x_8_5
 BV BND  x_8_6
 BV BND  x_8_7
 BV BND  x_9_0
 BV BND  x_9_1
 BV BND  x_9_2
 BV BND  x_9_3
 BV BND  x_9_4
 BV BND  x_9_5
 BV BND  x_9_6
 BV BND  x_9_7
 BV BND  x_10_0
 BV BND  x_10_1
 BV BND  x_10_2
 BV BND  x_10_3
 BV BND  x_10_4
 BV BND  x_10_5
 BV BND  x_10_6
 BV BND  x_10_7
 BV BND  x_11_0
 BV BND  x_11_1
 BV BND  x_11_2
 BV BND  x_11_3
 BV BND  x_11_4
 BV BND  x_11_5
 BV BND  x_11_6
 BV BND  x_11_7
 BV BND  x_12_0
 BV BND  x_12_1
 BV BND  x_12_2
 BV BND  x_12_3
 BV BND  x_12_4
 BV BND  x_12_5
 BV BND  x_12_6
 BV BND  x_12_7
 BV BND  x_13_0
 BV BND  x_13_1
 BV BND  x_13_2
 BV BND  x_13_3
 BV BND  x_13_4
 BV BND  x_13_5
 BV BND  x_13_6
 BV BND  x_13_7
 BV BND  x_14_0
 BV BND  x_14_1
 BV BND  x_14_2
 BV BND  x_14_3
 BV BND  x_14_4
 BV BND  x_14_5
 BV BND  x_14_6
 BV BND  x_14_7
 BV BND  x_15_0
 BV BND  x_15_1
 BV BND  x_15_2
 BV BND  x_15_3
 BV BND  x_15_4
 BV BND  x_15_5
 BV BND  x_15_6
 BV BND  x_15_7
 BV BND  x_16_0
 BV BND  x_16_1
 BV BND  x_16_2
 BV BND  x_16_3
 BV BND  x_16_4
 BV BND  x_16_5
 BV BND  x_16_6
 BV BND  x_16_7
 BV BND  x_17_0
 BV BND  x_17_1
 BV BND  x_17_2
 BV BND  x_17_3
 BV BND  x_17_4
 BV BND  x_17_5
 BV BND  x_17_6
 BV BND  x_17_7
 BV BND  x_18_0
 BV BND  x_18_1
 BV BND  x_18_2
 BV BND  x_18_3
 BV BND  x_18_4
 BV BND  x_18_5
 BV BND  x_18_6
 BV BND  x_18_7
 BV BND  x_19_0
 BV BND  x_19_1
 BV BND  x_19_2
 BV BND  x_19_3
 BV BND  x_19_4
 BV BND  x_19_5
 BV BND  x_19_6
 BV BND  x_19_7
 BV BND  w_0
 BV BND  w_1
 BV BND  w_2
 BV BND  w_3
 BV BND  w_4
 BV BND  w_5
 BV BND  w_6
 BV BND  w_7
ENDATA
