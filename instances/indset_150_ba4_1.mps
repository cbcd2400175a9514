NAME indset_150_ba4_1
OBJSENSE
    MAX
ROWS
 N  obj
 L  clique_0
 L  clique_1
 L  clique_2
 L  clique_3
 L  clique_4
 L  clique_5
 L  clique_6
 L  clique_7
 L  clique_8
 L  clique_9
 L  clique_10
 L  clique_11
 L  clique_12
 L  clique_13
 L  clique_14
 L  clique_15
 L  clique_16
 L  clique_17
 L  clique_18
 L  clique_19
 L  clique_20
 L  clique_21
 L  clique_22
 L  clique_23
 L  clique_24
 L  clique_25
 L  clique_26
 L  clique_27
 L  clique_28
 L  clique_29
 L  clique_30
 L  clique_31
 L  clique_32
 L  clique_33
 L  clique_34
 L  clique_35
 L  clique_36
 L  clique_37
 L  clique_38
 L  clique_39
 L  clique_40
 L  clique_41
 L  clique_42
 L  clique_43
 L  clique_44
 L  clique_45
 L  clique_46
 L  clique_47
 L  clique_48
 L  edge_0_4
 L  edge_0_5
 L  edge_0_6
 L  edge_0_10
 L  edge_0_11
 L  edge_0_59
 L  edge_0_76
 L  edge_0_139
 L  edge_1_4
 L  edge_1_5
 L  edge_1_12
 L  edge_1_14
 L  edge_1_21
 L  edge_1_26
 L  edge_1_28
 L  edge_1_31
 L  edge_1_35
 L  edge_1_36
 L  edge_1_45
 L  edge_1_50
 L  edge_1_55
 L  edge_1_60
 L  edge_1_65
 L  edge_1_72
 L  edge_1_74
 L  edge_1_78
 L  edge_1_84
 L  edge_1_90
 L  edge_1_102
 L  edge_1_105
 L  edge_1_109
 L  edge_1_120
 L  edge_1_138
 L  edge_1_140
 L  edge_1_148
 L  edge_2_4
 L  edge_2_6
 L  edge_2_7
 L  edge_2_8
 L  edge_2_28
 L  edge_2_29
 L  edge_2_48
 L  edge_2_51
 L  edge_2_52
 L  edge_2_60
 L  edge_2_61
 L  edge_2_74
 L  edge_2_83
 L  edge_2_93
 L  edge_2_98
 L  edge_2_101
 L  edge_2_116
 L  edge_3_5
 L  edge_3_8
 L  edge_3_10
 L  edge_3_11
 L  edge_3_14
 L  edge_3_17
 L  edge_3_25
 L  edge_3_27
 L  edge_3_36
 L  edge_3_46
 L  edge_3_57
 L  edge_3_64
 L  edge_3_75
 L  edge_3_76
 L  edge_3_80
 L  edge_3_100
 L  edge_3_109
 L  edge_3_120
 L  edge_3_126
 L  edge_3_139
 L  edge_4_5
 L  edge_4_8
 L  edge_4_10
 L  edge_4_11
 L  edge_4_15
 L  edge_4_16
 L  edge_4_17
 L  edge_4_18
 L  edge_4_21
 L  edge_4_22
 L  edge_4_23
 L  edge_4_24
 L  edge_4_25
 L  edge_4_44
 L  edge_4_52
 L  edge_4_53
 L  edge_4_55
 L  edge_4_65
 L  edge_4_66
 L  edge_4_74
 L  edge_4_76
 L  edge_4_79
 L  edge_4_89
 L  edge_4_91
 L  edge_4_96
 L  edge_4_131
 L  edge_4_136
 L  edge_4_149
 L  edge_5_10
 L  edge_5_22
 L  edge_5_47
 L  edge_5_110
 L  edge_5_136
 L  edge_6_9
 L  edge_6_11
 L  edge_6_13
 L  edge_6_16
 L  edge_6_22
 L  edge_6_24
 L  edge_6_25
 L  edge_6_37
 L  edge_6_38
 L  edge_6_45
 L  edge_6_58
 L  edge_6_61
 L  edge_6_71
 L  edge_6_87
 L  edge_6_94
 L  edge_6_99
 L  edge_6_108
 L  edge_6_114
 L  edge_6_117
 L  edge_6_126
 L  edge_6_129
 L  edge_6_143
 L  edge_7_9
 L  edge_7_12
 L  edge_7_15
 L  edge_7_19
 L  edge_7_20
 L  edge_7_21
 L  edge_7_26
 L  edge_7_32
 L  edge_7_37
 L  edge_7_42
 L  edge_7_45
 L  edge_7_51
 L  edge_7_56
 L  edge_7_68
 L  edge_7_80
 L  edge_7_81
 L  edge_7_82
 L  edge_7_87
 L  edge_7_95
 L  edge_7_101
 L  edge_7_102
 L  edge_7_107
 L  edge_7_115
 L  edge_7_117
 L  edge_7_125
 L  edge_7_137
 L  edge_7_144
 L  edge_8_14
 L  edge_8_19
 L  edge_8_21
 L  edge_8_30
 L  edge_8_36
 L  edge_8_49
 L  edge_8_52
 L  edge_8_58
 L  edge_8_64
 L  edge_8_82
 L  edge_8_84
 L  edge_8_119
 L  edge_8_128
 L  edge_8_130
 L  edge_8_144
 L  edge_8_147
 L  edge_9_16
 L  edge_9_17
 L  edge_9_20
 L  edge_9_30
 L  edge_9_34
 L  edge_9_35
 L  edge_9_36
 L  edge_9_43
 L  edge_9_65
 L  edge_9_77
 L  edge_9_85
 L  edge_9_99
 L  edge_9_118
 L  edge_9_133
 L  edge_9_142
 L  edge_9_143
 L  edge_10_19
 L  edge_10_20
 L  edge_10_34
 L  edge_10_63
 L  edge_10_79
 L  edge_10_83
 L  edge_10_90
 L  edge_10_93
 L  edge_10_94
 L  edge_10_105
 L  edge_10_124
 L  edge_10_134
 L  edge_10_147
 L  edge_11_12
 L  edge_11_15
 L  edge_11_20
 L  edge_11_23
 L  edge_11_24
 L  edge_11_33
 L  edge_11_73
 L  edge_11_78
 L  edge_11_86
 L  edge_11_106
 L  edge_11_137
 L  edge_12_19
 L  edge_12_23
 L  edge_12_38
 L  edge_12_69
 L  edge_12_83
 L  edge_12_112
 L  edge_13_14
 L  edge_13_15
 L  edge_13_18
 L  edge_13_28
 L  edge_13_46
 L  edge_13_47
 L  edge_13_53
 L  edge_13_69
 L  edge_13_78
 L  edge_13_92
 L  edge_13_93
 L  edge_13_100
 L  edge_13_101
 L  edge_13_103
 L  edge_13_106
 L  edge_13_135
 L  edge_14_35
 L  edge_14_48
 L  edge_14_68
 L  edge_14_72
 L  edge_14_74
 L  edge_14_80
 L  edge_14_81
 L  edge_14_86
 L  edge_14_90
 L  edge_14_92
 L  edge_14_97
 L  edge_14_114
 L  edge_14_127
 L  edge_14_140
 L  edge_15_30
 L  edge_15_33
 L  edge_15_41
 L  edge_15_46
 L  edge_15_68
 L  edge_15_70
 L  edge_15_73
 L  edge_15_91
 L  edge_15_100
 L  edge_15_115
 L  edge_15_125
 L  edge_15_130
 L  edge_15_138
 L  edge_15_146
 L  edge_16_39
 L  edge_16_40
 L  edge_16_56
 L  edge_16_103
 L  edge_16_131
 L  edge_17_28
 L  edge_17_29
 L  edge_17_30
 L  edge_17_42
 L  edge_17_49
 L  edge_17_54
 L  edge_17_58
 L  edge_17_61
 L  edge_17_62
 L  edge_17_97
 L  edge_17_103
 L  edge_17_108
 L  edge_17_125
 L  edge_17_127
 L  edge_17_138
 L  edge_18_23
 L  edge_18_40
 L  edge_18_41
 L  edge_18_42
 L  edge_18_44
 L  edge_18_48
 L  edge_18_53
 L  edge_18_54
 L  edge_18_63
 L  edge_18_64
 L  edge_18_70
 L  edge_18_79
 L  edge_18_92
 L  edge_18_96
 L  edge_18_105
 L  edge_18_109
 L  edge_18_123
 L  edge_18_129
 L  edge_18_131
 L  edge_18_144
 L  edge_19_71
 L  edge_19_89
 L  edge_19_111
 L  edge_19_139
 L  edge_20_43
 L  edge_20_49
 L  edge_20_61
 L  edge_20_81
 L  edge_21_26
 L  edge_21_27
 L  edge_21_31
 L  edge_21_32
 L  edge_21_51
 L  edge_21_91
 L  edge_21_104
 L  edge_21_113
 L  edge_22_25
 L  edge_22_50
 L  edge_22_54
 L  edge_23_24
 L  edge_23_34
 L  edge_23_39
 L  edge_23_44
 L  edge_23_50
 L  edge_23_56
 L  edge_23_63
 L  edge_23_88
 L  edge_23_93
 L  edge_23_115
 L  edge_24_33
 L  edge_24_48
 L  edge_24_52
 L  edge_24_60
 L  edge_24_131
 L  edge_25_27
 L  edge_25_43
 L  edge_25_132
 L  edge_26_34
 L  edge_26_40
 L  edge_26_85
 L  edge_26_88
 L  edge_26_117
 L  edge_27_29
 L  edge_27_57
 L  edge_27_71
 L  edge_27_75
 L  edge_27_83
 L  edge_27_84
 L  edge_27_87
 L  edge_27_105
 L  edge_27_112
 L  edge_27_116
 L  edge_27_119
 L  edge_27_122
 L  edge_27_128
 L  edge_28_38
 L  edge_28_42
 L  edge_28_43
 L  edge_28_45
 L  edge_28_121
 L  edge_29_38
 L  edge_29_53
 L  edge_29_55
 L  edge_29_94
 L  edge_30_62
 L  edge_30_65
 L  edge_30_72
 L  edge_30_110
 L  edge_30_124
 L  edge_30_134
 L  edge_31_32
 L  edge_31_39
 L  edge_31_44
 L  edge_31_51
 L  edge_31_73
 L  edge_31_81
 L  edge_31_84
 L  edge_31_85
 L  edge_31_104
 L  edge_31_112
 L  edge_31_118
 L  edge_31_122
 L  edge_31_132
 L  edge_31_140
 L  edge_32_111
 L  edge_33_39
 L  edge_33_41
 L  edge_33_46
 L  edge_33_60
 L  edge_33_77
 L  edge_33_118
 L  edge_33_125
 L  edge_34_58
 L  edge_34_73
 L  edge_35_92
 L  edge_35_95
 L  edge_36_82
 L  edge_38_49
 L  edge_39_40
 L  edge_39_59
 L  edge_41_111
 L  edge_41_130
 L  edge_42_63
 L  edge_42_67
 L  edge_42_130
 L  edge_43_62
 L  edge_43_66
 L  edge_46_102
 L  edge_46_136
 L  edge_47_69
 L  edge_49_89
 L  edge_49_106
 L  edge_50_54
 L  edge_50_88
 L  edge_50_107
 L  edge_50_137
 L  edge_50_146
 L  edge_51_99
 L  edge_51_115
 L  edge_51_141
 L  edge_51_145
 L  edge_52_72
 L  edge_52_148
 L  edge_53_123
 L  edge_54_79
 L  edge_54_149
 L  edge_55_75
 L  edge_55_77
 L  edge_55_116
 L  edge_55_132
 L  edge_55_135
 L  edge_56_57
 L  edge_56_124
 L  edge_56_141
 L  edge_57_76
 L  edge_57_96
 L  edge_57_109
 L  edge_57_120
 L  edge_58_88
 L  edge_58_95
 L  edge_58_104
 L  edge_58_134
 L  edge_58_145
 L  edge_59_67
 L  edge_60_119
 L  edge_62_138
 L  edge_64_123
 L  edge_64_126
 L  edge_64_141
 L  edge_66_89
 L  edge_66_113
 L  edge_66_122
 L  edge_68_70
 L  edge_68_78
 L  edge_68_85
 L  edge_68_116
 L  edge_69_108
 L  edge_69_133
 L  edge_69_147
 L  edge_70_86
 L  edge_70_107
 L  edge_70_112
 L  edge_70_128
 L  edge_70_141
 L  edge_71_91
 L  edge_71_97
 L  edge_71_98
 L  edge_71_108
 L  edge_71_133
 L  edge_74_132
 L  edge_77_98
 L  edge_79_86
 L  edge_79_119
 L  edge_79_120
 L  edge_79_134
 L  edge_80_96
 L  edge_80_99
 L  edge_80_114
 L  edge_80_146
 L  edge_80_149
 L  edge_84_100
 L  edge_84_133
 L  edge_87_135
 L  edge_87_143
 L  edge_87_148
 L  edge_90_102
 L  edge_95_117
 L  edge_97_98
 L  edge_97_103
 L  edge_97_113
 L  edge_97_129
 L  edge_97_140
 L  edge_97_144
 L  edge_101_142
 L  edge_106_118
 L  edge_106_122
 L  edge_106_123
 L  edge_106_124
 L  edge_106_135
 L  edge_106_143
 L  edge_107_110
 L  edge_107_121
 L  edge_109_142
 L  edge_111_149
 L  edge_120_139
 L  edge_121_145
 L  edge_121_146
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  1  clique_16  1
    x_0  edge_0_4  1  edge_0_5  1
    x_0  edge_0_6  1  edge_0_10  1
    x_0  edge_0_11  1  edge_0_59  1
    x_0  edge_0_76  1  edge_0_139  1
    x_1  obj  1  clique_1  1
    x_1  edge_1_4  1  edge_1_5  1
    x_1  edge_1_12  1  edge_1_14  1
    x_1  edge_1_21  1  edge_1_26  1
    x_1  edge_1_28  1  edge_1_31  1
    x_1  edge_1_35  1  edge_1_36  1
    x_1  edge_1_45  1  edge_1_50  1
    x_1  edge_1_55  1  edge_1_60  1
    x_1  edge_1_65  1  edge_1_72  1
    x_1  edge_1_74  1  edge_1_78  1
    x_1  edge_1_84  1  edge_1_90  1
    x_1  edge_1_102  1  edge_1_105  1
    x_1  edge_1_109  1  edge_1_120  1
    x_1  edge_1_138  1  edge_1_140  1
    x_1  edge_1_148  1
    x_2  obj  1  clique_4  1
    x_2  edge_2_4  1  edge_2_6  1
    x_2  edge_2_7  1  edge_2_8  1
    x_2  edge_2_28  1  edge_2_29  1
    x_2  edge_2_48  1  edge_2_51  1
    x_2  edge_2_52  1  edge_2_60  1
    x_2  edge_2_61  1  edge_2_74  1
    x_2  edge_2_83  1  edge_2_93  1
    x_2  edge_2_98  1  edge_2_101  1
    x_2  edge_2_116  1
    x_3  obj  1  clique_0  1
    x_3  edge_3_5  1  edge_3_8  1
    x_3  edge_3_10  1  edge_3_11  1
    x_3  edge_3_14  1  edge_3_17  1
    x_3  edge_3_25  1  edge_3_27  1
    x_3  edge_3_36  1  edge_3_46  1
    x_3  edge_3_57  1  edge_3_64  1
    x_3  edge_3_75  1  edge_3_76  1
    x_3  edge_3_80  1  edge_3_100  1
    x_3  edge_3_109  1  edge_3_120  1
    x_3  edge_3_126  1  edge_3_139  1
    x_4  obj  1  clique_0  1
    x_4  edge_0_4  1  edge_1_4  1
    x_4  edge_2_4  1  edge_4_5  1
    x_4  edge_4_8  1  edge_4_10  1
    x_4  edge_4_11  1  edge_4_15  1
    x_4  edge_4_16  1  edge_4_17  1
    x_4  edge_4_18  1  edge_4_21  1
    x_4  edge_4_22  1  edge_4_23  1
    x_4  edge_4_24  1  edge_4_25  1
    x_4  edge_4_44  1  edge_4_52  1
    x_4  edge_4_53  1  edge_4_55  1
    x_4  edge_4_65  1  edge_4_66  1
    x_4  edge_4_74  1  edge_4_76  1
    x_4  edge_4_79  1  edge_4_89  1
    x_4  edge_4_91  1  edge_4_96  1
    x_4  edge_4_131  1  edge_4_136  1
    x_4  edge_4_149  1
    x_5  obj  1  clique_10  1
    x_5  edge_0_5  1  edge_1_5  1
    x_5  edge_3_5  1  edge_4_5  1
    x_5  edge_5_10  1  edge_5_22  1
    x_5  edge_5_47  1  edge_5_110  1
    x_5  edge_5_136  1
    x_6  obj  1  clique_0  1
    x_6  edge_0_6  1  edge_2_6  1
    x_6  edge_6_9  1  edge_6_11  1
    x_6  edge_6_13  1  edge_6_16  1
    x_6  edge_6_22  1  edge_6_24  1
    x_6  edge_6_25  1  edge_6_37  1
    x_6  edge_6_38  1  edge_6_45  1
    x_6  edge_6_58  1  edge_6_61  1
    x_6  edge_6_71  1  edge_6_87  1
    x_6  edge_6_94  1  edge_6_99  1
    x_6  edge_6_108  1  edge_6_114  1
    x_6  edge_6_117  1  edge_6_126  1
    x_6  edge_6_129  1  edge_6_143  1
    x_7  obj  1  clique_0  1
    x_7  edge_2_7  1  edge_7_9  1
    x_7  edge_7_12  1  edge_7_15  1
    x_7  edge_7_19  1  edge_7_20  1
    x_7  edge_7_21  1  edge_7_26  1
    x_7  edge_7_32  1  edge_7_37  1
    x_7  edge_7_42  1  edge_7_45  1
    x_7  edge_7_51  1  edge_7_56  1
    x_7  edge_7_68  1  edge_7_80  1
    x_7  edge_7_81  1  edge_7_82  1
    x_7  edge_7_87  1  edge_7_95  1
    x_7  edge_7_101  1  edge_7_102  1
    x_7  edge_7_107  1  edge_7_115  1
    x_7  edge_7_117  1  edge_7_125  1
    x_7  edge_7_137  1  edge_7_144  1
    x_8  obj  1  clique_1  1
    x_8  edge_2_8  1  edge_3_8  1
    x_8  edge_4_8  1  edge_8_14  1
    x_8  edge_8_19  1  edge_8_21  1
    x_8  edge_8_30  1  edge_8_36  1
    x_8  edge_8_49  1  edge_8_52  1
    x_8  edge_8_58  1  edge_8_64  1
    x_8  edge_8_82  1  edge_8_84  1
    x_8  edge_8_119  1  edge_8_128  1
    x_8  edge_8_130  1  edge_8_144  1
    x_8  edge_8_147  1
    x_9  obj  1  clique_1  1
    x_9  edge_6_9  1  edge_7_9  1
    x_9  edge_9_16  1  edge_9_17  1
    x_9  edge_9_20  1  edge_9_30  1
    x_9  edge_9_34  1  edge_9_35  1
    x_9  edge_9_36  1  edge_9_43  1
    x_9  edge_9_65  1  edge_9_77  1
    x_9  edge_9_85  1  edge_9_99  1
    x_9  edge_9_118  1  edge_9_133  1
    x_9  edge_9_142  1  edge_9_143  1
    x_10  obj  1  clique_5  1
    x_10  edge_0_10  1  edge_3_10  1
    x_10  edge_4_10  1  edge_5_10  1
    x_10  edge_10_19  1  edge_10_20  1
    x_10  edge_10_34  1  edge_10_63  1
    x_10  edge_10_79  1  edge_10_83  1
    x_10  edge_10_90  1  edge_10_93  1
    x_10  edge_10_94  1  edge_10_105  1
    x_10  edge_10_124  1  edge_10_134  1
    x_10  edge_10_147  1
    x_11  obj  1  clique_7  1
    x_11  edge_0_11  1  edge_3_11  1
    x_11  edge_4_11  1  edge_6_11  1
    x_11  edge_11_12  1  edge_11_15  1
    x_11  edge_11_20  1  edge_11_23  1
    x_11  edge_11_24  1  edge_11_33  1
    x_11  edge_11_73  1  edge_11_78  1
    x_11  edge_11_86  1  edge_11_106  1
    x_11  edge_11_137  1
    x_12  obj  1  clique_4  1
    x_12  edge_1_12  1  edge_7_12  1
    x_12  edge_11_12  1  edge_12_19  1
    x_12  edge_12_23  1  edge_12_38  1
    x_12  edge_12_69  1  edge_12_83  1
    x_12  edge_12_112  1
    x_13  obj  1  clique_1  1
    x_13  edge_6_13  1  edge_13_14  1
    x_13  edge_13_15  1  edge_13_18  1
    x_13  edge_13_28  1  edge_13_46  1
    x_13  edge_13_47  1  edge_13_53  1
    x_13  edge_13_69  1  edge_13_78  1
    x_13  edge_13_92  1  edge_13_93  1
    x_13  edge_13_100  1  edge_13_101  1
    x_13  edge_13_103  1  edge_13_106  1
    x_13  edge_13_135  1
    x_14  obj  1  clique_3  1
    x_14  edge_1_14  1  edge_3_14  1
    x_14  edge_8_14  1  edge_13_14  1
    x_14  edge_14_35  1  edge_14_48  1
    x_14  edge_14_68  1  edge_14_72  1
    x_14  edge_14_74  1  edge_14_80  1
    x_14  edge_14_81  1  edge_14_86  1
    x_14  edge_14_90  1  edge_14_92  1
    x_14  edge_14_97  1  edge_14_114  1
    x_14  edge_14_127  1  edge_14_140  1
    x_15  obj  1  clique_2  1
    x_15  edge_4_15  1  edge_7_15  1
    x_15  edge_11_15  1  edge_13_15  1
    x_15  edge_15_30  1  edge_15_33  1
    x_15  edge_15_41  1  edge_15_46  1
    x_15  edge_15_68  1  edge_15_70  1
    x_15  edge_15_73  1  edge_15_91  1
    x_15  edge_15_100  1  edge_15_115  1
    x_15  edge_15_125  1  edge_15_130  1
    x_15  edge_15_138  1  edge_15_146  1
    x_16  obj  1  clique_3  1
    x_16  edge_4_16  1  edge_6_16  1
    x_16  edge_9_16  1  edge_16_39  1
    x_16  edge_16_40  1  edge_16_56  1
    x_16  edge_16_103  1  edge_16_131  1
    x_17  obj  1  clique_2  1
    x_17  edge_3_17  1  edge_4_17  1
    x_17  edge_9_17  1  edge_17_28  1
    x_17  edge_17_29  1  edge_17_30  1
    x_17  edge_17_42  1  edge_17_49  1
    x_17  edge_17_54  1  edge_17_58  1
    x_17  edge_17_61  1  edge_17_62  1
    x_17  edge_17_97  1  edge_17_103  1
    x_17  edge_17_108  1  edge_17_125  1
    x_17  edge_17_127  1  edge_17_138  1
    x_18  obj  1  clique_2  1
    x_18  edge_4_18  1  edge_13_18  1
    x_18  edge_18_23  1  edge_18_40  1
    x_18  edge_18_41  1  edge_18_42  1
    x_18  edge_18_44  1  edge_18_48  1
    x_18  edge_18_53  1  edge_18_54  1
    x_18  edge_18_63  1  edge_18_64  1
    x_18  edge_18_70  1  edge_18_79  1
    x_18  edge_18_92  1  edge_18_96  1
    x_18  edge_18_105  1  edge_18_109  1
    x_18  edge_18_123  1  edge_18_129  1
    x_18  edge_18_131  1  edge_18_144  1
    x_19  obj  1  clique_17  1
    x_19  edge_7_19  1  edge_8_19  1
    x_19  edge_10_19  1  edge_12_19  1
    x_19  edge_19_71  1  edge_19_89  1
    x_19  edge_19_111  1  edge_19_139  1
    x_20  obj  1  clique_18  1
    x_20  edge_7_20  1  edge_9_20  1
    x_20  edge_10_20  1  edge_11_20  1
    x_20  edge_20_43  1  edge_20_49  1
    x_20  edge_20_61  1  edge_20_81  1
    x_21  obj  1  clique_8  1
    x_21  edge_1_21  1  edge_4_21  1
    x_21  edge_7_21  1  edge_8_21  1
    x_21  edge_21_26  1  edge_21_27  1
    x_21  edge_21_31  1  edge_21_32  1
    x_21  edge_21_51  1  edge_21_91  1
    x_21  edge_21_104  1  edge_21_113  1
    x_22  obj  1  clique_7  1
    x_22  edge_4_22  1  edge_5_22  1
    x_22  edge_6_22  1  edge_22_25  1
    x_22  edge_22_50  1  edge_22_54  1
    x_23  obj  1  clique_6  1
    x_23  edge_4_23  1  edge_11_23  1
    x_23  edge_12_23  1  edge_18_23  1
    x_23  edge_23_24  1  edge_23_34  1
    x_23  edge_23_39  1  edge_23_44  1
    x_23  edge_23_50  1  edge_23_56  1
    x_23  edge_23_63  1  edge_23_88  1
    x_23  edge_23_93  1  edge_23_115  1
    x_24  obj  1  clique_11  1
    x_24  edge_4_24  1  edge_6_24  1
    x_24  edge_11_24  1  edge_23_24  1
    x_24  edge_24_33  1  edge_24_48  1
    x_24  edge_24_52  1  edge_24_60  1
    x_24  edge_24_131  1
    x_25  obj  1  clique_21  1
    x_25  edge_3_25  1  edge_4_25  1
    x_25  edge_6_25  1  edge_22_25  1
    x_25  edge_25_27  1  edge_25_43  1
    x_25  edge_25_132  1
    x_26  obj  1  clique_18  1
    x_26  edge_1_26  1  edge_7_26  1
    x_26  edge_21_26  1  edge_26_34  1
    x_26  edge_26_40  1  edge_26_85  1
    x_26  edge_26_88  1  edge_26_117  1
    x_27  obj  1  clique_6  1
    x_27  edge_3_27  1  edge_21_27  1
    x_27  edge_25_27  1  edge_27_29  1
    x_27  edge_27_57  1  edge_27_71  1
    x_27  edge_27_75  1  edge_27_83  1
    x_27  edge_27_84  1  edge_27_87  1
    x_27  edge_27_105  1  edge_27_112  1
    x_27  edge_27_116  1  edge_27_119  1
    x_27  edge_27_122  1  edge_27_128  1
    x_28  obj  1  clique_12  1
    x_28  edge_1_28  1  edge_2_28  1
    x_28  edge_13_28  1  edge_17_28  1
    x_28  edge_28_38  1  edge_28_42  1
    x_28  edge_28_43  1  edge_28_45  1
    x_28  edge_28_121  1
    x_29  obj  1  clique_17  1
    x_29  edge_2_29  1  edge_17_29  1
    x_29  edge_27_29  1  edge_29_38  1
    x_29  edge_29_53  1  edge_29_55  1
    x_29  edge_29_94  1
    x_30  obj  1  clique_9  1
    x_30  edge_8_30  1  edge_9_30  1
    x_30  edge_15_30  1  edge_17_30  1
    x_30  edge_30_62  1  edge_30_65  1
    x_30  edge_30_72  1  edge_30_110  1
    x_30  edge_30_124  1  edge_30_134  1
    x_31  obj  1  clique_7  1
    x_31  edge_1_31  1  edge_21_31  1
    x_31  edge_31_32  1  edge_31_39  1
    x_31  edge_31_44  1  edge_31_51  1
    x_31  edge_31_73  1  edge_31_81  1
    x_31  edge_31_84  1  edge_31_85  1
    x_31  edge_31_104  1  edge_31_112  1
    x_31  edge_31_118  1  edge_31_122  1
    x_31  edge_31_132  1  edge_31_140  1
    x_32  obj  1  clique_16  1
    x_32  edge_7_32  1  edge_21_32  1
    x_32  edge_31_32  1  edge_32_111  1
    x_33  obj  1  clique_5  1
    x_33  edge_11_33  1  edge_15_33  1
    x_33  edge_24_33  1  edge_33_39  1
    x_33  edge_33_41  1  edge_33_46  1
    x_33  edge_33_60  1  edge_33_77  1
    x_33  edge_33_118  1  edge_33_125  1
    x_34  obj  1  clique_24  1
    x_34  edge_9_34  1  edge_10_34  1
    x_34  edge_23_34  1  edge_26_34  1
    x_34  edge_34_58  1  edge_34_73  1
    x_35  obj  1  clique_24  1
    x_35  edge_1_35  1  edge_9_35  1
    x_35  edge_14_35  1  edge_35_92  1
    x_35  edge_35_95  1
    x_36  obj  1  clique_13  1
    x_36  edge_1_36  1  edge_3_36  1
    x_36  edge_8_36  1  edge_9_36  1
    x_36  edge_36_82  1
    x_37  obj  1  clique_6  1
    x_37  edge_6_37  1  edge_7_37  1
    x_38  obj  1  edge_6_38  1
    x_38  edge_12_38  1  edge_28_38  1
    x_38  edge_29_38  1  edge_38_49  1
    x_39  obj  1  clique_25  1
    x_39  edge_16_39  1  edge_23_39  1
    x_39  edge_31_39  1  edge_33_39  1
    x_39  edge_39_40  1  edge_39_59  1
    x_40  obj  1  edge_16_40  1
    x_40  edge_18_40  1  edge_26_40  1
    x_40  edge_39_40  1
    x_41  obj  1  clique_9  1
    x_41  edge_15_41  1  edge_18_41  1
    x_41  edge_33_41  1  edge_41_111  1
    x_41  edge_41_130  1
    x_42  obj  1  clique_22  1
    x_42  edge_7_42  1  edge_17_42  1
    x_42  edge_18_42  1  edge_28_42  1
    x_42  edge_42_63  1  edge_42_67  1
    x_42  edge_42_130  1
    x_43  obj  1  edge_9_43  1
    x_43  edge_20_43  1  edge_25_43  1
    x_43  edge_28_43  1  edge_43_62  1
    x_43  edge_43_66  1
    x_44  obj  1  clique_35  1
    x_44  edge_4_44  1  edge_18_44  1
    x_44  edge_23_44  1  edge_31_44  1
    x_45  obj  1  edge_1_45  1
    x_45  edge_6_45  1  edge_7_45  1
    x_45  edge_28_45  1
    x_46  obj  1  clique_26  1
    x_46  edge_3_46  1  edge_13_46  1
    x_46  edge_15_46  1  edge_33_46  1
    x_46  edge_46_102  1  edge_46_136  1
    x_47  obj  1  clique_4  1
    x_47  edge_5_47  1  edge_13_47  1
    x_47  edge_47_69  1
    x_48  obj  1  edge_2_48  1
    x_48  edge_14_48  1  edge_18_48  1
    x_48  edge_24_48  1
    x_49  obj  1  clique_27  1
    x_49  edge_8_49  1  edge_17_49  1
    x_49  edge_20_49  1  edge_38_49  1
    x_49  edge_49_89  1  edge_49_106  1
    x_50  obj  1  clique_13  1
    x_50  edge_1_50  1  edge_22_50  1
    x_50  edge_23_50  1  edge_50_54  1
    x_50  edge_50_88  1  edge_50_107  1
    x_50  edge_50_137  1  edge_50_146  1
    x_51  obj  1  clique_15  1
    x_51  edge_2_51  1  edge_7_51  1
    x_51  edge_21_51  1  edge_31_51  1
    x_51  edge_51_99  1  edge_51_115  1
    x_51  edge_51_141  1  edge_51_145  1
    x_52  obj  1  clique_28  1
    x_52  edge_2_52  1  edge_4_52  1
    x_52  edge_8_52  1  edge_24_52  1
    x_52  edge_52_72  1  edge_52_148  1
    x_53  obj  1  clique_19  1
    x_53  edge_4_53  1  edge_13_53  1
    x_53  edge_18_53  1  edge_29_53  1
    x_53  edge_53_123  1
    x_54  obj  1  clique_29  1
    x_54  edge_17_54  1  edge_18_54  1
    x_54  edge_22_54  1  edge_50_54  1
    x_54  edge_54_79  1  edge_54_149  1
    x_55  obj  1  clique_19  1
    x_55  edge_1_55  1  edge_4_55  1
    x_55  edge_29_55  1  edge_55_75  1
    x_55  edge_55_77  1  edge_55_116  1
    x_55  edge_55_132  1  edge_55_135  1
    x_56  obj  1  clique_21  1
    x_56  edge_7_56  1  edge_16_56  1
    x_56  edge_23_56  1  edge_56_57  1
    x_56  edge_56_124  1  edge_56_141  1
    x_57  obj  1  clique_11  1
    x_57  edge_3_57  1  edge_27_57  1
    x_57  edge_56_57  1  edge_57_76  1
    x_57  edge_57_96  1  edge_57_109  1
    x_57  edge_57_120  1
    x_58  obj  1  clique_14  1
    x_58  edge_6_58  1  edge_8_58  1
    x_58  edge_17_58  1  edge_34_58  1
    x_58  edge_58_88  1  edge_58_95  1
    x_58  edge_58_104  1  edge_58_134  1
    x_58  edge_58_145  1
    x_59  obj  1  clique_13  1
    x_59  edge_0_59  1  edge_39_59  1
    x_59  edge_59_67  1
    x_60  obj  1  clique_31  1
    x_60  edge_1_60  1  edge_2_60  1
    x_60  edge_24_60  1  edge_33_60  1
    x_60  edge_60_119  1
    x_61  obj  1  clique_36  1
    x_61  edge_2_61  1  edge_6_61  1
    x_61  edge_17_61  1  edge_20_61  1
    x_62  obj  1  clique_26  1
    x_62  edge_17_62  1  edge_30_62  1
    x_62  edge_43_62  1  edge_62_138  1
    x_63  obj  1  edge_10_63  1
    x_63  edge_18_63  1  edge_23_63  1
    x_63  edge_42_63  1
    x_64  obj  1  clique_29  1
    x_64  edge_3_64  1  edge_8_64  1
    x_64  edge_18_64  1  edge_64_123  1
    x_64  edge_64_126  1  edge_64_141  1
    x_65  obj  1  edge_1_65  1
    x_65  edge_4_65  1  edge_9_65  1
    x_65  edge_30_65  1
    x_66  obj  1  clique_9  1
    x_66  edge_4_66  1  edge_43_66  1
    x_66  edge_66_89  1  edge_66_113  1
    x_66  edge_66_122  1
    x_67  obj  1  clique_3  1
    x_67  edge_42_67  1  edge_59_67  1
    x_68  obj  1  clique_14  1
    x_68  edge_7_68  1  edge_14_68  1
    x_68  edge_15_68  1  edge_68_70  1
    x_68  edge_68_78  1  edge_68_85  1
    x_68  edge_68_116  1
    x_69  obj  1  clique_28  1
    x_69  edge_12_69  1  edge_13_69  1
    x_69  edge_47_69  1  edge_69_108  1
    x_69  edge_69_133  1  edge_69_147  1
    x_70  obj  1  clique_12  1
    x_70  edge_15_70  1  edge_18_70  1
    x_70  edge_68_70  1  edge_70_86  1
    x_70  edge_70_107  1  edge_70_112  1
    x_70  edge_70_128  1  edge_70_141  1
    x_71  obj  1  clique_8  1
    x_71  edge_6_71  1  edge_19_71  1
    x_71  edge_27_71  1  edge_71_91  1
    x_71  edge_71_97  1  edge_71_98  1
    x_71  edge_71_108  1  edge_71_133  1
    x_72  obj  1  edge_1_72  1
    x_72  edge_14_72  1  edge_30_72  1
    x_72  edge_52_72  1
    x_73  obj  1  clique_30  1
    x_73  edge_11_73  1  edge_15_73  1
    x_73  edge_31_73  1  edge_34_73  1
    x_74  obj  1  clique_32  1
    x_74  edge_1_74  1  edge_2_74  1
    x_74  edge_4_74  1  edge_14_74  1
    x_74  edge_74_132  1
    x_75  obj  1  clique_31  1
    x_75  edge_3_75  1  edge_27_75  1
    x_75  edge_55_75  1
    x_76  obj  1  edge_0_76  1
    x_76  edge_3_76  1  edge_4_76  1
    x_76  edge_57_76  1
    x_77  obj  1  clique_32  1
    x_77  edge_9_77  1  edge_33_77  1
    x_77  edge_55_77  1  edge_77_98  1
    x_78  obj  1  edge_1_78  1
    x_78  edge_11_78  1  edge_13_78  1
    x_78  edge_68_78  1
    x_79  obj  1  clique_20  1
    x_79  edge_4_79  1  edge_10_79  1
    x_79  edge_18_79  1  edge_54_79  1
    x_79  edge_79_86  1  edge_79_119  1
    x_79  edge_79_120  1  edge_79_134  1
    x_80  obj  1  clique_20  1
    x_80  edge_3_80  1  edge_7_80  1
    x_80  edge_14_80  1  edge_80_96  1
    x_80  edge_80_99  1  edge_80_114  1
    x_80  edge_80_146  1  edge_80_149  1
    x_81  obj  1  edge_7_81  1
    x_81  edge_14_81  1  edge_20_81  1
    x_81  edge_31_81  1
    x_82  obj  1  clique_36  1
    x_82  edge_7_82  1  edge_8_82  1
    x_82  edge_36_82  1
    x_83  obj  1  edge_2_83  1
    x_83  edge_10_83  1  edge_12_83  1
    x_83  edge_27_83  1
    x_84  obj  1  clique_23  1
    x_84  edge_1_84  1  edge_8_84  1
    x_84  edge_27_84  1  edge_31_84  1
    x_84  edge_84_100  1  edge_84_133  1
    x_85  obj  1  clique_37  1
    x_85  edge_9_85  1  edge_26_85  1
    x_85  edge_31_85  1  edge_68_85  1
    x_86  obj  1  clique_38  1
    x_86  edge_11_86  1  edge_14_86  1
    x_86  edge_70_86  1  edge_79_86  1
    x_87  obj  1  clique_30  1
    x_87  edge_6_87  1  edge_7_87  1
    x_87  edge_27_87  1  edge_87_135  1
    x_87  edge_87_143  1  edge_87_148  1
    x_88  obj  1  clique_39  1
    x_88  edge_23_88  1  edge_26_88  1
    x_88  edge_50_88  1  edge_58_88  1
    x_89  obj  1  edge_4_89  1
    x_89  edge_19_89  1  edge_49_89  1
    x_89  edge_66_89  1
    x_90  obj  1  clique_39  1
    x_90  edge_1_90  1  edge_10_90  1
    x_90  edge_14_90  1  edge_90_102  1
    x_91  obj  1  edge_4_91  1
    x_91  edge_15_91  1  edge_21_91  1
    x_91  edge_71_91  1
    x_92  obj  1  clique_40  1
    x_92  edge_13_92  1  edge_14_92  1
    x_92  edge_18_92  1  edge_35_92  1
    x_93  obj  1  edge_2_93  1
    x_93  edge_10_93  1  edge_13_93  1
    x_93  edge_23_93  1
    x_94  obj  1  clique_23  1
    x_94  edge_6_94  1  edge_10_94  1
    x_94  edge_29_94  1
    x_95  obj  1  clique_25  1
    x_95  edge_7_95  1  edge_35_95  1
    x_95  edge_58_95  1  edge_95_117  1
    x_96  obj  1  clique_41  1
    x_96  edge_4_96  1  edge_18_96  1
    x_96  edge_57_96  1  edge_80_96  1
    x_97  obj  1  clique_15  1
    x_97  edge_14_97  1  edge_17_97  1
    x_97  edge_71_97  1  edge_97_98  1
    x_97  edge_97_103  1  edge_97_113  1
    x_97  edge_97_129  1  edge_97_140  1
    x_97  edge_97_144  1
    x_98  obj  1  edge_2_98  1
    x_98  edge_71_98  1  edge_77_98  1
    x_98  edge_97_98  1
    x_99  obj  1  clique_42  1
    x_99  edge_6_99  1  edge_9_99  1
    x_99  edge_51_99  1  edge_80_99  1
    x_100  obj  1  edge_3_100  1
    x_100  edge_13_100  1  edge_15_100  1
    x_100  edge_84_100  1
    x_101  obj  1  clique_22  1
    x_101  edge_2_101  1  edge_7_101  1
    x_101  edge_13_101  1  edge_101_142  1
    x_102  obj  1  edge_1_102  1
    x_102  edge_7_102  1  edge_46_102  1
    x_102  edge_90_102  1
    x_103  obj  1  clique_43  1
    x_103  edge_13_103  1  edge_16_103  1
    x_103  edge_17_103  1  edge_97_103  1
    x_104  obj  1  clique_35  1
    x_104  edge_21_104  1  edge_31_104  1
    x_104  edge_58_104  1
    x_105  obj  1  edge_1_105  1
    x_105  edge_10_105  1  edge_18_105  1
    x_105  edge_27_105  1
    x_106  obj  1  clique_10  1
    x_106  edge_11_106  1  edge_13_106  1
    x_106  edge_49_106  1  edge_106_118  1
    x_106  edge_106_122  1  edge_106_123  1
    x_106  edge_106_124  1  edge_106_135  1
    x_106  edge_106_143  1
    x_107  obj  1  clique_27  1
    x_107  edge_7_107  1  edge_50_107  1
    x_107  edge_70_107  1  edge_107_110  1
    x_107  edge_107_121  1
    x_108  obj  1  clique_44  1
    x_108  edge_6_108  1  edge_17_108  1
    x_108  edge_69_108  1  edge_71_108  1
    x_109  obj  1  clique_33  1
    x_109  edge_1_109  1  edge_3_109  1
    x_109  edge_18_109  1  edge_57_109  1
    x_109  edge_109_142  1
    x_110  obj  1  clique_41  1
    x_110  edge_5_110  1  edge_30_110  1
    x_110  edge_107_110  1
    x_111  obj  1  clique_33  1
    x_111  edge_19_111  1  edge_32_111  1
    x_111  edge_41_111  1  edge_111_149  1
    x_112  obj  1  clique_45  1
    x_112  edge_12_112  1  edge_27_112  1
    x_112  edge_31_112  1  edge_70_112  1
    x_113  obj  1  clique_43  1
    x_113  edge_21_113  1  edge_66_113  1
    x_113  edge_97_113  1
    x_114  obj  1  clique_38  1
    x_114  edge_6_114  1  edge_14_114  1
    x_114  edge_80_114  1
    x_115  obj  1  clique_46  1
    x_115  edge_7_115  1  edge_15_115  1
    x_115  edge_23_115  1  edge_51_115  1
    x_116  obj  1  clique_47  1
    x_116  edge_2_116  1  edge_27_116  1
    x_116  edge_55_116  1  edge_68_116  1
    x_117  obj  1  edge_6_117  1
    x_117  edge_7_117  1  edge_26_117  1
    x_117  edge_95_117  1
    x_118  obj  1  edge_9_118  1
    x_118  edge_31_118  1  edge_33_118  1
    x_118  edge_106_118  1
    x_119  obj  1  edge_8_119  1
    x_119  edge_27_119  1  edge_60_119  1
    x_119  edge_79_119  1
    x_120  obj  1  clique_34  1
    x_120  edge_1_120  1  edge_3_120  1
    x_120  edge_57_120  1  edge_79_120  1
    x_120  edge_120_139  1
    x_121  obj  1  clique_8  1
    x_121  edge_28_121  1  edge_107_121  1
    x_121  edge_121_145  1  edge_121_146  1
    x_122  obj  1  edge_27_122  1
    x_122  edge_31_122  1  edge_66_122  1
    x_122  edge_106_122  1
    x_123  obj  1  clique_48  1
    x_123  edge_18_123  1  edge_53_123  1
    x_123  edge_64_123  1  edge_106_123  1
    x_124  obj  1  edge_10_124  1
    x_124  edge_30_124  1  edge_56_124  1
    x_124  edge_106_124  1
    x_125  obj  1  edge_7_125  1
    x_125  edge_15_125  1  edge_17_125  1
    x_125  edge_33_125  1
    x_126  obj  1  clique_44  1
    x_126  edge_3_126  1  edge_6_126  1
    x_126  edge_64_126  1
    x_127  obj  1  clique_23  1
    x_127  edge_14_127  1  edge_17_127  1
    x_128  obj  1  clique_42  1
    x_128  edge_8_128  1  edge_27_128  1
    x_128  edge_70_128  1
    x_129  obj  1  clique_34  1
    x_129  edge_6_129  1  edge_18_129  1
    x_129  edge_97_129  1
    x_130  obj  1  edge_8_130  1
    x_130  edge_15_130  1  edge_41_130  1
    x_130  edge_42_130  1
    x_131  obj  1  edge_4_131  1
    x_131  edge_16_131  1  edge_18_131  1
    x_131  edge_24_131  1
    x_132  obj  1  edge_25_132  1
    x_132  edge_31_132  1  edge_55_132  1
    x_132  edge_74_132  1
    x_133  obj  1  edge_9_133  1
    x_133  edge_69_133  1  edge_71_133  1
    x_133  edge_84_133  1
    x_134  obj  1  edge_10_134  1
    x_134  edge_30_134  1  edge_58_134  1
    x_134  edge_79_134  1
    x_135  obj  1  edge_13_135  1
    x_135  edge_55_135  1  edge_87_135  1
    x_135  edge_106_135  1
    x_136  obj  1  clique_47  1
    x_136  edge_4_136  1  edge_5_136  1
    x_136  edge_46_136  1
    x_137  obj  1  clique_40  1
    x_137  edge_7_137  1  edge_11_137  1
    x_137  edge_50_137  1
    x_138  obj  1  edge_1_138  1
    x_138  edge_15_138  1  edge_17_138  1
    x_138  edge_62_138  1
    x_139  obj  1  edge_0_139  1
    x_139  edge_3_139  1  edge_19_139  1
    x_139  edge_120_139  1
    x_140  obj  1  edge_1_140  1
    x_140  edge_14_140  1  edge_31_140  1
    x_140  edge_97_140  1
    x_141  obj  1  edge_51_141  1
    x_141  edge_56_141  1  edge_64_141  1
    x_141  edge_70_141  1
    x_142  obj  1  clique_46  1
    x_142  edge_9_142  1  edge_101_142  1
    x_142  edge_109_142  1
    x_143  obj  1  edge_6_143  1
    x_143  edge_9_143  1  edge_87_143  1
    x_143  edge_106_143  1
    x_144  obj  1  edge_7_144  1
    x_144  edge_8_144  1  edge_18_144  1
    x_144  edge_97_144  1
    x_145  obj  1  clique_37  1
    x_145  edge_51_145  1  edge_58_145  1
    x_145  edge_121_145  1
    x_146  obj  1  edge_15_146  1
    x_146  edge_50_146  1  edge_80_146  1
    x_146  edge_121_146  1
    x_147  obj  1  clique_48  1
    x_147  edge_8_147  1  edge_10_147  1
    x_147  edge_69_147  1
    x_148  obj  1  clique_45  1
    x_148  edge_1_148  1  edge_52_148  1
    x_148  edge_87_148  1
    x_149  obj  1  edge_4_149  1
    x_149  edge_54_149  1  edge_80_149  1
    x_149  edge_111_149  1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  clique_0  1
    RHS  clique_1  1
    RHS  clique_2  1
    RHS  clique_3  1
    RHS  clique_4  1
    RHS  clique_5  1
    RHS  clique_6  1
    RHS  clique_7  1
    RHS  clique_8  1
    RHS  clique_9  1
    RHS  clique_10  1
    RHS  clique_11  1
    RHS  clique_12  1
    RHS  clique_13  1
    RHS  clique_14  1
    RHS  clique_15  1
    RHS  clique_16  1
    RHS  clique_17  1
    RHS  clique_18  1
    RHS  clique_19  1
    RHS  clique_20  1
    RHS  clique_21  1
    RHS  clique_22  1
    RHS  clique_23  1
    RHS  clique_24  1
    RHS  clique_25  1
    RHS  clique_26  1
    RHS  clique_27  1
    RHS  clique_28  1
    RHS  clique_29  1
    RHS  clique_30  1
    RHS  clique_31  1
    RHS  clique_32  1
    RHS  clique_33  1
    RHS  clique_34  1
    RHS  clique_35  1
    RHS  clique_36  1
    RHS  clique_37  1
    RHS  clique_38  1
    RHS  clique_39  1
    RHS  clique_40  1
    RHS  clique_41  1
    RHS  clique_42  1
    RHS  clique_43  1
    RHS  clique_44  1
    RHS  clique_45  1
    RHS  clique_46  1
    RHS  clique_47  1
    RHS  clique_48  1
    RHS  edge_0_4  1
    RHS  edge_0_5  1
    RHS  edge_0_6  1
    RHS  edge_0_10  1
    RHS  edge_0_11  1
    RHS  edge_0_59  1
    RHS  edge_0_76  1
    RHS  edge_0_139  1
    RHS  edge_1_4  1
    RHS  edge_1_5  1
    RHS  edge_1_12  1
    RHS  edge_1_14  1
    RHS  edge_1_21  1
    RHS  edge_1_26  1
    RHS  edge_1_28  1
    RHS  edge_1_31  1
    RHS  edge_1_35  1
    RHS  edge_1_36  1
    RHS  edge_1_45  1
    RHS  edge_1_50  1
    RHS  edge_1_55  1
    RHS  edge_1_60  1
    RHS  edge_1_65  1
    RHS  edge_1_72  1
    RHS  edge_1_74  1
    RHS  edge_1_78  1
    RHS  edge_1_84  1
    RHS  edge_1_90  1
    RHS  edge_1_102  1
    RHS  edge_1_105  1
    RHS  edge_1_109  1
    RHS  edge_1_120  1
    RHS  edge_1_138  1
    RHS  edge_1_140  1
    RHS  edge_1_148  1
    RHS  edge_2_4  1
    RHS  edge_2_6  1
    RHS  edge_2_7  1
    RHS  edge_2_8  1
    RHS  edge_2_28  1
    RHS  edge_2_29  1
    RHS  edge_2_48  1
    RHS  edge_2_51  1
    RHS  edge_2_52  1
    RHS  edge_2_60  1
    RHS  edge_2_61  1
    RHS  edge_2_74  1
    RHS  edge_2_83  1
    RHS  edge_2_93  1
    RHS  edge_2_98  1
    RHS  edge_2_101  1
    RHS  edge_2_116  1
    RHS  edge_3_5  1
    RHS  edge_3_8  1
    RHS  edge_3_10  1
    RHS  edge_3_11  1
    RHS  edge_3_14  1
    RHS  edge_3_17  1
    RHS  edge_3_25  1
    RHS  edge_3_27  1
    RHS  edge_3_36  1
    RHS  edge_3_46  1
    RHS  edge_3_57  1
    RHS  edge_3_64  1
    RHS  edge_3_75  1
    RHS  edge_3_76  1
    RHS  edge_3_80  1
    RHS  edge_3_100  1
    RHS  edge_3_109  1
    RHS  edge_3_120  1
    RHS  edge_3_126  1
    RHS  edge_3_139  1
    RHS  edge_4_5  1
    RHS  edge_4_8  1
    RHS  edge_4_10  1
    RHS  edge_4_11  1
    RHS  edge_4_15  1
    RHS  edge_4_16  1
    RHS  edge_4_17  1
    RHS  edge_4_18  1
    RHS  edge_4_21  1
    RHS  edge_4_22  1
    RHS  edge_4_23  1
    RHS  edge_4_24  1
    RHS  edge_4_25  1
    RHS  edge_4_44  1
    RHS  edge_4_52  1
    RHS  edge_4_53  1
    RHS  edge_4_55  1
    RHS  edge_4_65  1
    RHS  edge_4_66  1
    RHS  edge_4_74  1
    RHS  edge_4_76  1
    RHS  edge_4_79  1
    RHS  edge_4_89  1
    RHS  edge_4_91  1
    RHS  edge_4_96  1
    RHS  edge_4_131  1
    RHS  edge_4_136  1
    RHS  edge_4_149  1
    RHS  edge_5_10  1
    RHS  edge_5_22  1
    RHS  edge_5_47  1
    RHS  edge_5_110  1
    RHS  edge_5_136  1
    RHS  edge_6_9  1
    RHS  edge_6_11  1
    RHS  edge_6_13  1
    RHS  edge_6_16  1
    RHS  edge_6_22  1
    RHS  edge_6_24  1
    RHS  edge_6_25  1
    RHS  edge_6_37  1
    RHS  edge_6_38  1
    RHS  edge_6_45  1
    RHS  edge_6_58  1
    RHS  edge_6_61  1
    RHS  edge_6_71  1
    RHS  edge_6_87  1
    RHS  edge_6_94  1
    RHS  edge_6_99  1
    RHS  edge_6_108  1
    RHS  edge_6_114  1
    RHS  edge_6_117  1
    RHS  edge_6_126  1
    RHS  edge_6_129  1
    RHS  edge_6_143  1
    RHS  edge_7_9  1
    RHS  edge_7_12  1
    RHS  edge_7_15  1
    RHS  edge_7_19  1
    RHS  edge_7_20  1
    RHS  edge_7_21  1
    RHS  edge_7_26  1
    RHS  edge_7_32  1
    RHS  edge_7_37  1
    RHS  edge_7_42  1
    RHS  edge_7_45  1
    RHS  edge_7_51  1
    RHS  edge_7_56  1
    RHS  edge_7_68  1
    RHS  edge_7_80  1
    RHS  edge_7_81  1
    RHS  edge_7_82  1
    RHS  edge_7_87  1
    RHS  edge_7_95  1
    RHS  edge_7_101  1
    RHS  edge_7_102  1
    RHS  edge_7_107  1
    RHS  edge_7_115  1
    RHS  edge_7_117  1
    RHS  edge_7_125  1
    RHS  edge_7_137  1
    RHS  edge_7_144  1
    RHS  edge_8_14  1
    RHS  edge_8_19  1
    RHS  edge_8_21  1
    RHS  edge_8_30  1
    RHS  edge_8_36  1
    RHS  edge_8_49  1
    RHS  edge_8_52  1
    RHS  edge_8_58  1
    RHS  edge_8_64  1
    RHS  edge_8_82  1
    RHS  edge_8_84  1
    RHS  edge_8_119  1
    RHS  edge_8_128  1
    RHS  edge_8_130  1
    RHS  edge_8_144  1
    RHS  edge_8_147  1
    RHS  edge_9_16  1
    RHS  edge_9_17  1
    RHS  edge_9_20  1
    RHS  edge_9_30  1
    RHS  edge_9_34  1
    RHS  edge_9_35  1
    RHS  edge_9_36  1
    RHS  edge_9_43  1
    RHS  edge_9_65  1
    RHS  edge_9_77  1
    RHS  edge_9_85  1
    RHS  edge_9_99  1
    RHS  edge_9_118  1
    RHS  edge_9_133  1
    RHS  edge_9_142  1
    RHS  edge_9_143  1
    RHS  edge_10_19  1
    RHS  edge_10_20  1
    RHS  edge_10_34  1
    RHS  edge_10_63  1
    RHS  edge_10_79  1
    RHS  edge_10_83  1
    RHS  edge_10_90  1
    RHS  edge_10_93  1
    RHS  edge_10_94  1
    RHS  edge_10_105  1
    RHS  edge_10_124  1
    RHS  edge_10_134  1
    RHS  edge_10_147  1
    RHS  edge_11_12  1
    RHS  edge_11_15  1
    RHS  edge_11_20  1
    RHS  edge_11_23  1
    RHS  edge_11_24  1
    RHS  edge_11_33  1
    RHS  edge_11_73  1
    RHS  edge_11_78  1
    RHS  edge_11_86  1
    RHS  edge_11_106  1
    RHS  edge_11_137  1
    RHS  edge_12_19  1
    RHS  edge_12_23  1
    RHS  edge_12_38  1
    RHS  edge_12_69  1
    RHS  edge_12_83  1
    RHS  edge_12_112  1
    RHS  edge_13_14  1
    RHS  edge_13_15  1
    RHS  edge_13_18  1
    RHS  edge_13_28  1
    RHS  edge_13_46  1
    RHS  edge_13_47  1
    RHS  edge_13_53  1
    RHS  edge_13_69  1
    RHS  edge_13_78  1
    RHS  edge_13_92  1
    RHS  edge_13_93  1
    RHS  edge_13_100  1
    RHS  edge_13_101  1
    RHS  edge_13_103  1
    RHS  edge_13_106  1
    RHS  edge_13_135  1
    RHS  edge_14_35  1
    RHS  edge_14_48  1
    RHS  edge_14_68  1
    RHS  edge_14_72  1
    RHS  edge_14_74  1
    RHS  edge_14_80  1
    RHS  edge_14_81  1
    RHS  edge_14_86  1
    RHS  edge_14_90  1
    RHS  edge_14_92  1
    RHS  edge_14_97  1
    RHS  edge_14_114  1
    RHS  edge_14_127  1
    RHS  edge_14_140  1
    RHS  edge_15_30  1
    RHS  edge_15_33  1
    RHS  edge_15_41  1
    RHS  edge_15_46  1
    RHS  edge_15_68  1
    RHS  edge_15_70  1
    RHS  edge_15_73  1
    RHS  edge_15_91  1
    RHS  edge_15_100  1
    RHS  edge_15_115  1
    RHS  edge_15_125  1
    RHS  edge_15_130  1
    RHS  edge_15_138  1
    RHS  edge_15_146  1
    RHS  edge_16_39  1
    RHS  edge_16_40  1
    RHS  edge_16_56  1
    RHS  edge_16_103  1
    RHS  edge_16_131  1
    RHS  edge_17_28  1
    RHS  edge_17_29  1
    RHS  edge_17_30  1
    RHS  edge_17_42  1
    RHS  edge_17_49  1
    RHS  edge_17_54  1
    RHS  edge_17_58  1
    RHS  edge_17_61  1
    RHS  edge_17_62  1
    RHS  edge_17_97  1
    RHS  edge_17_103  1
    RHS  edge_17_108  1
    RHS  edge_17_125  1
    RHS  edge_17_127  1
    RHS  edge_17_138  1
    RHS  edge_18_23  1
    RHS  edge_18_40  1
    RHS  edge_18_41  1
    RHS  edge_18_42  1
    RHS  edge_18_44  1
    RHS  edge_18_48  1
    RHS  edge_18_53  1
    RHS  edge_18_54  1
    RHS  edge_18_63  1
    RHS  edge_18_64  1
    RHS  edge_18_70  1
    RHS  edge_18_79  1
    RHS  edge_18_92  1
    RHS  edge_18_96  1
    RHS  edge_18_105  1
    RHS  edge_18_109  1
    RHS  edge_18_123  1
    RHS  edge_18_129  1
    RHS  edge_18_131  1
    RHS  edge_18_144  1
    RHS  edge_19_71  1
    RHS  edge_19_89  1
    RHS  edge_19_111  1
    RHS  edge_19_139  1
    RHS  edge_20_43  1
    RHS  edge_20_49  1
    RHS  edge_20_61  1
    RHS  edge_20_81  1
    RHS  edge_21_26  1
    RHS  edge_21_27  1
    RHS  edge_21_31  1
    RHS  edge_21_32  1
    RHS  edge_21_51  1
    RHS  edge_21_91  1
    RHS  edge_21_104  1
    RHS  edge_21_113  1
    RHS  edge_22_25  1
    RHS  edge_22_50  1
    RHS  edge_22_54  1
    RHS  edge_23_24  1
    RHS  edge_23_34  1
    RHS  edge_23_39  1
    RHS  edge_23_44  1
    RHS  edge_23_50  1
    RHS  edge_23_56  1
    RHS  edge_23_63  1
    RHS  edge_23_88  1
    RHS  edge_23_93  1
    RHS  edge_23_115  1
    RHS  edge_24_33  1
    RHS  edge_24_48  1
    RHS  edge_24_52  1
    RHS  edge_24_60  1
    RHS  edge_24_131  1
    RHS  edge_25_27  1
    RHS  edge_25_43  1
    RHS  edge_25_132  1
    RHS  edge_26_34  1
    RHS  edge_26_40  1
    RHS  edge_26_85  1
    RHS  edge_26_88  1
    RHS  edge_26_117  1
    RHS  edge_27_29  1
    RHS  edge_27_57  1
    RHS  edge_27_71  1
    RHS  edge_27_75  1
    RHS  edge_27_83  1
    RHS  edge_27_84  1
    RHS  edge_27_87  1
    RHS  edge_27_105  1
    RHS  edge_27_112  1
    RHS  edge_27_116  1
    RHS  edge_27_119  1
    RHS  edge_27_122  1
    RHS  edge_27_128  1
    RHS  edge_28_38  1
    RHS  edge_28_42  1
    RHS  edge_28_43  1
    RHS  edge_28_45  1
    RHS  edge_28_121  1
    RHS  edge_29_38  1
    RHS  edge_29_53  1
    RHS  edge_29_55  1
    RHS  edge_29_94  1
    RHS  edge_30_62  1
    RHS  edge_30_65  1
    RHS  edge_30_72  1
    RHS  edge_30_110  1
    RHS  edge_30_124  1
    RHS  edge_30_134  1
    RHS  edge_31_32  1
    RHS  edge_31_39  1
    RHS  edge_31_44  1
    RHS  edge_31_51  1
    RHS  edge_31_73  1
    RHS  edge_31_81  1
    RHS  edge_31_84  1
    RHS  edge_31_85  1
    RHS  edge_31_104  1
    RHS  edge_31_112  1
    RHS  edge_31_118  1
    RHS  edge_31_122  1
    RHS  edge_31_132  1
    RHS  edge_31_140  1
    RHS  edge_32_111  1
    RHS  edge_33_39  1
    RHS  edge_33_41  1
    RHS  edge_33_46  1
    RHS  edge_33_60  1
    RHS  edge_33_77  1
    RHS  edge_33_118  1
    RHS  edge_33_125  1
    RHS  edge_34_58  1
    RHS  edge_34_73  1
    RHS  edge_35_92  1
    RHS  edge_35_95  1
    RHS  edge_36_82  1
    RHS  edge_38_49  1
    RHS  edge_39_40  1
    RHS  edge_39_59  1
    RHS  edge_41_111  1
    RHS  edge_41_130  1
    RHS  edge_42_63  1
    RHS  edge_42_67  1
    RHS  edge_42_130  1
    RHS  edge_43_62  1
    RHS  edge_43_66  1
    RHS  edge_46_102  1
    RHS  edge_46_136  1
    RHS  edge_47_69  1
    RHS  edge_49_89  1
    RHS  edge_49_106  1
    RHS  edge_50_54  1
    RHS  edge_50_88  1
    RHS  edge_50_107  1
    RHS  edge_50_137  1
    RHS  edge_50_146  1
    RHS  edge_51_99  1
    RHS  edge_51_115  1
    RHS  edge_51_141  1
    RHS  edge_51_145  1
    RHS  edge_52_72  1
    RHS  edge_52_148  1
    RHS  edge_53_123  1
    RHS  edge_54_79  1
    RHS  edge_54_149  1
    RHS  edge_55_75  1
    RHS  edge_55_77  1
    RHS  edge_55_116  1
    RHS  edge_55_132  1
    RHS  edge_55_135  1
    RHS  edge_56_57  1
    RHS  edge_56_124  1
    RHS  edge_56_141  1
    RHS  edge_57_76  1
    RHS  edge_57_96  1
    RHS  edge_57_109  1
    RHS  edge_57_120  1
    RHS  edge_58_88  1
    RHS  edge_58_95  1
    RHS  edge_58_104  1
    RHS  edge_58_134  1
    RHS  edge_58_145  1
    RHS  edge_59_67  1
    RHS  edge_60_119  1
    RHS  edge_62_138  1
    RHS  edge_64_123  1
    RHS  edge_64_126  1
    RHS  edge_64_141  1
    RHS  edge_66_89  1
    RHS  edge_66_113  1
    RHS  edge_66_122  1
    RHS  edge_68_70  1
    RHS  edge_68_78  1
    RHS  edge_68_85  1
    RHS  edge_68_116  1
    RHS  edge_69_108  1
    RHS  edge_69_133  1
    RHS  edge_69_147  1
    RHS  edge_70_86  1
    RHS  edge_70_107  1
    RHS  edge_70_112  1
    RHS  edge_70_128  1
    RHS  edge_70_141  1
    RHS  edge_71_91  1
    RHS  edge_71_97  1
    RHS  edge_71_98  1
    RHS  edge_71_108  1
    RHS  edge_71_133  1
    RHS  edge_74_132  1
    RHS  edge_77_98  1
    RHS  edge_79_86  1
    RHS  edge_79_119  1
    RHS  edge_79_120  1
    RHS  edge_79_134  1
    RHS  edge_80_96  1
    RHS  edge_80_99  1
    RHS  edge_80_114  1
    RHS  edge_80_146  1
    RHS  edge_80_149  1
    RHS  edge_84_100  1
    RHS  edge_84_133  1
    RHS  edge_87_135  1
    RHS  edge_87_143  1
    RHS  edge_87_148  1
    RHS  edge_90_102  1
    RHS  edge_95_117  1
    RHS  edge_97_98  1
    RHS  edge_97_103  1
    RHS  edge_97_113  1
    RHS  edge_97_129  1
    RHS  edge_97_140  1
    RHS  edge_97_144  1
    RHS  edge_101_142  1
    RHS  edge_106_118  1
    RHS  edge_106_122  1
    RHS  edge_106_123  1
    RHS  edge_106_124  1
    RHS  edge_106_135  1
    RHS  edge_106_143  1
    RHS  edge_107_110  1
    RHS  edge_107_121  1
    RHS  edge_109_142  1
    RHS  edge_111_149  1
    RHS  edge_120_139  1
    RHS  edge_121_145  1
    RHS  edge_121_146  1
BOUNDS
 BV BND  x_0
 BV BND  x_1
 BV BND  x_2
 BV BND  x_3
 BV BND  x_4
 BV BND  x_5
 BV BND  x_6
 BV BND  x_7
 BV BND  x_8
 BV BND  x_9
 BV BND  x_10
 BV BND  x_11
 BV BND  x_12
 BV BND  x_13
 BV BND  x_14
 BV BND  x_15
 BV BND  x_16
 BV BND  x_17
 BV BND  x_18
 BV BND  x_19
 BV BND  x_20
 BV BND  x_21
 BV BND  x_22
 BV BND  x_23
 BV BND  x_24
 BV BND  x_25
 BV BND  x_26
 BV BND  x_27
 BV BND  x_28
 BV BND  x_29
 BV BND  x_30
 BV BND  x_31
 BV BND  x_32
 BV BND  x_33
 BV BND  x_34
 BV BND  x_35
 BV BND  x_36
 BV BND  x_37
 BV BND  x_38
 BV BND  x_39
 BV BND  x_40
 BV BND  x_41
 BV BND  x_42
 BV BND  x_43
 BV BND  x_44
 BV BND  x_45
 BV BND  x_46
 BV BND  x_47
 BV BND  x_48
 BV BND  x_49
 BV BND  x_50
 BV BND  x_51
 BV BND  x_52
 BV BND  x_53
 BV BND  x_54
 BV BND  x_55
 BV BND  x_56
 BV BND  x_57
 BV BND  x_58
 BV BND  x_59
 BV BND  x_60
 BV BND  x_61
 BV BND  x_62
 BV BND  x_63
 BV BND  x_64
 BV BND  x_65
 BV BND  x_66
 BV BND  x_67
 BV BND  x_68
 BV BND  x_69
 BV BND  x_70
 BV BND  x_71
 BV BND  x_72
 BV BND  x_73
 BV BND  x_74
 BV BND  x_75
 BV BND  x_76
 BV BND  x_77
 BV BND  x_78
 BV BND  x_79
 BV BND  x_80
 BV BND  x_81
 BV BND  x_82
 BV BND  x_83
 BV BND  x_84
 BV BND  x_85
 BV BND  x_86
 BV BND  x_87
 BV BND  x_88
 BV BND  x_89
 BV BND  x_90
 BV BND  x_91
 BV BND  x_92
 BV BND  x_93
 BV BND  x_94
 BV BND  x_95
 BV BND  x_96
 BV BND  x_97
 BV BND  x_98
 BV BND  x_99
 BV BND  x_100
 BV BND  x_101
 BV BND  x_102
 BV BND  x_103
 BV BND  x_104
 BV BND  x_105
 BV BND  x_106
 BV BND  x_107
 BV BND  x_108
 BV BND  x_109
 BV BND  x_110
 BV BND  x_111
 BV BND  x_112
 BV BND  x_113
 BV BND  x_114
 BV BND  x_115
 BV BND  x_116
 BV BND  x_117
 BV BND  x_118
 BV BND  x_119
 BV BND  x_120
 BV BND  x_121
 BV BND  x_122
 BV BND  x_123
 BV BND  x_124
 BV BND  x_125
 BV BND  x_126
 BV BND  x_127
 BV BND  x_128
 BV BND  x_129
 BV BND  x_130
 BV BND  x_131
 BV BND  x_132
 BV BND  x_133
 BV BND  x_134
 BV BND  x_135
 BV BND  x_136
 BV BND  x_137
 BV BND  x_138
 BV BND  x_139
 BV BND  x_140
 BV BND  x_141
 BV BND  x_142
 BV BND  x_143
 BV BND  x_144
 BV BND  x_145
 BV BND  x_146
 BV BND  x_147
 BV BND  x_148
 BV BND  x_149
ENDATA
