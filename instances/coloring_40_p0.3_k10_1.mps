NAME coloring_40_p0.3_k10_1
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
 E  one_20
 E  one_21
 E  one_22
 E  one_23
 E  one_24
 E  one_25
 E  one_26
 E  one_27
 E  one_28
 E  one_29
 E  one_30
 E  one_31
 E  one_32
 E  one_33
 E  one_34
 E  one_35
 E  one_36
 E  one_37
 E  one_38
 E  one_39
 L  edge_0_2_0
 L  edge_0_2_1
 L  edge_0_2_2
 L  edge_0_2_3
 L  edge_0_2_4
 L  edge_0_2_5
 L  edge_0_2_6
 L  edge_0_2_7
 L  edge_0_2_8
 L  edge_0_2_9
 L  edge_0_4_0
 L  edge_0_4_1
 L  edge_0_4_2
 L  edge_0_4_3
 L  edge_0_4_4
 L  edge_0_4_5
 L  edge_0_4_6
 L  edge_0_4_7
 L  edge_0_4_8
 L  edge_0_4_9
 L  edge_0_5_0
 L  edge_0_5_1
 L  edge_0_5_2
 L  edge_0_5_3
 L  edge_0_5_4
 L  edge_0_5_5
 L  edge_0_5_6
 L  edge_0_5_7
 L  edge_0_5_8
 L  edge_0_5_9
 L  edge_0_8_0
 L  edge_0_8_1
 L  edge_0_8_2
 L  edge_0_8_3
 L  edge_0_8_4
 L  edge_0_8_5
 L  edge_0_8_6
 L  edge_0_8_7
 L  edge_0_8_8
 L  edge_0_8_9
 L  edge_0_13_0
 L  edge_0_13_1
 L  edge_0_13_2
 L  edge_0_13_3
 L  edge_0_13_4
 L  edge_0_13_5
 L  edge_0_13_6
 L  edge_0_13_7
 L  edge_0_13_8
 L  edge_0_13_9
 L  edge_0_14_0
 L  edge_0_14_1
 L  edge_0_14_2
 L  edge_0_14_3
 L  edge_0_14_4
 L  edge_0_14_5
 L  edge_0_14_6
 L  edge_0_14_7
 L  edge_0_14_8
 L  edge_0_14_9
 L  edge_0_16_0
 L  edge_0_16_1
 L  edge_0_16_2
 L  edge_0_16_3
 L  edge_0_16_4
 L  edge_0_16_5
 L  edge_0_16_6
 L  edge_0_16_7
 L  edge_0_16_8
 L  edge_0_16_9
 L  edge_0_20_0
 L  edge_0_20_1
 L  edge_0_20_2
 L  edge_0_20_3
 L  edge_0_20_4
 L  edge_0_20_5
 L  edge_0_20_6
 L  edge_0_20_7
 L  edge_0_20_8
 L  edge_0_20_9
 L  edge_0_24_0
 L  edge_0_24_1
 L  edge_0_24_2
 L  edge_0_24_3
 L  edge_0_24_4
 L  edge_0_24_5
 L  edge_0_24_6
 L  edge_0_24_7
 L  edge_0_24_8
 L  edge_0_24_9
 L  edge_0_25_0
 L  edge_0_25_1
 L  edge_0_25_2
 L  edge_0_25_3
 L  edge_0_25_4
 L  edge_0_25_5
 L  edge_0_25_6
 L  edge_0_25_7
 L  edge_0_25_8
 L  edge_0_25_9
 L  edge_0_26_0
 L  edge_0_26_1
 L  edge_0_26_2
 L  edge_0_26_3
 L  edge_0_26_4
 L  edge_0_26_5
 L  edge_0_26_6
 L  edge_0_26_7
 L  edge_0_26_8
 L  edge_0_26_9
 L  edge_0_28_0
 L  edge_0_28_1
 L  edge_0_28_2
 L  edge_0_28_3
 L  edge_0_28_4
 L  edge_0_28_5
 L  edge_0_28_6
 L  edge_0_28_7
 L  edge_0_28_8
 L  edge_0_28_9
 L  edge_0_29_0
 L  edge_0_29_1
 L  edge_0_29_2
 L  edge_0_29_3
 L  edge_0_29_4
 L  edge_0_29_5
 L  edge_0_29_6
 L  edge_0_29_7
 L  edge_0_29_8
 L  edge_0_29_9
 L  edge_0_30_0
 L  edge_0_30_1
 L  edge_0_30_2
 L  edge_0_30_3
 L  edge_0_30_4
 L  edge_0_30_5
 L  edge_0_30_6
 L  edge_0_30_7
 L  edge_0_30_8
 L  edge_0_30_9
 L  edge_0_33_0
 L  edge_0_33_1
 L  edge_0_33_2
 L  edge_0_33_3
 L  edge_0_33_4
 L  edge_0_33_5
 L  edge_0_33_6
 L  edge_0_33_7
 L  edge_0_33_8
 L  edge_0_33_9
 L  edge_0_37_0
 L  edge_0_37_1
 L  edge_0_37_2
 L  edge_0_37_3
 L  edge_0_37_4
 L  edge_0_37_5
 L  edge_0_37_6
 L  edge_0_37_7
 L  edge_0_37_8
 L  edge_0_37_9
 L  edge_0_39_0
 L  edge_0_39_1
 L  edge_0_39_2
 L  edge_0_39_3
 L  edge_0_39_4
 L  edge_0_39_5
 L  edge_0_39_6
 L  edge_0_39_7
 L  edge_0_39_8
 L  edge_0_39_9
 L  edge_1_11_0
 L  edge_1_11_1
 L  edge_1_11_2
 L  edge_1_11_3
 L  edge_1_11_4
 L  edge_1_11_5
 L  edge_1_11_6
 L  edge_1_11_7
 L  edge_1_11_8
 L  edge_1_11_9
 L  edge_1_12_0
 L  edge_1_12_1
 L  edge_1_12_2
 L  edge_1_12_3
 L  edge_1_12_4
 L  edge_1_12_5
 L  edge_1_12_6
 L  edge_1_12_7
 L  edge_1_12_8
 L  edge_1_12_9
 L  edge_1_27_0
 L  edge_1_27_1
 L  edge_1_27_2
 L  edge_1_27_3
 L  edge_1_27_4
 L  edge_1_27_5
 L  edge_1_27_6
 L  edge_1_27_7
 L  edge_1_27_8
 L  edge_1_27_9
 L  edge_1_28_0
 L  edge_1_28_1
 L  edge_1_28_2
 L  edge_1_28_3
 L  edge_1_28_4
 L  edge_1_28_5
 L  edge_1_28_6
 L  edge_1_28_7
 L  edge_1_28_8
 L  edge_1_28_9
 L  edge_1_32_0
 L  edge_1_32_1
 L  edge_1_32_2
 L  edge_1_32_3
 L  edge_1_32_4
 L  edge_1_32_5
 L  edge_1_32_6
 L  edge_1_32_7
 L  edge_1_32_8
 L  edge_1_32_9
 L  edge_1_34_0
 L  edge_1_34_1
 L  edge_1_34_2
 L  edge_1_34_3
 L  edge_1_34_4
 L  edge_1_34_5
 L  edge_1_34_6
 L  edge_1_34_7
 L  edge_1_34_8
 L  edge_1_34_9
 L  edge_1_37_0
 L  edge_1_37_1
 L  edge_1_37_2
 L  edge_1_37_3
 L  edge_1_37_4
 L  edge_1_37_5
 L  edge_1_37_6
 L  edge_1_37_7
 L  edge_1_37_8
 L  edge_1_37_9
 L  edge_2_3_0
 L  edge_2_3_1
 L  edge_2_3_2
 L  edge_2_3_3
 L  edge_2_3_4
 L  edge_2_3_5
 L  edge_2_3_6
 L  edge_2_3_7
 L  edge_2_3_8
 L  edge_2_3_9
 L  edge_2_7_0
 L  edge_2_7_1
 L  edge_2_7_2
 L  edge_2_7_3
 L  edge_2_7_4
 L  edge_2_7_5
 L  edge_2_7_6
 L  edge_2_7_7
 L  edge_2_7_8
 L  edge_2_7_9
 L  edge_2_8_0
 L  edge_2_8_1
 L  edge_2_8_2
 L  edge_2_8_3
 L  edge_2_8_4
 L  edge_2_8_5
 L  edge_2_8_6
 L  edge_2_8_7
 L  edge_2_8_8
 L  edge_2_8_9
 L  edge_2_9_0
 L  edge_2_9_1
 L  edge_2_9_2
 L  edge_2_9_3
 L  edge_2_9_4
 L  edge_2_9_5
 L  edge_2_9_6
 L  edge_2_9_7
 L  edge_2_9_8
 L  edge_2_9_9
 L  edge_2_13_0
 L  edge_2_13_1
 L  edge_2_13_2
 L  edge_2_13_3
 L  edge_2_13_4
 L  edge_2_13_5
 L  edge_2_13_6
 L  edge_2_13_7
 L  edge_2_13_8
 L  edge_2_13_9
 L  edge_2_17_0
 L  edge_2_17_1
 L  edge_2_17_2
 L  edge_2_17_3
 L  edge_2_17_4
 L  edge_2_17_5
 L  edge_2_17_6
 L  edge_2_17_7
 L  edge_2_17_8
 L  edge_2_17_9
 L  edge_2_18_0
 L  edge_2_18_1
 L  edge_2_18_2
 L  edge_2_18_3
 L  edge_2_18_4
 L  edge_2_18_5
 L  edge_2_18_6
 L  edge_2_18_7
 L  edge_2_18_8
 L  edge_2_18_9
 L  edge_2_19_0
 L  edge_2_19_1
 L  edge_2_19_2
 L  edge_2_19_3
 L  edge_2_19_4
 L  edge_2_19_5
 L  edge_2_19_6
 L  edge_2_19_7
 L  edge_2_19_8
 L  edge_2_19_9
 L  edge_2_25_0
 L  edge_2_25_1
 L  edge_2_25_2
 L  edge_2_25_3
 L  edge_2_25_4
 L  edge_2_25_5
 L  edge_2_25_6
 L  edge_2_25_7
 L  edge_2_25_8
 L  edge_2_25_9
 L  edge_2_31_0
 L  edge_2_31_1
 L  edge_2_31_2
 L  edge_2_31_3
 L  edge_2_31_4
 L  edge_2_31_5
 L  edge_2_31_6
 L  edge_2_31_7
 L  edge_2_31_8
 L  edge_2_31_9
 L  edge_2_34_0
 L  edge_2_34_1
 L  edge_2_34_2
 L  edge_2_34_3
 L  edge_2_34_4
 L  edge_2_34_5
 L  edge_2_34_6
 L  edge_2_34_7
 L  edge_2_34_8
 L  edge_2_34_9
 L  edge_3_10_0
 L  edge_3_10_1
 L  edge_3_10_2
 L  edge_3_10_3
 L  edge_3_10_4
 L  edge_3_10_5
 L  edge_3_10_6
 L  edge_3_10_7
 L  edge_3_10_8
 L  edge_3_10_9
 L  edge_3_15_0
 L  edge_3_15_1
 L  edge_3_15_2
 L  edge_3_15_3
 L  edge_3_15_4
 L  edge_3_15_5
 L  edge_3_15_6
 L  edge_3_15_7
 L  edge_3_15_8
 L  edge_3_15_9
 L  edge_3_16_0
 L  edge_3_16_1
 L  edge_3_16_2
 L  edge_3_16_3
 L  edge_3_16_4
 L  edge_3_16_5
 L  edge_3_16_6
 L  edge_3_16_7
 L  edge_3_16_8
 L  edge_3_16_9
 L  edge_3_18_0
 L  edge_3_18_1
 L  edge_3_18_2
 L  edge_3_18_3
 L  edge_3_18_4
 L  edge_3_18_5
 L  edge_3_18_6
 L  edge_3_18_7
 L  edge_3_18_8
 L  edge_3_18_9
 L  edge_3_19_0
 L  edge_3_19_1
 L  edge_3_19_2
 L  edge_3_19_3
 L  edge_3_19_4
 L  edge_3_19_5
 L  edge_3_19_6
 L  edge_3_19_7
 L  edge_3_19_8
 L  edge_3_19_9
 L  edge_3_22_0
 L  edge_3_22_1
 L  edge_3_22_2
 L  edge_3_22_3
 L  edge_3_22_4
 L  edge_3_22_5
 L  edge_3_22_6
 L  edge_3_22_7
 L  edge_3_22_8
 L  edge_3_22_9
 L  edge_3_39_0
 L  edge_3_39_1
 L  edge_3_39_2
 L  edge_3_39_3
 L  edge_3_39_4
 L  edge_3_39_5
 L  edge_3_39_6
 L  edge_3_39_7
 L  edge_3_39_8
 L  edge_3_39_9
 L  edge_4_11_0
 L  edge_4_11_1
 L  edge_4_11_2
 L  edge_4_11_3
 L  edge_4_11_4
 L  edge_4_11_5
 L  edge_4_11_6
 L  edge_4_11_7
 L  edge_4_11_8
 L  edge_4_11_9
 L  edge_4_15_0
 L  edge_4_15_1
 L  edge_4_15_2
 L  edge_4_15_3
 L  edge_4_15_4
 L  edge_4_15_5
 L  edge_4_15_6
 L  edge_4_15_7
 L  edge_4_15_8
 L  edge_4_15_9
 L  edge_4_16_0
 L  edge_4_16_1
 L  edge_4_16_2
 L  edge_4_16_3
 L  edge_4_16_4
 L  edge_4_16_5
 L  edge_4_16_6
 L  edge_4_16_7
 L  edge_4_16_8
 L  edge_4_16_9
 L  edge_4_17_0
 L  edge_4_17_1
 L  edge_4_17_2
 L  edge_4_17_3
 L  edge_4_17_4
 L  edge_4_17_5
 L  edge_4_17_6
 L  edge_4_17_7
 L  edge_4_17_8
 L  edge_4_17_9
 L  edge_4_19_0
 L  edge_4_19_1
 L  edge_4_19_2
 L  edge_4_19_3
 L  edge_4_19_4
 L  edge_4_19_5
 L  edge_4_19_6
 L  edge_4_19_7
 L  edge_4_19_8
 L  edge_4_19_9
 L  edge_4_23_0
 L  edge_4_23_1
 L  edge_4_23_2
 L  edge_4_23_3
 L  edge_4_23_4
 L  edge_4_23_5
 L  edge_4_23_6
 L  edge_4_23_7
 L  edge_4_23_8
 L  edge_4_23_9
 L  edge_4_26_0
 L  edge_4_26_1
 L  edge_4_26_2
 L  edge_4_26_3
 L  edge_4_26_4
 L  edge_4_26_5
 L  edge_4_26_6
 L  edge_4_26_7
 L  edge_4_26_8
 L  edge_4_26_9
 L  edge_4_27_0
 L  edge_4_27_1
 L  edge_4_27_2
 L  edge_4_27_3
 L  edge_4_27_4
 L  edge_4_27_5
 L  edge_4_27_6
 L  edge_4_27_7
 L  edge_4_27_8
 L  edge_4_27_9
 L  edge_4_35_0
 L  edge_4_35_1
 L  edge_4_35_2
 L  edge_4_35_3
 L  edge_4_35_4
 L  edge_4_35_5
 L  edge_4_35_6
 L  edge_4_35_7
 L  edge_4_35_8
 L  edge_4_35_9
 L  edge_5_6_0
 L  edge_5_6_1
 L  edge_5_6_2
 L  edge_5_6_3
 L  edge_5_6_4
 L  edge_5_6_5
 L  edge_5_6_6
 L  edge_5_6_7
 L  edge_5_6_8
 L  edge_5_6_9
 L  edge_5_8_0
 L  edge_5_8_1
 L  edge_5_8_2
 L  edge_5_8_3
 L  edge_5_8_4
 L  edge_5_8_5
 L  edge_5_8_6
 L  edge_5_8_7
 L  edge_5_8_8
 L  edge_5_8_9
 L  edge_5_9_0
 L  edge_5_9_1
 L  edge_5_9_2
 L  edge_5_9_3
 L  edge_5_9_4
 L  edge_5_9_5
 L  edge_5_9_6
 L  edge_5_9_7
 L  edge_5_9_8
 L  edge_5_9_9
 L  edge_5_10_0
 L  edge_5_10_1
 L  edge_5_10_2
 L  edge_5_10_3
 L  edge_5_10_4
 L  edge_5_10_5
 L  edge_5_10_6
 L  edge_5_10_7
 L  edge_5_10_8
 L  edge_5_10_9
 L  edge_5_11_0
 L  edge_5_11_1
 L  edge_5_11_2
 L  edge_5_11_3
 L  edge_5_11_4
 L  edge_5_11_5
 L  edge_5_11_6
 L  edge_5_11_7
 L  edge_5_11_8
 L  edge_5_11_9
 L  edge_5_16_0
 L  edge_5_16_1
 L  edge_5_16_2
 L  edge_5_16_3
 L  edge_5_16_4
 L  edge_5_16_5
 L  edge_5_16_6
 L  edge_5_16_7
 L  edge_5_16_8
 L  edge_5_16_9
 L  edge_5_23_0
 L  edge_5_23_1
 L  edge_5_23_2
 L  edge_5_23_3
 L  edge_5_23_4
 L  edge_5_23_5
 L  edge_5_23_6
 L  edge_5_23_7
 L  edge_5_23_8
 L  edge_5_23_9
 L  edge_5_24_0
 L  edge_5_24_1
 L  edge_5_24_2
 L  edge_5_24_3
 L  edge_5_24_4
 L  edge_5_24_5
 L  edge_5_24_6
 L  edge_5_24_7
 L  edge_5_24_8
 L  edge_5_24_9
 L  edge_5_27_0
 L  edge_5_27_1
 L  edge_5_27_2
 L  edge_5_27_3
 L  edge_5_27_4
 L  edge_5_27_5
 L  edge_5_27_6
 L  edge_5_27_7
 L  edge_5_27_8
 L  edge_5_27_9
 L  edge_5_32_0
 L  edge_5_32_1
 L  edge_5_32_2
 L  edge_5_32_3
 L  edge_5_32_4
 L  edge_5_32_5
 L  edge_5_32_6
 L  edge_5_32_7
 L  edge_5_32_8
 L  edge_5_32_9
 L  edge_5_33_0
 L  edge_5_33_1
 L  edge_5_33_2
 L  edge_5_33_3
 L  edge_5_33_4
 L  edge_5_33_5
 L  edge_5_33_6
 L  edge_5_33_7
 L  edge_5_33_8
 L  edge_5_33_9
 L  edge_5_35_0
 L  edge_5_35_1
 L  edge_5_35_2
 L  edge_5_35_3
 L  edge_5_35_4
 L  edge_5_35_5
 L  edge_5_35_6
 L  edge_5_35_7
 L  edge_5_35_8
 L  edge_5_35_9
 L  edge_5_38_0
 L  edge_5_38_1
 L  edge_5_38_2
 L  edge_5_38_3
 L  edge_5_38_4
 L  edge_5_38_5
 L  edge_5_38_6
 L  edge_5_38_7
 L  edge_5_38_8
 L  edge_5_38_9
 L  edge_6_8_0
 L  edge_6_8_1
 L  edge_6_8_2
 L  edge_6_8_3
 L  edge_6_8_4
 L  edge_6_8_5
 L  edge_6_8_6
 L  edge_6_8_7
 L  edge_6_8_8
 L  edge_6_8_9
 L  edge_6_10_0
 L  edge_6_10_1
 L  edge_6_10_2
 L  edge_6_10_3
 L  edge_6_10_4
 L  edge_6_10_5
 L  edge_6_10_6
 L  edge_6_10_7
 L  edge_6_10_8
 L  edge_6_10_9
 L  edge_6_14_0
 L  edge_6_14_1
 L  edge_6_14_2
 L  edge_6_14_3
 L  edge_6_14_4
 L  edge_6_14_5
 L  edge_6_14_6
 L  edge_6_14_7
 L  edge_6_14_8
 L  edge_6_14_9
 L  edge_6_15_0
 L  edge_6_15_1
 L  edge_6_15_2
 L  edge_6_15_3
 L  edge_6_15_4
 L  edge_6_15_5
 L  edge_6_15_6
 L  edge_6_15_7
 L  edge_6_15_8
 L  edge_6_15_9
 L  edge_6_24_0
 L  edge_6_24_1
 L  edge_6_24_2
 L  edge_6_24_3
 L  edge_6_24_4
 L  edge_6_24_5
 L  edge_6_24_6
 L  edge_6_24_7
 L  edge_6_24_8
 L  edge_6_24_9
 L  edge_6_26_0
 L  edge_6_26_1
 L  edge_6_26_2
 L  edge_6_26_3
 L  edge_6_26_4
 L  edge_6_26_5
 L  edge_6_26_6
 L  edge_6_26_7
 L  edge_6_26_8
 L  edge_6_26_9
 L  edge_6_29_0
 L  edge_6_29_1
 L  edge_6_29_2
 L  edge_6_29_3
 L  edge_6_29_4
 L  edge_6_29_5
 L  edge_6_29_6
 L  edge_6_29_7
 L  edge_6_29_8
 L  edge_6_29_9
 L  edge_6_30_0
 L  edge_6_30_1
 L  edge_6_30_2
 L  edge_6_30_3
 L  edge_6_30_4
 L  edge_6_30_5
 L  edge_6_30_6
 L  edge_6_30_7
 L  edge_6_30_8
 L  edge_6_30_9
 L  edge_6_31_0
 L  edge_6_31_1
 L  edge_6_31_2
 L  edge_6_31_3
 L  edge_6_31_4
 L  edge_6_31_5
 L  edge_6_31_6
 L  edge_6_31_7
 L  edge_6_31_8
 L  edge_6_31_9
 L  edge_6_32_0
 L  edge_6_32_1
 L  edge_6_32_2
 L  edge_6_32_3
 L  edge_6_32_4
 L  edge_6_32_5
 L  edge_6_32_6
 L  edge_6_32_7
 L  edge_6_32_8
 L  edge_6_32_9
 L  edge_7_11_0
 L  edge_7_11_1
 L  edge_7_11_2
 L  edge_7_11_3
 L  edge_7_11_4
 L  edge_7_11_5
 L  edge_7_11_6
 L  edge_7_11_7
 L  edge_7_11_8
 L  edge_7_11_9
 L  edge_7_20_0
 L  edge_7_20_1
 L  edge_7_20_2
 L  edge_7_20_3
 L  edge_7_20_4
 L  edge_7_20_5
 L  edge_7_20_6
 L  edge_7_20_7
 L  edge_7_20_8
 L  edge_7_20_9
 L  edge_7_24_0
 L  edge_7_24_1
 L  edge_7_24_2
 L  edge_7_24_3
 L  edge_7_24_4
 L  edge_7_24_5
 L  edge_7_24_6
 L  edge_7_24_7
 L  edge_7_24_8
 L  edge_7_24_9
 L  edge_7_33_0
 L  edge_7_33_1
 L  edge_7_33_2
 L  edge_7_33_3
 L  edge_7_33_4
 L  edge_7_33_5
 L  edge_7_33_6
 L  edge_7_33_7
 L  edge_7_33_8
 L  edge_7_33_9
 L  edge_7_34_0
 L  edge_7_34_1
 L  edge_7_34_2
 L  edge_7_34_3
 L  edge_7_34_4
 L  edge_7_34_5
 L  edge_7_34_6
 L  edge_7_34_7
 L  edge_7_34_8
 L  edge_7_34_9
 L  edge_7_35_0
 L  edge_7_35_1
 L  edge_7_35_2
 L  edge_7_35_3
 L  edge_7_35_4
 L  edge_7_35_5
 L  edge_7_35_6
 L  edge_7_35_7
 L  edge_7_35_8
 L  edge_7_35_9
 L  edge_7_38_0
 L  edge_7_38_1
 L  edge_7_38_2
 L  edge_7_38_3
 L  edge_7_38_4
 L  edge_7_38_5
 L  edge_7_38_6
 L  edge_7_38_7
 L  edge_7_38_8
 L  edge_7_38_9
 L  edge_8_9_0
 L  edge_8_9_1
 L  edge_8_9_2
 L  edge_8_9_3
 L  edge_8_9_4
 L  edge_8_9_5
 L  edge_8_9_6
 L  edge_8_9_7
 L  edge_8_9_8
 L  edge_8_9_9
 L  edge_8_10_0
 L  edge_8_10_1
 L  edge_8_10_2
 L  edge_8_10_3
 L  edge_8_10_4
 L  edge_8_10_5
 L  edge_8_10_6
 L  edge_8_10_7
 L  edge_8_10_8
 L  edge_8_10_9
 L  edge_8_12_0
 L  edge_8_12_1
 L  edge_8_12_2
 L  edge_8_12_3
 L  edge_8_12_4
 L  edge_8_12_5
 L  edge_8_12_6
 L  edge_8_12_7
 L  edge_8_12_8
 L  edge_8_12_9
 L  edge_8_16_0
 L  edge_8_16_1
 L  edge_8_16_2
 L  edge_8_16_3
 L  edge_8_16_4
 L  edge_8_16_5
 L  edge_8_16_6
 L  edge_8_16_7
 L  edge_8_16_8
 L  edge_8_16_9
 L  edge_8_19_0
 L  edge_8_19_1
 L  edge_8_19_2
 L  edge_8_19_3
 L  edge_8_19_4
 L  edge_8_19_5
 L  edge_8_19_6
 L  edge_8_19_7
 L  edge_8_19_8
 L  edge_8_19_9
 L  edge_8_21_0
 L  edge_8_21_1
 L  edge_8_21_2
 L  edge_8_21_3
 L  edge_8_21_4
 L  edge_8_21_5
 L  edge_8_21_6
 L  edge_8_21_7
 L  edge_8_21_8
 L  edge_8_21_9
 L  edge_8_23_0
 L  edge_8_23_1
 L  edge_8_23_2
 L  edge_8_23_3
 L  edge_8_23_4
 L  edge_8_23_5
 L  edge_8_23_6
 L  edge_8_23_7
 L  edge_8_23_8
 L  edge_8_23_9
 L  edge_8_27_0
 L  edge_8_27_1
 L  edge_8_27_2
 L  edge_8_27_3
 L  edge_8_27_4
 L  edge_8_27_5
 L  edge_8_27_6
 L  edge_8_27_7
 L  edge_8_27_8
 L  edge_8_27_9
 L  edge_8_28_0
 L  edge_8_28_1
 L  edge_8_28_2
 L  edge_8_28_3
 L  edge_8_28_4
 L  edge_8_28_5
 L  edge_8_28_6
 L  edge_8_28_7
 L  edge_8_28_8
 L  edge_8_28_9
 L  edge_8_31_0
 L  edge_8_31_1
 L  edge_8_31_2
 L  edge_8_31_3
 L  edge_8_31_4
 L  edge_8_31_5
 L  edge_8_31_6
 L  edge_8_31_7
 L  edge_8_31_8
 L  edge_8_31_9
 L  edge_8_34_0
 L  edge_8_34_1
 L  edge_8_34_2
 L  edge_8_34_3
 L  edge_8_34_4
 L  edge_8_34_5
 L  edge_8_34_6
 L  edge_8_34_7
 L  edge_8_34_8
 L  edge_8_34_9
 L  edge_8_35_0
 L  edge_8_35_1
 L  edge_8_35_2
 L  edge_8_35_3
 L  edge_8_35_4
 L  edge_8_35_5
 L  edge_8_35_6
 L  edge_8_35_7
 L  edge_8_35_8
 L  edge_8_35_9
 L  edge_8_37_0
 L  edge_8_37_1
 L  edge_8_37_2
 L  edge_8_37_3
 L  edge_8_37_4
 L  edge_8_37_5
 L  edge_8_37_6
 L  edge_8_37_7
 L  edge_8_37_8
 L  edge_8_37_9
 L  edge_8_38_0
 L  edge_8_38_1
 L  edge_8_38_2
 L  edge_8_38_3
 L  edge_8_38_4
 L  edge_8_38_5
 L  edge_8_38_6
 L  edge_8_38_7
 L  edge_8_38_8
 L  edge_8_38_9
 L  edge_9_10_0
 L  edge_9_10_1
 L  edge_9_10_2
 L  edge_9_10_3
 L  edge_9_10_4
 L  edge_9_10_5
 L  edge_9_10_6
 L  edge_9_10_7
 L  edge_9_10_8
 L  edge_9_10_9
 L  edge_9_11_0
 L  edge_9_11_1
 L  edge_9_11_2
 L  edge_9_11_3
 L  edge_9_11_4
 L  edge_9_11_5
 L  edge_9_11_6
 L  edge_9_11_7
 L  edge_9_11_8
 L  edge_9_11_9
 L  edge_9_13_0
 L  edge_9_13_1
 L  edge_9_13_2
 L  edge_9_13_3
 L  edge_9_13_4
 L  edge_9_13_5
 L  edge_9_13_6
 L  edge_9_13_7
 L  edge_9_13_8
 L  edge_9_13_9
 L  edge_9_17_0
 L  edge_9_17_1
 L  edge_9_17_2
 L  edge_9_17_3
 L  edge_9_17_4
 L  edge_9_17_5
 L  edge_9_17_6
 L  edge_9_17_7
 L  edge_9_17_8
 L  edge_9_17_9
 L  edge_9_22_0
 L  edge_9_22_1
 L  edge_9_22_2
 L  edge_9_22_3
 L  edge_9_22_4
 L  edge_9_22_5
 L  edge_9_22_6
 L  edge_9_22_7
 L  edge_9_22_8
 L  edge_9_22_9
 L  edge_9_23_0
 L  edge_9_23_1
 L  edge_9_23_2
 L  edge_9_23_3
 L  edge_9_23_4
 L  edge_9_23_5
 L  edge_9_23_6
 L  edge_9_23_7
 L  edge_9_23_8
 L  edge_9_23_9
 L  edge_9_26_0
 L  edge_9_26_1
 L  edge_9_26_2
 L  edge_9_26_3
 L  edge_9_26_4
 L  edge_9_26_5
 L  edge_9_26_6
 L  edge_9_26_7
 L  edge_9_26_8
 L  edge_9_26_9
 L  edge_9_34_0
 L  edge_9_34_1
 L  edge_9_34_2
 L  edge_9_34_3
 L  edge_9_34_4
 L  edge_9_34_5
 L  edge_9_34_6
 L  edge_9_34_7
 L  edge_9_34_8
 L  edge_9_34_9
 L  edge_9_35_0
 L  edge_9_35_1
 L  edge_9_35_2
 L  edge_9_35_3
 L  edge_9_35_4
 L  edge_9_35_5
 L  edge_9_35_6
 L  edge_9_35_7
 L  edge_9_35_8
 L  edge_9_35_9
 L  edge_9_36_0
 L  edge_9_36_1
 L  edge_9_36_2
 L  edge_9_36_3
 L  edge_9_36_4
 L  edge_9_36_5
 L  edge_9_36_6
 L  edge_9_36_7
 L  edge_9_36_8
 L  edge_9_36_9
 L  edge_9_38_0
 L  edge_9_38_1
 L  edge_9_38_2
 L  edge_9_38_3
 L  edge_9_38_4
 L  edge_9_38_5
 L  edge_9_38_6
 L  edge_9_38_7
 L  edge_9_38_8
 L  edge_9_38_9
 L  edge_9_39_0
 L  edge_9_39_1
 L  edge_9_39_2
 L  edge_9_39_3
 L  edge_9_39_4
 L  edge_9_39_5
 L  edge_9_39_6
 L  edge_9_39_7
 L  edge_9_39_8
 L  edge_9_39_9
 L  edge_10_18_0
 L  edge_10_18_1
 L  edge_10_18_2
 L  edge_10_18_3
 L  edge_10_18_4
 L  edge_10_18_5
 L  edge_10_18_6
 L  edge_10_18_7
 L  edge_10_18_8
 L  edge_10_18_9
 L  edge_10_20_0
 L  edge_10_20_1
 L  edge_10_20_2
 L  edge_10_20_3
 L  edge_10_20_4
 L  edge_10_20_5
 L  edge_10_20_6
 L  edge_10_20_7
 L  edge_10_20_8
 L  edge_10_20_9
 L  edge_10_21_0
 L  edge_10_21_1
 L  edge_10_21_2
 L  edge_10_21_3
 L  edge_10_21_4
 L  edge_10_21_5
 L  edge_10_21_6
 L  edge_10_21_7
 L  edge_10_21_8
 L  edge_10_21_9
 L  edge_10_24_0
 L  edge_10_24_1
 L  edge_10_24_2
 L  edge_10_24_3
 L  edge_10_24_4
 L  edge_10_24_5
 L  edge_10_24_6
 L  edge_10_24_7
 L  edge_10_24_8
 L  edge_10_24_9
 L  edge_10_25_0
 L  edge_10_25_1
 L  edge_10_25_2
 L  edge_10_25_3
 L  edge_10_25_4
 L  edge_10_25_5
 L  edge_10_25_6
 L  edge_10_25_7
 L  edge_10_25_8
 L  edge_10_25_9
 L  edge_10_29_0
 L  edge_10_29_1
 L  edge_10_29_2
 L  edge_10_29_3
 L  edge_10_29_4
 L  edge_10_29_5
 L  edge_10_29_6
 L  edge_10_29_7
 L  edge_10_29_8
 L  edge_10_29_9
 L  edge_10_31_0
 L  edge_10_31_1
 L  edge_10_31_2
 L  edge_10_31_3
 L  edge_10_31_4
 L  edge_10_31_5
 L  edge_10_31_6
 L  edge_10_31_7
 L  edge_10_31_8
 L  edge_10_31_9
 L  edge_11_12_0
 L  edge_11_12_1
 L  edge_11_12_2
 L  edge_11_12_3
 L  edge_11_12_4
 L  edge_11_12_5
 L  edge_11_12_6
 L  edge_11_12_7
 L  edge_11_12_8
 L  edge_11_12_9
 L  edge_11_14_0
 L  edge_11_14_1
 L  edge_11_14_2
 L  edge_11_14_3
 L  edge_11_14_4
 L  edge_11_14_5
 L  edge_11_14_6
 L  edge_11_14_7
 L  edge_11_14_8
 L  edge_11_14_9
 L  edge_11_17_0
 L  edge_11_17_1
 L  edge_11_17_2
 L  edge_11_17_3
 L  edge_11_17_4
 L  edge_11_17_5
 L  edge_11_17_6
 L  edge_11_17_7
 L  edge_11_17_8
 L  edge_11_17_9
 L  edge_11_19_0
 L  edge_11_19_1
 L  edge_11_19_2
 L  edge_11_19_3
 L  edge_11_19_4
 L  edge_11_19_5
 L  edge_11_19_6
 L  edge_11_19_7
 L  edge_11_19_8
 L  edge_11_19_9
 L  edge_11_20_0
 L  edge_11_20_1
 L  edge_11_20_2
 L  edge_11_20_3
 L  edge_11_20_4
 L  edge_11_20_5
 L  edge_11_20_6
 L  edge_11_20_7
 L  edge_11_20_8
 L  edge_11_20_9
 L  edge_11_24_0
 L  edge_11_24_1
 L  edge_11_24_2
 L  edge_11_24_3
 L  edge_11_24_4
 L  edge_11_24_5
 L  edge_11_24_6
 L  edge_11_24_7
 L  edge_11_24_8
 L  edge_11_24_9
 L  edge_11_25_0
 L  edge_11_25_1
 L  edge_11_25_2
 L  edge_11_25_3
 L  edge_11_25_4
 L  edge_11_25_5
 L  edge_11_25_6
 L  edge_11_25_7
 L  edge_11_25_8
 L  edge_11_25_9
 L  edge_11_28_0
 L  edge_11_28_1
 L  edge_11_28_2
 L  edge_11_28_3
 L  edge_11_28_4
 L  edge_11_28_5
 L  edge_11_28_6
 L  edge_11_28_7
 L  edge_11_28_8
 L  edge_11_28_9
 L  edge_11_29_0
 L  edge_11_29_1
 L  edge_11_29_2
 L  edge_11_29_3
 L  edge_11_29_4
 L  edge_11_29_5
 L  edge_11_29_6
 L  edge_11_29_7
 L  edge_11_29_8
 L  edge_11_29_9
 L  edge_11_38_0
 L  edge_11_38_1
 L  edge_11_38_2
 L  edge_11_38_3
 L  edge_11_38_4
 L  edge_11_38_5
 L  edge_11_38_6
 L  edge_11_38_7
 L  edge_11_38_8
 L  edge_11_38_9
 L  edge_12_13_0
 L  edge_12_13_1
 L  edge_12_13_2
 L  edge_12_13_3
 L  edge_12_13_4
 L  edge_12_13_5
 L  edge_12_13_6
 L  edge_12_13_7
 L  edge_12_13_8
 L  edge_12_13_9
 L  edge_12_15_0
 L  edge_12_15_1
 L  edge_12_15_2
 L  edge_12_15_3
 L  edge_12_15_4
 L  edge_12_15_5
 L  edge_12_15_6
 L  edge_12_15_7
 L  edge_12_15_8
 L  edge_12_15_9
 L  edge_12_16_0
 L  edge_12_16_1
 L  edge_12_16_2
 L  edge_12_16_3
 L  edge_12_16_4
 L  edge_12_16_5
 L  edge_12_16_6
 L  edge_12_16_7
 L  edge_12_16_8
 L  edge_12_16_9
 L  edge_12_18_0
 L  edge_12_18_1
 L  edge_12_18_2
 L  edge_12_18_3
 L  edge_12_18_4
 L  edge_12_18_5
 L  edge_12_18_6
 L  edge_12_18_7
 L  edge_12_18_8
 L  edge_12_18_9
 L  edge_12_20_0
 L  edge_12_20_1
 L  edge_12_20_2
 L  edge_12_20_3
 L  edge_12_20_4
 L  edge_12_20_5
 L  edge_12_20_6
 L  edge_12_20_7
 L  edge_12_20_8
 L  edge_12_20_9
 L  edge_12_23_0
 L  edge_12_23_1
 L  edge_12_23_2
 L  edge_12_23_3
 L  edge_12_23_4
 L  edge_12_23_5
 L  edge_12_23_6
 L  edge_12_23_7
 L  edge_12_23_8
 L  edge_12_23_9
 L  edge_12_27_0
 L  edge_12_27_1
 L  edge_12_27_2
 L  edge_12_27_3
 L  edge_12_27_4
 L  edge_12_27_5
 L  edge_12_27_6
 L  edge_12_27_7
 L  edge_12_27_8
 L  edge_12_27_9
 L  edge_12_29_0
 L  edge_12_29_1
 L  edge_12_29_2
 L  edge_12_29_3
 L  edge_12_29_4
 L  edge_12_29_5
 L  edge_12_29_6
 L  edge_12_29_7
 L  edge_12_29_8
 L  edge_12_29_9
 L  edge_12_32_0
 L  edge_12_32_1
 L  edge_12_32_2
 L  edge_12_32_3
 L  edge_12_32_4
 L  edge_12_32_5
 L  edge_12_32_6
 L  edge_12_32_7
 L  edge_12_32_8
 L  edge_12_32_9
 L  edge_13_15_0
 L  edge_13_15_1
 L  edge_13_15_2
 L  edge_13_15_3
 L  edge_13_15_4
 L  edge_13_15_5
 L  edge_13_15_6
 L  edge_13_15_7
 L  edge_13_15_8
 L  edge_13_15_9
 L  edge_13_23_0
 L  edge_13_23_1
 L  edge_13_23_2
 L  edge_13_23_3
 L  edge_13_23_4
 L  edge_13_23_5
 L  edge_13_23_6
 L  edge_13_23_7
 L  edge_13_23_8
 L  edge_13_23_9
 L  edge_13_24_0
 L  edge_13_24_1
 L  edge_13_24_2
 L  edge_13_24_3
 L  edge_13_24_4
 L  edge_13_24_5
 L  edge_13_24_6
 L  edge_13_24_7
 L  edge_13_24_8
 L  edge_13_24_9
 L  edge_13_25_0
 L  edge_13_25_1
 L  edge_13_25_2
 L  edge_13_25_3
 L  edge_13_25_4
 L  edge_13_25_5
 L  edge_13_25_6
 L  edge_13_25_7
 L  edge_13_25_8
 L  edge_13_25_9
 L  edge_13_27_0
 L  edge_13_27_1
 L  edge_13_27_2
 L  edge_13_27_3
 L  edge_13_27_4
 L  edge_13_27_5
 L  edge_13_27_6
 L  edge_13_27_7
 L  edge_13_27_8
 L  edge_13_27_9
 L  edge_13_29_0
 L  edge_13_29_1
 L  edge_13_29_2
 L  edge_13_29_3
 L  edge_13_29_4
 L  edge_13_29_5
 L  edge_13_29_6
 L  edge_13_29_7
 L  edge_13_29_8
 L  edge_13_29_9
 L  edge_13_33_0
 L  edge_13_33_1
 L  edge_13_33_2
 L  edge_13_33_3
 L  edge_13_33_4
 L  edge_13_33_5
 L  edge_13_33_6
 L  edge_13_33_7
 L  edge_13_33_8
 L  edge_13_33_9
 L  edge_13_36_0
 L  edge_13_36_1
 L  edge_13_36_2
 L  edge_13_36_3
 L  edge_13_36_4
 L  edge_13_36_5
 L  edge_13_36_6
 L  edge_13_36_7
 L  edge_13_36_8
 L  edge_13_36_9
 L  edge_14_15_0
 L  edge_14_15_1
 L  edge_14_15_2
 L  edge_14_15_3
 L  edge_14_15_4
 L  edge_14_15_5
 L  edge_14_15_6
 L  edge_14_15_7
 L  edge_14_15_8
 L  edge_14_15_9
 L  edge_14_19_0
 L  edge_14_19_1
 L  edge_14_19_2
 L  edge_14_19_3
 L  edge_14_19_4
 L  edge_14_19_5
 L  edge_14_19_6
 L  edge_14_19_7
 L  edge_14_19_8
 L  edge_14_19_9
 L  edge_14_22_0
 L  edge_14_22_1
 L  edge_14_22_2
 L  edge_14_22_3
 L  edge_14_22_4
 L  edge_14_22_5
 L  edge_14_22_6
 L  edge_14_22_7
 L  edge_14_22_8
 L  edge_14_22_9
 L  edge_14_23_0
 L  edge_14_23_1
 L  edge_14_23_2
 L  edge_14_23_3
 L  edge_14_23_4
 L  edge_14_23_5
 L  edge_14_23_6
 L  edge_14_23_7
 L  edge_14_23_8
 L  edge_14_23_9
 L  edge_14_39_0
 L  edge_14_39_1
 L  edge_14_39_2
 L  edge_14_39_3
 L  edge_14_39_4
 L  edge_14_39_5
 L  edge_14_39_6
 L  edge_14_39_7
 L  edge_14_39_8
 L  edge_14_39_9
 L  edge_15_16_0
 L  edge_15_16_1
 L  edge_15_16_2
 L  edge_15_16_3
 L  edge_15_16_4
 L  edge_15_16_5
 L  edge_15_16_6
 L  edge_15_16_7
 L  edge_15_16_8
 L  edge_15_16_9
 L  edge_15_18_0
 L  edge_15_18_1
 L  edge_15_18_2
 L  edge_15_18_3
 L  edge_15_18_4
 L  edge_15_18_5
 L  edge_15_18_6
 L  edge_15_18_7
 L  edge_15_18_8
 L  edge_15_18_9
 L  edge_15_20_0
 L  edge_15_20_1
 L  edge_15_20_2
 L  edge_15_20_3
 L  edge_15_20_4
 L  edge_15_20_5
 L  edge_15_20_6
 L  edge_15_20_7
 L  edge_15_20_8
 L  edge_15_20_9
 L  edge_15_22_0
 L  edge_15_22_1
 L  edge_15_22_2
 L  edge_15_22_3
 L  edge_15_22_4
 L  edge_15_22_5
 L  edge_15_22_6
 L  edge_15_22_7
 L  edge_15_22_8
 L  edge_15_22_9
 L  edge_15_24_0
 L  edge_15_24_1
 L  edge_15_24_2
 L  edge_15_24_3
 L  edge_15_24_4
 L  edge_15_24_5
 L  edge_15_24_6
 L  edge_15_24_7
 L  edge_15_24_8
 L  edge_15_24_9
 L  edge_15_29_0
 L  edge_15_29_1
 L  edge_15_29_2
 L  edge_15_29_3
 L  edge_15_29_4
 L  edge_15_29_5
 L  edge_15_29_6
 L  edge_15_29_7
 L  edge_15_29_8
 L  edge_15_29_9
 L  edge_15_35_0
 L  edge_15_35_1
 L  edge_15_35_2
 L  edge_15_35_3
 L  edge_15_35_4
 L  edge_15_35_5
 L  edge_15_35_6
 L  edge_15_35_7
 L  edge_15_35_8
 L  edge_15_35_9
 L  edge_15_36_0
 L  edge_15_36_1
 L  edge_15_36_2
 L  edge_15_36_3
 L  edge_15_36_4
 L  edge_15_36_5
 L  edge_15_36_6
 L  edge_15_36_7
 L  edge_15_36_8
 L  edge_15_36_9
 L  edge_15_39_0
 L  edge_15_39_1
 L  edge_15_39_2
 L  edge_15_39_3
 L  edge_15_39_4
 L  edge_15_39_5
 L  edge_15_39_6
 L  edge_15_39_7
 L  edge_15_39_8
 L  edge_15_39_9
 L  edge_16_18_0
 L  edge_16_18_1
 L  edge_16_18_2
 L  edge_16_18_3
 L  edge_16_18_4
 L  edge_16_18_5
 L  edge_16_18_6
 L  edge_16_18_7
 L  edge_16_18_8
 L  edge_16_18_9
 L  edge_16_19_0
 L  edge_16_19_1
 L  edge_16_19_2
 L  edge_16_19_3
 L  edge_16_19_4
 L  edge_16_19_5
 L  edge_16_19_6
 L  edge_16_19_7
 L  edge_16_19_8
 L  edge_16_19_9
 L  edge_16_26_0
 L  edge_16_26_1
 L  edge_16_26_2
 L  edge_16_26_3
 L  edge_16_26_4
 L  edge_16_26_5
 L  edge_16_26_6
 L  edge_16_26_7
 L  edge_16_26_8
 L  edge_16_26_9
 L  edge_16_31_0
 L  edge_16_31_1
 L  edge_16_31_2
 L  edge_16_31_3
 L  edge_16_31_4
 L  edge_16_31_5
 L  edge_16_31_6
 L  edge_16_31_7
 L  edge_16_31_8
 L  edge_16_31_9
 L  edge_16_34_0
 L  edge_16_34_1
 L  edge_16_34_2
 L  edge_16_34_3
 L  edge_16_34_4
 L  edge_16_34_5
 L  edge_16_34_6
 L  edge_16_34_7
 L  edge_16_34_8
 L  edge_16_34_9
 L  edge_16_38_0
 L  edge_16_38_1
 L  edge_16_38_2
 L  edge_16_38_3
 L  edge_16_38_4
 L  edge_16_38_5
 L  edge_16_38_6
 L  edge_16_38_7
 L  edge_16_38_8
 L  edge_16_38_9
 L  edge_16_39_0
 L  edge_16_39_1
 L  edge_16_39_2
 L  edge_16_39_3
 L  edge_16_39_4
 L  edge_16_39_5
 L  edge_16_39_6
 L  edge_16_39_7
 L  edge_16_39_8
 L  edge_16_39_9
 L  edge_17_19_0
 L  edge_17_19_1
 L  edge_17_19_2
 L  edge_17_19_3
 L  edge_17_19_4
 L  edge_17_19_5
 L  edge_17_19_6
 L  edge_17_19_7
 L  edge_17_19_8
 L  edge_17_19_9
 L  edge_17_22_0
 L  edge_17_22_1
 L  edge_17_22_2
 L  edge_17_22_3
 L  edge_17_22_4
 L  edge_17_22_5
 L  edge_17_22_6
 L  edge_17_22_7
 L  edge_17_22_8
 L  edge_17_22_9
 L  edge_17_23_0
 L  edge_17_23_1
 L  edge_17_23_2
 L  edge_17_23_3
 L  edge_17_23_4
 L  edge_17_23_5
 L  edge_17_23_6
 L  edge_17_23_7
 L  edge_17_23_8
 L  edge_17_23_9
 L  edge_17_25_0
 L  edge_17_25_1
 L  edge_17_25_2
 L  edge_17_25_3
 L  edge_17_25_4
 L  edge_17_25_5
 L  edge_17_25_6
 L  edge_17_25_7
 L  edge_17_25_8
 L  edge_17_25_9
 L  edge_17_28_0
 L  edge_17_28_1
 L  edge_17_28_2
 L  edge_17_28_3
 L  edge_17_28_4
 L  edge_17_28_5
 L  edge_17_28_6
 L  edge_17_28_7
 L  edge_17_28_8
 L  edge_17_28_9
 L  edge_17_30_0
 L  edge_17_30_1
 L  edge_17_30_2
 L  edge_17_30_3
 L  edge_17_30_4
 L  edge_17_30_5
 L  edge_17_30_6
 L  edge_17_30_7
 L  edge_17_30_8
 L  edge_17_30_9
 L  edge_17_31_0
 L  edge_17_31_1
 L  edge_17_31_2
 L  edge_17_31_3
 L  edge_17_31_4
 L  edge_17_31_5
 L  edge_17_31_6
 L  edge_17_31_7
 L  edge_17_31_8
 L  edge_17_31_9
 L  edge_17_32_0
 L  edge_17_32_1
 L  edge_17_32_2
 L  edge_17_32_3
 L  edge_17_32_4
 L  edge_17_32_5
 L  edge_17_32_6
 L  edge_17_32_7
 L  edge_17_32_8
 L  edge_17_32_9
 L  edge_18_20_0
 L  edge_18_20_1
 L  edge_18_20_2
 L  edge_18_20_3
 L  edge_18_20_4
 L  edge_18_20_5
 L  edge_18_20_6
 L  edge_18_20_7
 L  edge_18_20_8
 L  edge_18_20_9
 L  edge_18_22_0
 L  edge_18_22_1
 L  edge_18_22_2
 L  edge_18_22_3
 L  edge_18_22_4
 L  edge_18_22_5
 L  edge_18_22_6
 L  edge_18_22_7
 L  edge_18_22_8
 L  edge_18_22_9
 L  edge_18_23_0
 L  edge_18_23_1
 L  edge_18_23_2
 L  edge_18_23_3
 L  edge_18_23_4
 L  edge_18_23_5
 L  edge_18_23_6
 L  edge_18_23_7
 L  edge_18_23_8
 L  edge_18_23_9
 L  edge_18_26_0
 L  edge_18_26_1
 L  edge_18_26_2
 L  edge_18_26_3
 L  edge_18_26_4
 L  edge_18_26_5
 L  edge_18_26_6
 L  edge_18_26_7
 L  edge_18_26_8
 L  edge_18_26_9
 L  edge_18_28_0
 L  edge_18_28_1
 L  edge_18_28_2
 L  edge_18_28_3
 L  edge_18_28_4
 L  edge_18_28_5
 L  edge_18_28_6
 L  edge_18_28_7
 L  edge_18_28_8
 L  edge_18_28_9
 L  edge_18_37_0
 L  edge_18_37_1
 L  edge_18_37_2
 L  edge_18_37_3
 L  edge_18_37_4
 L  edge_18_37_5
 L  edge_18_37_6
 L  edge_18_37_7
 L  edge_18_37_8
 L  edge_18_37_9
 L  edge_18_38_0
 L  edge_18_38_1
 L  edge_18_38_2
 L  edge_18_38_3
 L  edge_18_38_4
 L  edge_18_38_5
 L  edge_18_38_6
 L  edge_18_38_7
 L  edge_18_38_8
 L  edge_18_38_9
 L  edge_18_39_0
 L  edge_18_39_1
 L  edge_18_39_2
 L  edge_18_39_3
 L  edge_18_39_4
 L  edge_18_39_5
 L  edge_18_39_6
 L  edge_18_39_7
 L  edge_18_39_8
 L  edge_18_39_9
 L  edge_19_24_0
 L  edge_19_24_1
 L  edge_19_24_2
 L  edge_19_24_3
 L  edge_19_24_4
 L  edge_19_24_5
 L  edge_19_24_6
 L  edge_19_24_7
 L  edge_19_24_8
 L  edge_19_24_9
 L  edge_19_27_0
 L  edge_19_27_1
 L  edge_19_27_2
 L  edge_19_27_3
 L  edge_19_27_4
 L  edge_19_27_5
 L  edge_19_27_6
 L  edge_19_27_7
 L  edge_19_27_8
 L  edge_19_27_9
 L  edge_19_30_0
 L  edge_19_30_1
 L  edge_19_30_2
 L  edge_19_30_3
 L  edge_19_30_4
 L  edge_19_30_5
 L  edge_19_30_6
 L  edge_19_30_7
 L  edge_19_30_8
 L  edge_19_30_9
 L  edge_19_31_0
 L  edge_19_31_1
 L  edge_19_31_2
 L  edge_19_31_3
 L  edge_19_31_4
 L  edge_19_31_5
 L  edge_19_31_6
 L  edge_19_31_7
 L  edge_19_31_8
 L  edge_19_31_9
 L  edge_19_33_0
 L  edge_19_33_1
 L  edge_19_33_2
 L  edge_19_33_3
 L  edge_19_33_4
 L  edge_19_33_5
 L  edge_19_33_6
 L  edge_19_33_7
 L  edge_19_33_8
 L  edge_19_33_9
 L  edge_19_34_0
 L  edge_19_34_1
 L  edge_19_34_2
 L  edge_19_34_3
 L  edge_19_34_4
 L  edge_19_34_5
 L  edge_19_34_6
 L  edge_19_34_7
 L  edge_19_34_8
 L  edge_19_34_9
 L  edge_19_35_0
 L  edge_19_35_1
 L  edge_19_35_2
 L  edge_19_35_3
 L  edge_19_35_4
 L  edge_19_35_5
 L  edge_19_35_6
 L  edge_19_35_7
 L  edge_19_35_8
 L  edge_19_35_9
 L  edge_19_36_0
 L  edge_19_36_1
 L  edge_19_36_2
 L  edge_19_36_3
 L  edge_19_36_4
 L  edge_19_36_5
 L  edge_19_36_6
 L  edge_19_36_7
 L  edge_19_36_8
 L  edge_19_36_9
 L  edge_19_38_0
 L  edge_19_38_1
 L  edge_19_38_2
 L  edge_19_38_3
 L  edge_19_38_4
 L  edge_19_38_5
 L  edge_19_38_6
 L  edge_19_38_7
 L  edge_19_38_8
 L  edge_19_38_9
 L  edge_20_26_0
 L  edge_20_26_1
 L  edge_20_26_2
 L  edge_20_26_3
 L  edge_20_26_4
 L  edge_20_26_5
 L  edge_20_26_6
 L  edge_20_26_7
 L  edge_20_26_8
 L  edge_20_26_9
 L  edge_20_32_0
 L  edge_20_32_1
 L  edge_20_32_2
 L  edge_20_32_3
 L  edge_20_32_4
 L  edge_20_32_5
 L  edge_20_32_6
 L  edge_20_32_7
 L  edge_20_32_8
 L  edge_20_32_9
 L  edge_20_33_0
 L  edge_20_33_1
 L  edge_20_33_2
 L  edge_20_33_3
 L  edge_20_33_4
 L  edge_20_33_5
 L  edge_20_33_6
 L  edge_20_33_7
 L  edge_20_33_8
 L  edge_20_33_9
 L  edge_20_35_0
 L  edge_20_35_1
 L  edge_20_35_2
 L  edge_20_35_3
 L  edge_20_35_4
 L  edge_20_35_5
 L  edge_20_35_6
 L  edge_20_35_7
 L  edge_20_35_8
 L  edge_20_35_9
 L  edge_20_36_0
 L  edge_20_36_1
 L  edge_20_36_2
 L  edge_20_36_3
 L  edge_20_36_4
 L  edge_20_36_5
 L  edge_20_36_6
 L  edge_20_36_7
 L  edge_20_36_8
 L  edge_20_36_9
 L  edge_20_37_0
 L  edge_20_37_1
 L  edge_20_37_2
 L  edge_20_37_3
 L  edge_20_37_4
 L  edge_20_37_5
 L  edge_20_37_6
 L  edge_20_37_7
 L  edge_20_37_8
 L  edge_20_37_9
 L  edge_20_39_0
 L  edge_20_39_1
 L  edge_20_39_2
 L  edge_20_39_3
 L  edge_20_39_4
 L  edge_20_39_5
 L  edge_20_39_6
 L  edge_20_39_7
 L  edge_20_39_8
 L  edge_20_39_9
 L  edge_21_22_0
 L  edge_21_22_1
 L  edge_21_22_2
 L  edge_21_22_3
 L  edge_21_22_4
 L  edge_21_22_5
 L  edge_21_22_6
 L  edge_21_22_7
 L  edge_21_22_8
 L  edge_21_22_9
 L  edge_21_24_0
 L  edge_21_24_1
 L  edge_21_24_2
 L  edge_21_24_3
 L  edge_21_24_4
 L  edge_21_24_5
 L  edge_21_24_6
 L  edge_21_24_7
 L  edge_21_24_8
 L  edge_21_24_9
 L  edge_21_39_0
 L  edge_21_39_1
 L  edge_21_39_2
 L  edge_21_39_3
 L  edge_21_39_4
 L  edge_21_39_5
 L  edge_21_39_6
 L  edge_21_39_7
 L  edge_21_39_8
 L  edge_21_39_9
 L  edge_22_27_0
 L  edge_22_27_1
 L  edge_22_27_2
 L  edge_22_27_3
 L  edge_22_27_4
 L  edge_22_27_5
 L  edge_22_27_6
 L  edge_22_27_7
 L  edge_22_27_8
 L  edge_22_27_9
 L  edge_22_31_0
 L  edge_22_31_1
 L  edge_22_31_2
 L  edge_22_31_3
 L  edge_22_31_4
 L  edge_22_31_5
 L  edge_22_31_6
 L  edge_22_31_7
 L  edge_22_31_8
 L  edge_22_31_9
 L  edge_22_35_0
 L  edge_22_35_1
 L  edge_22_35_2
 L  edge_22_35_3
 L  edge_22_35_4
 L  edge_22_35_5
 L  edge_22_35_6
 L  edge_22_35_7
 L  edge_22_35_8
 L  edge_22_35_9
 L  edge_22_36_0
 L  edge_22_36_1
 L  edge_22_36_2
 L  edge_22_36_3
 L  edge_22_36_4
 L  edge_22_36_5
 L  edge_22_36_6
 L  edge_22_36_7
 L  edge_22_36_8
 L  edge_22_36_9
 L  edge_23_28_0
 L  edge_23_28_1
 L  edge_23_28_2
 L  edge_23_28_3
 L  edge_23_28_4
 L  edge_23_28_5
 L  edge_23_28_6
 L  edge_23_28_7
 L  edge_23_28_8
 L  edge_23_28_9
 L  edge_23_33_0
 L  edge_23_33_1
 L  edge_23_33_2
 L  edge_23_33_3
 L  edge_23_33_4
 L  edge_23_33_5
 L  edge_23_33_6
 L  edge_23_33_7
 L  edge_23_33_8
 L  edge_23_33_9
 L  edge_23_35_0
 L  edge_23_35_1
 L  edge_23_35_2
 L  edge_23_35_3
 L  edge_23_35_4
 L  edge_23_35_5
 L  edge_23_35_6
 L  edge_23_35_7
 L  edge_23_35_8
 L  edge_23_35_9
 L  edge_24_27_0
 L  edge_24_27_1
 L  edge_24_27_2
 L  edge_24_27_3
 L  edge_24_27_4
 L  edge_24_27_5
 L  edge_24_27_6
 L  edge_24_27_7
 L  edge_24_27_8
 L  edge_24_27_9
 L  edge_24_34_0
 L  edge_24_34_1
 L  edge_24_34_2
 L  edge_24_34_3
 L  edge_24_34_4
 L  edge_24_34_5
 L  edge_24_34_6
 L  edge_24_34_7
 L  edge_24_34_8
 L  edge_24_34_9
 L  edge_24_35_0
 L  edge_24_35_1
 L  edge_24_35_2
 L  edge_24_35_3
 L  edge_24_35_4
 L  edge_24_35_5
 L  edge_24_35_6
 L  edge_24_35_7
 L  edge_24_35_8
 L  edge_24_35_9
 L  edge_24_36_0
 L  edge_24_36_1
 L  edge_24_36_2
 L  edge_24_36_3
 L  edge_24_36_4
 L  edge_24_36_5
 L  edge_24_36_6
 L  edge_24_36_7
 L  edge_24_36_8
 L  edge_24_36_9
 L  edge_24_38_0
 L  edge_24_38_1
 L  edge_24_38_2
 L  edge_24_38_3
 L  edge_24_38_4
 L  edge_24_38_5
 L  edge_24_38_6
 L  edge_24_38_7
 L  edge_24_38_8
 L  edge_24_38_9
 L  edge_24_39_0
 L  edge_24_39_1
 L  edge_24_39_2
 L  edge_24_39_3
 L  edge_24_39_4
 L  edge_24_39_5
 L  edge_24_39_6
 L  edge_24_39_7
 L  edge_24_39_8
 L  edge_24_39_9
 L  edge_25_26_0
 L  edge_25_26_1
 L  edge_25_26_2
 L  edge_25_26_3
 L  edge_25_26_4
 L  edge_25_26_5
 L  edge_25_26_6
 L  edge_25_26_7
 L  edge_25_26_8
 L  edge_25_26_9
 L  edge_25_28_0
 L  edge_25_28_1
 L  edge_25_28_2
 L  edge_25_28_3
 L  edge_25_28_4
 L  edge_25_28_5
 L  edge_25_28_6
 L  edge_25_28_7
 L  edge_25_28_8
 L  edge_25_28_9
 L  edge_25_29_0
 L  edge_25_29_1
 L  edge_25_29_2
 L  edge_25_29_3
 L  edge_25_29_4
 L  edge_25_29_5
 L  edge_25_29_6
 L  edge_25_29_7
 L  edge_25_29_8
 L  edge_25_29_9
 L  edge_25_30_0
 L  edge_25_30_1
 L  edge_25_30_2
 L  edge_25_30_3
 L  edge_25_30_4
 L  edge_25_30_5
 L  edge_25_30_6
 L  edge_25_30_7
 L  edge_25_30_8
 L  edge_25_30_9
 L  edge_25_31_0
 L  edge_25_31_1
 L  edge_25_31_2
 L  edge_25_31_3
 L  edge_25_31_4
 L  edge_25_31_5
 L  edge_25_31_6
 L  edge_25_31_7
 L  edge_25_31_8
 L  edge_25_31_9
 L  edge_25_32_0
 L  edge_25_32_1
 L  edge_25_32_2
 L  edge_25_32_3
 L  edge_25_32_4
 L  edge_25_32_5
 L  edge_25_32_6
 L  edge_25_32_7
 L  edge_25_32_8
 L  edge_25_32_9
 L  edge_25_33_0
 L  edge_25_33_1
 L  edge_25_33_2
 L  edge_25_33_3
 L  edge_25_33_4
 L  edge_25_33_5
 L  edge_25_33_6
 L  edge_25_33_7
 L  edge_25_33_8
 L  edge_25_33_9
 L  edge_25_39_0
 L  edge_25_39_1
 L  edge_25_39_2
 L  edge_25_39_3
 L  edge_25_39_4
 L  edge_25_39_5
 L  edge_25_39_6
 L  edge_25_39_7
 L  edge_25_39_8
 L  edge_25_39_9
 L  edge_26_31_0
 L  edge_26_31_1
 L  edge_26_31_2
 L  edge_26_31_3
 L  edge_26_31_4
 L  edge_26_31_5
 L  edge_26_31_6
 L  edge_26_31_7
 L  edge_26_31_8
 L  edge_26_31_9
 L  edge_26_33_0
 L  edge_26_33_1
 L  edge_26_33_2
 L  edge_26_33_3
 L  edge_26_33_4
 L  edge_26_33_5
 L  edge_26_33_6
 L  edge_26_33_7
 L  edge_26_33_8
 L  edge_26_33_9
 L  edge_26_36_0
 L  edge_26_36_1
 L  edge_26_36_2
 L  edge_26_36_3
 L  edge_26_36_4
 L  edge_26_36_5
 L  edge_26_36_6
 L  edge_26_36_7
 L  edge_26_36_8
 L  edge_26_36_9
 L  edge_26_37_0
 L  edge_26_37_1
 L  edge_26_37_2
 L  edge_26_37_3
 L  edge_26_37_4
 L  edge_26_37_5
 L  edge_26_37_6
 L  edge_26_37_7
 L  edge_26_37_8
 L  edge_26_37_9
 L  edge_26_38_0
 L  edge_26_38_1
 L  edge_26_38_2
 L  edge_26_38_3
 L  edge_26_38_4
 L  edge_26_38_5
 L  edge_26_38_6
 L  edge_26_38_7
 L  edge_26_38_8
 L  edge_26_38_9
 L  edge_27_28_0
 L  edge_27_28_1
 L  edge_27_28_2
 L  edge_27_28_3
 L  edge_27_28_4
 L  edge_27_28_5
 L  edge_27_28_6
 L  edge_27_28_7
 L  edge_27_28_8
 L  edge_27_28_9
 L  edge_27_37_0
 L  edge_27_37_1
 L  edge_27_37_2
 L  edge_27_37_3
 L  edge_27_37_4
 L  edge_27_37_5
 L  edge_27_37_6
 L  edge_27_37_7
 L  edge_27_37_8
 L  edge_27_37_9
 L  edge_27_38_0
 L  edge_27_38_1
 L  edge_27_38_2
 L  edge_27_38_3
 L  edge_27_38_4
 L  edge_27_38_5
 L  edge_27_38_6
 L  edge_27_38_7
 L  edge_27_38_8
 L  edge_27_38_9
 L  edge_27_39_0
 L  edge_27_39_1
 L  edge_27_39_2
 L  edge_27_39_3
 L  edge_27_39_4
 L  edge_27_39_5
 L  edge_27_39_6
 L  edge_27_39_7
 L  edge_27_39_8
 L  edge_27_39_9
 L  edge_28_36_0
 L  edge_28_36_1
 L  edge_28_36_2
 L  edge_28_36_3
 L  edge_28_36_4
 L  edge_28_36_5
 L  edge_28_36_6
 L  edge_28_36_7
 L  edge_28_36_8
 L  edge_28_36_9
 L  edge_28_37_0
 L  edge_28_37_1
 L  edge_28_37_2
 L  edge_28_37_3
 L  edge_28_37_4
 L  edge_28_37_5
 L  edge_28_37_6
 L  edge_28_37_7
 L  edge_28_37_8
 L  edge_28_37_9
 L  edge_28_38_0
 L  edge_28_38_1
 L  edge_28_38_2
 L  edge_28_38_3
 L  edge_28_38_4
 L  edge_28_38_5
 L  edge_28_38_6
 L  edge_28_38_7
 L  edge_28_38_8
 L  edge_28_38_9
 L  edge_29_30_0
 L  edge_29_30_1
 L  edge_29_30_2
 L  edge_29_30_3
 L  edge_29_30_4
 L  edge_29_30_5
 L  edge_29_30_6
 L  edge_29_30_7
 L  edge_29_30_8
 L  edge_29_30_9
 L  edge_29_31_0
 L  edge_29_31_1
 L  edge_29_31_2
 L  edge_29_31_3
 L  edge_29_31_4
 L  edge_29_31_5
 L  edge_29_31_6
 L  edge_29_31_7
 L  edge_29_31_8
 L  edge_29_31_9
 L  edge_29_36_0
 L  edge_29_36_1
 L  edge_29_36_2
 L  edge_29_36_3
 L  edge_29_36_4
 L  edge_29_36_5
 L  edge_29_36_6
 L  edge_29_36_7
 L  edge_29_36_8
 L  edge_29_36_9
 L  edge_29_39_0
 L  edge_29_39_1
 L  edge_29_39_2
 L  edge_29_39_3
 L  edge_29_39_4
 L  edge_29_39_5
 L  edge_29_39_6
 L  edge_29_39_7
 L  edge_29_39_8
 L  edge_29_39_9
 L  edge_30_34_0
 L  edge_30_34_1
 L  edge_30_34_2
 L  edge_30_34_3
 L  edge_30_34_4
 L  edge_30_34_5
 L  edge_30_34_6
 L  edge_30_34_7
 L  edge_30_34_8
 L  edge_30_34_9
 L  edge_30_35_0
 L  edge_30_35_1
 L  edge_30_35_2
 L  edge_30_35_3
 L  edge_30_35_4
 L  edge_30_35_5
 L  edge_30_35_6
 L  edge_30_35_7
 L  edge_30_35_8
 L  edge_30_35_9
 L  edge_30_38_0
 L  edge_30_38_1
 L  edge_30_38_2
 L  edge_30_38_3
 L  edge_30_38_4
 L  edge_30_38_5
 L  edge_30_38_6
 L  edge_30_38_7
 L  edge_30_38_8
 L  edge_30_38_9
 L  edge_30_39_0
 L  edge_30_39_1
 L  edge_30_39_2
 L  edge_30_39_3
 L  edge_30_39_4
 L  edge_30_39_5
 L  edge_30_39_6
 L  edge_30_39_7
 L  edge_30_39_8
 L  edge_30_39_9
 L  edge_31_35_0
 L  edge_31_35_1
 L  edge_31_35_2
 L  edge_31_35_3
 L  edge_31_35_4
 L  edge_31_35_5
 L  edge_31_35_6
 L  edge_31_35_7
 L  edge_31_35_8
 L  edge_31_35_9
 L  edge_31_38_0
 L  edge_31_38_1
 L  edge_31_38_2
 L  edge_31_38_3
 L  edge_31_38_4
 L  edge_31_38_5
 L  edge_31_38_6
 L  edge_31_38_7
 L  edge_31_38_8
 L  edge_31_38_9
 L  edge_32_33_0
 L  edge_32_33_1
 L  edge_32_33_2
 L  edge_32_33_3
 L  edge_32_33_4
 L  edge_32_33_5
 L  edge_32_33_6
 L  edge_32_33_7
 L  edge_32_33_8
 L  edge_32_33_9
 L  edge_32_35_0
 L  edge_32_35_1
 L  edge_32_35_2
 L  edge_32_35_3
 L  edge_32_35_4
 L  edge_32_35_5
 L  edge_32_35_6
 L  edge_32_35_7
 L  edge_32_35_8
 L  edge_32_35_9
 L  edge_32_36_0
 L  edge_32_36_1
 L  edge_32_36_2
 L  edge_32_36_3
 L  edge_32_36_4
 L  edge_32_36_5
 L  edge_32_36_6
 L  edge_32_36_7
 L  edge_32_36_8
 L  edge_32_36_9
 L  edge_32_39_0
 L  edge_32_39_1
 L  edge_32_39_2
 L  edge_32_39_3
 L  edge_32_39_4
 L  edge_32_39_5
 L  edge_32_39_6
 L  edge_32_39_7
 L  edge_32_39_8
 L  edge_32_39_9
 L  edge_33_35_0
 L  edge_33_35_1
 L  edge_33_35_2
 L  edge_33_35_3
 L  edge_33_35_4
 L  edge_33_35_5
 L  edge_33_35_6
 L  edge_33_35_7
 L  edge_33_35_8
 L  edge_33_35_9
 L  edge_35_37_0
 L  edge_35_37_1
 L  edge_35_37_2
 L  edge_35_37_3
 L  edge_35_37_4
 L  edge_35_37_5
 L  edge_35_37_6
 L  edge_35_37_7
 L  edge_35_37_8
 L  edge_35_37_9
 L  edge_37_38_0
 L  edge_37_38_1
 L  edge_37_38_2
 L  edge_37_38_3
 L  edge_37_38_4
 L  edge_37_38_5
 L  edge_37_38_6
 L  edge_37_38_7
 L  edge_37_38_8
 L  edge_37_38_9
 L  edge_37_39_0
 L  edge_37_39_1
 L  edge_37_39_2
 L  edge_37_39_3
 L  edge_37_39_4
 L  edge_37_39_5
 L  edge_37_39_6
 L  edge_37_39_7
 L  edge_37_39_8
 L  edge_37_39_9
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  one_0  1  edge_0_2_0  1
    x_0_0  edge_0_4_0  1  edge_0_5_0  1
    x_0_0  edge_0_8_0  1  edge_0_13_0  1
    x_0_0  edge_0_14_0  1  edge_0_16_0  1
    x_0_0  edge_0_20_0  1  edge_0_24_0  1
    x_0_0  edge_0_25_0  1  edge_0_26_0  1
    x_0_0  edge_0_28_0  1  edge_0_29_0  1
    x_0_0  edge_0_30_0  1  edge_0_33_0  1
    x_0_0  edge_0_37_0  1  edge_0_39_0  1
    x_0_1  one_0  1  edge_0_2_1  1
    x_0_1  edge_0_4_1  1  edge_0_5_1  1
    x_0_1  edge_0_8_1  1  edge_0_13_1  1
    x_0_1  edge_0_14_1  1  edge_0_16_1  1
    x_0_1  edge_0_20_1  1  edge_0_24_1  1
    x_0_1  edge_0_25_1  1  edge_0_26_1  1
    x_0_1  edge_0_28_1  1  edge_0_29_1  1
    x_0_1  edge_0_30_1  1  edge_0_33_1  1
    x_0_1  edge_0_37_1  1  edge_0_39_1  1
    x_0_2  one_0  1  edge_0_2_2  1
    x_0_2  edge_0_4_2  1  edge_0_5_2  1
    x_0_2  edge_0_8_2  1  edge_0_13_2  1
    x_0_2  edge_0_14_2  1  edge_0_16_2  1
    x_0_2  edge_0_20_2  1  edge_0_24_2  1
    x_0_2  edge_0_25_2  1  edge_0_26_2  1
    x_0_2  edge_0_28_2  1  edge_0_29_2  1
    x_0_2  edge_0_30_2  1  edge_0_33_2  1
    x_0_2  edge_0_37_2  1  edge_0_39_2  1
    x_0_3  one_0  1  edge_0_2_3  1
    x_0_3  edge_0_4_3  1  edge_0_5_3  1
    x_0_3  edge_0_8_3  1  edge_0_13_3  1
    x_0_3  edge_0_14_3  1  edge_0_16_3  1
    x_0_3  edge_0_20_3  1  edge_0_24_3  1
    x_0_3  edge_0_25_3  1  edge_0_26_3  1
    x_0_3  edge_0_28_3  1  edge_0_29_3  1
    x_0_3  edge_0_30_3  1  edge_0_33_3  1
    x_0_3  edge_0_37_3  1  edge_0_39_3  1
    x_0_4  one_0  1  edge_0_2_4  1
    x_0_4  edge_0_4_4  1  edge_0_5_4  1
    x_0_4  edge_0_8_4  1  edge_0_13_4  1
    x_0_4  edge_0_14_4  1  edge_0_16_4  1
    x_0_4  edge_0_20_4  1  edge_0_24_4  1
    x_0_4  edge_0_25_4  1  edge_0_26_4  1
    x_0_4  edge_0_28_4  1  edge_0_29_4  1
    x_0_4  edge_0_30_4  1  edge_0_33_4  1
    x_0_4  edge_0_37_4  1  edge_0_39_4  1
    x_0_5  one_0  1  edge_0_2_5  1
    x_0_5  edge_0_4_5  1  edge_0_5_5  1
    x_0_5  edge_0_8_5  1  edge_0_13_5  1
    x_0_5  edge_0_14_5  1  edge_0_16_5  1
    x_0_5  edge_0_20_5  1  edge_0_24_5  1
    x_0_5  edge_0_25_5  1  edge_0_26_5  1
    x_0_5  edge_0_28_5  1  edge_0_29_5  1
    x_0_5  edge_0_30_5  1  edge_0_33_5  1
    x_0_5  edge_0_37_5  1  edge_0_39_5  1
    x_0_6  one_0  1  edge_0_2_6  1
    x_0_6  edge_0_4_6  1  edge_0_5_6  1
    x_0_6  edge_0_8_6  1  edge_0_13_6  1
    x_0_6  edge_0_14_6  1  edge_0_16_6  1
    x_0_6  edge_0_20_6  1  edge_0_24_6  1
    x_0_6  edge_0_25_6  1  edge_0_26_6  1
    x_0_6  edge_0_28_6  1  edge_0_29_6  1
    x_0_6  edge_0_30_6  1  edge_0_33_6  1
    x_0_6  edge_0_37_6  1  edge_0_39_6  1
    x_0_7  one_0  1  edge_0_2_7  1
    x_0_7  edge_0_4_7  1  edge_0_5_7  1
    x_0_7  edge_0_8_7  1  edge_0_13_7  1
    x_0_7  edge_0_14_7  1  edge_0_16_7  1
    x_0_7  edge_0_20_7  1  edge_0_24_7  1
    x_0_7  edge_0_25_7  1  edge_0_26_7  1
    x_0_7  edge_0_28_7  1  edge_0_29_7  1
    x_0_7  edge_0_30_7  1  edge_0_33_7  1
    x_0_7  edge_0_37_7  1  edge_0_39_7  1
    x_0_8  one_0  1  edge_0_2_8  1
    x_0_8  edge_0_4_8  1  edge_0_5_8  1
    x_0_8  edge_0_8_8  1  edge_0_13_8  1
    x_0_8  edge_0_14_8  1  edge_0_16_8  1
    x_0_8  edge_0_20_8  1  edge_0_24_8  1
    x_0_8  edge_0_25_8  1  edge_0_26_8  1
    x_0_8  edge_0_28_8  1  edge_0_29_8  1
    x_0_8  edge_0_30_8  1  edge_0_33_8  1
    x_0_8  edge_0_37_8  1  edge_0_39_8  1
    x_0_9  one_0  1  edge_0_2_9  1
    x_0_9  edge_0_4_9  1  edge_0_5_9  1
    x_0_9  edge_0_8_9  1  edge_0_13_9  1
    x_0_9  edge_0_14_9  1  edge_0_16_9  1
    x_0_9  edge_0_20_9  1  edge_0_24_9  1
    x_0_9  edge_0_25_9  1  edge_0_26_9  1
    x_0_9  edge_0_28_9  1  edge_0_29_9  1
    x_0_9  edge_0_30_9  1  edge_0_33_9  1
    x_0_9  edge_0_37_9  1  edge_0_39_9  1
    x_1_0  one_1  1  edge_1_11_0  1
    x_1_0  edge_1_12_0  1  edge_1_27_0  1
    x_1_0  edge_1_28_0  1  edge_1_32_0  1
    x_1_0  edge_1_34_0  1  edge_1_37_0  1
    x_1_1  one_1  1  edge_1_11_1  1
    x_1_1  edge_1_12_1  1  edge_1_27_1  1
    x_1_1  edge_1_28_1  1  edge_1_32_1  1
    x_1_1  edge_1_34_1  1  edge_1_37_1  1
    x_1_2  one_1  1  edge_1_11_2  1
    x_1_2  edge_1_12_2  1  edge_1_27_2  1
    x_1_2  edge_1_28_2  1  edge_1_32_2  1
    x_1_2  edge_1_34_2  1  edge_1_37_2  1
    x_1_3  one_1  1  edge_1_11_3  1
    x_1_3  edge_1_12_3  1  edge_1_27_3  1
    x_1_3  edge_1_28_3  1  edge_1_32_3  1
    x_1_3  edge_1_34_3  1  edge_1_37_3  1
    x_1_4  one_1  1  edge_1_11_4  1
    x_1_4  edge_1_12_4  1  edge_1_27_4  1
    x_1_4  edge_1_28_4  1  edge_1_32_4  1
    x_1_4  edge_1_34_4  1  edge_1_37_4  1
    x_1_5  one_1  1  edge_1_11_5  1
    x_1_5  edge_1_12_5  1  edge_1_27_5  1
    x_1_5  edge_1_28_5  1  edge_1_32_5  1
    x_1_5  edge_1_34_5  1  edge_1_37_5  1
    x_1_6  one_1  1  edge_1_11_6  1
    x_1_6  edge_1_12_6  1  edge_1_27_6  1
    x_1_6  edge_1_28_6  1  edge_1_32_6  1
    x_1_6  edge_1_34_6  1  edge_1_37_6  1
    x_1_7  one_1  1  edge_1_11_7  1
    x_1_7  edge_1_12_7  1  edge_1_27_7  1
    x_1_7  edge_1_28_7  1  edge_1_32_7  1
    x_1_7  edge_1_34_7  1  edge_1_37_7  1
    x_1_8  one_1  1  edge_1_11_8  1
    x_1_8  edge_1_12_8  1  edge_1_27_8  1
    x_1_8  edge_1_28_8  1  edge_1_32_8  1
    x_1_8  edge_1_34_8  1  edge_1_37_8  1
    x_1_9  one_1  1  edge_1_11_9  1
    x_1_9  edge_1_12_9  1  edge_1_27_9  1
    x_1_9  edge_1_28_9  1  edge_1_32_9  1
    x_1_9  edge_1_34_9  1  edge_1_37_9  1
    x_2_0  one_2  1  edge_0_2_0  1
    x_2_0  edge_2_3_0  1  edge_2_7_0  1
    x_2_0  edge_2_8_0  1  edge_2_9_0  1
    x_2_0  edge_2_13_0  1  edge_2_17_0  1
    x_2_0  edge_2_18_0  1  edge_2_19_0  1
    x_2_0  edge_2_25_0  1  edge_2_31_0  1
    x_2_0  edge_2_34_0  1
    x_2_1  one_2  1  edge_0_2_1  1
    x_2_1  edge_2_3_1  1  edge_2_7_1  1
    x_2_1  edge_2_8_1  1  edge_2_9_1  1
    x_2_1  edge_2_13_1  1  edge_2_17_1  1
    x_2_1  edge_2_18_1  1  edge_2_19_1  1
    x_2_1  edge_2_25_1  1  edge_2_31_1  1
    x_2_1  edge_2_34_1  1
    x_2_2  one_2  1  edge_0_2_2  1
    x_2_2  edge_2_3_2  1  edge_2_7_2  1
    x_2_2  edge_2_8_2  1  edge_2_9_2  1
    x_2_2  edge_2_13_2  1  edge_2_17_2  1
    x_2_2  edge_2_18_2  1  edge_2_19_2  1
    x_2_2  edge_2_25_2  1  edge_2_31_2  1
    x_2_2  edge_2_34_2  1
    x_2_3  one_2  1  edge_0_2_3  1
    x_2_3  edge_2_3_3  1  edge_2_7_3  1
    x_2_3  edge_2_8_3  1  edge_2_9_3  1
    x_2_3  edge_2_13_3  1  edge_2_17_3  1
    x_2_3  edge_2_18_3  1  edge_2_19_3  1
    x_2_3  edge_2_25_3  1  edge_2_31_3  1
    x_2_3  edge_2_34_3  1
    x_2_4  one_2  1  edge_0_2_4  1
    x_2_4  edge_2_3_4  1  edge_2_7_4  1
    x_2_4  edge_2_8_4  1  edge_2_9_4  1
    x_2_4  edge_2_13_4  1  edge_2_17_4  1
    x_2_4  edge_2_18_4  1  edge_2_19_4  1
    x_2_4  edge_2_25_4  1  edge_2_31_4  1
    x_2_4  edge_2_34_4  1
    x_2_5  one_2  1  edge_0_2_5  1
    x_2_5  edge_2_3_5  1  edge_2_7_5  1
    x_2_5  edge_2_8_5  1  edge_2_9_5  1
    x_2_5  edge_2_13_5  1  edge_2_17_5  1
    x_2_5  edge_2_18_5  1  edge_2_19_5  1
    x_2_5  edge_2_25_5  1  edge_2_31_5  1
    x_2_5  edge_2_34_5  1
    x_2_6  one_2  1  edge_0_2_6  1
    x_2_6  edge_2_3_6  1  edge_2_7_6  1
    x_2_6  edge_2_8_6  1  edge_2_9_6  1
    x_2_6  edge_2_13_6  1  edge_2_17_6  1
    x_2_6  edge_2_18_6  1  edge_2_19_6  1
    x_2_6  edge_2_25_6  1  edge_2_31_6  1
    x_2_6  edge_2_34_6  1
    x_2_7  one_2  1  edge_0_2_7  1
    x_2_7  edge_2_3_7  1  edge_2_7_7  1
    x_2_7  edge_2_8_7  1  edge_2_9_7  1
    x_2_7  edge_2_13_7  1  edge_2_17_7  1
    x_2_7  edge_2_18_7  1  edge_2_19_7  1
    x_2_7  edge_2_25_7  1  edge_2_31_7  1
    x_2_7  edge_2_34_7  1
    x_2_8  one_2  1  edge_0_2_8  1
    x_2_8  edge_2_3_8  1  edge_2_7_8  1
    x_2_8  edge_2_8_8  1  edge_2_9_8  1
    x_2_8  edge_2_13_8  1  edge_2_17_8  1
    x_2_8  edge_2_18_8  1  edge_2_19_8  1
    x_2_8  edge_2_25_8  1  edge_2_31_8  1
    x_2_8  edge_2_34_8  1
    x_2_9  one_2  1  edge_0_2_9  1
    x_2_9  edge_2_3_9  1  edge_2_7_9  1
    x_2_9  edge_2_8_9  1  edge_2_9_9  1
    x_2_9  edge_2_13_9  1  edge_2_17_9  1
    x_2_9  edge_2_18_9  1  edge_2_19_9  1
    x_2_9  edge_2_25_9  1  edge_2_31_9  1
    x_2_9  edge_2_34_9  1
    x_3_0  one_3  1  edge_2_3_0  1
    x_3_0  edge_3_10_0  1  edge_3_15_0  1
    x_3_0  edge_3_16_0  1  edge_3_18_0  1
    x_3_0  edge_3_19_0  1  edge_3_22_0  1
    x_3_0  edge_3_39_0  1
    x_3_1  one_3  1  edge_2_3_1  1
    x_3_1  edge_3_10_1  1  edge_3_15_1  1
    x_3_1  edge_3_16_1  1  edge_3_18_1  1
    x_3_1  edge_3_19_1  1  edge_3_22_1  1
    x_3_1  edge_3_39_1  1
    x_3_2  one_3  1  edge_2_3_2  1
    x_3_2  edge_3_10_2  1  edge_3_15_2  1
    x_3_2  edge_3_16_2  1  edge_3_18_2  1
    x_3_2  edge_3_19_2  1  edge_3_22_2  1
    x_3_2  edge_3_39_2  1
    x_3_3  one_3  1  edge_2_3_3  1
    x_3_3  edge_3_10_3  1  edge_3_15_3  1
    x_3_3  edge_3_16_3  1  edge_3_18_3  1
    x_3_3  edge_3_19_3  1  edge_3_22_3  1
    x_3_3  edge_3_39_3  1
    x_3_4  one_3  1  edge_2_3_4  1
    x_3_4  edge_3_10_4  1  edge_3_15_4  1
    x_3_4  edge_3_16_4  1  edge_3_18_4  1
    x_3_4  edge_3_19_4  1  edge_3_22_4  1
    x_3_4  edge_3_39_4  1
    x_3_5  one_3  1  edge_2_3_5  1
    x_3_5  edge_3_10_5  1  edge_3_15_5  1
    x_3_5  edge_3_16_5  1  edge_3_18_5  1
    x_3_5  edge_3_19_5  1  edge_3_22_5  1
    x_3_5  edge_3_39_5  1
    x_3_6  one_3  1  edge_2_3_6  1
    x_3_6  edge_3_10_6  1  edge_3_15_6  1
    x_3_6  edge_3_16_6  1  edge_3_18_6  1
    x_3_6  edge_3_19_6  1  edge_3_22_6  1
    x_3_6  edge_3_39_6  1
    x_3_7  one_3  1  edge_2_3_7  1
    x_3_7  edge_3_10_7  1  edge_3_15_7  1
    x_3_7  edge_3_16_7  1  edge_3_18_7  1
    x_3_7  edge_3_19_7  1  edge_3_22_7  1
    x_3_7  edge_3_39_7  1
    x_3_8  one_3  1  edge_2_3_8  1
    x_3_8  edge_3_10_8  1  edge_3_15_8  1
    x_3_8  edge_3_16_8  1  edge_3_18_8  1
    x_3_8  edge_3_19_8  1  edge_3_22_8  1
    x_3_8  edge_3_39_8  1
    x_3_9  one_3  1  edge_2_3_9  1
    x_3_9  edge_3_10_9  1  edge_3_15_9  1
    x_3_9  edge_3_16_9  1  edge_3_18_9  1
    x_3_9  edge_3_19_9  1  edge_3_22_9  1
    x_3_9  edge_3_39_9  1
    x_4_0  one_4  1  edge_0_4_0  1
    x_4_0  edge_4_11_0  1  edge_4_15_0  1
    x_4_0  edge_4_16_0  1  edge_4_17_0  1
    x_4_0  edge_4_19_0  1  edge_4_23_0  1
    x_4_0  edge_4_26_0  1  edge_4_27_0  1
    x_4_0  edge_4_35_0  1
    x_4_1  one_4  1  edge_0_4_1  1
    x_4_1  edge_4_11_1  1  edge_4_15_1  1
    x_4_1  edge_4_16_1  1  edge_4_17_1  1
    x_4_1  edge_4_19_1  1  edge_4_23_1  1
    x_4_1  edge_4_26_1  1  edge_4_27_1  1
    x_4_1  edge_4_35_1  1
    x_4_2  one_4  1  edge_0_4_2  1
    x_4_2  edge_4_11_2  1  edge_4_15_2  1
    x_4_2  edge_4_16_2  1  edge_4_17_2  1
    x_4_2  edge_4_19_2  1  edge_4_23_2  1
    x_4_2  edge_4_26_2  1  edge_4_27_2  1
    x_4_2  edge_4_35_2  1
    x_4_3  one_4  1  edge_0_4_3  1
    x_4_3  edge_4_11_3  1  edge_4_15_3  1
    x_4_3  edge_4_16_3  1  edge_4_17_3  1
    x_4_3  edge_4_19_3  1  edge_4_23_3  1
    x_4_3  edge_4_26_3  1  edge_4_27_3  1
    x_4_3  edge_4_35_3  1
    x_4_4  one_4  1  edge_0_4_4  1
    x_4_4  edge_4_11_4  1  edge_4_15_4  1
    x_4_4  edge_4_16_4  1  edge_4_17_4  1
    x_4_4  edge_4_19_4  1  edge_4_23_4  1
    x_4_4  edge_4_26_4  1  edge_4_27_4  1
    x_4_4  edge_4_35_4  1
    x_4_5  one_4  1  edge_0_4_5  1
    x_4_5  edge_4_11_5  1  edge_4_15_5  1
    x_4_5  edge_4_16_5  1  edge_4_17_5  1
    x_4_5  edge_4_19_5  1  edge_4_23_5  1
    x_4_5  edge_4_26_5  1  edge_4_27_5  1
    x_4_5  edge_4_35_5  1
    x_4_6  one_4  1  edge_0_4_6  1
    x_4_6  edge_4_11_6  1  edge_4_15_6  1
    x_4_6  edge_4_16_6  1  edge_4_17_6  1
    x_4_6  edge_4_19_6  1  edge_4_23_6  1
    x_4_6  edge_4_26_6  1  edge_4_27_6  1
    x_4_6  edge_4_35_6  1
    x_4_7  one_4  1  edge_0_4_7  1
    x_4_7  edge_4_11_7  1  edge_4_15_7  1
    x_4_7  edge_4_16_7  1  edge_4_17_7  1
    x_4_7  edge_4_19_7  1  edge_4_23_7  1
    x_4_7  edge_4_26_7  1  edge_4_27_7  1
    x_4_7  edge_4_35_7  1
    x_4_8  one_4  1  edge_0_4_8  1
    x_4_8  edge_4_11_8  1  edge_4_15_8  1
    x_4_8  edge_4_16_8  1  edge_4_17_8  1
    x_4_8  edge_4_19_8  1  edge_4_23_8  1
    x_4_8  edge_4_26_8  1  edge_4_27_8  1
    x_4_8  edge_4_35_8  1
    x_4_9  one_4  1  edge_0_4_9  1
    x_4_9  edge_4_11_9  1  edge_4_15_9  1
    x_4_9  edge_4_16_9  1  edge_4_17_9  1
    x_4_9  edge_4_19_9  1  edge_4_23_9  1
    x_4_9  edge_4_26_9  1  edge_4_27_9  1
    x_4_9  edge_4_35_9  1
    x_5_0  one_5  1  edge_0_5_0  1
    x_5_0  edge_5_6_0  1  edge_5_8_0  1
    x_5_0  edge_5_9_0  1  edge_5_10_0  1
    x_5_0  edge_5_11_0  1  edge_5_16_0  1
    x_5_0  edge_5_23_0  1  edge_5_24_0  1
    x_5_0  edge_5_27_0  1  edge_5_32_0  1
    x_5_0  edge_5_33_0  1  edge_5_35_0  1
    x_5_0  edge_5_38_0  1
    x_5_1  one_5  1  edge_0_5_1  1
    x_5_1  edge_5_6_1  1  edge_5_8_1  1
    x_5_1  edge_5_9_1  1  edge_5_10_1  1
    x_5_1  edge_5_11_1  1  edge_5_16_1  1
    x_5_1  edge_5_23_1  1  edge_5_24_1  1
    x_5_1  edge_5_27_1  1  edge_5_32_1  1
    x_5_1  edge_5_33_1  1  edge_5_35_1  1
    x_5_1  edge_5_38_1  1
    x_5_2  one_5  1  edge_0_5_2  1
    x_5_2  edge_5_6_2  1  edge_5_8_2  1
    x_5_2  edge_5_9_2  1  edge_5_10_2  1
    x_5_2  edge_5_11_2  1  edge_5_16_2  1
    x_5_2  edge_5_23_2  1  edge_5_24_2  1
    x_5_2  edge_5_27_2  1  edge_5_32_2  1
    x_5_2  edge_5_33_2  1  edge_5_35_2  1
    x_5_2  edge_5_38_2  1
    x_5_3  one_5  1  edge_0_5_3  1
    x_5_3  edge_5_6_3  1  edge_5_8_3  1
    x_5_3  edge_5_9_3  1  edge_5_10_3  1
    x_5_3  edge_5_11_3  1  edge_5_16_3  1
    x_5_3  edge_5_23_3  1  edge_5_24_3  1
    x_5_3  edge_5_27_3  1  edge_5_32_3  1
    x_5_3  edge_5_33_3  1  edge_5_35_3  1
    x_5_3  edge_5_38_3  1
    x_5_4  one_5  1  edge_0_5_4  1
    x_5_4  edge_5_6_4  1  edge_5_8_4  1
    x_5_4  edge_5_9_4  1  edge_5_10_4  1
    x_5_4  edge_5_11_4  1  edge_5_16_4  1
    x_5_4  edge_5_23_4  1  edge_5_24_4  1
    x_5_4  edge_5_27_4  1  edge_5_32_4  1
    x_5_4  edge_5_33_4  1  edge_5_35_4  1
    x_5_4  edge_5_38_4  1
    x_5_5  one_5  1  edge_0_5_5  1
    x_5_5  edge_5_6_5  1  edge_5_8_5  1
    x_5_5  edge_5_9_5  1  edge_5_10_5  1
    x_5_5  edge_5_11_5  1  edge_5_16_5  1
    x_5_5  edge_5_23_5  1  edge_5_24_5  1
    x_5_5  edge_5_27_5  1  edge_5_32_5  1
    x_5_5  edge_5_33_5  1  edge_5_35_5  1
    x_5_5  edge_5_38_5  1
    x_5_6  one_5  1  edge_0_5_6  1
    x_5_6  edge_5_6_6  1  edge_5_8_6  1
    x_5_6  edge_5_9_6  1  edge_5_10_6  1
    x_5_6  edge_5_11_6  1  edge_5_16_6  1
    x_5_6  edge_5_23_6  1  edge_5_24_6  1
    x_5_6  edge_5_27_6  1  edge_5_32_6  1
    x_5_6  edge_5_33_6  1  edge_5_35_6  1
    x_5_6  edge_5_38_6  1
    x_5_7  one_5  1  edge_0_5_7  1
    x_5_7  edge_5_6_7  1  edge_5_8_7  1
    x_5_7  edge_5_9_7  1  edge_5_10_7  1
    x_5_7  edge_5_11_7  1  edge_5_16_7  1
    x_5_7  edge_5_23_7  1  edge_5_24_7  1
    x_5_7  edge_5_27_7  1  edge_5_32_7  1
    x_5_7  edge_5_33_7  1  edge_5_35_7  1
    x_5_7  edge_5_38_7  1
    x_5_8  one_5  1  edge_0_5_8  1
    x_5_8  edge_5_6_8  1  edge_5_8_8  1
    x_5_8  edge_5_9_8  1  edge_5_10_8  1
    x_5_8  edge_5_11_8  1  edge_5_16_8  1
    x_5_8  edge_5_23_8  1  edge_5_24_8  1
    x_5_8  edge_5_27_8  1  edge_5_32_8  1
    x_5_8  edge_5_33_8  1  edge_5_35_8  1
    x_5_8  edge_5_38_8  1
    x_5_9  one_5  1  edge_0_5_9  1
    x_5_9  edge_5_6_9  1  edge_5_8_9  1
    x_5_9  edge_5_9_9  1  edge_5_10_9  1
    x_5_9  edge_5_11_9  1  edge_5_16_9  1
    x_5_9  edge_5_23_9  1  edge_5_24_9  1
    x_5_9  edge_5_27_9  1  edge_5_32_9  1
    x_5_9  edge_5_33_9  1  edge_5_35_9  1
    x_5_9  edge_5_38_9  1
    x_6_0  one_6  1  edge_5_6_0  1
    x_6_0  edge_6_8_0  1  edge_6_10_0  1
    x_6_0  edge_6_14_0  1  edge_6_15_0  1
    x_6_0  edge_6_24_0  1  edge_6_26_0  1
    x_6_0  edge_6_29_0  1  edge_6_30_0  1
    x_6_0  edge_6_31_0  1  edge_6_32_0  1
    x_6_1  one_6  1  edge_5_6_1  1
    x_6_1  edge_6_8_1  1  edge_6_10_1  1
    x_6_1  edge_6_14_1  1  edge_6_15_1  1
    x_6_1  edge_6_24_1  1  edge_6_26_1  1
    x_6_1  edge_6_29_1  1  edge_6_30_1  1
    x_6_1  edge_6_31_1  1  edge_6_32_1  1
    x_6_2  one_6  1  edge_5_6_2  1
    x_6_2  edge_6_8_2  1  edge_6_10_2  1
    x_6_2  edge_6_14_2  1  edge_6_15_2  1
    x_6_2  edge_6_24_2  1  edge_6_26_2  1
    x_6_2  edge_6_29_2  1  edge_6_30_2  1
    x_6_2  edge_6_31_2  1  edge_6_32_2  1
    x_6_3  one_6  1  edge_5_6_3  1
    x_6_3  edge_6_8_3  1  edge_6_10_3  1
    x_6_3  edge_6_14_3  1  edge_6_15_3  1
    x_6_3  edge_6_24_3  1  edge_6_26_3  1
    x_6_3  edge_6_29_3  1  edge_6_30_3  1
    x_6_3  edge_6_31_3  1  edge_6_32_3  1
    x_6_4  one_6  1  edge_5_6_4  1
    x_6_4  edge_6_8_4  1  edge_6_10_4  1
    x_6_4  edge_6_14_4  1  edge_6_15_4  1
    x_6_4  edge_6_24_4  1  edge_6_26_4  1
    x_6_4  edge_6_29_4  1  edge_6_30_4  1
    x_6_4  edge_6_31_4  1  edge_6_32_4  1
    x_6_5  one_6  1  edge_5_6_5  1
    x_6_5  edge_6_8_5  1  edge_6_10_5  1
    x_6_5  edge_6_14_5  1  edge_6_15_5  1
    x_6_5  edge_6_24_5  1  edge_6_26_5  1
    x_6_5  edge_6_29_5  1  edge_6_30_5  1
    x_6_5  edge_6_31_5  1  edge_6_32_5  1
    x_6_6  one_6  1  edge_5_6_6  1
    x_6_6  edge_6_8_6  1  edge_6_10_6  1
    x_6_6  edge_6_14_6  1  edge_6_15_6  1
    x_6_6  edge_6_24_6  1  edge_6_26_6  1
    x_6_6  edge_6_29_6  1  edge_6_30_6  1
    x_6_6  edge_6_31_6  1  edge_6_32_6  1
    x_6_7  one_6  1  edge_5_6_7  1
    x_6_7  edge_6_8_7  1  edge_6_10_7  1
    x_6_7  edge_6_14_7  1  edge_6_15_7  1
    x_6_7  edge_6_24_7  1  edge_6_26_7  1
    x_6_7  edge_6_29_7  1  edge_6_30_7  1
    x_6_7  edge_6_31_7  1  edge_6_32_7  1
    x_6_8  one_6  1  edge_5_6_8  1
    x_6_8  edge_6_8_8  1  edge_6_10_8  1
    x_6_8  edge_6_14_8  1  edge_6_15_8  1
    x_6_8  edge_6_24_8  1  edge_6_26_8  1
    x_6_8  edge_6_29_8  1  edge_6_30_8  1
    x_6_8  edge_6_31_8  1  edge_6_32_8  1
    x_6_9  one_6  1  edge_5_6_9  1
    x_6_9  edge_6_8_9  1  edge_6_10_9  1
    x_6_9  edge_6_14_9  1  edge_6_15_9  1
    x_6_9  edge_6_24_9  1  edge_6_26_9  1
    x_6_9  edge_6_29_9  1  edge_6_30_9  1
    x_6_9  edge_6_31_9  1  edge_6_32_9  1
    x_7_0  one_7  1  edge_2_7_0  1
    x_7_0  edge_7_11_0  1  edge_7_20_0  1
    x_7_0  edge_7_24_0  1  edge_7_33_0  1
    x_7_0  edge_7_34_0  1  edge_7_35_0  1
    x_7_0  edge_7_38_0  1
    x_7_1  one_7  1  edge_2_7_1  1
    x_7_1  edge_7_11_1  1  edge_7_20_1  1
    x_7_1  edge_7_24_1  1  edge_7_33_1  1
    x_7_1  edge_7_34_1  1  edge_7_35_1  1
    x_7_1  edge_7_38_1  1
    x_7_2  one_7  1  edge_2_7_2  1
    x_7_2  edge_7_11_2  1  edge_7_20_2  1
    x_7_2  edge_7_24_2  1  edge_7_33_2  1
    x_7_2  edge_7_34_2  1  edge_7_35_2  1
    x_7_2  edge_7_38_2  1
    x_7_3  one_7  1  edge_2_7_3  1
    x_7_3  edge_7_11_3  1  edge_7_20_3  1
    x_7_3  edge_7_24_3  1  edge_7_33_3  1
    x_7_3  edge_7_34_3  1  edge_7_35_3  1
    x_7_3  edge_7_38_3  1
    x_7_4  one_7  1  edge_2_7_4  1
    x_7_4  edge_7_11_4  1  edge_7_20_4  1
    x_7_4  edge_7_24_4  1  edge_7_33_4  1
    x_7_4  edge_7_34_4  1  edge_7_35_4  1
    x_7_4  edge_7_38_4  1
    x_7_5  one_7  1  edge_2_7_5  1
    x_7_5  edge_7_11_5  1  edge_7_20_5  1
    x_7_5  edge_7_24_5  1  edge_7_33_5  1
    x_7_5  edge_7_34_5  1  edge_7_35_5  1
    x_7_5  edge_7_38_5  1
    x_7_6  one_7  1  edge_2_7_6  1
    x_7_6  edge_7_11_6  1  edge_7_20_6  1
    x_7_6  edge_7_24_6  1  edge_7_33_6  1
    x_7_6  edge_7_34_6  1  edge_7_35_6  1
    x_7_6  edge_7_38_6  1
    x_7_7  one_7  1  edge_2_7_7  1
    x_7_7  edge_7_11_7  1  edge_7_20_7  1
    x_7_7  edge_7_24_7  1  edge_7_33_7  1
    x_7_7  edge_7_34_7  1  edge_7_35_7  1
    x_7_7  edge_7_38_7  1
    x_7_8  one_7  1  edge_2_7_8  1
    x_7_8  edge_7_11_8  1  edge_7_20_8  1
    x_7_8  edge_7_24_8  1  edge_7_33_8  1
    x_7_8  edge_7_34_8  1  edge_7_35_8  1
    x_7_8  edge_7_38_8  1
    x_7_9  one_7  1  edge_2_7_9  1
    x_7_9  edge_7_11_9  1  edge_7_20_9  1
    x_7_9  edge_7_24_9  1  edge_7_33_9  1
    x_7_9  edge_7_34_9  1  edge_7_35_9  1
    x_7_9  edge_7_38_9  1
    x_8_0  one_8  1  edge_0_8_0  1
    x_8_0  edge_2_8_0  1  edge_5_8_0  1
    x_8_0  edge_6_8_0  1  edge_8_9_0  1
    x_8_0  edge_8_10_0  1  edge_8_12_0  1
    x_8_0  edge_8_16_0  1  edge_8_19_0  1
    x_8_0  edge_8_21_0  1  edge_8_23_0  1
    x_8_0  edge_8_27_0  1  edge_8_28_0  1
    x_8_0  edge_8_31_0  1  edge_8_34_0  1
    x_8_0  edge_8_35_0  1  edge_8_37_0  1
    x_8_0  edge_8_38_0  1
    x_8_1  one_8  1  edge_0_8_1  1
    x_8_1  edge_2_8_1  1  edge_5_8_1  1
    x_8_1  edge_6_8_1  1  edge_8_9_1  1
    x_8_1  edge_8_10_1  1  edge_8_12_1  1
    x_8_1  edge_8_16_1  1  edge_8_19_1  1
    x_8_1  edge_8_21_1  1  edge_8_23_1  1
    x_8_1  edge_8_27_1  1  edge_8_28_1  1
    x_8_1  edge_8_31_1  1  edge_8_34_1  1
    x_8_1  edge_8_35_1  1  edge_8_37_1  1
    x_8_1  edge_8_38_1  1
    x_8_2  one_8  1  edge_0_8_2  1
    x_8_2  edge_2_8_2  1  edge_5_8_2  1
    x_8_2  edge_6_8_2  1  edge_8_9_2  1
    x_8_2  edge_8_10_2  1  edge_8_12_2  1
    x_8_2  edge_8_16_2  1  edge_8_19_2  1
    x_8_2  edge_8_21_2  1  edge_8_23_2  1
    x_8_2  edge_8_27_2  1  edge_8_28_2  1
    x_8_2  edge_8_31_2  1  edge_8_34_2  1
    x_8_2  edge_8_35_2  1  edge_8_37_2  1
    x_8_2  edge_8_38_2  1
    x_8_3  one_8  1  edge_0_8_3  1
    x_8_3  edge_2_8_3  1  edge_5_8_3  1
    x_8_3  edge_6_8_3  1  edge_8_9_3  1
    x_8_3  edge_8_10_3  1  edge_8_12_3  1
    x_8_3  edge_8_16_3  1  edge_8_19_3  1
    x_8_3  edge_8_21_3  1  edge_8_23_3  1
    x_8_3  edge_8_27_3  1  edge_8_28_3  1
    x_8_3  edge_8_31_3  1  edge_8_34_3  1
    x_8_3  edge_8_35_3  1  edge_8_37_3  1
    x_8_3  edge_8_38_3  1
    x_8_4  one_8  1  edge_0_8_4  1
    x_8_4  edge_2_8_4  1  edge_5_8_4  1
    x_8_4  edge_6_8_4  1  edge_8_9_4  1
    x_8_4  edge_8_10_4  1  edge_8_12_4  1
    x_8_4  edge_8_16_4  1  edge_8_19_4  1
    x_8_4  edge_8_21_4  1  edge_8_23_4  1
    x_8_4  edge_8_27_4  1  edge_8_28_4  1
    x_8_4  edge_8_31_4  1  edge_8_34_4  1
    x_8_4  edge_8_35_4  1  edge_8_37_4  1
    x_8_4  edge_8_38_4  1
    x_8_5  one_8  1  edge_0_8_5  1
    x_8_5  edge_2_8_5  1  edge_5_8_5  1
    x_8_5  edge_6_8_5  1  edge_8_9_5  1
    x_8_5  edge_8_10_5  1  edge_8_12_5  1
    x_8_5  edge_8_16_5  1  edge_8_19_5  1
    x_8_5  edge_8_21_5  1  edge_8_23_5  1
    x_8_5  edge_8_27_5  1  edge_8_28_5  1
    x_8_5  edge_8_31_5  1  edge_8_34_5  1
    x_8_5  edge_8_35_5  1  edge_8_37_5  1
    x_8_5  edge_8_38_5  1
    x_8_6  one_8  1  edge_0_8_6  1
    x_8_6  edge_2_8_6  1  edge_5_8_6  1
    x_8_6  edge_6_8_6  1  edge_8_9_6  1
    x_8_6  edge_8_10_6  1  edge_8_12_6  1
    x_8_6  edge_8_16_6  1  edge_8_19_6  1
    x_8_6  edge_8_21_6  1  edge_8_23_6  1
    x_8_6  edge_8_27_6  1  edge_8_28_6  1
    x_8_6  edge_8_31_6  1  edge_8_34_6  1
    x_8_6  edge_8_35_6  1  edge_8_37_6  1
    x_8_6  edge_8_38_6  1
    x_8_7  one_8  1  edge_0_8_7  1
    x_8_7  edge_2_8_7  1  edge_5_8_7  1
    x_8_7  edge_6_8_7  1  edge_8_9_7  1
    x_8_7  edge_8_10_7  1  edge_8_12_7  1
    x_8_7  edge_8_16_7  1  edge_8_19_7  1
    x_8_7  edge_8_21_7  1  edge_8_23_7  1
    x_8_7  edge_8_27_7  1  edge_8_28_7  1
    x_8_7  edge_8_31_7  1  edge_8_34_7  1
    x_8_7  edge_8_35_7  1  edge_8_37_7  1
    x_8_7  edge_8_38_7  1
    x_8_8  one_8  1  edge_0_8_8  1
    x_8_8  edge_2_8_8  1  edge_5_8_8  1
    x_8_8  edge_6_8_8  1  edge_8_9_8  1
    x_8_8  edge_8_10_8  1  edge_8_12_8  1
    x_8_8  edge_8_16_8  1  edge_8_19_8  1
    x_8_8  edge_8_21_8  1  edge_8_23_8  1
    x_8_8  edge_8_27_8  1  edge_8_28_8  1
    x_8_8  edge_8_31_8  1  edge_8_34_8  1
    x_8_8  edge_8_35_8  1  edge_8_37_8  1
    x_8_8  edge_8_38_8  1
    x_8_9  one_8  1  edge_0_8_9  1
    x_8_9  edge_2_8_9  1  edge_5_8_9  1
    x_8_9  edge_6_8_9  1  edge_8_9_9  1
    x_8_9  edge_8_10_9  1  edge_8_12_9  1
    x_8_9  edge_8_16_9  1  edge_8_19_9  1
    x_8_9  edge_8_21_9  1  edge_8_23_9  1
    x_8_9  edge_8_27_9  1  edge_8_28_9  1
    x_8_9  edge_8_31_9  1  edge_8_34_9  1
    x_8_9  edge_8_35_9  1  edge_8_37_9  1
    x_8_9  edge_8_38_9  1
    x_9_0  one_9  1  edge_2_9_0  1
    x_9_0  edge_5_9_0  1  edge_8_9_0  1
    x_9_0  edge_9_10_0  1  edge_9_11_0  1
    x_9_0  edge_9_13_0  1  edge_9_17_0  1
    x_9_0  edge_9_22_0  1  edge_9_23_0  1
    x_9_0  edge_9_26_0  1  edge_9_34_0  1
    x_9_0  edge_9_35_0  1  edge_9_36_0  1
    x_9_0  edge_9_38_0  1  edge_9_39_0  1
    x_9_1  one_9  1  edge_2_9_1  1
    x_9_1  edge_5_9_1  1  edge_8_9_1  1
    x_9_1  edge_9_10_1  1  edge_9_11_1  1
    x_9_1  edge_9_13_1  1  edge_9_17_1  1
    x_9_1  edge_9_22_1  1  edge_9_23_1  1
    x_9_1  edge_9_26_1  1  edge_9_34_1  1
    x_9_1  edge_9_35_1  1  edge_9_36_1  1
    x_9_1  edge_9_38_1  1  edge_9_39_1  1
    x_9_2  one_9  1  edge_2_9_2  1
    x_9_2  edge_5_9_2  1  edge_8_9_2  1
    x_9_2  edge_9_10_2  1  edge_9_11_2  1
    x_9_2  edge_9_13_2  1  edge_9_17_2  1
    x_9_2  edge_9_22_2  1  edge_9_23_2  1
    x_9_2  edge_9_26_2  1  edge_9_34_2  1
    x_9_2  edge_9_35_2  1  edge_9_36_2  1
    x_9_2  edge_9_38_2  1  edge_9_39_2  1
    x_9_3  one_9  1  edge_2_9_3  1
    x_9_3  edge_5_9_3  1  edge_8_9_3  1
    x_9_3  edge_9_10_3  1  edge_9_11_3  1
    x_9_3  edge_9_13_3  1  edge_9_17_3  1
    x_9_3  edge_9_22_3  1  edge_9_23_3  1
    x_9_3  edge_9_26_3  1  edge_9_34_3  1
    x_9_3  edge_9_35_3  1  edge_9_36_3  1
    x_9_3  edge_9_38_3  1  edge_9_39_3  1
    x_9_4  one_9  1  edge_2_9_4  1
    x_9_4  edge_5_9_4  1  edge_8_9_4  1
    x_9_4  edge_9_10_4  1  edge_9_11_4  1
    x_9_4  edge_9_13_4  1  edge_9_17_4  1
    x_9_4  edge_9_22_4  1  edge_9_23_4  1
    x_9_4  edge_9_26_4  1  edge_9_34_4  1
    x_9_4  edge_9_35_4  1  edge_9_36_4  1
    x_9_4  edge_9_38_4  1  edge_9_39_4  1
    x_9_5  one_9  1  edge_2_9_5  1
    x_9_5  edge_5_9_5  1  edge_8_9_5  1
    x_9_5  edge_9_10_5  1  edge_9_11_5  1
    x_9_5  edge_9_13_5  1  edge_9_17_5  1
    x_9_5  edge_9_22_5  1  edge_9_23_5  1
    x_9_5  edge_9_26_5  1  edge_9_34_5  1
    x_9_5  edge_9_35_5  1  edge_9_36_5  1
    x_9_5  edge_9_38_5  1  edge_9_39_5  1
    x_9_6  one_9  1  edge_2_9_6  1
    x_9_6  edge_5_9_6  1  edge_8_9_6  1
    x_9_6  edge_9_10_6  1  edge_9_11_6  1
    x_9_6  edge_9_13_6  1  edge_9_17_6  1
    x_9_6  edge_9_22_6  1  edge_9_23_6  1
    x_9_6  edge_9_26_6  1  edge_9_34_6  1
    x_9_6  edge_9_35_6  1  edge_9_36_6  1
    x_9_6  edge_9_38_6  1  edge_9_39_6  1
    x_9_7  one_9  1  edge_2_9_7  1
    x_9_7  edge_5_9_7  1  edge_8_9_7  1
    x_9_7  edge_9_10_7  1  edge_9_11_7  1
    x_9_7  edge_9_13_7  1  edge_9_17_7  1
    x_9_7  edge_9_22_7  1  edge_9_23_7  1
    x_9_7  edge_9_26_7  1  edge_9_34_7  1
    x_9_7  edge_9_35_7  1  edge_9_36_7  1
    x_9_7  edge_9_38_7  1  edge_9_39_7  1
    x_9_8  one_9  1  edge_2_9_8  1
    x_9_8  edge_5_9_8  1  edge_8_9_8  1
    x_9_8  edge_9_10_8  1  edge_9_11_8  1
    x_9_8  edge_9_13_8  1  edge_9_17_8  1
    x_9_8  edge_9_22_8  1  edge_9_23_8  1
    x_9_8  edge_9_26_8  1  edge_9_34_8  1
    x_9_8  edge_9_35_8  1  edge_9_36_8  1
    x_9_8  edge_9_38_8  1  edge_9_39_8  1
    x_9_9  one_9  1  edge_2_9_9  1
    x_9_9  edge_5_9_9  1  edge_8_9_9  1
    x_9_9  edge_9_10_9  1  edge_9_11_9  1
    x_9_9  edge_9_13_9  1  edge_9_17_9  1
    x_9_9  edge_9_22_9  1  edge_9_23_9  1
    x_9_9  edge_9_26_9  1  edge_9_34_9  1
    x_9_9  edge_9_35_9  1  edge_9_36_9  1
    x_9_9  edge_9_38_9  1  edge_9_39_9  1
    x_10_0  one_10  1  edge_3_10_0  1
    x_10_0  edge_5_10_0  1  edge_6_10_0  1
    x_10_0  edge_8_10_0  1  edge_9_10_0  1
    x_10_0  edge_10_18_0  1  edge_10_20_0  1
    x_10_0  edge_10_21_0  1  edge_10_24_0  1
    x_10_0  edge_10_25_0  1  edge_10_29_0  1
    x_10_0  edge_10_31_0  1
    x_10_1  one_10  1  edge_3_10_1  1
    x_10_1  edge_5_10_1  1  edge_6_10_1  1
    x_10_1  edge_8_10_1  1  edge_9_10_1  1
    x_10_1  edge_10_18_1  1  edge_10_20_1  1
    x_10_1  edge_10_21_1  1  edge_10_24_1  1
    x_10_1  edge_10_25_1  1  edge_10_29_1  1
    x_10_1  edge_10_31_1  1
    x_10_2  one_10  1  edge_3_10_2  1
    x_10_2  edge_5_10_2  1  edge_6_10_2  1
    x_10_2  edge_8_10_2  1  edge_9_10_2  1
    x_10_2  edge_10_18_2  1  edge_10_20_2  1
    x_10_2  edge_10_21_2  1  edge_10_24_2  1
    x_10_2  edge_10_25_2  1  edge_10_29_2  1
    x_10_2  edge_10_31_2  1
    x_10_3  one_10  1  edge_3_10_3  1
    x_10_3  edge_5_10_3  1  edge_6_10_3  1
    x_10_3  edge_8_10_3  1  edge_9_10_3  1
    x_10_3  edge_10_18_3  1  edge_10_20_3  1
    x_10_3  edge_10_21_3  1  edge_10_24_3  1
    x_10_3  edge_10_25_3  1  edge_10_29_3  1
    x_10_3  edge_10_31_3  1
    x_10_4  one_10  1  edge_3_10_4  1
    x_10_4  edge_5_10_4  1  edge_6_10_4  1
    x_10_4  edge_8_10_4  1  edge_9_10_4  1
    x_10_4  edge_10_18_4  1  edge_10_20_4  1
    x_10_4  edge_10_21_4  1  edge_10_24_4  1
    x_10_4  edge_10_25_4  1  edge_10_29_4  1
    x_10_4  edge_10_31_4  1
    x_10_5  one_10  1  edge_3_10_5  1
    x_10_5  edge_5_10_5  1  edge_6_10_5  1
    x_10_5  edge_8_10_5  1  edge_9_10_5  1
    x_10_5  edge_10_18_5  1  edge_10_20_5  1
    x_10_5  edge_10_21_5  1  edge_10_24_5  1
    x_10_5  edge_10_25_5  1  edge_10_29_5  1
    x_10_5  edge_10_31_5  1
    x_10_6  one_10  1  edge_3_10_6  1
    x_10_6  edge_5_10_6  1  edge_6_10_6  1
    x_10_6  edge_8_10_6  1  edge_9_10_6  1
    x_10_6  edge_10_18_6  1  edge_10_20_6  1
    x_10_6  edge_10_21_6  1  edge_10_24_6  1
    x_10_6  edge_10_25_6  1  edge_10_29_6  1
    x_10_6  edge_10_31_6  1
    x_10_7  one_10  1  edge_3_10_7  1
    x_10_7  edge_5_10_7  1  edge_6_10_7  1
    x_10_7  edge_8_10_7  1  edge_9_10_7  1
    x_10_7  edge_10_18_7  1  edge_10_20_7  1
    x_10_7  edge_10_21_7  1  edge_10_24_7  1
    x_10_7  edge_10_25_7  1  edge_10_29_7  1
    x_10_7  edge_10_31_7  1
    x_10_8  one_10  1  edge_3_10_8  1
    x_10_8  edge_5_10_8  1  edge_6_10_8  1
    x_10_8  edge_8_10_8  1  edge_9_10_8  1
    x_10_8  edge_10_18_8  1  edge_10_20_8  1
    x_10_8  edge_10_21_8  1  edge_10_24_8  1
    x_10_8  edge_10_25_8  1  edge_10_29_8  1
    x_10_8  edge_10_31_8  1
    x_10_9  one_10  1  edge_3_10_9  1
    x_10_9  edge_5_10_9  1  edge_6_10_9  1
    x_10_9  edge_8_10_9  1  edge_9_10_9  1
    x_10_9  edge_10_18_9  1  edge_10_20_9  1
    x_10_9  edge_10_21_9  1  edge_10_24_9  1
    x_10_9  edge_10_25_9  1  edge_10_29_9  1
    x_10_9  edge_10_31_9  1
    x_11_0  one_11  1  edge_1_11_0  1
    x_11_0  edge_4_11_0  1  edge_5_11_0  1
    x_11_0  edge_7_11_0  1  edge_9_11_0  1
    x_11_0  edge_11_12_0  1  edge_11_14_0  1
    x_11_0  edge_11_17_0  1  edge_11_19_0  1
    x_11_0  edge_11_20_0  1  edge_11_24_0  1
    x_11_0  edge_11_25_0  1  edge_11_28_0  1
    x_11_0  edge_11_29_0  1  edge_11_38_0  1
    x_11_1  one_11  1  edge_1_11_1  1
    x_11_1  edge_4_11_1  1  edge_5_11_1  1
    x_11_1  edge_7_11_1  1  edge_9_11_1  1
    x_11_1  edge_11_12_1  1  edge_11_14_1  1
    x_11_1  edge_11_17_1  1  edge_11_19_1  1
    x_11_1  edge_11_20_1  1  edge_11_24_1  1
    x_11_1  edge_11_25_1  1  edge_11_28_1  1
    x_11_1  edge_11_29_1  1  edge_11_38_1  1
    x_11_2  one_11  1  edge_1_11_2  1
    x_11_2  edge_4_11_2  1  edge_5_11_2  1
    x_11_2  edge_7_11_2  1  edge_9_11_2  1
    x_11_2  edge_11_12_2  1  edge_11_14_2  1
    x_11_2  edge_11_17_2  1  edge_11_19_2  1
    x_11_2  edge_11_20_2  1  edge_11_24_2  1
    x_11_2  edge_11_25_2  1  edge_11_28_2  1
    x_11_2  edge_11_29_2  1  edge_11_38_2  1
    x_11_3  one_11  1  edge_1_11_3  1
    x_11_3  edge_4_11_3  1  edge_5_11_3  1
    x_11_3  edge_7_11_3  1  edge_9_11_3  1
    x_11_3  edge_11_12_3  1  edge_11_14_3  1
    x_11_3  edge_11_17_3  1  edge_11_19_3  1
    x_11_3  edge_11_20_3  1  edge_11_24_3  1
    x_11_3  edge_11_25_3  1  edge_11_28_3  1
    x_11_3  edge_11_29_3  1  edge_11_38_3  1
    x_11_4  one_11  1  edge_1_11_4  1
    x_11_4  edge_4_11_4  1  edge_5_11_4  1
    x_11_4  edge_7_11_4  1  edge_9_11_4  1
    x_11_4  edge_11_12_4  1  edge_11_14_4  1
    x_11_4  edge_11_17_4  1  edge_11_19_4  1
    x_11_4  edge_11_20_4  1  edge_11_24_4  1
    x_11_4  edge_11_25_4  1  edge_11_28_4  1
    x_11_4  edge_11_29_4  1  edge_11_38_4  1
    x_11_5  one_11  1  edge_1_11_5  1
    x_11_5  edge_4_11_5  1  edge_5_11_5  1
    x_11_5  edge_7_11_5  1  edge_9_11_5  1
    x_11_5  edge_11_12_5  1  edge_11_14_5  1
    x_11_5  edge_11_17_5  1  edge_11_19_5  1
    x_11_5  edge_11_20_5  1  edge_11_24_5  1
    x_11_5  edge_11_25_5  1  edge_11_28_5  1
    x_11_5  edge_11_29_5  1  edge_11_38_5  1
    x_11_6  one_11  1  edge_1_11_6  1
    x_11_6  edge_4_11_6  1  edge_5_11_6  1
    x_11_6  edge_7_11_6  1  edge_9_11_6  1
    x_11_6  edge_11_12_6  1  edge_11_14_6  1
    x_11_6  edge_11_17_6  1  edge_11_19_6  1
    x_11_6  edge_11_20_6  1  edge_11_24_6  1
    x_11_6  edge_11_25_6  1  edge_11_28_6  1
    x_11_6  edge_11_29_6  1  edge_11_38_6  1
    x_11_7  one_11  1  edge_1_11_7  1
    x_11_7  edge_4_11_7  1  edge_5_11_7  1
    x_11_7  edge_7_11_7  1  edge_9_11_7  1
    x_11_7  edge_11_12_7  1  edge_11_14_7  1
    x_11_7  edge_11_17_7  1  edge_11_19_7  1
    x_11_7  edge_11_20_7  1  edge_11_24_7  1
    x_11_7  edge_11_25_7  1  edge_11_28_7  1
    x_11_7  edge_11_29_7  1  edge_11_38_7  1
    x_11_8  one_11  1  edge_1_11_8  1
    x_11_8  edge_4_11_8  1  edge_5_11_8  1
    x_11_8  edge_7_11_8  1  edge_9_11_8  1
    x_11_8  edge_11_12_8  1  edge_11_14_8  1
    x_11_8  edge_11_17_8  1  edge_11_19_8  1
    x_11_8  edge_11_20_8  1  edge_11_24_8  1
    x_11_8  edge_11_25_8  1  edge_11_28_8  1
    x_11_8  edge_11_29_8  1  edge_11_38_8  1
    x_11_9  one_11  1  edge_1_11_9  1
    x_11_9  edge_4_11_9  1  edge_5_11_9  1
    x_11_9  edge_7_11_9  1  edge_9_11_9  1
    x_11_9  edge_11_12_9  1  edge_11_14_9  1
    x_11_9  edge_11_17_9  1  edge_11_19_9  1
    x_11_9  edge_11_20_9  1  edge_11_24_9  1
    x_11_9  edge_11_25_9  1  edge_11_28_9  1
    x_11_9  edge_11_29_9  1  edge_11_38_9  1
    x_12_0  one_12  1  edge_1_12_0  1
    x_12_0  edge_8_12_0  1  edge_11_12_0  1
    x_12_0  edge_12_13_0  1  edge_12_15_0  1
    x_12_0  edge_12_16_0  1  edge_12_18_0  1
    x_12_0  edge_12_20_0  1  edge_12_23_0  1
    x_12_0  edge_12_27_0  1  edge_12_29_0  1
    x_12_0  edge_12_32_0  1
    x_12_1  one_12  1  edge_1_12_1  1
    x_12_1  edge_8_12_1  1  edge_11_12_1  1
    x_12_1  edge_12_13_1  1  edge_12_15_1  1
    x_12_1  edge_12_16_1  1  edge_12_18_1  1
    x_12_1  edge_12_20_1  1  edge_12_23_1  1
    x_12_1  edge_12_27_1  1  edge_12_29_1  1
    x_12_1  edge_12_32_1  1
    x_12_2  one_12  1  edge_1_12_2  1
    x_12_2  edge_8_12_2  1  edge_11_12_2  1
    x_12_2  edge_12_13_2  1  edge_12_15_2  1
    x_12_2  edge_12_16_2  1  edge_12_18_2  1
    x_12_2  edge_12_20_2  1  edge_12_23_2  1
    x_12_2  edge_12_27_2  1  edge_12_29_2  1
    x_12_2  edge_12_32_2  1
    x_12_3  one_12  1  edge_1_12_3  1
    x_12_3  edge_8_12_3  1  edge_11_12_3  1
    x_12_3  edge_12_13_3  1  edge_12_15_3  1
    x_12_3  edge_12_16_3  1  edge_12_18_3  1
    x_12_3  edge_12_20_3  1  edge_12_23_3  1
    x_12_3  edge_12_27_3  1  edge_12_29_3  1
    x_12_3  edge_12_32_3  1
    x_12_4  one_12  1  edge_1_12_4  1
    x_12_4  edge_8_12_4  1  edge_11_12_4  1
    x_12_4  edge_12_13_4  1  edge_12_15_4  1
    x_12_4  edge_12_16_4  1  edge_12_18_4  1
    x_12_4  edge_12_20_4  1  edge_12_23_4  1
    x_12_4  edge_12_27_4  1  edge_12_29_4  1
    x_12_4  edge_12_32_4  1
    x_12_5  one_12  1  edge_1_12_5  1
    x_12_5  edge_8_12_5  1  edge_11_12_5  1
    x_12_5  edge_12_13_5  1  edge_12_15_5  1
    x_12_5  edge_12_16_5  1  edge_12_18_5  1
    x_12_5  edge_12_20_5  1  edge_12_23_5  1
    x_12_5  edge_12_27_5  1  edge_12_29_5  1
    x_12_5  edge_12_32_5  1
    x_12_6  one_12  1  edge_1_12_6  1
    x_12_6  edge_8_12_6  1  edge_11_12_6  1
    x_12_6  edge_12_13_6  1  edge_12_15_6  1
    x_12_6  edge_12_16_6  1  edge_12_18_6  1
    x_12_6  edge_12_20_6  1  edge_12_23_6  1
    x_12_6  edge_12_27_6  1  edge_12_29_6  1
    x_12_6  edge_12_32_6  1
    x_12_7  one_12  1  edge_1_12_7  1
    x_12_7  edge_8_12_7  1  edge_11_12_7  1
    x_12_7  edge_12_13_7  1  edge_12_15_7  1
    x_12_7  edge_12_16_7  1  edge_12_18_7  1
    x_12_7  edge_12_20_7  1  edge_12_23_7  1
    x_12_7  edge_12_27_7  1  edge_12_29_7  1
    x_12_7  edge_12_32_7  1
    x_12_8  one_12  1  edge_1_12_8  1
    x_12_8  edge_8_12_8  1  edge_11_12_8  1
    x_12_8  edge_12_13_8  1  edge_12_15_8  1
    x_12_8  edge_12_16_8  1  edge_12_18_8  1
    x_12_8  edge_12_20_8  1  edge_12_23_8  1
    x_12_8  edge_12_27_8  1  edge_12_29_8  1
    x_12_8  edge_12_32_8  1
    x_12_9  one_12  1  edge_1_12_9  1
    x_12_9  edge_8_12_9  1  edge_11_12_9  1
    x_12_9  edge_12_13_9  1  edge_12_15_9  1
    x_12_9  edge_12_16_9  1  edge_12_18_9  1
    x_12_9  edge_12_20_9  1  edge_12_23_9  1
    x_12_9  edge_12_27_9  1  edge_12_29_9  1
    x_12_9  edge_12_32_9  1
    x_13_0  one_13  1  edge_0_13_0  1
    x_13_0  edge_2_13_0  1  edge_9_13_0  1
    x_13_0  edge_12_13_0  1  edge_13_15_0  1
    x_13_0  edge_13_23_0  1  edge_13_24_0  1
    x_13_0  edge_13_25_0  1  edge_13_27_0  1
    x_13_0  edge_13_29_0  1  edge_13_33_0  1
    x_13_0  edge_13_36_0  1
    x_13_1  one_13  1  edge_0_13_1  1
    x_13_1  edge_2_13_1  1  edge_9_13_1  1
    x_13_1  edge_12_13_1  1  edge_13_15_1  1
    x_13_1  edge_13_23_1  1  edge_13_24_1  1
    x_13_1  edge_13_25_1  1  edge_13_27_1  1
    x_13_1  edge_13_29_1  1  edge_13_33_1  1
    x_13_1  edge_13_36_1  1
    x_13_2  one_13  1  edge_0_13_2  1
    x_13_2  edge_2_13_2  1  edge_9_13_2  1
    x_13_2  edge_12_13_2  1  edge_13_15_2  1
    x_13_2  edge_13_23_2  1  edge_13_24_2  1
    x_13_2  edge_13_25_2  1  edge_13_27_2  1
    x_13_2  edge_13_29_2  1  edge_13_33_2  1
    x_13_2  edge_13_36_2  1
    x_13_3  one_13  1  edge_0_13_3  1
    x_13_3  edge_2_13_3  1  edge_9_13_3  1
    x_13_3  edge_12_13_3  1  edge_13_15_3  1
    x_13_3  edge_13_23_3  1  edge_13_24_3  1
    x_13_3  edge_13_25_3  1  edge_13_27_3  1
    x_13_3  edge_13_29_3  1  edge_13_33_3  1
    x_13_3  edge_13_36_3  1
    x_13_4  one_13  1  edge_0_13_4  1
    x_13_4  edge_2_13_4  1  edge_9_13_4  1
    x_13_4  edge_12_13_4  1  edge_13_15_4  1
    x_13_4  edge_13_23_4  1  edge_13_24_4  1
    x_13_4  edge_13_25_4  1  edge_13_27_4  1
    x_13_4  edge_13_29_4  1  edge_13_33_4  1
    x_13_4  edge_13_36_4  1
    x_13_5  one_13  1  edge_0_13_5  1
    x_13_5  edge_2_13_5  1  edge_9_13_5  1
    x_13_5  edge_12_13_5  1  edge_13_15_5  1
    x_13_5  edge_13_23_5  1  edge_13_24_5  1
    x_13_5  edge_13_25_5  1  edge_13_27_5  1
    x_13_5  edge_13_29_5  1  edge_13_33_5  1
    x_13_5  edge_13_36_5  1
    x_13_6  one_13  1  edge_0_13_6  1
    x_13_6  edge_2_13_6  1  edge_9_13_6  1
    x_13_6  edge_12_13_6  1  edge_13_15_6  1
    x_13_6  edge_13_23_6  1  edge_13_24_6  1
    x_13_6  edge_13_25_6  1  edge_13_27_6  1
    x_13_6  edge_13_29_6  1  edge_13_33_6  1
    x_13_6  edge_13_36_6  1
    x_13_7  one_13  1  edge_0_13_7  1
    x_13_7  edge_2_13_7  1  edge_9_13_7  1
    x_13_7  edge_12_13_7  1  edge_13_15_7  1
    x_13_7  edge_13_23_7  1  edge_13_24_7  1
    x_13_7  edge_13_25_7  1  edge_13_27_7  1
    x_13_7  edge_13_29_7  1  edge_13_33_7  1
    x_13_7  edge_13_36_7  1
    x_13_8  one_13  1  edge_0_13_8  1
    x_13_8  edge_2_13_8  1  edge_9_13_8  1
    x_13_8  edge_12_13_8  1  edge_13_15_8  1
    x_13_8  edge_13_23_8  1  edge_13_24_8  1
    x_13_8  edge_13_25_8  1  edge_13_27_8  1
    x_13_8  edge_13_29_8  1  edge_13_33_8  1
    x_13_8  edge_13_36_8  1
    x_13_9  one_13  1  edge_0_13_9  1
    x_13_9  edge_2_13_9  1  edge_9_13_9  1
    x_13_9  edge_12_13_9  1  edge_13_15_9  1
    x_13_9  edge_13_23_9  1  edge_13_24_9  1
    x_13_9  edge_13_25_9  1  edge_13_27_9  1
    x_13_9  edge_13_29_9  1  edge_13_33_9  1
    x_13_9  edge_13_36_9  1
    x_14_0  one_14  1  edge_0_14_0  1
    x_14_0  edge_6_14_0  1  edge_11_14_0  1
    x_14_0  edge_14_15_0  1  edge_14_19_0  1
    x_14_0  edge_14_22_0  1  edge_14_23_0  1
    x_14_0  edge_14_39_0  1
    x_14_1  one_14  1  edge_0_14_1  1
    x_14_1  edge_6_14_1  1  edge_11_14_1  1
    x_14_1  edge_14_15_1  1  edge_14_19_1  1
    x_14_1  edge_14_22_1  1  edge_14_23_1  1
    x_14_1  edge_14_39_1  1
    x_14_2  one_14  1  edge_0_14_2  1
    x_14_2  edge_6_14_2  1  edge_11_14_2  1
    x_14_2  edge_14_15_2  1  edge_14_19_2  1
    x_14_2  edge_14_22_2  1  edge_14_23_2  1
    x_14_2  edge_14_39_2  1
    x_14_3  one_14  1  edge_0_14_3  1
    x_14_3  edge_6_14_3  1  edge_11_14_3  1
    x_14_3  edge_14_15_3  1  edge_14_19_3  1
    x_14_3  edge_14_22_3  1  edge_14_23_3  1
    x_14_3  edge_14_39_3  1
    x_14_4  one_14  1  edge_0_14_4  1
    x_14_4  edge_6_14_4  1  edge_11_14_4  1
    x_14_4  edge_14_15_4  1  edge_14_19_4  1
    x_14_4  edge_14_22_4  1  edge_14_23_4  1
    x_14_4  edge_14_39_4  1
    x_14_5  one_14  1  edge_0_14_5  1
    x_14_5  edge_6_14_5  1  edge_11_14_5  1
    x_14_5  edge_14_15_5  1  edge_14_19_5  1
    x_14_5  edge_14_22_5  1  edge_14_23_5  1
    x_14_5  edge_14_39_5  1
    x_14_6  one_14  1  edge_0_14_6  1
    x_14_6  edge_6_14_6  1  edge_11_14_6  1
    x_14_6  edge_14_15_6  1  edge_14_19_6  1
    x_14_6  edge_14_22_6  1  edge_14_23_6  1
    x_14_6  edge_14_39_6  1
    x_14_7  one_14  1  edge_0_14_7  1
    x_14_7  edge_6_14_7  1  edge_11_14_7  1
    x_14_7  edge_14_15_7  1  edge_14_19_7  1
    x_14_7  edge_14_22_7  1  edge_14_23_7  1
    x_14_7  edge_14_39_7  1
    x_14_8  one_14  1  edge_0_14_8  1
    x_14_8  edge_6_14_8  1  edge_11_14_8  1
    x_14_8  edge_14_15_8  1  edge_14_19_8  1
    x_14_8  edge_14_22_8  1  edge_14_23_8  1
    x_14_8  edge_14_39_8  1
    x_14_9  one_14  1  edge_0_14_9  1
    x_14_9  edge_6_14_9  1  edge_11_14_9  1
    x_14_9  edge_14_15_9  1  edge_14_19_9  1
    x_14_9  edge_14_22_9  1  edge_14_23_9  1
    x_14_9  edge_14_39_9  1
    x_15_0  one_15  1  edge_3_15_0  1
    x_15_0  edge_4_15_0  1  edge_6_15_0  1
    x_15_0  edge_12_15_0  1  edge_13_15_0  1
    x_15_0  edge_14_15_0  1  edge_15_16_0  1
    x_15_0  edge_15_18_0  1  edge_15_20_0  1
    x_15_0  edge_15_22_0  1  edge_15_24_0  1
    x_15_0  edge_15_29_0  1  edge_15_35_0  1
    x_15_0  edge_15_36_0  1  edge_15_39_0  1
    x_15_1  one_15  1  edge_3_15_1  1
    x_15_1  edge_4_15_1  1  edge_6_15_1  1
    x_15_1  edge_12_15_1  1  edge_13_15_1  1
    x_15_1  edge_14_15_1  1  edge_15_16_1  1
    x_15_1  edge_15_18_1  1  edge_15_20_1  1
    x_15_1  edge_15_22_1  1  edge_15_24_1  1
    x_15_1  edge_15_29_1  1  edge_15_35_1  1
    x_15_1  edge_15_36_1  1  edge_15_39_1  1
    x_15_2  one_15  1  edge_3_15_2  1
    x_15_2  edge_4_15_2  1  edge_6_15_2  1
    x_15_2  edge_12_15_2  1  edge_13_15_2  1
    x_15_2  edge_14_15_2  1  edge_15_16_2  1
    x_15_2  edge_15_18_2  1  edge_15_20_2  1
    x_15_2  edge_15_22_2  1  edge_15_24_2  1
    x_15_2  edge_15_29_2  1  edge_15_35_2  1
    x_15_2  edge_15_36_2  1  edge_15_39_2  1
    x_15_3  one_15  1  edge_3_15_3  1
    x_15_3  edge_4_15_3  1  edge_6_15_3  1
    x_15_3  edge_12_15_3  1  edge_13_15_3  1
    x_15_3  edge_14_15_3  1  edge_15_16_3  1
    x_15_3  edge_15_18_3  1  edge_15_20_3  1
    x_15_3  edge_15_22_3  1  edge_15_24_3  1
    x_15_3  edge_15_29_3  1  edge_15_35_3  1
    x_15_3  edge_15_36_3  1  edge_15_39_3  1
    x_15_4  one_15  1  edge_3_15_4  1
    x_15_4  edge_4_15_4  1  edge_6_15_4  1
    x_15_4  edge_12_15_4  1  edge_13_15_4  1
    x_15_4  edge_14_15_4  1  edge_15_16_4  1
    x_15_4  edge_15_18_4  1  edge_15_20_4  1
    x_15_4  edge_15_22_4  1  edge_15_24_4  1
    x_15_4  edge_15_29_4  1  edge_15_35_4  1
    x_15_4  edge_15_36_4  1  edge_15_39_4  1
    x_15_5  one_15  1  edge_3_15_5  1
    x_15_5  edge_4_15_5  1  edge_6_15_5  1
    x_15_5  edge_12_15_5  1  edge_13_15_5  1
    x_15_5  edge_14_15_5  1  edge_15_16_5  1
    x_15_5  edge_15_18_5  1  edge_15_20_5  1
    x_15_5  edge_15_22_5  1  edge_15_24_5  1
    x_15_5  edge_15_29_5  1  edge_15_35_5  1
    x_15_5  edge_15_36_5  1  edge_15_39_5  1
    x_15_6  one_15  1  edge_3_15_6  1
    x_15_6  edge_4_15_6  1  edge_6_15_6  1
    x_15_6  edge_12_15_6  1  edge_13_15_6  1
    x_15_6  edge_14_15_6  1  edge_15_16_6  1
    x_15_6  edge_15_18_6  1  edge_15_20_6  1
    x_15_6  edge_15_22_6  1  edge_15_24_6  1
    x_15_6  edge_15_29_6  1  edge_15_35_6  1
    x_15_6  edge_15_36_6  1  edge_15_39_6  1
    x_15_7  one_15  1  edge_3_15_7  1
    x_15_7  edge_4_15_7  1  edge_6_15_7  1
    x_15_7  edge_12_15_7  1  edge_13_15_7  1
    x_15_7  edge_14_15_7  1  edge_15_16_7  1
    x_15_7  edge_15_18_7  1  edge_15_20_7  1
    x_15_7  edge_15_22_7  1  edge_15_24_7  1
    x_15_7  edge_15_29_7  1  edge_15_35_7  1
    x_15_7  edge_15_36_7  1  edge_15_39_7  1
    x_15_8  one_15  1  edge_3_15_8  1
    x_15_8  edge_4_15_8  1  edge_6_15_8  1
    x_15_8  edge_12_15_8  1  edge_13_15_8  1
    x_15_8  edge_14_15_8  1  edge_15_16_8  1
    x_15_8  edge_15_18_8  1  edge_15_20_8  1
    x_15_8  edge_15_22_8  1  edge_15_24_8  1
    x_15_8  edge_15_29_8  1  edge_15_35_8  1
    x_15_8  edge_15_36_8  1  edge_15_39_8  1
    x_15_9  one_15  1  edge_3_15_9  1
    x_15_9  edge_4_15_9  1  edge_6_15_9  1
    x_15_9  edge_12_15_9  1  edge_13_15_9  1
    x_15_9  edge_14_15_9  1  edge_15_16_9  1
    x_15_9  edge_15_18_9  1  edge_15_20_9  1
    x_15_9  edge_15_22_9  1  edge_15_24_9  1
    x_15_9  edge_15_29_9  1  edge_15_35_9  1
    x_15_9  edge_15_36_9  1  edge_15_39_9  1
    x_16_0  one_16  1  edge_0_16_0  1
    x_16_0  edge_3_16_0  1  edge_4_16_0  1
    x_16_0  edge_5_16_0  1  edge_8_16_0  1
    x_16_0  edge_12_16_0  1  edge_15_16_0  1
    x_16_0  edge_16_18_0  1  edge_16_19_0  1
    x_16_0  edge_16_26_0  1  edge_16_31_0  1
    x_16_0  edge_16_34_0  1  edge_16_38_0  1
    x_16_0  edge_16_39_0  1
    x_16_1  one_16  1  edge_0_16_1  1
    x_16_1  edge_3_16_1  1  edge_4_16_1  1
    x_16_1  edge_5_16_1  1  edge_8_16_1  1
    x_16_1  edge_12_16_1  1  edge_15_16_1  1
    x_16_1  edge_16_18_1  1  edge_16_19_1  1
    x_16_1  edge_16_26_1  1  edge_16_31_1  1
    x_16_1  edge_16_34_1  1  edge_16_38_1  1
    x_16_1  edge_16_39_1  1
    x_16_2  one_16  1  edge_0_16_2  1
    x_16_2  edge_3_16_2  1  edge_4_16_2  1
    x_16_2  edge_5_16_2  1  edge_8_16_2  1
    x_16_2  edge_12_16_2  1  edge_15_16_2  1
    x_16_2  edge_16_18_2  1  edge_16_19_2  1
    x_16_2  edge_16_26_2  1  edge_16_31_2  1
    x_16_2  edge_16_34_2  1  edge_16_38_2  1
    x_16_2  edge_16_39_2  1
    x_16_3  one_16  1  edge_0_16_3  1
    x_16_3  edge_3_16_3  1  edge_4_16_3  1
    x_16_3  edge_5_16_3  1  edge_8_16_3  1
    x_16_3  edge_12_16_3  1  edge_15_16_3  1
    x_16_3  edge_16_18_3  1  edge_16_19_3  1
    x_16_3  edge_16_26_3  1  edge_16_31_3  1
    x_16_3  edge_16_34_3  1  edge_16_38_3  1
    x_16_3  edge_16_39_3  1
    x_16_4  one_16  1  edge_0_16_4  1
    x_16_4  edge_3_16_4  1  edge_4_16_4  1
    x_16_4  edge_5_16_4  1  edge_8_16_4  1
    x_16_4  edge_12_16_4  1  edge_15_16_4  1
    x_16_4  edge_16_18_4  1  edge_16_19_4  1
    x_16_4  edge_16_26_4  1  edge_16_31_4  1
    x_16_4  edge_16_34_4  1  edge_16_38_4  1
    x_16_4  edge_16_39_4  1
    x_16_5  one_16  1  edge_0_16_5  1
    x_16_5  edge_3_16_5  1  edge_4_16_5  1
    x_16_5  edge_5_16_5  1  edge_8_16_5  1
    x_16_5  edge_12_16_5  1  edge_15_16_5  1
    x_16_5  edge_16_18_5  1  edge_16_19_5  1
    x_16_5  edge_16_26_5  1  edge_16_31_5  1
    x_16_5  edge_16_34_5  1  edge_16_38_5  1
    x_16_5  edge_16_39_5  1
    x_16_6  one_16  1  edge_0_16_6  1
    x_16_6  edge_3_16_6  1  edge_4_16_6  1
    x_16_6  edge_5_16_6  1  edge_8_16_6  1
    x_16_6  edge_12_16_6  1  edge_15_16_6  1
    x_16_6  edge_16_18_6  1  edge_16_19_6  1
    x_16_6  edge_16_26_6  1  edge_16_31_6  1
    x_16_6  edge_16_34_6  1  edge_16_38_6  1
    x_16_6  edge_16_39_6  1
    x_16_7  one_16  1  edge_0_16_7  1
    x_16_7  edge_3_16_7  1  edge_4_16_7  1
    x_16_7  edge_5_16_7  1  edge_8_16_7  1
    x_16_7  edge_12_16_7  1  edge_15_16_7  1
    x_16_7  edge_16_18_7  1  edge_16_19_7  1
    x_16_7  edge_16_26_7  1  edge_16_31_7  1
    x_16_7  edge_16_34_7  1  edge_16_38_7  1
    x_16_7  edge_16_39_7  1
    x_16_8  one_16  1  edge_0_16_8  1
    x_16_8  edge_3_16_8  1  edge_4_16_8  1
    x_16_8  edge_5_16_8  1  edge_8_16_8  1
    x_16_8  edge_12_16_8  1  edge_15_16_8  1
    x_16_8  edge_16_18_8  1  edge_16_19_8  1
    x_16_8  edge_16_26_8  1  edge_16_31_8  1
    x_16_8  edge_16_34_8  1  edge_16_38_8  1
    x_16_8  edge_16_39_8  1
    x_16_9  one_16  1  edge_0_16_9  1
    x_16_9  edge_3_16_9  1  edge_4_16_9  1
    x_16_9  edge_5_16_9  1  edge_8_16_9  1
    x_16_9  edge_12_16_9  1  edge_15_16_9  1
    x_16_9  edge_16_18_9  1  edge_16_19_9  1
    x_16_9  edge_16_26_9  1  edge_16_31_9  1
    x_16_9  edge_16_34_9  1  edge_16_38_9  1
    x_16_9  edge_16_39_9  1
    x_17_0  one_17  1  edge_2_17_0  1
    x_17_0  edge_4_17_0  1  edge_9_17_0  1
    x_17_0  edge_11_17_0  1  edge_17_19_0  1
    x_17_0  edge_17_22_0  1  edge_17_23_0  1
    x_17_0  edge_17_25_0  1  edge_17_28_0  1
    x_17_0  edge_17_30_0  1  edge_17_31_0  1
    x_17_0  edge_17_32_0  1
    x_17_1  one_17  1  edge_2_17_1  1
    x_17_1  edge_4_17_1  1  edge_9_17_1  1
    x_17_1  edge_11_17_1  1  edge_17_19_1  1
    x_17_1  edge_17_22_1  1  edge_17_23_1  1
    x_17_1  edge_17_25_1  1  edge_17_28_1  1
    x_17_1  edge_17_30_1  1  edge_17_31_1  1
    x_17_1  edge_17_32_1  1
    x_17_2  one_17  1  edge_2_17_2  1
    x_17_2  edge_4_17_2  1  edge_9_17_2  1
    x_17_2  edge_11_17_2  1  edge_17_19_2  1
    x_17_2  edge_17_22_2  1  edge_17_23_2  1
    x_17_2  edge_17_25_2  1  edge_17_28_2  1
    x_17_2  edge_17_30_2  1  edge_17_31_2  1
    x_17_2  edge_17_32_2  1
    x_17_3  one_17  1  edge_2_17_3  1
    x_17_3  edge_4_17_3  1  edge_9_17_3  1
    x_17_3  edge_11_17_3  1  edge_17_19_3  1
    x_17_3  edge_17_22_3  1  edge_17_23_3  1
    x_17_3  edge_17_25_3  1  edge_17_28_3  1
    x_17_3  edge_17_30_3  1  edge_17_31_3  1
    x_17_3  edge_17_32_3  1
    x_17_4  one_17  1  edge_2_17_4  1
    x_17_4  edge_4_17_4  1  edge_9_17_4  1
    x_17_4  edge_11_17_4  1  edge_17_19_4  1
    x_17_4  edge_17_22_4  1  edge_17_23_4  1
    x_17_4  edge_17_25_4  1  edge_17_28_4  1
    x_17_4  edge_17_30_4  1  edge_17_31_4  1
    x_17_4  edge_17_32_4  1
    x_17_5  one_17  1  edge_2_17_5  1
    x_17_5  edge_4_17_5  1  edge_9_17_5  1
    x_17_5  edge_11_17_5  1  edge_17_19_5  1
    x_17_5  edge_17_22_5  1  edge_17_23_5  1
    x_17_5  edge_17_25_5  1  edge_17_28_5  1
    x_17_5  edge_17_30_5  1  edge_17_31_5  1
    x_17_5  edge_17_32_5  1
    x_17_6  one_17  1  edge_2_17_6  1
    x_17_6  edge_4_17_6  1  edge_9_17_6  1
    x_17_6  edge_11_17_6  1  edge_17_19_6  1
    x_17_6  edge_17_22_6  1  edge_17_23_6  1
    x_17_6  edge_17_25_6  1  edge_17_28_6  1
    x_17_6  edge_17_30_6  1  edge_17_31_6  1
    x_17_6  edge_17_32_6  1
    x_17_7  one_17  1  edge_2_17_7  1
    x_17_7  edge_4_17_7  1  edge_9_17_7  1
    x_17_7  edge_11_17_7  1  edge_17_19_7  1
    x_17_7  edge_17_22_7  1  edge_17_23_7  1
    x_17_7  edge_17_25_7  1  edge_17_28_7  1
    x_17_7  edge_17_30_7  1  edge_17_31_7  1
    x_17_7  edge_17_32_7  1
    x_17_8  one_17  1  edge_2_17_8  1
    x_17_8  edge_4_17_8  1  edge_9_17_8  1
    x_17_8  edge_11_17_8  1  edge_17_19_8  1
    x_17_8  edge_17_22_8  1  edge_17_23_8  1
    x_17_8  edge_17_25_8  1  edge_17_28_8  1
    x_17_8  edge_17_30_8  1  edge_17_31_8  1
    x_17_8  edge_17_32_8  1
    x_17_9  one_17  1  edge_2_17_9  1
    x_17_9  edge_4_17_9  1  edge_9_17_9  1
    x_17_9  edge_11_17_9  1  edge_17_19_9  1
    x_17_9  edge_17_22_9  1  edge_17_23_9  1
    x_17_9  edge_17_25_9  1  edge_17_28_9  1
    x_17_9  edge_17_30_9  1  edge_17_31_9  1
    x_17_9  edge_17_32_9  1
    x_18_0  one_18  1  edge_2_18_0  1
    x_18_0  edge_3_18_0  1  edge_10_18_0  1
    x_18_0  edge_12_18_0  1  edge_15_18_0  1
    x_18_0  edge_16_18_0  1  edge_18_20_0  1
    x_18_0  edge_18_22_0  1  edge_18_23_0  1
    x_18_0  edge_18_26_0  1  edge_18_28_0  1
    x_18_0  edge_18_37_0  1  edge_18_38_0  1
    x_18_0  edge_18_39_0  1
    x_18_1  one_18  1  edge_2_18_1  1
    x_18_1  edge_3_18_1  1  edge_10_18_1  1
    x_18_1  edge_12_18_1  1  edge_15_18_1  1
    x_18_1  edge_16_18_1  1  edge_18_20_1  1
    x_18_1  edge_18_22_1  1  edge_18_23_1  1
    x_18_1  edge_18_26_1  1  edge_18_28_1  1
    x_18_1  edge_18_37_1  1  edge_18_38_1  1
    x_18_1  edge_18_39_1  1
    x_18_2  one_18  1  edge_2_18_2  1
    x_18_2  edge_3_18_2  1  edge_10_18_2  1
    x_18_2  edge_12_18_2  1  edge_15_18_2  1
    x_18_2  edge_16_18_2  1  edge_18_20_2  1
    x_18_2  edge_18_22_2  1  edge_18_23_2  1
    x_18_2  edge_18_26_2  1  edge_18_28_2  1
    x_18_2  edge_18_37_2  1  edge_18_38_2  1
    x_18_2  edge_18_39_2  1
    x_18_3  one_18  1  edge_2_18_3  1
    x_18_3  edge_3_18_3  1  edge_10_18_3  1
    x_18_3  edge_12_18_3  1  edge_15_18_3  1
    x_18_3  edge_16_18_3  1  edge_18_20_3  1
    x_18_3  edge_18_22_3  1  edge_18_23_3  1
    x_18_3  edge_18_26_3  1  edge_18_28_3  1
    x_18_3  edge_18_37_3  1  edge_18_38_3  1
    x_18_3  edge_18_39_3  1
    x_18_4  one_18  1  edge_2_18_4  1
    x_18_4  edge_3_18_4  1  edge_10_18_4  1
    x_18_4  edge_12_18_4  1  edge_15_18_4  1
    x_18_4  edge_16_18_4  1  edge_18_20_4  1
    x_18_4  edge_18_22_4  1  edge_18_23_4  1
    x_18_4  edge_18_26_4  1  edge_18_28_4  1
    x_18_4  edge_18_37_4  1  edge_18_38_4  1
    x_18_4  edge_18_39_4  1
    x_18_5  one_18  1  edge_2_18_5  1
    x_18_5  edge_3_18_5  1  edge_10_18_5  1
    x_18_5  edge_12_18_5  1  edge_15_18_5  1
    x_18_5  edge_16_18_5  1  edge_18_20_5  1
    x_18_5  edge_18_22_5  1  edge_18_23_5  1
    x_18_5  edge_18_26_5  1  edge_18_28_5  1
    x_18_5  edge_18_37_5  1  edge_18_38_5  1
    x_18_5  edge_18_39_5  1
    x_18_6  one_18  1  edge_2_18_6  1
    x_18_6  edge_3_18_6  1  edge_10_18_6  1
    x_18_6  edge_12_18_6  1  edge_15_18_6  1
    x_18_6  edge_16_18_6  1  edge_18_20_6  1
    x_18_6  edge_18_22_6  1  edge_18_23_6  1
    x_18_6  edge_18_26_6  1  edge_18_28_6  1
    x_18_6  edge_18_37_6  1  edge_18_38_6  1
    x_18_6  edge_18_39_6  1
    x_18_7  one_18  1  edge_2_18_7  1
    x_18_7  edge_3_18_7  1  edge_10_18_7  1
    x_18_7  edge_12_18_7  1  edge_15_18_7  1
    x_18_7  edge_16_18_7  1  edge_18_20_7  1
    x_18_7  edge_18_22_7  1  edge_18_23_7  1
    x_18_7  edge_18_26_7  1  edge_18_28_7  1
    x_18_7  edge_18_37_7  1  edge_18_38_7  1
    x_18_7  edge_18_39_7  1
    x_18_8  one_18  1  edge_2_18_8  1
    x_18_8  edge_3_18_8  1  edge_10_18_8  1
    x_18_8  edge_12_18_8  1  edge_15_18_8  1
    x_18_8  edge_16_18_8  1  edge_18_20_8  1
    x_18_8  edge_18_22_8  1  edge_18_23_8  1
    x_18_8  edge_18_26_8  1  edge_18_28_8  1
    x_18_8  edge_18_37_8  1  edge_18_38_8  1
    x_18_8  edge_18_39_8  1
    x_18_9  one_18  1  edge_2_18_9  1
    x_18_9  edge_3_18_9  1  edge_10_18_9  1
    x_18_9  edge_12_18_9  1  edge_15_18_9  1
    x_18_9  edge_16_18_9  1  edge_18_20_9  1
    x_18_9  edge_18_22_9  1  edge_18_23_9  1
    x_18_9  edge_18_26_9  1  edge_18_28_9  1
    x_18_9  edge_18_37_9  1  edge_18_38_9  1
    x_18_9  edge_18_39_9  1
    x_19_0  one_19  1  edge_2_19_0  1
    x_19_0  edge_3_19_0  1  edge_4_19_0  1
    x_19_0  edge_8_19_0  1  edge_11_19_0  1
    x_19_0  edge_14_19_0  1  edge_16_19_0  1
    x_19_0  edge_17_19_0  1  edge_19_24_0  1
    x_19_0  edge_19_27_0  1  edge_19_30_0  1
    x_19_0  edge_19_31_0  1  edge_19_33_0  1
    x_19_0  edge_19_34_0  1  edge_19_35_0  1
    x_19_0  edge_19_36_0  1  edge_19_38_0  1
    x_19_1  one_19  1  edge_2_19_1  1
    x_19_1  edge_3_19_1  1  edge_4_19_1  1
    x_19_1  edge_8_19_1  1  edge_11_19_1  1
    x_19_1  edge_14_19_1  1  edge_16_19_1  1
    x_19_1  edge_17_19_1  1  edge_19_24_1  1
    x_19_1  edge_19_27_1  1  edge_19_30_1  1
    x_19_1  edge_19_31_1  1  edge_19_33_1  1
    x_19_1  edge_19_34_1  1  edge_19_35_1  1
    x_19_1  edge_19_36_1  1  edge_19_38_1  1
    x_19_2  one_19  1  edge_2_19_2  1
    x_19_2  edge_3_19_2  1  edge_4_19_2  1
    x_19_2  edge_8_19_2  1  edge_11_19_2  1
    x_19_2  edge_14_19_2  1  edge_16_19_2  1
    x_19_2  edge_17_19_2  1  edge_19_24_2  1
    x_19_2  edge_19_27_2  1  edge_19_30_2  1
    x_19_2  edge_19_31_2  1  edge_19_33_2  1
    x_19_2  edge_19_34_2  1  edge_19_35_2  1
    x_19_2  edge_19_36_2  1  edge_19_38_2  1
    x_19_3  one_19  1  edge_2_19_3  1
    x_19_3  edge_3_19_3  1  edge_4_19_3  1
    x_19_3  edge_8_19_3  1  edge_11_19_3  1
    x_19_3  edge_14_19_3  1  edge_16_19_3  1
    x_19_3  edge_17_19_3  1  edge_19_24_3  1
    x_19_3  edge_19_27_3  1  edge_19_30_3  1
    x_19_3  edge_19_31_3  1  edge_19_33_3  1
    x_19_3  edge_19_34_3  1  edge_19_35_3  1
    x_19_3  edge_19_36_3  1  edge_19_38_3  1
    x_19_4  one_19  1  edge_2_19_4  1
    x_19_4  edge_3_19_4  1  edge_4_19_4  1
    x_19_4  edge_8_19_4  1  edge_11_19_4  1
    x_19_4  edge_14_19_4  1  edge_16_19_4  1
    x_19_4  edge_17_19_4  1  edge_19_24_4  1
    x_19_4  edge_19_27_4  1  edge_19_30_4  1
    x_19_4  edge_19_31_4  1  edge_19_33_4  1
    x_19_4  edge_19_34_4  1  edge_19_35_4  1
    x_19_4  edge_19_36_4  1  edge_19_38_4  1
    x_19_5  one_19  1  edge_2_19_5  1
    x_19_5  edge_3_19_5  1  edge_4_19_5  1
    x_19_5  edge_8_19_5  1  edge_11_19_5  1
    x_19_5  edge_14_19_5  1  edge_16_19_5  1
    x_19_5  edge_17_19_5  1  edge_19_24_5  1
    x_19_5  edge_19_27_5  1  edge_19_30_5  1
    x_19_5  edge_19_31_5  1  edge_19_33_5  1
    x_19_5  edge_19_34_5  1  edge_19_35_5  1
    x_19_5  edge_19_36_5  1  edge_19_38_5  1
    x_19_6  one_19  1  edge_2_19_6  1
    x_19_6  edge_3_19_6  1  edge_4_19_6  1
    x_19_6  edge_8_19_6  1  edge_11_19_6  1
    x_19_6  edge_14_19_6  1  edge_16_19_6  1
    x_19_6  edge_17_19_6  1  edge_19_24_6  1
    x_19_6  edge_19_27_6  1  edge_19_30_6  1
    x_19_6  edge_19_31_6  1  edge_19_33_6  1
    x_19_6  edge_19_34_6  1  edge_19_35_6  1
    x_19_6  edge_19_36_6  1  edge_19_38_6  1
    x_19_7  one_19  1  edge_2_19_7  1
    x_19_7  edge_3_19_7  1  edge_4_19_7  1
    x_19_7  edge_8_19_7  1  edge_11_19_7  1
    x_19_7  edge_14_19_7  1  edge_16_19_7  1
    x_19_7  edge_17_19_7  1  edge_19_24_7  1
    x_19_7  edge_19_27_7  1  edge_19_30_7  1
    x_19_7  edge_19_31_7  1  edge_19_33_7  1
    x_19_7  edge_19_34_7  1  edge_19_35_7  1
    x_19_7  edge_19_36_7  1  edge_19_38_7  1
    x_19_8  one_19  1  edge_2_19_8  1
    x_19_8  edge_3_19_8  1  edge_4_19_8  1
    x_19_8  edge_8_19_8  1  edge_11_19_8  1
    x_19_8  edge_14_19_8  1  edge_16_19_8  1
    x_19_8  edge_17_19_8  1  edge_19_24_8  1
    x_19_8  edge_19_27_8  1  edge_19_30_8  1
    x_19_8  edge_19_31_8  1  edge_19_33_8  1
    x_19_8  edge_19_34_8  1  edge_19_35_8  1
    x_19_8  edge_19_36_8  1  edge_19_38_8  1
    x_19_9  one_19  1  edge_2_19_9  1
    x_19_9  edge_3_19_9  1  edge_4_19_9  1
    x_19_9  edge_8_19_9  1  edge_11_19_9  1
    x_19_9  edge_14_19_9  1  edge_16_19_9  1
    x_19_9  edge_17_19_9  1  edge_19_24_9  1
    x_19_9  edge_19_27_9  1  edge_19_30_9  1
    x_19_9  edge_19_31_9  1  edge_19_33_9  1
    x_19_9  edge_19_34_9  1  edge_19_35_9  1
    x_19_9  edge_19_36_9  1  edge_19_38_9  1
    x_20_0  one_20  1  edge_0_20_0  1
    x_20_0  edge_7_20_0  1  edge_10_20_0  1
    x_20_0  edge_11_20_0  1  edge_12_20_0  1
    x_20_0  edge_15_20_0  1  edge_18_20_0  1
    x_20_0  edge_20_26_0  1  edge_20_32_0  1
    x_20_0  edge_20_33_0  1  edge_20_35_0  1
    x_20_0  edge_20_36_0  1  edge_20_37_0  1
    x_20_0  edge_20_39_0  1
    x_20_1  one_20  1  edge_0_20_1  1
    x_20_1  edge_7_20_1  1  edge_10_20_1  1
    x_20_1  edge_11_20_1  1  edge_12_20_1  1
    x_20_1  edge_15_20_1  1  edge_18_20_1  1
    x_20_1  edge_20_26_1  1  edge_20_32_1  1
    x_20_1  edge_20_33_1  1  edge_20_35_1  1
    x_20_1  edge_20_36_1  1  edge_20_37_1  1
    x_20_1  edge_20_39_1  1
    x_20_2  one_20  1  edge_0_20_2  1
    x_20_2  edge_7_20_2  1  edge_10_20_2  1
    x_20_2  edge_11_20_2  1  edge_12_20_2  1
    x_20_2  edge_15_20_2  1  edge_18_20_2  1
    x_20_2  edge_20_26_2  1  edge_20_32_2  1
    x_20_2  edge_20_33_2  1  edge_20_35_2  1
    x_20_2  edge_20_36_2  1  edge_20_37_2  1
    x_20_2  edge_20_39_2  1
    x_20_3  one_20  1  edge_0_20_3  1
    x_20_3  edge_7_20_3  1  edge_10_20_3  1
    x_20_3  edge_11_20_3  1  edge_12_20_3  1
    x_20_3  edge_15_20_3  1  edge_18_20_3  1
    x_20_3  edge_20_26_3  1  edge_20_32_3  1
    x_20_3  edge_20_33_3  1  edge_20_35_3  1
    x_20_3  edge_20_36_3  1  edge_20_37_3  1
    x_20_3  edge_20_39_3  1
    x_20_4  one_20  1  edge_0_20_4  1
    x_20_4  edge_7_20_4  1  edge_10_20_4  1
    x_20_4  edge_11_20_4  1  edge_12_20_4  1
    x_20_4  edge_15_20_4  1  edge_18_20_4  1
    x_20_4  edge_20_26_4  1  edge_20_32_4  1
    x_20_4  edge_20_33_4  1  edge_20_35_4  1
    x_20_4  edge_20_36_4  1  edge_20_37_4  1
    x_20_4  edge_20_39_4  1
    x_20_5  one_20  1  edge_0_20_5  1
    x_20_5  edge_7_20_5  1  edge_10_20_5  1
    x_20_5  edge_11_20_5  1  edge_12_20_5  1
    x_20_5  edge_15_20_5  1  edge_18_20_5  1
    x_20_5  edge_20_26_5  1  edge_20_32_5  1
    x_20_5  edge_20_33_5  1  edge_20_35_5  1
    x_20_5  edge_20_36_5  1  edge_20_37_5  1
    x_20_5  edge_20_39_5  1
    x_20_6  one_20  1  edge_0_20_6  1
    x_20_6  edge_7_20_6  1  edge_10_20_6  1
    x_20_6  edge_11_20_6  1  edge_12_20_6  1
    x_20_6  edge_15_20_6  1  edge_18_20_6  1
    x_20_6  edge_20_26_6  1  edge_20_32_6  1
    x_20_6  edge_20_33_6  1  edge_20_35_6  1
    x_20_6  edge_20_36_6  1  edge_20_37_6  1
    x_20_6  edge_20_39_6  1
    x_20_7  one_20  1  edge_0_20_7  1
    x_20_7  edge_7_20_7  1  edge_10_20_7  1
    x_20_7  edge_11_20_7  1  edge_12_20_7  1
    x_20_7  edge_15_20_7  1  edge_18_20_7  1
    x_20_7  edge_20_26_7  1  edge_20_32_7  1
    x_20_7  edge_20_33_7  1  edge_20_35_7  1
    x_20_7  edge_20_36_7  1  edge_20_37_7  1
    x_20_7  edge_20_39_7  1
    x_20_8  one_20  1  edge_0_20_8  1
    x_20_8  edge_7_20_8  1  edge_10_20_8  1
    x_20_8  edge_11_20_8  1  edge_12_20_8  1
    x_20_8  edge_15_20_8  1  edge_18_20_8  1
    x_20_8  edge_20_26_8  1  edge_20_32_8  1
    x_20_8  edge_20_33_8  1  edge_20_35_8  1
    x_20_8  edge_20_36_8  1  edge_20_37_8  1
    x_20_8  edge_20_39_8  1
    x_20_9  one_20  1  edge_0_20_9  1
    x_20_9  edge_7_20_9  1  edge_10_20_9  1
    x_20_9  edge_11_20_9  1  edge_12_20_9  1
    x_20_9  edge_15_20_9  1  edge_18_20_9  1
    x_20_9  edge_20_26_9  1  edge_20_32_9  1
    x_20_9  edge_20_33_9  1  edge_20_35_9  1
    x_20_9  edge_20_36_9  1  edge_20_37_9  1
    x_20_9  edge_20_39_9  1
    x_21_0  one_21  1  edge_8_21_0  1
    x_21_0  edge_10_21_0  1  edge_21_22_0  1
    x_21_0  edge_21_24_0  1  edge_21_39_0  1
    x_21_1  one_21  1  edge_8_21_1  1
    x_21_1  edge_10_21_1  1  edge_21_22_1  1
    x_21_1  edge_21_24_1  1  edge_21_39_1  1
    x_21_2  one_21  1  edge_8_21_2  1
    x_21_2  edge_10_21_2  1  edge_21_22_2  1
    x_21_2  edge_21_24_2  1  edge_21_39_2  1
    x_21_3  one_21  1  edge_8_21_3  1
    x_21_3  edge_10_21_3  1  edge_21_22_3  1
    x_21_3  edge_21_24_3  1  edge_21_39_3  1
    x_21_4  one_21  1  edge_8_21_4  1
    x_21_4  edge_10_21_4  1  edge_21_22_4  1
    x_21_4  edge_21_24_4  1  edge_21_39_4  1
    x_21_5  one_21  1  edge_8_21_5  1
    x_21_5  edge_10_21_5  1  edge_21_22_5  1
    x_21_5  edge_21_24_5  1  edge_21_39_5  1
    x_21_6  one_21  1  edge_8_21_6  1
    x_21_6  edge_10_21_6  1  edge_21_22_6  1
    x_21_6  edge_21_24_6  1  edge_21_39_6  1
    x_21_7  one_21  1  edge_8_21_7  1
    x_21_7  edge_10_21_7  1  edge_21_22_7  1
    x_21_7  edge_21_24_7  1  edge_21_39_7  1
    x_21_8  one_21  1  edge_8_21_8  1
    x_21_8  edge_10_21_8  1  edge_21_22_8  1
    x_21_8  edge_21_24_8  1  edge_21_39_8  1
    x_21_9  one_21  1  edge_8_21_9  1
    x_21_9  edge_10_21_9  1  edge_21_22_9  1
    x_21_9  edge_21_24_9  1  edge_21_39_9  1
    x_22_0  one_22  1  edge_3_22_0  1
    x_22_0  edge_9_22_0  1  edge_14_22_0  1
    x_22_0  edge_15_22_0  1  edge_17_22_0  1
    x_22_0  edge_18_22_0  1  edge_21_22_0  1
    x_22_0  edge_22_27_0  1  edge_22_31_0  1
    x_22_0  edge_22_35_0  1  edge_22_36_0  1
    x_22_1  one_22  1  edge_3_22_1  1
    x_22_1  edge_9_22_1  1  edge_14_22_1  1
    x_22_1  edge_15_22_1  1  edge_17_22_1  1
    x_22_1  edge_18_22_1  1  edge_21_22_1  1
    x_22_1  edge_22_27_1  1  edge_22_31_1  1
    x_22_1  edge_22_35_1  1  edge_22_36_1  1
    x_22_2  one_22  1  edge_3_22_2  1
    x_22_2  edge_9_22_2  1  edge_14_22_2  1
    x_22_2  edge_15_22_2  1  edge_17_22_2  1
    x_22_2  edge_18_22_2  1  edge_21_22_2  1
    x_22_2  edge_22_27_2  1  edge_22_31_2  1
    x_22_2  edge_22_35_2  1  edge_22_36_2  1
    x_22_3  one_22  1  edge_3_22_3  1
    x_22_3  edge_9_22_3  1  edge_14_22_3  1
    x_22_3  edge_15_22_3  1  edge_17_22_3  1
    x_22_3  edge_18_22_3  1  edge_21_22_3  1
    x_22_3  edge_22_27_3  1  edge_22_31_3  1
    x_22_3  edge_22_35_3  1  edge_22_36_3  1
    x_22_4  one_22  1  edge_3_22_4  1
    x_22_4  edge_9_22_4  1  edge_14_22_4  1
    x_22_4  edge_15_22_4  1  edge_17_22_4  1
    x_22_4  edge_18_22_4  1  edge_21_22_4  1
    x_22_4  edge_22_27_4  1  edge_22_31_4  1
    x_22_4  edge_22_35_4  1  edge_22_36_4  1
    x_22_5  one_22  1  edge_3_22_5  1
    x_22_5  edge_9_22_5  1  edge_14_22_5  1
    x_22_5  edge_15_22_5  1  edge_17_22_5  1
    x_22_5  edge_18_22_5  1  edge_21_22_5  1
    x_22_5  edge_22_27_5  1  edge_22_31_5  1
    x_22_5  edge_22_35_5  1  edge_22_36_5  1
    x_22_6  one_22  1  edge_3_22_6  1
    x_22_6  edge_9_22_6  1  edge_14_22_6  1
    x_22_6  edge_15_22_6  1  edge_17_22_6  1
    x_22_6  edge_18_22_6  1  edge_21_22_6  1
    x_22_6  edge_22_27_6  1  edge_22_31_6  1
    x_22_6  edge_22_35_6  1  edge_22_36_6  1
    x_22_7  one_22  1  edge_3_22_7  1
    x_22_7  edge_9_22_7  1  edge_14_22_7  1
    x_22_7  edge_15_22_7  1  edge_17_22_7  1
    x_22_7  edge_18_22_7  1  edge_21_22_7  1
    x_22_7  edge_22_27_7  1  edge_22_31_7  1
    x_22_7  edge_22_35_7  1  edge_22_36_7  1
    x_22_8  one_22  1  edge_3_22_8  1
    x_22_8  edge_9_22_8  1  edge_14_22_8  1
    x_22_8  edge_15_22_8  1  edge_17_22_8  1
    x_22_8  edge_18_22_8  1  edge_21_22_8  1
    x_22_8  edge_22_27_8  1  edge_22_31_8  1
    x_22_8  edge_22_35_8  1  edge_22_36_8  1
    x_22_9  one_22  1  edge_3_22_9  1
    x_22_9  edge_9_22_9  1  edge_14_22_9  1
    x_22_9  edge_15_22_9  1  edge_17_22_9  1
    x_22_9  edge_18_22_9  1  edge_21_22_9  1
    x_22_9  edge_22_27_9  1  edge_22_31_9  1
    x_22_9  edge_22_35_9  1  edge_22_36_9  1
    x_23_0  one_23  1  edge_4_23_0  1
    x_23_0  edge_5_23_0  1  edge_8_23_0  1
    x_23_0  edge_9_23_0  1  edge_12_23_0  1
    x_23_0  edge_13_23_0  1  edge_14_23_0  1
    x_23_0  edge_17_23_0  1  edge_18_23_0  1
    x_23_0  edge_23_28_0  1  edge_23_33_0  1
    x_23_0  edge_23_35_0  1
    x_23_1  one_23  1  edge_4_23_1  1
    x_23_1  edge_5_23_1  1  edge_8_23_1  1
    x_23_1  edge_9_23_1  1  edge_12_23_1  1
    x_23_1  edge_13_23_1  1  edge_14_23_1  1
    x_23_1  edge_17_23_1  1  edge_18_23_1  1
    x_23_1  edge_23_28_1  1  edge_23_33_1  1
    x_23_1  edge_23_35_1  1
    x_23_2  one_23  1  edge_4_23_2  1
    x_23_2  edge_5_23_2  1  edge_8_23_2  1
    x_23_2  edge_9_23_2  1  edge_12_23_2  1
    x_23_2  edge_13_23_2  1  edge_14_23_2  1
    x_23_2  edge_17_23_2  1  edge_18_23_2  1
    x_23_2  edge_23_28_2  1  edge_23_33_2  1
    x_23_2  edge_23_35_2  1
    x_23_3  one_23  1  edge_4_23_3  1
    x_23_3  edge_5_23_3  1  edge_8_23_3  1
    x_23_3  edge_9_23_3  1  edge_12_23_3  1
    x_23_3  edge_13_23_3  1  edge_14_23_3  1
    x_23_3  edge_17_23_3  1  edge_18_23_3  1
    x_23_3  edge_23_28_3  1  edge_23_33_3  1
    x_23_3  edge_23_35_3  1
    x_23_4  one_23  1  edge_4_23_4  1
    x_23_4  edge_5_23_4  1  edge_8_23_4  1
    x_23_4  edge_9_23_4  1  edge_12_23_4  1
    x_23_4  edge_13_23_4  1  edge_14_23_4  1
    x_23_4  edge_17_23_4  1  edge_18_23_4  1
    x_23_4  edge_23_28_4  1  edge_23_33_4  1
    x_23_4  edge_23_35_4  1
    x_23_5  one_23  1  edge_4_23_5  1
    x_23_5  edge_5_23_5  1  edge_8_23_5  1
    x_23_5  edge_9_23_5  1  edge_12_23_5  1
    x_23_5  edge_13_23_5  1  edge_14_23_5  1
    x_23_5  edge_17_23_5  1  edge_18_23_5  1
    x_23_5  edge_23_28_5  1  edge_23_33_5  1
    x_23_5  edge_23_35_5  1
    x_23_6  one_23  1  edge_4_23_6  1
    x_23_6  edge_5_23_6  1  edge_8_23_6  1
    x_23_6  edge_9_23_6  1  edge_12_23_6  1
    x_23_6  edge_13_23_6  1  edge_14_23_6  1
    x_23_6  edge_17_23_6  1  edge_18_23_6  1
    x_23_6  edge_23_28_6  1  edge_23_33_6  1
    x_23_6  edge_23_35_6  1
    x_23_7  one_23  1  edge_4_23_7  1
    x_23_7  edge_5_23_7  1  edge_8_23_7  1
    x_23_7  edge_9_23_7  1  edge_12_23_7  1
    x_23_7  edge_13_23_7  1  edge_14_23_7  1
    x_23_7  edge_17_23_7  1  edge_18_23_7  1
    x_23_7  edge_23_28_7  1  edge_23_33_7  1
    x_23_7  edge_23_35_7  1
    x_23_8  one_23  1  edge_4_23_8  1
    x_23_8  edge_5_23_8  1  edge_8_23_8  1
    x_23_8  edge_9_23_8  1  edge_12_23_8  1
    x_23_8  edge_13_23_8  1  edge_14_23_8  1
    x_23_8  edge_17_23_8  1  edge_18_23_8  1
    x_23_8  edge_23_28_8  1  edge_23_33_8  1
    x_23_8  edge_23_35_8  1
    x_23_9  one_23  1  edge_4_23_9  1
    x_23_9  edge_5_23_9  1  edge_8_23_9  1
    x_23_9  edge_9_23_9  1  edge_12_23_9  1
    x_23_9  edge_13_23_9  1  edge_14_23_9  1
    x_23_9  edge_17_23_9  1  edge_18_23_9  1
    x_23_9  edge_23_28_9  1  edge_23_33_9  1
    x_23_9  edge_23_35_9  1
    x_24_0  one_24  1  edge_0_24_0  1
    x_24_0  edge_5_24_0  1  edge_6_24_0  1
    x_24_0  edge_7_24_0  1  edge_10_24_0  1
    x_24_0  edge_11_24_0  1  edge_13_24_0  1
    x_24_0  edge_15_24_0  1  edge_19_24_0  1
    x_24_0  edge_21_24_0  1  edge_24_27_0  1
    x_24_0  edge_24_34_0  1  edge_24_35_0  1
    x_24_0  edge_24_36_0  1  edge_24_38_0  1
    x_24_0  edge_24_39_0  1
    x_24_1  one_24  1  edge_0_24_1  1
    x_24_1  edge_5_24_1  1  edge_6_24_1  1
    x_24_1  edge_7_24_1  1  edge_10_24_1  1
    x_24_1  edge_11_24_1  1  edge_13_24_1  1
    x_24_1  edge_15_24_1  1  edge_19_24_1  1
    x_24_1  edge_21_24_1  1  edge_24_27_1  1
    x_24_1  edge_24_34_1  1  edge_24_35_1  1
    x_24_1  edge_24_36_1  1  edge_24_38_1  1
    x_24_1  edge_24_39_1  1
    x_24_2  one_24  1  edge_0_24_2  1
    x_24_2  edge_5_24_2  1  edge_6_24_2  1
    x_24_2  edge_7_24_2  1  edge_10_24_2  1
    x_24_2  edge_11_24_2  1  edge_13_24_2  1
    x_24_2  edge_15_24_2  1  edge_19_24_2  1
    x_24_2  edge_21_24_2  1  edge_24_27_2  1
    x_24_2  edge_24_34_2  1  edge_24_35_2  1
    x_24_2  edge_24_36_2  1  edge_24_38_2  1
    x_24_2  edge_24_39_2  1
    x_24_3  one_24  1  edge_0_24_3  1
    x_24_3  edge_5_24_3  1  edge_6_24_3  1
    x_24_3  edge_7_24_3  1  edge_10_24_3  1
    x_24_3  edge_11_24_3  1  edge_13_24_3  1
    x_24_3  edge_15_24_3  1  edge_19_24_3  1
    x_24_3  edge_21_24_3  1  edge_24_27_3  1
    x_24_3  edge_24_34_3  1  edge_24_35_3  1
    x_24_3  edge_24_36_3  1  edge_24_38_3  1
    x_24_3  edge_24_39_3  1
    x_24_4  one_24  1  edge_0_24_4  1
    x_24_4  edge_5_24_4  1  edge_6_24_4  1
    x_24_4  edge_7_24_4  1  edge_10_24_4  1
    x_24_4  edge_11_24_4  1  edge_13_24_4  1
    x_24_4  edge_15_24_4  1  edge_19_24_4  1
    x_24_4  edge_21_24_4  1  edge_24_27_4  1
    x_24_4  edge_24_34_4  1  edge_24_35_4  1
    x_24_4  edge_24_36_4  1  edge_24_38_4  1
    x_24_4  edge_24_39_4  1
    x_24_5  one_24  1  edge_0_24_5  1
    x_24_5  edge_5_24_5  1  edge_6_24_5  1
    x_24_5  edge_7_24_5  1  edge_10_24_5  1
    x_24_5  edge_11_24_5  1  edge_13_24_5  1
    x_24_5  edge_15_24_5  1  edge_19_24_5  1
    x_24_5  edge_21_24_5  1  edge_24_27_5  1
    x_24_5  edge_24_34_5  1  edge_24_35_5  1
    x_24_5  edge_24_36_5  1  edge_24_38_5  1
    x_24_5  edge_24_39_5  1
    x_24_6  one_24  1  edge_0_24_6  1
    x_24_6  edge_5_24_6  1  edge_6_24_6  1
    x_24_6  edge_7_24_6  1  edge_10_24_6  1
    x_24_6  edge_11_24_6  1  edge_13_24_6  1
    x_24_6  edge_15_24_6  1  edge_19_24_6  1
    x_24_6  edge_21_24_6  1  edge_24_27_6  1
    x_24_6  edge_24_34_6  1  edge_24_35_6  1
    x_24_6  edge_24_36_6  1  edge_24_38_6  1
    x_24_6  edge_24_39_6  1
    x_24_7  one_24  1  edge_0_24_7  1
    x_24_7  edge_5_24_7  1  edge_6_24_7  1
    x_24_7  edge_7_24_7  1  edge_10_24_7  1
    x_24_7  edge_11_24_7  1  edge_13_24_7  1
    x_24_7  edge_15_24_7  1  edge_19_24_7  1
    x_24_7  edge_21_24_7  1  edge_24_27_7  1
    x_24_7  edge_24_34_7  1  edge_24_35_7  1
    x_24_7  edge_24_36_7  1  edge_24_38_7  1
    x_24_7  edge_24_39_7  1
    x_24_8  one_24  1  edge_0_24_8  1
    x_24_8  edge_5_24_8  1  edge_6_24_8  1
    x_24_8  edge_7_24_8  1  edge_10_24_8  1
    x_24_8  edge_11_24_8  1  edge_13_24_8  1
    x_24_8  edge_15_24_8  1  edge_19_24_8  1
    x_24_8  edge_21_24_8  1  edge_24_27_8  1
    x_24_8  edge_24_34_8  1  edge_24_35_8  1
    x_24_8  edge_24_36_8  1  edge_24_38_8  1
    x_24_8  edge_24_39_8  1
    x_24_9  one_24  1  edge_0_24_9  1
    x_24_9  edge_5_24_9  1  edge_6_24_9  1
    x_24_9  edge_7_24_9  1  edge_10_24_9  1
    x_24_9  edge_11_24_9  1  edge_13_24_9  1
    x_24_9  edge_15_24_9  1  edge_19_24_9  1
    x_24_9  edge_21_24_9  1  edge_24_27_9  1
    x_24_9  edge_24_34_9  1  edge_24_35_9  1
    x_24_9  edge_24_36_9  1  edge_24_38_9  1
    x_24_9  edge_24_39_9  1
    x_25_0  one_25  1  edge_0_25_0  1
    x_25_0  edge_2_25_0  1  edge_10_25_0  1
    x_25_0  edge_11_25_0  1  edge_13_25_0  1
    x_25_0  edge_17_25_0  1  edge_25_26_0  1
    x_25_0  edge_25_28_0  1  edge_25_29_0  1
    x_25_0  edge_25_30_0  1  edge_25_31_0  1
    x_25_0  edge_25_32_0  1  edge_25_33_0  1
    x_25_0  edge_25_39_0  1
    x_25_1  one_25  1  edge_0_25_1  1
    x_25_1  edge_2_25_1  1  edge_10_25_1  1
    x_25_1  edge_11_25_1  1  edge_13_25_1  1
    x_25_1  edge_17_25_1  1  edge_25_26_1  1
    x_25_1  edge_25_28_1  1  edge_25_29_1  1
    x_25_1  edge_25_30_1  1  edge_25_31_1  1
    x_25_1  edge_25_32_1  1  edge_25_33_1  1
    x_25_1  edge_25_39_1  1
    x_25_2  one_25  1  edge_0_25_2  1
    x_25_2  edge_2_25_2  1  edge_10_25_2  1
    x_25_2  edge_11_25_2  1  edge_13_25_2  1
    x_25_2  edge_17_25_2  1  edge_25_26_2  1
    x_25_2  edge_25_28_2  1  edge_25_29_2  1
    x_25_2  edge_25_30_2  1  edge_25_31_2  1
    x_25_2  edge_25_32_2  1  edge_25_33_2  1
    x_25_2  edge_25_39_2  1
    x_25_3  one_25  1  edge_0_25_3  1
    x_25_3  edge_2_25_3  1  edge_10_25_3  1
    x_25_3  edge_11_25_3  1  edge_13_25_3  1
    x_25_3  edge_17_25_3  1  edge_25_26_3  1
    x_25_3  edge_25_28_3  1  edge_25_29_3  1
    x_25_3  edge_25_30_3  1  edge_25_31_3  1
    x_25_3  edge_25_32_3  1  edge_25_33_3  1
    x_25_3  edge_25_39_3  1
    x_25_4  one_25  1  edge_0_25_4  1
    x_25_4  edge_2_25_4  1  edge_10_25_4  1
    x_25_4  edge_11_25_4  1  edge_13_25_4  1
    x_25_4  edge_17_25_4  1  edge_25_26_4  1
    x_25_4  edge_25_28_4  1  edge_25_29_4  1
    x_25_4  edge_25_30_4  1  edge_25_31_4  1
    x_25_4  edge_25_32_4  1  edge_25_33_4  1
    x_25_4  edge_25_39_4  1
    x_25_5  one_25  1  edge_0_25_5  1
    x_25_5  edge_2_25_5  1  edge_10_25_5  1
    x_25_5  edge_11_25_5  1  edge_13_25_5  1
    x_25_5  edge_17_25_5  1  edge_25_26_5  1
    x_25_5  edge_25_28_5  1  edge_25_29_5  1
    x_25_5  edge_25_30_5  1  edge_25_31_5  1
    x_25_5  edge_25_32_5  1  edge_25_33_5  1
    x_25_5  edge_25_39_5  1
    x_25_6  one_25  1  edge_0_25_6  1
    x_25_6  edge_2_25_6  1  edge_10_25_6  1
    x_25_6  edge_11_25_6  1  edge_13_25_6  1
    x_25_6  edge_17_25_6  1  edge_25_26_6  1
    x_25_6  edge_25_28_6  1  edge_25_29_6  1
    x_25_6  edge_25_30_6  1  edge_25_31_6  1
    x_25_6  edge_25_32_6  1  edge_25_33_6  1
    x_25_6  edge_25_39_6  1
    x_25_7  one_25  1  edge_0_25_7  1
    x_25_7  edge_2_25_7  1  edge_10_25_7  1
    x_25_7  edge_11_25_7  1  edge_13_25_7  1
    x_25_7  edge_17_25_7  1  edge_25_26_7  1
    x_25_7  edge_25_28_7  1  edge_25_29_7  1
    x_25_7  edge_25_30_7  1  edge_25_31_7  1
    x_25_7  edge_25_32_7  1  edge_25_33_7  1
    x_25_7  edge_25_39_7  1
    x_25_8  one_25  1  edge_0_25_8  1
    x_25_8  edge_2_25_8  1  edge_10_25_8  1
    x_25_8  edge_11_25_8  1  edge_13_25_8  1
    x_25_8  edge_17_25_8  1  edge_25_26_8  1
    x_25_8  edge_25_28_8  1  edge_25_29_8  1
    x_25_8  edge_25_30_8  1  edge_25_31_8  1
    x_25_8  edge_25_32_8  1  edge_25_33_8  1
    x_25_8  edge_25_39_8  1
    x_25_9  one_25  1  edge_0_25_9  1
    x_25_9  edge_2_25_9  1  edge_10_25_9  1
    x_25_9  edge_11_25_9  1  edge_13_25_9  1
    x_25_9  edge_17_25_9  1  edge_25_26_9  1
    x_25_9  edge_25_28_9  1  edge_25_29_9  1
    x_25_9  edge_25_30_9  1  edge_25_31_9  1
    x_25_9  edge_25_32_9  1  edge_25_33_9  1
    x_25_9  edge_25_39_9  1
    x_26_0  one_26  1  edge_0_26_0  1
    x_26_0  edge_4_26_0  1  edge_6_26_0  1
    x_26_0  edge_9_26_0  1  edge_16_26_0  1
    x_26_0  edge_18_26_0  1  edge_20_26_0  1
    x_26_0  edge_25_26_0  1  edge_26_31_0  1
    x_26_0  edge_26_33_0  1  edge_26_36_0  1
    x_26_0  edge_26_37_0  1  edge_26_38_0  1
    x_26_1  one_26  1  edge_0_26_1  1
    x_26_1  edge_4_26_1  1  edge_6_26_1  1
    x_26_1  edge_9_26_1  1  edge_16_26_1  1
    x_26_1  edge_18_26_1  1  edge_20_26_1  1
    x_26_1  edge_25_26_1  1  edge_26_31_1  1
    x_26_1  edge_26_33_1  1  edge_26_36_1  1
    x_26_1  edge_26_37_1  1  edge_26_38_1  1
    x_26_2  one_26  1  edge_0_26_2  1
    x_26_2  edge_4_26_2  1  edge_6_26_2  1
    x_26_2  edge_9_26_2  1  edge_16_26_2  1
    x_26_2  edge_18_26_2  1  edge_20_26_2  1
    x_26_2  edge_25_26_2  1  edge_26_31_2  1
    x_26_2  edge_26_33_2  1  edge_26_36_2  1
    x_26_2  edge_26_37_2  1  edge_26_38_2  1
    x_26_3  one_26  1  edge_0_26_3  1
    x_26_3  edge_4_26_3  1  edge_6_26_3  1
    x_26_3  edge_9_26_3  1  edge_16_26_3  1
    x_26_3  edge_18_26_3  1  edge_20_26_3  1
    x_26_3  edge_25_26_3  1  edge_26_31_3  1
    x_26_3  edge_26_33_3  1  edge_26_36_3  1
    x_26_3  edge_26_37_3  1  edge_26_38_3  1
    x_26_4  one_26  1  edge_0_26_4  1
    x_26_4  edge_4_26_4  1  edge_6_26_4  1
    x_26_4  edge_9_26_4  1  edge_16_26_4  1
    x_26_4  edge_18_26_4  1  edge_20_26_4  1
    x_26_4  edge_25_26_4  1  edge_26_31_4  1
    x_26_4  edge_26_33_4  1  edge_26_36_4  1
    x_26_4  edge_26_37_4  1  edge_26_38_4  1
    x_26_5  one_26  1  edge_0_26_5  1
    x_26_5  edge_4_26_5  1  edge_6_26_5  1
    x_26_5  edge_9_26_5  1  edge_16_26_5  1
    x_26_5  edge_18_26_5  1  edge_20_26_5  1
    x_26_5  edge_25_26_5  1  edge_26_31_5  1
    x_26_5  edge_26_33_5  1  edge_26_36_5  1
    x_26_5  edge_26_37_5  1  edge_26_38_5  1
    x_26_6  one_26  1  edge_0_26_6  1
    x_26_6  edge_4_26_6  1  edge_6_26_6  1
    x_26_6  edge_9_26_6  1  edge_16_26_6  1
    x_26_6  edge_18_26_6  1  edge_20_26_6  1
    x_26_6  edge_25_26_6  1  edge_26_31_6  1
    x_26_6  edge_26_33_6  1  edge_26_36_6  1
    x_26_6  edge_26_37_6  1  edge_26_38_6  1
    x_26_7  one_26  1  edge_0_26_7  1
    x_26_7  edge_4_26_7  1  edge_6_26_7  1
    x_26_7  edge_9_26_7  1  edge_16_26_7  1
    x_26_7  edge_18_26_7  1  edge_20_26_7  1
    x_26_7  edge_25_26_7  1  edge_26_31_7  1
    x_26_7  edge_26_33_7  1  edge_26_36_7  1
    x_26_7  edge_26_37_7  1  edge_26_38_7  1
    x_26_8  one_26  1  edge_0_26_8  1
    x_26_8  edge_4_26_8  1  edge_6_26_8  1
    x_26_8  edge_9_26_8  1  edge_16_26_8  1
    x_26_8  edge_18_26_8  1  edge_20_26_8  1
    x_26_8  edge_25_26_8  1  edge_26_31_8  1
    x_26_8  edge_26_33_8  1  edge_26_36_8  1
    x_26_8  edge_26_37_8  1  edge_26_38_8  1
    x_26_9  one_26  1  edge_0_26_9  1
    x_26_9  edge_4_26_9  1  edge_6_26_9  1
    x_26_9  edge_9_26_9  1  edge_16_26_9  1
    x_26_9  edge_18_26_9  1  edge_20_26_9  1
    x_26_9  edge_25_26_9  1  edge_26_31_9  1
    x_26_9  edge_26_33_9  1  edge_26_36_9  1
    x_26_9  edge_26_37_9  1  edge_26_38_9  1
    x_27_0  one_27  1  edge_1_27_0  1
    x_27_0  edge_4_27_0  1  edge_5_27_0  1
    x_27_0  edge_8_27_0  1  edge_12_27_0  1
    x_27_0  edge_13_27_0  1  edge_19_27_0  1
    x_27_0  edge_22_27_0  1  edge_24_27_0  1
    x_27_0  edge_27_28_0  1  edge_27_37_0  1
    x_27_0  edge_27_38_0  1  edge_27_39_0  1
    x_27_1  one_27  1  edge_1_27_1  1
    x_27_1  edge_4_27_1  1  edge_5_27_1  1
    x_27_1  edge_8_27_1  1  edge_12_27_1  1
    x_27_1  edge_13_27_1  1  edge_19_27_1  1
    x_27_1  edge_22_27_1  1  edge_24_27_1  1
    x_27_1  edge_27_28_1  1  edge_27_37_1  1
    x_27_1  edge_27_38_1  1  edge_27_39_1  1
    x_27_2  one_27  1  edge_1_27_2  1
    x_27_2  edge_4_27_2  1  edge_5_27_2  1
    x_27_2  edge_8_27_2  1  edge_12_27_2  1
    x_27_2  edge_13_27_2  1  edge_19_27_2  1
    x_27_2  edge_22_27_2  1  edge_24_27_2  1
    x_27_2  edge_27_28_2  1  edge_27_37_2  1
    x_27_2  edge_27_38_2  1  edge_27_39_2  1
    x_27_3  one_27  1  edge_1_27_3  1
    x_27_3  edge_4_27_3  1  edge_5_27_3  1
    x_27_3  edge_8_27_3  1  edge_12_27_3  1
    x_27_3  edge_13_27_3  1  edge_19_27_3  1
    x_27_3  edge_22_27_3  1  edge_24_27_3  1
    x_27_3  edge_27_28_3  1  edge_27_37_3  1
    x_27_3  edge_27_38_3  1  edge_27_39_3  1
    x_27_4  one_27  1  edge_1_27_4  1
    x_27_4  edge_4_27_4  1  edge_5_27_4  1
    x_27_4  edge_8_27_4  1  edge_12_27_4  1
    x_27_4  edge_13_27_4  1  edge_19_27_4  1
    x_27_4  edge_22_27_4  1  edge_24_27_4  1
    x_27_4  edge_27_28_4  1  edge_27_37_4  1
    x_27_4  edge_27_38_4  1  edge_27_39_4  1
    x_27_5  one_27  1  edge_1_27_5  1
    x_27_5  edge_4_27_5  1  edge_5_27_5  1
    x_27_5  edge_8_27_5  1  edge_12_27_5  1
    x_27_5  edge_13_27_5  1  edge_19_27_5  1
    x_27_5  edge_22_27_5  1  edge_24_27_5  1
    x_27_5  edge_27_28_5  1  edge_27_37_5  1
    x_27_5  edge_27_38_5  1  edge_27_39_5  1
    x_27_6  one_27  1  edge_1_27_6  1
    x_27_6  edge_4_27_6  1  edge_5_27_6  1
    x_27_6  edge_8_27_6  1  edge_12_27_6  1
    x_27_6  edge_13_27_6  1  edge_19_27_6  1
    x_27_6  edge_22_27_6  1  edge_24_27_6  1
    x_27_6  edge_27_28_6  1  edge_27_37_6  1
    x_27_6  edge_27_38_6  1  edge_27_39_6  1
    x_27_7  one_27  1  edge_1_27_7  1
    x_27_7  edge_4_27_7  1  edge_5_27_7  1
    x_27_7  edge_8_27_7  1  edge_12_27_7  1
    x_27_7  edge_13_27_7  1  edge_19_27_7  1
    x_27_7  edge_22_27_7  1  edge_24_27_7  1
    x_27_7  edge_27_28_7  1  edge_27_37_7  1
    x_27_7  edge_27_38_7  1  edge_27_39_7  1
    x_27_8  one_27  1  edge_1_27_8  1
    x_27_8  edge_4_27_8  1  edge_5_27_8  1
    x_27_8  edge_8_27_8  1  edge_12_27_8  1
    x_27_8  edge_13_27_8  1  edge_19_27_8  1
    x_27_8  edge_22_27_8  1  edge_24_27_8  1
    x_27_8  edge_27_28_8  1  edge_27_37_8  1
    x_27_8  edge_27_38_8  1  edge_27_39_8  1
    x_27_9  one_27  1  edge_1_27_9  1
    x_27_9  edge_4_27_9  1  edge_5_27_9  1
    x_27_9  edge_8_27_9  1  edge_12_27_9  1
    x_27_9  edge_13_27_9  1  edge_19_27_9  1
    x_27_9  edge_22_27_9  1  edge_24_27_9  1
    x_27_9  edge_27_28_9  1  edge_27_37_9  1
    x_27_9  edge_27_38_9  1  edge_27_39_9  1
    x_28_0  one_28  1  edge_0_28_0  1
    x_28_0  edge_1_28_0  1  edge_8_28_0  1
    x_28_0  edge_11_28_0  1  edge_17_28_0  1
    x_28_0  edge_18_28_0  1  edge_23_28_0  1
    x_28_0  edge_25_28_0  1  edge_27_28_0  1
    x_28_0  edge_28_36_0  1  edge_28_37_0  1
    x_28_0  edge_28_38_0  1
    x_28_1  one_28  1  edge_0_28_1  1
    x_28_1  edge_1_28_1  1  edge_8_28_1  1
    x_28_1  edge_11_28_1  1  edge_17_28_1  1
    x_28_1  edge_18_28_1  1  edge_23_28_1  1
    x_28_1  edge_25_28_1  1  edge_27_28_1  1
    x_28_1  edge_28_36_1  1  edge_28_37_1  1
    x_28_1  edge_28_38_1  1
    x_28_2  one_28  1  edge_0_28_2  1
    x_28_2  edge_1_28_2  1  edge_8_28_2  1
    x_28_2  edge_11_28_2  1  edge_17_28_2  1
    x_28_2  edge_18_28_2  1  edge_23_28_2  1
    x_28_2  edge_25_28_2  1  edge_27_28_2  1
    x_28_2  edge_28_36_2  1  edge_28_37_2  1
    x_28_2  edge_28_38_2  1
    x_28_3  one_28  1  edge_0_28_3  1
    x_28_3  edge_1_28_3  1  edge_8_28_3  1
    x_28_3  edge_11_28_3  1  edge_17_28_3  1
    x_28_3  edge_18_28_3  1  edge_23_28_3  1
    x_28_3  edge_25_28_3  1  edge_27_28_3  1
    x_28_3  edge_28_36_3  1  edge_28_37_3  1
    x_28_3  edge_28_38_3  1
    x_28_4  one_28  1  edge_0_28_4  1
    x_28_4  edge_1_28_4  1  edge_8_28_4  1
    x_28_4  edge_11_28_4  1  edge_17_28_4  1
    x_28_4  edge_18_28_4  1  edge_23_28_4  1
    x_28_4  edge_25_28_4  1  edge_27_28_4  1
    x_28_4  edge_28_36_4  1  edge_28_37_4  1
    x_28_4  edge_28_38_4  1
    x_28_5  one_28  1  edge_0_28_5  1
    x_28_5  edge_1_28_5  1  edge_8_28_5  1
    x_28_5  edge_11_28_5  1  edge_17_28_5  1
    x_28_5  edge_18_28_5  1  edge_23_28_5  1
    x_28_5  edge_25_28_5  1  edge_27_28_5  1
    x_28_5  edge_28_36_5  1  edge_28_37_5  1
    x_28_5  edge_28_38_5  1
    x_28_6  one_28  1  edge_0_28_6  1
    x_28_6  edge_1_28_6  1  edge_8_28_6  1
    x_28_6  edge_11_28_6  1  edge_17_28_6  1
    x_28_6  edge_18_28_6  1  edge_23_28_6  1
    x_28_6  edge_25_28_6  1  edge_27_28_6  1
    x_28_6  edge_28_36_6  1  edge_28_37_6  1
    x_28_6  edge_28_38_6  1
    x_28_7  one_28  1  edge_0_28_7  1
    x_28_7  edge_1_28_7  1  edge_8_28_7  1
    x_28_7  edge_11_28_7  1  edge_17_28_7  1
    x_28_7  edge_18_28_7  1  edge_23_28_7  1
    x_28_7  edge_25_28_7  1  edge_27_28_7  1
    x_28_7  edge_28_36_7  1  edge_28_37_7  1
    x_28_7  edge_28_38_7  1
    x_28_8  one_28  1  edge_0_28_8  1
    x_28_8  edge_1_28_8  1  edge_8_28_8  1
    x_28_8  edge_11_28_8  1  edge_17_28_8  1
    x_28_8  edge_18_28_8  1  edge_23_28_8  1
    x_28_8  edge_25_28_8  1  edge_27_28_8  1
    x_28_8  edge_28_36_8  1  edge_28_37_8  1
    x_28_8  edge_28_38_8  1
    x_28_9  one_28  1  edge_0_28_9  1
    x_28_9  edge_1_28_9  1  edge_8_28_9  1
    x_28_9  edge_11_28_9  1  edge_17_28_9  1
    x_28_9  edge_18_28_9  1  edge_23_28_9  1
    x_28_9  edge_25_28_9  1  edge_27_28_9  1
    x_28_9  edge_28_36_9  1  edge_28_37_9  1
    x_28_9  edge_28_38_9  1
    x_29_0  one_29  1  edge_0_29_0  1
    x_29_0  edge_6_29_0  1  edge_10_29_0  1
    x_29_0  edge_11_29_0  1  edge_12_29_0  1
    x_29_0  edge_13_29_0  1  edge_15_29_0  1
    x_29_0  edge_25_29_0  1  edge_29_30_0  1
    x_29_0  edge_29_31_0  1  edge_29_36_0  1
    x_29_0  edge_29_39_0  1
    x_29_1  one_29  1  edge_0_29_1  1
    x_29_1  edge_6_29_1  1  edge_10_29_1  1
    x_29_1  edge_11_29_1  1  edge_12_29_1  1
    x_29_1  edge_13_29_1  1  edge_15_29_1  1
    x_29_1  edge_25_29_1  1  edge_29_30_1  1
    x_29_1  edge_29_31_1  1  edge_29_36_1  1
    x_29_1  edge_29_39_1  1
    x_29_2  one_29  1  edge_0_29_2  1
    x_29_2  edge_6_29_2  1  edge_10_29_2  1
    x_29_2  edge_11_29_2  1  edge_12_29_2  1
    x_29_2  edge_13_29_2  1  edge_15_29_2  1
    x_29_2  edge_25_29_2  1  edge_29_30_2  1
    x_29_2  edge_29_31_2  1  edge_29_36_2  1
    x_29_2  edge_29_39_2  1
    x_29_3  one_29  1  edge_0_29_3  1
    x_29_3  edge_6_29_3  1  edge_10_29_3  1
    x_29_3  edge_11_29_3  1  edge_12_29_3  1
    x_29_3  edge_13_29_3  1  edge_15_29_3  1
    x_29_3  edge_25_29_3  1  edge_29_30_3  1
    x_29_3  edge_29_31_3  1  edge_29_36_3  1
    x_29_3  edge_29_39_3  1
    x_29_4  one_29  1  edge_0_29_4  1
    x_29_4  edge_6_29_4  1  edge_10_29_4  1
    x_29_4  edge_11_29_4  1  edge_12_29_4  1
    x_29_4  edge_13_29_4  1  edge_15_29_4  1
    x_29_4  edge_25_29_4  1  edge_29_30_4  1
    x_29_4  edge_29_31_4  1  edge_29_36_4  1
    x_29_4  edge_29_39_4  1
    x_29_5  one_29  1  edge_0_29_5  1
    x_29_5  edge_6_29_5  1  edge_10_29_5  1
    x_29_5  edge_11_29_5  1  edge_12_29_5  1
    x_29_5  edge_13_29_5  1  edge_15_29_5  1
    x_29_5  edge_25_29_5  1  edge_29_30_5  1
    x_29_5  edge_29_31_5  1  edge_29_36_5  1
    x_29_5  edge_29_39_5  1
    x_29_6  one_29  1  edge_0_29_6  1
    x_29_6  edge_6_29_6  1  edge_10_29_6  1
    x_29_6  edge_11_29_6  1  edge_12_29_6  1
    x_29_6  edge_13_29_6  1  edge_15_29_6  1
    x_29_6  edge_25_29_6  1  edge_29_30_6  1
    x_29_6  edge_29_31_6  1  edge_29_36_6  1
    x_29_6  edge_29_39_6  1
    x_29_7  one_29  1  edge_0_29_7  1
    x_29_7  edge_6_29_7  1  edge_10_29_7  1
    x_29_7  edge_11_29_7  1  edge_12_29_7  1
    x_29_7  edge_13_29_7  1  edge_15_29_7  1
    x_29_7  edge_25_29_7  1  edge_29_30_7  1
    x_29_7  edge_29_31_7  1  edge_29_36_7  1
    x_29_7  edge_29_39_7  1
    x_29_8  one_29  1  edge_0_29_8  1
    x_29_8  edge_6_29_8  1  edge_10_29_8  1
    x_29_8  edge_11_29_8  1  edge_12_29_8  1
    x_29_8  edge_13_29_8  1  edge_15_29_8  1
    x_29_8  edge_25_29_8  1  edge_29_30_8  1
    x_29_8  edge_29_31_8  1  edge_29_36_8  1
    x_29_8  edge_29_39_8  1
    x_29_9  one_29  1  edge_0_29_9  1
    x_29_9  edge_6_29_9  1  edge_10_29_9  1
    x_29_9  edge_11_29_9  1  edge_12_29_9  1
    x_29_9  edge_13_29_9  1  edge_15_29_9  1
    x_29_9  edge_25_29_9  1  edge_29_30_9  1
    x_29_9  edge_29_31_9  1  edge_29_36_9  1
    x_29_9  edge_29_39_9  1
    x_30_0  one_30  1  edge_0_30_0  1
    x_30_0  edge_6_30_0  1  edge_17_30_0  1
    x_30_0  edge_19_30_0  1  edge_25_30_0  1
    x_30_0  edge_29_30_0  1  edge_30_34_0  1
    x_30_0  edge_30_35_0  1  edge_30_38_0  1
    x_30_0  edge_30_39_0  1
    x_30_1  one_30  1  edge_0_30_1  1
    x_30_1  edge_6_30_1  1  edge_17_30_1  1
    x_30_1  edge_19_30_1  1  edge_25_30_1  1
    x_30_1  edge_29_30_1  1  edge_30_34_1  1
    x_30_1  edge_30_35_1  1  edge_30_38_1  1
    x_30_1  edge_30_39_1  1
    x_30_2  one_30  1  edge_0_30_2  1
    x_30_2  edge_6_30_2  1  edge_17_30_2  1
    x_30_2  edge_19_30_2  1  edge_25_30_2  1
    x_30_2  edge_29_30_2  1  edge_30_34_2  1
    x_30_2  edge_30_35_2  1  edge_30_38_2  1
    x_30_2  edge_30_39_2  1
    x_30_3  one_30  1  edge_0_30_3  1
    x_30_3  edge_6_30_3  1  edge_17_30_3  1
    x_30_3  edge_19_30_3  1  edge_25_30_3  1
    x_30_3  edge_29_30_3  1  edge_30_34_3  1
    x_30_3  edge_30_35_3  1  edge_30_38_3  1
    x_30_3  edge_30_39_3  1
    x_30_4  one_30  1  edge_0_30_4  1
    x_30_4  edge_6_30_4  1  edge_17_30_4  1
    x_30_4  edge_19_30_4  1  edge_25_30_4  1
    x_30_4  edge_29_30_4  1  edge_30_34_4  1
    x_30_4  edge_30_35_4  1  edge_30_38_4  1
    x_30_4  edge_30_39_4  1
    x_30_5  one_30  1  edge_0_30_5  1
    x_30_5  edge_6_30_5  1  edge_17_30_5  1
    x_30_5  edge_19_30_5  1  edge_25_30_5  1
    x_30_5  edge_29_30_5  1  edge_30_34_5  1
    x_30_5  edge_30_35_5  1  edge_30_38_5  1
    x_30_5  edge_30_39_5  1
    x_30_6  one_30  1  edge_0_30_6  1
    x_30_6  edge_6_30_6  1  edge_17_30_6  1
    x_30_6  edge_19_30_6  1  edge_25_30_6  1
    x_30_6  edge_29_30_6  1  edge_30_34_6  1
    x_30_6  edge_30_35_6  1  edge_30_38_6  1
    x_30_6  edge_30_39_6  1
    x_30_7  one_30  1  edge_0_30_7  1
    x_30_7  edge_6_30_7  1  edge_17_30_7  1
    x_30_7  edge_19_30_7  1  edge_25_30_7  1
    x_30_7  edge_29_30_7  1  edge_30_34_7  1
    x_30_7  edge_30_35_7  1  edge_30_38_7  1
    x_30_7  edge_30_39_7  1
    x_30_8  one_30  1  edge_0_30_8  1
    x_30_8  edge_6_30_8  1  edge_17_30_8  1
    x_30_8  edge_19_30_8  1  edge_25_30_8  1
    x_30_8  edge_29_30_8  1  edge_30_34_8  1
    x_30_8  edge_30_35_8  1  edge_30_38_8  1
    x_30_8  edge_30_39_8  1
    x_30_9  one_30  1  edge_0_30_9  1
    x_30_9  edge_6_30_9  1  edge_17_30_9  1
    x_30_9  edge_19_30_9  1  edge_25_30_9  1
    x_30_9  edge_29_30_9  1  edge_30_34_9  1
    x_30_9  edge_30_35_9  1  edge_30_38_9  1
    x_30_9  edge_30_39_9  1
    x_31_0  one_31  1  edge_2_31_0  1
    x_31_0  edge_6_31_0  1  edge_8_31_0  1
    x_31_0  edge_10_31_0  1  edge_16_31_0  1
    x_31_0  edge_17_31_0  1  edge_19_31_0  1
    x_31_0  edge_22_31_0  1  edge_25_31_0  1
    x_31_0  edge_26_31_0  1  edge_29_31_0  1
    x_31_0  edge_31_35_0  1  edge_31_38_0  1
    x_31_1  one_31  1  edge_2_31_1  1
    x_31_1  edge_6_31_1  1  edge_8_31_1  1
    x_31_1  edge_10_31_1  1  edge_16_31_1  1
    x_31_1  edge_17_31_1  1  edge_19_31_1  1
    x_31_1  edge_22_31_1  1  edge_25_31_1  1
    x_31_1  edge_26_31_1  1  edge_29_31_1  1
    x_31_1  edge_31_35_1  1  edge_31_38_1  1
    x_31_2  one_31  1  edge_2_31_2  1
    x_31_2  edge_6_31_2  1  edge_8_31_2  1
    x_31_2  edge_10_31_2  1  edge_16_31_2  1
    x_31_2  edge_17_31_2  1  edge_19_31_2  1
    x_31_2  edge_22_31_2  1  edge_25_31_2  1
    x_31_2  edge_26_31_2  1  edge_29_31_2  1
    x_31_2  edge_31_35_2  1  edge_31_38_2  1
    x_31_3  one_31  1  edge_2_31_3  1
    x_31_3  edge_6_31_3  1  edge_8_31_3  1
    x_31_3  edge_10_31_3  1  edge_16_31_3  1
    x_31_3  edge_17_31_3  1  edge_19_31_3  1
    x_31_3  edge_22_31_3  1  edge_25_31_3  1
    x_31_3  edge_26_31_3  1  edge_29_31_3  1
    x_31_3  edge_31_35_3  1  edge_31_38_3  1
    x_31_4  one_31  1  edge_2_31_4  1
    x_31_4  edge_6_31_4  1  edge_8_31_4  1
    x_31_4  edge_10_31_4  1  edge_16_31_4  1
    x_31_4  edge_17_31_4  1  edge_19_31_4  1
    x_31_4  edge_22_31_4  1  edge_25_31_4  1
    x_31_4  edge_26_31_4  1  edge_29_31_4  1
    x_31_4  edge_31_35_4  1  edge_31_38_4  1
    x_31_5  one_31  1  edge_2_31_5  1
    x_31_5  edge_6_31_5  1  edge_8_31_5  1
    x_31_5  edge_10_31_5  1  edge_16_31_5  1
    x_31_5  edge_17_31_5  1  edge_19_31_5  1
    x_31_5  edge_22_31_5  1  edge_25_31_5  1
    x_31_5  edge_26_31_5  1  edge_29_31_5  1
    x_31_5  edge_31_35_5  1  edge_31_38_5  1
    x_31_6  one_31  1  edge_2_31_6  1
    x_31_6  edge_6_31_6  1  edge_8_31_6  1
    x_31_6  edge_10_31_6  1  edge_16_31_6  1
    x_31_6  edge_17_31_6  1  edge_19_31_6  1
    x_31_6  edge_22_31_6  1  edge_25_31_6  1
    x_31_6  edge_26_31_6  1  edge_29_31_6  1
    x_31_6  edge_31_35_6  1  edge_31_38_6  1
    x_31_7  one_31  1  edge_2_31_7  1
    x_31_7  edge_6_31_7  1  edge_8_31_7  1
    x_31_7  edge_10_31_7  1  edge_16_31_7  1
    x_31_7  edge_17_31_7  1  edge_19_31_7  1
    x_31_7  edge_22_31_7  1  edge_25_31_7  1
    x_31_7  edge_26_31_7  1  edge_29_31_7  1
    x_31_7  edge_31_35_7  1  edge_31_38_7  1
    x_31_8  one_31  1  edge_2_31_8  1
    x_31_8  edge_6_31_8  1  edge_8_31_8  1
    x_31_8  edge_10_31_8  1  edge_16_31_8  1
    x_31_8  edge_17_31_8  1  edge_19_31_8  1
    x_31_8  edge_22_31_8  1  edge_25_31_8  1
    x_31_8  edge_26_31_8  1  edge_29_31_8  1
    x_31_8  edge_31_35_8  1  edge_31_38_8  1
    x_31_9  one_31  1  edge_2_31_9  1
    x_31_9  edge_6_31_9  1  edge_8_31_9  1
    x_31_9  edge_10_31_9  1  edge_16_31_9  1
    x_31_9  edge_17_31_9  1  edge_19_31_9  1
    x_31_9  edge_22_31_9  1  edge_25_31_9  1
    x_31_9  edge_26_31_9  1  edge_29_31_9  1
    x_31_9  edge_31_35_9  1  edge_31_38_9  1
    x_32_0  one_32  1  edge_1_32_0  1
    x_32_0  edge_5_32_0  1  edge_6_32_0  1
    x_32_0  edge_12_32_0  1  edge_17_32_0  1
    x_32_0  edge_20_32_0  1  edge_25_32_0  1
    x_32_0  edge_32_33_0  1  edge_32_35_0  1
    x_32_0  edge_32_36_0  1  edge_32_39_0  1
    x_32_1  one_32  1  edge_1_32_1  1
    x_32_1  edge_5_32_1  1  edge_6_32_1  1
    x_32_1  edge_12_32_1  1  edge_17_32_1  1
    x_32_1  edge_20_32_1  1  edge_25_32_1  1
    x_32_1  edge_32_33_1  1  edge_32_35_1  1
    x_32_1  edge_32_36_1  1  edge_32_39_1  1
    x_32_2  one_32  1  edge_1_32_2  1
    x_32_2  edge_5_32_2  1  edge_6_32_2  1
    x_32_2  edge_12_32_2  1  edge_17_32_2  1
    x_32_2  edge_20_32_2  1  edge_25_32_2  1
    x_32_2  edge_32_33_2  1  edge_32_35_2  1
    x_32_2  edge_32_36_2  1  edge_32_39_2  1
    x_32_3  one_32  1  edge_1_32_3  1
    x_32_3  edge_5_32_3  1  edge_6_32_3  1
    x_32_3  edge_12_32_3  1  edge_17_32_3  1
    x_32_3  edge_20_32_3  1  edge_25_32_3  1
    x_32_3  edge_32_33_3  1  edge_32_35_3  1
    x_32_3  edge_32_36_3  1  edge_32_39_3  1
    x_32_4  one_32  1  edge_1_32_4  1
    x_32_4  edge_5_32_4  1  edge_6_32_4  1
    x_32_4  edge_12_32_4  1  edge_17_32_4  1
    x_32_4  edge_20_32_4  1  edge_25_32_4  1
    x_32_4  edge_32_33_4  1  edge_32_35_4  1
    x_32_4  edge_32_36_4  1  edge_32_39_4  1
    x_32_5  one_32  1  edge_1_32_5  1
    x_32_5  edge_5_32_5  1  edge_6_32_5  1
    x_32_5  edge_12_32_5  1  edge_17_32_5  1
    x_32_5  edge_20_32_5  1  edge_25_32_5  1
    x_32_5  edge_32_33_5  1  edge_32_35_5  1
    x_32_5  edge_32_36_5  1  edge_32_39_5  1
    x_32_6  one_32  1  edge_1_32_6  1
    x_32_6  edge_5_32_6  1  edge_6_32_6  1
    x_32_6  edge_12_32_6  1  edge_17_32_6  1
    x_32_6  edge_20_32_6  1  edge_25_32_6  1
    x_32_6  edge_32_33_6  1  edge_32_35_6  1
    x_32_6  edge_32_36_6  1  edge_32_39_6  1
    x_32_7  one_32  1  edge_1_32_7  1
    x_32_7  edge_5_32_7  1  edge_6_32_7  1
    x_32_7  edge_12_32_7  1  edge_17_32_7  1
    x_32_7  edge_20_32_7  1  edge_25_32_7  1
    x_32_7  edge_32_33_7  1  edge_32_35_7  1
    x_32_7  edge_32_36_7  1  edge_32_39_7  1
    x_32_8  one_32  1  edge_1_32_8  1
    x_32_8  edge_5_32_8  1  edge_6_32_8  1
    x_32_8  edge_12_32_8  1  edge_17_32_8  1
    x_32_8  edge_20_32_8  1  edge_25_32_8  1
    x_32_8  edge_32_33_8  1  edge_32_35_8  1
    x_32_8  edge_32_36_8  1  edge_32_39_8  1
    x_32_9  one_32  1  edge_1_32_9  1
    x_32_9  edge_5_32_9  1  edge_6_32_9  1
    x_32_9  edge_12_32_9  1  edge_17_32_9  1
    x_32_9  edge_20_32_9  1  edge_25_32_9  1
    x_32_9  edge_32_33_9  1  edge_32_35_9  1
    x_32_9  edge_32_36_9  1  edge_32_39_9  1
    x_33_0  one_33  1  edge_0_33_0  1
    x_33_0  edge_5_33_0  1  edge_7_33_0  1
    x_33_0  edge_13_33_0  1  edge_19_33_0  1
    x_33_0  edge_20_33_0  1  edge_23_33_0  1
    x_33_0  edge_25_33_0  1  edge_26_33_0  1
    x_33_0  edge_32_33_0  1  edge_33_35_0  1
    x_33_1  one_33  1  edge_0_33_1  1
    x_33_1  edge_5_33_1  1  edge_7_33_1  1
    x_33_1  edge_13_33_1  1  edge_19_33_1  1
    x_33_1  edge_20_33_1  1  edge_23_33_1  1
    x_33_1  edge_25_33_1  1  edge_26_33_1  1
    x_33_1  edge_32_33_1  1  edge_33_35_1  1
    x_33_2  one_33  1  edge_0_33_2  1
    x_33_2  edge_5_33_2  1  edge_7_33_2  1
    x_33_2  edge_13_33_2  1  edge_19_33_2  1
    x_33_2  edge_20_33_2  1  edge_23_33_2  1
    x_33_2  edge_25_33_2  1  edge_26_33_2  1
    x_33_2  edge_32_33_2  1  edge_33_35_2  1
    x_33_3  one_33  1  edge_0_33_3  1
    x_33_3  edge_5_33_3  1  edge_7_33_3  1
    x_33_3  edge_13_33_3  1  edge_19_33_3  1
    x_33_3  edge_20_33_3  1  edge_23_33_3  1
    x_33_3  edge_25_33_3  1  edge_26_33_3  1
    x_33_3  edge_32_33_3  1  edge_33_35_3  1
    x_33_4  one_33  1  edge_0_33_4  1
    x_33_4  edge_5_33_4  1  edge_7_33_4  1
    x_33_4  edge_13_33_4  1  edge_19_33_4  1
    x_33_4  edge_20_33_4  1  edge_23_33_4  1
    x_33_4  edge_25_33_4  1  edge_26_33_4  1
    x_33_4  edge_32_33_4  1  edge_33_35_4  1
    x_33_5  one_33  1  edge_0_33_5  1
    x_33_5  edge_5_33_5  1  edge_7_33_5  1
    x_33_5  edge_13_33_5  1  edge_19_33_5  1
    x_33_5  edge_20_33_5  1  edge_23_33_5  1
    x_33_5  edge_25_33_5  1  edge_26_33_5  1
    x_33_5  edge_32_33_5  1  edge_33_35_5  1
    x_33_6  one_33  1  edge_0_33_6  1
    x_33_6  edge_5_33_6  1  edge_7_33_6  1
    x_33_6  edge_13_33_6  1  edge_19_33_6  1
    x_33_6  edge_20_33_6  1  edge_23_33_6  1
    x_33_6  edge_25_33_6  1  edge_26_33_6  1
    x_33_6  edge_32_33_6  1  edge_33_35_6  1
    x_33_7  one_33  1  edge_0_33_7  1
    x_33_7  edge_5_33_7  1  edge_7_33_7  1
    x_33_7  edge_13_33_7  1  edge_19_33_7  1
    x_33_7  edge_20_33_7  1  edge_23_33_7  1
    x_33_7  edge_25_33_7  1  edge_26_33_7  1
    x_33_7  edge_32_33_7  1  edge_33_35_7  1
    x_33_8  one_33  1  edge_0_33_8  1
    x_33_8  edge_5_33_8  1  edge_7_33_8  1
    x_33_8  edge_13_33_8  1  edge_19_33_8  1
    x_33_8  edge_20_33_8  1  edge_23_33_8  1
    x_33_8  edge_25_33_8  1  edge_26_33_8  1
    x_33_8  edge_32_33_8  1  edge_33_35_8  1
    x_33_9  one_33  1  edge_0_33_9  1
    x_33_9  edge_5_33_9  1  edge_7_33_9  1
    x_33_9  edge_13_33_9  1  edge_19_33_9  1
    x_33_9  edge_20_33_9  1  edge_23_33_9  1
    x_33_9  edge_25_33_9  1  edge_26_33_9  1
    x_33_9  edge_32_33_9  1  edge_33_35_9  1
    x_34_0  one_34  1  edge_1_34_0  1
    x_34_0  edge_2_34_0  1  edge_7_34_0  1
    x_34_0  edge_8_34_0  1  edge_9_34_0  1
    x_34_0  edge_16_34_0  1  edge_19_34_0  1
    x_34_0  edge_24_34_0  1  edge_30_34_0  1
    x_34_1  one_34  1  edge_1_34_1  1
    x_34_1  edge_2_34_1  1  edge_7_34_1  1
    x_34_1  edge_8_34_1  1  edge_9_34_1  1
    x_34_1  edge_16_34_1  1  edge_19_34_1  1
    x_34_1  edge_24_34_1  1  edge_30_34_1  1
    x_34_2  one_34  1  edge_1_34_2  1
    x_34_2  edge_2_34_2  1  edge_7_34_2  1
    x_34_2  edge_8_34_2  1  edge_9_34_2  1
    x_34_2  edge_16_34_2  1  edge_19_34_2  1
    x_34_2  edge_24_34_2  1  edge_30_34_2  1
    x_34_3  one_34  1  edge_1_34_3  1
    x_34_3  edge_2_34_3  1  edge_7_34_3  1
    x_34_3  edge_8_34_3  1  edge_9_34_3  1
    x_34_3  edge_16_34_3  1  edge_19_34_3  1
    x_34_3  edge_24_34_3  1  edge_30_34_3  1
    x_34_4  one_34  1  edge_1_34_4  1
    x_34_4  edge_2_34_4  1  edge_7_34_4  1
    x_34_4  edge_8_34_4  1  edge_9_34_4  1
    x_34_4  edge_16_34_4  1  edge_19_34_4  1
    x_34_4  edge_24_34_4  1  edge_30_34_4  1
    x_34_5  one_34  1  edge_1_34_5  1
    x_34_5  edge_2_34_5  1  edge_7_34_5  1
    x_34_5  edge_8_34_5  1  edge_9_34_5  1
    x_34_5  edge_16_34_5  1  edge_19_34_5  1
    x_34_5  edge_24_34_5  1  edge_30_34_5  1
    x_34_6  one_34  1  edge_1_34_6  1
    x_34_6  edge_2_34_6  1  edge_7_34_6  1
    x_34_6  edge_8_34_6  1  edge_9_34_6  1
    x_34_6  edge_16_34_6  1  edge_19_34_6  1
    x_34_6  edge_24_34_6  1  edge_30_34_6  1
    x_34_7  one_34  1  edge_1_34_7  1
    x_34_7  edge_2_34_7  1  edge_7_34_7  1
    x_34_7  edge_8_34_7  1  edge_9_34_7  1
    x_34_7  edge_16_34_7  1  edge_19_34_7  1
    x_34_7  edge_24_34_7  1  edge_30_34_7  1
    x_34_8  one_34  1  edge_1_34_8  1
    x_34_8  edge_2_34_8  1  edge_7_34_8  1
    x_34_8  edge_8_34_8  1  edge_9_34_8  1
    x_34_8  edge_16_34_8  1  edge_19_34_8  1
    x_34_8  edge_24_34_8  1  edge_30_34_8  1
    x_34_9  one_34  1  edge_1_34_9  1
    x_34_9  edge_2_34_9  1  edge_7_34_9  1
    x_34_9  edge_8_34_9  1  edge_9_34_9  1
    x_34_9  edge_16_34_9  1  edge_19_34_9  1
    x_34_9  edge_24_34_9  1  edge_30_34_9  1
    x_35_0  one_35  1  edge_4_35_0  1
    x_35_0  edge_5_35_0  1  edge_7_35_0  1
    x_35_0  edge_8_35_0  1  edge_9_35_0  1
    x_35_0  edge_15_35_0  1  edge_19_35_0  1
    x_35_0  edge_20_35_0  1  edge_22_35_0  1
    x_35_0  edge_23_35_0  1  edge_24_35_0  1
    x_35_0  edge_30_35_0  1  edge_31_35_0  1
    x_35_0  edge_32_35_0  1  edge_33_35_0  1
    x_35_0  edge_35_37_0  1
    x_35_1  one_35  1  edge_4_35_1  1
    x_35_1  edge_5_35_1  1  edge_7_35_1  1
    x_35_1  edge_8_35_1  1  edge_9_35_1  1
    x_35_1  edge_15_35_1  1  edge_19_35_1  1
    x_35_1  edge_20_35_1  1  edge_22_35_1  1
    x_35_1  edge_23_35_1  1  edge_24_35_1  1
    x_35_1  edge_30_35_1  1  edge_31_35_1  1
    x_35_1  edge_32_35_1  1  edge_33_35_1  1
    x_35_1  edge_35_37_1  1
    x_35_2  one_35  1  edge_4_35_2  1
    x_35_2  edge_5_35_2  1  edge_7_35_2  1
    x_35_2  edge_8_35_2  1  edge_9_35_2  1
    x_35_2  edge_15_35_2  1  edge_19_35_2  1
    x_35_2  edge_20_35_2  1  edge_22_35_2  1
    x_35_2  edge_23_35_2  1  edge_24_35_2  1
    x_35_2  edge_30_35_2  1  edge_31_35_2  1
    x_35_2  edge_32_35_2  1  edge_33_35_2  1
    x_35_2  edge_35_37_2  1
    x_35_3  one_35  1  edge_4_35_3  1
    x_35_3  edge_5_35_3  1  edge_7_35_3  1
    x_35_3  edge_8_35_3  1  edge_9_35_3  1
    x_35_3  edge_15_35_3  1  edge_19_35_3  1
    x_35_3  edge_20_35_3  1  edge_22_35_3  1
    x_35_3  edge_23_35_3  1  edge_24_35_3  1
    x_35_3  edge_30_35_3  1  edge_31_35_3  1
    x_35_3  edge_32_35_3  1  edge_33_35_3  1
    x_35_3  edge_35_37_3  1
    x_35_4  one_35  1  edge_4_35_4  1
    x_35_4  edge_5_35_4  1  edge_7_35_4  1
    x_35_4  edge_8_35_4  1  edge_9_35_4  1
    x_35_4  edge_15_35_4  1  edge_19_35_4  1
    x_35_4  edge_20_35_4  1  edge_22_35_4  1
    x_35_4  edge_23_35_4  1  edge_24_35_4  1
    x_35_4  edge_30_35_4  1  edge_31_35_4  1
    x_35_4  edge_32_35_4  1  edge_33_35_4  1
    x_35_4  edge_35_37_4  1
    x_35_5  one_35  1  edge_4_35_5  1
    x_35_5  edge_5_35_5  1  edge_7_35_5  1
    x_35_5  edge_8_35_5  1  edge_9_35_5  1
    x_35_5  edge_15_35_5  1  edge_19_35_5  1
    x_35_5  edge_20_35_5  1  edge_22_35_5  1
    x_35_5  edge_23_35_5  1  edge_24_35_5  1
    x_35_5  edge_30_35_5  1  edge_31_35_5  1
    x_35_5  edge_32_35_5  1  edge_33_35_5  1
    x_35_5  edge_35_37_5  1
    x_35_6  one_35  1  edge_4_35_6  1
    x_35_6  edge_5_35_6  1  edge_7_35_6  1
    x_35_6  edge_8_35_6  1  edge_9_35_6  1
    x_35_6  edge_15_35_6  1  edge_19_35_6  1
    x_35_6  edge_20_35_6  1  edge_22_35_6  1
    x_35_6  edge_23_35_6  1  edge_24_35_6  1
    x_35_6  edge_30_35_6  1  edge_31_35_6  1
    x_35_6  edge_32_35_6  1  edge_33_35_6  1
    x_35_6  edge_35_37_6  1
    x_35_7  one_35  1  edge_4_35_7  1
    x_35_7  edge_5_35_7  1  edge_7_35_7  1
    x_35_7  edge_8_35_7  1  edge_9_35_7  1
    x_35_7  edge_15_35_7  1  edge_19_35_7  1
    x_35_7  edge_20_35_7  1  edge_22_35_7  1
    x_35_7  edge_23_35_7  1  edge_24_35_7  1
    x_35_7  edge_30_35_7  1  edge_31_35_7  1
    x_35_7  edge_32_35_7  1  edge_33_35_7  1
    x_35_7  edge_35_37_7  1
    x_35_8  one_35  1  edge_4_35_8  1
    x_35_8  edge_5_35_8  1  edge_7_35_8  1
    x_35_8  edge_8_35_8  1  edge_9_35_8  1
    x_35_8  edge_15_35_8  1  edge_19_35_8  1
    x_35_8  edge_20_35_8  1  edge_22_35_8  1
    x_35_8  edge_23_35_8  1  edge_24_35_8  1
    x_35_8  edge_30_35_8  1  edge_31_35_8  1
    x_35_8  edge_32_35_8  1  edge_33_35_8  1
    x_35_8  edge_35_37_8  1
    x_35_9  one_35  1  edge_4_35_9  1
    x_35_9  edge_5_35_9  1  edge_7_35_9  1
    x_35_9  edge_8_35_9  1  edge_9_35_9  1
    x_35_9  edge_15_35_9  1  edge_19_35_9  1
    x_35_9  edge_20_35_9  1  edge_22_35_9  1
    x_35_9  edge_23_35_9  1  edge_24_35_9  1
    x_35_9  edge_30_35_9  1  edge_31_35_9  1
    x_35_9  edge_32_35_9  1  edge_33_35_9  1
    x_35_9  edge_35_37_9  1
    x_36_0  one_36  1  edge_9_36_0  1
    x_36_0  edge_13_36_0  1  edge_15_36_0  1
    x_36_0  edge_19_36_0  1  edge_20_36_0  1
    x_36_0  edge_22_36_0  1  edge_24_36_0  1
    x_36_0  edge_26_36_0  1  edge_28_36_0  1
    x_36_0  edge_29_36_0  1  edge_32_36_0  1
    x_36_1  one_36  1  edge_9_36_1  1
    x_36_1  edge_13_36_1  1  edge_15_36_1  1
    x_36_1  edge_19_36_1  1  edge_20_36_1  1
    x_36_1  edge_22_36_1  1  edge_24_36_1  1
    x_36_1  edge_26_36_1  1  edge_28_36_1  1
    x_36_1  edge_29_36_1  1  edge_32_36_1  1
    x_36_2  one_36  1  edge_9_36_2  1
    x_36_2  edge_13_36_2  1  edge_15_36_2  1
    x_36_2  edge_19_36_2  1  edge_20_36_2  1
    x_36_2  edge_22_36_2  1  edge_24_36_2  1
    x_36_2  edge_26_36_2  1  edge_28_36_2  1
    x_36_2  edge_29_36_2  1  edge_32_36_2  1
    x_36_3  one_36  1  edge_9_36_3  1
    x_36_3  edge_13_36_3  1  edge_15_36_3  1
    x_36_3  edge_19_36_3  1  edge_20_36_3  1
    x_36_3  edge_22_36_3  1  edge_24_36_3  1
    x_36_3  edge_26_36_3  1  edge_28_36_3  1
    x_36_3  edge_29_36_3  1  edge_32_36_3  1
    x_36_4  one_36  1  edge_9_36_4  1
    x_36_4  edge_13_36_4  1  edge_15_36_4  1
    x_36_4  edge_19_36_4  1  edge_20_36_4  1
    x_36_4  edge_22_36_4  1  edge_24_36_4  1
    x_36_4  edge_26_36_4  1  edge_28_36_4  1
    x_36_4  edge_29_36_4  1  edge_32_36_4  1
    x_36_5  one_36  1  edge_9_36_5  1
    x_36_5  edge_13_36_5  1  edge_15_36_5  1
    x_36_5  edge_19_36_5  1  edge_20_36_5  1
    x_36_5  edge_22_36_5  1  edge_24_36_5  1
    x_36_5  edge_26_36_5  1  edge_28_36_5  1
    x_36_5  edge_29_36_5  1  edge_32_36_5  1
    x_36_6  one_36  1  edge_9_36_6  1
    x_36_6  edge_13_36_6  1  edge_15_36_6  1
    x_36_6  edge_19_36_6  1  edge_20_36_6  1
    x_36_6  edge_22_36_6  1  edge_24_36_6  1
    x_36_6  edge_26_36_6  1  edge_28_36_6  1
    x_36_6  edge_29_36_6  1  edge_32_36_6  1
    x_36_7  one_36  1  edge_9_36_7  1
    x_36_7  edge_13_36_7  1  edge_15_36_7  1
    x_36_7  edge_19_36_7  1  edge_20_36_7  1
    x_36_7  edge_22_36_7  1  edge_24_36_7  1
    x_36_7  edge_26_36_7  1  edge_28_36_7  1
    x_36_7  edge_29_36_7  1  edge_32_36_7  1
    x_36_8  one_36  1  edge_9_36_8  1
    x_36_8  edge_13_36_8  1  edge_15_36_8  1
    x_36_8  edge_19_36_8  1  edge_20_36_8  1
    x_36_8  edge_22_36_8  1  edge_24_36_8  1
    x_36_8  edge_26_36_8  1  edge_28_36_8  1
    x_36_8  edge_29_36_8  1  edge_32_36_8  1
    x_36_9  one_36  1  edge_9_36_9  1
    x_36_9  edge_13_36_9  1  edge_15_36_9  1
    x_36_9  edge_19_36_9  1  edge_20_36_9  1
    x_36_9  edge_22_36_9  1  edge_24_36_9  1
    x_36_9  edge_26_36_9  1  edge_28_36_9  1
    x_36_9  edge_29_36_9  1  edge_32_36_9  1
    x_37_0  one_37  1  edge_0_37_0  1
    x_37_0  edge_1_37_0  1  edge_8_37_0  1
    x_37_0  edge_18_37_0  1  edge_20_37_0  1
    x_37_0  edge_26_37_0  1  edge_27_37_0  1
    x_37_0  edge_28_37_0  1  edge_35_37_0  1
    x_37_0  edge_37_38_0  1  edge_37_39_0  1
    x_37_1  one_37  1  edge_0_37_1  1
    x_37_1  edge_1_37_1  1  edge_8_37_1  1
    x_37_1  edge_18_37_1  1  edge_20_37_1  1
    x_37_1  edge_26_37_1  1  edge_27_37_1  1
    x_37_1  edge_28_37_1  1  edge_35_37_1  1
    x_37_1  edge_37_38_1  1  edge_37_39_1  1
    x_37_2  one_37  1  edge_0_37_2  1
    x_37_2  edge_1_37_2  1  edge_8_37_2  1
    x_37_2  edge_18_37_2  1  edge_20_37_2  1
    x_37_2  edge_26_37_2  1  edge_27_37_2  1
    x_37_2  edge_28_37_2  1  edge_35_37_2  1
    x_37_2  edge_37_38_2  1  edge_37_39_2  1
    x_37_3  one_37  1  edge_0_37_3  1
    x_37_3  edge_1_37_3  1  edge_8_37_3  1
    x_37_3  edge_18_37_3  1  edge_20_37_3  1
    x_37_3  edge_26_37_3  1  edge_27_37_3  1
    x_37_3  edge_28_37_3  1  edge_35_37_3  1
    x_37_3  edge_37_38_3  1  edge_37_39_3  1
    x_37_4  one_37  1  edge_0_37_4  1
    x_37_4  edge_1_37_4  1  edge_8_37_4  1
    x_37_4  edge_18_37_4  1  edge_20_37_4  1
    x_37_4  edge_26_37_4  1  edge_27_37_4  1
    x_37_4  edge_28_37_4  1  edge_35_37_4  1
    x_37_4  edge_37_38_4  1  edge_37_39_4  1
    x_37_5  one_37  1  edge_0_37_5  1
    x_37_5  edge_1_37_5  1  edge_8_37_5  1
    x_37_5  edge_18_37_5  1  edge_20_37_5  1
    x_37_5  edge_26_37_5  1  edge_27_37_5  1
    x_37_5  edge_28_37_5  1  edge_35_37_5  1
    x_37_5  edge_37_38_5  1  edge_37_39_5  1
    x_37_6  one_37  1  edge_0_37_6  1
    x_37_6  edge_1_37_6  1  edge_8_37_6  1
    x_37_6  edge_18_37_6  1  edge_20_37_6  1
    x_37_6  edge_26_37_6  1  edge_27_37_6  1
    x_37_6  edge_28_37_6  1  edge_35_37_6  1
    x_37_6  edge_37_38_6  1  edge_37_39_6  1
    x_37_7  one_37  1  edge_0_37_7  1
    x_37_7  edge_1_37_7  1  edge_8_37_7  1
    x_37_7  edge_18_37_7  1  edge_20_37_7  1
    x_37_7  edge_26_37_7  1  edge_27_37_7  1
    x_37_7  edge_28_37_7  1  edge_35_37_7  1
    x_37_7  edge_37_38_7  1  edge_37_39_7  1
    x_37_8  one_37  1  edge_0_37_8  1
    x_37_8  edge_1_37_8  1  edge_8_37_8  1
    x_37_8  edge_18_37_8  1  edge_20_37_8  1
    x_37_8  edge_26_37_8  1  edge_27_37_8  1
    x_37_8  edge_28_37_8  1  edge_35_37_8  1
    x_37_8  edge_37_38_8  1  edge_37_39_8  1
    x_37_9  one_37  1  edge_0_37_9  1
    x_37_9  edge_1_37_9  1  edge_8_37_9  1
    x_37_9  edge_18_37_9  1  edge_20_37_9  1
    x_37_9  edge_26_37_9  1  edge_27_37_9  1
    x_37_9  edge_28_37_9  1  edge_35_37_9  1
    x_37_9  edge_37_38_9  1  edge_37_39_9  1
    x_38_0  one_38  1  edge_5_38_0  1
    x_38_0  edge_7_38_0  1  edge_8_38_0  1
    x_38_0  edge_9_38_0  1  edge_11_38_0  1
    x_38_0  edge_16_38_0  1  edge_18_38_0  1
    x_38_0  edge_19_38_0  1  edge_24_38_0  1
    x_38_0  edge_26_38_0  1  edge_27_38_0  1
    x_38_0  edge_28_38_0  1  edge_30_38_0  1
    x_38_0  edge_31_38_0  1  edge_37_38_0  1
    x_38_1  one_38  1  edge_5_38_1  1
    x_38_1  edge_7_38_1  1  edge_8_38_1  1
    x_38_1  edge_9_38_1  1  edge_11_38_1  1
    x_38_1  edge_16_38_1  1  edge_18_38_1  1
    x_38_1  edge_19_38_1  1  edge_24_38_1  1
    x_38_1  edge_26_38_1  1  edge_27_38_1  1
    x_38_1  edge_28_38_1  1  edge_30_38_1  1
    x_38_1  edge_31_38_1  1  edge_37_38_1  1
    x_38_2  one_38  1  edge_5_38_2  1
    x_38_2  edge_7_38_2  1  edge_8_38_2  1
    x_38_2  edge_9_38_2  1  edge_11_38_2  1
    x_38_2  edge_16_38_2  1  edge_18_38_2  1
    x_38_2  edge_19_38_2  1  edge_24_38_2  1
    x_38_2  edge_26_38_2  1  edge_27_38_2  1
    x_38_2  edge_28_38_2  1  edge_30_38_2  1
    x_38_2  edge_31_38_2  1  edge_37_38_2  1
    x_38_3  one_38  1  edge_5_38_3  1
    x_38_3  edge_7_38_3  1  edge_8_38_3  1
    x_38_3  edge_9_38_3  1  edge_11_38_3  1
    x_38_3  edge_16_38_3  1  edge_18_38_3  1
    x_38_3  edge_19_38_3  1  edge_24_38_3  1
    x_38_3  edge_26_38_3  1  edge_27_38_3  1
    x_38_3  edge_28_38_3  1  edge_30_38_3  1
    x_38_3  edge_31_38_3  1  edge_37_38_3  1
    x_38_4  one_38  1  edge_5_38_4  1
    x_38_4  edge_7_38_4  1  edge_8_38_4  1
    x_38_4  edge_9_38_4  1  edge_11_38_4  1
    x_38_4  edge_16_38_4  1  edge_18_38_4  1
    x_38_4  edge_19_38_4  1  edge_24_38_4  1
    x_38_4  edge_26_38_4  1  edge_27_38_4  1
    x_38_4  edge_28_38_4  1  edge_30_38_4  1
    x_38_4  edge_31_38_4  1  edge_37_38_4  1
    x_38_5  one_38  1  edge_5_38_5  1
    x_38_5  edge_7_38_5  1  edge_8_38_5  1
    x_38_5  edge_9_38_5  1  edge_11_38_5  1
    x_38_5  edge_16_38_5  1  edge_18_38_5  1
    x_38_5  edge_19_38_5  1  edge_24_38_5  1
    x_38_5  edge_26_38_5  1  edge_27_38_5  1
    x_38_5  edge_28_38_5  1  edge_30_38_5  1
    x_38_5  edge_31_38_5  1  edge_37_38_5  1
    x_38_6  one_38  1  edge_5_38_6  1
    x_38_6  edge_7_38_6  1  edge_8_38_6  1
    x_38_6  edge_9_38_6  1  edge_11_38_6  1
    x_38_6  edge_16_38_6  1  edge_18_38_6  1
    x_38_6  edge_19_38_6  1  edge_24_38_6  1
    x_38_6  edge_26_38_6  1  edge_27_38_6  1
    x_38_6  edge_28_38_6  1  edge_30_38_6  1
    x_38_6  edge_31_38_6  1  edge_37_38_6  1
    x_38_7  one_38  1  edge_5_38_7  1
    x_38_7  edge_7_38_7  1  edge_8_38_7  1
    x_38_7  edge_9_38_7  1  edge_11_38_7  1
    x_38_7  edge_16_38_7  1  edge_18_38_7  1
    x_38_7  edge_19_38_7  1  edge_24_38_7  1
    x_38_7  edge_26_38_7  1  edge_27_38_7  1
    x_38_7  edge_28_38_7  1  edge_30_38_7  1
    x_38_7  edge_31_38_7  1  edge_37_38_7  1
    x_38_8  one_38  1  edge_5_38_8  1
    x_38_8  edge_7_38_8  1  edge_8_38_8  1
    x_38_8  edge_9_38_8  1  edge_11_38_8  1
    x_38_8  edge_16_38_8  1  edge_18_38_8  1
    x_38_8  edge_19_38_8  1  edge_24_38_8  1
    x_38_8  edge_26_38_8  1  edge_27_38_8  1
    x_38_8  edge_28_38_8  1  edge_30_38_8  1
    x_38_8  edge_31_38_8  1  edge_37_38_8  1
    x_38_9  one_38  1  edge_5_38_9  1
    x_38_9  edge_7_38_9  1  edge_8_38_9  1
    x_38_9  edge_9_38_9  1  edge_11_38_9  1
    x_38_9  edge_16_38_9  1  edge_18_38_9  1
    x_38_9  edge_19_38_9  1  edge_24_38_9  1
    x_38_9  edge_26_38_9  1  edge_27_38_9  1
    x_38_9  edge_28_38_9  1  edge_30_38_9  1
    x_38_9  edge_31_38_9  1  edge_37_38_9  1
    x_39_0  one_39  1  edge_0_39_0  1
    x_39_0  edge_3_39_0  1  edge_9_39_0  1
    x_39_0  edge_14_39_0  1  edge_15_39_0  1
    x_39_0  edge_16_39_0  1  edge_18_39_0  1
    x_39_0  edge_20_39_0  1  edge_21_39_0  1
    x_39_0  edge_24_39_0  1  edge_25_39_0  1
    x_39_0  edge_27_39_0  1  edge_29_39_0  1
    x_39_0  edge_30_39_0  1  edge_32_39_0  1
    x_39_0  edge_37_39_0  1
    x_39_1  one_39  1  edge_0_39_1  1
    x_39_1  edge_3_39_1  1  edge_9_39_1  1
    x_39_1  edge_14_39_1  1  edge_15_39_1  1
    x_39_1  edge_16_39_1  1  edge_18_39_1  1
    x_39_1  edge_20_39_1  1  edge_21_39_1  1
    x_39_1  edge_24_39_1  1  edge_25_39_1  1
    x_39_1  edge_27_39_1  1  edge_29_39_1  1
    x_39_1  edge_30_39_1  1  edge_32_39_1  1
    x_39_1  edge_37_39_1  1
    x_39_2  one_39  1  edge_0_39_2  1
    x_39_2  edge_3_39_2  1  edge_9_39_2  1
    x_39_2  edge_14_39_2  1  edge_15_39_2  1
    x_39_2  edge_16_39_2  1  edge_18_39_2  1
    x_39_2  edge_20_39_2  1  edge_21_39_2  1
    x_39_2  edge_24_39_2  1  edge_25_39_2  1
    x_39_2  edge_27_39_2  1  edge_29_39_2  1
    x_39_2  edge_30_39_2  1  edge_32_39_2  1
    x_39_2  edge_37_39_2  1
    x_39_3  one_39  1  edge_0_39_3  1
    x_39_3  edge_3_39_3  1  edge_9_39_3  1
    x_39_3  edge_14_39_3  1  edge_15_39_3  1
    x_39_3  edge_16_39_3  1  edge_18_39_3  1
    x_39_3  edge_20_39_3  1  edge_21_39_3  1
    x_39_3  edge_24_39_3  1  edge_25_39_3  1
    x_39_3  edge_27_39_3  1  edge_29_39_3  1
    x_39_3  edge_30_39_3  1  edge_32_39_3  1
    x_39_3  edge_37_39_3  1
    x_39_4  one_39  1  edge_0_39_4  1
    x_39_4  edge_3_39_4  1  edge_9_39_4  1
    x_39_4  edge_14_39_4  1  edge_15_39_4  1
    x_39_4  edge_16_39_4  1  edge_18_39_4  1
    x_39_4  edge_20_39_4  1  edge_21_39_4  1
    x_39_4  edge_24_39_4  1  edge_25_39_4  1
    x_39_4  edge_27_39_4  1  edge_29_39_4  1
    x_39_4  edge_30_39_4  1  edge_32_39_4  1
    x_39_4  edge_37_39_4  1
    x_39_5  one_39  1  edge_0_39_5  1
    x_39_5  edge_3_39_5  1  edge_9_39_5  1
    x_39_5  edge_14_39_5  1  edge_15_39_5  1
    x_39_5  edge_16_39_5  1  edge_18_39_5  1
    x_39_5  edge_20_39_5  1  edge_21_39_5  1
    x_39_5  edge_24_39_5  1  edge_25_39_5  1
    x_39_5  edge_27_39_5  1  edge_29_39_5  1
    x_39_5  edge_30_39_5  1  edge_32_39_5  1
    x_39_5  edge_37_39_5  1
    x_39_6  one_39  1  edge_0_39_6  1
    x_39_6  edge_3_39_6  1  edge_9_39_6  1
    x_39_6  edge_14_39_6  1  edge_15_39_6  1
    x_39_6  edge_16_39_6  1  edge_18_39_6  1
    x_39_6  edge_20_39_6  1  edge_21_39_6  1
    x_39_6  edge_24_39_6  1  edge_25_39_6  1
    x_39_6  edge_27_39_6  1  edge_29_39_6  1
    x_39_6  edge_30_39_6  1  edge_32_39_6  1
    x_39_6  edge_37_39_6  1
    x_39_7  one_39  1  edge_0_39_7  1
    x_39_7  edge_3_39_7  1  edge_9_39_7  1
    x_39_7  edge_14_39_7  1  edge_15_39_7  1
    x_39_7  edge_16_39_7  1  edge_18_39_7  1
    x_39_7  edge_20_39_7  1  edge_21_39_7  1
    x_39_7  edge_24_39_7  1  edge_25_39_7  1
    x_39_7  edge_27_39_7  1  edge_29_39_7  1
    x_39_7  edge_30_39_7  1  edge_32_39_7  1
    x_39_7  edge_37_39_7  1
    x_39_8  one_39  1  edge_0_39_8  1
    x_39_8  edge_3_39_8  1  edge_9_39_8  1
    x_39_8  edge_14_39_8  1  edge_15_39_8  1
    x_39_8  edge_16_39_8  1  edge_18_39_8  1
    x_39_8  edge_20_39_8  1  edge_21_39_8  1
    x_39_8  edge_24_39_8  1  edge_25_39_8  1
    x_39_8  edge_27_39_8  1  edge_29_39_8  1
    x_39_8  edge_30_39_8  1  edge_32_39_8  1
    x_39_8  edge_37_39_8  1
    x_39_9  one_39  1  edge_0_39_9  1
    x_39_9  edge_3_39_9  1  edge_9_39_9  1
    x_39_9  edge_14_39_9  1  edge_15_39_9  1
    x_39_9  edge_16_39_9  1  edge_18_39_9  1
    x_39_9  edge_20_39_9  1  edge_21_39_9  1
    x_39_9  edge_24_39_9  1  edge_25_39_9  1
    x_39_9  edge_27_39_9  1  edge_29_39_9  1
    x_39_9  edge_30_39_9  1  edge_32_39_9  1
    x_39_9  edge_37_39_9  1
    w_0  obj  1  edge_0_2_0  -1
    w_0  edge_0_4_0  -1  edge_0_5_0  -1
    w_0  edge_0_8_0  -1  edge_0_13_0  -1
    w_0  edge_0_14_0  -1  edge_0_16_0  -1
    w_0  edge_0_20_0  -1  edge_0_24_0  -1
    w_0  edge_0_25_0  -1  edge_0_26_0  -1
    w_0  edge_0_28_0  -1  edge_0_29_0  -1
    w_0  edge_0_30_0  -1  edge_0_33_0  -1
    w_0  edge_0_37_0  -1  edge_0_39_0  -1
    w_0  edge_1_11_0  -1  edge_1_12_0  -1
    w_0  edge_1_27_0  -1  edge_1_28_0  -1
    w_0  edge_1_32_0  -1  edge_1_34_0  -1
    w_0  edge_1_37_0  -1  edge_2_3_0  -1
    w_0  edge_2_7_0  -1  edge_2_8_0  -1
    w_0  edge_2_9_0  -1  edge_2_13_0  -1
    w_0  edge_2_17_0  -1  edge_2_18_0  -1
    w_0  edge_2_19_0  -1  edge_2_25_0  -1
    w_0  edge_2_31_0  -1  edge_2_34_0  -1
    w_0  edge_3_10_0  -1  edge_3_15_0  -1
    w_0  edge_3_16_0  -1  edge_3_18_0  -1
    w_0  edge_3_19_0  -1  edge_3_22_0  -1
    w_0  edge_3_39_0  -1  edge_4_11_0  -1
    w_0  edge_4_15_0  -1  edge_4_16_0  -1
    w_0  edge_4_17_0  -1  edge_4_19_0  -1
    w_0  edge_4_23_0  -1  edge_4_26_0  -1
    w_0  edge_4_27_0  -1  edge_4_35_0  -1
    w_0  edge_5_6_0  -1  edge_5_8_0  -1
    w_0  edge_5_9_0  -1  edge_5_10_0  -1
    w_0  edge_5_11_0  -1  edge_5_16_0  -1
    w_0  edge_5_23_0  -1  edge_5_24_0  -1
    w_0  edge_5_27_0  -1  edge_5_32_0  -1
    w_0  edge_5_33_0  -1  edge_5_35_0  -1
    w_0  edge_5_38_0  -1  edge_6_8_0  -1
    w_0  edge_6_10_0  -1  edge_6_14_0  -1
    w_0  edge_6_15_0  -1  edge_6_24_0  -1
    w_0  edge_6_26_0  -1  edge_6_29_0  -1
    w_0  edge_6_30_0  -1  edge_6_31_0  -1
    w_0  edge_6_32_0  -1  edge_7_11_0  -1
    w_0  edge_7_20_0  -1  edge_7_24_0  -1
    w_0  edge_7_33_0  -1  edge_7_34_0  -1
    w_0  edge_7_35_0  -1  edge_7_38_0  -1
    w_0  edge_8_9_0  -1  edge_8_10_0  -1
    w_0  edge_8_12_0  -1  edge_8_16_0  -1
    w_0  edge_8_19_0  -1  edge_8_21_0  -1
    w_0  edge_8_23_0  -1  edge_8_27_0  -1
    w_0  edge_8_28_0  -1  edge_8_31_0  -1
    w_0  edge_8_34_0  -1  edge_8_35_0  -1
    w_0  edge_8_37_0  -1  edge_8_38_0  -1
    w_0  edge_9_10_0  -1  edge_9_11_0  -1
    w_0  edge_9_13_0  -1  edge_9_17_0  -1
    w_0  edge_9_22_0  -1  edge_9_23_0  -1
    w_0  edge_9_26_0  -1  edge_9_34_0  -1
    w_0  edge_9_35_0  -1  edge_9_36_0  -1
    w_0  edge_9_38_0  -1  edge_9_39_0  -1
    w_0  edge_10_18_0  -1  edge_10_20_0  -1
    w_0  edge_10_21_0  -1  edge_10_24_0  -1
    w_0  edge_10_25_0  -1  edge_10_29_0  -1
    w_0  edge_10_31_0  -1  edge_11_12_0  -1
    w_0  edge_11_14_0  -1  edge_11_17_0  -1
    w_0  edge_11_19_0  -1  edge_11_20_0  -1
    w_0  edge_11_24_0  -1  edge_11_25_0  -1
    w_0  edge_11_28_0  -1  edge_11_29_0  -1
    w_0  edge_11_38_0  -1  edge_12_13_0  -1
    w_0  edge_12_15_0  -1  edge_12_16_0  -1
    w_0  edge_12_18_0  -1  edge_12_20_0  -1
    w_0  edge_12_23_0  -1  edge_12_27_0  -1
    w_0  edge_12_29_0  -1  edge_12_32_0  -1
    w_0  edge_13_15_0  -1  edge_13_23_0  -1
    w_0  edge_13_24_0  -1  edge_13_25_0  -1
    w_0  edge_13_27_0  -1  edge_13_29_0  -1
    w_0  edge_13_33_0  -1  edge_13_36_0  -1
    w_0  edge_14_15_0  -1  edge_14_19_0  -1
    w_0  edge_14_22_0  -1  edge_14_23_0  -1
    w_0  edge_14_39_0  -1  edge_15_16_0  -1
    w_0  edge_15_18_0  -1  edge_15_20_0  -1
    w_0  edge_15_22_0  -1  edge_15_24_0  -1
    w_0  edge_15_29_0  -1  edge_15_35_0  -1
    w_0  edge_15_36_0  -1  edge_15_39_0  -1
    w_0  edge_16_18_0  -1  edge_16_19_0  -1
    w_0  edge_16_26_0  -1  edge_16_31_0  -1
    w_0  edge_16_34_0  -1  edge_16_38_0  -1
    w_0  edge_16_39_0  -1  edge_17_19_0  -1
    w_0  edge_17_22_0  -1  edge_17_23_0  -1
    w_0  edge_17_25_0  -1  edge_17_28_0  -1
    w_0  edge_17_30_0  -1  edge_17_31_0  -1
    w_0  edge_17_32_0  -1  edge_18_20_0  -1
    w_0  edge_18_22_0  -1  edge_18_23_0  -1
    w_0  edge_18_26_0  -1  edge_18_28_0  -1
    w_0  edge_18_37_0  -1  edge_18_38_0  -1
    w_0  edge_18_39_0  -1  edge_19_24_0  -1
    w_0  edge_19_27_0  -1  edge_19_30_0  -1
    w_0  edge_19_31_0  -1  edge_19_33_0  -1
    w_0  edge_19_34_0  -1  edge_19_35_0  -1
    w_0  edge_19_36_0  -1  edge_19_38_0  -1
    w_0  edge_20_26_0  -1  edge_20_32_0  -1
    w_0  edge_20_33_0  -1  edge_20_35_0  -1
    w_0  edge_20_36_0  -1  edge_20_37_0  -1
    w_0  edge_20_39_0  -1  edge_21_22_0  -1
    w_0  edge_21_24_0  -1  edge_21_39_0  -1
    w_0  edge_22_27_0  -1  edge_22_31_0  -1
    w_0  edge_22_35_0  -1  edge_22_36_0  -1
    w_0  edge_23_28_0  -1  edge_23_33_0  -1
    w_0  edge_23_35_0  -1  edge_24_27_0  -1
    w_0  edge_24_34_0  -1  edge_24_35_0  -1
    w_0  edge_24_36_0  -1  edge_24_38_0  -1
    w_0  edge_24_39_0  -1  edge_25_26_0  -1
    w_0  edge_25_28_0  -1  edge_25_29_0  -1
    w_0  edge_25_30_0  -1  edge_25_31_0  -1
    w_0  edge_25_32_0  -1  edge_25_33_0  -1
    w_0  edge_25_39_0  -1  edge_26_31_0  -1
    w_0  edge_26_33_0  -1  edge_26_36_0  -1
    w_0  edge_26_37_0  -1  edge_26_38_0  -1
    w_0  edge_27_28_0  -1  edge_27_37_0  -1
    w_0  edge_27_38_0  -1  edge_27_39_0  -1
    w_0  edge_28_36_0  -1  edge_28_37_0  -1
    w_0  edge_28_38_0  -1  edge_29_30_0  -1
    w_0  edge_29_31_0  -1  edge_29_36_0  -1
    w_0  edge_29_39_0  -1  edge_30_34_0  -1
    w_0  edge_30_35_0  -1  edge_30_38_0  -1
    w_0  edge_30_39_0  -1  edge_31_35_0  -1
    w_0  edge_31_38_0  -1  edge_32_33_0  -1
    w_0  edge_32_35_0  -1  edge_32_36_0  -1
    w_0  edge_32_39_0  -1  edge_33_35_0  -1
    w_0  edge_35_37_0  -1  edge_37_38_0  -1
    w_0  edge_37_39_0  -1
    w_1  obj  1  edge_0_2_1  -1
    w_1  edge_0_4_1  -1  edge_0_5_1  -1
    w_1  edge_0_8_1  -1  edge_0_13_1  -1
    w_1  edge_0_14_1  -1  edge_0_16_1  -1
    w_1  edge_0_20_1  -1  edge_0_24_1  -1
    w_1  edge_0_25_1  -1  edge_0_26_1  -1
    w_1  edge_0_28_1  -1  edge_0_29_1  -1
    w_1  edge_0_30_1  -1  edge_0_33_1  -1
    w_1  edge_0_37_1  -1  edge_0_39_1  -1
    w_1  edge_1_11_1  -1  edge_1_12_1  -1
    w_1  edge_1_27_1  -1  edge_1_28_1  -1
    w_1  edge_1_32_1  -1  edge_1_34_1  -1
    w_1  edge_1_37_1  -1  edge_2_3_1  -1
    w_1  edge_2_7_1  -1  edge_2_8_1  -1
    w_1  edge_2_9_1  -1  edge_2_13_1  -1
    w_1  edge_2_17_1  -1  edge_2_18_1  -1
    w_1  edge_2_19_1  -1  edge_2_25_1  -1
    w_1  edge_2_31_1  -1  edge_2_34_1  -1
    w_1  edge_3_10_1  -1  edge_3_15_1  -1
    w_1  edge_3_16_1  -1  edge_3_18_1  -1
    w_1  edge_3_19_1  -1  edge_3_22_1  -1
    w_1  edge_3_39_1  -1  edge_4_11_1  -1
    w_1  edge_4_15_1  -1  edge_4_16_1  -1
    w_1  edge_4_17_1  -1  edge_4_19_1  -1
    w_1  edge_4_23_1  -1  edge_4_26_1  -1
    w_1  edge_4_27_1  -1  edge_4_35_1  -1
    w_1  edge_5_6_1  -1  edge_5_8_1  -1
    w_1  edge_5_9_1  -1  edge_5_10_1  -1
    w_1  edge_5_11_1  -1  edge_5_16_1  -1
    w_1  edge_5_23_1  -1  edge_5_24_1  -1
    w_1  edge_5_27_1  -1  edge_5_32_1  -1
    w_1  edge_5_33_1  -1  edge_5_35_1  -1
    w_1  edge_5_38_1  -1  edge_6_8_1  -1
    w_1  edge_6_10_1  -1  edge_6_14_1  -1
    w_1  edge_6_15_1  -1  edge_6_24_1  -1
    w_1  edge_6_26_1  -1  edge_6_29_1  -1
    w_1  edge_6_30_1  -1  edge_6_31_1  -1
    w_1  edge_6_32_1  -1  edge_7_11_1  -1
    w_1  edge_7_20_1  -1  edge_7_24_1  -1
    w_1  edge_7_33_1  -1  edge_7_34_1  -1
    w_1  edge_7_35_1  -1  edge_7_38_1  -1
    w_1  edge_8_9_1  -1  edge_8_10_1  -1
    w_1  edge_8_12_1  -1  edge_8_16_1  -1
    w_1  edge_8_19_1  -1  edge_8_21_1  -1
    w_1  edge_8_23_1  -1  edge_8_27_1  -1
    w_1  edge_8_28_1  -1  edge_8_31_1  -1
    w_1  edge_8_34_1  -1  edge_8_35_1  -1
    w_1  edge_8_37_1  -1  edge_8_38_1  -1
    w_1  edge_9_10_1  -1  edge_9_11_1  -1
    w_1  edge_9_13_1  -1  edge_9_17_1  -1
    w_1  edge_9_22_1  -1  edge_9_23_1  -1
    w_1  edge_9_26_1  -1  edge_9_34_1  -1
    w_1  edge_9_35_1  -1  edge_9_36_1  -1
    w_1  edge_9_38_1  -1  edge_9_39_1  -1
    w_1  edge_10_18_1  -1  edge_10_20_1  -1
    w_1  edge_10_21_1  -1  edge_10_24_1  -1
    w_1  edge_10_25_1  -1  edge_10_29_1  -1
    w_1  edge_10_31_1  -1  edge_11_12_1  -1
    w_1  edge_11_14_1  -1  edge_11_17_1  -1
    w_1  edge_11_19_1  -1  edge_11_20_1  -1
    w_1  edge_11_24_1  -1  edge_11_25_1  -1
    w_1  edge_11_28_1  -1  edge_11_29_1  -1
    w_1  edge_11_38_1  -1  edge_12_13_1  -1
    w_1  edge_12_15_1  -1  edge_12_16_1  -1
    w_1  edge_12_18_1  -1  edge_12_20_1  -1
    w_1  edge_12_23_1  -1  edge_12_27_1  -1
    w_1  edge_12_29_1  -1  edge_12_32_1  -1
    w_1  edge_13_15_1  -1  edge_13_23_1  -1
    w_1  edge_13_24_1  -1  edge_13_25_1  -1
    w_1  edge_13_27_1  -1  edge_13_29_1  -1
    w_1  edge_13_33_1  -1  edge_13_36_1  -1
    w_1  edge_14_15_1  -1  edge_14_19_1  -1
    w_1  edge_14_22_1  -1  edge_14_23_1  -1
    w_1  edge_14_39_1  -1  edge_15_16_1  -1
    w_1  edge_15_18_1  -1  edge_15_20_1  -1
    w_1  edge_15_22_1  -1  edge_15_24_1  -1
    w_1  edge_15_29_1  -1  edge_15_35_1  -1
    w_1  edge_15_36_1  -1  edge_15_39_1  -1
    w_1  edge_16_18_1  -1  edge_16_19_1  -1
    w_1  edge_16_26_1  -1  edge_16_31_1  -1
    w_1  edge_16_34_1  -1  edge_16_38_1  -1
    w_1  edge_16_39_1  -1  edge_17_19_1  -1
    w_1  edge_17_22_1  -1  edge_17_23_1  -1
    w_1  edge_17_25_1  -1  edge_17_28_1  -1
    w_1  edge_17_30_1  -1  edge_17_31_1  -1
    w_1  edge_17_32_1  -1  edge_18_20_1  -1
    w_1  edge_18_22_1  -1  edge_18_23_1  -1
    w_1  edge_18_26_1  -1  edge_18_28_1  -1
    w_1  edge_18_37_1  -1  edge_18_38_1  -1
    w_1  edge_18_39_1  -1  edge_19_24_1  -1
    w_1  edge_19_27_1  -1  edge_19_30_1  -1
    w_1  edge_19_31_1  -1  edge_19_33_1  -1
    w_1  edge_19_34_1  -1  edge_19_35_1  -1
    w_1  edge_19_36_1  -1  edge_19_38_1  -1
    w_1  edge_20_26_1  -1  edge_20_32_1  -1
    w_1  edge_20_33_1  -1  edge_20_35_1  -1
    w_1  edge_20_36_1  -1  edge_20_37_1  -1
    w_1  edge_20_39_1  -1  edge_21_22_1  -1
    w_1  edge_21_24_1  -1  edge_21_39_1  -1
    w_1  edge_22_27_1  -1  edge_22_31_1  -1
    w_1  edge_22_35_1  -1  edge_22_36_1  -1
    w_1  edge_23_28_1  -1  edge_23_33_1  -1
    w_1  edge_23_35_1  -1  edge_24_27_1  -1
    w_1  edge_24_34_1  -1  edge_24_35_1  -1
    w_1  edge_24_36_1  -1  edge_24_38_1  -1
    w_1  edge_24_39_1  -1  edge_25_26_1  -1
    w_1  edge_25_28_1  -1  edge_25_29_1  -1
    w_1  edge_25_30_1  -1  edge_25_31_1  -1
    w_1  edge_25_32_1  -1  edge_25_33_1  -1
    w_1  edge_25_39_1  -1  edge_26_31_1  -1
    w_1  edge_26_33_1  -1  edge_26_36_1  -1
    w_1  edge_26_37_1  -1  edge_26_38_1  -1
    w_1  edge_27_28_1  -1  edge_27_37_1  -1
    w_1  edge_27_38_1  -1  edge_27_39_1  -1
    w_1  edge_28_36_1  -1  edge_28_37_1  -1
    w_1  edge_28_38_1  -1  edge_29_30_1  -1
    w_1  edge_29_31_1  -1  edge_29_36_1  -1
    w_1  edge_29_39_1  -1  edge_30_34_1  -1
    w_1  edge_30_35_1  -1  edge_30_38_1  -1
    w_1  edge_30_39_1  -1  edge_31_35_1  -1
    w_1  edge_31_38_1  -1  edge_32_33_1  -1
    w_1  edge_32_35_1  -1  edge_32_36_1  -1
    w_1  edge_32_39_1  -1  edge_33_35_1  -1
    w_1  edge_35_37_1  -1  edge_37_38_1  -1
    w_1  edge_37_39_1  -1
    w_2  obj  1  edge_0_2_2  -1
    w_2  edge_0_4_2  -1  edge_0_5_2  -1
    w_2  edge_0_8_2  -1  edge_0_13_2  -1
    w_2  edge_0_14_2  -1  edge_0_16_2  -1
    w_2  edge_0_20_2  -1  edge_0_24_2  -1
    w_2  edge_0_25_2  -1  edge_0_26_2  -1
    w_2  edge_0_28_2  -1  edge_0_29_2  -1
    w_2  edge_0_30_2  -1  edge_0_33_2  -1
    w_2  edge_0_37_2  -1  edge_0_39_2  -1
    w_2  edge_1_11_2  -1  edge_1_12_2  -1
    w_2  edge_1_27_2  -1  edge_1_28_2  -1
    w_2  edge_1_32_2  -1  edge_1_34_2  -1
    w_2  edge_1_37_2  -1  edge_2_3_2  -1
    w_2  edge_2_7_2  -1  edge_2_8_2  -1
    w_2  edge_2_9_2  -1  edge_2_13_2  -1
    w_2  edge_2_17_2  -1  edge_2_18_2  -1
    w_2  edge_2_19_2  -1  edge_2_25_2  -1
    w_2  edge_2_31_2  -1  edge_2_34_2  -1
    w_2  edge_3_10_2  -1  edge_3_15_2  -1
    w_2  edge_3_16_2  -1  edge_3_18_2  -1
    w_2  edge_3_19_2  -1  edge_3_22_2  -1
    w_2  edge_3_39_2  -1  edge_4_11_2  -1
    w_2  edge_4_15_2  -1  edge_4_16_2  -1
    w_2  edge_4_17_2  -1  edge_4_19_2  -1
    w_2  edge_4_23_2  -1  edge_4_26_2  -1
    w_2  edge_4_27_2  -1  edge_4_35_2  -1
    w_2  edge_5_6_2  -1  edge_5_8_2  -1
    w_2  edge_5_9_2  -1  edge_5_10_2  -1
    w_2  edge_5_11_2  -1  edge_5_16_2  -1
    w_2  edge_5_23_2  -1  edge_5_24_2  -1
    w_2  edge_5_27_2  -1  edge_5_32_2  -1
    w_2  edge_5_33_2  -1  edge_5_35_2  -1
    w_2  edge_5_38_2  -1  edge_6_8_2  -1
    w_2  edge_6_10_2  -1  edge_6_14_2  -1
    w_2  edge_6_15_2  -1  edge_6_24_2  -1
    w_2  edge_6_26_2  -1  edge_6_29_2  -1
    w_2  edge_6_30_2  -1  edge_6_31_2  -1
    w_2  edge_6_32_2  -1  edge_7_11_2  -1
    w_2  edge_7_20_2  -1  edge_7_24_2  -1
    w_2  edge_7_33_2  -1  edge_7_34_2  -1
    w_2  edge_7_35_2  -1  edge_7_38_2  -1
    w_2  edge_8_9_2  -1  edge_8_10_2  -1
    w_2  edge_8_12_2  -1  edge_8_16_2  -1
    w_2  edge_8_19_2  -1  edge_8_21_2  -1
    w_2  edge_8_23_2  -1  edge_8_27_2  -1
    w_2  edge_8_28_2  -1  edge_8_31_2  -1
    w_2  edge_8_34_2  -1  edge_8_35_2  -1
    w_2  edge_8_37_2  -1  edge_8_38_2  -1
    w_2  edge_9_10_2  -1  edge_9_11_2  -1
    w_2  edge_9_13_2  -1  edge_9_17_2  -1
    w_2  edge_9_22_2  -1  edge_9_23_2  -1
    w_2  edge_9_26_2  -1  edge_9_34_2  -1
    w_2  edge_9_35_2  -1  edge_9_36_2  -1
    w_2  edge_9_38_2  -1  edge_9_39_2  -1
    w_2  edge_10_18_2  -1  edge_10_20_2  -1
    w_2  edge_10_21_2  -1  edge_10_24_2  -1
    w_2  edge_10_25_2  -1  edge_10_29_2  -1
    w_2  edge_10_31_2  -1  edge_11_12_2  -1
    w_2  edge_11_14_2  -1  edge_11_17_2  -1
    w_2  edge_11_19_2  -1  edge_11_20_2  -1
    w_2  edge_11_24_2  -1  edge_11_25_2  -1
    w_2  edge_11_28_2  -1  edge_11_29_2  -1
    w_2  edge_11_38_2  -1  edge_12_13_2  -1
    w_2  edge_12_15_2  -1  edge_12_16_2  -1
    w_2  edge_12_18_2  -1  edge_12_20_2  -1
    w_2  edge_12_23_2  -1  edge_12_27_2  -1
    w_2  edge_12_29_2  -1  edge_12_32_2  -1
    w_2  edge_13_15_2  -1  edge_13_23_2  -1
    w_2  edge_13_24_2  -1  edge_13_25_2  -1
    w_2  edge_13_27_2  -1  edge_13_29_2  -1
    w_2  edge_13_33_2  -1  edge_13_36_2  -1
    w_2  edge_14_15_2  -1  edge_14_19_2  -1
    w_2  edge_14_22_2  -1  edge_14_23_2  -1
    w_2  edge_14_39_2  -1  edge_15_16_2  -1
    w_2  edge_15_18_2  -1  edge_15_20_2  -1
    w_2  edge_15_22_2  -1  edge_15_24_2  -1
    w_2  edge_15_29_2  -1  edge_15_35_2  -1
    w_2  edge_15_36_2  -1  edge_15_39_2  -1
    w_2  edge_16_18_2  -1  edge_16_19_2  -1
    w_2  edge_16_26_2  -1  edge_16_31_2  -1
    w_2  edge_16_34_2  -1  edge_16_38_2  -1
    w_2  edge_16_39_2  -1  edge_17_19_2  -1
    w_2  edge_17_22_2  -1  edge_17_23_2  -1
    w_2  edge_17_25_2  -1  edge_17_28_2  -1
    w_2  edge_17_30_2  -1  edge_17_31_2  -1
    w_2  edge_17_32_2  -1  edge_18_20_2  -1
    w_2  edge_18_22_2  -1  edge_18_23_2  -1
    w_2  edge_18_26_2  -1  edge_18_28_2  -1
    w_2  edge_18_37_2  -1  edge_18_38_2  -1
    w_2  edge_18_39_2  -1  edge_19_24_2  -1
    w_2  edge_19_27_2  -1  edge_19_30_2  -1
    w_2  edge_19_31_2  -1  edge_19_33_2  -1
    w_2  edge_19_34_2  -1  edge_19_35_2  -1
    w_2  edge_19_36_2  -1  edge_19_38_2  -1
    w_2  edge_20_26_2  -1  edge_20_32_2  -1
    w_2  edge_20_33_2  -1  edge_20_35_2  -1
    w_2  edge_20_36_2  -1  edge_20_37_2  -1
    w_2  edge_20_39_2  -1  edge_21_22_2  -1
    w_2  edge_21_24_2  -1  edge_21_39_2  -1
    w_2  edge_22_27_2  -1  edge_22_31_2  -1
    w_2  edge_22_35_2  -1  edge_22_36_2  -1
    w_2  edge_23_28_2  -1  edge_23_33_2  -1
    w_2  edge_23_35_2  -1  edge_24_27_2  -1
    w_2  edge_24_34_2  -1  edge_24_35_2  -1
    w_2  edge_24_36_2  -1  edge_24_38_2  -1
    w_2  edge_24_39_2  -1  edge_25_26_2  -1
    w_2  edge_25_28_2  -1  edge_25_29_2  -1
    w_2  edge_25_30_2  -1  edge_25_31_2  -1
    w_2  edge_25_32_2  -1  edge_25_33_2  -1
    w_2  edge_25_39_2  -1  edge_26_31_2  -1
    w_2  edge_26_33_2  -1  edge_26_36_2  -1
    w_2  edge_26_37_2  -1  edge_26_38_2  -1
    w_2  edge_27_28_2  -1  edge_27_37_2  -1
    w_2  edge_27_38_2  -1  edge_27_39_2  -1
    w_2  edge_28_36_2  -1  edge_28_37_2  -1
    w_2  edge_28_38_2  -1  edge_29_30_2  -1
    w_2  edge_29_31_2  -1  edge_29_36_2  -1
    w_2  edge_29_39_2  -1  edge_30_34_2  -1
    w_2  edge_30_35_2  -1  edge_30_38_2  -1
    w_2  edge_30_39_2  -1  edge_31_35_2  -1
    w_2  edge_31_38_2  -1  edge_32_33_2  -1
    w_2  edge_32_35_2  -1  edge_32_36_2  -1
    w_2  edge_32_39_2  -1  edge_33_35_2  -1
    w_2  edge_35_37_2  -1  edge_37_38_2  -1
    w_2  edge_37_39_2  -1
    w_3  obj  1  edge_0_2_3  -1
    w_3  edge_0_4_3  -1  edge_0_5_3  -1
    w_3  edge_0_8_3  -1  edge_0_13_3  -1
    w_3  edge_0_14_3  -1  edge_0_16_3  -1
    w_3  edge_0_20_3  -1  edge_0_24_3  -1
    w_3  edge_0_25_3  -1  edge_0_26_3  -1
    w_3  edge_0_28_3  -1  edge_0_29_3  -1
    w_3  edge_0_30_3  -1  edge_0_33_3  -1
    w_3  edge_0_37_3  -1  edge_0_39_3  -1
    w_3  edge_1_11_3  -1  edge_1_12_3  -1
    w_3  edge_1_27_3  -1  edge_1_28_3  -1
    w_3  edge_1_32_3  -1  edge_1_34_3  -1
    w_3  edge_1_37_3  -1  edge_2_3_3  -1
    w_3  edge_2_7_3  -1  edge_2_8_3  -1
    w_3  edge_2_9_3  -1  edge_2_13_3  -1
    w_3  edge_2_17_3  -1  edge_2_18_3  -1
    w_3  edge_2_19_3  -1  edge_2_25_3  -1
    w_3  edge_2_31_3  -1  edge_2_34_3  -1
    w_3  edge_3_10_3  -1  edge_3_15_3  -1
    w_3  edge_3_16_3  -1  edge_3_18_3  -1
    w_3  edge_3_19_3  -1  edge_3_22_3  -1
    w_3  edge_3_39_3  -1  edge_4_11_3  -1
    w_3  edge_4_15_3  -1  edge_4_16_3  -1
    w_3  edge_4_17_3  -1  edge_4_19_3  -1
    w_3  edge_4_23_3  -1  edge_4_26_3  -1
    w_3  edge_4_27_3  -1  edge_4_35_3  -1
    w_3  edge_5_6_3  -1  edge_5_8_3  -1
    w_3  edge_5_9_3  -1  edge_5_10_3  -1
    w_3  edge_5_11_3  -1  edge_5_16_3  -1
    w_3  edge_5_23_3  -1  edge_5_24_3  -1
    w_3  edge_5_27_3  -1  edge_5_32_3  -1
    w_3  edge_5_33_3  -1  edge_5_35_3  -1
    w_3  edge_5_38_3  -1  edge_6_8_3  -1
    w_3  edge_6_10_3  -1  edge_6_14_3  -1
    w_3  edge_6_15_3  -1  edge_6_24_3  -1
    w_3  edge_6_26_3  -1  edge_6_29_3  -1
    w_3  edge_6_30_3  -1  edge_6_31_3  -1
    w_3  edge_6_32_3  -1  edge_7_11_3  -1
    w_3  edge_7_20_3  -1  edge_7_24_3  -1
    w_3  edge_7_33_3  -1  edge_7_34_3  -1
    w_3  edge_7_35_3  -1  edge_7_38_3  -1
    w_3  edge_8_9_3  -1  edge_8_10_3  -1
    w_3  edge_8_12_3  -1  edge_8_16_3  -1
    w_3  edge_8_19_3  -1  edge_8_21_3  -1
    w_3  edge_8_23_3  -1  edge_8_27_3  -1
    w_3  edge_8_28_3  -1  edge_8_31_3  -1
    w_3  edge_8_34_3  -1  edge_8_35_3  -1
    w_3  edge_8_37_3  -1  edge_8_38_3  -1
    w_3  edge_9_10_3  -1  edge_9_11_3  -1
    w_3  edge_9_13_3  -1  edge_9_17_3  -1
    w_3  edge_9_22_3  -1  edge_9_23_3  -1
    w_3  edge_9_26_3  -1  edge_9_34_3  -1
    w_3  edge_9_35_3  -1  edge_9_36_3  -1
    w_3  edge_9_38_3  -1  edge_9_39_3  -1
    w_3  edge_10_18_3  -1  edge_10_20_3  -1
    w_3  edge_10_21_3  -1  edge_10_24_3  -1
    w_3  edge_10_25_3  -1  edge_10_29_3  -1
    w_3  edge_10_31_3  -1  edge_11_12_3  -1
    w_3  edge_11_14_3  -1  edge_11_17_3  -1
    w_3  edge_11_19_3  -1  edge_11_20_3  -1
    w_3  edge_11_24_3  -1  edge_11_25_3  -1
    w_3  edge_11_28_3  -1  edge_11_29_3  -1
    w_3  edge_11_38_3  -1  edge_12_13_3  -1
    w_3  edge_12_15_3  -1  edge_12_16_3  -1
    w_3  edge_12_18_3  -1  edge_12_20_3  -1
    w_3  edge_12_23_3  -1  edge_12_27_3  -1
    w_3  edge_12_29_3  -1  edge_12_32_3  -1
    w_3  edge_13_15_3  -1  edge_13_23_3  -1
    w_3  edge_13_24_3  -1  edge_13_25_3  -1
    w_3  edge_13_27_3  -1  edge_13_29_3  -1
    w_3  edge_13_33_3  -1  edge_13_36_3  -1
    w_3  edge_14_15_3  -1  edge_14_19_3  -1
    w_3  edge_14_22_3  -1  edge_14_23_3  -1
    w_3  edge_14_39_3  -1  edge_15_16_3  -1
    w_3  edge_15_18_3  -1  edge_15_20_3  -1
    w_3  edge_15_22_3  -1  edge_15_24_3  -1
    w_3  edge_15_29_3  -1  edge_15_35_3  -1
    w_3  edge_15_36_3  -1  edge_15_39_3  -1
    w_3  edge_16_18_3  -1  edge_16_19_3  -1
    w_3  edge_16_26_3  -1  edge_16_31_3  -1
    w_3  edge_16_34_3  -1  edge_16_38_3  -1
    w_3  edge_16_39_3  -1  edge_17_19_3  -1
    w_3  edge_17_22_3  -1  edge_17_23_3  -1
    w_3  edge_17_25_3  -1  edge_17_28_3  -1
    w_3  edge_17_30_3  -1  edge_17_31_3  -1
    w_3  edge_17_32_3  -1  edge_18_20_3  -1
    w_3  edge_18_22_3  -1  edge_18_23_3  -1
    w_3  edge_18_26_3  -1  edge_18_28_3  -1
    w_3  edge_18_37_3  -1  edge_18_38_3  -1
    w_3  edge_18_39_3  -1  edge_19_24_3  -1
    w_3  edge_19_27_3  -1  edge_19_30_3  -1
    w_3  edge_19_31_3  -1  edge_19_33_3  -1
    w_3  edge_19_34_3  -1  edge_19_35_3  -1
    w_3  edge_19_36_3  -1  edge_19_38_3  -1
    w_3  edge_20_26_3  -1  edge_20_32_3  -1
    w_3  edge_20_33_3  -1  edge_20_35_3  -1
    w_3  edge_20_36_3  -1  edge_20_37_3  -1
    w_3  edge_20_39_3  -1  edge_21_22_3  -1
    w_3  edge_21_24_3  -1  edge_21_39_3  -1
    w_3  edge_22_27_3  -1  edge_22_31_3  -1
    w_3  edge_22_35_3  -1  edge_22_36_3  -1
    w_3  edge_23_28_3  -1  edge_23_33_3  -1
    w_3  edge_23_35_3  -1  edge_24_27_3  -1
    w_3  edge_24_34_3  -1  edge_24_35_3  -1
    w_3  edge_24_36_3  -1  edge_24_38_3  -1
    w_3  edge_24_39_3  -1  edge_25_26_3  -1
    w_3  edge_25_28_3  -1  edge_25_29_3  -1
    w_3  edge_25_30_3  -1  edge_25_31_3  -1
    w_3  edge_25_32_3  -1  edge_25_33_3  -1
    w_3  edge_25_39_3  -1  edge_26_31_3  -1
    w_3  edge_26_33_3  -1  edge_26_36_3  -1
    w_3  edge_26_37_3  -1  edge_26_38_3  -1
    w_3  edge_27_28_3  -1  edge_27_37_3  -1
    w_3  edge_27_38_3  -1  edge_27_39_3  -1
    w_3  edge_28_36_3  -1  edge_28_37_3  -1
    w_3  edge_28_38_3  -1  edge_29_30_3  -1
    w_3  edge_29_31_3  -1  edge_29_36_3  -1
    w_3  edge_29_39_3  -1  edge_30_34_3  -1
    w_3  edge_30_35_3  -1  edge_30_38_3  -1
    w_3  edge_30_39_3  -1  edge_31_35_3  -1
    w_3  edge_31_38_3  -1  edge_32_33_3  -1
    w_3  edge_32_35_3  -1  edge_32_36_3  -1
    w_3  edge_32_39_3  -1  edge_33_35_3  -1
    w_3  edge_35_37_3  -1  edge_37_38_3  -1
    w_3  edge_37_39_3  -1
    w_4  obj  1  edge_0_2_4  -1
    w_4  edge_0_4_4  -1  edge_0_5_4  -1
    w_4  edge_0_8_4  -1  edge_0_13_4  -1
    w_4  edge_0_14_4  -1  edge_0_16_4  -1
    w_4  edge_0_20_4  -1  edge_0_24_4  -1
    w_4  edge_0_25_4  -1  edge_0_26_4  -1
    w_4  edge_0_28_4  -1  edge_0_29_4  -1
    w_4  edge_0_30_4  -1  edge_0_33_4  -1
    w_4  edge_0_37_4  -1  edge_0_39_4  -1
    w_4  edge_1_11_4  -1  edge_1_12_4  -1
    w_4  edge_1_27_4  -1  edge_1_28_4  -1
    w_4  edge_1_32_4  -1  edge_1_34_4  -1
    w_4  edge_1_37_4  -1  edge_2_3_4  -1
    w_4  edge_2_7_4  -1  edge_2_8_4  -1
    w_4  edge_2_9_4  -1  edge_2_13_4  -1
    w_4  edge_2_17_4  -1  edge_2_18_4  -1
    w_4  edge_2_19_4  -1  edge_2_25_4  -1
    w_4  edge_2_31_4  -1  edge_2_34_4  -1
    w_4  edge_3_10_4  -1  edge_3_15_4  -1
    w_4  edge_3_16_4  -1  edge_3_18_4  -1
    w_4  edge_3_19_4  -1  edge_3_22_4  -1
    w_4  edge_3_39_4  -1  edge_4_11_4  -1
    w_4  edge_4_15_4  -1  edge_4_16_4  -1
    w_4  edge_4_17_4  -1  edge_4_19_4  -1
    w_4  edge_4_23_4  -1  edge_4_26_4  -1
    w_4  edge_4_27_4  -1  edge_4_35_4  -1
    w_4  edge_5_6_4  -1  edge_5_8_4  -1
    w_4  edge_5_9_4  -1  edge_5_10_4  -1
    w_4  edge_5_11_4  -1  edge_5_16_4  -1
    w_4  edge_5_23_4  -1  edge_5_24_4  -1
    w_4  edge_5_27_4  -1  edge_5_32_4  -1
    w_4  edge_5_33_4  -1  edge_5_35_4  -1
    w_4  edge_5_38_4  -1  edge_6_8_4  -1
    w_4  edge_6_10_4  -1  edge_6_14_4  -1
    w_4  edge_6_15_4  -1  edge_6_24_4  -1
    w_4  edge_6_26_4  -1  edge_6_29_4  -1
    w_4  edge_6_30_4  -1  edge_6_31_4  -1
    w_4  edge_6_32_4  -1  edge_7_11_4  -1
    w_4  edge_7_20_4  -1  edge_7_24_4  -1
    w_4  edge_7_33_4  -1  edge_7_34_4  -1
    w_4  edge_7_35_4  -1  edge_7_38_4  -1
    w_4  edge_8_9_4  -1  edge_8_10_4  -1
    w_4  edge_8_12_4  -1  edge_8_16_4  -1
    w_4  edge_8_19_4  -1  edge_8_21_4  -1
    w_4  edge_8_23_4  -1  edge_8_27_4  -1
    w_4  edge_8_28_4  -1  edge_8_31_4  -1
    w_4  edge_8_34_4  -1  edge_8_35_4  -1
    w_4  edge_8_37_4  -1  edge_8_38_4  -1
    w_4  edge_9_10_4  -1  edge_9_11_4  -1
    w_4  edge_9_13_4  -1  edge_9_17_4  -1
    w_4  edge_9_22_4  -1  edge_9_23_4  -1
    w_4  edge_9_26_4  -1  edge_9_34_4  -1
    w_4  edge_9_35_4  -1  edge_9_36_4  -1
    w_4  edge_9_38_4  -1  edge_9_39_4  -1
    w_4  edge_10_18_4  -1  edge_10_20_4  -1
    w_4  edge_10_21_4  -1  edge_10_24_4  -1
    w_4  edge_10_25_4  -1  edge_10_29_4  -1
    w_4  edge_10_31_4  -1  edge_11_12_4  -1
    w_4  edge_11_14_4  -1  edge_11_17_4  -1
    w_4  edge_11_19_4  -1  edge_11_20_4  -1
    w_4  edge_11_24_4  -1  edge_11_25_4  -1
    w_4  edge_11_28_4  -1  edge_11_29_4  -1
    w_4  edge_11_38_4  -1  edge_12_13_4  -1
    w_4  edge_12_15_4  -1  edge_12_16_4  -1
    w_4  edge_12_18_4  -1  edge_12_20_4  -1
    w_4  edge_12_23_4  -1  edge_12_27_4  -1
    w_4  edge_12_29_4  -1  edge_12_32_4  -1
    w_4  edge_13_15_4  -1  edge_13_23_4  -1
    w_4  edge_13_24_4  -1  edge_13_25_4  -1
    w_4  edge_13_27_4  -1  edge_13_29_4  -1
    w_4  edge_13_33_4  -1  edge_13_36_4  -1
    w_4  edge_14_15_4  -1  edge_14_19_4  -1
    w_4  edge_14_22_4  -1  edge_14_23_4  -1
    w_4  edge_14_39_4  -1  edge_15_16_4  -1
    w_4  edge_15_18_4  -1  edge_15_20_4  -1
    w_4  edge_15_22_4  -1  edge_15_24_4  -1
    w_4  edge_15_29_4  -1  edge_15_35_4  -1
    w_4  edge_15_36_4  -1  edge_15_39_4  -1
    w_4  edge_16_18_4  -1  edge_16_19_4  -1
    w_4  edge_16_26_4  -1  edge_16_31_4  -1
    w_4  edge_16_34_4  -1  edge_16_38_4  -1
    w_4  edge_16_39_4  -1  edge_17_19_4  -1
    w_4  edge_17_22_4  -1  edge_17_23_4  -1
    w_4  edge_17_25_4  -1  edge_17_28_4  -1
    w_4  edge_17_30_4  -1  edge_17_31_4  -1
    w_4  edge_17_32_4  -1  edge_18_20_4  -1
    w_4  edge_18_22_4  -1  edge_18_23_4  -1
    w_4  edge_18_26_4  -1  edge_18_28_4  -1
    w_4  edge_18_37_4  -1  edge_18_38_4  -1
    w_4  edge_18_39_4  -1  edge_19_24_4  -1
    w_4  edge_19_27_4  -1  edge_19_30_4  -1
    w_4  edge_19_31_4  -1  edge_19_33_4  -1
    w_4  edge_19_34_4  -1  edge_19_35_4  -1
    w_4  edge_19_36_4  -1  edge_19_38_4  -1
    w_4  edge_20_26_4  -1  edge_20_32_4  -1
    w_4  edge_20_33_4  -1  edge_20_35_4  -1
    w_4  edge_20_36_4  -1  edge_20_37_4  -1
    w_4  edge_20_39_4  -1  edge_21_22_4  -1
    w_4  edge_21_24_4  -1  edge_21_39_4  -1
    w_4  edge_22_27_4  -1  edge_22_31_4  -1
    w_4  edge_22_35_4  -1  edge_22_36_4  -1
    w_4  edge_23_28_4  -1  edge_23_33_4  -1
    w_4  edge_23_35_4  -1  edge_24_27_4  -1
    w_4  edge_24_34_4  -1  edge_24_35_4  -1
    w_4  edge_24_36_4  -1  edge_24_38_4  -1
    w_4  edge_24_39_4  -1  edge_25_26_4  -1
    w_4  edge_25_28_4  -1  edge_25_29_4  -1
    w_4  edge_25_30_4  -1  edge_25_31_4  -1
    w_4  edge_25_32_4  -1  edge_25_33_4  -1
    w_4  edge_25_39_4  -1  edge_26_31_4  -1
    w_4  edge_26_33_4  -1  edge_26_36_4  -1
    w_4  edge_26_37_4  -1  edge_26_38_4  -1
    w_4  edge_27_28_4  -1  edge_27_37_4  -1
    w_4  edge_27_38_4  -1  edge_27_39_4  -1
    w_4  edge_28_36_4  -1  edge_28_37_4  -1
    w_4  edge_28_38_4  -1  edge_29_30_4  -1
    w_4  edge_29_31_4  -1  edge_29_36_4  -1
    w_4  edge_29_39_4  -1  edge_30_34_4  -1
    w_4  edge_30_35_4  -1  edge_30_38_4  -1
    w_4  edge_30_39_4  -1  edge_31_35_4  -1
    w_4  edge_31_38_4  -1  edge_32_33_4  -1
    w_4  edge_32_35_4  -1  edge_32_36_4  -1
    w_4  edge_32_39_4  -1  edge_33_35_4  -1
    w_4  edge_35_37_4  -1  edge_37_38_4  -1
    w_4  edge_37_39_4  -1
    w_5  obj  1  edge_0_2_5  -1
    w_5  edge_0_4_5  -1  edge_0_5_5  -1
    w_5  edge_0_8_5  -1  edge_0_13_5  -1
    w_5  edge_0_14_5  -1  edge_0_16_5  -1
    w_5  edge_0_20_5  -1  edge_0_24_5  -1
    w_5  edge_0_25_5  -1  edge_0_26_5  -1
    w_5  edge_0_28_5  -1  edge_0_29_5  -1
    w_5  edge_0_30_5  -1  edge_0_33_5  -1
    w_5  edge_0_37_5  -1  edge_0_39_5  -1
    w_5  edge_1_11_5  -1  edge_1_12_5  -1
    w_5  edge_1_27_5  -1  edge_1_28_5  -1
    w_5  edge_1_32_5  -1  edge_1_34_5  -1
    w_5  edge_1_37_5  -1  edge_2_3_5  -1
    w_5  edge_2_7_5  -1  edge_2_8_5  -1
    w_5  edge_2_9_5  -1  edge_2_13_5  -1
    w_5  edge_2_17_5  -1  edge_2_18_5  -1
    w_5  edge_2_19_5  -1  edge_2_25_5  -1
    w_5  edge_2_31_5  -1  edge_2_34_5  -1
    w_5  edge_3_10_5  -1  edge_3_15_5  -1
    w_5  edge_3_16_5  -1  edge_3_18_5  -1
    w_5  edge_3_19_5  -1  edge_3_22_5  -1
    w_5  edge_3_39_5  -1  edge_4_11_5  -1
    w_5  edge_4_15_5  -1  edge_4_16_5  -1
    w_5  edge_4_17_5  -1  edge_4_19_5  -1
    w_5  edge_4_23_5  -1  edge_4_26_5  -1
    w_5  edge_4_27_5  -1  edge_4_35_5  -1
    w_5  edge_5_6_5  -1  edge_5_8_5  -1
    w_5  edge_5_9_5  -1  edge_5_10_5  -1
    w_5  edge_5_11_5  -1  edge_5_16_5  -1
    w_5  edge_5_23_5  -1  edge_5_24_5  -1
    w_5  edge_5_27_5  -1  edge_5_32_5  -1
    w_5  edge_5_33_5  -1  edge_5_35_5  -1
    w_5  edge_5_38_5  -1  edge_6_8_5  -1
    w_5  edge_6_10_5  -1  edge_6_14_5  -1
    w_5  edge_6_15_5  -1  edge_6_24_5  -1
    w_5  edge_6_26_5  -1  edge_6_29_5  -1
    w_5  edge_6_30_5  -1  edge_6_31_5  -1
    w_5  edge_6_32_5  -1  edge_7_11_5  -1
    w_5  edge_7_20_5  -1  edge_7_24_5  -1
    w_5  edge_7_33_5  -1  edge_7_34_5  -1
    w_5  edge_7_35_5  -1  edge_7_38_5  -1
    w_5  edge_8_9_5  -1  edge_8_10_5  -1
    w_5  edge_8_12_5  -1  edge_8_16_5  -1
    w_5  edge_8_19_5  -1  edge_8_21_5  -1
    w_5  edge_8_23_5  -1  edge_8_27_5  -1
    w_5  edge_8_28_5  -1  edge_8_31_5  -1
    w_5  edge_8_34_5  -1  edge_8_35_5  -1
    w_5  edge_8_37_5  -1  edge_8_38_5  -1
    w_5  edge_9_10_5  -1  edge_9_11_5  -1
    w_5  edge_9_13_5  -1  edge_9_17_5  -1
    w_5  edge_9_22_5  -1  edge_9_23_5  -1
    w_5  edge_9_26_5  -1  edge_9_34_5  -1
    w_5  edge_9_35_5  -1  edge_9_36_5  -1
    w_5  edge_9_38_5  -1  edge_9_39_5  -1
    w_5  edge_10_18_5  -1  edge_10_20_5  -1
    w_5  edge_10_21_5  -1  edge_10_24_5  -1
    w_5  edge_10_25_5  -1  edge_10_29_5  -1
    w_5  edge_10_31_5  -1  edge_11_12_5  -1
    w_5  edge_11_14_5  -1  edge_11_17_5  -1
    w_5  edge_11_19_5  -1  edge_11_20_5  -1
    w_5  edge_11_24_5  -1  edge_11_25_5  -1
    w_5  edge_11_28_5  -1  edge_11_29_5  -1
    w_5  edge_11_38_5  -1  edge_12_13_5  -1
    w_5  edge_12_15_5  -1  edge_12_16_5  -1
    w_5  edge_12_18_5  -1  edge_12_20_5  -1
    w_5  edge_12_23_5  -1  edge_12_27_5  -1
    w_5  edge_12_29_5  -1  edge_12_32_5  -1
    w_5  edge_13_15_5  -1  edge_13_23_5  -1
    w_5  edge_13_24_5  -1  edge_13_25_5  -1
    w_5  edge_13_27_5  -1  edge_13_29_5  -1
    w_5  edge_13_33_5  -1  edge_13_36_5  -1
    w_5  edge_14_15_5  -1  edge_14_19_5  -1
    w_5  edge_14_22_5  -1  edge_14_23_5  -1
    w_5  edge_14_39_5  -1  edge_15_16_5  -1
    w_5  edge_15_18_5  -1  edge_15_20_5  -1
    w_5  edge_15_22_5  -1  edge_15_24_5  -1
    w_5  edge_15_29_5  -1  edge_15_35_5  -1
    w_5  edge_15_36_5  -1  edge_15_39_5  -1
    w_5  edge_16_18_5  -1  edge_16_19_5  -1
    w_5  edge_16_26_5  -1  edge_16_31_5  -1
    w_5  edge_16_34_5  -1  edge_16_38_5  -1
    w_5  edge_16_39_5  -1  edge_17_19_5  -1
    w_5  edge_17_22_5  -1  edge_17_23_5  -1
    w_5  edge_17_25_5  -1  edge_17_28_5  -1
    w_5  edge_17_30_5  -1  edge_17_31_5  -1
    w_5  edge_17_32_5  -1  edge_18_20_5  -1
    w_5  edge_18_22_5  -1  edge_18_23_5  -1
    w_5  edge_18_26_5  -1  edge_18_28_5  -1
    w_5  edge_18_37_5  -1  edge_18_38_5  -1
    w_5  edge_18_39_5  -1  edge_19_24_5  -1
    w_5  edge_19_27_5  -1  edge_19_30_5  -1
    w_5  edge_19_31_5  -1  edge_19_33_5  -1
    w_5  edge_19_34_5  -1  edge_19_35_5  -1
    w_5  edge_19_36_5  -1  edge_19_38_5  -1
    w_5  edge_20_26_5  -1  edge_20_32_5  -1
    w_5  edge_20_33_5  -1  edge_20_35_5  -1
    w_5  edge_20_36_5  -1  edge_20_37_5  -1
    w_5  edge_20_39_5  -1  edge_21_22_5  -1
    w_5  edge_21_24_5  -1  edge_21_39_5  -1
    w_5  edge_22_27_5  -1  edge_22_31_5  -1
    w_5  edge_22_35_5  -1  edge_22_36_5  -1
    w_5  edge_23_28_5  -1  edge_23_33_5  -1
    w_5  edge_23_35_5  -1  edge_24_27_5  -1
    w_5  edge_24_34_5  -1  edge_24_35_5  -1
    w_5  edge_24_36_5  -1  edge_24_38_5  -1
    w_5  edge_24_39_5  -1  edge_25_26_5  -1
    w_5  edge_25_28_5  -1  edge_25_29_5  -1
    w_5  edge_25_30_5  -1  edge_25_31_5  -1
    w_5  edge_25_32_5  -1  edge_25_33_5  -1
    w_5  edge_25_39_5  -1  edge_26_31_5  -1
    w_5  edge_26_33_5  -1  edge_26_36_5  -1
    w_5  edge_26_37_5  -1  edge_26_38_5  -1
    w_5  edge_27_28_5  -1  edge_27_37_5  -1
    w_5  edge_27_38_5  -1  edge_27_39_5  -1
    w_5  edge_28_36_5  -1  edge_28_37_5  -1
    w_5  edge_28_38_5  -1  edge_29_30_5  -1
    w_5  edge_29_31_5  -1  edge_29_36_5  -1
    w_5  edge_29_39_5  -1  edge_30_34_5  -1
    w_5  edge_30_35_5  -1  edge_30_38_5  -1
    w_5  edge_30_39_5  -1  edge_31_35_5  -1
    w_5  edge_31_38_5  -1  edge_32_33_5  -1
    w_5  edge_32_35_5  -1  edge_32_36_5  -1
    w_5  edge_32_39_5  -1  edge_33_35_5  -1
    w_5  edge_35_37_5  -1  edge_37_38_5  -1
    w_5  edge_37_39_5  -1
    w_6  obj  1  edge_0_2_6  -1
    w_6  edge_0_4_6  -1  edge_0_5_6  -1
    w_6  edge_0_8_6  -1  edge_0_13_6  -1
    w_6  edge_0_14_6  -1  edge_0_16_6  -1
    w_6  edge_0_20_6  -1  edge_0_24_6  -1
    w_6  edge_0_25_6  -1  edge_0_26_6  -1
    w_6  edge_0_28_6  -1  edge_0_29_6  -1
    w_6  edge_0_30_6  -1  edge_0_33_6  -1
    w_6  edge_0_37_6  -1  edge_0_39_6  -1
    w_6  edge_1_11_6  -1  edge_1_12_6  -1
    w_6  edge_1_27_6  -1  edge_1_28_6  -1
    w_6  edge_1_32_6  -1  edge_1_34_6  -1
    w_6  edge_1_37_6  -1  edge_2_3_6  -1
    w_6  edge_2_7_6  -1  edge_2_8_6  -1
    w_6  edge_2_9_6  -1  edge_2_13_6  -1
    w_6  edge_2_17_6  -1  edge_2_18_6  -1
    w_6  edge_2_19_6  -1  edge_2_25_6  -1
    w_6  edge_2_31_6  -1  edge_2_34_6  -1
    w_6  edge_3_10_6  -1  edge_3_15_6  -1
    w_6  edge_3_16_6  -1  edge_3_18_6  -1
    w_6  edge_3_19_6  -1  edge_3_22_6  -1
    w_6  edge_3_39_6  -1  edge_4_11_6  -1
    w_6  edge_4_15_6  -1  edge_4_16_6  -1
    w_6  edge_4_17_6  -1  edge_4_19_6  -1
    w_6  edge_4_23_6  -1  edge_4_26_6  -1
    w_6  edge_4_27_6  -1  edge_4_35_6  -1
    w_6  edge_5_6_6  -1  edge_5_8_6  -1
    w_6  edge_5_9_6  -1  edge_5_10_6  -1
    w_6  edge_5_11_6  -1  edge_5_16_6  -1
    w_6  edge_5_23_6  -1  edge_5_24_6  -1
    w_6  edge_5_27_6  -1  edge_5_32_6  -1
    w_6  edge_5_33_6  -1  edge_5_35_6  -1
    w_6  edge_5_38_6  -1  edge_6_8_6  -1
    w_6  edge_6_10_6  -1  edge_6_14_6  -1
    w_6  edge_6_15_6  -1  edge_6_24_6  -1
    w_6  edge_6_26_6  -1  edge_6_29_6  -1
    w_6  edge_6_30_6  -1  edge_6_31_6  -1
    w_6  edge_6_32_6  -1  edge_7_11_6  -1
    w_6  edge_7_20_6  -1  edge_7_24_6  -1
    w_6  edge_7_33_6  -1  edge_7_34_6  -1
    w_6  edge_7_35_6  -1  edge_7_38_6  -1
    w_6  edge_8_9_6  -1  edge_8_10_6  -1
    w_6  edge_8_12_6  -1  edge_8_16_6  -1
    w_6  edge_8_19_6  -1  edge_8_21_6  -1
    w_6  edge_8_23_6  -1  edge_8_27_6  -1
    w_6  edge_8_28_6  -1  edge_8_31_6  -1
    w_6  edge_8_34_6  -1  edge_8_35_6  -1
    w_6  edge_8_37_6  -1  edge_8_38_6  -1
    w_6  edge_9_10_6  -1  edge_9_11_6  -1
    w_6  edge_9_13_6  -1  edge_9_17_6  -1
    w_6  edge_9_22_6  -1  edge_9_23_6  -1
    w_6  edge_9_26_6  -1  edge_9_34_6  -1
    w_6  edge_9_35_6  -1  edge_9_36_6  -1
    w_6  edge_9_38_6  -1  edge_9_39_6  -1
    w_6  edge_10_18_6  -1  edge_10_20_6  -1
    w_6  edge_10_21_6  -1  edge_10_24_6  -1
    w_6  edge_10_25_6  -1  edge_10_29_6  -1
    w_6  edge_10_31_6  -1  edge_11_12_6  -1
    w_6  edge_11_14_6  -1  edge_11_17_6  -1
    w_6  edge_11_19_6  -1  edge_11_20_6  -1
    w_6  edge_11_24_6  -1  edge_11_25_6  -1
    w_6  edge_11_28_6  -1  edge_11_29_6  -1
    w_6  edge_11_38_6  -1  edge_12_13_6  -1
    w_6  edge_12_15_6  -1  edge_12_16_6  -1
    w_6  edge_12_18_6  -1  edge_12_20_6  -1
    w_6  edge_12_23_6  -1  edge_12_27_6  -1
    w_6  edge_12_29_6  -1  edge_12_32_6  -1
    w_6  edge_13_15_6  -1  edge_13_23_6  -1
    w_6  edge_13_24_6  -1  edge_13_25_6  -1
    w_6  edge_13_27_6  -1  edge_13_29_6  -1
    w_6  edge_13_33_6  -1  edge_13_36_6  -1
    w_6  edge_14_15_6  -1  edge_14_19_6  -1
    w_6  edge_14_22_6  -1  edge_14_23_6  -1
    w_6  edge_14_39_6  -1  edge_15_16_6  -1
    w_6  edge_15_18_6  -1  edge_15_20_6  -1
    w_6  edge_15_22_6  -1  edge_15_24_6  -1
    w_6  edge_15_29_6  -1  edge_15_35_6  -1
    w_6  edge_15_36_6  -1  edge_15_39_6  -1
    w_6  edge_16_18_6  -1  edge_16_19_6  -1
    w_6  edge_16_26_6  -1  edge_16_31_6  -1
    w_6  edge_16_34_6  -1  edge_16_38_6  -1
    w_6  edge_16_39_6  -1  edge_17_19_6  -1
    w_6  edge_17_22_6  -1  edge_17_23_6  -1
    w_6  edge_17_25_6  -1  edge_17_28_6  -1
    w_6  edge_17_30_6  -1  edge_17_31_6  -1
    w_6  edge_17_32_6  -1  edge_18_20_6  -1
    w_6  edge_18_22_6  -1  edge_18_23_6  -1
    w_6  edge_18_26_6  -1  edge_18_28_6  -1
    w_6  edge_18_37_6  -1  edge_18_38_6  -1
    w_6  edge_18_39_6  -1  edge_19_24_6  -1
    w_6  edge_19_27_6  -1  edge_19_30_6  -1
    w_6  edge_19_31_6  -1  edge_19_33_6  -1
    w_6  edge_19_34_6  -1  edge_19_35_6  -1
    w_6  edge_19_36_6  -1  edge_19_38_6  -1
    w_6  edge_20_26_6  -1  edge_20_32_6  -1
    w_6  edge_20_33_6  -1  edge_20_35_6  -1
    w_6  edge_20_36_6  -1  edge_20_37_6  -1
    w_6  edge_20_39_6  -1  edge_21_22_6  -1
    w_6  edge_21_24_6  -1  edge_21_39_6  -1
    w_6  edge_22_27_6  -1  edge_22_31_6  -1
    w_6  edge_22_35_6  -1  edge_22_36_6  -1
    w_6  edge_23_28_6  -1  edge_23_33_6  -1
    w_6  edge_23_35_6  -1  edge_24_27_6  -1
    w_6  edge_24_34_6  -1  edge_24_35_6  -1
    w_6  edge_24_36_6  -1  edge_24_38_6  -1
    w_6  edge_24_39_6  -1  edge_25_26_6  -1
    w_6  edge_25_28_6  -1  edge_25_29_6  -1
    w_6  edge_25_30_6  -1  edge_25_31_6  -1
    w_6  edge_25_32_6  -1  edge_25_33_6  -1
    w_6  edge_25_39_6  -1  edge_26_31_6  -1
    w_6  edge_26_33_6  -1  edge_26_36_6  -1
    w_6  edge_26_37_6  -1  edge_26_38_6  -1
    w_6  edge_27_28_6  -1  edge_27_37_6  -1
    w_6  edge_27_38_6  -1  edge_27_39_6  -1
    w_6  edge_28_36_6  -1  edge_28_37_6  -1
    w_6  edge_28_38_6  -1  edge_29_30_6  -1
    w_6  edge_29_31_6  -1  edge_29_36_6  -1
    w_6  edge_29_39_6  -1  edge_30_34_6  -1
    w_6  edge_30_35_6  -1  edge_30_38_6  -1
    w_6  edge_30_39_6  -1  edge_31_35_6  -1
    w_6  edge_31_38_6  -1  edge_32_33_6  -1
    w_6  edge_32_35_6  -1  edge_32_36_6  -1
    w_6  edge_32_39_6  -1  edge_33_35_6  -1
    w_6  edge_35_37_6  -1  edge_37_38_6  -1
    w_6  edge_37_39_6  -1
    w_7  obj  1  edge_0_2_7  -1
    w_7  edge_0_4_7  -1  edge_0_5_7  -1
    w_7  edge_0_8_7  -1  edge_0_13_7  -1
    w_7  edge_0_14_7  -1  edge_0_16_7  -1
    w_7  edge_0_20_7  -1  edge_0_24_7  -1
    w_7  edge_0_25_7  -1  edge_0_26_7  -1
    w_7  edge_0_28_7  -1  edge_0_29_7  -1
    w_7  edge_0_30_7  -1  edge_0_33_7  -1
    w_7  edge_0_37_7  -1  edge_0_39_7  -1
    w_7  edge_1_11_7  -1  edge_1_12_7  -1
    w_7  edge_1_27_7  -1  edge_1_28_7  -1
    w_7  edge_1_32_7  -1  edge_1_34_7  -1
    w_7  edge_1_37_7  -1  edge_2_3_7  -1
    w_7  edge_2_7_7  -1  edge_2_8_7  -1
    w_7  edge_2_9_7  -1  edge_2_13_7  -1
    w_7  edge_2_17_7  -1  edge_2_18_7  -1
    w_7  edge_2_19_7  -1  edge_2_25_7  -1
    w_7  edge_2_31_7  -1  edge_2_34_7  -1
    w_7  edge_3_10_7  -1  edge_3_15_7  -1
    w_7  edge_3_16_7  -1  edge_3_18_7  -1
    w_7  edge_3_19_7  -1  edge_3_22_7  -1
    w_7  edge_3_39_7  -1  edge_4_11_7  -1
    w_7  edge_4_15_7  -1  edge_4_16_7  -1
    w_7  edge_4_17_7  -1  edge_4_19_7  -1
    w_7  edge_4_23_7  -1  edge_4_26_7  -1
    w_7  edge_4_27_7  -1  edge_4_35_7  -1
    w_7  edge_5_6_7  -1  edge_5_8_7  -1
    w_7  edge_5_9_7  -1  edge_5_10_7  -1
    w_7  edge_5_11_7  -1  edge_5_16_7  -1
    w_7  edge_5_23_7  -1  edge_5_24_7  -1
    w_7  edge_5_27_7  -1  edge_5_32_7  -1
    w_7  edge_5_33_7  -1  edge_5_35_7  -1
    w_7  edge_5_38_7  -1  edge_6_8_7  -1
    w_7  edge_6_10_7  -1  edge_6_14_7  -1
    w_7  edge_6_15_7  -1  edge_6_24_7  -1
    w_7  edge_6_26_7  -1  edge_6_29_7  -1
    w_7  edge_6_30_7  -1  edge_6_31_7  -1
    w_7  edge_6_32_7  -1  edge_7_11_7  -1
    w_7  edge_7_20_7  -1  edge_7_24_7  -1
    w_7  edge_7_33_7  -1  edge_7_34_7  -1
    w_7  edge_7_35_7  -1  edge_7_38_7  -1
    w_7  edge_8_9_7  -1  edge_8_10_7  -1
    w_7  edge_8_12_7  -1  edge_8_16_7  -1
    w_7  edge_8_19_7  -1  edge_8_21_7  -1
    w_7  edge_8_23_7  -1  edge_8_27_7  -1
    w_7  edge_8_28_7  -1  edge_8_31_7  -1
    w_7  edge_8_34_7  -1  edge_8_35_7  -1
    w_7  edge_8_37_7  -1  edge_8_38_7  -1
    w_7  edge_9_10_7  -1  edge_9_11_7  -1
    w_7  edge_9_13_7  -1  edge_9_17_7  -1
    w_7  edge_9_22_7  -1  edge_9_23_7  -1
    w_7  edge_9_26_7  -1  edge_9_34_7  -1
    w_7  edge_9_35_7  -1  edge_9_36_7  -1
    w_7  edge_9_38_7  -1  edge_9_39_7  -1
    w_7  edge_10_18_7  -1  edge_10_20_7  -1
    w_7  edge_10_21_7  -1  edge_10_24_7  -1
    w_7  edge_10_25_7  -1  edge_10_29_7  -1
    w_7  edge_10_31_7  -1  edge_11_12_7  -1
    w_7  edge_11_14_7  -1  edge_11_17_7  -1
    w_7  edge_11_19_7  -1  edge_11_20_7  -1
    w_7  edge_11_24_7  -1  edge_11_25_7  -1
    w_7  edge_11_28_7  -1  edge_11_29_7  -1
    w_7  edge_11_38_7  -1  edge_12_13_7  -1
    w_7  edge_12_15_7  -1  edge_12_16_7  -1
    w_7  edge_12_18_7  -1  edge_12_20_7  -1
    w_7  edge_12_23_7  -1  edge_12_27_7  -1
    w_7  edge_12_29_7  -1  edge_12_32_7  -1
    w_7  edge_13_15_7  -1  edge_13_23_7  -1
    w_7  edge_13_24_7  -1  edge_13_25_7  -1
    w_7  edge_13_27_7  -1  edge_13_29_7  -1
    w_7  edge_13_33_7  -1  edge_13_36_7  -1
    w_7  edge_14_15_7  -1  edge_14_19_7  -1
    w_7  edge_14_22_7  -1  edge_14_23_7  -1
    w_7  edge_14_39_7  -1  edge_15_16_7  -1
    w_7  edge_15_18_7  -1  edge_15_20_7  -1
    w_7  edge_15_22_7  -1  edge_15_24_7  -1
    w_7  edge_15_29_7  -1  edge_15_35_7  -1
    w_7  edge_15_36_7  -1  edge_15_39_7  -1
    w_7  edge_16_18_7  -1  edge_16_19_7  -1
    w_7  edge_16_26_7  -1  edge_16_31_7  -1
    w_7  edge_16_34_7  -1  edge_16_38_7  -1
    w_7  edge_16_39_7  -1  edge_17_19_7  -1
    w_7  edge_17_22_7  -1  edge_17_23_7  -1
    w_7  edge_17_25_7  -1  edge_17_28_7  -1
    w_7  edge_17_30_7  -1  edge_17_31_7  -1
    w_7  edge_17_32_7  -1  edge_18_20_7  -1
    w_7  edge_18_22_7  -1  edge_18_23_7  -1
    w_7  edge_18_26_7  -1  edge_18_28_7  -1
    w_7  edge_18_37_7  -1  edge_18_38_7  -1
    w_7  edge_18_39_7  -1  edge_19_24_7  -1
    w_7  edge_19_27_7  -1  edge_19_30_7  -1
    w_7  edge_19_31_7  -1  edge_19_33_7  -1
    w_7  edge_19_34_7  -1  edge_19_35_7  -1
    w_7  edge_19_36_7  -1  edge_19_38_7  -1
    w_7  edge_20_26_7  -1  edge_20_32_7  -1
    w_7  edge_20_33_7  -1  edge_20_35_7  -1
    w_7  edge_20_36_7  -1  edge_20_37_7  -1
    w_7  edge_20_39_7  -1  edge_21_22_7  -1
    w_7  edge_21_24_7  -1  edge_21_39_7  -1
    w_7  edge_22_27_7  -1  edge_22_31_7  -1
    w_7  edge_22_35_7  -1  edge_22_36_7  -1
    w_7  edge_23_28_7  -1  edge_23_33_7  -1
    w_7  edge_23_35_7  -1  edge_24_27_7  -1
    w_7  edge_24_34_7  -1  edge_24_35_7  -1
    w_7  edge_24_36_7  -1  edge_24_38_7  -1
    w_7  edge_24_39_7  -1  edge_25_26_7  -1
    w_7  edge_25_28_7  -1  edge_25_29_7  -1
    w_7  edge_25_30_7  -1  edge_25_31_7  -1
    w_7  edge_25_32_7  -1  edge_25_33_7  -1
    w_7  edge_25_39_7  -1  edge_26_31_7  -1
    w_7  edge_26_33_7  -1  edge_26_36_7  -1
    w_7  edge_26_37_7  -1  edge_26_38_7  -1
    w_7  edge_27_28_7  -1  edge_27_37_7  -1
    w_7  edge_27_38_7  -1  edge_27_39_7  -1
    w_7  edge_28_36_7  -1  edge_28_37_7  -1
    w_7  edge_28_38_7  -1  edge_29_30_7  -1
    w_7  edge_29_31_7  -1  edge_29_36_7  -1
    w_7  edge_29_39_7  -1  edge_30_34_7  -1
    w_7  edge_30_35_7  -1  edge_30_38_7  -1
    w_7  edge_30_39_7  -1  edge_31_35_7  -1
    w_7  edge_31_38_7  -1  edge_32_33_7  -1
    w_7  edge_32_35_7  -1  edge_32_36_7  -1
    w_7  edge_32_39_7  -1  edge_33_35_7  -1
    w_7  edge_35_37_7  -1  edge_37_38_7  -1
    w_7  edge_37_39_7  -1
    w_8  obj  1  edge_0_2_8  -1
    w_8  edge_0_4_8  -1  edge_0_5_8  -1
    w_8  edge_0_8_8  -1  edge_0_13_8  -1
    w_8  edge_0_14_8  -1  edge_0_16_8  -1
    w_8  edge_0_20_8  -1  edge_0_24_8  -1
    w_8  edge_0_25_8  -1  edge_0_26_8  -1
    w_8  edge_0_28_8  -1  edge_0_29_8  -1
    w_8  edge_0_30_8  -1  edge_0_33_8  -1
    w_8  edge_0_37_8  -1  edge_0_39_8  -1
    w_8  edge_1_11_8  -1  edge_1_12_8  -1
    w_8  edge_1_27_8  -1  edge_1_28_8  -1
    w_8  edge_1_32_8  -1  edge_1_34_8  -1
    w_8  edge_1_37_8  -1  edge_2_3_8  -1
    w_8  edge_2_7_8  -1  edge_2_8_8  -1
    w_8  edge_2_9_8  -1  edge_2_13_8  -1
    w_8  edge_2_17_8  -1  edge_2_18_8  -1
    w_8  edge_2_19_8  -1  edge_2_25_8  -1
    w_8  edge_2_31_8  -1  edge_2_34_8  -1
    w_8  edge_3_10_8  -1  edge_3_15_8  -1
    w_8  edge_3_16_8  -1  edge_3_18_8  -1
    w_8  edge_3_19_8  -1  edge_3_22_8  -1
    w_8  edge_3_39_8  -1  edge_4_11_8  -1
    w_8  edge_4_15_8  -1  edge_4_16_8  -1
    w_8  edge_4_17_8  -1  edge_4_19_8  -1
    w_8  edge_4_23_8  -1  edge_4_26_8  -1
    w_8  edge_4_27_8  -1  edge_4_35_8  -1
    w_8  edge_5_6_8  -1  edge_5_8_8  -1
    w_8  edge_5_9_8  -1  edge_5_10_8  -1
    w_8  edge_5_11_8  -1  edge_5_16_8  -1
    w_8  edge_5_23_8  -1  edge_5_24_8  -1
    w_8  edge_5_27_8  -1  edge_5_32_8  -1
    w_8  edge_5_33_8  -1  edge_5_35_8  -1
    w_8  edge_5_38_8  -1  edge_6_8_8  -1
    w_8  edge_6_10_8  -1  edge_6_14_8  -1
    w_8  edge_6_15_8  -1  edge_6_24_8  -1
    w_8  edge_6_26_8  -1  edge_6_29_8  -1
    w_8  edge_6_30_8  -1  edge_6_31_8  -1
    w_8  edge_6_32_8  -1  edge_7_11_8  -1
    w_8  edge_7_20_8  -1  edge_7_24_8  -1
    w_8  edge_7_33_8  -1  edge_7_34_8  -1
    w_8  edge_7_35_8  -1  edge_7_38_8  -1
    w_8  edge_8_9_8  -1  edge_8_10_8  -1
    w_8  edge_8_12_8  -1  edge_8_16_8  -1
    w_8  edge_8_19_8  -1  edge_8_21_8  -1
    w_8  edge_8_23_8  -1  edge_8_27_8  -1
    w_8  edge_8_28_8  -1  edge_8_31_8  -1
    w_8  edge_8_34_8  -1  edge_8_35_8  -1
    w_8  edge_8_37_8  -1  edge_8_38_8  -1
    w_8  edge_9_10_8  -1  edge_9_11_8  -1
    w_8  edge_9_13_8  -1  edge_9_17_8  -1
    w_8  edge_9_22_8  -1  edge_9_23_8  -1
    w_8  edge_9_26_8  -1  edge_9_34_8  -1
    w_8  edge_9_35_8  -1  edge_9_36_8  -1
    w_8  edge_9_38_8  -1  edge_9_39_8  -1
    w_8  edge_10_18_8  -1  edge_10_20_8  -1
    w_8  edge_10_21_8  -1  edge_10_24_8  -1
    w_8  edge_10_25_8  -1  edge_10_29_8  -1
    w_8  edge_10_31_8  -1  edge_11_12_8  -1
    w_8  edge_11_14_8  -1  edge_11_17_8  -1
    w_8  edge_11_19_8  -1  edge_11_20_8  -1
    w_8  edge_11_24_8  -1  edge_11_25_8  -1
    w_8  edge_11_28_8  -1  edge_11_29_8  -1
    w_8  edge_11_38_8  -1  edge_12_13_8  -1
    w_8  edge_12_15_8  -1  edge_12_16_8  -1
    w_8  edge_12_18_8  -1  edge_12_20_8  -1
    w_8  edge_12_23_8  -1  edge_12_27_8  -1
    w_8  edge_12_29_8  -1  edge_12_32_8  -1
    w_8  edge_13_15_8  -1  edge_13_23_8  -1
    w_8  edge_13_24_8  -1  edge_13_25_8  -1
    w_8  edge_13_27_8  -1  edge_13_29_8  -1
    w_8  edge_13_33_8  -1  edge_13_36_8  -1
    w_8  edge_14_15_8  -1  edge_14_19_8  -1
    w_8  edge_14_22_8  -1  edge_14_23_8  -1
    w_8  edge_14_39_8  -1  edge_15_16_8  -1
    w_8  edge_15_18_8  -1  edge_15_20_8  -1
    w_8  edge_15_22_8  -1  edge_15_24_8  -1
    w_8  edge_15_29_8  -1  edge_15_35_8  -1
    w_8  edge_15_36_8  -1  edge_15_39_8  -1
    w_8  edge_16_18_8  -1  edge_16_19_8  -1
    w_8  edge_16_26_8  -1  edge_16_31_8  -1
    w_8  edge_16_34_8  -1  edge_16_38_8  -1
    w_8  edge_16_39_8  -1  edge_17_19_8  -1
    w_8  edge_17_22_8  -1  edge_17_23_8  -1
    w_8  edge_17_25_8  -1  edge_17_28_8  -1
    w_8  edge_17_30_8  -1  edge_17_31_8  -1
    w_8  edge_17_32_8  -1  edge_18_20_8  -1
    w_8  edge_18_22_8  -1  edge_18_23_8  -1
    w_8  edge_18_26_8  -1  edge_18_28_8  -1
    w_8  edge_18_37_8  -1  edge_18_38_8  -1
    w_8  edge_18_39_8  -1  edge_19_24_8  -1
    w_8  edge_19_27_8  -1  edge_19_30_8  -1
    w_8  edge_19_31_8  -1  edge_19_33_8  -1
    w_8  edge_19_34_8  -1  edge_19_35_8  -1
    w_8  edge_19_36_8  -1  edge_19_38_8  -1
    w_8  edge_20_26_8  -1  edge_20_32_8  -1
    w_8  edge_20_33_8  -1  edge_20_35_8  -1
    w_8  edge_20_36_8  -1  edge_20_37_8  -1
    w_8  edge_20_39_8  -1  edge_21_22_8  -1
    w_8  edge_21_24_8  -1  edge_21_39_8  -1
    w_8  edge_22_27_8  -1  edge_22_31_8  -1
    w_8  edge_22_35_8  -1  edge_22_36_8  -1
    w_8  edge_23_28_8  -1  edge_23_33_8  -1
    w_8  edge_23_35_8  -1  edge_24_27_8  -1
    w_8  edge_24_34_8  -1  edge_24_35_8  -1
    w_8  edge_24_36_8  -1  edge_24_38_8  -1
    w_8  edge_24_39_8  -1  edge_25_26_8  -1
    w_8  edge_25_28_8  -1  edge_25_29_8  -1
    w_8  edge_25_30_8  -1  edge_25_31_8  -1
    w_8  edge_25_32_8  -1  edge_25_33_8  -1
    w_8  edge_25_39_8  -1  edge_26_31_8  -1
    w_8  edge_26_33_8  -1  edge_26_36_8  -1
    w_8  edge_26_37_8  -1  edge_26_38_8  -1
    w_8  edge_27_28_8  -1  edge_27_37_8  -1
    w_8  edge_27_38_8  -1  edge_27_39_8  -1
    w_8  edge_28_36_8  -1  edge_28_37_8  -1
    w_8  edge_28_38_8  -1  edge_29_30_8  -1
    w_8  edge_29_31_8  -1  edge_29_36_8  -1
    w_8  edge_29_39_8  -1  edge_30_34_8  -1
    w_8  edge_30_35_8  -1  edge_30_38_8  -1
    w_8  edge_30_39_8  -1  edge_31_35_8  -1
    w_8  edge_31_38_8  -1  edge_32_33_8  -1
    w_8  edge_32_35_8  -1  edge_32_36_8  -1
    w_8  edge_32_39_8  -1  edge_33_35_8  -1
    w_8  edge_35_37_8  -1  edge_37_38_8  -1
    w_8  edge_37_39_8  -1
    w_9  obj  1  edge_0_2_9  -1
    w_9  edge_0_4_9  -1  edge_0_5_9  -1
    w_9  edge_0_8_9  -1  edge_0_13_9  -1
    w_9  edge_0_14_9  -1  edge_0_16_9  -1
    w_9  edge_0_20_9  -1  edge_0_24_9  -1
    w_9  edge_0_25_9  -1  edge_0_26_9  -1
    w_9  edge_0_28_9  -1  edge_0_29_9  -1
    w_9  edge_0_30_9  -1  edge_0_33_9  -1
    w_9  edge_0_37_9  -1  edge_0_39_9  -1
    w_9  edge_1_11_9  -1  edge_1_12_9  -1
    w_9  edge_1_27_9  -1  edge_1_28_9  -1
    w_9  edge_1_32_9  -1  edge_1_34_9  -1
    w_9  edge_1_37_9  -1  edge_2_3_9  -1
    w_9  edge_2_7_9  -1  edge_2_8_9  -1
    w_9  edge_2_9_9  -1  edge_2_13_9  -1
    w_9  edge_2_17_9  -1  edge_2_18_9  -1
    w_9  edge_2_19_9  -1  edge_2_25_9  -1
    w_9  edge_2_31_9  -1  edge_2_34_9  -1
    w_9  edge_3_10_9  -1  edge_3_15_9  -1
    w_9  edge_3_16_9  -1  edge_3_18_9  -1
    w_9  edge_3_19_9  -1  edge_3_22_9  -1
    w_9  edge_3_39_9  -1  edge_4_11_9  -1
    w_9  edge_4_15_9  -1  edge_4_16_9  -1
    w_9  edge_4_17_9  -1  edge_4_19_9  -1
    w_9  edge_4_23_9  -1  edge_4_26_9  -1
    w_9  edge_4_27_9  -1  edge_4_35_9  -1
    w_9  edge_5_6_9  -1  edge_5_8_9  -1
    w_9  edge_5_9_9  -1  edge_5_10_9  -1
    w_9  edge_5_11_9  -1  edge_5_16_9  -1
    w_9  edge_5_23_9  -1  edge_5_24_9  -1
    w_9  edge_5_27_9  -1  edge_5_32_9  -1
    w_9  edge_5_33_9  -1  edge_5_35_9  -1
    w_9  edge_5_38_9  -1  edge_6_8_9  -1
    w_9  edge_6_10_9  -1  edge_6_14_9  -1
    w_9  edge_6_15_9  -1  edge_6_24_9  -1
    w_9  edge_6_26_9  -1  edge_6_29_9  -1
    w_9  edge_6_30_9  -1  edge_6_31_9  -1
    w_9  edge_6_32_9  -1  edge_7_11_9  -1
    w_9  edge_7_20_9  -1  edge_7_24_9  -1
    w_9  edge_7_33_9  -1  edge_7_34_9  -1
    w_9  edge_7_35_9  -1  edge_7_38_9  -1
    w_9  edge_8_9_9  -1  edge_8_10_9  -1
    w_9  edge_8_12_9  -1  edge_8_16_9  -1
    w_9  edge_8_19_9  -1  edge_8_21_9  -1
    w_9  edge_8_23_9  -1  edge_8_27_9  -1
    w_9  edge_8_28_9  -1  edge_8_31_9  -1
    w_9  edge_8_34_9  -1  edge_8_35_9  -1
    w_9  edge_8_37_9  -1  edge_8_38_9  -1
    w_9  edge_9_10_9  -1  edge_9_11_9  -1
    w_9  edge_9_13_9  -1  edge_9_17_9  -1
    w_9  edge_9_22_9  -1  edge_9_23_9  -1
    w_9  edge_9_26_9  -1  edge_9_34_9  -1
    w_9  edge_9_35_9  -1  edge_9_36_9  -1
    w_9  edge_9_38_9  -1  edge_9_39_9  -1
    w_9  edge_10_18_9  -1  edge_10_20_9  -1
    w_9  edge_10_21_9  -1  edge_10_24_9  -1
    w_9  edge_10_25_9  -1  edge_10_29_9  -1
    w_9  edge_10_31_9  -1  edge_11_12_9  -1
    w_9  edge_11_14_9  -1  edge_11_17_9  -1
    w_9  edge_11_19_9  -1  edge_11_20_9  -1
    w_9  edge_11_24_9  -1  edge_11_25_9  -1
    w_9  edge_11_28_9  -1  edge_11_29_9  -1
    w_9  edge_11_38_9  -1  edge_12_13_9  -1
    w_9  edge_12_15_9  -1  edge_12_16_9  -1
    w_9  edge_12_18_9  -1  edge_12_20_9  -1
    w_9  edge_12_23_9  -1  edge_12_27_9  -1
    w_9  edge_12_29_9  -1  edge_12_32_9  -1
    w_9  edge_13_15_9  -1  edge_13_23_9  -1
    w_9  edge_13_24_9  -1  edge_13_25_9  -1
    w_9  edge_13_27_9  -1  edge_13_29_9  -1
    w_9  edge_13_33_9  -1  edge_13_36_9  -1
    w_9  edge_14_15_9  -1  edge_14_19_9  -1
    w_9  edge_14_22_9  -1  edge_14_23_9  -1
    w_9  edge_14_39_9  -1  edge_15_16_9  -1
    w_9  edge_15_18_9  -1  edge_15_20_9  -1
    w_9  edge_15_22_9  -1  edge_15_24_9  -1
    w_9  edge_15_29_9  -1  edge_15_35_9  -1
    w_9  edge_15_36_9  -1  edge_15_39_9  -1
    w_9  edge_16_18_9  -1  edge_16_19_9  -1
    w_9  edge_16_26_9  -1  edge_16_31_9  -1
    w_9  edge_16_34_9  -1  edge_16_38_9  -1
    w_9  edge_16_39_9  -1  edge_17_19_9  -1
    w_9  edge_17_22_9  -1  edge_17_23_9  -1
    w_9  edge_17_25_9  -1  edge_17_28_9  -1
    w_9  edge_17_30_9  -1  edge_17_31_9  -1
    w_9  edge_17_32_9  -1  edge_18_20_9  -1
    w_9  edge_18_22_9  -1  edge_18_23_9  -1
    w_9  edge_18_26_9  -1  edge_18_28_9  -1
    w_9  edge_18_37_9  -1  edge_18_38_9  -1
    w_9  edge_18_39_9  -1  edge_19_24_9  -1
    w_9  edge_19_27_9  -1  edge_19_30_9  -1
    w_9  edge_19_31_9  -1  edge_19_33_9  -1
    w_9  edge_19_34_9  -1  edge_19_35_9  -1
    w_9  edge_19_36_9  -1  edge_19_38_9  -1
    w_9  edge_20_26_9  -1  edge_20_32_9  -1
    w_9  edge_20_33_9  -1  edge_20_35_9  -1
    w_9  edge_20_36_9  -1  edge_20_37_9  -1
    w_9  edge_20_39_9  -1  edge_21_22_9  -1
    w_9  edge_21_24_9  -1  edge_21_39_9  -1
    w_9  edge_22_27_9  -1  edge_22_31_9  -1
    w_9  edge_22_35_9  -1  edge_22_36_9  -1
    w_9  edge_23_28_9  -1  edge_23_33_9  -1
    w_9  edge_23_35_9  -1  edge_24_27_9  -1
    w_9  edge_24_34_9  -1  edge_24_35_9  -1
    w_9  edge_24_36_9  -1  edge_24_38_9  -1
    w_9  edge_24_39_9  -1  edge_25_26_9  -1
    w_9  edge_25_28_9  -1  edge_25_29_9  -1
    w_9  edge_25_30_9  -1  edge_25_31_9  -1
    w_9  edge_25_32_9  -1  edge_25_33_9  -1
    w_9  edge_25_39_9  -1  edge_26_31_9  -1
    w_9  edge_26_33_9  -1  edge_26_36_9  -1
    w_9  edge_26_37_9  -1  edge_26_38_9  -1
    w_9  edge_27_28_9  -1  edge_27_37_9  -1
    w_9  edge_27_38_9  -1  edge_27_39_9  -1
    w_9  edge_28_36_9  -1  edge_28_37_9  -1
    w_9  edge_28_38_9  -1  edge_29_30_9  -1
    w_9  edge_29_31_9  -1  edge_29_36_9  -1
    w_9  edge_29_39_9  -1  edge_30_34_9  -1
    w_9  edge_30_35_9  -1  edge_30_38_9  -1
    w_9  edge_30_39_9  -1  edge_31_35_9  -1
    w_9  edge_31_38_9  -1  edge_32_33_9  -1
    w_9  edge_32_35_9  -1  edge_32_36_9  -1
    w_9  edge_32_39_9  -1  edge_33_35_9  -1
    w_9  edge_35_37_9  -1  edge_37_38_9  -1
    w_9  edge_37_39_9  -1
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
    RHS  one_20  1
    RHS  one_21  1
    RHS  one_22  1
    RHS  one_23  1
    RHS  one_24  1
    RHS  one_25  1
    RHS  one_26  1
    RHS  one_27  1
    RHS  one_28  1
    RHS  one_29  1
    RHS  one_30  1
    RHS  one_31  1
    RHS  one_32  1
    RHS  one_33  1
    RHS  one_34  1
    RHS  one_35  1
    RHS  one_36  1
    RHS  one_37  1
    RHS  one_38  1
    RHS  one_39  1
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
 BV BND  w_0
 BV BND  w_1
 BV BND  w_2
 BV BND  w_3
 BV BND  w_4
 BV BND  w_5
 BV BND  w_6
 BV BND  w_7
 BV BND  w_8
 BV BND  w_9
ENDATA
