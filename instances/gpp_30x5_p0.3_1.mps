NAME gpp_30x5_p0.3_1
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
 L  size_0
 L  size_1
 L  size_2
 L  size_3
 L  size_4
 L  cut_0_2_0
 L  cut_2_0_0
 L  cut_0_2_1
 L  cut_2_0_1
 L  cut_0_2_2
 L  cut_2_0_2
 L  cut_0_2_3
 L  cut_2_0_3
 L  cut_0_2_4
 L  cut_2_0_4
 L  cut_0_4_0
 L  cut_4_0_0
 L  cut_0_4_1
 L  cut_4_0_1
 L  cut_0_4_2
 L  cut_4_0_2
 L  cut_0_4_3
 L  cut_4_0_3
 L  cut_0_4_4
 L  cut_4_0_4
 L  cut_0_5_0
 L  cut_5_0_0
 L  cut_0_5_1
 L  cut_5_0_1
 L  cut_0_5_2
 L  cut_5_0_2
 L  cut_0_5_3
 L  cut_5_0_3
 L  cut_0_5_4
 L  cut_5_0_4
 L  cut_0_8_0
 L  cut_8_0_0
 L  cut_0_8_1
 L  cut_8_0_1
 L  cut_0_8_2
 L  cut_8_0_2
 L  cut_0_8_3
 L  cut_8_0_3
 L  cut_0_8_4
 L  cut_8_0_4
 L  cut_0_13_0
 L  cut_13_0_0
 L  cut_0_13_1
 L  cut_13_0_1
 L  cut_0_13_2
 L  cut_13_0_2
 L  cut_0_13_3
 L  cut_13_0_3
 L  cut_0_13_4
 L  cut_13_0_4
 L  cut_0_14_0
 L  cut_14_0_0
 L  cut_0_14_1
 L  cut_14_0_1
 L  cut_0_14_2
 L  cut_14_0_2
 L  cut_0_14_3
 L  cut_14_0_3
 L  cut_0_14_4
 L  cut_14_0_4
 L  cut_0_16_0
 L  cut_16_0_0
 L  cut_0_16_1
 L  cut_16_0_1
 L  cut_0_16_2
 L  cut_16_0_2
 L  cut_0_16_3
 L  cut_16_0_3
 L  cut_0_16_4
 L  cut_16_0_4
 L  cut_0_20_0
 L  cut_20_0_0
 L  cut_0_20_1
 L  cut_20_0_1
 L  cut_0_20_2
 L  cut_20_0_2
 L  cut_0_20_3
 L  cut_20_0_3
 L  cut_0_20_4
 L  cut_20_0_4
 L  cut_0_24_0
 L  cut_24_0_0
 L  cut_0_24_1
 L  cut_24_0_1
 L  cut_0_24_2
 L  cut_24_0_2
 L  cut_0_24_3
 L  cut_24_0_3
 L  cut_0_24_4
 L  cut_24_0_4
 L  cut_0_25_0
 L  cut_25_0_0
 L  cut_0_25_1
 L  cut_25_0_1
 L  cut_0_25_2
 L  cut_25_0_2
 L  cut_0_25_3
 L  cut_25_0_3
 L  cut_0_25_4
 L  cut_25_0_4
 L  cut_0_26_0
 L  cut_26_0_0
 L  cut_0_26_1
 L  cut_26_0_1
 L  cut_0_26_2
 L  cut_26_0_2
 L  cut_0_26_3
 L  cut_26_0_3
 L  cut_0_26_4
 L  cut_26_0_4
 L  cut_0_28_0
 L  cut_28_0_0
 L  cut_0_28_1
 L  cut_28_0_1
 L  cut_0_28_2
 L  cut_28_0_2
 L  cut_0_28_3
 L  cut_28_0_3
 L  cut_0_28_4
 L  cut_28_0_4
 L  cut_0_29_0
 L  cut_29_0_0
 L  cut_0_29_1
 L  cut_29_0_1
 L  cut_0_29_2
 L  cut_29_0_2
 L  cut_0_29_3
 L  cut_29_0_3
 L  cut_0_29_4
 L  cut_29_0_4
 L  cut_1_2_0
 L  cut_2_1_0
 L  cut_1_2_1
 L  cut_2_1_1
 L  cut_1_2_2
 L  cut_2_1_2
 L  cut_1_2_3
 L  cut_2_1_3
 L  cut_1_2_4
 L  cut_2_1_4
 L  cut_1_5_0
 L  cut_5_1_0
 L  cut_1_5_1
 L  cut_5_1_1
 L  cut_1_5_2
 L  cut_5_1_2
 L  cut_1_5_3
 L  cut_5_1_3
 L  cut_1_5_4
 L  cut_5_1_4
 L  cut_1_9_0
 L  cut_9_1_0
 L  cut_1_9_1
 L  cut_9_1_1
 L  cut_1_9_2
 L  cut_9_1_2
 L  cut_1_9_3
 L  cut_9_1_3
 L  cut_1_9_4
 L  cut_9_1_4
 L  cut_1_11_0
 L  cut_11_1_0
 L  cut_1_11_1
 L  cut_11_1_1
 L  cut_1_11_2
 L  cut_11_1_2
 L  cut_1_11_3
 L  cut_11_1_3
 L  cut_1_11_4
 L  cut_11_1_4
 L  cut_1_21_0
 L  cut_21_1_0
 L  cut_1_21_1
 L  cut_21_1_1
 L  cut_1_21_2
 L  cut_21_1_2
 L  cut_1_21_3
 L  cut_21_1_3
 L  cut_1_21_4
 L  cut_21_1_4
 L  cut_1_22_0
 L  cut_22_1_0
 L  cut_1_22_1
 L  cut_22_1_1
 L  cut_1_22_2
 L  cut_22_1_2
 L  cut_1_22_3
 L  cut_22_1_3
 L  cut_1_22_4
 L  cut_22_1_4
 L  cut_2_10_0
 L  cut_10_2_0
 L  cut_2_10_1
 L  cut_10_2_1
 L  cut_2_10_2
 L  cut_10_2_2
 L  cut_2_10_3
 L  cut_10_2_3
 L  cut_2_10_4
 L  cut_10_2_4
 L  cut_2_11_0
 L  cut_11_2_0
 L  cut_2_11_1
 L  cut_11_2_1
 L  cut_2_11_2
 L  cut_11_2_2
 L  cut_2_11_3
 L  cut_11_2_3
 L  cut_2_11_4
 L  cut_11_2_4
 L  cut_2_15_0
 L  cut_15_2_0
 L  cut_2_15_1
 L  cut_15_2_1
 L  cut_2_15_2
 L  cut_15_2_2
 L  cut_2_15_3
 L  cut_15_2_3
 L  cut_2_15_4
 L  cut_15_2_4
 L  cut_2_17_0
 L  cut_17_2_0
 L  cut_2_17_1
 L  cut_17_2_1
 L  cut_2_17_2
 L  cut_17_2_2
 L  cut_2_17_3
 L  cut_17_2_3
 L  cut_2_17_4
 L  cut_17_2_4
 L  cut_2_20_0
 L  cut_20_2_0
 L  cut_2_20_1
 L  cut_20_2_1
 L  cut_2_20_2
 L  cut_20_2_2
 L  cut_2_20_3
 L  cut_20_2_3
 L  cut_2_20_4
 L  cut_20_2_4
 L  cut_2_23_0
 L  cut_23_2_0
 L  cut_2_23_1
 L  cut_23_2_1
 L  cut_2_23_2
 L  cut_23_2_2
 L  cut_2_23_3
 L  cut_23_2_3
 L  cut_2_23_4
 L  cut_23_2_4
 L  cut_2_27_0
 L  cut_27_2_0
 L  cut_2_27_1
 L  cut_27_2_1
 L  cut_2_27_2
 L  cut_27_2_2
 L  cut_2_27_3
 L  cut_27_2_3
 L  cut_2_27_4
 L  cut_27_2_4
 L  cut_2_28_0
 L  cut_28_2_0
 L  cut_2_28_1
 L  cut_28_2_1
 L  cut_2_28_2
 L  cut_28_2_2
 L  cut_2_28_3
 L  cut_28_2_3
 L  cut_2_28_4
 L  cut_28_2_4
 L  cut_2_29_0
 L  cut_29_2_0
 L  cut_2_29_1
 L  cut_29_2_1
 L  cut_2_29_2
 L  cut_29_2_2
 L  cut_2_29_3
 L  cut_29_2_3
 L  cut_2_29_4
 L  cut_29_2_4
 L  cut_3_7_0
 L  cut_7_3_0
 L  cut_3_7_1
 L  cut_7_3_1
 L  cut_3_7_2
 L  cut_7_3_2
 L  cut_3_7_3
 L  cut_7_3_3
 L  cut_3_7_4
 L  cut_7_3_4
 L  cut_3_11_0
 L  cut_11_3_0
 L  cut_3_11_1
 L  cut_11_3_1
 L  cut_3_11_2
 L  cut_11_3_2
 L  cut_3_11_3
 L  cut_11_3_3
 L  cut_3_11_4
 L  cut_11_3_4
 L  cut_3_12_0
 L  cut_12_3_0
 L  cut_3_12_1
 L  cut_12_3_1
 L  cut_3_12_2
 L  cut_12_3_2
 L  cut_3_12_3
 L  cut_12_3_3
 L  cut_3_12_4
 L  cut_12_3_4
 L  cut_3_13_0
 L  cut_13_3_0
 L  cut_3_13_1
 L  cut_13_3_1
 L  cut_3_13_2
 L  cut_13_3_2
 L  cut_3_13_3
 L  cut_13_3_3
 L  cut_3_13_4
 L  cut_13_3_4
 L  cut_3_19_0
 L  cut_19_3_0
 L  cut_3_19_1
 L  cut_19_3_1
 L  cut_3_19_2
 L  cut_19_3_2
 L  cut_3_19_3
 L  cut_19_3_3
 L  cut_3_19_4
 L  cut_19_3_4
 L  cut_3_25_0
 L  cut_25_3_0
 L  cut_3_25_1
 L  cut_25_3_1
 L  cut_3_25_2
 L  cut_25_3_2
 L  cut_3_25_3
 L  cut_25_3_3
 L  cut_3_25_4
 L  cut_25_3_4
 L  cut_3_28_0
 L  cut_28_3_0
 L  cut_3_28_1
 L  cut_28_3_1
 L  cut_3_28_2
 L  cut_28_3_2
 L  cut_3_28_3
 L  cut_28_3_3
 L  cut_3_28_4
 L  cut_28_3_4
 L  cut_4_15_0
 L  cut_15_4_0
 L  cut_4_15_1
 L  cut_15_4_1
 L  cut_4_15_2
 L  cut_15_4_2
 L  cut_4_15_3
 L  cut_15_4_3
 L  cut_4_15_4
 L  cut_15_4_4
 L  cut_4_20_0
 L  cut_20_4_0
 L  cut_4_20_1
 L  cut_20_4_1
 L  cut_4_20_2
 L  cut_20_4_2
 L  cut_4_20_3
 L  cut_20_4_3
 L  cut_4_20_4
 L  cut_20_4_4
 L  cut_4_21_0
 L  cut_21_4_0
 L  cut_4_21_1
 L  cut_21_4_1
 L  cut_4_21_2
 L  cut_21_4_2
 L  cut_4_21_3
 L  cut_21_4_3
 L  cut_4_21_4
 L  cut_21_4_4
 L  cut_4_23_0
 L  cut_23_4_0
 L  cut_4_23_1
 L  cut_23_4_1
 L  cut_4_23_2
 L  cut_23_4_2
 L  cut_4_23_3
 L  cut_23_4_3
 L  cut_4_23_4
 L  cut_23_4_4
 L  cut_4_24_0
 L  cut_24_4_0
 L  cut_4_24_1
 L  cut_24_4_1
 L  cut_4_24_2
 L  cut_24_4_2
 L  cut_4_24_3
 L  cut_24_4_3
 L  cut_4_24_4
 L  cut_24_4_4
 L  cut_4_27_0
 L  cut_27_4_0
 L  cut_4_27_1
 L  cut_27_4_1
 L  cut_4_27_2
 L  cut_27_4_2
 L  cut_4_27_3
 L  cut_27_4_3
 L  cut_4_27_4
 L  cut_27_4_4
 L  cut_5_20_0
 L  cut_20_5_0
 L  cut_5_20_1
 L  cut_20_5_1
 L  cut_5_20_2
 L  cut_20_5_2
 L  cut_5_20_3
 L  cut_20_5_3
 L  cut_5_20_4
 L  cut_20_5_4
 L  cut_5_27_0
 L  cut_27_5_0
 L  cut_5_27_1
 L  cut_27_5_1
 L  cut_5_27_2
 L  cut_27_5_2
 L  cut_5_27_3
 L  cut_27_5_3
 L  cut_5_27_4
 L  cut_27_5_4
 L  cut_6_8_0
 L  cut_8_6_0
 L  cut_6_8_1
 L  cut_8_6_1
 L  cut_6_8_2
 L  cut_8_6_2
 L  cut_6_8_3
 L  cut_8_6_3
 L  cut_6_8_4
 L  cut_8_6_4
 L  cut_6_9_0
 L  cut_9_6_0
 L  cut_6_9_1
 L  cut_9_6_1
 L  cut_6_9_2
 L  cut_9_6_2
 L  cut_6_9_3
 L  cut_9_6_3
 L  cut_6_9_4
 L  cut_9_6_4
 L  cut_6_10_0
 L  cut_10_6_0
 L  cut_6_10_1
 L  cut_10_6_1
 L  cut_6_10_2
 L  cut_10_6_2
 L  cut_6_10_3
 L  cut_10_6_3
 L  cut_6_10_4
 L  cut_10_6_4
 L  cut_6_12_0
 L  cut_12_6_0
 L  cut_6_12_1
 L  cut_12_6_1
 L  cut_6_12_2
 L  cut_12_6_2
 L  cut_6_12_3
 L  cut_12_6_3
 L  cut_6_12_4
 L  cut_12_6_4
 L  cut_6_16_0
 L  cut_16_6_0
 L  cut_6_16_1
 L  cut_16_6_1
 L  cut_6_16_2
 L  cut_16_6_2
 L  cut_6_16_3
 L  cut_16_6_3
 L  cut_6_16_4
 L  cut_16_6_4
 L  cut_6_19_0
 L  cut_19_6_0
 L  cut_6_19_1
 L  cut_19_6_1
 L  cut_6_19_2
 L  cut_19_6_2
 L  cut_6_19_3
 L  cut_19_6_3
 L  cut_6_19_4
 L  cut_19_6_4
 L  cut_6_20_0
 L  cut_20_6_0
 L  cut_6_20_1
 L  cut_20_6_1
 L  cut_6_20_2
 L  cut_20_6_2
 L  cut_6_20_3
 L  cut_20_6_3
 L  cut_6_20_4
 L  cut_20_6_4
 L  cut_6_28_0
 L  cut_28_6_0
 L  cut_6_28_1
 L  cut_28_6_1
 L  cut_6_28_2
 L  cut_28_6_2
 L  cut_6_28_3
 L  cut_28_6_3
 L  cut_6_28_4
 L  cut_28_6_4
 L  cut_7_11_0
 L  cut_11_7_0
 L  cut_7_11_1
 L  cut_11_7_1
 L  cut_7_11_2
 L  cut_11_7_2
 L  cut_7_11_3
 L  cut_11_7_3
 L  cut_7_11_4
 L  cut_11_7_4
 L  cut_7_13_0
 L  cut_13_7_0
 L  cut_7_13_1
 L  cut_13_7_1
 L  cut_7_13_2
 L  cut_13_7_2
 L  cut_7_13_3
 L  cut_13_7_3
 L  cut_7_13_4
 L  cut_13_7_4
 L  cut_7_14_0
 L  cut_14_7_0
 L  cut_7_14_1
 L  cut_14_7_1
 L  cut_7_14_2
 L  cut_14_7_2
 L  cut_7_14_3
 L  cut_14_7_3
 L  cut_7_14_4
 L  cut_14_7_4
 L  cut_7_15_0
 L  cut_15_7_0
 L  cut_7_15_1
 L  cut_15_7_1
 L  cut_7_15_2
 L  cut_15_7_2
 L  cut_7_15_3
 L  cut_15_7_3
 L  cut_7_15_4
 L  cut_15_7_4
 L  cut_7_16_0
 L  cut_16_7_0
 L  cut_7_16_1
 L  cut_16_7_1
 L  cut_7_16_2
 L  cut_16_7_2
 L  cut_7_16_3
 L  cut_16_7_3
 L  cut_7_16_4
 L  cut_16_7_4
 L  cut_7_21_0
 L  cut_21_7_0
 L  cut_7_21_1
 L  cut_21_7_1
 L  cut_7_21_2
 L  cut_21_7_2
 L  cut_7_21_3
 L  cut_21_7_3
 L  cut_7_21_4
 L  cut_21_7_4
 L  cut_7_28_0
 L  cut_28_7_0
 L  cut_7_28_1
 L  cut_28_7_1
 L  cut_7_28_2
 L  cut_28_7_2
 L  cut_7_28_3
 L  cut_28_7_3
 L  cut_7_28_4
 L  cut_28_7_4
 L  cut_7_29_0
 L  cut_29_7_0
 L  cut_7_29_1
 L  cut_29_7_1
 L  cut_7_29_2
 L  cut_29_7_2
 L  cut_7_29_3
 L  cut_29_7_3
 L  cut_7_29_4
 L  cut_29_7_4
 L  cut_8_11_0
 L  cut_11_8_0
 L  cut_8_11_1
 L  cut_11_8_1
 L  cut_8_11_2
 L  cut_11_8_2
 L  cut_8_11_3
 L  cut_11_8_3
 L  cut_8_11_4
 L  cut_11_8_4
 L  cut_8_16_0
 L  cut_16_8_0
 L  cut_8_16_1
 L  cut_16_8_1
 L  cut_8_16_2
 L  cut_16_8_2
 L  cut_8_16_3
 L  cut_16_8_3
 L  cut_8_16_4
 L  cut_16_8_4
 L  cut_8_17_0
 L  cut_17_8_0
 L  cut_8_17_1
 L  cut_17_8_1
 L  cut_8_17_2
 L  cut_17_8_2
 L  cut_8_17_3
 L  cut_17_8_3
 L  cut_8_17_4
 L  cut_17_8_4
 L  cut_8_19_0
 L  cut_19_8_0
 L  cut_8_19_1
 L  cut_19_8_1
 L  cut_8_19_2
 L  cut_19_8_2
 L  cut_8_19_3
 L  cut_19_8_3
 L  cut_8_19_4
 L  cut_19_8_4
 L  cut_8_22_0
 L  cut_22_8_0
 L  cut_8_22_1
 L  cut_22_8_1
 L  cut_8_22_2
 L  cut_22_8_2
 L  cut_8_22_3
 L  cut_22_8_3
 L  cut_8_22_4
 L  cut_22_8_4
 L  cut_8_25_0
 L  cut_25_8_0
 L  cut_8_25_1
 L  cut_25_8_1
 L  cut_8_25_2
 L  cut_25_8_2
 L  cut_8_25_3
 L  cut_25_8_3
 L  cut_8_25_4
 L  cut_25_8_4
 L  cut_8_27_0
 L  cut_27_8_0
 L  cut_8_27_1
 L  cut_27_8_1
 L  cut_8_27_2
 L  cut_27_8_2
 L  cut_8_27_3
 L  cut_27_8_3
 L  cut_8_27_4
 L  cut_27_8_4
 L  cut_9_11_0
 L  cut_11_9_0
 L  cut_9_11_1
 L  cut_11_9_1
 L  cut_9_11_2
 L  cut_11_9_2
 L  cut_9_11_3
 L  cut_11_9_3
 L  cut_9_11_4
 L  cut_11_9_4
 L  cut_9_12_0
 L  cut_12_9_0
 L  cut_9_12_1
 L  cut_12_9_1
 L  cut_9_12_2
 L  cut_12_9_2
 L  cut_9_12_3
 L  cut_12_9_3
 L  cut_9_12_4
 L  cut_12_9_4
 L  cut_9_21_0
 L  cut_21_9_0
 L  cut_9_21_1
 L  cut_21_9_1
 L  cut_9_21_2
 L  cut_21_9_2
 L  cut_9_21_3
 L  cut_21_9_3
 L  cut_9_21_4
 L  cut_21_9_4
 L  cut_9_23_0
 L  cut_23_9_0
 L  cut_9_23_1
 L  cut_23_9_1
 L  cut_9_23_2
 L  cut_23_9_2
 L  cut_9_23_3
 L  cut_23_9_3
 L  cut_9_23_4
 L  cut_23_9_4
 L  cut_9_26_0
 L  cut_26_9_0
 L  cut_9_26_1
 L  cut_26_9_1
 L  cut_9_26_2
 L  cut_26_9_2
 L  cut_9_26_3
 L  cut_26_9_3
 L  cut_9_26_4
 L  cut_26_9_4
 L  cut_9_27_0
 L  cut_27_9_0
 L  cut_9_27_1
 L  cut_27_9_1
 L  cut_9_27_2
 L  cut_27_9_2
 L  cut_9_27_3
 L  cut_27_9_3
 L  cut_9_27_4
 L  cut_27_9_4
 L  cut_9_28_0
 L  cut_28_9_0
 L  cut_9_28_1
 L  cut_28_9_1
 L  cut_9_28_2
 L  cut_28_9_2
 L  cut_9_28_3
 L  cut_28_9_3
 L  cut_9_28_4
 L  cut_28_9_4
 L  cut_9_29_0
 L  cut_29_9_0
 L  cut_9_29_1
 L  cut_29_9_1
 L  cut_9_29_2
 L  cut_29_9_2
 L  cut_9_29_3
 L  cut_29_9_3
 L  cut_9_29_4
 L  cut_29_9_4
 L  cut_10_21_0
 L  cut_21_10_0
 L  cut_10_21_1
 L  cut_21_10_1
 L  cut_10_21_2
 L  cut_21_10_2
 L  cut_10_21_3
 L  cut_21_10_3
 L  cut_10_21_4
 L  cut_21_10_4
 L  cut_11_12_0
 L  cut_12_11_0
 L  cut_11_12_1
 L  cut_12_11_1
 L  cut_11_12_2
 L  cut_12_11_2
 L  cut_11_12_3
 L  cut_12_11_3
 L  cut_11_12_4
 L  cut_12_11_4
 L  cut_11_16_0
 L  cut_16_11_0
 L  cut_11_16_1
 L  cut_16_11_1
 L  cut_11_16_2
 L  cut_16_11_2
 L  cut_11_16_3
 L  cut_16_11_3
 L  cut_11_16_4
 L  cut_16_11_4
 L  cut_11_25_0
 L  cut_25_11_0
 L  cut_11_25_1
 L  cut_25_11_1
 L  cut_11_25_2
 L  cut_25_11_2
 L  cut_11_25_3
 L  cut_25_11_3
 L  cut_11_25_4
 L  cut_25_11_4
 L  cut_11_26_0
 L  cut_26_11_0
 L  cut_11_26_1
 L  cut_26_11_1
 L  cut_11_26_2
 L  cut_26_11_2
 L  cut_11_26_3
 L  cut_26_11_3
 L  cut_11_26_4
 L  cut_26_11_4
 L  cut_11_27_0
 L  cut_27_11_0
 L  cut_11_27_1
 L  cut_27_11_1
 L  cut_11_27_2
 L  cut_27_11_2
 L  cut_11_27_3
 L  cut_27_11_3
 L  cut_11_27_4
 L  cut_27_11_4
 L  cut_12_13_0
 L  cut_13_12_0
 L  cut_12_13_1
 L  cut_13_12_1
 L  cut_12_13_2
 L  cut_13_12_2
 L  cut_12_13_3
 L  cut_13_12_3
 L  cut_12_13_4
 L  cut_13_12_4
 L  cut_12_15_0
 L  cut_15_12_0
 L  cut_12_15_1
 L  cut_15_12_1
 L  cut_12_15_2
 L  cut_15_12_2
 L  cut_12_15_3
 L  cut_15_12_3
 L  cut_12_15_4
 L  cut_15_12_4
 L  cut_12_16_0
 L  cut_16_12_0
 L  cut_12_16_1
 L  cut_16_12_1
 L  cut_12_16_2
 L  cut_16_12_2
 L  cut_12_16_3
 L  cut_16_12_3
 L  cut_12_16_4
 L  cut_16_12_4
 L  cut_12_18_0
 L  cut_18_12_0
 L  cut_12_18_1
 L  cut_18_12_1
 L  cut_12_18_2
 L  cut_18_12_2
 L  cut_12_18_3
 L  cut_18_12_3
 L  cut_12_18_4
 L  cut_18_12_4
 L  cut_12_22_0
 L  cut_22_12_0
 L  cut_12_22_1
 L  cut_22_12_1
 L  cut_12_22_2
 L  cut_22_12_2
 L  cut_12_22_3
 L  cut_22_12_3
 L  cut_12_22_4
 L  cut_22_12_4
 L  cut_12_25_0
 L  cut_25_12_0
 L  cut_12_25_1
 L  cut_25_12_1
 L  cut_12_25_2
 L  cut_25_12_2
 L  cut_12_25_3
 L  cut_25_12_3
 L  cut_12_25_4
 L  cut_25_12_4
 L  cut_12_27_0
 L  cut_27_12_0
 L  cut_12_27_1
 L  cut_27_12_1
 L  cut_12_27_2
 L  cut_27_12_2
 L  cut_12_27_3
 L  cut_27_12_3
 L  cut_12_27_4
 L  cut_27_12_4
 L  cut_12_29_0
 L  cut_29_12_0
 L  cut_12_29_1
 L  cut_29_12_1
 L  cut_12_29_2
 L  cut_29_12_2
 L  cut_12_29_3
 L  cut_29_12_3
 L  cut_12_29_4
 L  cut_29_12_4
 L  cut_13_17_0
 L  cut_17_13_0
 L  cut_13_17_1
 L  cut_17_13_1
 L  cut_13_17_2
 L  cut_17_13_2
 L  cut_13_17_3
 L  cut_17_13_3
 L  cut_13_17_4
 L  cut_17_13_4
 L  cut_13_18_0
 L  cut_18_13_0
 L  cut_13_18_1
 L  cut_18_13_1
 L  cut_13_18_2
 L  cut_18_13_2
 L  cut_13_18_3
 L  cut_18_13_3
 L  cut_13_18_4
 L  cut_18_13_4
 L  cut_13_21_0
 L  cut_21_13_0
 L  cut_13_21_1
 L  cut_21_13_1
 L  cut_13_21_2
 L  cut_21_13_2
 L  cut_13_21_3
 L  cut_21_13_3
 L  cut_13_21_4
 L  cut_21_13_4
 L  cut_13_24_0
 L  cut_24_13_0
 L  cut_13_24_1
 L  cut_24_13_1
 L  cut_13_24_2
 L  cut_24_13_2
 L  cut_13_24_3
 L  cut_24_13_3
 L  cut_13_24_4
 L  cut_24_13_4
 L  cut_13_25_0
 L  cut_25_13_0
 L  cut_13_25_1
 L  cut_25_13_1
 L  cut_13_25_2
 L  cut_25_13_2
 L  cut_13_25_3
 L  cut_25_13_3
 L  cut_13_25_4
 L  cut_25_13_4
 L  cut_13_27_0
 L  cut_27_13_0
 L  cut_13_27_1
 L  cut_27_13_1
 L  cut_13_27_2
 L  cut_27_13_2
 L  cut_13_27_3
 L  cut_27_13_3
 L  cut_13_27_4
 L  cut_27_13_4
 L  cut_13_28_0
 L  cut_28_13_0
 L  cut_13_28_1
 L  cut_28_13_1
 L  cut_13_28_2
 L  cut_28_13_2
 L  cut_13_28_3
 L  cut_28_13_3
 L  cut_13_28_4
 L  cut_28_13_4
 L  cut_14_15_0
 L  cut_15_14_0
 L  cut_14_15_1
 L  cut_15_14_1
 L  cut_14_15_2
 L  cut_15_14_2
 L  cut_14_15_3
 L  cut_15_14_3
 L  cut_14_15_4
 L  cut_15_14_4
 L  cut_14_16_0
 L  cut_16_14_0
 L  cut_14_16_1
 L  cut_16_14_1
 L  cut_14_16_2
 L  cut_16_14_2
 L  cut_14_16_3
 L  cut_16_14_3
 L  cut_14_16_4
 L  cut_16_14_4
 L  cut_14_18_0
 L  cut_18_14_0
 L  cut_14_18_1
 L  cut_18_14_1
 L  cut_14_18_2
 L  cut_18_14_2
 L  cut_14_18_3
 L  cut_18_14_3
 L  cut_14_18_4
 L  cut_18_14_4
 L  cut_14_22_0
 L  cut_22_14_0
 L  cut_14_22_1
 L  cut_22_14_1
 L  cut_14_22_2
 L  cut_22_14_2
 L  cut_14_22_3
 L  cut_22_14_3
 L  cut_14_22_4
 L  cut_22_14_4
 L  cut_14_27_0
 L  cut_27_14_0
 L  cut_14_27_1
 L  cut_27_14_1
 L  cut_14_27_2
 L  cut_27_14_2
 L  cut_14_27_3
 L  cut_27_14_3
 L  cut_14_27_4
 L  cut_27_14_4
 L  cut_14_28_0
 L  cut_28_14_0
 L  cut_14_28_1
 L  cut_28_14_1
 L  cut_14_28_2
 L  cut_28_14_2
 L  cut_14_28_3
 L  cut_28_14_3
 L  cut_14_28_4
 L  cut_28_14_4
 L  cut_15_17_0
 L  cut_17_15_0
 L  cut_15_17_1
 L  cut_17_15_1
 L  cut_15_17_2
 L  cut_17_15_2
 L  cut_15_17_3
 L  cut_17_15_3
 L  cut_15_17_4
 L  cut_17_15_4
 L  cut_15_25_0
 L  cut_25_15_0
 L  cut_15_25_1
 L  cut_25_15_1
 L  cut_15_25_2
 L  cut_25_15_2
 L  cut_15_25_3
 L  cut_25_15_3
 L  cut_15_25_4
 L  cut_25_15_4
 L  cut_15_26_0
 L  cut_26_15_0
 L  cut_15_26_1
 L  cut_26_15_1
 L  cut_15_26_2
 L  cut_26_15_2
 L  cut_15_26_3
 L  cut_26_15_3
 L  cut_15_26_4
 L  cut_26_15_4
 L  cut_15_27_0
 L  cut_27_15_0
 L  cut_15_27_1
 L  cut_27_15_1
 L  cut_15_27_2
 L  cut_27_15_2
 L  cut_15_27_3
 L  cut_27_15_3
 L  cut_15_27_4
 L  cut_27_15_4
 L  cut_15_29_0
 L  cut_29_15_0
 L  cut_15_29_1
 L  cut_29_15_1
 L  cut_15_29_2
 L  cut_29_15_2
 L  cut_15_29_3
 L  cut_29_15_3
 L  cut_15_29_4
 L  cut_29_15_4
 L  cut_16_17_0
 L  cut_17_16_0
 L  cut_16_17_1
 L  cut_17_16_1
 L  cut_16_17_2
 L  cut_17_16_2
 L  cut_16_17_3
 L  cut_17_16_3
 L  cut_16_17_4
 L  cut_17_16_4
 L  cut_16_25_0
 L  cut_25_16_0
 L  cut_16_25_1
 L  cut_25_16_1
 L  cut_16_25_2
 L  cut_25_16_2
 L  cut_16_25_3
 L  cut_25_16_3
 L  cut_16_25_4
 L  cut_25_16_4
 L  cut_16_27_0
 L  cut_27_16_0
 L  cut_16_27_1
 L  cut_27_16_1
 L  cut_16_27_2
 L  cut_27_16_2
 L  cut_16_27_3
 L  cut_27_16_3
 L  cut_16_27_4
 L  cut_27_16_4
 L  cut_16_28_0
 L  cut_28_16_0
 L  cut_16_28_1
 L  cut_28_16_1
 L  cut_16_28_2
 L  cut_28_16_2
 L  cut_16_28_3
 L  cut_28_16_3
 L  cut_16_28_4
 L  cut_28_16_4
 L  cut_17_19_0
 L  cut_19_17_0
 L  cut_17_19_1
 L  cut_19_17_1
 L  cut_17_19_2
 L  cut_19_17_2
 L  cut_17_19_3
 L  cut_19_17_3
 L  cut_17_19_4
 L  cut_19_17_4
 L  cut_17_20_0
 L  cut_20_17_0
 L  cut_17_20_1
 L  cut_20_17_1
 L  cut_17_20_2
 L  cut_20_17_2
 L  cut_17_20_3
 L  cut_20_17_3
 L  cut_17_20_4
 L  cut_20_17_4
 L  cut_17_24_0
 L  cut_24_17_0
 L  cut_17_24_1
 L  cut_24_17_1
 L  cut_17_24_2
 L  cut_24_17_2
 L  cut_17_24_3
 L  cut_24_17_3
 L  cut_17_24_4
 L  cut_24_17_4
 L  cut_17_26_0
 L  cut_26_17_0
 L  cut_17_26_1
 L  cut_26_17_1
 L  cut_17_26_2
 L  cut_26_17_2
 L  cut_17_26_3
 L  cut_26_17_3
 L  cut_17_26_4
 L  cut_26_17_4
 L  cut_18_24_0
 L  cut_24_18_0
 L  cut_18_24_1
 L  cut_24_18_1
 L  cut_18_24_2
 L  cut_24_18_2
 L  cut_18_24_3
 L  cut_24_18_3
 L  cut_18_24_4
 L  cut_24_18_4
 L  cut_18_26_0
 L  cut_26_18_0
 L  cut_18_26_1
 L  cut_26_18_1
 L  cut_18_26_2
 L  cut_26_18_2
 L  cut_18_26_3
 L  cut_26_18_3
 L  cut_18_26_4
 L  cut_26_18_4
 L  cut_18_29_0
 L  cut_29_18_0
 L  cut_18_29_1
 L  cut_29_18_1
 L  cut_18_29_2
 L  cut_29_18_2
 L  cut_18_29_3
 L  cut_29_18_3
 L  cut_18_29_4
 L  cut_29_18_4
 L  cut_19_21_0
 L  cut_21_19_0
 L  cut_19_21_1
 L  cut_21_19_1
 L  cut_19_21_2
 L  cut_21_19_2
 L  cut_19_21_3
 L  cut_21_19_3
 L  cut_19_21_4
 L  cut_21_19_4
 L  cut_19_22_0
 L  cut_22_19_0
 L  cut_19_22_1
 L  cut_22_19_1
 L  cut_19_22_2
 L  cut_22_19_2
 L  cut_19_22_3
 L  cut_22_19_3
 L  cut_19_22_4
 L  cut_22_19_4
 L  cut_19_26_0
 L  cut_26_19_0
 L  cut_19_26_1
 L  cut_26_19_1
 L  cut_19_26_2
 L  cut_26_19_2
 L  cut_19_26_3
 L  cut_26_19_3
 L  cut_19_26_4
 L  cut_26_19_4
 L  cut_19_27_0
 L  cut_27_19_0
 L  cut_19_27_1
 L  cut_27_19_1
 L  cut_19_27_2
 L  cut_27_19_2
 L  cut_19_27_3
 L  cut_27_19_3
 L  cut_19_27_4
 L  cut_27_19_4
 L  cut_20_21_0
 L  cut_21_20_0
 L  cut_20_21_1
 L  cut_21_20_1
 L  cut_20_21_2
 L  cut_21_20_2
 L  cut_20_21_3
 L  cut_21_20_3
 L  cut_20_21_4
 L  cut_21_20_4
 L  cut_20_22_0
 L  cut_22_20_0
 L  cut_20_22_1
 L  cut_22_20_1
 L  cut_20_22_2
 L  cut_22_20_2
 L  cut_20_22_3
 L  cut_22_20_3
 L  cut_20_22_4
 L  cut_22_20_4
 L  cut_21_23_0
 L  cut_23_21_0
 L  cut_21_23_1
 L  cut_23_21_1
 L  cut_21_23_2
 L  cut_23_21_2
 L  cut_21_23_3
 L  cut_23_21_3
 L  cut_21_23_4
 L  cut_23_21_4
 L  cut_21_25_0
 L  cut_25_21_0
 L  cut_21_25_1
 L  cut_25_21_1
 L  cut_21_25_2
 L  cut_25_21_2
 L  cut_21_25_3
 L  cut_25_21_3
 L  cut_21_25_4
 L  cut_25_21_4
 L  cut_21_27_0
 L  cut_27_21_0
 L  cut_21_27_1
 L  cut_27_21_1
 L  cut_21_27_2
 L  cut_27_21_2
 L  cut_21_27_3
 L  cut_27_21_3
 L  cut_21_27_4
 L  cut_27_21_4
 L  cut_21_28_0
 L  cut_28_21_0
 L  cut_21_28_1
 L  cut_28_21_1
 L  cut_21_28_2
 L  cut_28_21_2
 L  cut_21_28_3
 L  cut_28_21_3
 L  cut_21_28_4
 L  cut_28_21_4
 L  cut_22_23_0
 L  cut_23_22_0
 L  cut_22_23_1
 L  cut_23_22_1
 L  cut_22_23_2
 L  cut_23_22_2
 L  cut_22_23_3
 L  cut_23_22_3
 L  cut_22_23_4
 L  cut_23_22_4
 L  cut_22_25_0
 L  cut_25_22_0
 L  cut_22_25_1
 L  cut_25_22_1
 L  cut_22_25_2
 L  cut_25_22_2
 L  cut_22_25_3
 L  cut_25_22_3
 L  cut_22_25_4
 L  cut_25_22_4
 L  cut_22_28_0
 L  cut_28_22_0
 L  cut_22_28_1
 L  cut_28_22_1
 L  cut_22_28_2
 L  cut_28_22_2
 L  cut_22_28_3
 L  cut_28_22_3
 L  cut_22_28_4
 L  cut_28_22_4
 L  cut_23_26_0
 L  cut_26_23_0
 L  cut_23_26_1
 L  cut_26_23_1
 L  cut_23_26_2
 L  cut_26_23_2
 L  cut_23_26_3
 L  cut_26_23_3
 L  cut_23_26_4
 L  cut_26_23_4
 L  cut_23_28_0
 L  cut_28_23_0
 L  cut_23_28_1
 L  cut_28_23_1
 L  cut_23_28_2
 L  cut_28_23_2
 L  cut_23_28_3
 L  cut_28_23_3
 L  cut_23_28_4
 L  cut_28_23_4
 L  cut_24_26_0
 L  cut_26_24_0
 L  cut_24_26_1
 L  cut_26_24_1
 L  cut_24_26_2
 L  cut_26_24_2
 L  cut_24_26_3
 L  cut_26_24_3
 L  cut_24_26_4
 L  cut_26_24_4
 L  cut_26_28_0
 L  cut_28_26_0
 L  cut_26_28_1
 L  cut_28_26_1
 L  cut_26_28_2
 L  cut_28_26_2
 L  cut_26_28_3
 L  cut_28_26_3
 L  cut_26_28_4
 L  cut_28_26_4
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
    x_0_0  cut_0_20_0  1  cut_20_0_0  -1
    x_0_0  cut_0_24_0  1  cut_24_0_0  -1
    x_0_0  cut_0_25_0  1  cut_25_0_0  -1
    x_0_0  cut_0_26_0  1  cut_26_0_0  -1
    x_0_0  cut_0_28_0  1  cut_28_0_0  -1
    x_0_0  cut_0_29_0  1  cut_29_0_0  -1
    x_0_1  assign_0  1  size_1  1
    x_0_1  cut_0_2_1  1  cut_2_0_1  -1
    x_0_1  cut_0_4_1  1  cut_4_0_1  -1
    x_0_1  cut_0_5_1  1  cut_5_0_1  -1
    x_0_1  cut_0_8_1  1  cut_8_0_1  -1
    x_0_1  cut_0_13_1  1  cut_13_0_1  -1
    x_0_1  cut_0_14_1  1  cut_14_0_1  -1
    x_0_1  cut_0_16_1  1  cut_16_0_1  -1
    x_0_1  cut_0_20_1  1  cut_20_0_1  -1
    x_0_1  cut_0_24_1  1  cut_24_0_1  -1
    x_0_1  cut_0_25_1  1  cut_25_0_1  -1
    x_0_1  cut_0_26_1  1  cut_26_0_1  -1
    x_0_1  cut_0_28_1  1  cut_28_0_1  -1
    x_0_1  cut_0_29_1  1  cut_29_0_1  -1
    x_0_2  assign_0  1  size_2  1
    x_0_2  cut_0_2_2  1  cut_2_0_2  -1
    x_0_2  cut_0_4_2  1  cut_4_0_2  -1
    x_0_2  cut_0_5_2  1  cut_5_0_2  -1
    x_0_2  cut_0_8_2  1  cut_8_0_2  -1
    x_0_2  cut_0_13_2  1  cut_13_0_2  -1
    x_0_2  cut_0_14_2  1  cut_14_0_2  -1
    x_0_2  cut_0_16_2  1  cut_16_0_2  -1
    x_0_2  cut_0_20_2  1  cut_20_0_2  -1
    x_0_2  cut_0_24_2  1  cut_24_0_2  -1
    x_0_2  cut_0_25_2  1  cut_25_0_2  -1
    x_0_2  cut_0_26_2  1  cut_26_0_2  -1
    x_0_2  cut_0_28_2  1  cut_28_0_2  -1
    x_0_2  cut_0_29_2  1  cut_29_0_2  -1
    x_0_3  assign_0  1  size_3  1
    x_0_3  cut_0_2_3  1  cut_2_0_3  -1
    x_0_3  cut_0_4_3  1  cut_4_0_3  -1
    x_0_3  cut_0_5_3  1  cut_5_0_3  -1
    x_0_3  cut_0_8_3  1  cut_8_0_3  -1
    x_0_3  cut_0_13_3  1  cut_13_0_3  -1
    x_0_3  cut_0_14_3  1  cut_14_0_3  -1
    x_0_3  cut_0_16_3  1  cut_16_0_3  -1
    x_0_3  cut_0_20_3  1  cut_20_0_3  -1
    x_0_3  cut_0_24_3  1  cut_24_0_3  -1
    x_0_3  cut_0_25_3  1  cut_25_0_3  -1
    x_0_3  cut_0_26_3  1  cut_26_0_3  -1
    x_0_3  cut_0_28_3  1  cut_28_0_3  -1
    x_0_3  cut_0_29_3  1  cut_29_0_3  -1
    x_0_4  assign_0  1  size_4  1
    x_0_4  cut_0_2_4  1  cut_2_0_4  -1
    x_0_4  cut_0_4_4  1  cut_4_0_4  -1
    x_0_4  cut_0_5_4  1  cut_5_0_4  -1
    x_0_4  cut_0_8_4  1  cut_8_0_4  -1
    x_0_4  cut_0_13_4  1  cut_13_0_4  -1
    x_0_4  cut_0_14_4  1  cut_14_0_4  -1
    x_0_4  cut_0_16_4  1  cut_16_0_4  -1
    x_0_4  cut_0_20_4  1  cut_20_0_4  -1
    x_0_4  cut_0_24_4  1  cut_24_0_4  -1
    x_0_4  cut_0_25_4  1  cut_25_0_4  -1
    x_0_4  cut_0_26_4  1  cut_26_0_4  -1
    x_0_4  cut_0_28_4  1  cut_28_0_4  -1
    x_0_4  cut_0_29_4  1  cut_29_0_4  -1
    x_1_0  assign_1  1  size_0  1
    x_1_0  cut_1_2_0  1  cut_2_1_0  -1
    x_1_0  cut_1_5_0  1  cut_5_1_0  -1
    x_1_0  cut_1_9_0  1  cut_9_1_0  -1
    x_1_0  cut_1_11_0  1  cut_11_1_0  -1
    x_1_0  cut_1_21_0  1  cut_21_1_0  -1
    x_1_0  cut_1_22_0  1  cut_22_1_0  -1
    x_1_1  assign_1  1  size_1  1
    x_1_1  cut_1_2_1  1  cut_2_1_1  -1
    x_1_1  cut_1_5_1  1  cut_5_1_1  -1
    x_1_1  cut_1_9_1  1  cut_9_1_1  -1
    x_1_1  cut_1_11_1  1  cut_11_1_1  -1
    x_1_1  cut_1_21_1  1  cut_21_1_1  -1
    x_1_1  cut_1_22_1  1  cut_22_1_1  -1
    x_1_2  assign_1  1  size_2  1
    x_1_2  cut_1_2_2  1  cut_2_1_2  -1
    x_1_2  cut_1_5_2  1  cut_5_1_2  -1
    x_1_2  cut_1_9_2  1  cut_9_1_2  -1
    x_1_2  cut_1_11_2  1  cut_11_1_2  -1
    x_1_2  cut_1_21_2  1  cut_21_1_2  -1
    x_1_2  cut_1_22_2  1  cut_22_1_2  -1
    x_1_3  assign_1  1  size_3  1
    x_1_3  cut_1_2_3  1  cut_2_1_3  -1
    x_1_3  cut_1_5_3  1  cut_5_1_3  -1
    x_1_3  cut_1_9_3  1  cut_9_1_3  -1
    x_1_3  cut_1_11_3  1  cut_11_1_3  -1
    x_1_3  cut_1_21_3  1  cut_21_1_3  -1
    x_1_3  cut_1_22_3  1  cut_22_1_3  -1
    x_1_4  assign_1  1  size_4  1
    x_1_4  cut_1_2_4  1  cut_2_1_4  -1
    x_1_4  cut_1_5_4  1  cut_5_1_4  -1
    x_1_4  cut_1_9_4  1  cut_9_1_4  -1
    x_1_4  cut_1_11_4  1  cut_11_1_4  -1
    x_1_4  cut_1_21_4  1  cut_21_1_4  -1
    x_1_4  cut_1_22_4  1  cut_22_1_4  -1
    x_2_0  assign_2  1  size_0  1
    x_2_0  cut_0_2_0  -1  cut_2_0_0  1
    x_2_0  cut_1_2_0  -1  cut_2_1_0  1
    x_2_0  cut_2_10_0  1  cut_10_2_0  -1
    x_2_0  cut_2_11_0  1  cut_11_2_0  -1
    x_2_0  cut_2_15_0  1  cut_15_2_0  -1
    x_2_0  cut_2_17_0  1  cut_17_2_0  -1
    x_2_0  cut_2_20_0  1  cut_20_2_0  -1
    x_2_0  cut_2_23_0  1  cut_23_2_0  -1
    x_2_0  cut_2_27_0  1  cut_27_2_0  -1
    x_2_0  cut_2_28_0  1  cut_28_2_0  -1
    x_2_0  cut_2_29_0  1  cut_29_2_0  -1
    x_2_1  assign_2  1  size_1  1
    x_2_1  cut_0_2_1  -1  cut_2_0_1  1
    x_2_1  cut_1_2_1  -1  cut_2_1_1  1
    x_2_1  cut_2_10_1  1  cut_10_2_1  -1
    x_2_1  cut_2_11_1  1  cut_11_2_1  -1
    x_2_1  cut_2_15_1  1  cut_15_2_1  -1
    x_2_1  cut_2_17_1  1  cut_17_2_1  -1
    x_2_1  cut_2_20_1  1  cut_20_2_1  -1
    x_2_1  cut_2_23_1  1  cut_23_2_1  -1
    x_2_1  cut_2_27_1  1  cut_27_2_1  -1
    x_2_1  cut_2_28_1  1  cut_28_2_1  -1
    x_2_1  cut_2_29_1  1  cut_29_2_1  -1
    x_2_2  assign_2  1  size_2  1
    x_2_2  cut_0_2_2  -1  cut_2_0_2  1
    x_2_2  cut_1_2_2  -1  cut_2_1_2  1
    x_2_2  cut_2_10_2  1  cut_10_2_2  -1
    x_2_2  cut_2_11_2  1  cut_11_2_2  -1
    x_2_2  cut_2_15_2  1  cut_15_2_2  -1
    x_2_2  cut_2_17_2  1  cut_17_2_2  -1
    x_2_2  cut_2_20_2  1  cut_20_2_2  -1
    x_2_2  cut_2_23_2  1  cut_23_2_2  -1
    x_2_2  cut_2_27_2  1  cut_27_2_2  -1
    x_2_2  cut_2_28_2  1  cut_28_2_2  -1
    x_2_2  cut_2_29_2  1  cut_29_2_2  -1
    x_2_3  assign_2  1  size_3  1
    x_2_3  cut_0_2_3  -1  cut_2_0_3  1
    x_2_3  cut_1_2_3  -1  cut_2_1_3  1
    x_2_3  cut_2_10_3  1  cut_10_2_3  -1
    x_2_3  cut_2_11_3  1  cut_11_2_3  -1
    x_2_3  cut_2_15_3  1  cut_15_2_3  -1
    x_2_3  cut_2_17_3  1  cut_17_2_3  -1
    x_2_3  cut_2_20_3  1  cut_20_2_3  -1
    x_2_3  cut_2_23_3  1  cut_23_2_3  -1
    x_2_3  cut_2_27_3  1  cut_27_2_3  -1
    x_2_3  cut_2_28_3  1  cut_28_2_3  -1
    x_2_3  cut_2_29_3  1  cut_29_2_3  -1
    x_2_4  assign_2  1  size_4  1
    x_2_4  cut_0_2_4  -1  cut_2_0_4  1
    x_2_4  cut_1_2_4  -1  cut_2_1_4  1
    x_2_4  cut_2_10_4  1  cut_10_2_4  -1
    x_2_4  cut_2_11_4  1  cut_11_2_4  -1
    x_2_4  cut_2_15_4  1  cut_15_2_4  -1
    x_2_4  cut_2_17_4  1  cut_17_2_4  -1
    x_2_4  cut_2_20_4  1  cut_20_2_4  -1
    x_2_4  cut_2_23_4  1  cut_23_2_4  -1
    x_2_4  cut_2_27_4  1  cut_27_2_4  -1
    x_2_4  cut_2_28_4  1  cut_28_2_4  -1
    x_2_4  cut_2_29_4  1  cut_29_2_4  -1
    x_3_0  assign_3  1  size_0  1
    x_3_0  cut_3_7_0  1  cut_7_3_0  -1
    x_3_0  cut_3_11_0  1  cut_11_3_0  -1
    x_3_0  cut_3_12_0  1  cut_12_3_0  -1
    x_3_0  cut_3_13_0  1  cut_13_3_0  -1
    x_3_0  cut_3_19_0  1  cut_19_3_0  -1
    x_3_0  cut_3_25_0  1  cut_25_3_0  -1
    x_3_0  cut_3_28_0  1  cut_28_3_0  -1
    x_3_1  assign_3  1  size_1  1
    x_3_1  cut_3_7_1  1  cut_7_3_1  -1
    x_3_1  cut_3_11_1  1  cut_11_3_1  -1
    x_3_1  cut_3_12_1  1  cut_12_3_1  -1
    x_3_1  cut_3_13_1  1  cut_13_3_1  -1
    x_3_1  cut_3_19_1  1  cut_19_3_1  -1
    x_3_1  cut_3_25_1  1  cut_25_3_1  -1
    x_3_1  cut_3_28_1  1  cut_28_3_1  -1
    x_3_2  assign_3  1  size_2  1
    x_3_2  cut_3_7_2  1  cut_7_3_2  -1
    x_3_2  cut_3_11_2  1  cut_11_3_2  -1
    x_3_2  cut_3_12_2  1  cut_12_3_2  -1
    x_3_2  cut_3_13_2  1  cut_13_3_2  -1
    x_3_2  cut_3_19_2  1  cut_19_3_2  -1
    x_3_2  cut_3_25_2  1  cut_25_3_2  -1
    x_3_2  cut_3_28_2  1  cut_28_3_2  -1
    x_3_3  assign_3  1  size_3  1
    x_3_3  cut_3_7_3  1  cut_7_3_3  -1
    x_3_3  cut_3_11_3  1  cut_11_3_3  -1
    x_3_3  cut_3_12_3  1  cut_12_3_3  -1
    x_3_3  cut_3_13_3  1  cut_13_3_3  -1
    x_3_3  cut_3_19_3  1  cut_19_3_3  -1
    x_3_3  cut_3_25_3  1  cut_25_3_3  -1
    x_3_3  cut_3_28_3  1  cut_28_3_3  -1
    x_3_4  assign_3  1  size_4  1
    x_3_4  cut_3_7_4  1  cut_7_3_4  -1
    x_3_4  cut_3_11_4  1  cut_11_3_4  -1
    x_3_4  cut_3_12_4  1  cut_12_3_4  -1
    x_3_4  cut_3_13_4  1  cut_13_3_4  -1
    x_3_4  cut_3_19_4  1  cut_19_3_4  -1
    x_3_4  cut_3_25_4  1  cut_25_3_4  -1
    x_3_4  cut_3_28_4  1  cut_28_3_4  -1
    x_4_0  assign_4  1  size_0  1
    x_4_0  cut_0_4_0  -1  cut_4_0_0  1
    x_4_0  cut_4_15_0  1  cut_15_4_0  -1
    x_4_0  cut_4_20_0  1  cut_20_4_0  -1
    x_4_0  cut_4_21_0  1  cut_21_4_0  -1
    x_4_0  cut_4_23_0  1  cut_23_4_0  -1
    x_4_0  cut_4_24_0  1  cut_24_4_0  -1
    x_4_0  cut_4_27_0  1  cut_27_4_0  -1
    x_4_1  assign_4  1  size_1  1
    x_4_1  cut_0_4_1  -1  cut_4_0_1  1
    x_4_1  cut_4_15_1  1  cut_15_4_1  -1
    x_4_1  cut_4_20_1  1  cut_20_4_1  -1
    x_4_1  cut_4_21_1  1  cut_21_4_1  -1
    x_4_1  cut_4_23_1  1  cut_23_4_1  -1
    x_4_1  cut_4_24_1  1  cut_24_4_1  -1
    x_4_1  cut_4_27_1  1  cut_27_4_1  -1
    x_4_2  assign_4  1  size_2  1
    x_4_2  cut_0_4_2  -1  cut_4_0_2  1
    x_4_2  cut_4_15_2  1  cut_15_4_2  -1
    x_4_2  cut_4_20_2  1  cut_20_4_2  -1
    x_4_2  cut_4_21_2  1  cut_21_4_2  -1
    x_4_2  cut_4_23_2  1  cut_23_4_2  -1
    x_4_2  cut_4_24_2  1  cut_24_4_2  -1
    x_4_2  cut_4_27_2  1  cut_27_4_2  -1
    x_4_3  assign_4  1  size_3  1
    x_4_3  cut_0_4_3  -1  cut_4_0_3  1
    x_4_3  cut_4_15_3  1  cut_15_4_3  -1
    x_4_3  cut_4_20_3  1  cut_20_4_3  -1
    x_4_3  cut_4_21_3  1  cut_21_4_3  -1
    x_4_3  cut_4_23_3  1  cut_23_4_3  -1
    x_4_3  cut_4_24_3  1  cut_24_4_3  -1
    x_4_3  cut_4_27_3  1  cut_27_4_3  -1
    x_4_4  assign_4  1  size_4  1
    x_4_4  cut_0_4_4  -1  cut_4_0_4  1
    x_4_4  cut_4_15_4  1  cut_15_4_4  -1
    x_4_4  cut_4_20_4  1  cut_20_4_4  -1
    x_4_4  cut_4_21_4  1  cut_21_4_4  -1
    x_4_4  cut_4_23_4  1  cut_23_4_4  -1
    x_4_4  cut_4_24_4  1  cut_24_4_4  -1
    x_4_4  cut_4_27_4  1  cut_27_4_4  -1
    x_5_0  assign_5  1  size_0  1
    x_5_0  cut_0_5_0  -1  cut_5_0_0  1
    x_5_0  cut_1_5_0  -1  cut_5_1_0  1
    x_5_0  cut_5_20_0  1  cut_20_5_0  -1
    x_5_0  cut_5_27_0  1  cut_27_5_0  -1
    x_5_1  assign_5  1  size_1  1
    x_5_1  cut_0_5_1  -1  cut_5_0_1  1
    x_5_1  cut_1_5_1  -1  cut_5_1_1  1
    x_5_1  cut_5_20_1  1  cut_20_5_1  -1
    x_5_1  cut_5_27_1  1  cut_27_5_1  -1
    x_5_2  assign_5  1  size_2  1
    x_5_2  cut_0_5_2  -1  cut_5_0_2  1
    x_5_2  cut_1_5_2  -1  cut_5_1_2  1
    x_5_2  cut_5_20_2  1  cut_20_5_2  -1
    x_5_2  cut_5_27_2  1  cut_27_5_2  -1
    x_5_3  assign_5  1  size_3  1
    x_5_3  cut_0_5_3  -1  cut_5_0_3  1
    x_5_3  cut_1_5_3  -1  cut_5_1_3  1
    x_5_3  cut_5_20_3  1  cut_20_5_3  -1
    x_5_3  cut_5_27_3  1  cut_27_5_3  -1
    x_5_4  assign_5  1  size_4  1
    x_5_4  cut_0_5_4  -1  cut_5_0_4  1
    x_5_4  cut_1_5_4  -1  cut_5_1_4  1
    x_5_4  cut_5_20_4  1  cut_20_5_4  -1
    x_5_4  cut_5_27_4  1  cut_27_5_4  -1
    x_6_0  assign_6  1  size_0  1
    x_6_0  cut_6_8_0  1  cut_8_6_0  -1
    x_6_0  cut_6_9_0  1  cut_9_6_0  -1
    x_6_0  cut_6_10_0  1  cut_10_6_0  -1
    x_6_0  cut_6_12_0  1  cut_12_6_0  -1
    x_6_0  cut_6_16_0  1  cut_16_6_0  -1
    x_6_0  cut_6_19_0  1  cut_19_6_0  -1
    x_6_0  cut_6_20_0  1  cut_20_6_0  -1
    x_6_0  cut_6_28_0  1  cut_28_6_0  -1
    x_6_1  assign_6  1  size_1  1
    x_6_1  cut_6_8_1  1  cut_8_6_1  -1
    x_6_1  cut_6_9_1  1  cut_9_6_1  -1
    x_6_1  cut_6_10_1  1  cut_10_6_1  -1
    x_6_1  cut_6_12_1  1  cut_12_6_1  -1
    x_6_1  cut_6_16_1  1  cut_16_6_1  -1
    x_6_1  cut_6_19_1  1  cut_19_6_1  -1
    x_6_1  cut_6_20_1  1  cut_20_6_1  -1
    x_6_1  cut_6_28_1  1  cut_28_6_1  -1
    x_6_2  assign_6  1  size_2  1
    x_6_2  cut_6_8_2  1  cut_8_6_2  -1
    x_6_2  cut_6_9_2  1  cut_9_6_2  -1
    x_6_2  cut_6_10_2  1  cut_10_6_2  -1
    x_6_2  cut_6_12_2  1  cut_12_6_2  -1
    x_6_2  cut_6_16_2  1  cut_16_6_2  -1
    x_6_2  cut_6_19_2  1  cut_19_6_2  -1
    x_6_2  cut_6_20_2  1  cut_20_6_2  -1
    x_6_2  cut_6_28_2  1  cut_28_6_2  -1
    x_6_3  assign_6  1  size_3  1
    x_6_3  cut_6_8_3  1  cut_8_6_3  -1
    x_6_3  cut_6_9_3  1  cut_9_6_3  -1
    x_6_3  cut_6_10_3  1  cut_10_6_3  -1
    x_6_3  cut_6_12_3  1  cut_12_6_3  -1
    x_6_3  cut_6_16_3  1  cut_16_6_3  -1
    x_6_3  cut_6_19_3  1  cut_19_6_3  -1
    x_6_3  cut_6_20_3  1  cut_20_6_3  -1
    x_6_3  cut_6_28_3  1  cut_28_6_3  -1
    x_6_4  assign_6  1  size_4  1
    x_6_4  cut_6_8_4  1  cut_8_6_4  -1
    x_6_4  cut_6_9_4  1  cut_9_6_4  -1
    x_6_4  cut_6_10_4  1  cut_10_6_4  -1
    x_6_4  cut_6_12_4  1  cut_12_6_4  -1
    x_6_4  cut_6_16_4  1  cut_16_6_4  -1
    x_6_4  cut_6_19_4  1  cut_19_6_4  -1
    x_6_4  cut_6_20_4  1  cut_20_6_4  -1
    x_6_4  cut_6_28_4  1  cut_28_6_4  -1
    x_7_0  assign_7  1  size_0  1
    x_7_0  cut_3_7_0  -1  cut_7_3_0  1
    x_7_0  cut_7_11_0  1  cut_11_7_0  -1
    x_7_0  cut_7_13_0  1  cut_13_7_0  -1
    x_7_0  cut_7_14_0  1  cut_14_7_0  -1
    x_7_0  cut_7_15_0  1  cut_15_7_0  -1
    x_7_0  cut_7_16_0  1  cut_16_7_0  -1
    x_7_0  cut_7_21_0  1  cut_21_7_0  -1
    x_7_0  cut_7_28_0  1  cut_28_7_0  -1
    x_7_0  cut_7_29_0  1  cut_29_7_0  -1
    x_7_1  assign_7  1  size_1  1
    x_7_1  cut_3_7_1  -1  cut_7_3_1  1
    x_7_1  cut_7_11_1  1  cut_11_7_1  -1
    x_7_1  cut_7_13_1  1  cut_13_7_1  -1
    x_7_1  cut_7_14_1  1  cut_14_7_1  -1
    x_7_1  cut_7_15_1  1  cut_15_7_1  -1
    x_7_1  cut_7_16_1  1  cut_16_7_1  -1
    x_7_1  cut_7_21_1  1  cut_21_7_1  -1
    x_7_1  cut_7_28_1  1  cut_28_7_1  -1
    x_7_1  cut_7_29_1  1  cut_29_7_1  -1
    x_7_2  assign_7  1  size_2  1
    x_7_2  cut_3_7_2  -1  cut_7_3_2  1
    x_7_2  cut_7_11_2  1  cut_11_7_2  -1
    x_7_2  cut_7_13_2  1  cut_13_7_2  -1
    x_7_2  cut_7_14_2  1  cut_14_7_2  -1
    x_7_2  cut_7_15_2  1  cut_15_7_2  -1
    x_7_2  cut_7_16_2  1  cut_16_7_2  -1
    x_7_2  cut_7_21_2  1  cut_21_7_2  -1
    x_7_2  cut_7_28_2  1  cut_28_7_2  -1
    x_7_2  cut_7_29_2  1  cut_29_7_2  -1
    x_7_3  assign_7  1  size_3  1
    x_7_3  cut_3_7_3  -1  cut_7_3_3  1
    x_7_3  cut_7_11_3  1  cut_11_7_3  -1
    x_7_3  cut_7_13_3  1  cut_13_7_3  -1
    x_7_3  cut_7_14_3  1  cut_14_7_3  -1
    x_7_3  cut_7_15_3  1  cut_15_7_3  -1
    x_7_3  cut_7_16_3  1  cut_16_7_3  -1
    x_7_3  cut_7_21_3  1  cut_21_7_3  -1
    x_7_3  cut_7_28_3  1  cut_28_7_3  -1
    x_7_3  cut_7_29_3  1  cut_29_7_3  -1
    x_7_4  assign_7  1  size_4  1
    x_7_4  cut_3_7_4  -1  cut_7_3_4  1
    x_7_4  cut_7_11_4  1  cut_11_7_4  -1
    x_7_4  cut_7_13_4  1  cut_13_7_4  -1
    x_7_4  cut_7_14_4  1  cut_14_7_4  -1
    x_7_4  cut_7_15_4  1  cut_15_7_4  -1
    x_7_4  cut_7_16_4  1  cut_16_7_4  -1
    x_7_4  cut_7_21_4  1  cut_21_7_4  -1
    x_7_4  cut_7_28_4  1  cut_28_7_4  -1
    x_7_4  cut_7_29_4  1  cut_29_7_4  -1
    x_8_0  assign_8  1  size_0  1
    x_8_0  cut_0_8_0  -1  cut_8_0_0  1
    x_8_0  cut_6_8_0  -1  cut_8_6_0  1
    x_8_0  cut_8_11_0  1  cut_11_8_0  -1
    x_8_0  cut_8_16_0  1  cut_16_8_0  -1
    x_8_0  cut_8_17_0  1  cut_17_8_0  -1
    x_8_0  cut_8_19_0  1  cut_19_8_0  -1
    x_8_0  cut_8_22_0  1  cut_22_8_0  -1
    x_8_0  cut_8_25_0  1  cut_25_8_0  -1
    x_8_0  cut_8_27_0  1  cut_27_8_0  -1
    x_8_1  assign_8  1  size_1  1
    x_8_1  cut_0_8_1  -1  cut_8_0_1  1
    x_8_1  cut_6_8_1  -1  cut_8_6_1  1
    x_8_1  cut_8_11_1  1  cut_11_8_1  -1
    x_8_1  cut_8_16_1  1  cut_16_8_1  -1
    x_8_1  cut_8_17_1  1  cut_17_8_1  -1
    x_8_1  cut_8_19_1  1  cut_19_8_1  -1
    x_8_1  cut_8_22_1  1  cut_22_8_1  -1
    x_8_1  cut_8_25_1  1  cut_25_8_1  -1
    x_8_1  cut_8_27_1  1  cut_27_8_1  -1
    x_8_2  assign_8  1  size_2  1
    x_8_2  cut_0_8_2  -1  cut_8_0_2  1
    x_8_2  cut_6_8_2  -1  cut_8_6_2  1
    x_8_2  cut_8_11_2  1  cut_11_8_2  -1
    x_8_2  cut_8_16_2  1  cut_16_8_2  -1
    x_8_2  cut_8_17_2  1  cut_17_8_2  -1
    x_8_2  cut_8_19_2  1  cut_19_8_2  -1
    x_8_2  cut_8_22_2  1  cut_22_8_2  -1
    x_8_2  cut_8_25_2  1  cut_25_8_2  -1
    x_8_2  cut_8_27_2  1  cut_27_8_2  -1
    x_8_3  assign_8  1  size_3  1
    x_8_3  cut_0_8_3  -1  cut_8_0_3  1
    x_8_3  cut_6_8_3  -1  cut_8_6_3  1
    x_8_3  cut_8_11_3  1  cut_11_8_3  -1
    x_8_3  cut_8_16_3  1  cut_16_8_3  -1
    x_8_3  cut_8_17_3  1  cut_17_8_3  -1
    x_8_3  cut_8_19_3  1  cut_19_8_3  -1
    x_8_3  cut_8_22_3  1  cut_22_8_3  -1
    x_8_3  cut_8_25_3  1  cut_25_8_3  -1
    x_8_3  cut_8_27_3  1  cut_27_8_3  -1
    x_8_4  assign_8  1  size_4  1
    x_8_4  cut_0_8_4  -1  cut_8_0_4  1
    x_8_4  cut_6_8_4  -1  cut_8_6_4  1
    x_8_4  cut_8_11_4  1  cut_11_8_4  -1
    x_8_4  cut_8_16_4  1  cut_16_8_4  -1
    x_8_4  cut_8_17_4  1  cut_17_8_4  -1
    x_8_4  cut_8_19_4  1  cut_19_8_4  -1
    x_8_4  cut_8_22_4  1  cut_22_8_4  -1
    x_8_4  cut_8_25_4  1  cut_25_8_4  -1
    x_8_4  cut_8_27_4  1  cut_27_8_4  -1
    x_9_0  assign_9  1  size_0  1
    x_9_0  cut_1_9_0  -1  cut_9_1_0  1
    x_9_0  cut_6_9_0  -1  cut_9_6_0  1
    x_9_0  cut_9_11_0  1  cut_11_9_0  -1
    x_9_0  cut_9_12_0  1  cut_12_9_0  -1
    x_9_0  cut_9_21_0  1  cut_21_9_0  -1
    x_9_0  cut_9_23_0  1  cut_23_9_0  -1
    x_9_0  cut_9_26_0  1  cut_26_9_0  -1
    x_9_0  cut_9_27_0  1  cut_27_9_0  -1
    x_9_0  cut_9_28_0  1  cut_28_9_0  -1
    x_9_0  cut_9_29_0  1  cut_29_9_0  -1
    x_9_1  assign_9  1  size_1  1
    x_9_1  cut_1_9_1  -1  cut_9_1_1  1
    x_9_1  cut_6_9_1  -1  cut_9_6_1  1
    x_9_1  cut_9_11_1  1  cut_11_9_1  -1
    x_9_1  cut_9_12_1  1  cut_12_9_1  -1
    x_9_1  cut_9_21_1  1  cut_21_9_1  -1
    x_9_1  cut_9_23_1  1  cut_23_9_1  -1
    x_9_1  cut_9_26_1  1  cut_26_9_1  -1
    x_9_1  cut_9_27_1  1  cut_27_9_1  -1
    x_9_1  cut_9_28_1  1  cut_28_9_1  -1
    x_9_1  cut_9_29_1  1  cut_29_9_1  -1
    x_9_2  assign_9  1  size_2  1
    x_9_2  cut_1_9_2  -1  cut_9_1_2  1
    x_9_2  cut_6_9_2  -1  cut_9_6_2  1
    x_9_2  cut_9_11_2  1  cut_11_9_2  -1
    x_9_2  cut_9_12_2  1  cut_12_9_2  -1
    x_9_2  cut_9_21_2  1  cut_21_9_2  -1
    x_9_2  cut_9_23_2  1  cut_23_9_2  -1
    x_9_2  cut_9_26_2  1  cut_26_9_2  -1
    x_9_2  cut_9_27_2  1  cut_27_9_2  -1
    x_9_2  cut_9_28_2  1  cut_28_9_2  -1
    x_9_2  cut_9_29_2  1  cut_29_9_2  -1
    x_9_3  assign_9  1  size_3  1
    x_9_3  cut_1_9_3  -1  cut_9_1_3  1
    x_9_3  cut_6_9_3  -1  cut_9_6_3  1
    x_9_3  cut_9_11_3  1  cut_11_9_3  -1
    x_9_3  cut_9_12_3  1  cut_12_9_3  -1
    x_9_3  cut_9_21_3  1  cut_21_9_3  -1
    x_9_3  cut_9_23_3  1  cut_23_9_3  -1
    x_9_3  cut_9_26_3  1  cut_26_9_3  -1
    x_9_3  cut_9_27_3  1  cut_27_9_3  -1
    x_9_3  cut_9_28_3  1  cut_28_9_3  -1
    x_9_3  cut_9_29_3  1  cut_29_9_3  -1
    x_9_4  assign_9  1  size_4  1
    x_9_4  cut_1_9_4  -1  cut_9_1_4  1
    x_9_4  cut_6_9_4  -1  cut_9_6_4  1
    x_9_4  cut_9_11_4  1  cut_11_9_4  -1
    x_9_4  cut_9_12_4  1  cut_12_9_4  -1
    x_9_4  cut_9_21_4  1  cut_21_9_4  -1
    x_9_4  cut_9_23_4  1  cut_23_9_4  -1
    x_9_4  cut_9_26_4  1  cut_26_9_4  -1
    x_9_4  cut_9_27_4  1  cut_27_9_4  -1
    x_9_4  cut_9_28_4  1  cut_28_9_4  -1
    x_9_4  cut_9_29_4  1  cut_29_9_4  -1
    x_10_0  assign_10  1  size_0  1
    x_10_0  cut_2_10_0  -1  cut_10_2_0  1
    x_10_0  cut_6_10_0  -1  cut_10_6_0  1
    x_10_0  cut_10_21_0  1  cut_21_10_0  -1
    x_10_1  assign_10  1  size_1  1
    x_10_1  cut_2_10_1  -1  cut_10_2_1  1
    x_10_1  cut_6_10_1  -1  cut_10_6_1  1
    x_10_1  cut_10_21_1  1  cut_21_10_1  -1
    x_10_2  assign_10  1  size_2  1
    x_10_2  cut_2_10_2  -1  cut_10_2_2  1
    x_10_2  cut_6_10_2  -1  cut_10_6_2  1
    x_10_2  cut_10_21_2  1  cut_21_10_2  -1
    x_10_3  assign_10  1  size_3  1
    x_10_3  cut_2_10_3  -1  cut_10_2_3  1
    x_10_3  cut_6_10_3  -1  cut_10_6_3  1
    x_10_3  cut_10_21_3  1  cut_21_10_3  -1
    x_10_4  assign_10  1  size_4  1
    x_10_4  cut_2_10_4  -1  cut_10_2_4  1
    x_10_4  cut_6_10_4  -1  cut_10_6_4  1
    x_10_4  cut_10_21_4  1  cut_21_10_4  -1
    x_11_0  assign_11  1  size_0  1
    x_11_0  cut_1_11_0  -1  cut_11_1_0  1
    x_11_0  cut_2_11_0  -1  cut_11_2_0  1
    x_11_0  cut_3_11_0  -1  cut_11_3_0  1
    x_11_0  cut_7_11_0  -1  cut_11_7_0  1
    x_11_0  cut_8_11_0  -1  cut_11_8_0  1
    x_11_0  cut_9_11_0  -1  cut_11_9_0  1
    x_11_0  cut_11_12_0  1  cut_12_11_0  -1
    x_11_0  cut_11_16_0  1  cut_16_11_0  -1
    x_11_0  cut_11_25_0  1  cut_25_11_0  -1
    x_11_0  cut_11_26_0  1  cut_26_11_0  -1
    x_11_0  cut_11_27_0  1  cut_27_11_0  -1
    x_11_1  assign_11  1  size_1  1
    x_11_1  cut_1_11_1  -1  cut_11_1_1  1
    x_11_1  cut_2_11_1  -1  cut_11_2_1  1
    x_11_1  cut_3_11_1  -1  cut_11_3_1  1
    x_11_1  cut_7_11_1  -1  cut_11_7_1  1
    x_11_1  cut_8_11_1  -1  cut_11_8_1  1
    x_11_1  cut_9_11_1  -1  cut_11_9_1  1
    x_11_1  cut_11_12_1  1  cut_12_11_1  -1
    x_11_1  cut_11_16_1  1  cut_16_11_1  -1
    x_11_1  cut_11_25_1  1  cut_25_11_1  -1
    x_11_1  cut_11_26_1  1  cut_26_11_1  -1
    x_11_1  cut_11_27_1  1  cut_27_11_1  -1
    x_11_2  assign_11  1  size_2  1
    x_11_2  cut_1_11_2  -1  cut_11_1_2  1
    x_11_2  cut_2_11_2  -1  cut_11_2_2  1
    x_11_2  cut_3_11_2  -1  cut_11_3_2  1
    x_11_2  cut_7_11_2  -1  cut_11_7_2  1
    x_11_2  cut_8_11_2  -1  cut_11_8_2  1
    x_11_2  cut_9_11_2  -1  cut_11_9_2  1
    x_11_2  cut_11_12_2  1  cut_12_11_2  -1
    x_11_2  cut_11_16_2  1  cut_16_11_2  -1
    x_11_2  cut_11_25_2  1  cut_25_11_2  -1
    x_11_2  cut_11_26_2  1  cut_26_11_2  -1
    x_11_2  cut_11_27_2  1  cut_27_11_2  -1
    x_11_3  assign_11  1  size_3  1
    x_11_3  cut_1_11_3  -1  cut_11_1_3  1
    x_11_3  cut_2_11_3  -1  cut_11_2_3  1
    x_11_3  cut_3_11_3  -1  cut_11_3_3  1
    x_11_3  cut_7_11_3  -1  cut_11_7_3  1
    x_11_3  cut_8_11_3  -1  cut_11_8_3  1
    x_11_3  cut_9_11_3  -1  cut_11_9_3  1
    x_11_3  cut_11_12_3  1  cut_12_11_3  -1
    x_11_3  cut_11_16_3  1  cut_16_11_3  -1
    x_11_3  cut_11_25_3  1  cut_25_11_3  -1
    x_11_3  cut_11_26_3  1  cut_26_11_3  -1
    x_11_3  cut_11_27_3  1  cut_27_11_3  -1
    x_11_4  assign_11  1  size_4  1
    x_11_4  cut_1_11_4  -1  cut_11_1_4  1
    x_11_4  cut_2_11_4  -1  cut_11_2_4  1
    x_11_4  cut_3_11_4  -1  cut_11_3_4  1
    x_11_4  cut_7_11_4  -1  cut_11_7_4  1
    x_11_4  cut_8_11_4  -1  cut_11_8_4  1
    x_11_4  cut_9_11_4  -1  cut_11_9_4  1
    x_11_4  cut_11_12_4  1  cut_12_11_4  -1
    x_11_4  cut_11_16_4  1  cut_16_11_4  -1
    x_11_4  cut_11_25_4  1  cut_25_11_4  -1
    x_11_4  cut_11_26_4  1  cut_26_11_4  -1
    x_11_4  cut_11_27_4  1  cut_27_11_4  -1
    x_12_0  assign_12  1  size_0  1
    x_12_0  cut_3_12_0  -1  cut_12_3_0  1
    x_12_0  cut_6_12_0  -1  cut_12_6_0  1
    x_12_0  cut_9_12_0  -1  cut_12_9_0  1
    x_12_0  cut_11_12_0  -1  cut_12_11_0  1
    x_12_0  cut_12_13_0  1  cut_13_12_0  -1
    x_12_0  cut_12_15_0  1  cut_15_12_0  -1
    x_12_0  cut_12_16_0  1  cut_16_12_0  -1
    x_12_0  cut_12_18_0  1  cut_18_12_0  -1
    x_12_0  cut_12_22_0  1  cut_22_12_0  -1
    x_12_0  cut_12_25_0  1  cut_25_12_0  -1
    x_12_0  cut_12_27_0  1  cut_27_12_0  -1
    x_12_0  cut_12_29_0  1  cut_29_12_0  -1
    x_12_1  assign_12  1  size_1  1
    x_12_1  cut_3_12_1  -1  cut_12_3_1  1
    x_12_1  cut_6_12_1  -1  cut_12_6_1  1
    x_12_1  cut_9_12_1  -1  cut_12_9_1  1
    x_12_1  cut_11_12_1  -1  cut_12_11_1  1
    x_12_1  cut_12_13_1  1  cut_13_12_1  -1
    x_12_1  cut_12_15_1  1  cut_15_12_1  -1
    x_12_1  cut_12_16_1  1  cut_16_12_1  -1
    x_12_1  cut_12_18_1  1  cut_18_12_1  -1
    x_12_1  cut_12_22_1  1  cut_22_12_1  -1
    x_12_1  cut_12_25_1  1  cut_25_12_1  -1
    x_12_1  cut_12_27_1  1  cut_27_12_1  -1
    x_12_1  cut_12_29_1  1  cut_29_12_1  -1
    x_12_2  assign_12  1  size_2  1
    x_12_2  cut_3_12_2  -1  cut_12_3_2  1
    x_12_2  cut_6_12_2  -1  cut_12_6_2  1
    x_12_2  cut_9_12_2  -1  cut_12_9_2  1
    x_12_2  cut_11_12_2  -1  cut_12_11_2  1
    x_12_2  cut_12_13_2  1  cut_13_12_2  -1
    x_12_2  cut_12_15_2  1  cut_15_12_2  -1
    x_12_2  cut_12_16_2  1  cut_16_12_2  -1
    x_12_2  cut_12_18_2  1  cut_18_12_2  -1
    x_12_2  cut_12_22_2  1  cut_22_12_2  -1
    x_12_2  cut_12_25_2  1  cut_25_12_2  -1
    x_12_2  cut_12_27_2  1  cut_27_12_2  -1
    x_12_2  cut_12_29_2  1  cut_29_12_2  -1
    x_12_3  assign_12  1  size_3  1
    x_12_3  cut_3_12_3  -1  cut_12_3_3  1
    x_12_3  cut_6_12_3  -1  cut_12_6_3  1
    x_12_3  cut_9_12_3  -1  cut_12_9_3  1
    x_12_3  cut_11_12_3  -1  cut_12_11_3  1
    x_12_3  cut_12_13_3  1  cut_13_12_3  -1
    x_12_3  cut_12_15_3  1  cut_15_12_3  -1
    x_12_3  cut_12_16_3  1  cut_16_12_3  -1
    x_12_3  cut_12_18_3  1  cut_18_12_3  -1
    x_12_3  cut_12_22_3  1  cut_22_12_3  -1
    x_12_3  cut_12_25_3  1  cut_25_12_3  -1
    x_12_3  cut_12_27_3  1  cut_27_12_3  -1
    x_12_3  cut_12_29_3  1  cut_29_12_3  -1
    x_12_4  assign_12  1  size_4  1
    x_12_4  cut_3_12_4  -1  cut_12_3_4  1
    x_12_4  cut_6_12_4  -1  cut_12_6_4  1
    x_12_4  cut_9_12_4  -1  cut_12_9_4  1
    x_12_4  cut_11_12_4  -1  cut_12_11_4  1
    x_12_4  cut_12_13_4  1  cut_13_12_4  -1
    x_12_4  cut_12_15_4  1  cut_15_12_4  -1
    x_12_4  cut_12_16_4  1  cut_16_12_4  -1
    x_12_4  cut_12_18_4  1  cut_18_12_4  -1
    x_12_4  cut_12_22_4  1  cut_22_12_4  -1
    x_12_4  cut_12_25_4  1  cut_25_12_4  -1
    x_12_4  cut_12_27_4  1  cut_27_12_4  -1
    x_12_4  cut_12_29_4  1  cut_29_12_4  -1
    x_13_0  assign_13  1  size_0  1
    x_13_0  cut_0_13_0  -1  cut_13_0_0  1
    x_13_0  cut_3_13_0  -1  cut_13_3_0  1
    x_13_0  cut_7_13_0  -1  cut_13_7_0  1
    x_13_0  cut_12_13_0  -1  cut_13_12_0  1
    x_13_0  cut_13_17_0  1  cut_17_13_0  -1
    x_13_0  cut_13_18_0  1  cut_18_13_0  -1
    x_13_0  cut_13_21_0  1  cut_21_13_0  -1
    x_13_0  cut_13_24_0  1  cut_24_13_0  -1
    x_13_0  cut_13_25_0  1  cut_25_13_0  -1
    x_13_0  cut_13_27_0  1  cut_27_13_0  -1
    x_13_0  cut_13_28_0  1  cut_28_13_0  -1
    x_13_1  assign_13  1  size_1  1
    x_13_1  cut_0_13_1  -1  cut_13_0_1  1
    x_13_1  cut_3_13_1  -1  cut_13_3_1  1
    x_13_1  cut_7_13_1  -1  cut_13_7_1  1
    x_13_1  cut_12_13_1  -1  cut_13_12_1  1
    x_13_1  cut_13_17_1  1  cut_17_13_1  -1
    x_13_1  cut_13_18_1  1  cut_18_13_1  -1
    x_13_1  cut_13_21_1  1  cut_21_13_1  -1
    x_13_1  cut_13_24_1  1  cut_24_13_1  -1
    x_13_1  cut_13_25_1  1  cut_25_13_1  -1
    x_13_1  cut_13_27_1  1  cut_27_13_1  -1
    x_13_1  cut_13_28_1  1  cut_28_13_1  -1
    x_13_2  assign_13  1  size_2  1
    x_13_2  cut_0_13_2  -1  cut_13_0_2  1
    x_13_2  cut_3_13_2  -1  cut_13_3_2  1
    x_13_2  cut_7_13_2  -1  cut_13_7_2  1
    x_13_2  cut_12_13_2  -1  cut_13_12_2  1
    x_13_2  cut_13_17_2  1  cut_17_13_2  -1
    x_13_2  cut_13_18_2  1  cut_18_13_2  -1
    x_13_2  cut_13_21_2  1  cut_21_13_2  -1
    x_13_2  cut_13_24_2  1  cut_24_13_2  -1
    x_13_2  cut_13_25_2  1  cut_25_13_2  -1
    x_13_2  cut_13_27_2  1  cut_27_13_2  -1
    x_13_2  cut_13_28_2  1  cut_28_13_2  -1
    x_13_3  assign_13  1  size_3  1
    x_13_3  cut_0_13_3  -1  cut_13_0_3  1
    x_13_3  cut_3_13_3  -1  cut_13_3_3  1
    x_13_3  cut_7_13_3  -1  cut_13_7_3  1
    x_13_3  cut_12_13_3  -1  cut_13_12_3  1
    x_13_3  cut_13_17_3  1  cut_17_13_3  -1
    x_13_3  cut_13_18_3  1  cut_18_13_3  -1
    x_13_3  cut_13_21_3  1  cut_21_13_3  -1
    x_13_3  cut_13_24_3  1  cut_24_13_3  -1
    x_13_3  cut_13_25_3  1  cut_25_13_3  -1
    x_13_3  cut_13_27_3  1  cut_27_13_3  -1
    x_13_3  cut_13_28_3  1  cut_28_13_3  -1
    x_13_4  assign_13  1  size_4  1
    x_13_4  cut_0_13_4  -1  cut_13_0_4  1
    x_13_4  cut_3_13_4  -1  cut_13_3_4  1
    x_13_4  cut_7_13_4  -1  cut_13_7_4  1
    x_13_4  cut_12_13_4  -1  cut_13_12_4  1
    x_13_4  cut_13_17_4  1  cut_17_13_4  -1
    x_13_4  cut_13_18_4  1  cut_18_13_4  -1
    x_13_4  cut_13_21_4  1  cut_21_13_4  -1
    x_13_4  cut_13_24_4  1  cut_24_13_4  -1
    x_13_4  cut_13_25_4  1  cut_25_13_4  -1
    x_13_4  cut_13_27_4  1  cut_27_13_4  -1
    x_13_4  cut_13_28_4  1  cut_28_13_4  -1
    x_14_0  assign_14  1  size_0  1
    x_14_0  cut_0_14_0  -1  cut_14_0_0  1
    x_14_0  cut_7_14_0  -1  cut_14_7_0  1
    x_14_0  cut_14_15_0  1  cut_15_14_0  -1
    x_14_0  cut_14_16_0  1  cut_16_14_0  -1
    x_14_0  cut_14_18_0  1  cut_18_14_0  -1
    x_14_0  cut_14_22_0  1  cut_22_14_0  -1
    x_14_0  cut_14_27_0  1  cut_27_14_0  -1
    x_14_0  cut_14_28_0  1  cut_28_14_0  -1
    x_14_1  assign_14  1  size_1  1
    x_14_1  cut_0_14_1  -1  cut_14_0_1  1
    x_14_1  cut_7_14_1  -1  cut_14_7_1  1
    x_14_1  cut_14_15_1  1  cut_15_14_1  -1
    x_14_1  cut_14_16_1  1  cut_16_14_1  -1
    x_14_1  cut_14_18_1  1  cut_18_14_1  -1
    x_14_1  cut_14_22_1  1  cut_22_14_1  -1
    x_14_1  cut_14_27_1  1  cut_27_14_1  -1
    x_14_1  cut_14_28_1  1  cut_28_14_1  -1
    x_14_2  assign_14  1  size_2  1
    x_14_2  cut_0_14_2  -1  cut_14_0_2  1
    x_14_2  cut_7_14_2  -1  cut_14_7_2  1
    x_14_2  cut_14_15_2  1  cut_15_14_2  -1
    x_14_2  cut_14_16_2  1  cut_16_14_2  -1
    x_14_2  cut_14_18_2  1  cut_18_14_2  -1
    x_14_2  cut_14_22_2  1  cut_22_14_2  -1
    x_14_2  cut_14_27_2  1  cut_27_14_2  -1
    x_14_2  cut_14_28_2  1  cut_28_14_2  -1
    x_14_3  assign_14  1  size_3  1
    x_14_3  cut_0_14_3  -1  cut_14_0_3  1
    x_14_3  cut_7_14_3  -1  cut_14_7_3  1
    x_14_3  cut_14_15_3  1  cut_15_14_3  -1
    x_14_3  cut_14_16_3  1  cut_16_14_3  -1
    x_14_3  cut_14_18_3  1  cut_18_14_3  -1
    x_14_3  cut_14_22_3  1  cut_22_14_3  -1
    x_14_3  cut_14_27_3  1  cut_27_14_3  -1
    x_14_3  cut_14_28_3  1  cut_28_14_3  -1
    x_14_4  assign_14  1  size_4  1
    x_14_4  cut_0_14_4  -1  cut_14_0_4  1
    x_14_4  cut_7_14_4  -1  cut_14_7_4  1
    x_14_4  cut_14_15_4  1  cut_15_14_4  -1
    x_14_4  cut_14_16_4  1  cut_16_14_4  -1
    x_14_4  cut_14_18_4  1  cut_18_14_4  -1
    x_14_4  cut_14_22_4  1  cut_22_14_4  -1
    x_14_4  cut_14_27_4  1  cut_27_14_4  -1
    x_14_4  cut_14_28_4  1  cut_28_14_4  -1
    x_15_0  assign_15  1  size_0  1
    x_15_0  cut_2_15_0  -1  cut_15_2_0  1
    x_15_0  cut_4_15_0  -1  cut_15_4_0  1
    x_15_0  cut_7_15_0  -1  cut_15_7_0  1
    x_15_0  cut_12_15_0  -1  cut_15_12_0  1
    x_15_0  cut_14_15_0  -1  cut_15_14_0  1
    x_15_0  cut_15_17_0  1  cut_17_15_0  -1
    x_15_0  cut_15_25_0  1  cut_25_15_0  -1
    x_15_0  cut_15_26_0  1  cut_26_15_0  -1
    x_15_0  cut_15_27_0  1  cut_27_15_0  -1
    x_15_0  cut_15_29_0  1  cut_29_15_0  -1
    x_15_1  assign_15  1  size_1  1
    x_15_1  cut_2_15_1  -1  cut_15_2_1  1
    x_15_1  cut_4_15_1  -1  cut_15_4_1  1
    x_15_1  cut_7_15_1  -1  cut_15_7_1  1
    x_15_1  cut_12_15_1  -1  cut_15_12_1  1
    x_15_1  cut_14_15_1  -1  cut_15_14_1  1
    x_15_1  cut_15_17_1  1  cut_17_15_1  -1
    x_15_1  cut_15_25_1  1  cut_25_15_1  -1
    x_15_1  cut_15_26_1  1  cut_26_15_1  -1
    x_15_1  cut_15_27_1  1  cut_27_15_1  -1
    x_15_1  cut_15_29_1  1  cut_29_15_1  -1
    x_15_2  assign_15  1  size_2  1
    x_15_2  cut_2_15_2  -1  cut_15_2_2  1
    x_15_2  cut_4_15_2  -1  cut_15_4_2  1
    x_15_2  cut_7_15_2  -1  cut_15_7_2  1
    x_15_2  cut_12_15_2  -1  cut_15_12_2  1
    x_15_2  cut_14_15_2  -1  cut_15_14_2  1
    x_15_2  cut_15_17_2  1  cut_17_15_2  -1
    x_15_2  cut_15_25_2  1  cut_25_15_2  -1
    x_15_2  cut_15_26_2  1  cut_26_15_2  -1
    x_15_2  cut_15_27_2  1  cut_27_15_2  -1
    x_15_2  cut_15_29_2  1  cut_29_15_2  -1
    x_15_3  assign_15  1  size_3  1
    x_15_3  cut_2_15_3  -1  cut_15_2_3  1
    x_15_3  cut_4_15_3  -1  cut_15_4_3  1
    x_15_3  cut_7_15_3  -1  cut_15_7_3  1
    x_15_3  cut_12_15_3  -1  cut_15_12_3  1
    x_15_3  cut_14_15_3  -1  cut_15_14_3  1
    x_15_3  cut_15_17_3  1  cut_17_15_3  -1
    x_15_3  cut_15_25_3  1  cut_25_15_3  -1
    x_15_3  cut_15_26_3  1  cut_26_15_3  -1
    x_15_3  cut_15_27_3  1  cut_27_15_3  -1
    x_15_3  cut_15_29_3  1  cut_29_15_3  -1
    x_15_4  assign_15  1  size_4  1
    x_15_4  cut_2_15_4  -1  cut_15_2_4  1
    x_15_4  cut_4_15_4  -1  cut_15_4_4  1
    x_15_4  cut_7_15_4  -1  cut_15_7_4  1
    x_15_4  cut_12_15_4  -1  cut_15_12_4  1
    x_15_4  cut_14_15_4  -1  cut_15_14_4  1
    x_15_4  cut_15_17_4  1  cut_17_15_4  -1
    x_15_4  cut_15_25_4  1  cut_25_15_4  -1
    x_15_4  cut_15_26_4  1  cut_26_15_4  -1
    x_15_4  cut_15_27_4  1  cut_27_15_4  -1
    x_15_4  cut_15_29_4  1  cut_29_15_4  -1
    x_16_0  assign_16  1  size_0  1
    x_16_0  cut_0_16_0  -1  cut_16_0_0  1
    x_16_0  cut_6_16_0  -1  cut_16_6_0  1
    x_16_0  cut_7_16_0  -1  cut_16_7_0  1
    x_16_0  cut_8_16_0  -1  cut_16_8_0  1
    x_16_0  cut_11_16_0  -1  cut_16_11_0  1
    x_16_0  cut_12_16_0  -1  cut_16_12_0  1
    x_16_0  cut_14_16_0  -1  cut_16_14_0  1
    x_16_0  cut_16_17_0  1  cut_17_16_0  -1
    x_16_0  cut_16_25_0  1  cut_25_16_0  -1
    x_16_0  cut_16_27_0  1  cut_27_16_0  -1
    x_16_0  cut_16_28_0  1  cut_28_16_0  -1
    x_16_1  assign_16  1  size_1  1
    x_16_1  cut_0_16_1  -1  cut_16_0_1  1
    x_16_1  cut_6_16_1  -1  cut_16_6_1  1
    x_16_1  cut_7_16_1  -1  cut_16_7_1  1
    x_16_1  cut_8_16_1  -1  cut_16_8_1  1
    x_16_1  cut_11_16_1  -1  cut_16_11_1  1
    x_16_1  cut_12_16_1  -1  cut_16_12_1  1
    x_16_1  cut_14_16_1  -1  cut_16_14_1  1
    x_16_1  cut_16_17_1  1  cut_17_16_1  -1
    x_16_1  cut_16_25_1  1  cut_25_16_1  -1
    x_16_1  cut_16_27_1  1  cut_27_16_1  -1
    x_16_1  cut_16_28_1  1  cut_28_16_1  -1
    x_16_2  assign_16  1  size_2  1
    x_16_2  cut_0_16_2  -1  cut_16_0_2  1
    x_16_2  cut_6_16_2  -1  cut_16_6_2  1
    x_16_2  cut_7_16_2  -1  cut_16_7_2  1
    x_16_2  cut_8_16_2  -1  cut_16_8_2  1
    x_16_2  cut_11_16_2  -1  cut_16_11_2  1
    x_16_2  cut_12_16_2  -1  cut_16_12_2  1
    x_16_2  cut_14_16_2  -1  cut_16_14_2  1
    x_16_2  cut_16_17_2  1  cut_17_16_2  -1
    x_16_2  cut_16_25_2  1  cut_25_16_2  -1
    x_16_2  cut_16_27_2  1  cut_27_16_2  -1
    x_16_2  cut_16_28_2  1  cut_28_16_2  -1
    x_16_3  assign_16  1  size_3  1
    x_16_3  cut_0_16_3  -1  cut_16_0_3  1
    x_16_3  cut_6_16_3  -1  cut_16_6_3  1
    x_16_3  cut_7_16_3  -1  cut_16_7_3  1
    x_16_3  cut_8_16_3  -1  cut_16_8_3  1
    x_16_3  cut_11_16_3  -1  cut_16_11_3  1
    x_16_3  cut_12_16_3  -1  cut_16_12_3  1
    x_16_3  cut_14_16_3  -1  cut_16_14_3  1
    x_16_3  cut_16_17_3  1  cut_17_16_3  -1
    x_16_3  cut_16_25_3  1  cut_25_16_3  -1
    x_16_3  cut_16_27_3  1  cut_27_16_3  -1
    x_16_3  cut_16_28_3  1  cut_28_16_3  -1
    x_16_4  assign_16  1  size_4  1
    x_16_4  cut_0_16_4  -1  cut_16_0_4  1
    x_16_4  cut_6_16_4  -1  cut_16_6_4  1
    x_16_4  cut_7_16_4  -1  cut_16_7_4  1
    x_16_4  cut_8_16_4  -1  cut_16_8_4  1
    x_16_4  cut_11_16_4  -1  cut_16_11_4  1
    x_16_4  cut_12_16_4  -1  cut_16_12_4  1
    x_16_4  cut_14_16_4  -1  cut_16_14_4  1
    x_16_4  cut_16_17_4  1  cut_17_16_4  -1
    x_16_4  cut_16_25_4  1  cut_25_16_4  -1
    x_16_4  cut_16_27_4  1  cut_27_16_4  -1
    x_16_4  cut_16_28_4  1  cut_28_16_4  -1
    x_17_0  assign_17  1  size_0  1
    x_17_0  cut_2_17_0  -1  cut_17_2_0  1
    x_17_0  cut_8_17_0  -1  cut_17_8_0  1
    x_17_0  cut_13_17_0  -1  cut_17_13_0  1
    x_17_0  cut_15_17_0  -1  cut_17_15_0  1
    x_17_0  cut_16_17_0  -1  cut_17_16_0  1
    x_17_0  cut_17_19_0  1  cut_19_17_0  -1
    x_17_0  cut_17_20_0  1  cut_20_17_0  -1
    x_17_0  cut_17_24_0  1  cut_24_17_0  -1
    x_17_0  cut_17_26_0  1  cut_26_17_0  -1
    x_17_1  assign_17  1  size_1  1
    x_17_1  cut_2_17_1  -1  cut_17_2_1  1
    x_17_1  cut_8_17_1  -1  cut_17_8_1  1
    x_17_1  cut_13_17_1  -1  cut_17_13_1  1
    x_17_1  cut_15_17_1  -1  cut_17_15_1  1
    x_17_1  cut_16_17_1  -1  cut_17_16_1  1
    x_17_1  cut_17_19_1  1  cut_19_17_1  -1
    x_17_1  cut_17_20_1  1  cut_20_17_1  -1
    x_17_1  cut_17_24_1  1  cut_24_17_1  -1
    x_17_1  cut_17_26_1  1  cut_26_17_1  -1
    x_17_2  assign_17  1  size_2  1
    x_17_2  cut_2_17_2  -1  cut_17_2_2  1
    x_17_2  cut_8_17_2  -1  cut_17_8_2  1
    x_17_2  cut_13_17_2  -1  cut_17_13_2  1
    x_17_2  cut_15_17_2  -1  cut_17_15_2  1
    x_17_2  cut_16_17_2  -1  cut_17_16_2  1
    x_17_2  cut_17_19_2  1  cut_19_17_2  -1
    x_17_2  cut_17_20_2  1  cut_20_17_2  -1
    x_17_2  cut_17_24_2  1  cut_24_17_2  -1
    x_17_2  cut_17_26_2  1  cut_26_17_2  -1
    x_17_3  assign_17  1  size_3  1
    x_17_3  cut_2_17_3  -1  cut_17_2_3  1
    x_17_3  cut_8_17_3  -1  cut_17_8_3  1
    x_17_3  cut_13_17_3  -1  cut_17_13_3  1
    x_17_3  cut_15_17_3  -1  cut_17_15_3  1
    x_17_3  cut_16_17_3  -1  cut_17_16_3  1
    x_17_3  cut_17_19_3  1  cut_19_17_3  -1
    x_17_3  cut_17_20_3  1  cut_20_17_3  -1
    x_17_3  cut_17_24_3  1  cut_24_17_3  -1
    x_17_3  cut_17_26_3  1  cut_26_17_3  -1
    x_17_4  assign_17  1  size_4  1
    x_17_4  cut_2_17_4  -1  cut_17_2_4  1
    x_17_4  cut_8_17_4  -1  cut_17_8_4  1
    x_17_4  cut_13_17_4  -1  cut_17_13_4  1
    x_17_4  cut_15_17_4  -1  cut_17_15_4  1
    x_17_4  cut_16_17_4  -1  cut_17_16_4  1
    x_17_4  cut_17_19_4  1  cut_19_17_4  -1
    x_17_4  cut_17_20_4  1  cut_20_17_4  -1
    x_17_4  cut_17_24_4  1  cut_24_17_4  -1
    x_17_4  cut_17_26_4  1  cut_26_17_4  -1
    x_18_0  assign_18  1  size_0  1
    x_18_0  cut_12_18_0  -1  cut_18_12_0  1
    x_18_0  cut_13_18_0  -1  cut_18_13_0  1
    x_18_0  cut_14_18_0  -1  cut_18_14_0  1
    x_18_0  cut_18_24_0  1  cut_24_18_0  -1
    x_18_0  cut_18_26_0  1  cut_26_18_0  -1
    x_18_0  cut_18_29_0  1  cut_29_18_0  -1
    x_18_1  assign_18  1  size_1  1
    x_18_1  cut_12_18_1  -1  cut_18_12_1  1
    x_18_1  cut_13_18_1  -1  cut_18_13_1  1
    x_18_1  cut_14_18_1  -1  cut_18_14_1  1
    x_18_1  cut_18_24_1  1  cut_24_18_1  -1
    x_18_1  cut_18_26_1  1  cut_26_18_1  -1
    x_18_1  cut_18_29_1  1  cut_29_18_1  -1
    x_18_2  assign_18  1  size_2  1
    x_18_2  cut_12_18_2  -1  cut_18_12_2  1
    x_18_2  cut_13_18_2  -1  cut_18_13_2  1
    x_18_2  cut_14_18_2  -1  cut_18_14_2  1
    x_18_2  cut_18_24_2  1  cut_24_18_2  -1
    x_18_2  cut_18_26_2  1  cut_26_18_2  -1
    x_18_2  cut_18_29_2  1  cut_29_18_2  -1
    x_18_3  assign_18  1  size_3  1
    x_18_3  cut_12_18_3  -1  cut_18_12_3  1
    x_18_3  cut_13_18_3  -1  cut_18_13_3  1
    x_18_3  cut_14_18_3  -1  cut_18_14_3  1
    x_18_3  cut_18_24_3  1  cut_24_18_3  -1
    x_18_3  cut_18_26_3  1  cut_26_18_3  -1
    x_18_3  cut_18_29_3  1  cut_29_18_3  -1
    x_18_4  assign_18  1  size_4  1
    x_18_4  cut_12_18_4  -1  cut_18_12_4  1
    x_18_4  cut_13_18_4  -1  cut_18_13_4  1
    x_18_4  cut_14_18_4  -1  cut_18_14_4  1
    x_18_4  cut_18_24_4  1  cut_24_18_4  -1
    x_18_4  cut_18_26_4  1  cut_26_18_4  -1
    x_18_4  cut_18_29_4  1  cut_29_18_4  -1
    x_19_0  assign_19  1  size_0  1
    x_19_0  cut_3_19_0  -1  cut_19_3_0  1
    x_19_0  cut_6_19_0  -1  cut_19_6_0  1
    x_19_0  cut_8_19_0  -1  cut_19_8_0  1
    x_19_0  cut_17_19_0  -1  cut_19_17_0  1
    x_19_0  cut_19_21_0  1  cut_21_19_0  -1
    x_19_0  cut_19_22_0  1  cut_22_19_0  -1
    x_19_0  cut_19_26_0  1  cut_26_19_0  -1
    x_19_0  cut_19_27_0  1  cut_27_19_0  -1
    x_19_1  assign_19  1  size_1  1
    x_19_1  cut_3_19_1  -1  cut_19_3_1  1
    x_19_1  cut_6_19_1  -1  cut_19_6_1  1
    x_19_1  cut_8_19_1  -1  cut_19_8_1  1
    x_19_1  cut_17_19_1  -1  cut_19_17_1  1
    x_19_1  cut_19_21_1  1  cut_21_19_1  -1
    x_19_1  cut_19_22_1  1  cut_22_19_1  -1
    x_19_1  cut_19_26_1  1  cut_26_19_1  -1
    x_19_1  cut_19_27_1  1  cut_27_19_1  -1
    x_19_2  assign_19  1  size_2  1
    x_19_2  cut_3_19_2  -1  cut_19_3_2  1
    x_19_2  cut_6_19_2  -1  cut_19_6_2  1
    x_19_2  cut_8_19_2  -1  cut_19_8_2  1
    x_19_2  cut_17_19_2  -1  cut_19_17_2  1
    x_19_2  cut_19_21_2  1  cut_21_19_2  -1
    x_19_2  cut_19_22_2  1  cut_22_19_2  -1
    x_19_2  cut_19_26_2  1  cut_26_19_2  -1
    x_19_2  cut_19_27_2  1  cut_27_19_2  -1
    x_19_3  assign_19  1  size_3  1
    x_19_3  cut_3_19_3  -1  cut_19_3_3  1
    x_19_3  cut_6_19_3  -1  cut_19_6_3  1
    x_19_3  cut_8_19_3  -1  cut_19_8_3  1
    x_19_3  cut_17_19_3  -1  cut_19_17_3  1
    x_19_3  cut_19_21_3  1  cut_21_19_3  -1
    x_19_3  cut_19_22_3  1  cut_22_19_3  -1
    x_19_3  cut_19_26_3  1  cut_26_19_3  -1
    x_19_3  cut_19_27_3  1  cut_27_19_3  -1
    x_19_4  assign_19  1  size_4  1
    x_19_4  cut_3_19_4  -1  cut_19_3_4  1
    x_19_4  cut_6_19_4  -1  cut_19_6_4  1
    x_19_4  cut_8_19_4  -1  cut_19_8_4  1
    x_19_4  cut_17_19_4  -1  cut_19_17_4  1
    x_19_4  cut_19_21_4  1  cut_21_19_4  -1
    x_19_4  cut_19_22_4  1  cut_22_19_4  -1
    x_19_4  cut_19_26_4  1  cut_26_19_4  -1
    x_19_4  cut_19_27_4  1  cut_27_19_4  -1
    x_20_0  assign_20  1  size_0  1
    x_20_0  cut_0_20_0  -1  cut_20_0_0  1
    x_20_0  cut_2_20_0  -1  cut_20_2_0  1
    x_20_0  cut_4_20_0  -1  cut_20_4_0  1
    x_20_0  cut_5_20_0  -1  cut_20_5_0  1
    x_20_0  cut_6_20_0  -1  cut_20_6_0  1
    x_20_0  cut_17_20_0  -1  cut_20_17_0  1
    x_20_0  cut_20_21_0  1  cut_21_20_0  -1
    x_20_0  cut_20_22_0  1  cut_22_20_0  -1
    x_20_1  assign_20  1  size_1  1
    x_20_1  cut_0_20_1  -1  cut_20_0_1  1
    x_20_1  cut_2_20_1  -1  cut_20_2_1  1
    x_20_1  cut_4_20_1  -1  cut_20_4_1  1
    x_20_1  cut_5_20_1  -1  cut_20_5_1  1
    x_20_1  cut_6_20_1  -1  cut_20_6_1  1
    x_20_1  cut_17_20_1  -1  cut_20_17_1  1
    x_20_1  cut_20_21_1  1  cut_21_20_1  -1
    x_20_1  cut_20_22_1  1  cut_22_20_1  -1
    x_20_2  assign_20  1  size_2  1
    x_20_2  cut_0_20_2  -1  cut_20_0_2  1
    x_20_2  cut_2_20_2  -1  cut_20_2_2  1
    x_20_2  cut_4_20_2  -1  cut_20_4_2  1
    x_20_2  cut_5_20_2  -1  cut_20_5_2  1
    x_20_2  cut_6_20_2  -1  cut_20_6_2  1
    x_20_2  cut_17_20_2  -1  cut_20_17_2  1
    x_20_2  cut_20_21_2  1  cut_21_20_2  -1
    x_20_2  cut_20_22_2  1  cut_22_20_2  -1
    x_20_3  assign_20  1  size_3  1
    x_20_3  cut_0_20_3  -1  cut_20_0_3  1
    x_20_3  cut_2_20_3  -1  cut_20_2_3  1
    x_20_3  cut_4_20_3  -1  cut_20_4_3  1
    x_20_3  cut_5_20_3  -1  cut_20_5_3  1
    x_20_3  cut_6_20_3  -1  cut_20_6_3  1
    x_20_3  cut_17_20_3  -1  cut_20_17_3  1
    x_20_3  cut_20_21_3  1  cut_21_20_3  -1
    x_20_3  cut_20_22_3  1  cut_22_20_3  -1
    x_20_4  assign_20  1  size_4  1
    x_20_4  cut_0_20_4  -1  cut_20_0_4  1
    x_20_4  cut_2_20_4  -1  cut_20_2_4  1
    x_20_4  cut_4_20_4  -1  cut_20_4_4  1
    x_20_4  cut_5_20_4  -1  cut_20_5_4  1
    x_20_4  cut_6_20_4  -1  cut_20_6_4  1
    x_20_4  cut_17_20_4  -1  cut_20_17_4  1
    x_20_4  cut_20_21_4  1  cut_21_20_4  -1
    x_20_4  cut_20_22_4  1  cut_22_20_4  -1
    x_21_0  assign_21  1  size_0  1
    x_21_0  cut_1_21_0  -1  cut_21_1_0  1
    x_21_0  cut_4_21_0  -1  cut_21_4_0  1
    x_21_0  cut_7_21_0  -1  cut_21_7_0  1
    x_21_0  cut_9_21_0  -1  cut_21_9_0  1
    x_21_0  cut_10_21_0  -1  cut_21_10_0  1
    x_21_0  cut_13_21_0  -1  cut_21_13_0  1
    x_21_0  cut_19_21_0  -1  cut_21_19_0  1
    x_21_0  cut_20_21_0  -1  cut_21_20_0  1
    x_21_0  cut_21_23_0  1  cut_23_21_0  -1
    x_21_0  cut_21_25_0  1  cut_25_21_0  -1
    x_21_0  cut_21_27_0  1  cut_27_21_0  -1
    x_21_0  cut_21_28_0  1  cut_28_21_0  -1
    x_21_1  assign_21  1  size_1  1
    x_21_1  cut_1_21_1  -1  cut_21_1_1  1
    x_21_1  cut_4_21_1  -1  cut_21_4_1  1
    x_21_1  cut_7_21_1  -1  cut_21_7_1  1
    x_21_1  cut_9_21_1  -1  cut_21_9_1  1
    x_21_1  cut_10_21_1  -1  cut_21_10_1  1
    x_21_1  cut_13_21_1  -1  cut_21_13_1  1
    x_21_1  cut_19_21_1  -1  cut_21_19_1  1
    x_21_1  cut_20_21_1  -1  cut_21_20_1  1
    x_21_1  cut_21_23_1  1  cut_23_21_1  -1
    x_21_1  cut_21_25_1  1  cut_25_21_1  -1
    x_21_1  cut_21_27_1  1  cut_27_21_1  -1
    x_21_1  cut_21_28_1  1  cut_28_21_1  -1
    x_21_2  assign_21  1  size_2  1
    x_21_2  cut_1_21_2  -1  cut_21_1_2  1
    x_21_2  cut_4_21_2  -1  cut_21_4_2  1
    x_21_2  cut_7_21_2  -1  cut_21_7_2  1
    x_21_2  cut_9_21_2  -1  cut_21_9_2  1
    x_21_2  cut_10_21_2  -1  cut_21_10_2  1
    x_21_2  cut_13_21_2  -1  cut_21_13_2  1
    x_21_2  cut_19_21_2  -1  cut_21_19_2  1
    x_21_2  cut_20_21_2  -1  cut_21_20_2  1
    x_21_2  cut_21_23_2  1  cut_23_21_2  -1
    x_21_2  cut_21_25_2  1  cut_25_21_2  -1
    x_21_2  cut_21_27_2  1  cut_27_21_2  -1
    x_21_2  cut_21_28_2  1  cut_28_21_2  -1
    x_21_3  assign_21  1  size_3  1
    x_21_3  cut_1_21_3  -1  cut_21_1_3  1
    x_21_3  cut_4_21_3  -1  cut_21_4_3  1
    x_21_3  cut_7_21_3  -1  cut_21_7_3  1
    x_21_3  cut_9_21_3  -1  cut_21_9_3  1
    x_21_3  cut_10_21_3  -1  cut_21_10_3  1
    x_21_3  cut_13_21_3  -1  cut_21_13_3  1
    x_21_3  cut_19_21_3  -1  cut_21_19_3  1
    x_21_3  cut_20_21_3  -1  cut_21_20_3  1
    x_21_3  cut_21_23_3  1  cut_23_21_3  -1
    x_21_3  cut_21_25_3  1  cut_25_21_3  -1
    x_21_3  cut_21_27_3  1  cut_27_21_3  -1
    x_21_3  cut_21_28_3  1  cut_28_21_3  -1
    x_21_4  assign_21  1  size_4  1
    x_21_4  cut_1_21_4  -1  cut_21_1_4  1
    x_21_4  cut_4_21_4  -1  cut_21_4_4  1
    x_21_4  cut_7_21_4  -1  cut_21_7_4  1
    x_21_4  cut_9_21_4  -1  cut_21_9_4  1
    x_21_4  cut_10_21_4  -1  cut_21_10_4  1
    x_21_4  cut_13_21_4  -1  cut_21_13_4  1
    x_21_4  cut_19_21_4  -1  cut_21_19_4  1
    x_21_4  cut_20_21_4  -1  cut_21_20_4  1
    x_21_4  cut_21_23_4  1  cut_23_21_4  -1
    x_21_4  cut_21_25_4  1  cut_25_21_4  -1
    x_21_4  cut_21_27_4  1  cut_27_21_4  -1
    x_21_4  cut_21_28_4  1  cut_28_21_4  -1
    x_22_0  assign_22  1  size_0  1
    x_22_0  cut_1_22_0  -1  cut_22_1_0  1
    x_22_0  cut_8_22_0  -1  cut_22_8_0  1
    x_22_0  cut_12_22_0  -1  cut_22_12_0  1
    x_22_0  cut_14_22_0  -1  cut_22_14_0  1
    x_22_0  cut_19_22_0  -1  cut_22_19_0  1
    x_22_0  cut_20_22_0  -1  cut_22_20_0  1
    x_22_0  cut_22_23_0  1  cut_23_22_0  -1
    x_22_0  cut_22_25_0  1  cut_25_22_0  -1
    x_22_0  cut_22_28_0  1  cut_28_22_0  -1
    x_22_1  assign_22  1  size_1  1
    x_22_1  cut_1_22_1  -1  cut_22_1_1  1
    x_22_1  cut_8_22_1  -1  cut_22_8_1  1
    x_22_1  cut_12_22_1  -1  cut_22_12_1  1
    x_22_1  cut_14_22_1  -1  cut_22_14_1  1
    x_22_1  cut_19_22_1  -1  cut_22_19_1  1
    x_22_1  cut_20_22_1  -1  cut_22_20_1  1
    x_22_1  cut_22_23_1  1  cut_23_22_1  -1
    x_22_1  cut_22_25_1  1  cut_25_22_1  -1
    x_22_1  cut_22_28_1  1  cut_28_22_1  -1
    x_22_2  assign_22  1  size_2  1
    x_22_2  cut_1_22_2  -1  cut_22_1_2  1
    x_22_2  cut_8_22_2  -1  cut_22_8_2  1
    x_22_2  cut_12_22_2  -1  cut_22_12_2  1
    x_22_2  cut_14_22_2  -1  cut_22_14_2  1
    x_22_2  cut_19_22_2  -1  cut_22_19_2  1
    x_22_2  cut_20_22_2  -1  cut_22_20_2  1
    x_22_2  cut_22_23_2  1  cut_23_22_2  -1
    x_22_2  cut_22_25_2  1  cut_25_22_2  -1
    x_22_2  cut_22_28_2  1  cut_28_22_2  -1
    x_22_3  assign_22  1  size_3  1
    x_22_3  cut_1_22_3  -1  cut_22_1_3  1
    x_22_3  cut_8_22_3  -1  cut_22_8_3  1
    x_22_3  cut_12_22_3  -1  cut_22_12_3  1
    x_22_3  cut_14_22_3  -1  cut_22_14_3  1
    x_22_3  cut_19_22_3  -1  cut_22_19_3  1
    x_22_3  cut_20_22_3  -1  cut_22_20_3  1
    x_22_3  cut_22_23_3  1  cut_23_22_3  -1
    x_22_3  cut_22_25_3  1  cut_25_22_3  -1
    x_22_3  cut_22_28_3  1  cut_28_22_3  -1
    x_22_4  assign_22  1  size_4  1
    x_22_4  cut_1_22_4  -1  cut_22_1_4  1
    x_22_4  cut_8_22_4  -1  cut_22_8_4  1
    x_22_4  cut_12_22_4  -1  cut_22_12_4  1
    x_22_4  cut_14_22_4  -1  cut_22_14_4  1
    x_22_4  cut_19_22_4  -1  cut_22_19_4  1
    x_22_4  cut_20_22_4  -1  cut_22_20_4  1
    x_22_4  cut_22_23_4  1  cut_23_22_4  -1
    x_22_4  cut_22_25_4  1  cut_25_22_4  -1
    x_22_4  cut_22_28_4  1  cut_28_22_4  -1
    x_23_0  assign_23  1  size_0  1
    x_23_0  cut_2_23_0  -1  cut_23_2_0  1
    x_23_0  cut_4_23_0  -1  cut_23_4_0  1
    x_23_0  cut_9_23_0  -1  cut_23_9_0  1
    x_23_0  cut_21_23_0  -1  cut_23_21_0  1
    x_23_0  cut_22_23_0  -1  cut_23_22_0  1
    x_23_0  cut_23_26_0  1  cut_26_23_0  -1
    x_23_0  cut_23_28_0  1  cut_28_23_0  -1
    x_23_1  assign_23  1  size_1  1
    x_23_1  cut_2_23_1  -1  cut_23_2_1  1
    x_23_1  cut_4_23_1  -1  cut_23_4_1  1
    x_23_1  cut_9_23_1  -1  cut_23_9_1  1
    x_23_1  cut_21_23_1  -1  cut_23_21_1  1
    x_23_1  cut_22_23_1  -1  cut_23_22_1  1
    x_23_1  cut_23_26_1  1  cut_26_23_1  -1
    x_23_1  cut_23_28_1  1  cut_28_23_1  -1
    x_23_2  assign_23  1  size_2  1
    x_23_2  cut_2_23_2  -1  cut_23_2_2  1
    x_23_2  cut_4_23_2  -1  cut_23_4_2  1
    x_23_2  cut_9_23_2  -1  cut_23_9_2  1
    x_23_2  cut_21_23_2  -1  cut_23_21_2  1
    x_23_2  cut_22_23_2  -1  cut_23_22_2  1
    x_23_2  cut_23_26_2  1  cut_26_23_2  -1
    x_23_2  cut_23_28_2  1  cut_28_23_2  -1
    x_23_3  assign_23  1  size_3  1
    x_23_3  cut_2_23_3  -1  cut_23_2_3  1
    x_23_3  cut_4_23_3  -1  cut_23_4_3  1
    x_23_3  cut_9_23_3  -1  cut_23_9_3  1
    x_23_3  cut_21_23_3  -1  cut_23_21_3  1
    x_23_3  cut_22_23_3  -1  cut_23_22_3  1
    x_23_3  cut_23_26_3  1  cut_26_23_3  -1
    x_23_3  cut_23_28_3  1  cut_28_23_3  -1
    x_23_4  assign_23  1  size_4  1
    x_23_4  cut_2_23_4  -1  cut_23_2_4  1
    x_23_4  cut_4_23_4  -1  cut_23_4_4  1
    x_23_4  cut_9_23_4  -1  cut_23_9_4  1
    x_23_4  cut_21_23_4  -1  cut_23_21_4  1
    x_23_4  cut_22_23_4  -1  cut_23_22_4  1
    x_23_4  cut_23_26_4  1  cut_26_23_4  -1
    x_23_4  cut_23_28_4  1  cut_28_23_4  -1
    x_24_0  assign_24  1  size_0  1
    x_24_0  cut_0_24_0  -1  cut_24_0_0  1
    x_24_0  cut_4_24_0  -1  cut_24_4_0  1
    x_24_0  cut_13_24_0  -1  cut_24_13_0  1
    x_24_0  cut_17_24_0  -1  cut_24_17_0  1
    x_24_0  cut_18_24_0  -1  cut_24_18_0  1
    x_24_0  cut_24_26_0  1  cut_26_24_0  -1
    x_24_1  assign_24  1  size_1  1
    x_24_1  cut_0_24_1  -1  cut_24_0_1  1
    x_24_1  cut_4_24_1  -1  cut_24_4_1  1
    x_24_1  cut_13_24_1  -1  cut_24_13_1  1
    x_24_1  cut_17_24_1  -1  cut_24_17_1  1
    x_24_1  cut_18_24_1  -1  cut_24_18_1  1
    x_24_1  cut_24_26_1  1  cut_26_24_1  -1
    x_24_2  assign_24  1  size_2  1
    x_24_2  cut_0_24_2  -1  cut_24_0_2  1
    x_24_2  cut_4_24_2  -1  cut_24_4_2  1
    x_24_2  cut_13_24_2  -1  cut_24_13_2  1
    x_24_2  cut_17_24_2  -1  cut_24_17_2  1
    x_24_2  cut_18_24_2  -1  cut_24_18_2  1
    x_24_2  cut_24_26_2  1  cut_26_24_2  -1
    x_24_3  assign_24  1  size_3  1
    x_24_3  cut_0_24_3  -1  cut_24_0_3  1
    x_24_3  cut_4_24_3  -1  cut_24_4_3  1
    x_24_3  cut_13_24_3  -1  cut_24_13_3  1
    x_24_3  cut_17_24_3  -1  cut_24_17_3  1
    x_24_3  cut_18_24_3  -1  cut_24_18_3  1
    x_24_3  cut_24_26_3  1  cut_26_24_3  -1
    x_24_4  assign_24  1  size_4  1
    x_24_4  cut_0_24_4  -1  cut_24_0_4  1
    x_24_4  cut_4_24_4  -1  cut_24_4_4  1
    x_24_4  cut_13_24_4  -1  cut_24_13_4  1
    x_24_4  cut_17_24_4  -1  cut_24_17_4  1
    x_24_4  cut_18_24_4  -1  cut_24_18_4  1
    x_24_4  cut_24_26_4  1  cut_26_24_4  -1
    x_25_0  assign_25  1  size_0  1
    x_25_0  cut_0_25_0  -1  cut_25_0_0  1
    x_25_0  cut_3_25_0  -1  cut_25_3_0  1
    x_25_0  cut_8_25_0  -1  cut_25_8_0  1
    x_25_0  cut_11_25_0  -1  cut_25_11_0  1
    x_25_0  cut_12_25_0  -1  cut_25_12_0  1
    x_25_0  cut_13_25_0  -1  cut_25_13_0  1
    x_25_0  cut_15_25_0  -1  cut_25_15_0  1
    x_25_0  cut_16_25_0  -1  cut_25_16_0  1
    x_25_0  cut_21_25_0  -1  cut_25_21_0  1
    x_25_0  cut_22_25_0  -1  cut_25_22_0  1
    x_25_1  assign_25  1  size_1  1
    x_25_1  cut_0_25_1  -1  cut_25_0_1  1
    x_25_1  cut_3_25_1  -1  cut_25_3_1  1
    x_25_1  cut_8_25_1  -1  cut_25_8_1  1
    x_25_1  cut_11_25_1  -1  cut_25_11_1  1
    x_25_1  cut_12_25_1  -1  cut_25_12_1  1
    x_25_1  cut_13_25_1  -1  cut_25_13_1  1
    x_25_1  cut_15_25_1  -1  cut_25_15_1  1
    x_25_1  cut_16_25_1  -1  cut_25_16_1  1
    x_25_1  cut_21_25_1  -1  cut_25_21_1  1
    x_25_1  cut_22_25_1  -1  cut_25_22_1  1
    x_25_2  assign_25  1  size_2  1
    x_25_2  cut_0_25_2  -1  cut_25_0_2  1
    x_25_2  cut_3_25_2  -1  cut_25_3_2  1
    x_25_2  cut_8_25_2  -1  cut_25_8_2  1
    x_25_2  cut_11_25_2  -1  cut_25_11_2  1
    x_25_2  cut_12_25_2  -1  cut_25_12_2  1
    x_25_2  cut_13_25_2  -1  cut_25_13_2  1
    x_25_2  cut_15_25_2  -1  cut_25_15_2  1
    x_25_2  cut_16_25_2  -1  cut_25_16_2  1
    x_25_2  cut_21_25_2  -1  cut_25_21_2  1
    x_25_2  cut_22_25_2  -1  cut_25_22_2  1
    x_25_3  assign_25  1  size_3  1
    x_25_3  cut_0_25_3  -1  cut_25_0_3  1
    x_25_3  cut_3_25_3  -1  cut_25_3_3  1
    x_25_3  cut_8_25_3  -1  cut_25_8_3  1
    x_25_3  cut_11_25_3  -1  cut_25_11_3  1
    x_25_3  cut_12_25_3  -1  cut_25_12_3  1
    x_25_3  cut_13_25_3  -1  cut_25_13_3  1
    x_25_3  cut_15_25_3  -1  cut_25_15_3  1
    x_25_3  cut_16_25_3  -1  cut_25_16_3  1
    x_25_3  cut_21_25_3  -1  cut_25_21_3  1
    x_25_3  cut_22_25_3  -1  cut_25_22_3  1
    x_25_4  assign_25  1  size_4  1
    x_25_4  cut_0_25_4  -1  cut_25_0_4  1
    x_25_4  cut_3_25_4  -1  cut_25_3_4  1
    x_25_4  cut_8_25_4  -1  cut_25_8_4  1
    x_25_4  cut_11_25_4  -1  cut_25_11_4  1
    x_25_4  cut_12_25_4  -1  cut_25_12_4  1
    x_25_4  cut_13_25_4  -1  cut_25_13_4  1
    x_25_4  cut_15_25_4  -1  cut_25_15_4  1
    x_25_4  cut_16_25_4  -1  cut_25_16_4  1
    x_25_4  cut_21_25_4  -1  cut_25_21_4  1
    x_25_4  cut_22_25_4  -1  cut_25_22_4  1
    x_26_0  assign_26  1  size_0  1
    x_26_0  cut_0_26_0  -1  cut_26_0_0  1
    x_26_0  cut_9_26_0  -1  cut_26_9_0  1
    x_26_0  cut_11_26_0  -1  cut_26_11_0  1
    x_26_0  cut_15_26_0  -1  cut_26_15_0  1
    x_26_0  cut_17_26_0  -1  cut_26_17_0  1
    x_26_0  cut_18_26_0  -1  cut_26_18_0  1
    x_26_0  cut_19_26_0  -1  cut_26_19_0  1
    x_26_0  cut_23_26_0  -1  cut_26_23_0  1
    x_26_0  cut_24_26_0  -1  cut_26_24_0  1
    x_26_0  cut_26_28_0  1  cut_28_26_0  -1
    x_26_1  assign_26  1  size_1  1
    x_26_1  cut_0_26_1  -1  cut_26_0_1  1
    x_26_1  cut_9_26_1  -1  cut_26_9_1  1
    x_26_1  cut_11_26_1  -1  cut_26_11_1  1
    x_26_1  cut_15_26_1  -1  cut_26_15_1  1
    x_26_1  cut_17_26_1  -1  cut_26_17_1  1
    x_26_1  cut_18_26_1  -1  cut_26_18_1  1
    x_26_1  cut_19_26_1  -1  cut_26_19_1  1
    x_26_1  cut_23_26_1  -1  cut_26_23_1  1
    x_26_1  cut_24_26_1  -1  cut_26_24_1  1
    x_26_1  cut_26_28_1  1  cut_28_26_1  -1
    x_26_2  assign_26  1  size_2  1
    x_26_2  cut_0_26_2  -1  cut_26_0_2  1
    x_26_2  cut_9_26_2  -1  cut_26_9_2  1
    x_26_2  cut_11_26_2  -1  cut_26_11_2  1
    x_26_2  cut_15_26_2  -1  cut_26_15_2  1
    x_26_2  cut_17_26_2  -1  cut_26_17_2  1
    x_26_2  cut_18_26_2  -1  cut_26_18_2  1
    x_26_2  cut_19_26_2  -1  cut_26_19_2  1
    x_26_2  cut_23_26_2  -1  cut_26_23_2  1
    x_26_2  cut_24_26_2  -1  cut_26_24_2  1
    x_26_2  cut_26_28_2  1  cut_28_26_2  -1
    x_26_3  assign_26  1  size_3  1
    x_26_3  cut_0_26_3  -1  cut_26_0_3  1
    x_26_3  cut_9_26_3  -1  cut_26_9_3  1
    x_26_3  cut_11_26_3  -1  cut_26_11_3  1
    x_26_3  cut_15_26_3  -1  cut_26_15_3  1
    x_26_3  cut_17_26_3  -1  cut_26_17_3  1
    x_26_3  cut_18_26_3  -1  cut_26_18_3  1
    x_26_3  cut_19_26_3  -1  cut_26_19_3  1
    x_26_3  cut_23_26_3  -1  cut_26_23_3  1
    x_26_3  cut_24_26_3  -1  cut_26_24_3  1
    x_26_3  cut_26_28_3  1  cut_28_26_3  -1
    x_26_4  assign_26  1  size_4  1
    x_26_4  cut_0_26_4  -1  cut_26_0_4  1
    x_26_4  cut_9_26_4  -1  cut_26_9_4  1
    x_26_4  cut_11_26_4  -1  cut_26_11_4  1
    x_26_4  cut_15_26_4  -1  cut_26_15_4  1
    x_26_4  cut_17_26_4  -1  cut_26_17_4  1
    x_26_4  cut_18_26_4  -1  cut_26_18_4  1
    x_26_4  cut_19_26_4  -1  cut_26_19_4  1
    x_26_4  cut_23_26_4  -1  cut_26_23_4  1
    x_26_4  cut_24_26_4  -1  cut_26_24_4  1
    x_26_4  cut_26_28_4  1  cut_28_26_4  -1
    x_27_0  assign_27  1  size_0  1
    x_27_0  cut_2_27_0  -1  cut_27_2_0  1
    x_27_0  cut_4_27_0  -1  cut_27_4_0  1
    x_27_0  cut_5_27_0  -1  cut_27_5_0  1
    x_27_0  cut_8_27_0  -1  cut_27_8_0  1
    x_27_0  cut_9_27_0  -1  cut_27_9_0  1
    x_27_0  cut_11_27_0  -1  cut_27_11_0  1
    x_27_0  cut_12_27_0  -1  cut_27_12_0  1
    x_27_0  cut_13_27_0  -1  cut_27_13_0  1
    x_27_0  cut_14_27_0  -1  cut_27_14_0  1
    x_27_0  cut_15_27_0  -1  cut_27_15_0  1
    x_27_0  cut_16_27_0  -1  cut_27_16_0  1
    x_27_0  cut_19_27_0  -1  cut_27_19_0  1
    x_27_0  cut_21_27_0  -1  cut_27_21_0  1
    x_27_1  assign_27  1  size_1  1
    x_27_1  cut_2_27_1  -1  cut_27_2_1  1
    x_27_1  cut_4_27_1  -1  cut_27_4_1  1
    x_27_1  cut_5_27_1  -1  cut_27_5_1  1
    x_27_1  cut_8_27_1  -1  cut_27_8_1  1
    x_27_1  cut_9_27_1  -1  cut_27_9_1  1
    x_27_1  cut_11_27_1  -1  cut_27_11_1  1
    x_27_1  cut_12_27_1  -1  cut_27_12_1  1
    x_27_1  cut_13_27_1  -1  cut_27_13_1  1
    x_27_1  cut_14_27_1  -1  cut_27_14_1  1
    x_27_1  cut_15_27_1  -1  cut_27_15_1  1
    x_27_1  cut_16_27_1  -1  cut_27_16_1  1
    x_27_1  cut_19_27_1  -1  cut_27_19_1  1
    x_27_1  cut_21_27_1  -1  cut_27_21_1  1
    x_27_2  assign_27  1  size_2  1
    x_27_2  cut_2_27_2  -1  cut_27_2_2  1
    x_27_2  cut_4_27_2  -1  cut_27_4_2  1
    x_27_2  cut_5_27_2  -1  cut_27_5_2  1
    x_27_2  cut_8_27_2  -1  cut_27_8_2  1
    x_27_2  cut_9_27_2  -1  cut_27_9_2  1
    x_27_2  cut_11_27_2  -1  cut_27_11_2  1
    x_27_2  cut_12_27_2  -1  cut_27_12_2  1
    x_27_2  cut_13_27_2  -1  cut_27_13_2  1
    x_27_2  cut_14_27_2  -1  cut_27_14_2  1
    x_27_2  cut_15_27_2  -1  cut_27_15_2  1
    x_27_2  cut_16_27_2  -1  cut_27_16_2  1
    x_27_2  cut_19_27_2  -1  cut_27_19_2  1
    x_27_2  cut_21_27_2  -1  cut_27_21_2  1
    x_27_3  assign_27  1  size_3  1
    x_27_3  cut_2_27_3  -1  cut_27_2_3  1
    x_27_3  cut_4_27_3  -1  cut_27_4_3  1
    x_27_3  cut_5_27_3  -1  cut_27_5_3  1
    x_27_3  cut_8_27_3  -1  cut_27_8_3  1
    x_27_3  cut_9_27_3  -1  cut_27_9_3  1
    x_27_3  cut_11_27_3  -1  cut_27_11_3  1
    x_27_3  cut_12_27_3  -1  cut_27_12_3  1
    x_27_3  cut_13_27_3  -1  cut_27_13_3  1
    x_27_3  cut_14_27_3  -1  cut_27_14_3  1
    x_27_3  cut_15_27_3  -1  cut_27_15_3  1
    x_27_3  cut_16_27_3  -1  cut_27_16_3  1
    x_27_3  cut_19_27_3  -1  cut_27_19_3  1
    x_27_3  cut_21_27_3  -1  cut_27_21_3  1
    x_27_4  assign_27  1  size_4  1
    x_27_4  cut_2_27_4  -1  cut_27_2_4  1
    x_27_4  cut_4_27_4  -1  cut_27_4_4  1
    x_27_4  cut_5_27_4  -1  cut_27_5_4  1
    x_27_4  cut_8_27_4  -1  cut_27_8_4  1
    x_27_4  cut_9_27_4  -1  cut_27_9_4  1
    x_27_4  cut_11_27_4  -1  cut_27_11_4  1
    x_27_4  cut_12_27_4  -1  cut_27_12_4  1
    x_27_4  cut_13_27_4  -1  cut_27_13_4  1
    x_27_4  cut_14_27_4  -1  cut_27_14_4  1
    x_27_4  cut_15_27_4  -1  cut_27_15_4  1
    x_27_4  cut_16_27_4  -1  cut_27_16_4  1
    x_27_4  cut_19_27_4  -1  cut_27_19_4  1
    x_27_4  cut_21_27_4  -1  cut_27_21_4  1
    x_28_0  assign_28  1  size_0  1
    x_28_0  cut_0_28_0  -1  cut_28_0_0  1
    x_28_0  cut_2_28_0  -1  cut_28_2_0  1
    x_28_0  cut_3_28_0  -1  cut_28_3_0  1
    x_28_0  cut_6_28_0  -1  cut_28_6_0  1
    x_28_0  cut_7_28_0  -1  cut_28_7_0  1
    x_28_0  cut_9_28_0  -1  cut_28_9_0  1
    x_28_0  cut_13_28_0  -1  cut_28_13_0  1
    x_28_0  cut_14_28_0  -1  cut_28_14_0  1
    x_28_0  cut_16_28_0  -1  cut_28_16_0  1
    x_28_0  cut_21_28_0  -1  cut_28_21_0  1
    x_28_0  cut_22_28_0  -1  cut_28_22_0  1
    x_28_0  cut_23_28_0  -1  cut_28_23_0  1
    x_28_0  cut_26_28_0  -1  cut_28_26_0  1
    x_28_1  assign_28  1  size_1  1
    x_28_1  cut_0_28_1  -1  cut_28_0_1  1
    x_28_1  cut_2_28_1  -1  cut_28_2_1  1
    x_28_1  cut_3_28_1  -1  cut_28_3_1  1
    x_28_1  cut_6_28_1  -1  cut_28_6_1  1
    x_28_1  cut_7_28_1  -1  cut_28_7_1  1
    x_28_1  cut_9_28_1  -1  cut_28_9_1  1
    x_28_1  cut_13_28_1  -1  cut_28_13_1  1
    x_28_1  cut_14_28_1  -1  cut_28_14_1  1
    x_28_1  cut_16_28_1  -1  cut_28_16_1  1
    x_28_1  cut_21_28_1  -1  cut_28_21_1  1
    x_28_1  cut_22_28_1  -1  cut_28_22_1  1
    x_28_1  cut_23_28_1  -1  cut_28_23_1  1
    x_28_1  cut_26_28_1  -1  cut_28_26_1  1
    x_28_2  assign_28  1  size_2  1
    x_28_2  cut_0_28_2  -1  cut_28_0_2  1
    x_28_2  cut_2_28_2  -1  cut_28_2_2  1
    x_28_2  cut_3_28_2  -1  cut_28_3_2  1
    x_28_2  cut_6_28_2  -1  cut_28_6_2  1
    x_28_2  cut_7_28_2  -1  cut_28_7_2  1
    x_28_2  cut_9_28_2  -1  cut_28_9_2  1
    x_28_2  cut_13_28_2  -1  cut_28_13_2  1
    x_28_2  cut_14_28_2  -1  cut_28_14_2  1
    x_28_2  cut_16_28_2  -1  cut_28_16_2  1
    x_28_2  cut_21_28_2  -1  cut_28_21_2  1
    x_28_2  cut_22_28_2  -1  cut_28_22_2  1
    x_28_2  cut_23_28_2  -1  cut_28_23_2  1
    x_28_2  cut_26_28_2  -1  cut_28_26_2  1
    x_28_3  assign_28  1  size_3  1
    x_28_3  cut_0_28_3  -1  cut_28_0_3  1
    x_28_3  cut_2_28_3  -1  cut_28_2_3  1
    x_28_3  cut_3_28_3  -1  cut_28_3_3  1
    x_28_3  cut_6_28_3  -1  cut_28_6_3  1
    x_28_3  cut_7_28_3  -1  cut_28_7_3  1
    x_28_3  cut_9_28_3  -1  cut_28_9_3  1
    x_28_3  cut_13_28_3  -1  cut_28_13_3  1
    x_28_3  cut_14_28_3  -1  cut_28_14_3  1
    x_28_3  cut_16_28_3  -1  cut_28_16_3  1
    x_28_3  cut_21_28_3  -1  cut_28_21_3  1
    x_28_3  cut_22_28_3  -1  cut_28_22_3  1
    x_28_3  cut_23_28_3  -1  cut_28_23_3  1
    x_28_3  cut_26_28_3  -1  cut_28_26_3  1
    x_28_4  assign_28  1  size_4  1
    x_28_4  cut_0_28_4  -1  cut_28_0_4  1
    x_28_4  cut_2_28_4  -1  cut_28_2_4  1
    x_28_4  cut_3_28_4  -1  cut_28_3_4  1
    x_28_4  cut_6_28_4  -1  cut_28_6_4  1
    x_28_4  cut_7_28_4  -1  cut_28_7_4  1
    x_28_4  cut_9_28_4  -1  cut_28_9_4  1
    x_28_4  cut_13_28_4  -1  cut_28_13_4  1
    x_28_4  cut_14_28_4  -1  cut_28_14_4  1
    x_28_4  cut_16_28_4  -1  cut_28_16_4  1
    x_28_4  cut_21_28_4  -1  cut_28_21_4  1
    x_28_4  cut_22_28_4  -1  cut_28_22_4  1
    x_28_4  cut_23_28_4  -1  cut_28_23_4  1
    x_28_4  cut_26_28_4  -1  cut_28_26_4  1
    x_29_0  assign_29  1  size_0  1
    x_29_0  cut_0_29_0  -1  cut_29_0_0  1
    x_29_0  cut_2_29_0  -1  cut_29_2_0  1
    x_29_0  cut_7_29_0  -1  cut_29_7_0  1
    x_29_0  cut_9_29_0  -1  cut_29_9_0  1
    x_29_0  cut_12_29_0  -1  cut_29_12_0  1
    x_29_0  cut_15_29_0  -1  cut_29_15_0  1
    x_29_0  cut_18_29_0  -1  cut_29_18_0  1
    x_29_1  assign_29  1  size_1  1
    x_29_1  cut_0_29_1  -1  cut_29_0_1  1
    x_29_1  cut_2_29_1  -1  cut_29_2_1  1
    x_29_1  cut_7_29_1  -1  cut_29_7_1  1
    x_29_1  cut_9_29_1  -1  cut_29_9_1  1
    x_29_1  cut_12_29_1  -1  cut_29_12_1  1
    x_29_1  cut_15_29_1  -1  cut_29_15_1  1
    x_29_1  cut_18_29_1  -1  cut_29_18_1  1
    x_29_2  assign_29  1  size_2  1
    x_29_2  cut_0_29_2  -1  cut_29_0_2  1
    x_29_2  cut_2_29_2  -1  cut_29_2_2  1
    x_29_2  cut_7_29_2  -1  cut_29_7_2  1
    x_29_2  cut_9_29_2  -1  cut_29_9_2  1
    x_29_2  cut_12_29_2  -1  cut_29_12_2  1
    x_29_2  cut_15_29_2  -1  cut_29_15_2  1
    x_29_2  cut_18_29_2  -1  cut_29_18_2  1
    x_29_3  assign_29  1  size_3  1
    x_29_3  cut_0_29_3  -1  cut_29_0_3  1
    x_29_3  cut_2_29_3  -1  cut_29_2_3  1
    x_29_3  cut_7_29_3  -1  cut_29_7_3  1
    x_29_3  cut_9_29_3  -1  cut_29_9_3  1
    x_29_3  cut_12_29_3  -1  cut_29_12_3  1
    x_29_3  cut_15_29_3  -1  cut_29_15_3  1
    x_29_3  cut_18_29_3  -1  cut_29_18_3  1
    x_29_4  assign_29  1  size_4  1
    x_29_4  cut_0_29_4  -1  cut_29_0_4  1
    x_29_4  cut_2_29_4  -1  cut_29_2_4  1
    x_29_4  cut_7_29_4  -1  cut_29_7_4  1
    x_29_4  cut_9_29_4  -1  cut_29_9_4  1
    x_29_4  cut_12_29_4  -1  cut_29_12_4  1
    x_29_4  cut_15_29_4  -1  cut_29_15_4  1
    x_29_4  cut_18_29_4  -1  cut_29_18_4  1
    z_0_2  obj  9  cut_0_2_0  -1
    z_0_2  cut_2_0_0  -1  cut_0_2_1  -1
    z_0_2  cut_2_0_1  -1  cut_0_2_2  -1
    z_0_2  cut_2_0_2  -1  cut_0_2_3  -1
    z_0_2  cut_2_0_3  -1  cut_0_2_4  -1
    z_0_2  cut_2_0_4  -1
    z_0_4  obj  10  cut_0_4_0  -1
    z_0_4  cut_4_0_0  -1  cut_0_4_1  -1
    z_0_4  cut_4_0_1  -1  cut_0_4_2  -1
    z_0_4  cut_4_0_2  -1  cut_0_4_3  -1
    z_0_4  cut_4_0_3  -1  cut_0_4_4  -1
    z_0_4  cut_4_0_4  -1
    z_0_5  obj  10  cut_0_5_0  -1
    z_0_5  cut_5_0_0  -1  cut_0_5_1  -1
    z_0_5  cut_5_0_1  -1  cut_0_5_2  -1
    z_0_5  cut_5_0_2  -1  cut_0_5_3  -1
    z_0_5  cut_5_0_3  -1  cut_0_5_4  -1
    z_0_5  cut_5_0_4  -1
    z_0_8  obj  9  cut_0_8_0  -1
    z_0_8  cut_8_0_0  -1  cut_0_8_1  -1
    z_0_8  cut_8_0_1  -1  cut_0_8_2  -1
    z_0_8  cut_8_0_2  -1  cut_0_8_3  -1
    z_0_8  cut_8_0_3  -1  cut_0_8_4  -1
    z_0_8  cut_8_0_4  -1
    z_0_13  obj  3  cut_0_13_0  -1
    z_0_13  cut_13_0_0  -1  cut_0_13_1  -1
    z_0_13  cut_13_0_1  -1  cut_0_13_2  -1
    z_0_13  cut_13_0_2  -1  cut_0_13_3  -1
    z_0_13  cut_13_0_3  -1  cut_0_13_4  -1
    z_0_13  cut_13_0_4  -1
    z_0_14  obj  9  cut_0_14_0  -1
    z_0_14  cut_14_0_0  -1  cut_0_14_1  -1
    z_0_14  cut_14_0_1  -1  cut_0_14_2  -1
    z_0_14  cut_14_0_2  -1  cut_0_14_3  -1
    z_0_14  cut_14_0_3  -1  cut_0_14_4  -1
    z_0_14  cut_14_0_4  -1
    z_0_16  obj  7  cut_0_16_0  -1
    z_0_16  cut_16_0_0  -1  cut_0_16_1  -1
    z_0_16  cut_16_0_1  -1  cut_0_16_2  -1
    z_0_16  cut_16_0_2  -1  cut_0_16_3  -1
    z_0_16  cut_16_0_3  -1  cut_0_16_4  -1
    z_0_16  cut_16_0_4  -1
    z_0_20  obj  2  cut_0_20_0  -1
    z_0_20  cut_20_0_0  -1  cut_0_20_1  -1
    z_0_20  cut_20_0_1  -1  cut_0_20_2  -1
    z_0_20  cut_20_0_2  -1  cut_0_20_3  -1
    z_0_20  cut_20_0_3  -1  cut_0_20_4  -1
    z_0_20  cut_20_0_4  -1
    z_0_24  obj  4  cut_0_24_0  -1
    z_0_24  cut_24_0_0  -1  cut_0_24_1  -1
    z_0_24  cut_24_0_1  -1  cut_0_24_2  -1
    z_0_24  cut_24_0_2  -1  cut_0_24_3  -1
    z_0_24  cut_24_0_3  -1  cut_0_24_4  -1
    z_0_24  cut_24_0_4  -1
    z_0_25  obj  3  cut_0_25_0  -1
    z_0_25  cut_25_0_0  -1  cut_0_25_1  -1
    z_0_25  cut_25_0_1  -1  cut_0_25_2  -1
    z_0_25  cut_25_0_2  -1  cut_0_25_3  -1
    z_0_25  cut_25_0_3  -1  cut_0_25_4  -1
    z_0_25  cut_25_0_4  -1
    z_0_26  obj  4  cut_0_26_0  -1
    z_0_26  cut_26_0_0  -1  cut_0_26_1  -1
    z_0_26  cut_26_0_1  -1  cut_0_26_2  -1
    z_0_26  cut_26_0_2  -1  cut_0_26_3  -1
    z_0_26  cut_26_0_3  -1  cut_0_26_4  -1
    z_0_26  cut_26_0_4  -1
    z_0_28  obj  2  cut_0_28_0  -1
    z_0_28  cut_28_0_0  -1  cut_0_28_1  -1
    z_0_28  cut_28_0_1  -1  cut_0_28_2  -1
    z_0_28  cut_28_0_2  -1  cut_0_28_3  -1
    z_0_28  cut_28_0_3  -1  cut_0_28_4  -1
    z_0_28  cut_28_0_4  -1
    z_0_29  obj  5  cut_0_29_0  -1
    z_0_29  cut_29_0_0  -1  cut_0_29_1  -1
    z_0_29  cut_29_0_1  -1  cut_0_29_2  -1
    z_0_29  cut_29_0_2  -1  cut_0_29_3  -1
    z_0_29  cut_29_0_3  -1  cut_0_29_4  -1
    z_0_29  cut_29_0_4  -1
    z_1_2  obj  7  cut_1_2_0  -1
    z_1_2  cut_2_1_0  -1  cut_1_2_1  -1
    z_1_2  cut_2_1_1  -1  cut_1_2_2  -1
    z_1_2  cut_2_1_2  -1  cut_1_2_3  -1
    z_1_2  cut_2_1_3  -1  cut_1_2_4  -1
    z_1_2  cut_2_1_4  -1
    z_1_5  obj  2  cut_1_5_0  -1
    z_1_5  cut_5_1_0  -1  cut_1_5_1  -1
    z_1_5  cut_5_1_1  -1  cut_1_5_2  -1
    z_1_5  cut_5_1_2  -1  cut_1_5_3  -1
    z_1_5  cut_5_1_3  -1  cut_1_5_4  -1
    z_1_5  cut_5_1_4  -1
    z_1_9  obj  3  cut_1_9_0  -1
    z_1_9  cut_9_1_0  -1  cut_1_9_1  -1
    z_1_9  cut_9_1_1  -1  cut_1_9_2  -1
    z_1_9  cut_9_1_2  -1  cut_1_9_3  -1
    z_1_9  cut_9_1_3  -1  cut_1_9_4  -1
    z_1_9  cut_9_1_4  -1
    z_1_11  obj  9  cut_1_11_0  -1
    z_1_11  cut_11_1_0  -1  cut_1_11_1  -1
    z_1_11  cut_11_1_1  -1  cut_1_11_2  -1
    z_1_11  cut_11_1_2  -1  cut_1_11_3  -1
    z_1_11  cut_11_1_3  -1  cut_1_11_4  -1
    z_1_11  cut_11_1_4  -1
    z_1_21  obj  5  cut_1_21_0  -1
    z_1_21  cut_21_1_0  -1  cut_1_21_1  -1
    z_1_21  cut_21_1_1  -1  cut_1_21_2  -1
    z_1_21  cut_21_1_2  -1  cut_1_21_3  -1
    z_1_21  cut_21_1_3  -1  cut_1_21_4  -1
    z_1_21  cut_21_1_4  -1
    z_1_22  obj  9  cut_1_22_0  -1
    z_1_22  cut_22_1_0  -1  cut_1_22_1  -1
    z_1_22  cut_22_1_1  -1  cut_1_22_2  -1
    z_1_22  cut_22_1_2  -1  cut_1_22_3  -1
    z_1_22  cut_22_1_3  -1  cut_1_22_4  -1
    z_1_22  cut_22_1_4  -1
    z_2_10  obj  1  cut_2_10_0  -1
    z_2_10  cut_10_2_0  -1  cut_2_10_1  -1
    z_2_10  cut_10_2_1  -1  cut_2_10_2  -1
    z_2_10  cut_10_2_2  -1  cut_2_10_3  -1
    z_2_10  cut_10_2_3  -1  cut_2_10_4  -1
    z_2_10  cut_10_2_4  -1
    z_2_11  obj  3  cut_2_11_0  -1
    z_2_11  cut_11_2_0  -1  cut_2_11_1  -1
    z_2_11  cut_11_2_1  -1  cut_2_11_2  -1
    z_2_11  cut_11_2_2  -1  cut_2_11_3  -1
    z_2_11  cut_11_2_3  -1  cut_2_11_4  -1
    z_2_11  cut_11_2_4  -1
    z_2_15  obj  7  cut_2_15_0  -1
    z_2_15  cut_15_2_0  -1  cut_2_15_1  -1
    z_2_15  cut_15_2_1  -1  cut_2_15_2  -1
    z_2_15  cut_15_2_2  -1  cut_2_15_3  -1
    z_2_15  cut_15_2_3  -1  cut_2_15_4  -1
    z_2_15  cut_15_2_4  -1
    z_2_17  obj  3  cut_2_17_0  -1
    z_2_17  cut_17_2_0  -1  cut_2_17_1  -1
    z_2_17  cut_17_2_1  -1  cut_2_17_2  -1
    z_2_17  cut_17_2_2  -1  cut_2_17_3  -1
    z_2_17  cut_17_2_3  -1  cut_2_17_4  -1
    z_2_17  cut_17_2_4  -1
    z_2_20  obj  5  cut_2_20_0  -1
    z_2_20  cut_20_2_0  -1  cut_2_20_1  -1
    z_2_20  cut_20_2_1  -1  cut_2_20_2  -1
    z_2_20  cut_20_2_2  -1  cut_2_20_3  -1
    z_2_20  cut_20_2_3  -1  cut_2_20_4  -1
    z_2_20  cut_20_2_4  -1
    z_2_23  obj  2  cut_2_23_0  -1
    z_2_23  cut_23_2_0  -1  cut_2_23_1  -1
    z_2_23  cut_23_2_1  -1  cut_2_23_2  -1
    z_2_23  cut_23_2_2  -1  cut_2_23_3  -1
    z_2_23  cut_23_2_3  -1  cut_2_23_4  -1
    z_2_23  cut_23_2_4  -1
    z_2_27  obj  8  cut_2_27_0  -1
    z_2_27  cut_27_2_0  -1  cut_2_27_1  -1
    z_2_27  cut_27_2_1  -1  cut_2_27_2  -1
    z_2_27  cut_27_2_2  -1  cut_2_27_3  -1
    z_2_27  cut_27_2_3  -1  cut_2_27_4  -1
    z_2_27  cut_27_2_4  -1
    z_2_28  obj  5  cut_2_28_0  -1
    z_2_28  cut_28_2_0  -1  cut_2_28_1  -1
    z_2_28  cut_28_2_1  -1  cut_2_28_2  -1
    z_2_28  cut_28_2_2  -1  cut_2_28_3  -1
    z_2_28  cut_28_2_3  -1  cut_2_28_4  -1
    z_2_28  cut_28_2_4  -1
    z_2_29  obj  2  cut_2_29_0  -1
    z_2_29  cut_29_2_0  -1  cut_2_29_1  -1
    z_2_29  cut_29_2_1  -1  cut_2_29_2  -1
    z_2_29  cut_29_2_2  -1  cut_2_29_3  -1
    z_2_29  cut_29_2_3  -1  cut_2_29_4  -1
    z_2_29  cut_29_2_4  -1
    z_3_7  obj  1  cut_3_7_0  -1
    z_3_7  cut_7_3_0  -1  cut_3_7_1  -1
    z_3_7  cut_7_3_1  -1  cut_3_7_2  -1
    z_3_7  cut_7_3_2  -1  cut_3_7_3  -1
    z_3_7  cut_7_3_3  -1  cut_3_7_4  -1
    z_3_7  cut_7_3_4  -1
    z_3_11  obj  9  cut_3_11_0  -1
    z_3_11  cut_11_3_0  -1  cut_3_11_1  -1
    z_3_11  cut_11_3_1  -1  cut_3_11_2  -1
    z_3_11  cut_11_3_2  -1  cut_3_11_3  -1
    z_3_11  cut_11_3_3  -1  cut_3_11_4  -1
    z_3_11  cut_11_3_4  -1
    z_3_12  obj  4  cut_3_12_0  -1
    z_3_12  cut_12_3_0  -1  cut_3_12_1  -1
    z_3_12  cut_12_3_1  -1  cut_3_12_2  -1
    z_3_12  cut_12_3_2  -1  cut_3_12_3  -1
    z_3_12  cut_12_3_3  -1  cut_3_12_4  -1
    z_3_12  cut_12_3_4  -1
    z_3_13  obj  5  cut_3_13_0  -1
    z_3_13  cut_13_3_0  -1  cut_3_13_1  -1
    z_3_13  cut_13_3_1  -1  cut_3_13_2  -1
    z_3_13  cut_13_3_2  -1  cut_3_13_3  -1
    z_3_13  cut_13_3_3  -1  cut_3_13_4  -1
    z_3_13  cut_13_3_4  -1
    z_3_19  obj  5  cut_3_19_0  -1
    z_3_19  cut_19_3_0  -1  cut_3_19_1  -1
    z_3_19  cut_19_3_1  -1  cut_3_19_2  -1
    z_3_19  cut_19_3_2  -1  cut_3_19_3  -1
    z_3_19  cut_19_3_3  -1  cut_3_19_4  -1
    z_3_19  cut_19_3_4  -1
    z_3_25  obj  2  cut_3_25_0  -1
    z_3_25  cut_25_3_0  -1  cut_3_25_1  -1
    z_3_25  cut_25_3_1  -1  cut_3_25_2  -1
    z_3_25  cut_25_3_2  -1  cut_3_25_3  -1
    z_3_25  cut_25_3_3  -1  cut_3_25_4  -1
    z_3_25  cut_25_3_4  -1
    z_3_28  obj  8  cut_3_28_0  -1
    z_3_28  cut_28_3_0  -1  cut_3_28_1  -1
    z_3_28  cut_28_3_1  -1  cut_3_28_2  -1
    z_3_28  cut_28_3_2  -1  cut_3_28_3  -1
    z_3_28  cut_28_3_3  -1  cut_3_28_4  -1
    z_3_28  cut_28_3_4  -1
    z_4_15  obj  6  cut_4_15_0  -1
    z_4_15  cut_15_4_0  -1  cut_4_15_1  -1
    z_4_15  cut_15_4_1  -1  cut_4_15_2  -1
    z_4_15  cut_15_4_2  -1  cut_4_15_3  -1
    z_4_15  cut_15_4_3  -1  cut_4_15_4  -1
    z_4_15  cut_15_4_4  -1
    z_4_20  obj  8  cut_4_20_0  -1
    z_4_20  cut_20_4_0  -1  cut_4_20_1  -1
    z_4_20  cut_20_4_1  -1  cut_4_20_2  -1
    z_4_20  cut_20_4_2  -1  cut_4_20_3  -1
    z_4_20  cut_20_4_3  -1  cut_4_20_4  -1
    z_4_20  cut_20_4_4  -1
    z_4_21  obj  10  cut_4_21_0  -1
    z_4_21  cut_21_4_0  -1  cut_4_21_1  -1
    z_4_21  cut_21_4_1  -1  cut_4_21_2  -1
    z_4_21  cut_21_4_2  -1  cut_4_21_3  -1
    z_4_21  cut_21_4_3  -1  cut_4_21_4  -1
    z_4_21  cut_21_4_4  -1
    z_4_23  obj  4  cut_4_23_0  -1
    z_4_23  cut_23_4_0  -1  cut_4_23_1  -1
    z_4_23  cut_23_4_1  -1  cut_4_23_2  -1
    z_4_23  cut_23_4_2  -1  cut_4_23_3  -1
    z_4_23  cut_23_4_3  -1  cut_4_23_4  -1
    z_4_23  cut_23_4_4  -1
    z_4_24  obj  6  cut_4_24_0  -1
    z_4_24  cut_24_4_0  -1  cut_4_24_1  -1
    z_4_24  cut_24_4_1  -1  cut_4_24_2  -1
    z_4_24  cut_24_4_2  -1  cut_4_24_3  -1
    z_4_24  cut_24_4_3  -1  cut_4_24_4  -1
    z_4_24  cut_24_4_4  -1
    z_4_27  obj  10  cut_4_27_0  -1
    z_4_27  cut_27_4_0  -1  cut_4_27_1  -1
    z_4_27  cut_27_4_1  -1  cut_4_27_2  -1
    z_4_27  cut_27_4_2  -1  cut_4_27_3  -1
    z_4_27  cut_27_4_3  -1  cut_4_27_4  -1
    z_4_27  cut_27_4_4  -1
    z_5_20  obj  3  cut_5_20_0  -1
    z_5_20  cut_20_5_0  -1  cut_5_20_1  -1
    z_5_20  cut_20_5_1  -1  cut_5_20_2  -1
    z_5_20  cut_20_5_2  -1  cut_5_20_3  -1
    z_5_20  cut_20_5_3  -1  cut_5_20_4  -1
    z_5_20  cut_20_5_4  -1
    z_5_27  obj  7  cut_5_27_0  -1
    z_5_27  cut_27_5_0  -1  cut_5_27_1  -1
    z_5_27  cut_27_5_1  -1  cut_5_27_2  -1
    z_5_27  cut_27_5_2  -1  cut_5_27_3  -1
    z_5_27  cut_27_5_3  -1  cut_5_27_4  -1
    z_5_27  cut_27_5_4  -1
    z_6_8  obj  5  cut_6_8_0  -1
    z_6_8  cut_8_6_0  -1  cut_6_8_1  -1
    z_6_8  cut_8_6_1  -1  cut_6_8_2  -1
    z_6_8  cut_8_6_2  -1  cut_6_8_3  -1
    z_6_8  cut_8_6_3  -1  cut_6_8_4  -1
    z_6_8  cut_8_6_4  -1
    z_6_9  obj  2  cut_6_9_0  -1
    z_6_9  cut_9_6_0  -1  cut_6_9_1  -1
    z_6_9  cut_9_6_1  -1  cut_6_9_2  -1
    z_6_9  cut_9_6_2  -1  cut_6_9_3  -1
    z_6_9  cut_9_6_3  -1  cut_6_9_4  -1
    z_6_9  cut_9_6_4  -1
    z_6_10  obj  8  cut_6_10_0  -1
    z_6_10  cut_10_6_0  -1  cut_6_10_1  -1
    z_6_10  cut_10_6_1  -1  cut_6_10_2  -1
    z_6_10  cut_10_6_2  -1  cut_6_10_3  -1
    z_6_10  cut_10_6_3  -1  cut_6_10_4  -1
    z_6_10  cut_10_6_4  -1
    z_6_12  obj  1  cut_6_12_0  -1
    z_6_12  cut_12_6_0  -1  cut_6_12_1  -1
    z_6_12  cut_12_6_1  -1  cut_6_12_2  -1
    z_6_12  cut_12_6_2  -1  cut_6_12_3  -1
    z_6_12  cut_12_6_3  -1  cut_6_12_4  -1
    z_6_12  cut_12_6_4  -1
    z_6_16  obj  9  cut_6_16_0  -1
    z_6_16  cut_16_6_0  -1  cut_6_16_1  -1
    z_6_16  cut_16_6_1  -1  cut_6_16_2  -1
    z_6_16  cut_16_6_2  -1  cut_6_16_3  -1
    z_6_16  cut_16_6_3  -1  cut_6_16_4  -1
    z_6_16  cut_16_6_4  -1
    z_6_19  obj  6  cut_6_19_0  -1
    z_6_19  cut_19_6_0  -1  cut_6_19_1  -1
    z_6_19  cut_19_6_1  -1  cut_6_19_2  -1
    z_6_19  cut_19_6_2  -1  cut_6_19_3  -1
    z_6_19  cut_19_6_3  -1  cut_6_19_4  -1
    z_6_19  cut_19_6_4  -1
    z_6_20  obj  2  cut_6_20_0  -1
    z_6_20  cut_20_6_0  -1  cut_6_20_1  -1
    z_6_20  cut_20_6_1  -1  cut_6_20_2  -1
    z_6_20  cut_20_6_2  -1  cut_6_20_3  -1
    z_6_20  cut_20_6_3  -1  cut_6_20_4  -1
    z_6_20  cut_20_6_4  -1
    z_6_28  obj  1  cut_6_28_0  -1
    z_6_28  cut_28_6_0  -1  cut_6_28_1  -1
    z_6_28  cut_28_6_1  -1  cut_6_28_2  -1
    z_6_28  cut_28_6_2  -1  cut_6_28_3  -1
    z_6_28  cut_28_6_3  -1  cut_6_28_4  -1
    z_6_28  cut_28_6_4  -1
    z_7_11  obj  9  cut_7_11_0  -1
    z_7_11  cut_11_7_0  -1  cut_7_11_1  -1
    z_7_11  cut_11_7_1  -1  cut_7_11_2  -1
    z_7_11  cut_11_7_2  -1  cut_7_11_3  -1
    z_7_11  cut_11_7_3  -1  cut_7_11_4  -1
    z_7_11  cut_11_7_4  -1
    z_7_13  obj  4  cut_7_13_0  -1
    z_7_13  cut_13_7_0  -1  cut_7_13_1  -1
    z_7_13  cut_13_7_1  -1  cut_7_13_2  -1
    z_7_13  cut_13_7_2  -1  cut_7_13_3  -1
    z_7_13  cut_13_7_3  -1  cut_7_13_4  -1
    z_7_13  cut_13_7_4  -1
    z_7_14  obj  7  cut_7_14_0  -1
    z_7_14  cut_14_7_0  -1  cut_7_14_1  -1
    z_7_14  cut_14_7_1  -1  cut_7_14_2  -1
    z_7_14  cut_14_7_2  -1  cut_7_14_3  -1
    z_7_14  cut_14_7_3  -1  cut_7_14_4  -1
    z_7_14  cut_14_7_4  -1
    z_7_15  obj  9  cut_7_15_0  -1
    z_7_15  cut_15_7_0  -1  cut_7_15_1  -1
    z_7_15  cut_15_7_1  -1  cut_7_15_2  -1
    z_7_15  cut_15_7_2  -1  cut_7_15_3  -1
    z_7_15  cut_15_7_3  -1  cut_7_15_4  -1
    z_7_15  cut_15_7_4  -1
    z_7_16  obj  1  cut_7_16_0  -1
    z_7_16  cut_16_7_0  -1  cut_7_16_1  -1
    z_7_16  cut_16_7_1  -1  cut_7_16_2  -1
    z_7_16  cut_16_7_2  -1  cut_7_16_3  -1
    z_7_16  cut_16_7_3  -1  cut_7_16_4  -1
    z_7_16  cut_16_7_4  -1
    z_7_21  obj  8  cut_7_21_0  -1
    z_7_21  cut_21_7_0  -1  cut_7_21_1  -1
    z_7_21  cut_21_7_1  -1  cut_7_21_2  -1
    z_7_21  cut_21_7_2  -1  cut_7_21_3  -1
    z_7_21  cut_21_7_3  -1  cut_7_21_4  -1
    z_7_21  cut_21_7_4  -1
    z_7_28  obj  1  cut_7_28_0  -1
    z_7_28  cut_28_7_0  -1  cut_7_28_1  -1
    z_7_28  cut_28_7_1  -1  cut_7_28_2  -1
    z_7_28  cut_28_7_2  -1  cut_7_28_3  -1
    z_7_28  cut_28_7_3  -1  cut_7_28_4  -1
    z_7_28  cut_28_7_4  -1
    z_7_29  obj  1  cut_7_29_0  -1
    z_7_29  cut_29_7_0  -1  cut_7_29_1  -1
    z_7_29  cut_29_7_1  -1  cut_7_29_2  -1
    z_7_29  cut_29_7_2  -1  cut_7_29_3  -1
    z_7_29  cut_29_7_3  -1  cut_7_29_4  -1
    z_7_29  cut_29_7_4  -1
    z_8_11  obj  10  cut_8_11_0  -1
    z_8_11  cut_11_8_0  -1  cut_8_11_1  -1
    z_8_11  cut_11_8_1  -1  cut_8_11_2  -1
    z_8_11  cut_11_8_2  -1  cut_8_11_3  -1
    z_8_11  cut_11_8_3  -1  cut_8_11_4  -1
    z_8_11  cut_11_8_4  -1
    z_8_16  obj  1  cut_8_16_0  -1
    z_8_16  cut_16_8_0  -1  cut_8_16_1  -1
    z_8_16  cut_16_8_1  -1  cut_8_16_2  -1
    z_8_16  cut_16_8_2  -1  cut_8_16_3  -1
    z_8_16  cut_16_8_3  -1  cut_8_16_4  -1
    z_8_16  cut_16_8_4  -1
    z_8_17  obj  5  cut_8_17_0  -1
    z_8_17  cut_17_8_0  -1  cut_8_17_1  -1
    z_8_17  cut_17_8_1  -1  cut_8_17_2  -1
    z_8_17  cut_17_8_2  -1  cut_8_17_3  -1
    z_8_17  cut_17_8_3  -1  cut_8_17_4  -1
    z_8_17  cut_17_8_4  -1
    z_8_19  obj  1  cut_8_19_0  -1
    z_8_19  cut_19_8_0  -1  cut_8_19_1  -1
    z_8_19  cut_19_8_1  -1  cut_8_19_2  -1
    z_8_19  cut_19_8_2  -1  cut_8_19_3  -1
    z_8_19  cut_19_8_3  -1  cut_8_19_4  -1
    z_8_19  cut_19_8_4  -1
    z_8_22  obj  8  cut_8_22_0  -1
    z_8_22  cut_22_8_0  -1  cut_8_22_1  -1
    z_8_22  cut_22_8_1  -1  cut_8_22_2  -1
    z_8_22  cut_22_8_2  -1  cut_8_22_3  -1
    z_8_22  cut_22_8_3  -1  cut_8_22_4  -1
    z_8_22  cut_22_8_4  -1
    z_8_25  obj  1  cut_8_25_0  -1
    z_8_25  cut_25_8_0  -1  cut_8_25_1  -1
    z_8_25  cut_25_8_1  -1  cut_8_25_2  -1
    z_8_25  cut_25_8_2  -1  cut_8_25_3  -1
    z_8_25  cut_25_8_3  -1  cut_8_25_4  -1
    z_8_25  cut_25_8_4  -1
    z_8_27  obj  5  cut_8_27_0  -1
    z_8_27  cut_27_8_0  -1  cut_8_27_1  -1
    z_8_27  cut_27_8_1  -1  cut_8_27_2  -1
    z_8_27  cut_27_8_2  -1  cut_8_27_3  -1
    z_8_27  cut_27_8_3  -1  cut_8_27_4  -1
    z_8_27  cut_27_8_4  -1
    z_9_11  obj  10  cut_9_11_0  -1
    z_9_11  cut_11_9_0  -1  cut_9_11_1  -1
    z_9_11  cut_11_9_1  -1  cut_9_11_2  -1
    z_9_11  cut_11_9_2  -1  cut_9_11_3  -1
    z_9_11  cut_11_9_3  -1  cut_9_11_4  -1
    z_9_11  cut_11_9_4  -1
    z_9_12  obj  5  cut_9_12_0  -1
    z_9_12  cut_12_9_0  -1  cut_9_12_1  -1
    z_9_12  cut_12_9_1  -1  cut_9_12_2  -1
    z_9_12  cut_12_9_2  -1  cut_9_12_3  -1
    z_9_12  cut_12_9_3  -1  cut_9_12_4  -1
    z_9_12  cut_12_9_4  -1
    z_9_21  obj  6  cut_9_21_0  -1
    z_9_21  cut_21_9_0  -1  cut_9_21_1  -1
    z_9_21  cut_21_9_1  -1  cut_9_21_2  -1
    z_9_21  cut_21_9_2  -1  cut_9_21_3  -1
    z_9_21  cut_21_9_3  -1  cut_9_21_4  -1
    z_9_21  cut_21_9_4  -1
    z_9_23  obj  10  cut_9_23_0  -1
    z_9_23  cut_23_9_0  -1  cut_9_23_1  -1
    z_9_23  cut_23_9_1  -1  cut_9_23_2  -1
    z_9_23  cut_23_9_2  -1  cut_9_23_3  -1
    z_9_23  cut_23_9_3  -1  cut_9_23_4  -1
    z_9_23  cut_23_9_4  -1
    z_9_26  obj  4  cut_9_26_0  -1
    z_9_26  cut_26_9_0  -1  cut_9_26_1  -1
    z_9_26  cut_26_9_1  -1  cut_9_26_2  -1
    z_9_26  cut_26_9_2  -1  cut_9_26_3  -1
    z_9_26  cut_26_9_3  -1  cut_9_26_4  -1
    z_9_26  cut_26_9_4  -1
    z_9_27  obj  8  cut_9_27_0  -1
    z_9_27  cut_27_9_0  -1  cut_9_27_1  -1
    z_9_27  cut_27_9_1  -1  cut_9_27_2  -1
    z_9_27  cut_27_9_2  -1  cut_9_27_3  -1
    z_9_27  cut_27_9_3  -1  cut_9_27_4  -1
    z_9_27  cut_27_9_4  -1
    z_9_28  obj  3  cut_9_28_0  -1
    z_9_28  cut_28_9_0  -1  cut_9_28_1  -1
    z_9_28  cut_28_9_1  -1  cut_9_28_2  -1
    z_9_28  cut_28_9_2  -1  cut_9_28_3  -1
    z_9_28  cut_28_9_3  -1  cut_9_28_4  -1
    z_9_28  cut_28_9_4  -1
    z_9_29  obj  5  cut_9_29_0  -1
    z_9_29  cut_29_9_0  -1  cut_9_29_1  -1
    z_9_29  cut_29_9_1  -1  cut_9_29_2  -1
    z_9_29  cut_29_9_2  -1  cut_9_29_3  -1
    z_9_29  cut_29_9_3  -1  cut_9_29_4  -1
    z_9_29  cut_29_9_4  -1
    z_10_21  obj  9  cut_10_21_0  -1
    z_10_21  cut_21_10_0  -1  cut_10_21_1  -1
    z_10_21  cut_21_10_1  -1  cut_10_21_2  -1
    z_10_21  cut_21_10_2  -1  cut_10_21_3  -1
    z_10_21  cut_21_10_3  -1  cut_10_21_4  -1
    z_10_21  cut_21_10_4  -1
    z_11_12  obj  8  cut_11_12_0  -1
    z_11_12  cut_12_11_0  -1  cut_11_12_1  -1
    z_11_12  cut_12_11_1  -1  cut_11_12_2  -1
    z_11_12  cut_12_11_2  -1  cut_11_12_3  -1
    z_11_12  cut_12_11_3  -1  cut_11_12_4  -1
    z_11_12  cut_12_11_4  -1
    z_11_16  obj  2  cut_11_16_0  -1
    z_11_16  cut_16_11_0  -1  cut_11_16_1  -1
    z_11_16  cut_16_11_1  -1  cut_11_16_2  -1
    z_11_16  cut_16_11_2  -1  cut_11_16_3  -1
    z_11_16  cut_16_11_3  -1  cut_11_16_4  -1
    z_11_16  cut_16_11_4  -1
    z_11_25  obj  10  cut_11_25_0  -1
    z_11_25  cut_25_11_0  -1  cut_11_25_1  -1
    z_11_25  cut_25_11_1  -1  cut_11_25_2  -1
    z_11_25  cut_25_11_2  -1  cut_11_25_3  -1
    z_11_25  cut_25_11_3  -1  cut_11_25_4  -1
    z_11_25  cut_25_11_4  -1
    z_11_26  obj  6  cut_11_26_0  -1
    z_11_26  cut_26_11_0  -1  cut_11_26_1  -1
    z_11_26  cut_26_11_1  -1  cut_11_26_2  -1
    z_11_26  cut_26_11_2  -1  cut_11_26_3  -1
    z_11_26  cut_26_11_3  -1  cut_11_26_4  -1
    z_11_26  cut_26_11_4  -1
    z_11_27  obj  4  cut_11_27_0  -1
    z_11_27  cut_27_11_0  -1  cut_11_27_1  -1
    z_11_27  cut_27_11_1  -1  cut_11_27_2  -1
    z_11_27  cut_27_11_2  -1  cut_11_27_3  -1
    z_11_27  cut_27_11_3  -1  cut_11_27_4  -1
    z_11_27  cut_27_11_4  -1
    z_12_13  obj  9  cut_12_13_0  -1
    z_12_13  cut_13_12_0  -1  cut_12_13_1  -1
    z_12_13  cut_13_12_1  -1  cut_12_13_2  -1
    z_12_13  cut_13_12_2  -1  cut_12_13_3  -1
    z_12_13  cut_13_12_3  -1  cut_12_13_4  -1
    z_12_13  cut_13_12_4  -1
    z_12_15  obj  7  cut_12_15_0  -1
    z_12_15  cut_15_12_0  -1  cut_12_15_1  -1
    z_12_15  cut_15_12_1  -1  cut_12_15_2  -1
    z_12_15  cut_15_12_2  -1  cut_12_15_3  -1
    z_12_15  cut_15_12_3  -1  cut_12_15_4  -1
    z_12_15  cut_15_12_4  -1
    z_12_16  obj  10  cut_12_16_0  -1
    z_12_16  cut_16_12_0  -1  cut_12_16_1  -1
    z_12_16  cut_16_12_1  -1  cut_12_16_2  -1
    z_12_16  cut_16_12_2  -1  cut_12_16_3  -1
    z_12_16  cut_16_12_3  -1  cut_12_16_4  -1
    z_12_16  cut_16_12_4  -1
    z_12_18  obj  5  cut_12_18_0  -1
    z_12_18  cut_18_12_0  -1  cut_12_18_1  -1
    z_12_18  cut_18_12_1  -1  cut_12_18_2  -1
    z_12_18  cut_18_12_2  -1  cut_12_18_3  -1
    z_12_18  cut_18_12_3  -1  cut_12_18_4  -1
    z_12_18  cut_18_12_4  -1
    z_12_22  obj  1  cut_12_22_0  -1
    z_12_22  cut_22_12_0  -1  cut_12_22_1  -1
    z_12_22  cut_22_12_1  -1  cut_12_22_2  -1
    z_12_22  cut_22_12_2  -1  cut_12_22_3  -1
    z_12_22  cut_22_12_3  -1  cut_12_22_4  -1
    z_12_22  cut_22_12_4  -1
    z_12_25  obj  7  cut_12_25_0  -1
    z_12_25  cut_25_12_0  -1  cut_12_25_1  -1
    z_12_25  cut_25_12_1  -1  cut_12_25_2  -1
    z_12_25  cut_25_12_2  -1  cut_12_25_3  -1
    z_12_25  cut_25_12_3  -1  cut_12_25_4  -1
    z_12_25  cut_25_12_4  -1
    z_12_27  obj  3  cut_12_27_0  -1
    z_12_27  cut_27_12_0  -1  cut_12_27_1  -1
    z_12_27  cut_27_12_1  -1  cut_12_27_2  -1
    z_12_27  cut_27_12_2  -1  cut_12_27_3  -1
    z_12_27  cut_27_12_3  -1  cut_12_27_4  -1
    z_12_27  cut_27_12_4  -1
    z_12_29  obj  10  cut_12_29_0  -1
    z_12_29  cut_29_12_0  -1  cut_12_29_1  -1
    z_12_29  cut_29_12_1  -1  cut_12_29_2  -1
    z_12_29  cut_29_12_2  -1  cut_12_29_3  -1
    z_12_29  cut_29_12_3  -1  cut_12_29_4  -1
    z_12_29  cut_29_12_4  -1
    z_13_17  obj  4  cut_13_17_0  -1
    z_13_17  cut_17_13_0  -1  cut_13_17_1  -1
    z_13_17  cut_17_13_1  -1  cut_13_17_2  -1
    z_13_17  cut_17_13_2  -1  cut_13_17_3  -1
    z_13_17  cut_17_13_3  -1  cut_13_17_4  -1
    z_13_17  cut_17_13_4  -1
    z_13_18  obj  3  cut_13_18_0  -1
    z_13_18  cut_18_13_0  -1  cut_13_18_1  -1
    z_13_18  cut_18_13_1  -1  cut_13_18_2  -1
    z_13_18  cut_18_13_2  -1  cut_13_18_3  -1
    z_13_18  cut_18_13_3  -1  cut_13_18_4  -1
    z_13_18  cut_18_13_4  -1
    z_13_21  obj  4  cut_13_21_0  -1
    z_13_21  cut_21_13_0  -1  cut_13_21_1  -1
    z_13_21  cut_21_13_1  -1  cut_13_21_2  -1
    z_13_21  cut_21_13_2  -1  cut_13_21_3  -1
    z_13_21  cut_21_13_3  -1  cut_13_21_4  -1
    z_13_21  cut_21_13_4  -1
    z_13_24  obj  2  cut_13_24_0  -1
    z_13_24  cut_24_13_0  -1  cut_13_24_1  -1
    z_13_24  cut_24_13_1  -1  cut_13_24_2  -1
    z_13_24  cut_24_13_2  -1  cut_13_24_3  -1
    z_13_24  cut_24_13_3  -1  cut_13_24_4  -1
    z_13_24  cut_24_13_4  -1
    z_13_25  obj  3  cut_13_25_0  -1
    z_13_25  cut_25_13_0  -1  cut_13_25_1  -1
    z_13_25  cut_25_13_1  -1  cut_13_25_2  -1
    z_13_25  cut_25_13_2  -1  cut_13_25_3  -1
    z_13_25  cut_25_13_3  -1  cut_13_25_4  -1
    z_13_25  cut_25_13_4  -1
    z_13_27  obj  4  cut_13_27_0  -1
    z_13_27  cut_27_13_0  -1  cut_13_27_1  -1
    z_13_27  cut_27_13_1  -1  cut_13_27_2  -1
    z_13_27  cut_27_13_2  -1  cut_13_27_3  -1
    z_13_27  cut_27_13_3  -1  cut_13_27_4  -1
    z_13_27  cut_27_13_4  -1
    z_13_28  obj  4  cut_13_28_0  -1
    z_13_28  cut_28_13_0  -1  cut_13_28_1  -1
    z_13_28  cut_28_13_1  -1  cut_13_28_2  -1
    z_13_28  cut_28_13_2  -1  cut_13_28_3  -1
    z_13_28  cut_28_13_3  -1  cut_13_28_4  -1
    z_13_28  cut_28_13_4  -1
    z_14_15  obj  3  cut_14_15_0  -1
    z_14_15  cut_15_14_0  -1  cut_14_15_1  -1
    z_14_15  cut_15_14_1  -1  cut_14_15_2  -1
    z_14_15  cut_15_14_2  -1  cut_14_15_3  -1
    z_14_15  cut_15_14_3  -1  cut_14_15_4  -1
    z_14_15  cut_15_14_4  -1
    z_14_16  obj  10  cut_14_16_0  -1
    z_14_16  cut_16_14_0  -1  cut_14_16_1  -1
    z_14_16  cut_16_14_1  -1  cut_14_16_2  -1
    z_14_16  cut_16_14_2  -1  cut_14_16_3  -1
    z_14_16  cut_16_14_3  -1  cut_14_16_4  -1
    z_14_16  cut_16_14_4  -1
    z_14_18  obj  5  cut_14_18_0  -1
    z_14_18  cut_18_14_0  -1  cut_14_18_1  -1
    z_14_18  cut_18_14_1  -1  cut_14_18_2  -1
    z_14_18  cut_18_14_2  -1  cut_14_18_3  -1
    z_14_18  cut_18_14_3  -1  cut_14_18_4  -1
    z_14_18  cut_18_14_4  -1
    z_14_22  obj  8  cut_14_22_0  -1
    z_14_22  cut_22_14_0  -1  cut_14_22_1  -1
    z_14_22  cut_22_14_1  -1  cut_14_22_2  -1
    z_14_22  cut_22_14_2  -1  cut_14_22_3  -1
    z_14_22  cut_22_14_3  -1  cut_14_22_4  -1
    z_14_22  cut_22_14_4  -1
    z_14_27  obj  1  cut_14_27_0  -1
    z_14_27  cut_27_14_0  -1  cut_14_27_1  -1
    z_14_27  cut_27_14_1  -1  cut_14_27_2  -1
    z_14_27  cut_27_14_2  -1  cut_14_27_3  -1
    z_14_27  cut_27_14_3  -1  cut_14_27_4  -1
    z_14_27  cut_27_14_4  -1
    z_14_28  obj  9  cut_14_28_0  -1
    z_14_28  cut_28_14_0  -1  cut_14_28_1  -1
    z_14_28  cut_28_14_1  -1  cut_14_28_2  -1
    z_14_28  cut_28_14_2  -1  cut_14_28_3  -1
    z_14_28  cut_28_14_3  -1  cut_14_28_4  -1
    z_14_28  cut_28_14_4  -1
    z_15_17  obj  10  cut_15_17_0  -1
    z_15_17  cut_17_15_0  -1  cut_15_17_1  -1
    z_15_17  cut_17_15_1  -1  cut_15_17_2  -1
    z_15_17  cut_17_15_2  -1  cut_15_17_3  -1
    z_15_17  cut_17_15_3  -1  cut_15_17_4  -1
    z_15_17  cut_17_15_4  -1
    z_15_25  obj  9  cut_15_25_0  -1
    z_15_25  cut_25_15_0  -1  cut_15_25_1  -1
    z_15_25  cut_25_15_1  -1  cut_15_25_2  -1
    z_15_25  cut_25_15_2  -1  cut_15_25_3  -1
    z_15_25  cut_25_15_3  -1  cut_15_25_4  -1
    z_15_25  cut_25_15_4  -1
    z_15_26  obj  2  cut_15_26_0  -1
    z_15_26  cut_26_15_0  -1  cut_15_26_1  -1
    z_15_26  cut_26_15_1  -1  cut_15_26_2  -1
    z_15_26  cut_26_15_2  -1  cut_15_26_3  -1
    z_15_26  cut_26_15_3  -1  cut_15_26_4  -1
    z_15_26  cut_26_15_4  -1
    z_15_27  obj  5  cut_15_27_0  -1
    z_15_27  cut_27_15_0  -1  cut_15_27_1  -1
    z_15_27  cut_27_15_1  -1  cut_15_27_2  -1
    z_15_27  cut_27_15_2  -1  cut_15_27_3  -1
    z_15_27  cut_27_15_3  -1  cut_15_27_4  -1
    z_15_27  cut_27_15_4  -1
    z_15_29  obj  7  cut_15_29_0  -1
    z_15_29  cut_29_15_0  -1  cut_15_29_1  -1
    z_15_29  cut_29_15_1  -1  cut_15_29_2  -1
    z_15_29  cut_29_15_2  -1  cut_15_29_3  -1
    z_15_29  cut_29_15_3  -1  cut_15_29_4  -1
    z_15_29  cut_29_15_4  -1
    z_16_17  obj  2  cut_16_17_0  -1
    z_16_17  cut_17_16_0  -1  cut_16_17_1  -1
    z_16_17  cut_17_16_1  -1  cut_16_17_2  -1
    z_16_17  cut_17_16_2  -1  cut_16_17_3  -1
    z_16_17  cut_17_16_3  -1  cut_16_17_4  -1
    z_16_17  cut_17_16_4  -1
    z_16_25  obj  3  cut_16_25_0  -1
    z_16_25  cut_25_16_0  -1  cut_16_25_1  -1
    z_16_25  cut_25_16_1  -1  cut_16_25_2  -1
    z_16_25  cut_25_16_2  -1  cut_16_25_3  -1
    z_16_25  cut_25_16_3  -1  cut_16_25_4  -1
    z_16_25  cut_25_16_4  -1
    z_16_27  obj  4  cut_16_27_0  -1
    z_16_27  cut_27_16_0  -1  cut_16_27_1  -1
    z_16_27  cut_27_16_1  -1  cut_16_27_2  -1
    z_16_27  cut_27_16_2  -1  cut_16_27_3  -1
    z_16_27  cut_27_16_3  -1  cut_16_27_4  -1
    z_16_27  cut_27_16_4  -1
    z_16_28  obj  9  cut_16_28_0  -1
    z_16_28  cut_28_16_0  -1  cut_16_28_1  -1
    z_16_28  cut_28_16_1  -1  cut_16_28_2  -1
    z_16_28  cut_28_16_2  -1  cut_16_28_3  -1
    z_16_28  cut_28_16_3  -1  cut_16_28_4  -1
    z_16_28  cut_28_16_4  -1
    z_17_19  obj  7  cut_17_19_0  -1
    z_17_19  cut_19_17_0  -1  cut_17_19_1  -1
    z_17_19  cut_19_17_1  -1  cut_17_19_2  -1
    z_17_19  cut_19_17_2  -1  cut_17_19_3  -1
    z_17_19  cut_19_17_3  -1  cut_17_19_4  -1
    z_17_19  cut_19_17_4  -1
    z_17_20  obj  4  cut_17_20_0  -1
    z_17_20  cut_20_17_0  -1  cut_17_20_1  -1
    z_17_20  cut_20_17_1  -1  cut_17_20_2  -1
    z_17_20  cut_20_17_2  -1  cut_17_20_3  -1
    z_17_20  cut_20_17_3  -1  cut_17_20_4  -1
    z_17_20  cut_20_17_4  -1
    z_17_24  obj  5  cut_17_24_0  -1
    z_17_24  cut_24_17_0  -1  cut_17_24_1  -1
    z_17_24  cut_24_17_1  -1  cut_17_24_2  -1
    z_17_24  cut_24_17_2  -1  cut_17_24_3  -1
    z_17_24  cut_24_17_3  -1  cut_17_24_4  -1
    z_17_24  cut_24_17_4  -1
    z_17_26  obj  9  cut_17_26_0  -1
    z_17_26  cut_26_17_0  -1  cut_17_26_1  -1
    z_17_26  cut_26_17_1  -1  cut_17_26_2  -1
    z_17_26  cut_26_17_2  -1  cut_17_26_3  -1
    z_17_26  cut_26_17_3  -1  cut_17_26_4  -1
    z_17_26  cut_26_17_4  -1
    z_18_24  obj  3  cut_18_24_0  -1
    z_18_24  cut_24_18_0  -1  cut_18_24_1  -1
    z_18_24  cut_24_18_1  -1  cut_18_24_2  -1
    z_18_24  cut_24_18_2  -1  cut_18_24_3  -1
    z_18_24  cut_24_18_3  -1  cut_18_24_4  -1
    z_18_24  cut_24_18_4  -1
    z_18_26  obj  8  cut_18_26_0  -1
    z_18_26  cut_26_18_0  -1  cut_18_26_1  -1
    z_18_26  cut_26_18_1  -1  cut_18_26_2  -1
    z_18_26  cut_26_18_2  -1  cut_18_26_3  -1
    z_18_26  cut_26_18_3  -1  cut_18_26_4  -1
    z_18_26  cut_26_18_4  -1
    z_18_29  obj  10  cut_18_29_0  -1
    z_18_29  cut_29_18_0  -1  cut_18_29_1  -1
    z_18_29  cut_29_18_1  -1  cut_18_29_2  -1
    z_18_29  cut_29_18_2  -1  cut_18_29_3  -1
    z_18_29  cut_29_18_3  -1  cut_18_29_4  -1
    z_18_29  cut_29_18_4  -1
    z_19_21  obj  2  cut_19_21_0  -1
    z_19_21  cut_21_19_0  -1  cut_19_21_1  -1
    z_19_21  cut_21_19_1  -1  cut_19_21_2  -1
    z_19_21  cut_21_19_2  -1  cut_19_21_3  -1
    z_19_21  cut_21_19_3  -1  cut_19_21_4  -1
    z_19_21  cut_21_19_4  -1
    z_19_22  obj  1  cut_19_22_0  -1
    z_19_22  cut_22_19_0  -1  cut_19_22_1  -1
    z_19_22  cut_22_19_1  -1  cut_19_22_2  -1
    z_19_22  cut_22_19_2  -1  cut_19_22_3  -1
    z_19_22  cut_22_19_3  -1  cut_19_22_4  -1
    z_19_22  cut_22_19_4  -1
    z_19_26  obj  5  cut_19_26_0  -1
    z_19_26  cut_26_19_0  -1  cut_19_26_1  -1
    z_19_26  cut_26_19_1  -1  cut_19_26_2  -1
    z_19_26  cut_26_19_2  -1  cut_19_26_3  -1
    z_19_26  cut_26_19_3  -1  cut_19_26_4  -1
    z_19_26  cut_26_19_4  -1
    z_19_27  obj  5  cut_19_27_0  -1
    z_19_27  cut_27_19_0  -1  cut_19_27_1  -1
    z_19_27  cut_27_19_1  -1  cut_19_27_2  -1
    z_19_27  cut_27_19_2  -1  cut_19_27_3  -1
    z_19_27  cut_27_19_3  -1  cut_19_27_4  -1
    z_19_27  cut_27_19_4  -1
    z_20_21  obj  9  cut_20_21_0  -1
    z_20_21  cut_21_20_0  -1  cut_20_21_1  -1
    z_20_21  cut_21_20_1  -1  cut_20_21_2  -1
    z_20_21  cut_21_20_2  -1  cut_20_21_3  -1
    z_20_21  cut_21_20_3  -1  cut_20_21_4  -1
    z_20_21  cut_21_20_4  -1
    z_20_22  obj  9  cut_20_22_0  -1
    z_20_22  cut_22_20_0  -1  cut_20_22_1  -1
    z_20_22  cut_22_20_1  -1  cut_20_22_2  -1
    z_20_22  cut_22_20_2  -1  cut_20_22_3  -1
    z_20_22  cut_22_20_3  -1  cut_20_22_4  -1
    z_20_22  cut_22_20_4  -1
    z_21_23  obj  9  cut_21_23_0  -1
    z_21_23  cut_23_21_0  -1  cut_21_23_1  -1
    z_21_23  cut_23_21_1  -1  cut_21_23_2  -1
    z_21_23  cut_23_21_2  -1  cut_21_23_3  -1
    z_21_23  cut_23_21_3  -1  cut_21_23_4  -1
    z_21_23  cut_23_21_4  -1
    z_21_25  obj  3  cut_21_25_0  -1
    z_21_25  cut_25_21_0  -1  cut_21_25_1  -1
    z_21_25  cut_25_21_1  -1  cut_21_25_2  -1
    z_21_25  cut_25_21_2  -1  cut_21_25_3  -1
    z_21_25  cut_25_21_3  -1  cut_21_25_4  -1
    z_21_25  cut_25_21_4  -1
    z_21_27  obj  10  cut_21_27_0  -1
    z_21_27  cut_27_21_0  -1  cut_21_27_1  -1
    z_21_27  cut_27_21_1  -1  cut_21_27_2  -1
    z_21_27  cut_27_21_2  -1  cut_21_27_3  -1
    z_21_27  cut_27_21_3  -1  cut_21_27_4  -1
    z_21_27  cut_27_21_4  -1
    z_21_28  obj  5  cut_21_28_0  -1
    z_21_28  cut_28_21_0  -1  cut_21_28_1  -1
    z_21_28  cut_28_21_1  -1  cut_21_28_2  -1
    z_21_28  cut_28_21_2  -1  cut_21_28_3  -1
    z_21_28  cut_28_21_3  -1  cut_21_28_4  -1
    z_21_28  cut_28_21_4  -1
    z_22_23  obj  4  cut_22_23_0  -1
    z_22_23  cut_23_22_0  -1  cut_22_23_1  -1
    z_22_23  cut_23_22_1  -1  cut_22_23_2  -1
    z_22_23  cut_23_22_2  -1  cut_22_23_3  -1
    z_22_23  cut_23_22_3  -1  cut_22_23_4  -1
    z_22_23  cut_23_22_4  -1
    z_22_25  obj  5  cut_22_25_0  -1
    z_22_25  cut_25_22_0  -1  cut_22_25_1  -1
    z_22_25  cut_25_22_1  -1  cut_22_25_2  -1
    z_22_25  cut_25_22_2  -1  cut_22_25_3  -1
    z_22_25  cut_25_22_3  -1  cut_22_25_4  -1
    z_22_25  cut_25_22_4  -1
    z_22_28  obj  2  cut_22_28_0  -1
    z_22_28  cut_28_22_0  -1  cut_22_28_1  -1
    z_22_28  cut_28_22_1  -1  cut_22_28_2  -1
    z_22_28  cut_28_22_2  -1  cut_22_28_3  -1
    z_22_28  cut_28_22_3  -1  cut_22_28_4  -1
    z_22_28  cut_28_22_4  -1
    z_23_26  obj  8  cut_23_26_0  -1
    z_23_26  cut_26_23_0  -1  cut_23_26_1  -1
    z_23_26  cut_26_23_1  -1  cut_23_26_2  -1
    z_23_26  cut_26_23_2  -1  cut_23_26_3  -1
    z_23_26  cut_26_23_3  -1  cut_23_26_4  -1
    z_23_26  cut_26_23_4  -1
    z_23_28  obj  2  cut_23_28_0  -1
    z_23_28  cut_28_23_0  -1  cut_23_28_1  -1
    z_23_28  cut_28_23_1  -1  cut_23_28_2  -1
    z_23_28  cut_28_23_2  -1  cut_23_28_3  -1
    z_23_28  cut_28_23_3  -1  cut_23_28_4  -1
    z_23_28  cut_28_23_4  -1
    z_24_26  obj  2  cut_24_26_0  -1
    z_24_26  cut_26_24_0  -1  cut_24_26_1  -1
    z_24_26  cut_26_24_1  -1  cut_24_26_2  -1
    z_24_26  cut_26_24_2  -1  cut_24_26_3  -1
    z_24_26  cut_26_24_3  -1  cut_24_26_4  -1
    z_24_26  cut_26_24_4  -1
    z_26_28  obj  6  cut_26_28_0  -1
    z_26_28  cut_28_26_0  -1  cut_26_28_1  -1
    z_26_28  cut_28_26_1  -1  cut_26_28_2  -1
    z_26_28  cut_28_26_2  -1  cut_26_28_3  -1
    z_26_28  cut_28_26_3  -1  cut_26_28_4  -1
    z_26_28  cut_28_26_4  -1
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
    RHS  size_0  6
    RHS  size_1  6
    RHS  size_2  6
    RHS  size_3  6
    RHS  size_4  6
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
 BV BND  z_0_2
 BV BND  z_0_4
 BV BND  z_0_5
 BV BND  z_0_8
 BV BND  z_0_13
 BV BND  z_0_14
 BV BND  z_0_16
 BV BND  z_0_20
 BV BND  z_0_24
 BV BND  z_0_25
 BV BND  z_0_26
 BV BND  z_0_28
 BV BND  z_0_29
 BV BND  z_1_2
 BV BND  z_1_5
 BV BND  z_1_9
 BV BND  z_1_11
 BV BND  z_1_21
 BV BND  z_1_22
 BV BND  z_2_10
 BV BND  z_2_11
 BV BND  z_2_15
 BV BND  z_2_17
 BV BND  z_2_20
 BV BND  z_2_23
 BV BND  z_2_27
 BV BND  z_2_28
 BV BND  z_2_29
 BV BND  z_3_7
 BV BND  z_3_11
 BV BND  z_3_12
 BV BND  z_3_13
 BV BND  z_3_19
 BV BND  z_3_25
 BV BND  z_3_28
 BV BND  z_4_15
 BV BND  z_4_20
 BV BND  z_4_21
 BV BND  z_4_23
 BV BND  z_4_24
 BV BND  z_4_27
 BV BND  z_5_20
 BV BND  z_5_27
 BV BND  z_6_8
 BV BND  z_6_9
 BV BND  z_6_10
 BV BND  z_6_12
 BV BND  z_6_16
 BV BND  z_6_19
 BV BND  z_6_20
 BV BND  z_6_28
 BV BND  z_7_11
 BV BND  z_7_13
 BV BND  z_7_14
 BV BND  z_7_15
 BV BND  z_7_16
 BV BND  z_7_21
 BV BND  z_7_28
 BV BND  z_7_29
 BV BND  z_8_11
 BV BND  z_8_16
 BV BND  z_8_17
 BV BND  z_8_19
 BV BND  z_8_22
 BV BND  z_8_25
 BV BND  z_8_27
 BV BND  z_9_11
 BV BND  z_9_12
 BV BND  z_9_21
 BV BND  z_9_23
 BV BND  z_9_26
 BV BND  z_9_27
 BV BND  z_9_28
 BV BND  z_9_29
 BV BND  z_10_21
 BV BND  z_11_12
 BV BND  z_11_16
 BV BND  z_11_25
 BV BND  z_11_26
 BV BND  z_11_27
 BV BND  z_12_13
 BV BND  z_12_15
 BV BND  z_12_16
 BV BND  z_12_18
 BV BND  z_12_22
 BV BND  z_12_25
 BV BND  z_12_27
 BV BND  z_12_29
 BV BND  z_13_17
 BV BND  z_13_18
 BV BND  z_13_21
 BV BND  z_13_24
 BV BND  z_13_25
 BV BND  z_13_27
 BV BND  z_13_28
 BV BND  z_14_15
 BV BND  z_14_16
 BV BND  z_14_18
 BV BND  z_14_22
 BV BND  z_14_27
 BV BND  z_14_28
 BV BND  z_15_17
 BV BND  z_15_25
 BV BND  z_15_26
 BV BND  z_15_27
 BV BND  z_15_29
 BV BND  z_16_17
 BV BND  z_16_25
 BV BND  z_16_27
 BV BND  z_16_28
 BV BND  z_17_19
 BV BND  z_17_20
 BV BND  z_17_24
 BV BND  z_17_26
 BV BND  z_18_24
 BV BND  z_18_26
 BV BND  z_18_29
 BV BND  z_19_21
 BV BND  z_19_22
 BV BND  z_19_26
 BV BND  z_19_27
 BV BND  z_20_21
 BV BND  z_20_22
 BV BND  z_21_23
 BV BND  z_21_25
 BV BND  z_21_27
 BV BND  z_21_28
 BV BND  z_22_23
 BV BND  z_22_25
 BV BND  z_22_28
 BV BND  z_23_26
 BV BND  z_23_28
 BV BND  z_24_26
 BV BND  z_26_28
ENDATA
