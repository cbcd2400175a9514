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
 L  edge_0_5
 L  edge_0_7
 L  edge_0_8
 L  edge_0_13
 L  edge_0_21
 L  edge_0_23
 L  edge_0_40
 L  edge_0_42
 L  edge_0_43
 L  edge_0_55
 L  edge_0_56
 L  edge_0_64
 L  edge_0_68
 L  edge_0_71
 L  edge_0_75
 L  edge_0_77
 L  edge_0_79
 L  edge_0_96
 L  edge_0_98
 L  edge_0_105
 L  edge_0_111
 L  edge_0_114
 L  edge_0_124
 L  edge_0_137
 L  edge_1_4
 L  edge_1_5
 L  edge_1_6
 L  edge_1_42
 L  edge_1_47
 L  edge_1_103
 L  edge_1_131
 L  edge_1_140
 L  edge_1_143
 L  edge_1_146
 L  edge_2_4
 L  edge_2_7
 L  edge_2_8
 L  edge_2_9
 L  edge_2_11
 L  edge_2_14
 L  edge_2_15
 L  edge_2_20
 L  edge_2_24
 L  edge_2_28
 L  edge_2_29
 L  edge_2_31
 L  edge_2_40
 L  edge_2_46
 L  edge_2_48
 L  edge_2_57
 L  edge_2_62
 L  edge_2_70
 L  edge_2_73
 L  edge_2_100
 L  edge_2_126
 L  edge_2_127
 L  edge_2_131
 L  edge_2_148
 L  edge_3_4
 L  edge_3_7
 L  edge_3_17
 L  edge_3_18
 L  edge_3_24
 L  edge_3_49
 L  edge_3_63
 L  edge_3_67
 L  edge_3_72
 L  edge_3_75
 L  edge_3_95
 L  edge_3_115
 L  edge_3_132
 L  edge_4_5
 L  edge_4_6
 L  edge_4_8
 L  edge_4_10
 L  edge_4_11
 L  edge_4_12
 L  edge_4_18
 L  edge_4_26
 L  edge_4_32
 L  edge_4_37
 L  edge_4_45
 L  edge_4_47
 L  edge_4_54
 L  edge_4_59
 L  edge_4_60
 L  edge_4_69
 L  edge_4_71
 L  edge_4_83
 L  edge_4_86
 L  edge_4_99
 L  edge_4_110
 L  edge_4_111
 L  edge_4_116
 L  edge_4_132
 L  edge_4_142
 L  edge_5_8
 L  edge_5_21
 L  edge_5_22
 L  edge_5_25
 L  edge_5_30
 L  edge_5_36
 L  edge_5_39
 L  edge_5_50
 L  edge_5_55
 L  edge_5_56
 L  edge_5_67
 L  edge_5_69
 L  edge_5_78
 L  edge_5_114
 L  edge_6_7
 L  edge_6_9
 L  edge_6_18
 L  edge_6_22
 L  edge_6_23
 L  edge_6_28
 L  edge_6_34
 L  edge_6_55
 L  edge_6_59
 L  edge_6_66
 L  edge_6_69
 L  edge_6_79
 L  edge_6_81
 L  edge_6_87
 L  edge_6_109
 L  edge_6_118
 L  edge_6_130
 L  edge_6_133
 L  edge_6_138
 L  edge_6_143
 L  edge_6_146
 L  edge_6_147
 L  edge_7_16
 L  edge_7_20
 L  edge_7_31
 L  edge_7_32
 L  edge_7_35
 L  edge_7_36
 L  edge_7_37
 L  edge_7_41
 L  edge_7_52
 L  edge_7_61
 L  edge_7_70
 L  edge_7_77
 L  edge_7_82
 L  edge_7_84
 L  edge_7_88
 L  edge_7_90
 L  edge_7_106
 L  edge_7_114
 L  edge_7_116
 L  edge_7_120
 L  edge_7_128
 L  edge_7_133
 L  edge_7_134
 L  edge_7_140
 L  edge_7_145
 L  edge_8_10
 L  edge_8_16
 L  edge_8_41
 L  edge_8_42
 L  edge_8_45
 L  edge_8_49
 L  edge_8_61
 L  edge_8_67
 L  edge_8_73
 L  edge_8_82
 L  edge_8_92
 L  edge_8_95
 L  edge_8_130
 L  edge_8_141
 L  edge_8_142
 L  edge_9_10
 L  edge_9_13
 L  edge_9_15
 L  edge_9_18
 L  edge_9_19
 L  edge_9_22
 L  edge_9_26
 L  edge_9_27
 L  edge_9_28
 L  edge_9_30
 L  edge_9_50
 L  edge_9_53
 L  edge_9_56
 L  edge_9_60
 L  edge_9_62
 L  edge_9_68
 L  edge_9_85
 L  edge_9_96
 L  edge_9_101
 L  edge_9_111
 L  edge_9_112
 L  edge_9_134
 L  edge_9_136
 L  edge_9_142
 L  edge_9_149
 L  edge_10_11
 L  edge_10_12
 L  edge_10_16
 L  edge_10_17
 L  edge_10_26
 L  edge_10_32
 L  edge_10_33
 L  edge_10_41
 L  edge_10_43
 L  edge_10_65
 L  edge_10_99
 L  edge_10_103
 L  edge_10_104
 L  edge_10_117
 L  edge_10_119
 L  edge_10_133
 L  edge_10_140
 L  edge_10_145
 L  edge_10_148
 L  edge_11_16
 L  edge_11_17
 L  edge_11_22
 L  edge_11_32
 L  edge_11_39
 L  edge_11_85
 L  edge_11_94
 L  edge_11_97
 L  edge_11_108
 L  edge_11_120
 L  edge_11_149
 L  edge_12_17
 L  edge_12_29
 L  edge_12_38
 L  edge_12_53
 L  edge_12_63
 L  edge_12_76
 L  edge_12_125
 L  edge_12_136
 L  edge_12_149
 L  edge_13_15
 L  edge_13_20
 L  edge_13_21
 L  edge_13_26
 L  edge_13_31
 L  edge_13_34
 L  edge_13_39
 L  edge_13_43
 L  edge_13_47
 L  edge_13_51
 L  edge_13_72
 L  edge_13_73
 L  edge_13_75
 L  edge_13_76
 L  edge_13_84
 L  edge_13_87
 L  edge_13_90
 L  edge_13_95
 L  edge_13_108
 L  edge_13_109
 L  edge_13_118
 L  edge_13_130
 L  edge_13_134
 L  edge_13_139
 L  edge_14_15
 L  edge_14_66
 L  edge_15_24
 L  edge_15_27
 L  edge_15_46
 L  edge_15_47
 L  edge_15_51
 L  edge_15_52
 L  edge_15_78
 L  edge_15_84
 L  edge_15_99
 L  edge_15_111
 L  edge_15_113
 L  edge_15_144
 L  edge_16_59
 L  edge_16_100
 L  edge_16_120
 L  edge_17_129
 L  edge_18_24
 L  edge_18_102
 L  edge_19_20
 L  edge_19_21
 L  edge_19_25
 L  edge_19_29
 L  edge_19_34
 L  edge_19_55
 L  edge_19_60
 L  edge_19_70
 L  edge_19_74
 L  edge_19_77
 L  edge_19_85
 L  edge_19_112
 L  edge_19_123
 L  edge_19_143
 L  edge_19_146
 L  edge_20_25
 L  edge_20_64
 L  edge_20_73
 L  edge_20_74
 L  edge_20_81
 L  edge_20_92
 L  edge_20_93
 L  edge_20_101
 L  edge_20_113
 L  edge_20_127
 L  edge_20_139
 L  edge_20_145
 L  edge_21_36
 L  edge_21_62
 L  edge_21_72
 L  edge_21_80
 L  edge_21_82
 L  edge_21_85
 L  edge_21_89
 L  edge_21_118
 L  edge_21_132
 L  edge_21_144
 L  edge_22_23
 L  edge_22_27
 L  edge_23_35
 L  edge_23_36
 L  edge_23_37
 L  edge_23_38
 L  edge_23_48
 L  edge_23_79
 L  edge_23_83
 L  edge_23_88
 L  edge_23_97
 L  edge_23_102
 L  edge_23_119
 L  edge_23_128
 L  edge_23_138
 L  edge_24_25
 L  edge_24_33
 L  edge_24_37
 L  edge_24_44
 L  edge_24_50
 L  edge_24_51
 L  edge_24_64
 L  edge_24_68
 L  edge_24_76
 L  edge_24_91
 L  edge_24_100
 L  edge_24_121
 L  edge_24_137
 L  edge_25_30
 L  edge_25_51
 L  edge_25_53
 L  edge_25_78
 L  edge_25_80
 L  edge_25_87
 L  edge_25_88
 L  edge_25_117
 L  edge_25_122
 L  edge_26_33
 L  edge_26_49
 L  edge_26_62
 L  edge_26_63
 L  edge_26_69
 L  edge_26_81
 L  edge_26_83
 L  edge_26_87
 L  edge_26_88
 L  edge_26_123
 L  edge_26_126
 L  edge_26_128
 L  edge_27_39
 L  edge_27_44
 L  edge_27_48
 L  edge_27_56
 L  edge_27_61
 L  edge_27_103
 L  edge_27_121
 L  edge_28_33
 L  edge_28_35
 L  edge_28_42
 L  edge_28_45
 L  edge_28_57
 L  edge_28_58
 L  edge_28_59
 L  edge_28_65
 L  edge_28_74
 L  edge_28_75
 L  edge_28_86
 L  edge_28_119
 L  edge_28_136
 L  edge_28_140
 L  edge_29_46
 L  edge_29_58
 L  edge_29_86
 L  edge_29_107
 L  edge_29_131
 L  edge_30_31
 L  edge_30_44
 L  edge_30_94
 L  edge_30_123
 L  edge_30_138
 L  edge_30_141
 L  edge_30_142
 L  edge_30_144
 L  edge_31_41
 L  edge_31_53
 L  edge_31_93
 L  edge_31_106
 L  edge_31_128
 L  edge_32_66
 L  edge_32_97
 L  edge_34_35
 L  edge_34_48
 L  edge_34_52
 L  edge_34_94
 L  edge_35_52
 L  edge_38_118
 L  edge_38_124
 L  edge_39_45
 L  edge_39_66
 L  edge_39_101
 L  edge_39_126
 L  edge_40_57
 L  edge_40_143
 L  edge_41_60
 L  edge_43_54
 L  edge_43_78
 L  edge_44_54
 L  edge_44_79
 L  edge_44_115
 L  edge_46_68
 L  edge_46_101
 L  edge_46_109
 L  edge_47_49
 L  edge_47_58
 L  edge_48_132
 L  edge_49_50
 L  edge_49_57
 L  edge_49_61
 L  edge_50_145
 L  edge_52_110
 L  edge_53_124
 L  edge_54_122
 L  edge_54_125
 L  edge_54_148
 L  edge_55_98
 L  edge_56_89
 L  edge_58_63
 L  edge_58_105
 L  edge_58_117
 L  edge_60_71
 L  edge_60_106
 L  edge_60_109
 L  edge_60_149
 L  edge_61_95
 L  edge_61_127
 L  edge_62_89
 L  edge_62_121
 L  edge_64_96
 L  edge_64_98
 L  edge_65_91
 L  edge_65_108
 L  edge_67_82
 L  edge_68_90
 L  edge_69_123
 L  edge_69_124
 L  edge_69_133
 L  edge_72_103
 L  edge_73_74
 L  edge_75_94
 L  edge_75_110
 L  edge_75_134
 L  edge_75_144
 L  edge_76_80
 L  edge_76_117
 L  edge_76_137
 L  edge_77_131
 L  edge_78_92
 L  edge_79_112
 L  edge_80_139
 L  edge_81_107
 L  edge_82_135
 L  edge_83_84
 L  edge_83_93
 L  edge_83_116
 L  edge_83_120
 L  edge_90_96
 L  edge_90_126
 L  edge_90_138
 L  edge_91_92
 L  edge_91_113
 L  edge_92_114
 L  edge_93_125
 L  edge_97_104
 L  edge_97_127
 L  edge_98_148
 L  edge_99_107
 L  edge_102_104
 L  edge_102_121
 L  edge_102_147
 L  edge_104_105
 L  edge_104_122
 L  edge_104_129
 L  edge_104_137
 L  edge_104_141
 L  edge_104_147
 L  edge_106_122
 L  edge_106_130
 L  edge_106_139
 L  edge_107_115
 L  edge_107_116
 L  edge_108_141
 L  edge_114_135
 L  edge_118_135
 L  edge_119_129
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  1  clique_0  1
    x_0  edge_0_5  1  edge_0_7  1
    x_0  edge_0_8  1  edge_0_13  1
    x_0  edge_0_21  1  edge_0_23  1
    x_0  edge_0_40  1  edge_0_42  1
    x_0  edge_0_43  1  edge_0_55  1
    x_0  edge_0_56  1  edge_0_64  1
    x_0  edge_0_68  1  edge_0_71  1
    x_0  edge_0_75  1  edge_0_77  1
    x_0  edge_0_79  1  edge_0_96  1
    x_0  edge_0_98  1  edge_0_105  1
    x_0  edge_0_111  1  edge_0_114  1
    x_0  edge_0_124  1  edge_0_137  1
    x_1  obj  1  clique_11  1
    x_1  edge_1_4  1  edge_1_5  1
    x_1  edge_1_6  1  edge_1_42  1
    x_1  edge_1_47  1  edge_1_103  1
    x_1  edge_1_131  1  edge_1_140  1
    x_1  edge_1_143  1  edge_1_146  1
    x_2  obj  1  clique_2  1
    x_2  edge_2_4  1  edge_2_7  1
    x_2  edge_2_8  1  edge_2_9  1
    x_2  edge_2_11  1  edge_2_14  1
    x_2  edge_2_15  1  edge_2_20  1
    x_2  edge_2_24  1  edge_2_28  1
    x_2  edge_2_29  1  edge_2_31  1
    x_2  edge_2_40  1  edge_2_46  1
    x_2  edge_2_48  1  edge_2_57  1
    x_2  edge_2_62  1  edge_2_70  1
    x_2  edge_2_73  1  edge_2_100  1
    x_2  edge_2_126  1  edge_2_127  1
    x_2  edge_2_131  1  edge_2_148  1
    x_3  obj  1  clique_9  1
    x_3  edge_3_4  1  edge_3_7  1
    x_3  edge_3_17  1  edge_3_18  1
    x_3  edge_3_24  1  edge_3_49  1
    x_3  edge_3_63  1  edge_3_67  1
    x_3  edge_3_72  1  edge_3_75  1
    x_3  edge_3_95  1  edge_3_115  1
    x_3  edge_3_132  1
    x_4  obj  1  clique_0  1
    x_4  edge_1_4  1  edge_2_4  1
    x_4  edge_3_4  1  edge_4_5  1
    x_4  edge_4_6  1  edge_4_8  1
    x_4  edge_4_10  1  edge_4_11  1
    x_4  edge_4_12  1  edge_4_18  1
    x_4  edge_4_26  1  edge_4_32  1
    x_4  edge_4_37  1  edge_4_45  1
    x_4  edge_4_47  1  edge_4_54  1
    x_4  edge_4_59  1  edge_4_60  1
    x_4  edge_4_69  1  edge_4_71  1
    x_4  edge_4_83  1  edge_4_86  1
    x_4  edge_4_99  1  edge_4_110  1
    x_4  edge_4_111  1  edge_4_116  1
    x_4  edge_4_132  1  edge_4_142  1
    x_5  obj  1  clique_2  1
    x_5  edge_0_5  1  edge_1_5  1
    x_5  edge_4_5  1  edge_5_8  1
    x_5  edge_5_21  1  edge_5_22  1
    x_5  edge_5_25  1  edge_5_30  1
    x_5  edge_5_36  1  edge_5_39  1
    x_5  edge_5_50  1  edge_5_55  1
    x_5  edge_5_56  1  edge_5_67  1
    x_5  edge_5_69  1  edge_5_78  1
    x_5  edge_5_114  1
    x_6  obj  1  clique_2  1
    x_6  edge_1_6  1  edge_4_6  1
    x_6  edge_6_7  1  edge_6_9  1
    x_6  edge_6_18  1  edge_6_22  1
    x_6  edge_6_23  1  edge_6_28  1
    x_6  edge_6_34  1  edge_6_55  1
    x_6  edge_6_59  1  edge_6_66  1
    x_6  edge_6_69  1  edge_6_79  1
    x_6  edge_6_81  1  edge_6_87  1
    x_6  edge_6_109  1  edge_6_118  1
    x_6  edge_6_130  1  edge_6_133  1
    x_6  edge_6_138  1  edge_6_143  1
    x_6  edge_6_146  1  edge_6_147  1
    x_7  obj  1  clique_1  1
    x_7  edge_0_7  1  edge_2_7  1
    x_7  edge_3_7  1  edge_6_7  1
    x_7  edge_7_16  1  edge_7_20  1
    x_7  edge_7_31  1  edge_7_32  1
    x_7  edge_7_35  1  edge_7_36  1
    x_7  edge_7_37  1  edge_7_41  1
    x_7  edge_7_52  1  edge_7_61  1
    x_7  edge_7_70  1  edge_7_77  1
    x_7  edge_7_82  1  edge_7_84  1
    x_7  edge_7_88  1  edge_7_90  1
    x_7  edge_7_106  1  edge_7_114  1
    x_7  edge_7_116  1  edge_7_120  1
    x_7  edge_7_128  1  edge_7_133  1
    x_7  edge_7_134  1  edge_7_140  1
    x_7  edge_7_145  1
    x_8  obj  1  clique_3  1
    x_8  edge_0_8  1  edge_2_8  1
    x_8  edge_4_8  1  edge_5_8  1
    x_8  edge_8_10  1  edge_8_16  1
    x_8  edge_8_41  1  edge_8_42  1
    x_8  edge_8_45  1  edge_8_49  1
    x_8  edge_8_61  1  edge_8_67  1
    x_8  edge_8_73  1  edge_8_82  1
    x_8  edge_8_92  1  edge_8_95  1
    x_8  edge_8_130  1  edge_8_141  1
    x_8  edge_8_142  1
    x_9  obj  1  clique_0  1
    x_9  edge_2_9  1  edge_6_9  1
    x_9  edge_9_10  1  edge_9_13  1
    x_9  edge_9_15  1  edge_9_18  1
    x_9  edge_9_19  1  edge_9_22  1
    x_9  edge_9_26  1  edge_9_27  1
    x_9  edge_9_28  1  edge_9_30  1
    x_9  edge_9_50  1  edge_9_53  1
    x_9  edge_9_56  1  edge_9_60  1
    x_9  edge_9_62  1  edge_9_68  1
    x_9  edge_9_85  1  edge_9_96  1
    x_9  edge_9_101  1  edge_9_111  1
    x_9  edge_9_112  1  edge_9_134  1
    x_9  edge_9_136  1  edge_9_142  1
    x_9  edge_9_149  1
    x_10  obj  1  clique_1  1
    x_10  edge_4_10  1  edge_8_10  1
    x_10  edge_9_10  1  edge_10_11  1
    x_10  edge_10_12  1  edge_10_16  1
    x_10  edge_10_17  1  edge_10_26  1
    x_10  edge_10_32  1  edge_10_33  1
    x_10  edge_10_41  1  edge_10_43  1
    x_10  edge_10_65  1  edge_10_99  1
    x_10  edge_10_103  1  edge_10_104  1
    x_10  edge_10_117  1  edge_10_119  1
    x_10  edge_10_133  1  edge_10_140  1
    x_10  edge_10_145  1  edge_10_148  1
    x_11  obj  1  clique_3  1
    x_11  edge_2_11  1  edge_4_11  1
    x_11  edge_10_11  1  edge_11_16  1
    x_11  edge_11_17  1  edge_11_22  1
    x_11  edge_11_32  1  edge_11_39  1
    x_11  edge_11_85  1  edge_11_94  1
    x_11  edge_11_97  1  edge_11_108  1
    x_11  edge_11_120  1  edge_11_149  1
    x_12  obj  1  clique_3  1
    x_12  edge_4_12  1  edge_10_12  1
    x_12  edge_12_17  1  edge_12_29  1
    x_12  edge_12_38  1  edge_12_53  1
    x_12  edge_12_63  1  edge_12_76  1
    x_12  edge_12_125  1  edge_12_136  1
    x_12  edge_12_149  1
    x_13  obj  1  clique_1  1
    x_13  edge_0_13  1  edge_9_13  1
    x_13  edge_13_15  1  edge_13_20  1
    x_13  edge_13_21  1  edge_13_26  1
    x_13  edge_13_31  1  edge_13_34  1
    x_13  edge_13_39  1  edge_13_43  1
    x_13  edge_13_47  1  edge_13_51  1
    x_13  edge_13_72  1  edge_13_73  1
    x_13  edge_13_75  1  edge_13_76  1
    x_13  edge_13_84  1  edge_13_87  1
    x_13  edge_13_90  1  edge_13_95  1
    x_13  edge_13_108  1  edge_13_109  1
    x_13  edge_13_118  1  edge_13_130  1
    x_13  edge_13_134  1  edge_13_139  1
    x_14  obj  1  clique_0  1
    x_14  edge_2_14  1  edge_14_15  1
    x_14  edge_14_66  1
    x_15  obj  1  clique_5  1
    x_15  edge_2_15  1  edge_9_15  1
    x_15  edge_13_15  1  edge_14_15  1
    x_15  edge_15_24  1  edge_15_27  1
    x_15  edge_15_46  1  edge_15_47  1
    x_15  edge_15_51  1  edge_15_52  1
    x_15  edge_15_78  1  edge_15_84  1
    x_15  edge_15_99  1  edge_15_111  1
    x_15  edge_15_113  1  edge_15_144  1
    x_16  obj  1  clique_15  1
    x_16  edge_7_16  1  edge_8_16  1
    x_16  edge_10_16  1  edge_11_16  1
    x_16  edge_16_59  1  edge_16_100  1
    x_16  edge_16_120  1
    x_17  obj  1  clique_29  1
    x_17  edge_3_17  1  edge_10_17  1
    x_17  edge_11_17  1  edge_12_17  1
    x_17  edge_17_129  1
    x_18  obj  1  clique_21  1
    x_18  edge_3_18  1  edge_4_18  1
    x_18  edge_6_18  1  edge_9_18  1
    x_18  edge_18_24  1  edge_18_102  1
    x_19  obj  1  clique_3  1
    x_19  edge_9_19  1  edge_19_20  1
    x_19  edge_19_21  1  edge_19_25  1
    x_19  edge_19_29  1  edge_19_34  1
    x_19  edge_19_55  1  edge_19_60  1
    x_19  edge_19_70  1  edge_19_74  1
    x_19  edge_19_77  1  edge_19_85  1
    x_19  edge_19_112  1  edge_19_123  1
    x_19  edge_19_143  1  edge_19_146  1
    x_20  obj  1  clique_6  1
    x_20  edge_2_20  1  edge_7_20  1
    x_20  edge_13_20  1  edge_19_20  1
    x_20  edge_20_25  1  edge_20_64  1
    x_20  edge_20_73  1  edge_20_74  1
    x_20  edge_20_81  1  edge_20_92  1
    x_20  edge_20_93  1  edge_20_101  1
    x_20  edge_20_113  1  edge_20_127  1
    x_20  edge_20_139  1  edge_20_145  1
    x_21  obj  1  clique_8  1
    x_21  edge_0_21  1  edge_5_21  1
    x_21  edge_13_21  1  edge_19_21  1
    x_21  edge_21_36  1  edge_21_62  1
    x_21  edge_21_72  1  edge_21_80  1
    x_21  edge_21_82  1  edge_21_85  1
    x_21  edge_21_89  1  edge_21_118  1
    x_21  edge_21_132  1  edge_21_144  1
    x_22  obj  1  clique_22  1
    x_22  edge_5_22  1  edge_6_22  1
    x_22  edge_9_22  1  edge_11_22  1
    x_22  edge_22_23  1  edge_22_27  1
    x_23  obj  1  clique_6  1
    x_23  edge_0_23  1  edge_6_23  1
    x_23  edge_22_23  1  edge_23_35  1
    x_23  edge_23_36  1  edge_23_37  1
    x_23  edge_23_38  1  edge_23_48  1
    x_23  edge_23_79  1  edge_23_83  1
    x_23  edge_23_88  1  edge_23_97  1
    x_23  edge_23_102  1  edge_23_119  1
    x_23  edge_23_128  1  edge_23_138  1
    x_24  obj  1  clique_4  1
    x_24  edge_2_24  1  edge_3_24  1
    x_24  edge_15_24  1  edge_18_24  1
    x_24  edge_24_25  1  edge_24_33  1
    x_24  edge_24_37  1  edge_24_44  1
    x_24  edge_24_50  1  edge_24_51  1
    x_24  edge_24_64  1  edge_24_68  1
    x_24  edge_24_76  1  edge_24_91  1
    x_24  edge_24_100  1  edge_24_121  1
    x_24  edge_24_137  1
    x_25  obj  1  clique_10  1
    x_25  edge_5_25  1  edge_19_25  1
    x_25  edge_20_25  1  edge_24_25  1
    x_25  edge_25_30  1  edge_25_51  1
    x_25  edge_25_53  1  edge_25_78  1
    x_25  edge_25_80  1  edge_25_87  1
    x_25  edge_25_88  1  edge_25_117  1
    x_25  edge_25_122  1
    x_26  obj  1  clique_7  1
    x_26  edge_4_26  1  edge_9_26  1
    x_26  edge_10_26  1  edge_13_26  1
    x_26  edge_26_33  1  edge_26_49  1
    x_26  edge_26_62  1  edge_26_63  1
    x_26  edge_26_69  1  edge_26_81  1
    x_26  edge_26_83  1  edge_26_87  1
    x_26  edge_26_88  1  edge_26_123  1
    x_26  edge_26_126  1  edge_26_128  1
    x_27  obj  1  clique_9  1
    x_27  edge_9_27  1  edge_15_27  1
    x_27  edge_22_27  1  edge_27_39  1
    x_27  edge_27_44  1  edge_27_48  1
    x_27  edge_27_56  1  edge_27_61  1
    x_27  edge_27_103  1  edge_27_121  1
    x_28  obj  1  clique_4  1
    x_28  edge_2_28  1  edge_6_28  1
    x_28  edge_9_28  1  edge_28_33  1
    x_28  edge_28_35  1  edge_28_42  1
    x_28  edge_28_45  1  edge_28_57  1
    x_28  edge_28_58  1  edge_28_59  1
    x_28  edge_28_65  1  edge_28_74  1
    x_28  edge_28_75  1  edge_28_86  1
    x_28  edge_28_119  1  edge_28_136  1
    x_28  edge_28_140  1
    x_29  obj  1  clique_15  1
    x_29  edge_2_29  1  edge_12_29  1
    x_29  edge_19_29  1  edge_29_46  1
    x_29  edge_29_58  1  edge_29_86  1
    x_29  edge_29_107  1  edge_29_131  1
    x_30  obj  1  clique_5  1
    x_30  edge_5_30  1  edge_9_30  1
    x_30  edge_25_30  1  edge_30_31  1
    x_30  edge_30_44  1  edge_30_94  1
    x_30  edge_30_123  1  edge_30_138  1
    x_30  edge_30_141  1  edge_30_142  1
    x_30  edge_30_144  1
    x_31  obj  1  clique_12  1
    x_31  edge_2_31  1  edge_7_31  1
    x_31  edge_13_31  1  edge_30_31  1
    x_31  edge_31_41  1  edge_31_53  1
    x_31  edge_31_93  1  edge_31_106  1
    x_31  edge_31_128  1
    x_32  obj  1  clique_18  1
    x_32  edge_4_32  1  edge_7_32  1
    x_32  edge_10_32  1  edge_11_32  1
    x_32  edge_32_66  1  edge_32_97  1
    x_33  obj  1  clique_40  1
    x_33  edge_10_33  1  edge_24_33  1
    x_33  edge_26_33  1  edge_28_33  1
    x_34  obj  1  clique_7  1
    x_34  edge_6_34  1  edge_13_34  1
    x_34  edge_19_34  1  edge_34_35  1
    x_34  edge_34_48  1  edge_34_52  1
    x_34  edge_34_94  1
    x_35  obj  1  clique_26  1
    x_35  edge_7_35  1  edge_23_35  1
    x_35  edge_28_35  1  edge_34_35  1
    x_35  edge_35_52  1
    x_36  obj  1  clique_23  1
    x_36  edge_5_36  1  edge_7_36  1
    x_36  edge_21_36  1  edge_23_36  1
    x_37  obj  1  clique_38  1
    x_37  edge_4_37  1  edge_7_37  1
    x_37  edge_23_37  1  edge_24_37  1
    x_38  obj  1  clique_5  1
    x_38  edge_12_38  1  edge_23_38  1
    x_38  edge_38_118  1  edge_38_124  1
    x_39  obj  1  clique_13  1
    x_39  edge_5_39  1  edge_11_39  1
    x_39  edge_13_39  1  edge_27_39  1
    x_39  edge_39_45  1  edge_39_66  1
    x_39  edge_39_101  1  edge_39_126  1
    x_40  obj  1  clique_4  1
    x_40  edge_0_40  1  edge_2_40  1
    x_40  edge_40_57  1  edge_40_143  1
    x_41  obj  1  edge_7_41  1
    x_41  edge_8_41  1  edge_10_41  1
    x_41  edge_31_41  1  edge_41_60  1
    x_42  obj  1  clique_41  1
    x_42  edge_0_42  1  edge_1_42  1
    x_42  edge_8_42  1  edge_28_42  1
    x_43  obj  1  clique_11  1
    x_43  edge_0_43  1  edge_10_43  1
    x_43  edge_13_43  1  edge_43_54  1
    x_43  edge_43_78  1
    x_44  obj  1  clique_10  1
    x_44  edge_24_44  1  edge_27_44  1
    x_44  edge_30_44  1  edge_44_54  1
    x_44  edge_44_79  1  edge_44_115  1
    x_45  obj  1  edge_4_45  1
    x_45  edge_8_45  1  edge_28_45  1
    x_45  edge_39_45  1
    x_46  obj  1  clique_23  1
    x_46  edge_2_46  1  edge_15_46  1
    x_46  edge_29_46  1  edge_46_68  1
    x_46  edge_46_101  1  edge_46_109  1
    x_47  obj  1  edge_1_47  1
    x_47  edge_4_47  1  edge_13_47  1
    x_47  edge_15_47  1  edge_47_49  1
    x_47  edge_47_58  1
    x_48  obj  1  clique_30  1
    x_48  edge_2_48  1  edge_23_48  1
    x_48  edge_27_48  1  edge_34_48  1
    x_48  edge_48_132  1
    x_49  obj  1  clique_19  1
    x_49  edge_3_49  1  edge_8_49  1
    x_49  edge_26_49  1  edge_47_49  1
    x_49  edge_49_50  1  edge_49_57  1
    x_49  edge_49_61  1
    x_50  obj  1  clique_31  1
    x_50  edge_5_50  1  edge_9_50  1
    x_50  edge_24_50  1  edge_49_50  1
    x_50  edge_50_145  1
    x_51  obj  1  edge_13_51  1
    x_51  edge_15_51  1  edge_24_51  1
    x_51  edge_25_51  1
    x_52  obj  1  clique_32  1
    x_52  edge_7_52  1  edge_15_52  1
    x_52  edge_34_52  1  edge_35_52  1
    x_52  edge_52_110  1
    x_53  obj  1  clique_33  1
    x_53  edge_9_53  1  edge_12_53  1
    x_53  edge_25_53  1  edge_31_53  1
    x_53  edge_53_124  1
    x_54  obj  1  clique_19  1
    x_54  edge_4_54  1  edge_43_54  1
    x_54  edge_44_54  1  edge_54_122  1
    x_54  edge_54_125  1  edge_54_148  1
    x_55  obj  1  clique_14  1
    x_55  edge_0_55  1  edge_5_55  1
    x_55  edge_6_55  1  edge_19_55  1
    x_55  edge_55_98  1
    x_56  obj  1  clique_34  1
    x_56  edge_0_56  1  edge_5_56  1
    x_56  edge_9_56  1  edge_27_56  1
    x_56  edge_56_89  1
    x_57  obj  1  clique_42  1
    x_57  edge_2_57  1  edge_28_57  1
    x_57  edge_40_57  1  edge_49_57  1
    x_58  obj  1  clique_8  1
    x_58  edge_28_58  1  edge_29_58  1
    x_58  edge_47_58  1  edge_58_63  1
    x_58  edge_58_105  1  edge_58_117  1
    x_59  obj  1  clique_43  1
    x_59  edge_4_59  1  edge_6_59  1
    x_59  edge_16_59  1  edge_28_59  1
    x_60  obj  1  clique_16  1
    x_60  edge_4_60  1  edge_9_60  1
    x_60  edge_19_60  1  edge_41_60  1
    x_60  edge_60_71  1  edge_60_106  1
    x_60  edge_60_109  1  edge_60_149  1
    x_61  obj  1  clique_24  1
    x_61  edge_7_61  1  edge_8_61  1
    x_61  edge_27_61  1  edge_49_61  1
    x_61  edge_61_95  1  edge_61_127  1
    x_62  obj  1  clique_25  1
    x_62  edge_2_62  1  edge_9_62  1
    x_62  edge_21_62  1  edge_26_62  1
    x_62  edge_62_89  1  edge_62_121  1
    x_63  obj  1  edge_3_63  1
    x_63  edge_12_63  1  edge_26_63  1
    x_63  edge_58_63  1
    x_64  obj  1  clique_12  1
    x_64  edge_0_64  1  edge_20_64  1
    x_64  edge_24_64  1  edge_64_96  1
    x_64  edge_64_98  1
    x_65  obj  1  clique_12  1
    x_65  edge_10_65  1  edge_28_65  1
    x_65  edge_65_91  1  edge_65_108  1
    x_66  obj  1  clique_44  1
    x_66  edge_6_66  1  edge_14_66  1
    x_66  edge_32_66  1  edge_39_66  1
    x_67  obj  1  clique_34  1
    x_67  edge_3_67  1  edge_5_67  1
    x_67  edge_8_67  1  edge_67_82  1
    x_68  obj  1  edge_0_68  1
    x_68  edge_9_68  1  edge_24_68  1
    x_68  edge_46_68  1  edge_68_90  1
    x_69  obj  1  clique_20  1
    x_69  edge_4_69  1  edge_5_69  1
    x_69  edge_6_69  1  edge_26_69  1
    x_69  edge_69_123  1  edge_69_124  1
    x_69  edge_69_133  1
    x_70  obj  1  clique_25  1
    x_70  edge_2_70  1  edge_7_70  1
    x_70  edge_19_70  1
    x_71  obj  1  clique_20  1
    x_71  edge_0_71  1  edge_4_71  1
    x_71  edge_60_71  1
    x_72  obj  1  clique_24  1
    x_72  edge_3_72  1  edge_13_72  1
    x_72  edge_21_72  1  edge_72_103  1
    x_73  obj  1  clique_35  1
    x_73  edge_2_73  1  edge_8_73  1
    x_73  edge_13_73  1  edge_20_73  1
    x_73  edge_73_74  1
    x_74  obj  1  edge_19_74  1
    x_74  edge_20_74  1  edge_28_74  1
    x_74  edge_73_74  1
    x_75  obj  1  clique_17  1
    x_75  edge_0_75  1  edge_3_75  1
    x_75  edge_13_75  1  edge_28_75  1
    x_75  edge_75_94  1  edge_75_110  1
    x_75  edge_75_134  1  edge_75_144  1
    x_76  obj  1  clique_26  1
    x_76  edge_12_76  1  edge_13_76  1
    x_76  edge_24_76  1  edge_76_80  1
    x_76  edge_76_117  1  edge_76_137  1
    x_77  obj  1  clique_18  1
    x_77  edge_0_77  1  edge_7_77  1
    x_77  edge_19_77  1  edge_77_131  1
    x_78  obj  1  edge_5_78  1
    x_78  edge_15_78  1  edge_25_78  1
    x_78  edge_43_78  1  edge_78_92  1
    x_79  obj  1  clique_36  1
    x_79  edge_0_79  1  edge_6_79  1
    x_79  edge_23_79  1  edge_44_79  1
    x_79  edge_79_112  1
    x_80  obj  1  clique_30  1
    x_80  edge_21_80  1  edge_25_80  1
    x_80  edge_76_80  1  edge_80_139  1
    x_81  obj  1  clique_13  1
    x_81  edge_6_81  1  edge_20_81  1
    x_81  edge_26_81  1  edge_81_107  1
    x_82  obj  1  clique_27  1
    x_82  edge_7_82  1  edge_8_82  1
    x_82  edge_21_82  1  edge_67_82  1
    x_82  edge_82_135  1
    x_83  obj  1  clique_16  1
    x_83  edge_4_83  1  edge_23_83  1
    x_83  edge_26_83  1  edge_83_84  1
    x_83  edge_83_93  1  edge_83_116  1
    x_83  edge_83_120  1
    x_84  obj  1  edge_7_84  1
    x_84  edge_13_84  1  edge_15_84  1
    x_84  edge_83_84  1
    x_85  obj  1  edge_9_85  1
    x_85  edge_11_85  1  edge_19_85  1
    x_85  edge_21_85  1
    x_86  obj  1  clique_17  1
    x_86  edge_4_86  1  edge_28_86  1
    x_86  edge_29_86  1
    x_87  obj  1  edge_6_87  1
    x_87  edge_13_87  1  edge_25_87  1
    x_87  edge_26_87  1
    x_88  obj  1  clique_45  1
    x_88  edge_7_88  1  edge_23_88  1
    x_88  edge_25_88  1  edge_26_88  1
    x_89  obj  1  clique_43  1
    x_89  edge_21_89  1  edge_56_89  1
    x_89  edge_62_89  1
    x_90  obj  1  clique_27  1
    x_90  edge_7_90  1  edge_13_90  1
    x_90  edge_68_90  1  edge_90_96  1
    x_90  edge_90_126  1  edge_90_138  1
    x_91  obj  1  clique_18  1
    x_91  edge_24_91  1  edge_65_91  1
    x_91  edge_91_92  1  edge_91_113  1
    x_92  obj  1  clique_37  1
    x_92  edge_8_92  1  edge_20_92  1
    x_92  edge_78_92  1  edge_91_92  1
    x_92  edge_92_114  1
    x_93  obj  1  clique_29  1
    x_93  edge_20_93  1  edge_31_93  1
    x_93  edge_83_93  1  edge_93_125  1
    x_94  obj  1  edge_11_94  1
    x_94  edge_30_94  1  edge_34_94  1
    x_94  edge_75_94  1
    x_95  obj  1  clique_46  1
    x_95  edge_3_95  1  edge_8_95  1
    x_95  edge_13_95  1  edge_61_95  1
    x_96  obj  1  edge_0_96  1
    x_96  edge_9_96  1  edge_64_96  1
    x_96  edge_90_96  1
    x_97  obj  1  clique_38  1
    x_97  edge_11_97  1  edge_23_97  1
    x_97  edge_32_97  1  edge_97_104  1
    x_97  edge_97_127  1
    x_98  obj  1  clique_35  1
    x_98  edge_0_98  1  edge_55_98  1
    x_98  edge_64_98  1  edge_98_148  1
    x_99  obj  1  clique_31  1
    x_99  edge_4_99  1  edge_10_99  1
    x_99  edge_15_99  1  edge_99_107  1
    x_100  obj  1  clique_44  1
    x_100  edge_2_100  1  edge_16_100  1
    x_100  edge_24_100  1
    x_101  obj  1  clique_28  1
    x_101  edge_9_101  1  edge_20_101  1
    x_101  edge_39_101  1  edge_46_101  1
    x_102  obj  1  clique_13  1
    x_102  edge_18_102  1  edge_23_102  1
    x_102  edge_102_104  1  edge_102_121  1
    x_102  edge_102_147  1
    x_103  obj  1  edge_1_103  1
    x_103  edge_10_103  1  edge_27_103  1
    x_103  edge_72_103  1
    x_104  obj  1  clique_14  1
    x_104  edge_10_104  1  edge_97_104  1
    x_104  edge_102_104  1  edge_104_105  1
    x_104  edge_104_122  1  edge_104_129  1
    x_104  edge_104_137  1  edge_104_141  1
    x_104  edge_104_147  1
    x_105  obj  1  clique_42  1
    x_105  edge_0_105  1  edge_58_105  1
    x_105  edge_104_105  1
    x_106  obj  1  clique_28  1
    x_106  edge_7_106  1  edge_31_106  1
    x_106  edge_60_106  1  edge_106_122  1
    x_106  edge_106_130  1  edge_106_139  1
    x_107  obj  1  clique_37  1
    x_107  edge_29_107  1  edge_81_107  1
    x_107  edge_99_107  1  edge_107_115  1
    x_107  edge_107_116  1
    x_108  obj  1  clique_40  1
    x_108  edge_11_108  1  edge_13_108  1
    x_108  edge_65_108  1  edge_108_141  1
    x_109  obj  1  edge_6_109  1
    x_109  edge_13_109  1  edge_46_109  1
    x_109  edge_60_109  1
    x_110  obj  1  clique_22  1
    x_110  edge_4_110  1  edge_52_110  1
    x_110  edge_75_110  1
    x_111  obj  1  edge_0_111  1
    x_111  edge_4_111  1  edge_9_111  1
    x_111  edge_15_111  1
    x_112  obj  1  clique_33  1
    x_112  edge_9_112  1  edge_19_112  1
    x_112  edge_79_112  1
    x_113  obj  1  clique_21  1
    x_113  edge_15_113  1  edge_20_113  1
    x_113  edge_91_113  1
    x_114  obj  1  clique_39  1
    x_114  edge_0_114  1  edge_5_114  1
    x_114  edge_7_114  1  edge_92_114  1
    x_114  edge_114_135  1
    x_115  obj  1  clique_45  1
    x_115  edge_3_115  1  edge_44_115  1
    x_115  edge_107_115  1
    x_116  obj  1  edge_4_116  1
    x_116  edge_7_116  1  edge_83_116  1
    x_116  edge_107_116  1
    x_117  obj  1  edge_10_117  1
    x_117  edge_25_117  1  edge_58_117  1
    x_117  edge_76_117  1
    x_118  obj  1  edge_6_118  1
    x_118  edge_13_118  1  edge_21_118  1
    x_118  edge_38_118  1  edge_118_135  1
    x_119  obj  1  clique_32  1
    x_119  edge_10_119  1  edge_23_119  1
    x_119  edge_28_119  1  edge_119_129  1
    x_120  obj  1  edge_7_120  1
    x_120  edge_11_120  1  edge_16_120  1
    x_120  edge_83_120  1
    x_121  obj  1  edge_24_121  1
    x_121  edge_27_121  1  edge_62_121  1
    x_121  edge_102_121  1
    x_122  obj  1  clique_47  1
    x_122  edge_25_122  1  edge_54_122  1
    x_122  edge_104_122  1  edge_106_122  1
    x_123  obj  1  edge_19_123  1
    x_123  edge_26_123  1  edge_30_123  1
    x_123  edge_69_123  1
    x_124  obj  1  edge_0_124  1
    x_124  edge_38_124  1  edge_53_124  1
    x_124  edge_69_124  1
    x_125  obj  1  clique_41  1
    x_125  edge_12_125  1  edge_54_125  1
    x_125  edge_93_125  1
    x_126  obj  1  edge_2_126  1
    x_126  edge_26_126  1  edge_39_126  1
    x_126  edge_90_126  1
    x_127  obj  1  edge_2_127  1
    x_127  edge_20_127  1  edge_61_127  1
    x_127  edge_97_127  1
    x_128  obj  1  clique_48  1
    x_128  edge_7_128  1  edge_23_128  1
    x_128  edge_26_128  1  edge_31_128  1
    x_129  obj  1  clique_39  1
    x_129  edge_17_129  1  edge_104_129  1
    x_129  edge_119_129  1
    x_130  obj  1  edge_6_130  1
    x_130  edge_8_130  1  edge_13_130  1
    x_130  edge_106_130  1
    x_131  obj  1  edge_1_131  1
    x_131  edge_2_131  1  edge_29_131  1
    x_131  edge_77_131  1
    x_132  obj  1  edge_3_132  1
    x_132  edge_4_132  1  edge_21_132  1
    x_132  edge_48_132  1
    x_133  obj  1  edge_6_133  1
    x_133  edge_7_133  1  edge_10_133  1
    x_133  edge_69_133  1
    x_134  obj  1  edge_7_134  1
    x_134  edge_9_134  1  edge_13_134  1
    x_134  edge_75_134  1
    x_135  obj  1  clique_46  1
    x_135  edge_82_135  1  edge_114_135  1
    x_135  edge_118_135  1
    x_136  obj  1  clique_47  1
    x_136  edge_9_136  1  edge_12_136  1
    x_136  edge_28_136  1
    x_137  obj  1  edge_0_137  1
    x_137  edge_24_137  1  edge_76_137  1
    x_137  edge_104_137  1
    x_138  obj  1  edge_6_138  1
    x_138  edge_23_138  1  edge_30_138  1
    x_138  edge_90_138  1
    x_139  obj  1  edge_13_139  1
    x_139  edge_20_139  1  edge_80_139  1
    x_139  edge_106_139  1
    x_140  obj  1  edge_1_140  1
    x_140  edge_7_140  1  edge_10_140  1
    x_140  edge_28_140  1
    x_141  obj  1  edge_8_141  1
    x_141  edge_30_141  1  edge_104_141  1
    x_141  edge_108_141  1
    x_142  obj  1  edge_4_142  1
    x_142  edge_8_142  1  edge_9_142  1
    x_142  edge_30_142  1
    x_143  obj  1  edge_1_143  1
    x_143  edge_6_143  1  edge_19_143  1
    x_143  edge_40_143  1
    x_144  obj  1  edge_15_144  1
    x_144  edge_21_144  1  edge_30_144  1
    x_144  edge_75_144  1
    x_145  obj  1  edge_7_145  1
    x_145  edge_10_145  1  edge_20_145  1
    x_145  edge_50_145  1
    x_146  obj  1  clique_36  1
    x_146  edge_1_146  1  edge_6_146  1
    x_146  edge_19_146  1
    x_147  obj  1  clique_48  1
    x_147  edge_6_147  1  edge_102_147  1
    x_147  edge_104_147  1
    x_148  obj  1  edge_2_148  1
    x_148  edge_10_148  1  edge_54_148  1
    x_148  edge_98_148  1
    x_149  obj  1  edge_9_149  1
    x_149  edge_11_149  1  edge_12_149  1
    x_149  edge_60_149  1
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
    RHS  edge_0_5  1
    RHS  edge_0_7  1
    RHS  edge_0_8  1
    RHS  edge_0_13  1
    RHS  edge_0_21  1
    RHS  edge_0_23  1
    RHS  edge_0_40  1
    RHS  edge_0_42  1
    RHS  edge_0_43  1
    RHS  edge_0_55  1
    RHS  edge_0_56  1
    RHS  edge_0_64  1
    RHS  edge_0_68  1
    RHS  edge_0_71  1
    RHS  edge_0_75  1
    RHS  edge_0_77  1
    RHS  edge_0_79  1
    RHS  edge_0_96  1
    RHS  edge_0_98  1
    RHS  edge_0_105  1
    RHS  edge_0_111  1
    RHS  edge_0_114  1
    RHS  edge_0_124  1
    RHS  edge_0_137  1
    RHS  edge_1_4  1
    RHS  edge_1_5  1
    RHS  edge_1_6  1
    RHS  edge_1_42  1
    RHS  edge_1_47  1
    RHS  edge_1_103  1
    RHS  edge_1_131  1
    RHS  edge_1_140  1
    RHS  edge_1_143  1
    RHS  edge_1_146  1
    RHS  edge_2_4  1
    RHS  edge_2_7  1
    RHS  edge_2_8  1
    RHS  edge_2_9  1
    RHS  edge_2_11  1
    RHS  edge_2_14  1
    RHS  edge_2_15  1
    RHS  edge_2_20  1
    RHS  edge_2_24  1
    RHS  edge_2_28  1
    RHS  edge_2_29  1
    RHS  edge_2_31  1
    RHS  edge_2_40  1
    RHS  edge_2_46  1
    RHS  edge_2_48  1
    RHS  edge_2_57  1
    RHS  edge_2_62  1
    RHS  edge_2_70  1
    RHS  edge_2_73  1
    RHS  edge_2_100  1
    RHS  edge_2_126  1
    RHS  edge_2_127  1
    RHS  edge_2_131  1
    RHS  edge_2_148  1
    RHS  edge_3_4  1
    RHS  edge_3_7  1
    RHS  edge_3_17  1
    RHS  edge_3_18  1
    RHS  edge_3_24  1
    RHS  edge_3_49  1
    RHS  edge_3_63  1
    RHS  edge_3_67  1
    RHS  edge_3_72  1
    RHS  edge_3_75  1
    RHS  edge_3_95  1
    RHS  edge_3_115  1
    RHS  edge_3_132  1
    RHS  edge_4_5  1
    RHS  edge_4_6  1
    RHS  edge_4_8  1
    RHS  edge_4_10  1
    RHS  edge_4_11  1
    RHS  edge_4_12  1
    RHS  edge_4_18  1
    RHS  edge_4_26  1
    RHS  edge_4_32  1
    RHS  edge_4_37  1
    RHS  edge_4_45  1
    RHS  edge_4_47  1
    RHS  edge_4_54  1
    RHS  edge_4_59  1
    RHS  edge_4_60  1
    RHS  edge_4_69  1
    RHS  edge_4_71  1
    RHS  edge_4_83  1
    RHS  edge_4_86  1
    RHS  edge_4_99  1
    RHS  edge_4_110  1
    RHS  edge_4_111  1
    RHS  edge_4_116  1
    RHS  edge_4_132  1
    RHS  edge_4_142  1
    RHS  edge_5_8  1
    RHS  edge_5_21  1
    RHS  edge_5_22  1
    RHS  edge_5_25  1
    RHS  edge_5_30  1
    RHS  edge_5_36  1
    RHS  edge_5_39  1
    RHS  edge_5_50  1
    RHS  edge_5_55  1
    RHS  edge_5_56  1
    RHS  edge_5_67  1
    RHS  edge_5_69  1
    RHS  edge_5_78  1
    RHS  edge_5_114  1
    RHS  edge_6_7  1
    RHS  edge_6_9  1
    RHS  edge_6_18  1
    RHS  edge_6_22  1
    RHS  edge_6_23  1
    RHS  edge_6_28  1
    RHS  edge_6_34  1
    RHS  edge_6_55  1
    RHS  edge_6_59  1
    RHS  edge_6_66  1
    RHS  edge_6_69  1
    RHS  edge_6_79  1
    RHS  edge_6_81  1
    RHS  edge_6_87  1
    RHS  edge_6_109  1
    RHS  edge_6_118  1
    RHS  edge_6_130  1
    RHS  edge_6_133  1
    RHS  edge_6_138  1
    RHS  edge_6_143  1
    RHS  edge_6_146  1
    RHS  edge_6_147  1
    RHS  edge_7_16  1
    RHS  edge_7_20  1
    RHS  edge_7_31  1
    RHS  edge_7_32  1
    RHS  edge_7_35  1
    RHS  edge_7_36  1
    RHS  edge_7_37  1
    RHS  edge_7_41  1
    RHS  edge_7_52  1
    RHS  edge_7_61  1
    RHS  edge_7_70  1
    RHS  edge_7_77  1
    RHS  edge_7_82  1
    RHS  edge_7_84  1
    RHS  edge_7_88  1
    RHS  edge_7_90  1
    RHS  edge_7_106  1
    RHS  edge_7_114  1
    RHS  edge_7_116  1
    RHS  edge_7_120  1
    RHS  edge_7_128  1
    RHS  edge_7_133  1
    RHS  edge_7_134  1
    RHS  edge_7_140  1
    RHS  edge_7_145  1
    RHS  edge_8_10  1
    RHS  edge_8_16  1
    RHS  edge_8_41  1
    RHS  edge_8_42  1
    RHS  edge_8_45  1
    RHS  edge_8_49  1
    RHS  edge_8_61  1
    RHS  edge_8_67  1
    RHS  edge_8_73  1
    RHS  edge_8_82  1
    RHS  edge_8_92  1
    RHS  edge_8_95  1
    RHS  edge_8_130  1
    RHS  edge_8_141  1
    RHS  edge_8_142  1
    RHS  edge_9_10  1
    RHS  edge_9_13  1
    RHS  edge_9_15  1
    RHS  edge_9_18  1
    RHS  edge_9_19  1
    RHS  edge_9_22  1
    RHS  edge_9_26  1
    RHS  edge_9_27  1
    RHS  edge_9_28  1
    RHS  edge_9_30  1
    RHS  edge_9_50  1
    RHS  edge_9_53  1
    RHS  edge_9_56  1
    RHS  edge_9_60  1
    RHS  edge_9_62  1
    RHS  edge_9_68  1
    RHS  edge_9_85  1
    RHS  edge_9_96  1
    RHS  edge_9_101  1
    RHS  edge_9_111  1
    RHS  edge_9_112  1
    RHS  edge_9_134  1
    RHS  edge_9_136  1
    RHS  edge_9_142  1
    RHS  edge_9_149  1
    RHS  edge_10_11  1
    RHS  edge_10_12  1
    RHS  edge_10_16  1
    RHS  edge_10_17  1
    RHS  edge_10_26  1
    RHS  edge_10_32  1
    RHS  edge_10_33  1
    RHS  edge_10_41  1
    RHS  edge_10_43  1
    RHS  edge_10_65  1
    RHS  edge_10_99  1
    RHS  edge_10_103  1
    RHS  edge_10_104  1
    RHS  edge_10_117  1
    RHS  edge_10_119  1
    RHS  edge_10_133  1
    RHS  edge_10_140  1
    RHS  edge_10_145  1
    RHS  edge_10_148  1
    RHS  edge_11_16  1
    RHS  edge_11_17  1
    RHS  edge_11_22  1
    RHS  edge_11_32  1
    RHS  edge_11_39  1
    RHS  edge_11_85  1
    RHS  edge_11_94  1
    RHS  edge_11_97  1
    RHS  edge_11_108  1
    RHS  edge_11_120  1
    RHS  edge_11_149  1
    RHS  edge_12_17  1
    RHS  edge_12_29  1
    RHS  edge_12_38  1
    RHS  edge_12_53  1
    RHS  edge_12_63  1
    RHS  edge_12_76  1
    RHS  edge_12_125  1
    RHS  edge_12_136  1
    RHS  edge_12_149  1
    RHS  edge_13_15  1
    RHS  edge_13_20  1
    RHS  edge_13_21  1
    RHS  edge_13_26  1
    RHS  edge_13_31  1
    RHS  edge_13_34  1
    RHS  edge_13_39  1
    RHS  edge_13_43  1
    RHS  edge_13_47  1
    RHS  edge_13_51  1
    RHS  edge_13_72  1
    RHS  edge_13_73  1
    RHS  edge_13_75  1
    RHS  edge_13_76  1
    RHS  edge_13_84  1
    RHS  edge_13_87  1
    RHS  edge_13_90  1
    RHS  edge_13_95  1
    RHS  edge_13_108  1
    RHS  edge_13_109  1
    RHS  edge_13_118  1
    RHS  edge_13_130  1
    RHS  edge_13_134  1
    RHS  edge_13_139  1
    RHS  edge_14_15  1
    RHS  edge_14_66  1
    RHS  edge_15_24  1
    RHS  edge_15_27  1
    RHS  edge_15_46  1
    RHS  edge_15_47  1
    RHS  edge_15_51  1
    RHS  edge_15_52  1
    RHS  edge_15_78  1
    RHS  edge_15_84  1
    RHS  edge_15_99  1
    RHS  edge_15_111  1
    RHS  edge_15_113  1
    RHS  edge_15_144  1
    RHS  edge_16_59  1
    RHS  edge_16_100  1
    RHS  edge_16_120  1
    RHS  edge_17_129  1
    RHS  edge_18_24  1
    RHS  edge_18_102  1
    RHS  edge_19_20  1
    RHS  edge_19_21  1
    RHS  edge_19_25  1
    RHS  edge_19_29  1
    RHS  edge_19_34  1
    RHS  edge_19_55  1
    RHS  edge_19_60  1
    RHS  edge_19_70  1
    RHS  edge_19_74  1
    RHS  edge_19_77  1
    RHS  edge_19_85  1
    RHS  edge_19_112  1
    RHS  edge_19_123  1
    RHS  edge_19_143  1
    RHS  edge_19_146  1
    RHS  edge_20_25  1
    RHS  edge_20_64  1
    RHS  edge_20_73  1
    RHS  edge_20_74  1
    RHS  edge_20_81  1
    RHS  edge_20_92  1
    RHS  edge_20_93  1
    RHS  edge_20_101  1
    RHS  edge_20_113  1
    RHS  edge_20_127  1
    RHS  edge_20_139  1
    RHS  edge_20_145  1
    RHS  edge_21_36  1
    RHS  edge_21_62  1
    RHS  edge_21_72  1
    RHS  edge_21_80  1
    RHS  edge_21_82  1
    RHS  edge_21_85  1
    RHS  edge_21_89  1
    RHS  edge_21_118  1
    RHS  edge_21_132  1
    RHS  edge_21_144  1
    RHS  edge_22_23  1
    RHS  edge_22_27  1
    RHS  edge_23_35  1
    RHS  edge_23_36  1
    RHS  edge_23_37  1
    RHS  edge_23_38  1
    RHS  edge_23_48  1
    RHS  edge_23_79  1
    RHS  edge_23_83  1
    RHS  edge_23_88  1
    RHS  edge_23_97  1
    RHS  edge_23_102  1
    RHS  edge_23_119  1
    RHS  edge_23_128  1
    RHS  edge_23_138  1
    RHS  edge_24_25  1
    RHS  edge_24_33  1
    RHS  edge_24_37  1
    RHS  edge_24_44  1
    RHS  edge_24_50  1
    RHS  edge_24_51  1
    RHS  edge_24_64  1
    RHS  edge_24_68  1
    RHS  edge_24_76  1
    RHS  edge_24_91  1
    RHS  edge_24_100  1
    RHS  edge_24_121  1
    RHS  edge_24_137  1
    RHS  edge_25_30  1
    RHS  edge_25_51  1
    RHS  edge_25_53  1
    RHS  edge_25_78  1
    RHS  edge_25_80  1
    RHS  edge_25_87  1
    RHS  edge_25_88  1
    RHS  edge_25_117  1
    RHS  edge_25_122  1
    RHS  edge_26_33  1
    RHS  edge_26_49  1
    RHS  edge_26_62  1
    RHS  edge_26_63  1
    RHS  edge_26_69  1
    RHS  edge_26_81  1
    RHS  edge_26_83  1
    RHS  edge_26_87  1
    RHS  edge_26_88  1
    RHS  edge_26_123  1
    RHS  edge_26_126  1
    RHS  edge_26_128  1
    RHS  edge_27_39  1
    RHS  edge_27_44  1
    RHS  edge_27_48  1
    RHS  edge_27_56  1
    RHS  edge_27_61  1
    RHS  edge_27_103  1
    RHS  edge_27_121  1
    RHS  edge_28_33  1
    RHS  edge_28_35  1
    RHS  edge_28_42  1
    RHS  edge_28_45  1
    RHS  edge_28_57  1
    RHS  edge_28_58  1
    RHS  edge_28_59  1
    RHS  edge_28_65  1
    RHS  edge_28_74  1
    RHS  edge_28_75  1
    RHS  edge_28_86  1
    RHS  edge_28_119  1
    RHS  edge_28_136  1
    RHS  edge_28_140  1
    RHS  edge_29_46  1
    RHS  edge_29_58  1
    RHS  edge_29_86  1
    RHS  edge_29_107  1
    RHS  edge_29_131  1
    RHS  edge_30_31  1
    RHS  edge_30_44  1
    RHS  edge_30_94  1
    RHS  edge_30_123  1
    RHS  edge_30_138  1
    RHS  edge_30_141  1
    RHS  edge_30_142  1
    RHS  edge_30_144  1
    RHS  edge_31_41  1
    RHS  edge_31_53  1
    RHS  edge_31_93  1
    RHS  edge_31_106  1
    RHS  edge_31_128  1
    RHS  edge_32_66  1
    RHS  edge_32_97  1
    RHS  edge_34_35  1
    RHS  edge_34_48  1
    RHS  edge_34_52  1
    RHS  edge_34_94  1
    RHS  edge_35_52  1
    RHS  edge_38_118  1
    RHS  edge_38_124  1
    RHS  edge_39_45  1
    RHS  edge_39_66  1
    RHS  edge_39_101  1
    RHS  edge_39_126  1
    RHS  edge_40_57  1
    RHS  edge_40_143  1
    RHS  edge_41_60  1
    RHS  edge_43_54  1
    RHS  edge_43_78  1
    RHS  edge_44_54  1
    RHS  edge_44_79  1
    RHS  edge_44_115  1
    RHS  edge_46_68  1
    RHS  edge_46_101  1
    RHS  edge_46_109  1
    RHS  edge_47_49  1
    RHS  edge_47_58  1
    RHS  edge_48_132  1
    RHS  edge_49_50  1
    RHS  edge_49_57  1
    RHS  edge_49_61  1
    RHS  edge_50_145  1
    RHS  edge_52_110  1
    RHS  edge_53_124  1
    RHS  edge_54_122  1
    RHS  edge_54_125  1
    RHS  edge_54_148  1
    RHS  edge_55_98  1
    RHS  edge_56_89  1
    RHS  edge_58_63  1
    RHS  edge_58_105  1
    RHS  edge_58_117  1
    RHS  edge_60_71  1
    RHS  edge_60_106  1
    RHS  edge_60_109  1
    RHS  edge_60_149  1
    RHS  edge_61_95  1
    RHS  edge_61_127  1
    RHS  edge_62_89  1
    RHS  edge_62_121  1
    RHS  edge_64_96  1
    RHS  edge_64_98  1
    RHS  edge_65_91  1
    RHS  edge_65_108  1
    RHS  edge_67_82  1
    RHS  edge_68_90  1
    RHS  edge_69_123  1
    RHS  edge_69_124  1
    RHS  edge_69_133  1
    RHS  edge_72_103  1
    RHS  edge_73_74  1
    RHS  edge_75_94  1
    RHS  edge_75_110  1
    RHS  edge_75_134  1
    RHS  edge_75_144  1
    RHS  edge_76_80  1
    RHS  edge_76_117  1
    RHS  edge_76_137  1
    RHS  edge_77_131  1
    RHS  edge_78_92  1
    RHS  edge_79_112  1
    RHS  edge_80_139  1
    RHS  edge_81_107  1
    RHS  edge_82_135  1
    RHS  edge_83_84  1
    RHS  edge_83_93  1
    RHS  edge_83_116  1
    RHS  edge_83_120  1
    RHS  edge_90_96  1
    RHS  edge_90_126  1
    RHS  edge_90_138  1
    RHS  edge_91_92  1
    RHS  edge_91_113  1
    RHS  edge_92_114  1
    RHS  edge_93_125  1
    RHS  edge_97_104  1
    RHS  edge_97_127  1
    RHS  edge_98_148  1
    RHS  edge_99_107  1
    RHS  edge_102_104  1
    RHS  edge_102_121  1
    RHS  edge_102_147  1
    RHS  edge_104_105  1
    RHS  edge_104_122  1
    RHS  edge_104_129  1
    RHS  edge_104_137  1
    RHS  edge_104_141  1
    RHS  edge_104_147  1
    RHS  edge_106_122  1
    RHS  edge_106_130  1
    RHS  edge_106_139  1
    RHS  edge_107_115  1
    RHS  edge_107_116  1
    RHS  edge_108_141  1
    RHS  edge_114_135  1
    RHS  edge_118_135  1
    RHS  edge_119_129  1
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
