NAME gpp_20x4_p0.3_1
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
 L  size_0
 L  size_1
 L  size_2
 L  size_3
 L  cut_0_2_0
 L  cut_2_0_0
 L  cut_0_2_1
 L  cut_2_0_1
 L  cut_0_2_2
 L  cut_2_0_2
 L  cut_0_2_3
 L  cut_2_0_3
 L  cut_0_4_0
 L  cut_4_0_0
 L  cut_0_4_1
 L  cut_4_0_1
 L  cut_0_4_2
 L  cut_4_0_2
 L  cut_0_4_3
 L  cut_4_0_3
 L  cut_0_5_0
 L  cut_5_0_0
 L  cut_0_5_1
 L  cut_5_0_1
 L  cut_0_5_2
 L  cut_5_0_2
 L  cut_0_5_3
 L  cut_5_0_3
 L  cut_0_8_0
 L  cut_8_0_0
 L  cut_0_8_1
 L  cut_8_0_1
 L  cut_0_8_2
 L  cut_8_0_2
 L  cut_0_8_3
 L  cut_8_0_3
 L  cut_0_13_0
 L  cut_13_0_0
 L  cut_0_13_1
 L  cut_13_0_1
 L  cut_0_13_2
 L  cut_13_0_2
 L  cut_0_13_3
 L  cut_13_0_3
 L  cut_0_14_0
 L  cut_14_0_0
 L  cut_0_14_1
 L  cut_14_0_1
 L  cut_0_14_2
 L  cut_14_0_2
 L  cut_0_14_3
 L  cut_14_0_3
 L  cut_0_16_0
 L  cut_16_0_0
 L  cut_0_16_1
 L  cut_16_0_1
 L  cut_0_16_2
 L  cut_16_0_2
 L  cut_0_16_3
 L  cut_16_0_3
 L  cut_1_2_0
 L  cut_2_1_0
 L  cut_1_2_1
 L  cut_2_1_1
 L  cut_1_2_2
 L  cut_2_1_2
 L  cut_1_2_3
 L  cut_2_1_3
 L  cut_1_6_0
 L  cut_6_1_0
 L  cut_1_6_1
 L  cut_6_1_1
 L  cut_1_6_2
 L  cut_6_1_2
 L  cut_1_6_3
 L  cut_6_1_3
 L  cut_1_7_0
 L  cut_7_1_0
 L  cut_1_7_1
 L  cut_7_1_1
 L  cut_1_7_2
 L  cut_7_1_2
 L  cut_1_7_3
 L  cut_7_1_3
 L  cut_1_8_0
 L  cut_8_1_0
 L  cut_1_8_1
 L  cut_8_1_1
 L  cut_1_8_2
 L  cut_8_1_2
 L  cut_1_8_3
 L  cut_8_1_3
 L  cut_1_10_0
 L  cut_10_1_0
 L  cut_1_10_1
 L  cut_10_1_1
 L  cut_1_10_2
 L  cut_10_1_2
 L  cut_1_10_3
 L  cut_10_1_3
 L  cut_1_11_0
 L  cut_11_1_0
 L  cut_1_11_1
 L  cut_11_1_1
 L  cut_1_11_2
 L  cut_11_1_2
 L  cut_1_11_3
 L  cut_11_1_3
 L  cut_1_12_0
 L  cut_12_1_0
 L  cut_1_12_1
 L  cut_12_1_1
 L  cut_1_12_2
 L  cut_12_1_2
 L  cut_1_12_3
 L  cut_12_1_3
 L  cut_1_15_0
 L  cut_15_1_0
 L  cut_1_15_1
 L  cut_15_1_1
 L  cut_1_15_2
 L  cut_15_1_2
 L  cut_1_15_3
 L  cut_15_1_3
 L  cut_1_19_0
 L  cut_19_1_0
 L  cut_1_19_1
 L  cut_19_1_1
 L  cut_1_19_2
 L  cut_19_1_2
 L  cut_1_19_3
 L  cut_19_1_3
 L  cut_2_4_0
 L  cut_4_2_0
 L  cut_2_4_1
 L  cut_4_2_1
 L  cut_2_4_2
 L  cut_4_2_2
 L  cut_2_4_3
 L  cut_4_2_3
 L  cut_2_14_0
 L  cut_14_2_0
 L  cut_2_14_1
 L  cut_14_2_1
 L  cut_2_14_2
 L  cut_14_2_2
 L  cut_2_14_3
 L  cut_14_2_3
 L  cut_2_15_0
 L  cut_15_2_0
 L  cut_2_15_1
 L  cut_15_2_1
 L  cut_2_15_2
 L  cut_15_2_2
 L  cut_2_15_3
 L  cut_15_2_3
 L  cut_3_14_0
 L  cut_14_3_0
 L  cut_3_14_1
 L  cut_14_3_1
 L  cut_3_14_2
 L  cut_14_3_2
 L  cut_3_14_3
 L  cut_14_3_3
 L  cut_3_15_0
 L  cut_15_3_0
 L  cut_3_15_1
 L  cut_15_3_1
 L  cut_3_15_2
 L  cut_15_3_2
 L  cut_3_15_3
 L  cut_15_3_3
 L  cut_3_19_0
 L  cut_19_3_0
 L  cut_3_19_1
 L  cut_19_3_1
 L  cut_3_19_2
 L  cut_19_3_2
 L  cut_3_19_3
 L  cut_19_3_3
 L  cut_4_6_0
 L  cut_6_4_0
 L  cut_4_6_1
 L  cut_6_4_1
 L  cut_4_6_2
 L  cut_6_4_2
 L  cut_4_6_3
 L  cut_6_4_3
 L  cut_4_9_0
 L  cut_9_4_0
 L  cut_4_9_1
 L  cut_9_4_1
 L  cut_4_9_2
 L  cut_9_4_2
 L  cut_4_9_3
 L  cut_9_4_3
 L  cut_4_12_0
 L  cut_12_4_0
 L  cut_4_12_1
 L  cut_12_4_1
 L  cut_4_12_2
 L  cut_12_4_2
 L  cut_4_12_3
 L  cut_12_4_3
 L  cut_4_16_0
 L  cut_16_4_0
 L  cut_4_16_1
 L  cut_16_4_1
 L  cut_4_16_2
 L  cut_16_4_2
 L  cut_4_16_3
 L  cut_16_4_3
 L  cut_4_17_0
 L  cut_17_4_0
 L  cut_4_17_1
 L  cut_17_4_1
 L  cut_4_17_2
 L  cut_17_4_2
 L  cut_4_17_3
 L  cut_17_4_3
 L  cut_4_18_0
 L  cut_18_4_0
 L  cut_4_18_1
 L  cut_18_4_1
 L  cut_4_18_2
 L  cut_18_4_2
 L  cut_4_18_3
 L  cut_18_4_3
 L  cut_5_8_0
 L  cut_8_5_0
 L  cut_5_8_1
 L  cut_8_5_1
 L  cut_5_8_2
 L  cut_8_5_2
 L  cut_5_8_3
 L  cut_8_5_3
 L  cut_5_12_0
 L  cut_12_5_0
 L  cut_5_12_1
 L  cut_12_5_1
 L  cut_5_12_2
 L  cut_12_5_2
 L  cut_5_12_3
 L  cut_12_5_3
 L  cut_5_13_0
 L  cut_13_5_0
 L  cut_5_13_1
 L  cut_13_5_1
 L  cut_5_13_2
 L  cut_13_5_2
 L  cut_5_13_3
 L  cut_13_5_3
 L  cut_5_14_0
 L  cut_14_5_0
 L  cut_5_14_1
 L  cut_14_5_1
 L  cut_5_14_2
 L  cut_14_5_2
 L  cut_5_14_3
 L  cut_14_5_3
 L  cut_6_7_0
 L  cut_7_6_0
 L  cut_6_7_1
 L  cut_7_6_1
 L  cut_6_7_2
 L  cut_7_6_2
 L  cut_6_7_3
 L  cut_7_6_3
 L  cut_6_13_0
 L  cut_13_6_0
 L  cut_6_13_1
 L  cut_13_6_1
 L  cut_6_13_2
 L  cut_13_6_2
 L  cut_6_13_3
 L  cut_13_6_3
 L  cut_6_16_0
 L  cut_16_6_0
 L  cut_6_16_1
 L  cut_16_6_1
 L  cut_6_16_2
 L  cut_16_6_2
 L  cut_6_16_3
 L  cut_16_6_3
 L  cut_7_16_0
 L  cut_16_7_0
 L  cut_7_16_1
 L  cut_16_7_1
 L  cut_7_16_2
 L  cut_16_7_2
 L  cut_7_16_3
 L  cut_16_7_3
 L  cut_8_10_0
 L  cut_10_8_0
 L  cut_8_10_1
 L  cut_10_8_1
 L  cut_8_10_2
 L  cut_10_8_2
 L  cut_8_10_3
 L  cut_10_8_3
 L  cut_8_11_0
 L  cut_11_8_0
 L  cut_8_11_1
 L  cut_11_8_1
 L  cut_8_11_2
 L  cut_11_8_2
 L  cut_8_11_3
 L  cut_11_8_3
 L  cut_8_13_0
 L  cut_13_8_0
 L  cut_8_13_1
 L  cut_13_8_1
 L  cut_8_13_2
 L  cut_13_8_2
 L  cut_8_13_3
 L  cut_13_8_3
 L  cut_8_14_0
 L  cut_14_8_0
 L  cut_8_14_1
 L  cut_14_8_1
 L  cut_8_14_2
 L  cut_14_8_2
 L  cut_8_14_3
 L  cut_14_8_3
 L  cut_8_17_0
 L  cut_17_8_0
 L  cut_8_17_1
 L  cut_17_8_1
 L  cut_8_17_2
 L  cut_17_8_2
 L  cut_8_17_3
 L  cut_17_8_3
 L  cut_10_15_0
 L  cut_15_10_0
 L  cut_10_15_1
 L  cut_15_10_1
 L  cut_10_15_2
 L  cut_15_10_2
 L  cut_10_15_3
 L  cut_15_10_3
 L  cut_11_14_0
 L  cut_14_11_0
 L  cut_11_14_1
 L  cut_14_11_1
 L  cut_11_14_2
 L  cut_14_11_2
 L  cut_11_14_3
 L  cut_14_11_3
 L  cut_11_18_0
 L  cut_18_11_0
 L  cut_11_18_1
 L  cut_18_11_1
 L  cut_11_18_2
 L  cut_18_11_2
 L  cut_11_18_3
 L  cut_18_11_3
 L  cut_11_19_0
 L  cut_19_11_0
 L  cut_11_19_1
 L  cut_19_11_1
 L  cut_11_19_2
 L  cut_19_11_2
 L  cut_11_19_3
 L  cut_19_11_3
 L  cut_12_13_0
 L  cut_13_12_0
 L  cut_12_13_1
 L  cut_13_12_1
 L  cut_12_13_2
 L  cut_13_12_2
 L  cut_12_13_3
 L  cut_13_12_3
 L  cut_12_15_0
 L  cut_15_12_0
 L  cut_12_15_1
 L  cut_15_12_1
 L  cut_12_15_2
 L  cut_15_12_2
 L  cut_12_15_3
 L  cut_15_12_3
 L  cut_12_19_0
 L  cut_19_12_0
 L  cut_12_19_1
 L  cut_19_12_1
 L  cut_12_19_2
 L  cut_19_12_2
 L  cut_12_19_3
 L  cut_19_12_3
 L  cut_13_16_0
 L  cut_16_13_0
 L  cut_13_16_1
 L  cut_16_13_1
 L  cut_13_16_2
 L  cut_16_13_2
 L  cut_13_16_3
 L  cut_16_13_3
 L  cut_13_17_0
 L  cut_17_13_0
 L  cut_13_17_1
 L  cut_17_13_1
 L  cut_13_17_2
 L  cut_17_13_2
 L  cut_13_17_3
 L  cut_17_13_3
 L  cut_15_16_0
 L  cut_16_15_0
 L  cut_15_16_1
 L  cut_16_15_1
 L  cut_15_16_2
 L  cut_16_15_2
 L  cut_15_16_3
 L  cut_16_15_3
 L  cut_16_18_0
 L  cut_18_16_0
 L  cut_16_18_1
 L  cut_18_16_1
 L  cut_16_18_2
 L  cut_18_16_2
 L  cut_16_18_3
 L  cut_18_16_3
 L  cut_17_18_0
 L  cut_18_17_0
 L  cut_17_18_1
 L  cut_18_17_1
 L  cut_17_18_2
 L  cut_18_17_2
 L  cut_17_18_3
 L  cut_18_17_3
 L  cut_17_19_0
 L  cut_19_17_0
 L  cut_17_19_1
 L  cut_19_17_1
 L  cut_17_19_2
 L  cut_19_17_2
 L  cut_17_19_3
 L  cut_19_17_3
 L  cut_18_19_0
 L  cut_19_18_0
 L  cut_18_19_1
 L  cut_19_18_1
 L  cut_18_19_2
 L  cut_19_18_2
 L  cut_18_19_3
 L  cut_19_18_3
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  assign_0  1  size_0  1
    x_0_0  cut_0_2_0  1  cut_2_0_0  -1
    x_0_0  cut_0_4_0  1  cut_4_0_0  -1
    x_0_0  cut_0_5_0  1  cut_5_0_0  -1
    x_0_0  cut_0_8_0  1  cut_8_0_0  -1
    x_0_0  cut_0_13_0  1  cut_13_0_0  -1
    x_0_0  cut_0_14_0  1  cut_14_0_0  -1
    x_0_0  cut_0_16_0  1  cut_16_0_0  -1
    x_0_1  assign_0  1  size_1  1
    x_0_1  cut_0_2_1  1  cut_2_0_1  -1
    x_0_1  cut_0_4_1  1  cut_4_0_1  -1
    x_0_1  cut_0_5_1  1  cut_5_0_1  -1
    x_0_1  cut_0_8_1  1  cut_8_0_1  -1
    x_0_1  cut_0_13_1  1  cut_13_0_1  -1
    x_0_1  cut_0_14_1  1  cut_14_0_1  -1
    x_0_1  cut_0_16_1  1  cut_16_0_1  -1
    x_0_2  assign_0  1  size_2  1
    x_0_2  cut_0_2_2  1  cut_2_0_2  -1
    x_0_2  cut_0_4_2  1  cut_4_0_2  -1
    x_0_2  cut_0_5_2  1  cut_5_0_2  -1
    x_0_2  cut_0_8_2  1  cut_8_0_2  -1
    x_0_2  cut_0_13_2  1  cut_13_0_2  -1
    x_0_2  cut_0_14_2  1  cut_14_0_2  -1
    x_0_2  cut_0_16_2  1  cut_16_0_2  -1
    x_0_3  assign_0  1  size_3  1
    x_0_3  cut_0_2_3  1  cut_2_0_3  -1
    x_0_3  cut_0_4_3  1  cut_4_0_3  -1
    x_0_3  cut_0_5_3  1  cut_5_0_3  -1
    x_0_3  cut_0_8_3  1  cut_8_0_3  -1
    x_0_3  cut_0_13_3  1  cut_13_0_3  -1
    x_0_3  cut_0_14_3  1  cut_14_0_3  -1
    x_0_3  cut_0_16_3  1  cut_16_0_3  -1
    x_1_0  assign_1  1  size_0  1
    x_1_0  cut_1_2_0  1  cut_2_1_0  -1
    x_1_0  cut_1_6_0  1  cut_6_1_0  -1
    x_1_0  cut_1_7_0  1  cut_7_1_0  -1
    x_1_0  cut_1_8_0  1  cut_8_1_0  -1
    x_1_0  cut_1_10_0  1  cut_10_1_0  -1
    x_1_0  cut_1_11_0  1  cut_11_1_0  -1
    x_1_0  cut_1_12_0  1  cut_12_1_0  -1
    x_1_0  cut_1_15_0  1  cut_15_1_0  -1
    x_1_0  cut_1_19_0  1  cut_19_1_0  -1
    x_1_1  assign_1  1  size_1  1
    x_1_1  cut_1_2_1  1  cut_2_1_1  -1
    x_1_1  cut_1_6_1  1  cut_6_1_1  -1
    x_1_1  cut_1_7_1  1  cut_7_1_1  -1
    x_1_1  cut_1_8_1  1  cut_8_1_1  -1
    x_1_1  cut_1_10_1  1  cut_10_1_1  -1
    x_1_1  cut_1_11_1  1  cut_11_1_1  -1
    x_1_1  cut_1_12_1  1  cut_12_1_1  -1
    x_1_1  cut_1_15_1  1  cut_15_1_1  -1
    x_1_1  cut_1_19_1  1  cut_19_1_1  -1
    x_1_2  assign_1  1  size_2  1
    x_1_2  cut_1_2_2  1  cut_2_1_2  -1
    x_1_2  cut_1_6_2  1  cut_6_1_2  -1
    x_1_2  cut_1_7_2  1  cut_7_1_2  -1
    x_1_2  cut_1_8_2  1  cut_8_1_2  -1
    x_1_2  cut_1_10_2  1  cut_10_1_2  -1
    x_1_2  cut_1_11_2  1  cut_11_1_2  -1
    x_1_2  cut_1_12_2  1  cut_12_1_2  -1
    x_1_2  cut_1_15_2  1  cut_15_1_2  -1
    x_1_2  cut_1_19_2  1  cut_19_1_2  -1
    x_1_3  assign_1  1  size_3  1
    x_1_3  cut_1_2_3  1  cut_2_1_3  -1
    x_1_3  cut_1_6_3  1  cut_6_1_3  -1
    x_1_3  cut_1_7_3  1  cut_7_1_3  -1
    x_1_3  cut_1_8_3  1  cut_8_1_3  -1
    x_1_3  cut_1_10_3  1  cut_10_1_3  -1
    x_1_3  cut_1_11_3  1  cut_11_1_3  -1
    x_1_3  cut_1_12_3  1  cut_12_1_3  -1
    x_1_3  cut_1_15_3  1  cut_15_1_3  -1
    x_1_3  cut_1_19_3  1  cut_19_1_3  -1
    x_2_0  assign_2  1  size_0  1
    x_2_0  cut_0_2_0  -1  cut_2_0_0  1
    x_2_0  cut_1_2_0  -1  cut_2_1_0  1
    x_2_0  cut_2_4_0  1  cut_4_2_0  -1
    x_2_0  cut_2_14_0  1  cut_14_2_0  -1
    x_2_0  cut_2_15_0  1  cut_15_2_0  -1
    x_2_1  assign_2  1  size_1  1
    x_2_1  cut_0_2_1  -1  cut_2_0_1  1
    x_2_1  cut_1_2_1  -1  cut_2_1_1  1
    x_2_1  cut_2_4_1  1  cut_4_2_1  -1
    x_2_1  cut_2_14_1  1  cut_14_2_1  -1
    x_2_1  cut_2_15_1  1  cut_15_2_1  -1
    x_2_2  assign_2  1  size_2  1
    x_2_2  cut_0_2_2  -1  cut_2_0_2  1
    x_2_2  cut_1_2_2  -1  cut_2_1_2  1
    x_2_2  cut_2_4_2  1  cut_4_2_2  -1
    x_2_2  cut_2_14_2  1  cut_14_2_2  -1
    x_2_2  cut_2_15_2  1  cut_15_2_2  -1
    x_2_3  assign_2  1  size_3  1
    x_2_3  cut_0_2_3  -1  cut_2_0_3  1
    x_2_3  cut_1_2_3  -1  cut_2_1_3  1
    x_2_3  cut_2_4_3  1  cut_4_2_3  -1
    x_2_3  cut_2_14_3  1  cut_14_2_3  -1
    x_2_3  cut_2_15_3  1  cut_15_2_3  -1
    x_3_0  assign_3  1  size_0  1
    x_3_0  cut_3_14_0  1  cut_14_3_0  -1
    x_3_0  cut_3_15_0  1  cut_15_3_0  -1
    x_3_0  cut_3_19_0  1  cut_19_3_0  -1
    x_3_1  assign_3  1  size_1  1
    x_3_1  cut_3_14_1  1  cut_14_3_1  -1
    x_3_1  cut_3_15_1  1  cut_15_3_1  -1
    x_3_1  cut_3_19_1  1  cut_19_3_1  -1
    x_3_2  assign_3  1  size_2  1
    x_3_2  cut_3_14_2  1  cut_14_3_2  -1
    x_3_2  cut_3_15_2  1  cut_15_3_2  -1
    x_3_2  cut_3_19_2  1  cut_19_3_2  -1
    x_3_3  assign_3  1  size_3  1
    x_3_3  cut_3_14_3  1  cut_14_3_3  -1
    x_3_3  cut_3_15_3  1  cut_15_3_3  -1
    x_3_3  cut_3_19_3  1  cut_19_3_3  -1
    x_4_0  assign_4  1  size_0  1
    x_4_0  cut_0_4_0  -1  cut_4_0_0  1
    x_4_0  cut_2_4_0  -1  cut_4_2_0  1
    x_4_0  cut_4_6_0  1  cut_6_4_0  -1
    x_4_0  cut_4_9_0  1  cut_9_4_0  -1
    x_4_0  cut_4_12_0  1  cut_12_4_0  -1
    x_4_0  cut_4_16_0  1  cut_16_4_0  -1
    x_4_0  cut_4_17_0  1  cut_17_4_0  -1
    x_4_0  cut_4_18_0  1  cut_18_4_0  -1
    x_4_1  assign_4  1  size_1  1
    x_4_1  cut_0_4_1  -1  cut_4_0_1  1
    x_4_1  cut_2_4_1  -1  cut_4_2_1  1
    x_4_1  cut_4_6_1  1  cut_6_4_1  -1
    x_4_1  cut_4_9_1  1  cut_9_4_1  -1
    x_4_1  cut_4_12_1  1  cut_12_4_1  -1
    x_4_1  cut_4_16_1  1  cut_16_4_1  -1
    x_4_1  cut_4_17_1  1  cut_17_4_1  -1
    x_4_1  cut_4_18_1  1  cut_18_4_1  -1
    x_4_2  assign_4  1  size_2  1
    x_4_2  cut_0_4_2  -1  cut_4_0_2  1
    x_4_2  cut_2_4_2  -1  cut_4_2_2  1
    x_4_2  cut_4_6_2  1  cut_6_4_2  -1
    x_4_2  cut_4_9_2  1  cut_9_4_2  -1
    x_4_2  cut_4_12_2  1  cut_12_4_2  -1
    x_4_2  cut_4_16_2  1  cut_16_4_2  -1
    x_4_2  cut_4_17_2  1  cut_17_4_2  -1
    x_4_2  cut_4_18_2  1  cut_18_4_2  -1
    x_4_3  assign_4  1  size_3  1
    x_4_3  cut_0_4_3  -1  cut_4_0_3  1
    x_4_3  cut_2_4_3  -1  cut_4_2_3  1
    x_4_3  cut_4_6_3  1  cut_6_4_3  -1
    x_4_3  cut_4_9_3  1  cut_9_4_3  -1
    x_4_3  cut_4_12_3  1  cut_12_4_3  -1
    x_4_3  cut_4_16_3  1  cut_16_4_3  -1
    x_4_3  cut_4_17_3  1  cut_17_4_3  -1
    x_4_3  cut_4_18_3  1  cut_18_4_3  -1
    x_5_0  assign_5  1  size_0  1
    x_5_0  cut_0_5_0  -1  cut_5_0_0  1
    x_5_0  cut_5_8_0  1  cut_8_5_0  -1
    x_5_0  cut_5_12_0  1  cut_12_5_0  -1
    x_5_0  cut_5_13_0  1  cut_13_5_0  -1
    x_5_0  cut_5_14_0  1  cut_14_5_0  -1
    x_5_1  assign_5  1  size_1  1
    x_5_1  cut_0_5_1  -1  cut_5_0_1  1
    x_5_1  cut_5_8_1  1  cut_8_5_1  -1
    x_5_1  cut_5_12_1  1  cut_12_5_1  -1
    x_5_1  cut_5_13_1  1  cut_13_5_1  -1
    x_5_1  cut_5_14_1  1  cut_14_5_1  -1
    x_5_2  assign_5  1  size_2  1
    x_5_2  cut_0_5_2  -1  cut_5_0_2  1
    x_5_2  cut_5_8_2  1  cut_8_5_2  -1
    x_5_2  cut_5_12_2  1  cut_12_5_2  -1
    x_5_2  cut_5_13_2  1  cut_13_5_2  -1
    x_5_2  cut_5_14_2  1  cut_14_5_2  -1
    x_5_3  assign_5  1  size_3  1
    x_5_3  cut_0_5_3  -1  cut_5_0_3  1
    x_5_3  cut_5_8_3  1  cut_8_5_3  -1
    x_5_3  cut_5_12_3  1  cut_12_5_3  -1
    x_5_3  cut_5_13_3  1  cut_13_5_3  -1
    x_5_3  cut_5_14_3  1  cut_14_5_3  -1
    x_6_0  assign_6  1  size_0  1
    x_6_0  cut_1_6_0  -1  cut_6_1_0  1
    x_6_0  cut_4_6_0  -1  cut_6_4_0  1
    x_6_0  cut_6_7_0  1  cut_7_6_0  -1
    x_6_0  cut_6_13_0  1  cut_13_6_0  -1
    x_6_0  cut_6_16_0  1  cut_16_6_0  -1
    x_6_1  assign_6  1  size_1  1
    x_6_1  cut_1_6_1  -1  cut_6_1_1  1
    x_6_1  cut_4_6_1  -1  cut_6_4_1  1
    x_6_1  cut_6_7_1  1  cut_7_6_1  -1
    x_6_1  cut_6_13_1  1  cut_13_6_1  -1
    x_6_1  cut_6_16_1  1  cut_16_6_1  -1
    x_6_2  assign_6  1  size_2  1
    x_6_2  cut_1_6_2  -1  cut_6_1_2  1
    x_6_2  cut_4_6_2  -1  cut_6_4_2  1
    x_6_2  cut_6_7_2  1  cut_7_6_2  -1
    x_6_2  cut_6_13_2  1  cut_13_6_2  -1
    x_6_2  cut_6_16_2  1  cut_16_6_2  -1
    x_6_3  assign_6  1  size_3  1
    x_6_3  cut_1_6_3  -1  cut_6_1_3  1
    x_6_3  cut_4_6_3  -1  cut_6_4_3  1
    x_6_3  cut_6_7_3  1  cut_7_6_3  -1
    x_6_3  cut_6_13_3  1  cut_13_6_3  -1
    x_6_3  cut_6_16_3  1  cut_16_6_3  -1
    x_7_0  assign_7  1  size_0  1
    x_7_0  cut_1_7_0  -1  cut_7_1_0  1
    x_7_0  cut_6_7_0  -1  cut_7_6_0  1
    x_7_0  cut_7_16_0  1  cut_16_7_0  -1
    x_7_1  assign_7  1  size_1  1
    x_7_1  cut_1_7_1  -1  cut_7_1_1  1
    x_7_1  cut_6_7_1  -1  cut_7_6_1  1
    x_7_1  cut_7_16_1  1  cut_16_7_1  -1
    x_7_2  assign_7  1  size_2  1
    x_7_2  cut_1_7_2  -1  cut_7_1_2  1
    x_7_2  cut_6_7_2  -1  cut_7_6_2  1
    x_7_2  cut_7_16_2  1  cut_16_7_2  -1
    x_7_3  assign_7  1  size_3  1
    x_7_3  cut_1_7_3  -1  cut_7_1_3  1
    x_7_3  cut_6_7_3  -1  cut_7_6_3  1
    x_7_3  cut_7_16_3  1  cut_16_7_3  -1
    x_8_0  assign_8  1  size_0  1
    x_8_0  cut_0_8_0  -1  cut_8_0_0  1
    x_8_0  cut_1_8_0  -1  cut_8_1_0  1
    x_8_0  cut_5_8_0  -1  cut_8_5_0  1
    x_8_0  cut_8_10_0  1  cut_10_8_0  -1
    x_8_0  cut_8_11_0  1  cut_11_8_0  -1
    x_8_0  cut_8_13_0  1  cut_13_8_0  -1
    x_8_0  cut_8_14_0  1  cut_14_8_0  -1
    x_8_0  cut_8_17_0  1  cut_17_8_0  -1
    x_8_1  assign_8  1  size_1  1
    x_8_1  cut_0_8_1  -1  cut_8_0_1  1
    x_8_1  cut_1_8_1  -1  cut_8_1_1  1
    x_8_1  cut_5_8_1  -1  cut_8_5_1  1
    x_8_1  cut_8_10_1  1  cut_10_8_1  -1
    x_8_1  cut_8_11_1  1  cut_11_8_1  -1
    x_8_1  cut_8_13_1  1  cut_13_8_1  -1
    x_8_1  cut_8_14_1  1  cut_14_8_1  -1
    x_8_1  cut_8_17_1  1  cut_17_8_1  -1
    x_8_2  assign_8  1  size_2  1
    x_8_2  cut_0_8_2  -1  cut_8_0_2  1
    x_8_2  cut_1_8_2  -1  cut_8_1_2  1
    x_8_2  cut_5_8_2  -1  cut_8_5_2  1
    x_8_2  cut_8_10_2  1  cut_10_8_2  -1
    x_8_2  cut_8_11_2  1  cut_11_8_2  -1
    x_8_2  cut_8_13_2  1  cut_13_8_2  -1
    x_8_2  cut_8_14_2  1  cut_14_8_2  -1
    x_8_2  cut_8_17_2  1  cut_17_8_2  -1
    x_8_3  assign_8  1  size_3  1
    x_8_3  cut_0_8_3  -1  cut_8_0_3  1
    x_8_3  cut_1_8_3  -1  cut_8_1_3  1
    x_8_3  cut_5_8_3  -1  cut_8_5_3  1
    x_8_3  cut_8_10_3  1  cut_10_8_3  -1
    x_8_3  cut_8_11_3  1  cut_11_8_3  -1
    x_8_3  cut_8_13_3  1  cut_13_8_3  -1
    x_8_3  cut_8_14_3  1  cut_14_8_3  -1
    x_8_3  cut_8_17_3  1  cut_17_8_3  -1
    x_9_0  assign_9  1  size_0  1
    x_9_0  cut_4_9_0  -1  cut_9_4_0  1
    x_9_1  assign_9  1  size_1  1
    x_9_1  cut_4_9_1  -1  cut_9_4_1  1
    x_9_2  assign_9  1  size_2  1
    x_9_2  cut_4_9_2  -1  cut_9_4_2  1
    x_9_3  assign_9  1  size_3  1
    x_9_3  cut_4_9_3  -1  cut_9_4_3  1
    x_10_0  assign_10  1  size_0  1
    x_10_0  cut_1_10_0  -1  cut_10_1_0  1
    x_10_0  cut_8_10_0  -1  cut_10_8_0  1
    x_10_0  cut_10_15_0  1  cut_15_10_0  -1
    x_10_1  assign_10  1  size_1  1
    x_10_1  cut_1_10_1  -1  cut_10_1_1  1
    x_10_1  cut_8_10_1  -1  cut_10_8_1  1
    x_10_1  cut_10_15_1  1  cut_15_10_1  -1
    x_10_2  assign_10  1  size_2  1
    x_10_2  cut_1_10_2  -1  cut_10_1_2  1
    x_10_2  cut_8_10_2  -1  cut_10_8_2  1
    x_10_2  cut_10_15_2  1  cut_15_10_2  -1
    x_10_3  assign_10  1  size_3  1
    x_10_3  cut_1_10_3  -1  cut_10_1_3  1
    x_10_3  cut_8_10_3  -1  cut_10_8_3  1
    x_10_3  cut_10_15_3  1  cut_15_10_3  -1
    x_11_0  assign_11  1  size_0  1
    x_11_0  cut_1_11_0  -1  cut_11_1_0  1
    x_11_0  cut_8_11_0  -1  cut_11_8_0  1
    x_11_0  cut_11_14_0  1  cut_14_11_0  -1
    x_11_0  cut_11_18_0  1  cut_18_11_0  -1
    x_11_0  cut_11_19_0  1  cut_19_11_0  -1
    x_11_1  assign_11  1  size_1  1
    x_11_1  cut_1_11_1  -1  cut_11_1_1  1
    x_11_1  cut_8_11_1  -1  cut_11_8_1  1
    x_11_1  cut_11_14_1  1  cut_14_11_1  -1
    x_11_1  cut_11_18_1  1  cut_18_11_1  -1
    x_11_1  cut_11_19_1  1  cut_19_11_1  -1
    x_11_2  assign_11  1  size_2  1
    x_11_2  cut_1_11_2  -1  cut_11_1_2  1
    x_11_2  cut_8_11_2  -1  cut_11_8_2  1
    x_11_2  cut_11_14_2  1  cut_14_11_2  -1
    x_11_2  cut_11_18_2  1  cut_18_11_2  -1
    x_11_2  cut_11_19_2  1  cut_19_11_2  -1
    x_11_3  assign_11  1  size_3  1
    x_11_3  cut_1_11_3  -1  cut_11_1_3  1
    x_11_3  cut_8_11_3  -1  cut_11_8_3  1
    x_11_3  cut_11_14_3  1  cut_14_11_3  -1
    x_11_3  cut_11_18_3  1  cut_18_11_3  -1
    x_11_3  cut_11_19_3  1  cut_19_11_3  -1
    x_12_0  assign_12  1  size_0  1
    x_12_0  cut_1_12_0  -1  cut_12_1_0  1
    x_12_0  cut_4_12_0  -1  cut_12_4_0  1
    x_12_0  cut_5_12_0  -1  cut_12_5_0  1
    x_12_0  cut_12_13_0  1  cut_13_12_0  -1
    x_12_0  cut_12_15_0  1  cut_15_12_0  -1
    x_12_0  cut_12_19_0  1  cut_19_12_0  -1
    x_12_1  assign_12  1  size_1  1
    x_12_1  cut_1_12_1  -1  cut_12_1_1  1
    x_12_1  cut_4_12_1  -1  cut_12_4_1  1
    x_12_1  cut_5_12_1  -1  cut_12_5_1  1
    x_12_1  cut_12_13_1  1  cut_13_12_1  -1
    x_12_1  cut_12_15_1  1  cut_15_12_1  -1
    x_12_1  cut_12_19_1  1  cut_19_12_1  -1
    x_12_2  assign_12  1  size_2  1
    x_12_2  cut_1_12_2  -1  cut_12_1_2  1
    x_12_2  cut_4_12_2  -1  cut_12_4_2  1
    x_12_2  cut_5_12_2  -1  cut_12_5_2  1
    x_12_2  cut_12_13_2  1  cut_13_12_2  -1
    x_12_2  cut_12_15_2  1  cut_15_12_2  -1
    x_12_2  cut_12_19_2  1  cut_19_12_2  -1
    x_12_3  assign_12  1  size_3  1
    x_12_3  cut_1_12_3  -1  cut_12_1_3  1
    x_12_3  cut_4_12_3  -1  cut_12_4_3  1
    x_12_3  cut_5_12_3  -1  cut_12_5_3  1
    x_12_3  cut_12_13_3  1  cut_13_12_3  -1
    x_12_3  cut_12_15_3  1  cut_15_12_3  -1
    x_12_3  cut_12_19_3  1  cut_19_12_3  -1
    x_13_0  assign_13  1  size_0  1
    x_13_0  cut_0_13_0  -1  cut_13_0_0  1
    x_13_0  cut_5_13_0  -1  cut_13_5_0  1
    x_13_0  cut_6_13_0  -1  cut_13_6_0  1
    x_13_0  cut_8_13_0  -1  cut_13_8_0  1
    x_13_0  cut_12_13_0  -1  cut_13_12_0  1
    x_13_0  cut_13_16_0  1  cut_16_13_0  -1
    x_13_0  cut_13_17_0  1  cut_17_13_0  -1
    x_13_1  assign_13  1  size_1  1
    x_13_1  cut_0_13_1  -1  cut_13_0_1  1
    x_13_1  cut_5_13_1  -1  cut_13_5_1  1
    x_13_1  cut_6_13_1  -1  cut_13_6_1  1
    x_13_1  cut_8_13_1  -1  cut_13_8_1  1
    x_13_1  cut_12_13_1  -1  cut_13_12_1  1
    x_13_1  cut_13_16_1  1  cut_16_13_1  -1
    x_13_1  cut_13_17_1  1  cut_17_13_1  -1
    x_13_2  assign_13  1  size_2  1
    x_13_2  cut_0_13_2  -1  cut_13_0_2  1
    x_13_2  cut_5_13_2  -1  cut_13_5_2  1
    x_13_2  cut_6_13_2  -1  cut_13_6_2  1
    x_13_2  cut_8_13_2  -1  cut_13_8_2  1
    x_13_2  cut_12_13_2  -1  cut_13_12_2  1
    x_13_2  cut_13_16_2  1  cut_16_13_2  -1
    x_13_2  cut_13_17_2  1  cut_17_13_2  -1
    x_13_3  assign_13  1  size_3  1
    x_13_3  cut_0_13_3  -1  cut_13_0_3  1
    x_13_3  cut_5_13_3  -1  cut_13_5_3  1
    x_13_3  cut_6_13_3  -1  cut_13_6_3  1
    x_13_3  cut_8_13_3  -1  cut_13_8_3  1
    x_13_3  cut_12_13_3  -1  cut_13_12_3  1
    x_13_3  cut_13_16_3  1  cut_16_13_3  -1
    x_13_3  cut_13_17_3  1  cut_17_13_3  -1
    x_14_0  assign_14  1  size_0  1
    x_14_0  cut_0_14_0  -1  cut_14_0_0  1
    x_14_0  cut_2_14_0  -1  cut_14_2_0  1
    x_14_0  cut_3_14_0  -1  cut_14_3_0  1
    x_14_0  cut_5_14_0  -1  cut_14_5_0  1
    x_14_0  cut_8_14_0  -1  cut_14_8_0  1
    x_14_0  cut_11_14_0  -1  cut_14_11_0  1
    x_14_1  assign_14  1  size_1  1
    x_14_1  cut_0_14_1  -1  cut_14_0_1  1
    x_14_1  cut_2_14_1  -1  cut_14_2_1  1
    x_14_1  cut_3_14_1  -1  cut_14_3_1  1
    x_14_1  cut_5_14_1  -1  cut_14_5_1  1
    x_14_1  cut_8_14_1  -1  cut_14_8_1  1
    x_14_1  cut_11_14_1  -1  cut_14_11_1  1
    x_14_2  assign_14  1  size_2  1
    x_14_2  cut_0_14_2  -1  cut_14_0_2  1
    x_14_2  cut_2_14_2  -1  cut_14_2_2  1
    x_14_2  cut_3_14_2  -1  cut_14_3_2  1
    x_14_2  cut_5_14_2  -1  cut_14_5_2  1
    x_14_2  cut_8_14_2  -1  cut_14_8_2  1
    x_14_2  cut_11_14_2  -1  cut_14_11_2  1
    x_14_3  assign_14  1  size_3  1
    x_14_3  cut_0_14_3  -1  cut_14_0_3  1
    x_14_3  cut_2_14_3  -1  cut_14_2_3  1
    x_14_3  cut_3_14_3  -1  cut_14_3_3  1
    x_14_3  cut_5_14_3  -1  cut_14_5_3  1
    x_14_3  cut_8_14_3  -1  cut_14_8_3  1
    x_14_3  cut_11_14_3  -1  cut_14_11_3  1
    x_15_0  assign_15  1  size_0  1
    x_15_0  cut_1_15_0  -1  cut_15_1_0  1
    x_15_0  cut_2_15_0  -1  cut_15_2_0  1
    x_15_0  cut_3_15_0  -1  cut_15_3_0  1
    x_15_0  cut_10_15_0  -1  cut_15_10_0  1
    x_15_0  cut_12_15_0  -1  cut_15_12_0  1
    x_15_0  cut_15_16_0  1  cut_16_15_0  -1
    x_15_1  assign_15  1  size_1  1
    x_15_1  cut_1_15_1  -1  cut_15_1_1  1
    x_15_1  cut_2_15_1  -1  cut_15_2_1  1
    x_15_1  cut_3_15_1  -1  cut_15_3_1  1
    x_15_1  cut_10_15_1  -1  cut_15_10_1  1
    x_15_1  cut_12_15_1  -1  cut_15_12_1  1
    x_15_1  cut_15_16_1  1  cut_16_15_1  -1
    x_15_2  assign_15  1  size_2  1
    x_15_2  cut_1_15_2  -1  cut_15_1_2  1
    x_15_2  cut_2_15_2  -1  cut_15_2_2  1
    x_15_2  cut_3_15_2  -1  cut_15_3_2  1
    x_15_2  cut_10_15_2  -1  cut_15_10_2  1
    x_15_2  cut_12_15_2  -1  cut_15_12_2  1
    x_15_2  cut_15_16_2  1  cut_16_15_2  -1
    x_15_3  assign_15  1  size_3  1
    x_15_3  cut_1_15_3  -1  cut_15_1_3  1
    x_15_3  cut_2_15_3  -1  cut_15_2_3  1
    x_15_3  cut_3_15_3  -1  cut_15_3_3  1
    x_15_3  cut_10_15_3  -1  cut_15_10_3  1
    x_15_3  cut_12_15_3  -1  cut_15_12_3  1
    x_15_3  cut_15_16_3  1  cut_16_15_3  -1
    x_16_0  assign_16  1  size_0  1
    x_16_0  cut_0_16_0  -1  cut_16_0_0  1
    x_16_0  cut_4_16_0  -1  cut_16_4_0  1
    x_16_0  cut_6_16_0  -1  cut_16_6_0  1
    x_16_0  cut_7_16_0  -1  cut_16_7_0  1
    x_16_0  cut_13_16_0  -1  cut_16_13_0  1
    x_16_0  cut_15_16_0  -1  cut_16_15_0  1
    x_16_0  cut_16_18_0  1  cut_18_16_0  -1
    x_16_1  assign_16  1  size_1  1
    x_16_1  cut_0_16_1  -1  cut_16_0_1  1
    x_16_1  cut_4_16_1  -1  cut_16_4_1  1
    x_16_1  cut_6_16_1  -1  cut_16_6_1  1
    x_16_1  cut_7_16_1  -1  cut_16_7_1  1
    x_16_1  cut_13_16_1  -1  cut_16_13_1  1
    x_16_1  cut_15_16_1  -1  cut_16_15_1  1
    x_16_1  cut_16_18_1  1  cut_18_16_1  -1
    x_16_2  assign_16  1  size_2  1
    x_16_2  cut_0_16_2  -1  cut_16_0_2  1
    x_16_2  cut_4_16_2  -1  cut_16_4_2  1
    x_16_2  cut_6_16_2  -1  cut_16_6_2  1
    x_16_2  cut_7_16_2  -1  cut_16_7_2  1
    x_16_2  cut_13_16_2  -1  cut_16_13_2  1
    x_16_2  cut_15_16_2  -1  cut_16_15_2  1
    x_16_2  cut_16_18_2  1  cut_18_16_2  -1
    x_16_3  assign_16  1  size_3  1
    x_16_3  cut_0_16_3  -1  cut_16_0_3  1
    x_16_3  cut_4_16_3  -1  cut_16_4_3  1
    x_16_3  cut_6_16_3  -1  cut_16_6_3  1
    x_16_3  cut_7_16_3  -1  cut_16_7_3  1
    x_16_3  cut_13_16_3  -1  cut_16_13_3  1
    x_16_3  cut_15_16_3  -1  cut_16_15_3  1
    x_16_3  cut_16_18_3  1  cut_18_16_3  -1
    x_17_0  assign_17  1  size_0  1
    x_17_0  cut_4_17_0  -1  cut_17_4_0  1
    x_17_0  cut_8_17_0  -1  cut_17_8_0  1
    x_17_0  cut_13_17_0  -1  cut_17_13_0  1
    x_17_0  cut_17_18_0  1  cut_18_17_0  -1
    x_17_0  cut_17_19_0  1  cut_19_17_0  -1
    x_17_1  assign_17  1  size_1  1
    x_17_1  cut_4_17_1  -1  cut_17_4_1  1
    x_17_1  cut_8_17_1  -1  cut_17_8_1  1
    x_17_1  cut_13_17_1  -1  cut_17_13_1  1
    x_17_1  cut_17_18_1  1  cut_18_17_1  -1
    x_17_1  cut_17_19_1  1  cut_19_17_1  -1
    x_17_2  assign_17  1  size_2  1
    x_17_2  cut_4_17_2  -1  cut_17_4_2  1
    x_17_2  cut_8_17_2  -1  cut_17_8_2  1
    x_17_2  cut_13_17_2  -1  cut_17_13_2  1
    x_17_2  cut_17_18_2  1  cut_18_17_2  -1
    x_17_2  cut_17_19_2  1  cut_19_17_2  -1
    x_17_3  assign_17  1  size_3  1
    x_17_3  cut_4_17_3  -1  cut_17_4_3  1
    x_17_3  cut_8_17_3  -1  cut_17_8_3  1
    x_17_3  cut_13_17_3  -1  cut_17_13_3  1
    x_17_3  cut_17_18_3  1  cut_18_17_3  -1
    x_17_3  cut_17_19_3  1  cut_19_17_3  -1
    x_18_0  assign_18  1  size_0  1
    x_18_0  cut_4_18_0  -1  cut_18_4_0  1
    x_18_0  cut_11_18_0  -1  cut_18_11_0  1
    x_18_0  cut_16_18_0  -1  cut_18_16_0  1
    x_18_0  cut_17_18_0  -1  cut_18_17_0  1
    x_18_0  cut_18_19_0  1  cut_19_18_0  -1
    x_18_1  assign_18  1  size_1  1
    x_18_1  cut_4_18_1  -1  cut_18_4_1  1
    x_18_1  cut_11_18_1  -1  cut_18_11_1  1
    x_18_1  cut_16_18_1  -1  cut_18_16_1  1
    x_18_1  cut_17_18_1  -1  cut_18_17_1  1
    x_18_1  cut_18_19_1  1  cut_19_18_1  -1
    x_18_2  assign_18  1  size_2  1
    x_18_2  cut_4_18_2  -1  cut_18_4_2  1
    x_18_2  cut_11_18_2  -1  cut_18_11_2  1
    x_18_2  cut_16_18_2  -1  cut_18_16_2  1
    x_18_2  cut_17_18_2  -1  cut_18_17_2  1
    x_18_2  cut_18_19_2  1  cut_19_18_2  -1
    x_18_3  assign_18  1  size_3  1
    x_18_3  cut_4_18_3  -1  cut_18_4_3  1
    x_18_3  cut_11_18_3  -1  cut_18_11_3  1
    x_18_3  cut_16_18_3  -1  cut_18_16_3  1
    x_18_3  cut_17_18_3  -1  cut_18_17_3  1
    x_18_3  cut_18_19_3  1  cut_19_18_3  -1
    x_19_0  assign_19  1  size_0  1
    x_19_0  cut_1_19_0  -1  cut_19_1_0  1
    x_19_0  cut_3_19_0  -1  cut_19_3_0  1
    x_19_0  cut_11_19_0  -1  cut_19_11_0  1
    x_19_0  cut_12_19_0  -1  cut_19_12_0  1
    x_19_0  cut_17_19_0  -1  cut_19_17_0  1
    x_19_0  cut_18_19_0  -1  cut_19_18_0  1
    x_19_1  assign_19  1  size_1  1
    x_19_1  cut_1_19_1  -1  cut_19_1_1  1
    x_19_1  cut_3_19_1  -1  cut_19_3_1  1
    x_19_1  cut_11_19_1  -1  cut_19_11_1  1
    x_19_1  cut_12_19_1  -1  cut_19_12_1  1
    x_19_1  cut_17_19_1  -1  cut_19_17_1  1
    x_19_1  cut_18_19_1  -1  cut_19_18_1  1
    x_19_2  assign_19  1  size_2  1
    x_19_2  cut_1_19_2  -1  cut_19_1_2  1
    x_19_2  cut_3_19_2  -1  cut_19_3_2  1
    x_19_2  cut_11_19_2  -1  cut_19_11_2  1
    x_19_2  cut_12_19_2  -1  cut_19_12_2  1
    x_19_2  cut_17_19_2  -1  cut_19_17_2  1
    x_19_2  cut_18_19_2  -1  cut_19_18_2  1
    x_19_3  assign_19  1  size_3  1
    x_19_3  cut_1_19_3  -1  cut_19_1_3  1
    x_19_3  cut_3_19_3  -1  cut_19_3_3  1
    x_19_3  cut_11_19_3  -1  cut_19_11_3  1
    x_19_3  cut_12_19_3  -1  cut_19_12_3  1
    x_19_3  cut_17_19_3  -1  cut_19_17_3  1
    x_19_3  cut_18_19_3  -1  cut_19_18_3  1
    z_0_2  obj  5  cut_0_2_0  -1
    z_0_2  cut_2_0_0  -1  cut_0_2_1  -1
    z_0_2  cut_2_0_1  -1  cut_0_2_2  -1
    z_0_2  cut_2_0_2  -1  cut_0_2_3  -1
    z_0_2  cut_2_0_3  -1
    z_0_4  obj  2  cut_0_4_0  -1
    z_0_4  cut_4_0_0  -1  cut_0_4_1  -1
    z_0_4  cut_4_0_1  -1  cut_0_4_2  -1
    z_0_4  cut_4_0_2  -1  cut_0_4_3  -1
    z_0_4  cut_4_0_3  -1
    z_0_5  obj  2  cut_0_5_0  -1
    z_0_5  cut_5_0_0  -1  cut_0_5_1  -1
    z_0_5  cut_5_0_1  -1  cut_0_5_2  -1
    z_0_5  cut_5_0_2  -1  cut_0_5_3  -1
    z_0_5  cut_5_0_3  -1
    z_0_8  obj  7  cut_0_8_0  -1
    z_0_8  cut_8_0_0  -1  cut_0_8_1  -1
    z_0_8  cut_8_0_1  -1  cut_0_8_2  -1
    z_0_8  cut_8_0_2  -1  cut_0_8_3  -1
    z_0_8  cut_8_0_3  -1
    z_0_13  obj  9  cut_0_13_0  -1
    z_0_13  cut_13_0_0  -1  cut_0_13_1  -1
    z_0_13  cut_13_0_1  -1  cut_0_13_2  -1
    z_0_13  cut_13_0_2  -1  cut_0_13_3  -1
    z_0_13  cut_13_0_3  -1
    z_0_14  obj  8  cut_0_14_0  -1
    z_0_14  cut_14_0_0  -1  cut_0_14_1  -1
    z_0_14  cut_14_0_1  -1  cut_0_14_2  -1
    z_0_14  cut_14_0_2  -1  cut_0_14_3  -1
    z_0_14  cut_14_0_3  -1
    z_0_16  obj  1  cut_0_16_0  -1
    z_0_16  cut_16_0_0  -1  cut_0_16_1  -1
    z_0_16  cut_16_0_1  -1  cut_0_16_2  -1
    z_0_16  cut_16_0_2  -1  cut_0_16_3  -1
    z_0_16  cut_16_0_3  -1
    z_1_2  obj  6  cut_1_2_0  -1
    z_1_2  cut_2_1_0  -1  cut_1_2_1  -1
    z_1_2  cut_2_1_1  -1  cut_1_2_2  -1
    z_1_2  cut_2_1_2  -1  cut_1_2_3  -1
    z_1_2  cut_2_1_3  -1
    z_1_6  obj  10  cut_1_6_0  -1
    z_1_6  cut_6_1_0  -1  cut_1_6_1  -1
    z_1_6  cut_6_1_1  -1  cut_1_6_2  -1
    z_1_6  cut_6_1_2  -1  cut_1_6_3  -1
    z_1_6  cut_6_1_3  -1
    z_1_7  obj  5  cut_1_7_0  -1
    z_1_7  cut_7_1_0  -1  cut_1_7_1  -1
    z_1_7  cut_7_1_1  -1  cut_1_7_2  -1
    z_1_7  cut_7_1_2  -1  cut_1_7_3  -1
    z_1_7  cut_7_1_3  -1
    z_1_8  obj  8  cut_1_8_0  -1
    z_1_8  cut_8_1_0  -1  cut_1_8_1  -1
    z_1_8  cut_8_1_1  -1  cut_1_8_2  -1
    z_1_8  cut_8_1_2  -1  cut_1_8_3  -1
    z_1_8  cut_8_1_3  -1
    z_1_10  obj  2  cut_1_10_0  -1
    z_1_10  cut_10_1_0  -1  cut_1_10_1  -1
    z_1_10  cut_10_1_1  -1  cut_1_10_2  -1
    z_1_10  cut_10_1_2  -1  cut_1_10_3  -1
    z_1_10  cut_10_1_3  -1
    z_1_11  obj  6  cut_1_11_0  -1
    z_1_11  cut_11_1_0  -1  cut_1_11_1  -1
    z_1_11  cut_11_1_1  -1  cut_1_11_2  -1
    z_1_11  cut_11_1_2  -1  cut_1_11_3  -1
    z_1_11  cut_11_1_3  -1
    z_1_12  obj  6  cut_1_12_0  -1
    z_1_12  cut_12_1_0  -1  cut_1_12_1  -1
    z_1_12  cut_12_1_1  -1  cut_1_12_2  -1
    z_1_12  cut_12_1_2  -1  cut_1_12_3  -1
    z_1_12  cut_12_1_3  -1
    z_1_15  obj  3  cut_1_15_0  -1
    z_1_15  cut_15_1_0  -1  cut_1_15_1  -1
    z_1_15  cut_15_1_1  -1  cut_1_15_2  -1
    z_1_15  cut_15_1_2  -1  cut_1_15_3  -1
    z_1_15  cut_15_1_3  -1
    z_1_19  obj  10  cut_1_19_0  -1
    z_1_19  cut_19_1_0  -1  cut_1_19_1  -1
    z_1_19  cut_19_1_1  -1  cut_1_19_2  -1
    z_1_19  cut_19_1_2  -1  cut_1_19_3  -1
    z_1_19  cut_19_1_3  -1
    z_2_4  obj  6  cut_2_4_0  -1
    z_2_4  cut_4_2_0  -1  cut_2_4_1  -1
    z_2_4  cut_4_2_1  -1  cut_2_4_2  -1
    z_2_4  cut_4_2_2  -1  cut_2_4_3  -1
    z_2_4  cut_4_2_3  -1
    z_2_14  obj  6  cut_2_14_0  -1
    z_2_14  cut_14_2_0  -1  cut_2_14_1  -1
    z_2_14  cut_14_2_1  -1  cut_2_14_2  -1
    z_2_14  cut_14_2_2  -1  cut_2_14_3  -1
    z_2_14  cut_14_2_3  -1
    z_2_15  obj  2  cut_2_15_0  -1
    z_2_15  cut_15_2_0  -1  cut_2_15_1  -1
    z_2_15  cut_15_2_1  -1  cut_2_15_2  -1
    z_2_15  cut_15_2_2  -1  cut_2_15_3  -1
    z_2_15  cut_15_2_3  -1
    z_3_14  obj  6  cut_3_14_0  -1
    z_3_14  cut_14_3_0  -1  cut_3_14_1  -1
    z_3_14  cut_14_3_1  -1  cut_3_14_2  -1
    z_3_14  cut_14_3_2  -1  cut_3_14_3  -1
    z_3_14  cut_14_3_3  -1
    z_3_15  obj  9  cut_3_15_0  -1
    z_3_15  cut_15_3_0  -1  cut_3_15_1  -1
    z_3_15  cut_15_3_1  -1  cut_3_15_2  -1
    z_3_15  cut_15_3_2  -1  cut_3_15_3  -1
    z_3_15  cut_15_3_3  -1
    z_3_19  obj  10  cut_3_19_0  -1
    z_3_19  cut_19_3_0  -1  cut_3_19_1  -1
    z_3_19  cut_19_3_1  -1  cut_3_19_2  -1
    z_3_19  cut_19_3_2  -1  cut_3_19_3  -1
    z_3_19  cut_19_3_3  -1
    z_4_6  obj  2  cut_4_6_0  -1
    z_4_6  cut_6_4_0  -1  cut_4_6_1  -1
    z_4_6  cut_6_4_1  -1  cut_4_6_2  -1
    z_4_6  cut_6_4_2  -1  cut_4_6_3  -1
    z_4_6  cut_6_4_3  -1
    z_4_9  obj  8  cut_4_9_0  -1
    z_4_9  cut_9_4_0  -1  cut_4_9_1  -1
    z_4_9  cut_9_4_1  -1  cut_4_9_2  -1
    z_4_9  cut_9_4_2  -1  cut_4_9_3  -1
    z_4_9  cut_9_4_3  -1
    z_4_12  obj  2  cut_4_12_0  -1
    z_4_12  cut_12_4_0  -1  cut_4_12_1  -1
    z_4_12  cut_12_4_1  -1  cut_4_12_2  -1
    z_4_12  cut_12_4_2  -1  cut_4_12_3  -1
    z_4_12  cut_12_4_3  -1
    z_4_16  obj  1  cut_4_16_0  -1
    z_4_16  cut_16_4_0  -1  cut_4_16_1  -1
    z_4_16  cut_16_4_1  -1  cut_4_16_2  -1
    z_4_16  cut_16_4_2  -1  cut_4_16_3  -1
    z_4_16  cut_16_4_3  -1
    z_4_17  obj  5  cut_4_17_0  -1
    z_4_17  cut_17_4_0  -1  cut_4_17_1  -1
    z_4_17  cut_17_4_1  -1  cut_4_17_2  -1
    z_4_17  cut_17_4_2  -1  cut_4_17_3  -1
    z_4_17  cut_17_4_3  -1
    z_4_18  obj  2  cut_4_18_0  -1
    z_4_18  cut_18_4_0  -1  cut_4_18_1  -1
    z_4_18  cut_18_4_1  -1  cut_4_18_2  -1
    z_4_18  cut_18_4_2  -1  cut_4_18_3  -1
    z_4_18  cut_18_4_3  -1
    z_5_8  obj  9  cut_5_8_0  -1
    z_5_8  cut_8_5_0  -1  cut_5_8_1  -1
    z_5_8  cut_8_5_1  -1  cut_5_8_2  -1
    z_5_8  cut_8_5_2  -1  cut_5_8_3  -1
    z_5_8  cut_8_5_3  -1
    z_5_12  obj  5  cut_5_12_0  -1
    z_5_12  cut_12_5_0  -1  cut_5_12_1  -1
    z_5_12  cut_12_5_1  -1  cut_5_12_2  -1
    z_5_12  cut_12_5_2  -1  cut_5_12_3  -1
    z_5_12  cut_12_5_3  -1
    z_5_13  obj  5  cut_5_13_0  -1
    z_5_13  cut_13_5_0  -1  cut_5_13_1  -1
    z_5_13  cut_13_5_1  -1  cut_5_13_2  -1
    z_5_13  cut_13_5_2  -1  cut_5_13_3  -1
    z_5_13  cut_13_5_3  -1
    z_5_14  obj  7  cut_5_14_0  -1
    z_5_14  cut_14_5_0  -1  cut_5_14_1  -1
    z_5_14  cut_14_5_1  -1  cut_5_14_2  -1
    z_5_14  cut_14_5_2  -1  cut_5_14_3  -1
    z_5_14  cut_14_5_3  -1
    z_6_7  obj  7  cut_6_7_0  -1
    z_6_7  cut_7_6_0  -1  cut_6_7_1  -1
    z_6_7  cut_7_6_1  -1  cut_6_7_2  -1
    z_6_7  cut_7_6_2  -1  cut_6_7_3  -1
    z_6_7  cut_7_6_3  -1
    z_6_13  obj  3  cut_6_13_0  -1
    z_6_13  cut_13_6_0  -1  cut_6_13_1  -1
    z_6_13  cut_13_6_1  -1  cut_6_13_2  -1
    z_6_13  cut_13_6_2  -1  cut_6_13_3  -1
    z_6_13  cut_13_6_3  -1
    z_6_16  obj  5  cut_6_16_0  -1
    z_6_16  cut_16_6_0  -1  cut_6_16_1  -1
    z_6_16  cut_16_6_1  -1  cut_6_16_2  -1
    z_6_16  cut_16_6_2  -1  cut_6_16_3  -1
    z_6_16  cut_16_6_3  -1
    z_7_16  obj  6  cut_7_16_0  -1
    z_7_16  cut_16_7_0  -1  cut_7_16_1  -1
    z_7_16  cut_16_7_1  -1  cut_7_16_2  -1
    z_7_16  cut_16_7_2  -1  cut_7_16_3  -1
    z_7_16  cut_16_7_3  -1
    z_8_10  obj  7  cut_8_10_0  -1
    z_8_10  cut_10_8_0  -1  cut_8_10_1  -1
    z_8_10  cut_10_8_1  -1  cut_8_10_2  -1
    z_8_10  cut_10_8_2  -1  cut_8_10_3  -1
    z_8_10  cut_10_8_3  -1
    z_8_11  obj  7  cut_8_11_0  -1
    z_8_11  cut_11_8_0  -1  cut_8_11_1  -1
    z_8_11  cut_11_8_1  -1  cut_8_11_2  -1
    z_8_11  cut_11_8_2  -1  cut_8_11_3  -1
    z_8_11  cut_11_8_3  -1
    z_8_13  obj  4  cut_8_13_0  -1
    z_8_13  cut_13_8_0  -1  cut_8_13_1  -1
    z_8_13  cut_13_8_1  -1  cut_8_13_2  -1
    z_8_13  cut_13_8_2  -1  cut_8_13_3  -1
    z_8_13  cut_13_8_3  -1
    z_8_14  obj  7  cut_8_14_0  -1
    z_8_14  cut_14_8_0  -1  cut_8_14_1  -1
    z_8_14  cut_14_8_1  -1  cut_8_14_2  -1
    z_8_14  cut_14_8_2  -1  cut_8_14_3  -1
    z_8_14  cut_14_8_3  -1
    z_8_17  obj  5  cut_8_17_0  -1
    z_8_17  cut_17_8_0  -1  cut_8_17_1  -1
    z_8_17  cut_17_8_1  -1  cut_8_17_2  -1
    z_8_17  cut_17_8_2  -1  cut_8_17_3  -1
    z_8_17  cut_17_8_3  -1
    z_10_15  obj  10  cut_10_15_0  -1
    z_10_15  cut_15_10_0  -1  cut_10_15_1  -1
    z_10_15  cut_15_10_1  -1  cut_10_15_2  -1
    z_10_15  cut_15_10_2  -1  cut_10_15_3  -1
    z_10_15  cut_15_10_3  -1
    z_11_14  obj  5  cut_11_14_0  -1
    z_11_14  cut_14_11_0  -1  cut_11_14_1  -1
    z_11_14  cut_14_11_1  -1  cut_11_14_2  -1
    z_11_14  cut_14_11_2  -1  cut_11_14_3  -1
    z_11_14  cut_14_11_3  -1
    z_11_18  obj  1  cut_11_18_0  -1
    z_11_18  cut_18_11_0  -1  cut_11_18_1  -1
    z_11_18  cut_18_11_1  -1  cut_11_18_2  -1
    z_11_18  cut_18_11_2  -1  cut_11_18_3  -1
    z_11_18  cut_18_11_3  -1
    z_11_19  obj  10  cut_11_19_0  -1
    z_11_19  cut_19_11_0  -1  cut_11_19_1  -1
    z_11_19  cut_19_11_1  -1  cut_11_19_2  -1
    z_11_19  cut_19_11_2  -1  cut_11_19_3  -1
    z_11_19  cut_19_11_3  -1
    z_12_13  obj  3  cut_12_13_0  -1
    z_12_13  cut_13_12_0  -1  cut_12_13_1  -1
    z_12_13  cut_13_12_1  -1  cut_12_13_2  -1
    z_12_13  cut_13_12_2  -1  cut_12_13_3  -1
    z_12_13  cut_13_12_3  -1
    z_12_15  obj  7  cut_12_15_0  -1
    z_12_15  cut_15_12_0  -1  cut_12_15_1  -1
    z_12_15  cut_15_12_1  -1  cut_12_15_2  -1
    z_12_15  cut_15_12_2  -1  cut_12_15_3  -1
    z_12_15  cut_15_12_3  -1
    z_12_19  obj  8  cut_12_19_0  -1
    z_12_19  cut_19_12_0  -1  cut_12_19_1  -1
    z_12_19  cut_19_12_1  -1  cut_12_19_2  -1
    z_12_19  cut_19_12_2  -1  cut_12_19_3  -1
    z_12_19  cut_19_12_3  -1
    z_13_16  obj  10  cut_13_16_0  -1
    z_13_16  cut_16_13_0  -1  cut_13_16_1  -1
    z_13_16  cut_16_13_1  -1  cut_13_16_2  -1
    z_13_16  cut_16_13_2  -1  cut_13_16_3  -1
    z_13_16  cut_16_13_3  -1
    z_13_17  obj  3  cut_13_17_0  -1
    z_13_17  cut_17_13_0  -1  cut_13_17_1  -1
    z_13_17  cut_17_13_1  -1  cut_13_17_2  -1
    z_13_17  cut_17_13_2  -1  cut_13_17_3  -1
    z_13_17  cut_17_13_3  -1
    z_15_16  obj  8  cut_15_16_0  -1
    z_15_16  cut_16_15_0  -1  cut_15_16_1  -1
    z_15_16  cut_16_15_1  -1  cut_15_16_2  -1
    z_15_16  cut_16_15_2  -1  cut_15_16_3  -1
    z_15_16  cut_16_15_3  -1
    z_16_18  obj  5  cut_16_18_0  -1
    z_16_18  cut_18_16_0  -1  cut_16_18_1  -1
    z_16_18  cut_18_16_1  -1  cut_16_18_2  -1
    z_16_18  cut_18_16_2  -1  cut_16_18_3  -1
    z_16_18  cut_18_16_3  -1
    z_17_18  obj  9  cut_17_18_0  -1
    z_17_18  cut_18_17_0  -1  cut_17_18_1  -1
    z_17_18  cut_18_17_1  -1  cut_17_18_2  -1
    z_17_18  cut_18_17_2  -1  cut_17_18_3  -1
    z_17_18  cut_18_17_3  -1
    z_17_19  obj  9  cut_17_19_0  -1
    z_17_19  cut_19_17_0  -1  cut_17_19_1  -1
    z_17_19  cut_19_17_1  -1  cut_17_19_2  -1
    z_17_19  cut_19_17_2  -1  cut_17_19_3  -1
    z_17_19  cut_19_17_3  -1
    z_18_19  obj  3  cut_18_19_0  -1
    z_18_19  cut_19_18_0  -1  cut_18_19_1  -1
    z_18_19  cut_19_18_1  -1  cut_18_19_2  -1
    z_18_19  cut_19_18_2  -1  cut_18_19_3  -1
    z_18_19  cut_19_18_3  -1
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
    RHS  size_0  5
    RHS  size_1  5
    RHS  size_2  5
    RHS  size_3  5
BOUNDS
 BV BND  x_0_0
 BV BND  x_0_1
 BV BND  x_0_2
 BV BND  x_0_3
 BV BND  x_1_0
 BV BND  x_1_1
 BV BND  x_1_2
 BV BND  x_1_3
 BV BND  x_2_0
 BV BND  x_2_1
 BV BND  x_2_2
 BV BND  x_2_3
 BV BND  x_3_0
 BV BND  x_3_1
 BV BND  x_3_2
 BV BND  x_3_3
 BV BND  x_4_0
 BV BND  x_4_1
 BV BND  x_4_2
 BV BND  x_4_3
 BV BND  x_5_0
 BV BND  x_5_1
 BV BND  x_5_2
 BV BND  x_5_3
 BV BND  x_6_0
 BV BND  x_6_1
 BV BND  x_6_2
 BV BND  x_6_3
 BV BND  x_7_0
 BV BND  x_7_1
 BV BND  x_7_2
 BV BND  x_7_3
 BV BND  x_8_0
 BV BND  x_8_1
 BV BND  x_8_2
 BV BND  x_8_3
 BV BND  x_9_0
 BV BND  x_9_1
 BV BND  x_9_2
 BV BND  x_9_3
 BV BND  x_10_0
 BV BND  x_10_1
 BV BND  x_10_2
 BV BND  x_10_3
 BV BND  x_11_0
 BV BND  x_11_1
 BV BND  x_11_2
 BV BND  x_11_3
 BV BND  x_12_0
 BV BND  x_12_1
 BV BND  x_12_2
 BV BND  x_12_3
 BV BND  x_13_0
 BV BND  x_13_1
 BV BND  x_13_2
 BV BND  x_13_3
 BV BND  x_14_0
 BV BND  x_14_1
 BV BND  x_14_2
 BV BND  x_14_3
 BV BND  x_15_0
 BV BND  x_15_1
 BV BND  x_15_2
 BV BND  x_15_3
 BV BND  x_16_0
 BV BND  x_16_1
 BV BND  x_16_2
 BV BND  x_16_3
 BV BND  x_17_0
 BV BND  x_17_1
 BV BND  x_17_2
 BV BND  x_17_3
 BV BND  x_18_0
 BV BND  x_18_1
 BV BND  x_18_2
 BV BND  x_18_3
 BV BND  x_19_0
 BV BND  x_19_1
 BV BND  x_19_2
 BV BND  x_19_3
 BV BND  z_0_2
 BV BND  z_0_4
 BV BND  z_0_5
 BV BND  z_0_8
 BV BND  z_0_13
 BV BND  z_0_14
 BV BND  z_0_16
 BV BND  z_1_2
 BV BND  z_1_6
 BV BND  z_1_7
 BV BND  z_1_8
 BV BND  z_1_10
 BV BND  z_1_11
 BV BND  z_1_12
 BV BND  z_1_15
 BV BND  z_1_19
 BV BND  z_2_4
 BV BND  z_2_14
 BV BND  z_2_15
 BV BND  z_3_14
 BV BND  z_3_15
 BV BND  z_3_19
 BV BND  z_4_6
 BV BND  z_4_9
 BV BND  z_4_12
 BV BND  z_4_16
 BV BND  z_4_17
 BV BND  z_4_18
 BV BND  z_5_8
 BV BND  z_5_12
 BV BND  z_5_13
 BV BND  z_5_14
 BV BND  z_6_7
 BV BND  z_6_13
 BV BND  z_6_16
 BV BND  z_7_16
 BV BND  z_8_10
 BV BND  z_8_11
 BV BND  z_8_13
 BV BND  z_8_14
 BV BND  z_8_17
 BV BND  z_10_15
 BV BND  z_11_14
 BV BND  z_11_18
 BV BND  z_11_19
 BV BND  z_12_13
 BV BND  z_12_15
 BV BND  z_12_19
 BV BND  z_13_16
 BV BND  z_13_17
 BV BND  z_15_16
 BV BND  z_16_18
 BV BND  z_17_18
 BV BND  z_17_19
 BV BND  z_18_19
ENDATA
