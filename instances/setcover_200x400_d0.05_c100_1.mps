NAME setcover_200x400_d0.05_c100_1
ROWS
 N  obj
 G  cover_0
 G  cover_1
 G  cover_2
 G  cover_3
 G  cover_4
 G  cover_5
 G  cover_6
 G  cover_7
 G  cover_8
 G  cover_9
 G  cover_10
 G  cover_11
 G  cover_12
 G  cover_13
 G  cover_14
 G  cover_15
 G  cover_16
 G  cover_17
 G  cover_18
 G  cover_19
 G  cover_20
 G  cover_21
 G  cover_22
 G  cover_23
 G  cover_24
 G  cover_25
 G  cover_26
 G  cover_27
 G  cover_28
 G  cover_29
 G  cover_30
 G  cover_31
 G  cover_32
 G  cover_33
 G  cover_34
 G  cover_35
 G  cover_36
 G  cover_37
 G  cover_38
 G  cover_39
 G  cover_40
 G  cover_41
 G  cover_42
 G  cover_43
 G  cover_44
 G  cover_45
 G  cover_46
 G  cover_47
 G  cover_48
 G  cover_49
 G  cover_50
 G  cover_51
 G  cover_52
 G  cover_53
 G  cover_54
 G  cover_55
 G  cover_56
 G  cover_57
 G  cover_58
 G  cover_59
 G  cover_60
 G  cover_61
 G  cover_62
 G  cover_63
 G  cover_64
 G  cover_65
 G  cover_66
 G  cover_67
 G  cover_68
 G  cover_69
 G  cover_70
 G  cover_71
 G  cover_72
 G  cover_73
 G  cover_74
 G  cover_75
 G  cover_76
 G  cover_77
 G  cover_78
 G  cover_79
 G  cover_80
 G  cover_81
 G  cover_82
 G  cover_83
 G  cover_84
 G  cover_85
 G  cover_86
 G  cover_87
 G  cover_88
 G  cover_89
 G  cover_90
 G  cover_91
 G  cover_92
 G  cover_93
 G  cover_94
 G  cover_95
 G  cover_96
 G  cover_97
 G  cover_98
 G  cover_99
 G  cover_100
 G  cover_101
 G  cover_102
 G  cover_103
 G  cover_104
 G  cover_105
 G  cover_106
 G  cover_107
 G  cover_108
 G  cover_109
 G  cover_110
 G  cover_111
 G  cover_112
 G  cover_113
 G  cover_114
 G  cover_115
 G  cover_116
 G  cover_117
 G  cover_118
 G  cover_119
 G  cover_120
 G  cover_121
 G  cover_122
 G  cover_123
 G  cover_124
 G  cover_125
 G  cover_126
 G  cover_127
 G  cover_128
 G  cover_129
 G  cover_130
 G  cover_131
 G  cover_132
 G  cover_133
 G  cover_134
 G  cover_135
 G  cover_136
 G  cover_137
 G  cover_138
 G  cover_139
 G  cover_140
 G  cover_141
 G  cover_142
 G  cover_143
 G  cover_144
 G  cover_145
 G  cover_146
 G  cover_147
 G  cover_148
 G  cover_149
 G  cover_150
 G  cover_151
 G  cover_152
 G  cover_153
 G  cover_154
 G  cover_155
 G  cover_156
 G  cover_157
 G  cover_158
 G  cover_159
 G  cover_160
 G  cover_161
 G  cover_162
 G  cover_163
 G  cover_164
 G  cover_165
 G  cover_166
 G  cover_167
 G  cover_168
 G  cover_169
 G  cover_170
 G  cover_171
 G  cover_172
 G  cover_173
 G  cover_174
 G  cover_175
 G  cover_176
 G  cover_177
 G  cover_178
 G  cover_179
 G  cover_180
 G  cover_181
 G  cover_182
 G  cover_183
 G  cover_184
 G  cover_185
 G  cover_186
 G  cover_187
 G  cover_188
 G  cover_189
 G  cover_190
 G  cover_191
 G  cover_192
 G  cover_193
 G  cover_194
 G  cover_195
 G  cover_196
 G  cover_197
 G  cover_198
 G  cover_199
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  77  cover_12  1
    x_0  cover_46  1  cover_47  1
    x_0  cover_56  1  cover_59  1
    x_0  cover_70  1  cover_88  1
    x_0  cover_105  1  cover_164  1
    x_0  cover_178  1
    x_1  obj  66  cover_6  1
    x_1  cover_55  1  cover_78  1
    x_1  cover_84  1  cover_136  1
    x_1  cover_167  1  cover_173  1
    x_1  cover_192  1
    x_2  obj  47  cover_24  1
    x_2  cover_37  1  cover_40  1
    x_2  cover_60  1  cover_77  1
    x_2  cover_112  1  cover_135  1
    x_2  cover_160  1
    x_3  obj  2  cover_15  1
    x_3  cover_21  1  cover_35  1
    x_3  cover_73  1  cover_101  1
    x_3  cover_110  1  cover_113  1
    x_3  cover_116  1  cover_165  1
    x_3  cover_183  1  cover_188  1
    x_4  obj  93  cover_14  1
    x_4  cover_125  1  cover_137  1
    x_4  cover_174  1  cover_179  1
    x_4  cover_198  1  cover_199  1
    x_5  obj  79  cover_36  1
    x_5  cover_42  1  cover_63  1
    x_5  cover_76  1  cover_118  1
    x_5  cover_162  1  cover_195  1
    x_5  cover_196  1
    x_6  obj  14  cover_85  1
    x_6  cover_106  1  cover_108  1
    x_6  cover_115  1  cover_117  1
    x_6  cover_168  1  cover_169  1
    x_6  cover_170  1  cover_187  1
    x_7  obj  4  cover_1  1
    x_7  cover_83  1  cover_104  1
    x_7  cover_127  1  cover_141  1
    x_7  cover_153  1  cover_155  1
    x_7  cover_171  1  cover_184  1
    x_8  obj  15  cover_16  1
    x_8  cover_25  1  cover_27  1
    x_8  cover_38  1  cover_48  1
    x_8  cover_57  1  cover_72  1
    x_8  cover_94  1  cover_140  1
    x_8  cover_175  1
    x_9  obj  68  cover_10  1
    x_9  cover_33  1  cover_45  1
    x_9  cover_66  1  cover_114  1
    x_9  cover_130  1  cover_186  1
    x_10  obj  10  cover_3  1
    x_10  cover_13  1  cover_30  1
    x_10  cover_97  1  cover_99  1
    x_10  cover_122  1  cover_131  1
    x_10  cover_143  1  cover_185  1
    x_11  obj  18  cover_17  1
    x_11  cover_54  1  cover_71  1
    x_11  cover_80  1  cover_91  1
    x_11  cover_132  1  cover_144  1
    x_11  cover_158  1  cover_181  1
    x_11  cover_182  1  cover_194  1
    x_12  obj  33  cover_19  1
    x_12  cover_28  1  cover_50  1
    x_12  cover_103  1  cover_128  1
    x_12  cover_149  1  cover_154  1
    x_13  obj  98  cover_0  1
    x_13  cover_7  1  cover_9  1
    x_13  cover_39  1  cover_43  1
    x_13  cover_69  1  cover_109  1
    x_13  cover_133  1  cover_150  1
    x_14  obj  26  cover_5  1
    x_14  cover_23  1  cover_34  1
    x_14  cover_52  1  cover_58  1
    x_14  cover_67  1  cover_68  1
    x_14  cover_75  1  cover_90  1
    x_14  cover_92  1  cover_93  1
    x_14  cover_96  1  cover_100  1
    x_14  cover_126  1  cover_145  1
    x_14  cover_148  1  cover_157  1
    x_14  cover_166  1  cover_172  1
    x_14  cover_180  1
    x_15  obj  53  cover_29  1
    x_15  cover_44  1  cover_64  1
    x_15  cover_65  1  cover_87  1
    x_15  cover_107  1  cover_142  1
    x_15  cover_152  1  cover_191  1
    x_16  obj  44  cover_2  1
    x_16  cover_11  1  cover_51  1
    x_16  cover_74  1  cover_98  1
    x_16  cover_123  1  cover_138  1
    x_16  cover_177  1
    x_17  obj  4  cover_4  1
    x_17  cover_26  1  cover_31  1
    x_17  cover_41  1  cover_49  1
    x_17  cover_53  1  cover_61  1
    x_17  cover_62  1  cover_81  1
    x_17  cover_86  1  cover_111  1
    x_17  cover_120  1  cover_139  1
    x_17  cover_151  1  cover_156  1
    x_17  cover_161  1  cover_176  1
    x_17  cover_189  1
    x_18  obj  45  cover_8  1
    x_18  cover_32  1  cover_89  1
    x_18  cover_95  1  cover_134  1
    x_18  cover_146  1  cover_197  1
    x_19  obj  38  cover_18  1
    x_19  cover_20  1  cover_22  1
    x_19  cover_79  1  cover_82  1
    x_19  cover_102  1  cover_121  1
    x_19  cover_124  1  cover_129  1
    x_19  cover_147  1  cover_159  1
    x_19  cover_163  1  cover_190  1
    x_19  cover_193  1
    x_20  obj  22  cover_3  1
    x_20  cover_22  1  cover_43  1
    x_20  cover_55  1  cover_60  1
    x_20  cover_83  1  cover_99  1
    x_20  cover_119  1  cover_125  1
    x_20  cover_135  1  cover_179  1
    x_20  cover_189  1  cover_193  1
    x_21  obj  46  cover_9  1
    x_21  cover_17  1  cover_24  1
    x_21  cover_32  1  cover_83  1
    x_21  cover_97  1  cover_103  1
    x_21  cover_106  1  cover_130  1
    x_21  cover_144  1
    x_22  obj  4  cover_25  1
    x_22  cover_40  1  cover_63  1
    x_22  cover_75  1  cover_96  1
    x_22  cover_151  1  cover_158  1
    x_22  cover_190  1  cover_197  1
    x_23  obj  39  cover_12  1
    x_23  cover_43  1  cover_86  1
    x_23  cover_132  1  cover_154  1
    x_23  cover_157  1  cover_159  1
    x_23  cover_185  1
    x_24  obj  18  cover_4  1
    x_24  cover_17  1  cover_22  1
    x_24  cover_33  1  cover_60  1
    x_24  cover_89  1  cover_92  1
    x_24  cover_105  1  cover_132  1
    x_24  cover_167  1  cover_175  1
    x_24  cover_180  1
    x_25  obj  88  cover_1  1
    x_25  cover_9  1  cover_34  1
    x_25  cover_61  1  cover_107  1
    x_25  cover_121  1  cover_156  1
    x_25  cover_157  1  cover_174  1
    x_25  cover_181  1  cover_195  1
    x_26  obj  77  cover_40  1
    x_26  cover_41  1  cover_57  1
    x_26  cover_59  1  cover_100  1
    x_26  cover_163  1  cover_172  1
    x_26  cover_184  1  cover_189  1
    x_26  cover_190  1
    x_27  obj  32  cover_2  1
    x_27  cover_3  1  cover_8  1
    x_27  cover_15  1  cover_40  1
    x_27  cover_47  1  cover_79  1
    x_27  cover_94  1  cover_101  1
    x_27  cover_106  1  cover_113  1
    x_27  cover_122  1  cover_128  1
    x_27  cover_130  1  cover_140  1
    x_27  cover_141  1  cover_147  1
    x_27  cover_148  1  cover_156  1
    x_27  cover_172  1  cover_184  1
    x_27  cover_195  1
    x_28  obj  90  cover_30  1
    x_28  cover_32  1  cover_89  1
    x_28  cover_101  1  cover_111  1
    x_28  cover_116  1  cover_128  1
    x_28  cover_143  1  cover_193  1
    x_29  obj  39  cover_70  1
    x_29  cover_74  1  cover_84  1
    x_29  cover_86  1  cover_113  1
    x_29  cover_151  1  cover_162  1
    x_29  cover_170  1  cover_171  1
    x_29  cover_173  1  cover_191  1
    x_30  obj  71  cover_34  1
    x_30  cover_53  1  cover_97  1
    x_30  cover_120  1  cover_161  1
    x_31  obj  24  cover_26  1
    x_31  cover_30  1  cover_43  1
    x_31  cover_48  1  cover_49  1
    x_31  cover_60  1  cover_68  1
    x_31  cover_75  1  cover_87  1
    x_31  cover_103  1  cover_104  1
    x_31  cover_110  1  cover_125  1
    x_31  cover_181  1  cover_189  1
    x_32  obj  9  cover_17  1
    x_32  cover_38  1  cover_69  1
    x_32  cover_76  1  cover_85  1
    x_32  cover_90  1  cover_91  1
    x_32  cover_96  1  cover_101  1
    x_32  cover_114  1  cover_126  1
    x_32  cover_134  1  cover_146  1
    x_32  cover_149  1
    x_33  obj  7  cover_44  1
    x_33  cover_49  1  cover_55  1
    x_33  cover_71  1  cover_94  1
    x_33  cover_126  1  cover_127  1
    x_33  cover_128  1  cover_135  1
    x_33  cover_144  1  cover_167  1
    x_34  obj  79  cover_96  1
    x_34  cover_116  1  cover_127  1
    x_34  cover_128  1  cover_131  1
    x_34  cover_169  1  cover_191  1
    x_35  obj  97  cover_2  1
    x_35  cover_19  1  cover_20  1
    x_35  cover_57  1  cover_63  1
    x_35  cover_68  1  cover_77  1
    x_35  cover_126  1  cover_141  1
    x_35  cover_199  1
    x_36  obj  97  cover_15  1
    x_36  cover_32  1  cover_39  1
    x_36  cover_44  1  cover_122  1
    x_36  cover_142  1  cover_152  1
    x_36  cover_161  1  cover_169  1
    x_36  cover_179  1  cover_183  1
    x_36  cover_184  1  cover_187  1
    x_36  cover_191  1  cover_197  1
    x_37  obj  81  cover_16  1
    x_37  cover_25  1  cover_37  1
    x_37  cover_60  1  cover_84  1
    x_37  cover_125  1  cover_147  1
    x_37  cover_183  1  cover_199  1
    x_38  obj  6  cover_21  1
    x_38  cover_40  1  cover_47  1
    x_38  cover_57  1  cover_66  1
    x_38  cover_89  1  cover_107  1
    x_38  cover_111  1  cover_122  1
    x_39  obj  12  cover_12  1
    x_39  cover_95  1  cover_105  1
    x_39  cover_131  1  cover_132  1
    x_39  cover_142  1  cover_150  1
    x_39  cover_165  1  cover_176  1
    x_39  cover_182  1  cover_198  1
    x_40  obj  35  cover_17  1
    x_40  cover_22  1  cover_28  1
    x_40  cover_51  1  cover_55  1
    x_40  cover_60  1  cover_64  1
    x_40  cover_66  1  cover_113  1
    x_40  cover_166  1  cover_175  1
    x_40  cover_198  1
    x_41  obj  72  cover_5  1
    x_41  cover_25  1  cover_30  1
    x_41  cover_64  1  cover_132  1
    x_41  cover_182  1  cover_191  1
    x_42  obj  16  cover_7  1
    x_42  cover_12  1  cover_17  1
    x_42  cover_38  1  cover_39  1
    x_42  cover_43  1  cover_60  1
    x_42  cover_61  1  cover_71  1
    x_42  cover_72  1  cover_97  1
    x_42  cover_105  1  cover_141  1
    x_42  cover_143  1  cover_150  1
    x_42  cover_170  1
    x_43  obj  9  cover_6  1
    x_43  cover_8  1  cover_31  1
    x_43  cover_33  1  cover_57  1
    x_43  cover_77  1  cover_111  1
    x_43  cover_136  1  cover_144  1
    x_43  cover_175  1  cover_187  1
    x_43  cover_192  1
    x_44  obj  81  cover_5  1
    x_44  cover_8  1  cover_47  1
    x_44  cover_75  1  cover_148  1
    x_44  cover_167  1
    x_45  obj  3  cover_28  1
    x_45  cover_61  1  cover_97  1
    x_45  cover_120  1  cover_125  1
    x_45  cover_161  1  cover_181  1
    x_46  obj  77  cover_5  1
    x_46  cover_8  1  cover_19  1
    x_46  cover_20  1  cover_51  1
    x_46  cover_63  1  cover_106  1
    x_46  cover_162  1  cover_190  1
    x_47  obj  51  cover_11  1
    x_47  cover_20  1  cover_30  1
    x_47  cover_49  1  cover_69  1
    x_47  cover_89  1  cover_90  1
    x_47  cover_93  1  cover_102  1
    x_47  cover_120  1  cover_122  1
    x_47  cover_124  1
    x_48  obj  9  cover_5  1
    x_48  cover_29  1  cover_71  1
    x_48  cover_72  1  cover_87  1
    x_48  cover_108  1  cover_119  1
    x_48  cover_144  1  cover_183  1
    x_48  cover_193  1
    x_49  obj  10  cover_25  1
    x_49  cover_82  1  cover_97  1
    x_49  cover_121  1  cover_129  1
    x_49  cover_146  1  cover_156  1
    x_50  obj  53  cover_31  1
    x_50  cover_105  1  cover_121  1
    x_50  cover_151  1  cover_155  1
    x_50  cover_169  1  cover_174  1
    x_50  cover_185  1
    x_51  obj  12  cover_14  1
    x_51  cover_54  1  cover_71  1
    x_51  cover_90  1  cover_123  1
    x_51  cover_129  1  cover_160  1
    x_51  cover_174  1  cover_184  1
    x_51  cover_186  1  cover_189  1
    x_51  cover_196  1
    x_52  obj  38  cover_16  1
    x_52  cover_20  1  cover_30  1
    x_52  cover_31  1  cover_39  1
    x_52  cover_41  1  cover_56  1
    x_52  cover_69  1  cover_74  1
    x_52  cover_97  1  cover_98  1
    x_52  cover_103  1  cover_108  1
    x_52  cover_125  1  cover_138  1
    x_52  cover_147  1  cover_163  1
    x_52  cover_172  1  cover_186  1
    x_52  cover_193  1
    x_53  obj  85  cover_43  1
    x_53  cover_50  1  cover_58  1
    x_53  cover_67  1  cover_102  1
    x_53  cover_109  1  cover_121  1
    x_53  cover_151  1  cover_162  1
    x_53  cover_170  1  cover_173  1
    x_53  cover_188  1  cover_196  1
    x_54  obj  30  cover_29  1
    x_54  cover_54  1  cover_96  1
    x_54  cover_157  1  cover_158  1
    x_54  cover_194  1  cover_196  1
    x_55  obj  69  cover_27  1
    x_55  cover_40  1  cover_69  1
    x_55  cover_87  1  cover_117  1
    x_55  cover_167  1  cover_185  1
    x_55  cover_197  1
    x_56  obj  91  cover_15  1
    x_56  cover_32  1  cover_40  1
    x_56  cover_76  1  cover_82  1
    x_56  cover_88  1  cover_128  1
    x_56  cover_169  1  cover_175  1
    x_57  obj  98  cover_3  1
    x_57  cover_25  1  cover_39  1
    x_57  cover_62  1  cover_101  1
    x_57  cover_105  1  cover_126  1
    x_57  cover_142  1  cover_150  1
    x_57  cover_159  1  cover_173  1
    x_57  cover_174  1  cover_175  1
    x_57  cover_192  1  cover_193  1
    x_58  obj  64  cover_1  1
    x_58  cover_2  1  cover_9  1
    x_58  cover_21  1  cover_85  1
    x_58  cover_115  1
    x_59  obj  7  cover_16  1
    x_59  cover_44  1  cover_88  1
    x_59  cover_118  1  cover_126  1
    x_59  cover_156  1  cover_166  1
    x_59  cover_177  1
    x_60  obj  55  cover_8  1
    x_60  cover_32  1  cover_36  1
    x_60  cover_49  1  cover_63  1
    x_60  cover_64  1  cover_90  1
    x_60  cover_93  1  cover_103  1
    x_60  cover_140  1  cover_141  1
    x_60  cover_199  1
    x_61  obj  26  cover_64  1
    x_61  cover_65  1  cover_102  1
    x_61  cover_129  1  cover_154  1
    x_61  cover_163  1
    x_62  obj  70  cover_1  1
    x_62  cover_7  1  cover_14  1
    x_62  cover_21  1  cover_51  1
    x_62  cover_81  1  cover_90  1
    x_62  cover_102  1  cover_124  1
    x_62  cover_152  1  cover_192  1
    x_63  obj  51  cover_29  1
    x_63  cover_51  1  cover_53  1
    x_63  cover_103  1  cover_115  1
    x_63  cover_161  1
    x_64  obj  71  cover_36  1
    x_64  cover_55  1  cover_68  1
    x_64  cover_105  1  cover_108  1
    x_64  cover_119  1  cover_120  1
    x_64  cover_123  1  cover_144  1
    x_64  cover_147  1  cover_167  1
    x_64  cover_184  1  cover_198  1
    x_65  obj  54  cover_49  1
    x_65  cover_80  1  cover_142  1
    x_65  cover_161  1  cover_164  1
    x_65  cover_195  1
    x_66  obj  54  cover_48  1
    x_66  cover_106  1  cover_107  1
    x_66  cover_180  1  cover_182  1
    x_66  cover_199  1
    x_67  obj  33  cover_7  1
    x_67  cover_16  1  cover_19  1
    x_67  cover_25  1  cover_58  1
    x_67  cover_71  1  cover_90  1
    x_67  cover_93  1  cover_96  1
    x_67  cover_105  1  cover_112  1
    x_67  cover_115  1  cover_187  1
    x_67  cover_196  1
    x_68  obj  34  cover_30  1
    x_68  cover_50  1  cover_59  1
    x_68  cover_84  1  cover_154  1
    x_68  cover_163  1  cover_183  1
    x_68  cover_193  1  cover_198  1
    x_69  obj  83  cover_2  1
    x_69  cover_4  1  cover_17  1
    x_69  cover_35  1  cover_58  1
    x_69  cover_109  1  cover_139  1
    x_69  cover_142  1  cover_148  1
    x_69  cover_152  1  cover_164  1
    x_69  cover_196  1
    x_70  obj  28  cover_25  1
    x_70  cover_26  1  cover_36  1
    x_70  cover_62  1  cover_69  1
    x_70  cover_112  1  cover_124  1
    x_70  cover_127  1  cover_130  1
    x_70  cover_158  1  cover_171  1
    x_71  obj  5  cover_21  1
    x_71  cover_75  1  cover_80  1
    x_71  cover_105  1  cover_111  1
    x_71  cover_121  1  cover_122  1
    x_71  cover_125  1  cover_131  1
    x_71  cover_142  1  cover_143  1
    x_71  cover_144  1  cover_146  1
    x_71  cover_159  1  cover_198  1
    x_72  obj  18  cover_0  1
    x_72  cover_17  1  cover_31  1
    x_72  cover_199  1
    x_73  obj  40  cover_62  1
    x_73  cover_86  1  cover_93  1
    x_73  cover_119  1  cover_124  1
    x_73  cover_144  1  cover_154  1
    x_73  cover_161  1  cover_195  1
    x_73  cover_196  1
    x_74  obj  59  cover_3  1
    x_74  cover_16  1  cover_34  1
    x_74  cover_47  1  cover_51  1
    x_74  cover_80  1  cover_88  1
    x_74  cover_116  1  cover_155  1
    x_74  cover_198  1
    x_75  obj  58  cover_5  1
    x_75  cover_16  1  cover_29  1
    x_75  cover_45  1  cover_90  1
    x_75  cover_118  1  cover_129  1
    x_75  cover_130  1  cover_134  1
    x_75  cover_140  1  cover_147  1
    x_75  cover_160  1  cover_165  1
    x_75  cover_166  1  cover_173  1
    x_76  obj  100  cover_81  1
    x_76  cover_86  1  cover_102  1
    x_76  cover_116  1  cover_153  1
    x_77  obj  11  cover_40  1
    x_77  cover_47  1  cover_87  1
    x_77  cover_94  1  cover_97  1
    x_77  cover_117  1  cover_123  1
    x_77  cover_133  1  cover_136  1
    x_77  cover_155  1
    x_78  obj  62  cover_27  1
    x_78  cover_50  1  cover_78  1
    x_78  cover_140  1  cover_143  1
    x_78  cover_152  1  cover_165  1
    x_78  cover_180  1  cover_184  1
    x_79  obj  54  cover_13  1
    x_79  cover_94  1  cover_113  1
    x_79  cover_119  1  cover_128  1
    x_79  cover_130  1  cover_152  1
    x_79  cover_189  1  cover_190  1
    x_80  obj  64  cover_9  1
    x_80  cover_14  1  cover_25  1
    x_80  cover_31  1  cover_52  1
    x_80  cover_62  1  cover_71  1
    x_80  cover_73  1  cover_78  1
    x_80  cover_107  1  cover_118  1
    x_80  cover_149  1  cover_170  1
    x_80  cover_174  1  cover_199  1
    x_81  obj  25  cover_41  1
    x_81  cover_45  1  cover_53  1
    x_81  cover_96  1  cover_111  1
    x_81  cover_125  1  cover_128  1
    x_81  cover_148  1  cover_159  1
    x_81  cover_165  1  cover_196  1
    x_82  obj  5  cover_4  1
    x_82  cover_9  1  cover_11  1
    x_82  cover_19  1  cover_22  1
    x_82  cover_74  1  cover_77  1
    x_82  cover_82  1  cover_197  1
    x_83  obj  94  cover_21  1
    x_83  cover_32  1  cover_36  1
    x_83  cover_60  1  cover_61  1
    x_83  cover_101  1  cover_111  1
    x_83  cover_116  1  cover_126  1
    x_83  cover_136  1  cover_169  1
    x_83  cover_186  1
    x_84  obj  38  cover_4  1
    x_84  cover_55  1  cover_68  1
    x_84  cover_97  1  cover_132  1
    x_84  cover_162  1  cover_186  1
    x_84  cover_187  1  cover_191  1
    x_85  obj  1  cover_5  1
    x_85  cover_26  1  cover_40  1
    x_85  cover_75  1  cover_118  1
    x_85  cover_131  1  cover_152  1
    x_85  cover_159  1  cover_165  1
    x_85  cover_166  1  cover_183  1
    x_85  cover_185  1  cover_190  1
    x_85  cover_198  1  cover_199  1
    x_86  obj  51  cover_7  1
    x_86  cover_13  1  cover_28  1
    x_86  cover_50  1  cover_83  1
    x_86  cover_85  1  cover_100  1
    x_86  cover_188  1  cover_194  1
    x_86  cover_197  1
    x_87  obj  29  cover_29  1
    x_87  cover_36  1  cover_46  1
    x_87  cover_62  1  cover_75  1
    x_87  cover_76  1  cover_126  1
    x_87  cover_134  1  cover_136  1
    x_87  cover_152  1  cover_183  1
    x_88  obj  1  cover_4  1
    x_88  cover_55  1  cover_69  1
    x_88  cover_71  1  cover_85  1
    x_88  cover_86  1  cover_92  1
    x_88  cover_159  1  cover_197  1
    x_89  obj  9  cover_0  1
    x_89  cover_9  1  cover_24  1
    x_89  cover_34  1  cover_68  1
    x_89  cover_120  1  cover_180  1
    x_90  obj  28  cover_2  1
    x_90  cover_20  1  cover_43  1
    x_90  cover_45  1  cover_82  1
    x_90  cover_111  1  cover_145  1
    x_90  cover_190  1
    x_91  obj  88  cover_8  1
    x_91  cover_9  1  cover_22  1
    x_91  cover_42  1  cover_61  1
    x_91  cover_72  1  cover_85  1
    x_91  cover_92  1  cover_140  1
    x_91  cover_170  1
    x_92  obj  8  cover_25  1
    x_92  cover_69  1  cover_78  1
    x_92  cover_82  1  cover_90  1
    x_92  cover_113  1  cover_131  1
    x_92  cover_136  1  cover_157  1
    x_92  cover_175  1
    x_93  obj  30  cover_12  1
    x_93  cover_16  1  cover_41  1
    x_93  cover_49  1  cover_53  1
    x_93  cover_66  1  cover_87  1
    x_93  cover_107  1  cover_130  1
    x_93  cover_150  1  cover_185  1
    x_94  obj  49  cover_10  1
    x_94  cover_69  1  cover_81  1
    x_94  cover_83  1  cover_88  1
    x_94  cover_153  1  cover_177  1
    x_95  obj  30  cover_23  1
    x_95  cover_46  1  cover_68  1
    x_95  cover_97  1  cover_132  1
    x_95  cover_134  1  cover_164  1
    x_96  obj  43  cover_62  1
    x_96  cover_70  1  cover_79  1
    x_96  cover_81  1  cover_88  1
    x_96  cover_105  1  cover_111  1
    x_96  cover_136  1  cover_140  1
    x_96  cover_180  1
    x_97  obj  2  cover_3  1
    x_97  cover_12  1  cover_14  1
    x_97  cover_35  1  cover_87  1
    x_97  cover_139  1  cover_153  1
    x_97  cover_161  1  cover_188  1
    x_97  cover_194  1
    x_98  obj  36  cover_2  1
    x_98  cover_26  1  cover_29  1
    x_98  cover_40  1  cover_48  1
    x_98  cover_57  1  cover_66  1
    x_98  cover_91  1  cover_160  1
    x_98  cover_161  1  cover_180  1
    x_98  cover_185  1
    x_99  obj  75  cover_40  1
    x_99  cover_85  1  cover_125  1
    x_99  cover_140  1  cover_180  1
    x_99  cover_195  1
    x_100  obj  39  cover_40  1
    x_100  cover_55  1  cover_57  1
    x_100  cover_73  1  cover_85  1
    x_100  cover_161  1  cover_188  1
    x_101  obj  99  cover_51  1
    x_101  cover_52  1  cover_77  1
    x_101  cover_82  1  cover_88  1
    x_101  cover_144  1  cover_166  1
    x_101  cover_175  1
    x_102  obj  83  cover_16  1
    x_102  cover_17  1  cover_22  1
    x_102  cover_25  1  cover_50  1
    x_102  cover_72  1  cover_74  1
    x_102  cover_95  1  cover_124  1
    x_102  cover_148  1  cover_169  1
    x_103  obj  21  cover_10  1
    x_103  cover_13  1  cover_64  1
    x_103  cover_76  1  cover_140  1
    x_103  cover_146  1  cover_162  1
    x_103  cover_165  1  cover_177  1
    x_103  cover_179  1  cover_188  1
    x_104  obj  44  cover_12  1
    x_104  cover_44  1  cover_56  1
    x_104  cover_60  1  cover_61  1
    x_104  cover_65  1  cover_69  1
    x_104  cover_80  1  cover_101  1
    x_104  cover_108  1  cover_144  1
    x_104  cover_174  1  cover_188  1
    x_105  obj  94  cover_52  1
    x_105  cover_68  1  cover_71  1
    x_105  cover_77  1  cover_85  1
    x_105  cover_100  1  cover_112  1
    x_105  cover_133  1  cover_137  1
    x_105  cover_183  1
    x_106  obj  28  cover_67  1
    x_106  cover_81  1  cover_141  1
    x_106  cover_148  1  cover_155  1
    x_106  cover_165  1  cover_176  1
    x_106  cover_193  1
    x_107  obj  48  cover_1  1
    x_107  cover_39  1  cover_62  1
    x_107  cover_65  1  cover_102  1
    x_107  cover_125  1  cover_166  1
    x_107  cover_169  1  cover_183  1
    x_108  obj  97  cover_42  1
    x_108  cover_43  1  cover_49  1
    x_108  cover_69  1  cover_99  1
    x_108  cover_129  1  cover_149  1
    x_108  cover_164  1  cover_177  1
    x_108  cover_184  1  cover_192  1
    x_109  obj  46  cover_8  1
    x_109  cover_9  1  cover_11  1
    x_109  cover_12  1  cover_14  1
    x_109  cover_41  1  cover_56  1
    x_109  cover_95  1  cover_108  1
    x_109  cover_153  1
    x_110  obj  12  cover_6  1
    x_110  cover_37  1  cover_47  1
    x_110  cover_51  1  cover_55  1
    x_110  cover_97  1  cover_102  1
    x_110  cover_106  1  cover_114  1
    x_110  cover_133  1  cover_168  1
    x_110  cover_188  1  cover_192  1
    x_111  obj  52  cover_6  1
    x_111  cover_40  1  cover_48  1
    x_111  cover_55  1  cover_57  1
    x_111  cover_60  1  cover_65  1
    x_111  cover_70  1  cover_112  1
    x_111  cover_127  1  cover_134  1
    x_112  obj  14  cover_2  1
    x_112  cover_5  1  cover_18  1
    x_112  cover_42  1  cover_48  1
    x_112  cover_62  1  cover_113  1
    x_112  cover_129  1  cover_131  1
    x_112  cover_145  1  cover_156  1
    x_112  cover_157  1  cover_173  1
    x_112  cover_175  1
    x_113  obj  98  cover_32  1
    x_113  cover_38  1  cover_85  1
    x_113  cover_129  1  cover_139  1
    x_113  cover_167  1  cover_178  1
    x_114  obj  46  cover_26  1
    x_114  cover_31  1  cover_76  1
    x_114  cover_79  1  cover_113  1
    x_114  cover_183  1  cover_187  1
    x_115  obj  80  cover_9  1
    x_115  cover_37  1  cover_81  1
    x_115  cover_97  1  cover_125  1
    x_115  cover_140  1  cover_165  1
    x_115  cover_174  1  cover_198  1
    x_116  obj  81  cover_7  1
    x_116  cover_97  1  cover_99  1
    x_116  cover_128  1  cover_159  1
    x_116  cover_160  1  cover_167  1
    x_116  cover_176  1  cover_178  1
    x_116  cover_192  1
    x_117  obj  82  cover_7  1
    x_117  cover_11  1  cover_29  1
    x_117  cover_30  1  cover_42  1
    x_117  cover_55  1  cover_57  1
    x_117  cover_62  1  cover_72  1
    x_117  cover_80  1  cover_82  1
    x_117  cover_84  1  cover_88  1
    x_117  cover_89  1  cover_103  1
    x_117  cover_121  1  cover_132  1
    x_117  cover_193  1
    x_118  obj  73  cover_2  1
    x_118  cover_19  1  cover_20  1
    x_118  cover_32  1  cover_38  1
    x_118  cover_76  1  cover_107  1
    x_118  cover_129  1  cover_158  1
    x_118  cover_160  1  cover_173  1
    x_118  cover_192  1
    x_119  obj  85  cover_32  1
    x_119  cover_39  1  cover_41  1
    x_119  cover_44  1  cover_57  1
    x_119  cover_68  1  cover_69  1
    x_119  cover_104  1  cover_107  1
    x_120  obj  60  cover_18  1
    x_120  cover_28  1  cover_41  1
    x_120  cover_91  1  cover_112  1
    x_120  cover_123  1  cover_149  1
    x_120  cover_164  1  cover_180  1
    x_121  obj  8  cover_46  1
    x_121  cover_63  1  cover_70  1
    x_121  cover_95  1  cover_96  1
    x_121  cover_120  1  cover_155  1
    x_121  cover_167  1  cover_176  1
    x_121  cover_193  1
    x_122  obj  79  cover_0  1
    x_122  cover_26  1  cover_28  1
    x_122  cover_43  1  cover_64  1
    x_122  cover_74  1  cover_106  1
    x_122  cover_122  1  cover_165  1
    x_122  cover_170  1  cover_172  1
    x_122  cover_183  1  cover_190  1
    x_122  cover_191  1  cover_196  1
    x_123  obj  44  cover_16  1
    x_123  cover_41  1  cover_64  1
    x_123  cover_90  1  cover_158  1
    x_123  cover_171  1  cover_174  1
    x_123  cover_186  1  cover_187  1
    x_124  obj  15  cover_10  1
    x_124  cover_48  1  cover_56  1
    x_124  cover_70  1  cover_87  1
    x_124  cover_115  1  cover_122  1
    x_124  cover_124  1  cover_127  1
    x_124  cover_157  1  cover_171  1
    x_125  obj  15  cover_3  1
    x_125  cover_36  1  cover_57  1
    x_125  cover_68  1  cover_72  1
    x_125  cover_108  1  cover_116  1
    x_125  cover_138  1  cover_149  1
    x_125  cover_157  1  cover_176  1
    x_126  obj  100  cover_9  1
    x_126  cover_30  1  cover_34  1
    x_126  cover_57  1  cover_67  1
    x_126  cover_154  1  cover_168  1
    x_126  cover_171  1
    x_127  obj  15  cover_5  1
    x_127  cover_32  1  cover_41  1
    x_127  cover_59  1  cover_87  1
    x_127  cover_104  1  cover_113  1
    x_127  cover_116  1  cover_186  1
    x_128  obj  21  cover_4  1
    x_128  cover_21  1  cover_28  1
    x_128  cover_30  1  cover_40  1
    x_128  cover_63  1  cover_115  1
    x_128  cover_123  1  cover_129  1
    x_128  cover_153  1  cover_158  1
    x_129  obj  86  cover_2  1
    x_129  cover_18  1  cover_89  1
    x_129  cover_122  1  cover_124  1
    x_129  cover_126  1  cover_128  1
    x_129  cover_171  1
    x_130  obj  71  cover_22  1
    x_130  cover_37  1  cover_40  1
    x_130  cover_107  1  cover_119  1
    x_130  cover_145  1  cover_178  1
    x_131  obj  77  cover_44  1
    x_131  cover_48  1  cover_63  1
    x_131  cover_79  1  cover_86  1
    x_131  cover_96  1  cover_113  1
    x_131  cover_131  1  cover_142  1
    x_131  cover_143  1  cover_144  1
    x_131  cover_151  1
    x_132  obj  59  cover_9  1
    x_132  cover_28  1  cover_51  1
    x_132  cover_63  1  cover_107  1
    x_132  cover_115  1  cover_133  1
    x_132  cover_166  1  cover_174  1
    x_132  cover_183  1  cover_189  1
    x_132  cover_198  1
    x_133  obj  63  cover_19  1
    x_133  cover_92  1  cover_112  1
    x_133  cover_114  1  cover_116  1
    x_133  cover_123  1  cover_136  1
    x_133  cover_157  1  cover_193  1
    x_133  cover_194  1
    x_134  obj  22  cover_12  1
    x_134  cover_37  1  cover_42  1
    x_134  cover_111  1  cover_115  1
    x_134  cover_123  1  cover_141  1
    x_134  cover_142  1  cover_145  1
    x_134  cover_176  1  cover_182  1
    x_134  cover_192  1
    x_135  obj  10  cover_5  1
    x_135  cover_13  1  cover_27  1
    x_135  cover_40  1  cover_56  1
    x_135  cover_86  1  cover_98  1
    x_135  cover_121  1  cover_170  1
    x_135  cover_177  1  cover_181  1
    x_136  obj  13  cover_18  1
    x_136  cover_46  1  cover_83  1
    x_136  cover_84  1  cover_114  1
    x_136  cover_136  1  cover_178  1
    x_136  cover_185  1  cover_194  1
    x_136  cover_198  1
    x_137  obj  72  cover_9  1
    x_137  cover_48  1  cover_60  1
    x_137  cover_72  1  cover_75  1
    x_137  cover_89  1  cover_100  1
    x_137  cover_103  1  cover_113  1
    x_137  cover_134  1  cover_159  1
    x_137  cover_169  1  cover_183  1
    x_137  cover_190  1
    x_138  obj  58  cover_1  1
    x_138  cover_19  1  cover_30  1
    x_138  cover_61  1  cover_73  1
    x_138  cover_90  1  cover_95  1
    x_138  cover_98  1  cover_117  1
    x_138  cover_135  1  cover_167  1
    x_138  cover_177  1
    x_139  obj  44  cover_3  1
    x_139  cover_32  1  cover_36  1
    x_139  cover_56  1  cover_65  1
    x_139  cover_70  1  cover_99  1
    x_139  cover_137  1  cover_180  1
    x_140  obj  52  cover_10  1
    x_140  cover_12  1  cover_15  1
    x_140  cover_54  1  cover_59  1
    x_140  cover_115  1  cover_117  1
    x_140  cover_121  1  cover_126  1
    x_140  cover_167  1  cover_179  1
    x_141  obj  96  cover_32  1
    x_141  cover_35  1  cover_48  1
    x_141  cover_101  1  cover_107  1
    x_141  cover_115  1  cover_120  1
    x_141  cover_127  1  cover_130  1
    x_142  obj  58  cover_41  1
    x_142  cover_61  1  cover_67  1
    x_142  cover_79  1  cover_129  1
    x_142  cover_130  1  cover_154  1
    x_142  cover_164  1  cover_179  1
    x_143  obj  47  cover_8  1
    x_143  cover_11  1  cover_94  1
    x_143  cover_136  1  cover_142  1
    x_143  cover_156  1  cover_176  1
    x_143  cover_184  1
    x_144  obj  30  cover_3  1
    x_144  cover_22  1  cover_23  1
    x_144  cover_37  1  cover_52  1
    x_144  cover_96  1  cover_166  1
    x_144  cover_181  1  cover_186  1
    x_144  cover_199  1
    x_145  obj  72  cover_5  1
    x_145  cover_14  1  cover_25  1
    x_145  cover_31  1  cover_47  1
    x_145  cover_78  1  cover_79  1
    x_145  cover_95  1  cover_103  1
    x_145  cover_165  1  cover_167  1
    x_145  cover_182  1  cover_195  1
    x_145  cover_197  1
    x_146  obj  69  cover_3  1
    x_146  cover_19  1  cover_26  1
    x_146  cover_27  1  cover_39  1
    x_146  cover_83  1  cover_119  1
    x_146  cover_149  1  cover_199  1
    x_147  obj  70  cover_4  1
    x_147  cover_11  1  cover_23  1
    x_147  cover_35  1  cover_38  1
    x_147  cover_40  1  cover_97  1
    x_147  cover_105  1  cover_131  1
    x_147  cover_144  1  cover_158  1
    x_147  cover_161  1  cover_171  1
    x_147  cover_173  1  cover_177  1
    x_147  cover_186  1
    x_148  obj  56  cover_2  1
    x_148  cover_25  1  cover_29  1
    x_148  cover_39  1  cover_105  1
    x_148  cover_129  1  cover_130  1
    x_148  cover_170  1  cover_176  1
    x_148  cover_180  1
    x_149  obj  3  cover_13  1
    x_149  cover_14  1  cover_37  1
    x_149  cover_108  1  cover_124  1
    x_149  cover_165  1  cover_173  1
    x_149  cover_192  1
    x_150  obj  88  cover_12  1
    x_150  cover_32  1  cover_40  1
    x_150  cover_49  1  cover_79  1
    x_151  obj  91  cover_60  1
    x_151  cover_105  1  cover_134  1
    x_151  cover_144  1  cover_177  1
    x_151  cover_181  1
    x_152  obj  36  cover_0  1
    x_152  cover_33  1  cover_47  1
    x_152  cover_113  1  cover_135  1
    x_152  cover_187  1
    x_153  obj  89  cover_65  1
    x_153  cover_73  1  cover_86  1
    x_153  cover_96  1  cover_108  1
    x_153  cover_125  1  cover_134  1
    x_153  cover_165  1  cover_170  1
    x_153  cover_173  1  cover_174  1
    x_154  obj  66  cover_5  1
    x_154  cover_7  1  cover_45  1
    x_154  cover_122  1  cover_138  1
    x_155  obj  43  cover_59  1
    x_155  cover_106  1  cover_108  1
    x_155  cover_126  1  cover_182  1
    x_155  cover_199  1
    x_156  obj  64  cover_2  1
    x_156  cover_11  1  cover_30  1
    x_156  cover_39  1  cover_56  1
    x_156  cover_60  1  cover_74  1
    x_156  cover_80  1  cover_110  1
    x_156  cover_118  1  cover_125  1
    x_156  cover_139  1  cover_151  1
    x_156  cover_187  1
    x_157  obj  80  cover_8  1
    x_157  cover_24  1  cover_33  1
    x_157  cover_35  1  cover_51  1
    x_157  cover_72  1  cover_76  1
    x_157  cover_114  1  cover_115  1
    x_157  cover_123  1  cover_127  1
    x_157  cover_129  1  cover_144  1
    x_157  cover_151  1
    x_158  obj  20  cover_6  1
    x_158  cover_11  1  cover_14  1
    x_158  cover_17  1  cover_25  1
    x_158  cover_57  1  cover_183  1
    x_158  cover_196  1
    x_159  obj  88  cover_12  1
    x_159  cover_14  1  cover_56  1
    x_159  cover_102  1  cover_120  1
    x_159  cover_122  1  cover_139  1
    x_159  cover_157  1
    x_160  obj  72  cover_5  1
    x_160  cover_51  1  cover_100  1
    x_160  cover_108  1  cover_112  1
    x_160  cover_120  1  cover_196  1
    x_161  obj  98  cover_65  1
    x_161  cover_66  1  cover_92  1
    x_161  cover_95  1  cover_96  1
    x_161  cover_102  1  cover_137  1
    x_161  cover_195  1
    x_162  obj  20  cover_36  1
    x_162  cover_37  1  cover_44  1
    x_162  cover_77  1  cover_83  1
    x_162  cover_92  1  cover_100  1
    x_162  cover_127  1  cover_140  1
    x_162  cover_157  1  cover_172  1
    x_163  obj  93  cover_31  1
    x_163  cover_52  1  cover_54  1
    x_163  cover_98  1  cover_115  1
    x_163  cover_121  1  cover_143  1
    x_163  cover_172  1  cover_185  1
    x_164  obj  39  cover_21  1
    x_164  cover_77  1  cover_126  1
    x_164  cover_139  1  cover_144  1
    x_164  cover_163  1  cover_169  1
    x_164  cover_175  1
    x_165  obj  75  cover_0  1
    x_165  cover_6  1  cover_25  1
    x_165  cover_37  1  cover_45  1
    x_165  cover_46  1  cover_64  1
    x_165  cover_77  1  cover_125  1
    x_165  cover_129  1  cover_148  1
    x_165  cover_164  1  cover_166  1
    x_166  obj  27  cover_12  1
    x_166  cover_13  1  cover_22  1
    x_166  cover_26  1  cover_27  1
    x_166  cover_41  1  cover_103  1
    x_166  cover_141  1  cover_150  1
    x_166  cover_153  1  cover_157  1
    x_166  cover_165  1  cover_197  1
    x_166  cover_199  1
    x_167  obj  30  cover_29  1
    x_167  cover_39  1  cover_66  1
    x_167  cover_90  1  cover_92  1
    x_167  cover_100  1  cover_110  1
    x_167  cover_111  1  cover_124  1
    x_167  cover_137  1  cover_186  1
    x_168  obj  95  cover_27  1
    x_168  cover_30  1  cover_37  1
    x_168  cover_38  1  cover_41  1
    x_168  cover_46  1  cover_70  1
    x_168  cover_138  1  cover_151  1
    x_168  cover_180  1
    x_169  obj  15  cover_1  1
    x_169  cover_52  1  cover_60  1
    x_169  cover_89  1  cover_103  1
    x_169  cover_143  1  cover_152  1
    x_170  obj  15  cover_13  1
    x_170  cover_36  1  cover_42  1
    x_170  cover_76  1  cover_91  1
    x_170  cover_107  1  cover_111  1
    x_170  cover_148  1  cover_166  1
    x_170  cover_176  1
    x_171  obj  21  cover_23  1
    x_171  cover_39  1  cover_69  1
    x_171  cover_145  1  cover_154  1
    x_171  cover_166  1  cover_187  1
    x_171  cover_188  1  cover_194  1
    x_172  obj  36  cover_15  1
    x_172  cover_40  1  cover_63  1
    x_172  cover_90  1  cover_97  1
    x_172  cover_106  1  cover_112  1
    x_172  cover_136  1  cover_147  1
    x_173  obj  98  cover_11  1
    x_173  cover_12  1  cover_24  1
    x_173  cover_32  1  cover_39  1
    x_173  cover_54  1  cover_64  1
    x_173  cover_88  1  cover_94  1
    x_173  cover_184  1  cover_198  1
    x_174  obj  42  cover_1  1
    x_174  cover_48  1  cover_66  1
    x_174  cover_73  1  cover_115  1
    x_174  cover_129  1  cover_130  1
    x_174  cover_133  1  cover_137  1
    x_174  cover_168  1  cover_177  1
    x_175  obj  41  cover_15  1
    x_175  cover_40  1  cover_62  1
    x_175  cover_65  1  cover_78  1
    x_175  cover_79  1  cover_109  1
    x_175  cover_159  1  cover_170  1
    x_176  obj  72  cover_73  1
    x_176  cover_85  1  cover_97  1
    x_176  cover_106  1  cover_116  1
    x_176  cover_129  1  cover_137  1
    x_176  cover_159  1
    x_177  obj  97  cover_30  1
    x_177  cover_49  1  cover_70  1
    x_177  cover_105  1  cover_134  1
    x_177  cover_139  1  cover_176  1
    x_177  cover_177  1  cover_187  1
    x_177  cover_194  1
    x_178  obj  3  cover_15  1
    x_178  cover_111  1  cover_134  1
    x_178  cover_137  1  cover_142  1
    x_178  cover_160  1  cover_173  1
    x_179  obj  96  cover_25  1
    x_179  cover_36  1  cover_41  1
    x_179  cover_82  1  cover_89  1
    x_179  cover_100  1  cover_107  1
    x_179  cover_132  1  cover_166  1
    x_179  cover_175  1  cover_196  1
    x_180  obj  28  cover_12  1
    x_180  cover_26  1  cover_55  1
    x_180  cover_58  1  cover_67  1
    x_180  cover_82  1  cover_110  1
    x_180  cover_155  1  cover_169  1
    x_180  cover_182  1
    x_181  obj  9  cover_19  1
    x_181  cover_41  1  cover_50  1
    x_181  cover_75  1  cover_101  1
    x_181  cover_110  1  cover_112  1
    x_181  cover_119  1  cover_162  1
    x_181  cover_170  1  cover_197  1
    x_182  obj  64  cover_11  1
    x_182  cover_15  1  cover_21  1
    x_182  cover_26  1  cover_45  1
    x_182  cover_73  1  cover_83  1
    x_182  cover_106  1  cover_126  1
    x_182  cover_158  1
    x_183  obj  36  cover_5  1
    x_183  cover_29  1  cover_61  1
    x_183  cover_150  1  cover_155  1
    x_183  cover_158  1  cover_169  1
    x_183  cover_173  1  cover_181  1
    x_184  obj  72  cover_53  1
    x_184  cover_58  1  cover_63  1
    x_184  cover_70  1  cover_72  1
    x_184  cover_109  1  cover_112  1
    x_184  cover_119  1  cover_122  1
    x_184  cover_146  1  cover_149  1
    x_184  cover_181  1  cover_185  1
    x_184  cover_191  1
    x_185  obj  78  cover_35  1
    x_185  cover_56  1  cover_76  1
    x_185  cover_107  1  cover_115  1
    x_185  cover_123  1  cover_128  1
    x_185  cover_153  1  cover_162  1
    x_185  cover_176  1
    x_186  obj  91  cover_0  1
    x_186  cover_17  1  cover_27  1
    x_186  cover_50  1  cover_72  1
    x_186  cover_131  1  cover_151  1
    x_186  cover_185  1  cover_189  1
    x_187  obj  95  cover_27  1
    x_187  cover_29  1  cover_64  1
    x_187  cover_74  1  cover_122  1
    x_187  cover_123  1  cover_128  1
    x_187  cover_154  1
    x_188  obj  98  cover_2  1
    x_188  cover_12  1  cover_38  1
    x_188  cover_44  1  cover_65  1
    x_188  cover_75  1  cover_97  1
    x_188  cover_103  1  cover_155  1
    x_188  cover_160  1  cover_186  1
    x_188  cover_187  1
    x_189  obj  23  cover_5  1
    x_189  cover_47  1  cover_124  1
    x_189  cover_154  1  cover_159  1
    x_189  cover_180  1  cover_181  1
    x_189  cover_183  1  cover_190  1
    x_190  obj  71  cover_18  1
    x_190  cover_53  1  cover_58  1
    x_190  cover_73  1  cover_83  1
    x_190  cover_126  1  cover_139  1
    x_190  cover_162  1
    x_191  obj  22  cover_33  1
    x_191  cover_37  1  cover_48  1
    x_191  cover_49  1  cover_110  1
    x_191  cover_190  1  cover_192  1
    x_191  cover_193  1
    x_192  obj  93  cover_45  1
    x_192  cover_71  1  cover_87  1
    x_192  cover_102  1  cover_105  1
    x_192  cover_135  1  cover_143  1
    x_192  cover_145  1  cover_154  1
    x_192  cover_155  1  cover_164  1
    x_192  cover_182  1  cover_196  1
    x_193  obj  50  cover_38  1
    x_193  cover_90  1  cover_113  1
    x_193  cover_115  1  cover_165  1
    x_193  cover_179  1  cover_199  1
    x_194  obj  52  cover_1  1
    x_194  cover_13  1  cover_27  1
    x_194  cover_33  1  cover_67  1
    x_194  cover_71  1  cover_88  1
    x_194  cover_99  1  cover_100  1
    x_194  cover_112  1  cover_124  1
    x_194  cover_129  1  cover_137  1
    x_194  cover_138  1  cover_155  1
    x_194  cover_167  1  cover_181  1
    x_195  obj  43  cover_29  1
    x_195  cover_39  1  cover_41  1
    x_195  cover_43  1  cover_44  1
    x_195  cover_45  1  cover_55  1
    x_195  cover_73  1  cover_74  1
    x_195  cover_76  1  cover_94  1
    x_195  cover_102  1  cover_115  1
    x_195  cover_117  1  cover_162  1
    x_195  cover_170  1  cover_181  1
    x_195  cover_183  1
    x_196  obj  15  cover_21  1
    x_196  cover_26  1  cover_37  1
    x_196  cover_42  1  cover_46  1
    x_196  cover_50  1  cover_62  1
    x_196  cover_100  1  cover_145  1
    x_196  cover_155  1  cover_176  1
    x_197  obj  57  cover_1  1
    x_197  cover_10  1  cover_13  1
    x_197  cover_56  1  cover_57  1
    x_197  cover_132  1  cover_145  1
    x_197  cover_159  1  cover_188  1
    x_197  cover_198  1
    x_198  obj  76  cover_13  1
    x_198  cover_36  1  cover_51  1
    x_198  cover_52  1  cover_56  1
    x_198  cover_71  1  cover_122  1
    x_198  cover_152  1  cover_153  1
    x_198  cover_161  1  cover_166  1
    x_198  cover_182  1  cover_185  1
    x_199  obj  28  cover_53  1
    x_199  cover_60  1  cover_84  1
    x_199  cover_94  1  cover_117  1
    x_199  cover_138  1  cover_182  1
    x_200  obj  5  cover_1  1
    x_200  cover_61  1  cover_77  1
    x_200  cover_130  1  cover_158  1
    x_201  obj  42  cover_26  1
    x_201  cover_40  1  cover_41  1
    x_201  cover_52  1  cover_65  1
    x_201  cover_89  1  cover_128  1
    x_201  cover_177  1  cover_180  1
    x_201  cover_187  1  cover_193  1
    x_202  obj  54  cover_1  1
    x_202  cover_79  1  cover_109  1
    x_202  cover_110  1  cover_119  1
    x_202  cover_122  1  cover_172  1
    x_202  cover_177  1
    x_203  obj  68  cover_67  1
    x_203  cover_71  1  cover_84  1
    x_203  cover_100  1  cover_105  1
    x_203  cover_109  1  cover_146  1
    x_203  cover_158  1
    x_204  obj  26  cover_26  1
    x_204  cover_53  1  cover_82  1
    x_204  cover_85  1  cover_104  1
    x_204  cover_105  1  cover_112  1
    x_204  cover_158  1  cover_165  1
    x_205  obj  77  cover_9  1
    x_205  cover_96  1  cover_123  1
    x_205  cover_157  1  cover_175  1
    x_205  cover_185  1
    x_206  obj  81  cover_11  1
    x_206  cover_21  1  cover_34  1
    x_206  cover_50  1  cover_51  1
    x_206  cover_66  1  cover_94  1
    x_206  cover_101  1  cover_112  1
    x_206  cover_121  1  cover_134  1
    x_206  cover_135  1  cover_177  1
    x_206  cover_192  1
    x_207  obj  46  cover_6  1
    x_207  cover_44  1  cover_47  1
    x_207  cover_54  1  cover_63  1
    x_207  cover_105  1  cover_141  1
    x_207  cover_184  1
    x_208  obj  58  cover_6  1
    x_208  cover_43  1  cover_84  1
    x_208  cover_85  1  cover_138  1
    x_208  cover_142  1  cover_151  1
    x_208  cover_182  1
    x_209  obj  58  cover_9  1
    x_209  cover_31  1  cover_67  1
    x_209  cover_92  1  cover_95  1
    x_209  cover_119  1  cover_171  1
    x_209  cover_176  1
    x_210  obj  41  cover_30  1
    x_210  cover_32  1  cover_39  1
    x_210  cover_74  1  cover_101  1
    x_210  cover_155  1  cover_159  1
    x_210  cover_166  1  cover_172  1
    x_210  cover_173  1  cover_179  1
    x_211  obj  29  cover_2  1
    x_211  cover_32  1  cover_43  1
    x_211  cover_53  1  cover_55  1
    x_211  cover_112  1  cover_145  1
    x_211  cover_149  1  cover_160  1
    x_211  cover_164  1  cover_176  1
    x_211  cover_192  1  cover_193  1
    x_212  obj  31  cover_17  1
    x_212  cover_25  1  cover_28  1
    x_212  cover_32  1  cover_59  1
    x_212  cover_121  1  cover_151  1
    x_212  cover_172  1  cover_180  1
    x_213  obj  72  cover_9  1
    x_213  cover_22  1  cover_40  1
    x_213  cover_42  1  cover_60  1
    x_213  cover_70  1  cover_111  1
    x_213  cover_139  1  cover_180  1
    x_213  cover_182  1
    x_214  obj  43  cover_13  1
    x_214  cover_16  1  cover_34  1
    x_214  cover_42  1  cover_52  1
    x_214  cover_88  1  cover_95  1
    x_214  cover_148  1  cover_173  1
    x_214  cover_196  1  cover_197  1
    x_215  obj  17  cover_34  1
    x_215  cover_36  1  cover_43  1
    x_215  cover_52  1  cover_53  1
    x_215  cover_60  1  cover_61  1
    x_215  cover_73  1  cover_87  1
    x_215  cover_97  1  cover_105  1
    x_215  cover_122  1  cover_131  1
    x_215  cover_140  1  cover_171  1
    x_215  cover_173  1  cover_184  1
    x_216  obj  48  cover_15  1
    x_216  cover_66  1  cover_72  1
    x_216  cover_88  1  cover_111  1
    x_216  cover_141  1
    x_217  obj  32  cover_6  1
    x_217  cover_21  1  cover_56  1
    x_217  cover_119  1  cover_141  1
    x_217  cover_150  1  cover_199  1
    x_218  obj  23  cover_6  1
    x_218  cover_15  1  cover_21  1
    x_218  cover_23  1  cover_24  1
    x_218  cover_61  1  cover_72  1
    x_218  cover_101  1  cover_104  1
    x_218  cover_108  1  cover_133  1
    x_218  cover_148  1  cover_174  1
    x_218  cover_197  1
    x_219  obj  16  cover_1  1
    x_219  cover_55  1  cover_77  1
    x_219  cover_102  1  cover_108  1
    x_219  cover_130  1  cover_168  1
    x_219  cover_181  1
    x_220  obj  88  cover_8  1
    x_220  cover_12  1  cover_15  1
    x_220  cover_34  1  cover_55  1
    x_220  cover_61  1  cover_89  1
    x_220  cover_119  1  cover_158  1
    x_220  cover_160  1  cover_168  1
    x_220  cover_175  1
    x_221  obj  1  cover_24  1
    x_221  cover_27  1  cover_43  1
    x_221  cover_47  1  cover_90  1
    x_221  cover_104  1  cover_128  1
    x_221  cover_149  1  cover_153  1
    x_221  cover_172  1
    x_222  obj  34  cover_33  1
    x_222  cover_38  1  cover_41  1
    x_222  cover_52  1  cover_67  1
    x_222  cover_69  1  cover_87  1
    x_222  cover_92  1  cover_104  1
    x_222  cover_108  1  cover_126  1
    x_222  cover_140  1  cover_152  1
    x_223  obj  20  cover_14  1
    x_223  cover_18  1  cover_40  1
    x_223  cover_82  1  cover_92  1
    x_223  cover_107  1  cover_110  1
    x_223  cover_139  1  cover_157  1
    x_223  cover_187  1
    x_224  obj  23  cover_2  1
    x_224  cover_12  1  cover_95  1
    x_224  cover_129  1  cover_139  1
    x_224  cover_161  1  cover_169  1
    x_224  cover_191  1
    x_225  obj  55  cover_9  1
    x_225  cover_77  1  cover_116  1
    x_225  cover_119  1  cover_128  1
    x_225  cover_138  1  cover_139  1
    x_225  cover_166  1  cover_167  1
    x_225  cover_188  1
    x_226  obj  62  cover_43  1
    x_226  cover_55  1  cover_60  1
    x_226  cover_61  1  cover_68  1
    x_226  cover_91  1  cover_161  1
    x_227  obj  87  cover_26  1
    x_227  cover_43  1  cover_44  1
    x_227  cover_50  1  cover_58  1
    x_227  cover_59  1  cover_68  1
    x_227  cover_75  1  cover_107  1
    x_227  cover_117  1  cover_162  1
    x_227  cover_174  1
    x_228  obj  69  cover_36  1
    x_228  cover_47  1  cover_69  1
    x_228  cover_106  1  cover_140  1
    x_228  cover_182  1  cover_189  1
    x_228  cover_192  1  cover_198  1
    x_229  obj  92  cover_10  1
    x_229  cover_12  1  cover_18  1
    x_229  cover_20  1  cover_86  1
    x_229  cover_103  1  cover_113  1
    x_229  cover_114  1
    x_230  obj  12  cover_28  1
    x_230  cover_52  1  cover_75  1
    x_230  cover_96  1  cover_103  1
    x_230  cover_106  1  cover_107  1
    x_230  cover_140  1  cover_161  1
    x_230  cover_173  1  cover_174  1
    x_230  cover_181  1  cover_187  1
    x_230  cover_192  1
    x_231  obj  48  cover_11  1
    x_231  cover_19  1  cover_29  1
    x_231  cover_33  1  cover_38  1
    x_231  cover_59  1  cover_89  1
    x_231  cover_99  1  cover_103  1
    x_231  cover_139  1  cover_149  1
    x_231  cover_176  1
    x_232  obj  77  cover_1  1
    x_232  cover_7  1  cover_22  1
    x_232  cover_34  1  cover_38  1
    x_232  cover_142  1  cover_163  1
    x_232  cover_182  1  cover_193  1
    x_233  obj  33  cover_9  1
    x_233  cover_16  1  cover_61  1
    x_233  cover_86  1  cover_113  1
    x_233  cover_128  1  cover_132  1
    x_233  cover_176  1  cover_194  1
    x_234  obj  9  cover_22  1
    x_234  cover_77  1  cover_84  1
    x_234  cover_146  1  cover_179  1
    x_234  cover_190  1
    x_235  obj  64  cover_9  1
    x_235  cover_19  1  cover_36  1
    x_235  cover_46  1  cover_52  1
    x_235  cover_66  1  cover_68  1
    x_235  cover_70  1  cover_73  1
    x_235  cover_78  1  cover_87  1
    x_235  cover_88  1  cover_106  1
    x_235  cover_116  1  cover_124  1
    x_235  cover_142  1  cover_165  1
    x_236  obj  37  cover_12  1
    x_236  cover_19  1  cover_64  1
    x_236  cover_112  1  cover_120  1
    x_236  cover_190  1  cover_199  1
    x_237  obj  13  cover_23  1
    x_237  cover_39  1  cover_41  1
    x_237  cover_48  1  cover_60  1
    x_237  cover_85  1  cover_132  1
    x_237  cover_171  1
    x_238  obj  100  cover_18  1
    x_238  cover_26  1  cover_61  1
    x_238  cover_67  1  cover_100  1
    x_238  cover_111  1  cover_136  1
    x_238  cover_193  1
    x_239  obj  82  cover_0  1
    x_239  cover_16  1  cover_17  1
    x_239  cover_19  1  cover_89  1
    x_239  cover_96  1  cover_117  1
    x_239  cover_121  1  cover_130  1
    x_239  cover_134  1  cover_146  1
    x_240  obj  37  cover_43  1
    x_240  cover_44  1  cover_105  1
    x_240  cover_118  1  cover_126  1
    x_240  cover_137  1  cover_160  1
    x_240  cover_188  1
    x_241  obj  100  cover_9  1
    x_241  cover_18  1  cover_46  1
    x_241  cover_54  1  cover_62  1
    x_241  cover_68  1  cover_107  1
    x_241  cover_110  1  cover_170  1
    x_241  cover_177  1  cover_183  1
    x_242  obj  72  cover_0  1
    x_242  cover_26  1  cover_30  1
    x_242  cover_46  1  cover_72  1
    x_242  cover_79  1  cover_92  1
    x_242  cover_104  1  cover_107  1
    x_242  cover_126  1  cover_153  1
    x_242  cover_174  1
    x_243  obj  62  cover_16  1
    x_243  cover_41  1  cover_42  1
    x_243  cover_58  1  cover_70  1
    x_243  cover_123  1  cover_154  1
    x_243  cover_177  1
    x_244  obj  91  cover_44  1
    x_244  cover_84  1  cover_98  1
    x_244  cover_104  1  cover_191  1
    x_245  obj  82  cover_6  1
    x_245  cover_7  1  cover_21  1
    x_245  cover_23  1  cover_54  1
    x_245  cover_134  1  cover_139  1
    x_245  cover_164  1  cover_174  1
    x_245  cover_190  1  cover_192  1
    x_246  obj  38  cover_27  1
    x_246  cover_72  1  cover_105  1
    x_246  cover_111  1  cover_113  1
    x_246  cover_140  1  cover_143  1
    x_246  cover_151  1  cover_184  1
    x_246  cover_185  1  cover_190  1
    x_247  obj  11  cover_8  1
    x_247  cover_32  1  cover_44  1
    x_247  cover_52  1  cover_73  1
    x_247  cover_100  1  cover_101  1
    x_247  cover_103  1  cover_140  1
    x_247  cover_146  1  cover_176  1
    x_247  cover_177  1  cover_194  1
    x_248  obj  15  cover_8  1
    x_248  cover_43  1  cover_47  1
    x_248  cover_56  1  cover_70  1
    x_248  cover_113  1  cover_135  1
    x_248  cover_146  1  cover_190  1
    x_248  cover_191  1  cover_195  1
    x_249  obj  32  cover_9  1
    x_249  cover_54  1  cover_60  1
    x_249  cover_83  1  cover_95  1
    x_249  cover_102  1  cover_123  1
    x_249  cover_124  1  cover_158  1
    x_249  cover_192  1
    x_250  obj  99  cover_22  1
    x_250  cover_28  1  cover_44  1
    x_250  cover_89  1  cover_91  1
    x_250  cover_111  1  cover_129  1
    x_250  cover_148  1  cover_174  1
    x_250  cover_191  1
    x_251  obj  10  cover_34  1
    x_251  cover_43  1  cover_51  1
    x_251  cover_58  1  cover_116  1
    x_251  cover_140  1  cover_182  1
    x_252  obj  88  cover_20  1
    x_252  cover_36  1  cover_64  1
    x_252  cover_72  1  cover_86  1
    x_252  cover_96  1  cover_117  1
    x_252  cover_137  1  cover_167  1
    x_252  cover_188  1
    x_253  obj  57  cover_2  1
    x_253  cover_5  1  cover_28  1
    x_253  cover_86  1  cover_95  1
    x_253  cover_122  1  cover_173  1
    x_253  cover_184  1
    x_254  obj  29  cover_0  1
    x_254  cover_35  1  cover_67  1
    x_254  cover_93  1  cover_115  1
    x_254  cover_126  1  cover_157  1
    x_254  cover_166  1  cover_167  1
    x_254  cover_175  1  cover_176  1
    x_254  cover_185  1
    x_255  obj  49  cover_9  1
    x_255  cover_26  1  cover_34  1
    x_255  cover_35  1  cover_44  1
    x_255  cover_48  1  cover_94  1
    x_255  cover_153  1  cover_154  1
    x_255  cover_177  1  cover_198  1
    x_256  obj  86  cover_0  1
    x_256  cover_38  1  cover_57  1
    x_256  cover_92  1  cover_94  1
    x_256  cover_96  1  cover_115  1
    x_256  cover_199  1
    x_257  obj  47  cover_28  1
    x_257  cover_33  1  cover_40  1
    x_257  cover_61  1  cover_69  1
    x_257  cover_101  1  cover_129  1
    x_257  cover_130  1  cover_131  1
    x_257  cover_154  1  cover_167  1
    x_258  obj  49  cover_13  1
    x_258  cover_25  1  cover_31  1
    x_258  cover_33  1  cover_56  1
    x_258  cover_60  1  cover_68  1
    x_258  cover_97  1  cover_126  1
    x_258  cover_132  1  cover_170  1
    x_259  obj  35  cover_12  1
    x_259  cover_20  1  cover_28  1
    x_259  cover_38  1  cover_76  1
    x_259  cover_100  1  cover_133  1
    x_259  cover_169  1  cover_172  1
    x_260  obj  94  cover_20  1
    x_260  cover_24  1  cover_51  1
    x_260  cover_66  1  cover_86  1
    x_260  cover_119  1  cover_190  1
    x_260  cover_199  1
    x_261  obj  70  cover_2  1
    x_261  cover_8  1  cover_66  1
    x_261  cover_92  1  cover_99  1
    x_261  cover_112  1  cover_167  1
    x_261  cover_179  1  cover_186  1
    x_261  cover_193  1
    x_262  obj  25  cover_14  1
    x_262  cover_41  1  cover_43  1
    x_262  cover_85  1  cover_111  1
    x_262  cover_126  1  cover_131  1
    x_263  obj  91  cover_28  1
    x_263  cover_45  1  cover_47  1
    x_263  cover_63  1  cover_91  1
    x_263  cover_116  1  cover_118  1
    x_263  cover_125  1  cover_130  1
    x_263  cover_162  1  cover_170  1
    x_263  cover_177  1
    x_264  obj  68  cover_3  1
    x_264  cover_8  1  cover_18  1
    x_264  cover_27  1  cover_30  1
    x_264  cover_47  1  cover_62  1
    x_264  cover_65  1  cover_88  1
    x_264  cover_113  1  cover_141  1
    x_264  cover_149  1  cover_160  1
    x_264  cover_181  1
    x_265  obj  78  cover_0  1
    x_265  cover_7  1  cover_24  1
    x_265  cover_44  1  cover_121  1
    x_265  cover_144  1  cover_147  1
    x_265  cover_156  1  cover_161  1
    x_265  cover_164  1  cover_169  1
    x_266  obj  74  cover_0  1
    x_266  cover_11  1  cover_29  1
    x_266  cover_44  1  cover_50  1
    x_266  cover_53  1  cover_64  1
    x_266  cover_65  1  cover_95  1
    x_266  cover_152  1  cover_197  1
    x_267  obj  34  cover_7  1
    x_267  cover_15  1  cover_34  1
    x_267  cover_98  1  cover_102  1
    x_267  cover_118  1  cover_194  1
    x_268  obj  77  cover_7  1
    x_268  cover_21  1  cover_28  1
    x_268  cover_50  1  cover_69  1
    x_268  cover_120  1  cover_176  1
    x_268  cover_195  1
    x_269  obj  87  cover_40  1
    x_269  cover_129  1  cover_141  1
    x_269  cover_151  1  cover_154  1
    x_269  cover_157  1  cover_164  1
    x_270  obj  68  cover_3  1
    x_270  cover_32  1  cover_37  1
    x_270  cover_55  1  cover_81  1
    x_270  cover_150  1  cover_163  1
    x_270  cover_190  1
    x_271  obj  38  cover_4  1
    x_271  cover_8  1  cover_16  1
    x_271  cover_24  1  cover_39  1
    x_271  cover_116  1  cover_140  1
    x_271  cover_163  1  cover_178  1
    x_271  cover_181  1
    x_272  obj  58  cover_104  1
    x_272  cover_107  1  cover_114  1
    x_272  cover_120  1  cover_158  1
    x_272  cover_192  1
    x_273  obj  39  cover_24  1
    x_273  cover_43  1  cover_71  1
    x_273  cover_74  1  cover_116  1
    x_273  cover_119  1  cover_139  1
    x_273  cover_193  1
    x_274  obj  57  cover_29  1
    x_274  cover_36  1  cover_47  1
    x_274  cover_84  1  cover_94  1
    x_274  cover_107  1  cover_118  1
    x_274  cover_141  1
    x_275  obj  54  cover_5  1
    x_275  cover_73  1  cover_94  1
    x_275  cover_148  1  cover_149  1
    x_275  cover_153  1  cover_164  1
    x_276  obj  17  cover_32  1
    x_276  cover_122  1  cover_130  1
    x_276  cover_155  1  cover_178  1
    x_277  obj  75  cover_6  1
    x_277  cover_42  1  cover_51  1
    x_277  cover_78  1  cover_81  1
    x_277  cover_88  1  cover_97  1
    x_277  cover_119  1  cover_130  1
    x_277  cover_137  1  cover_142  1
    x_277  cover_159  1  cover_169  1
    x_277  cover_185  1  cover_191  1
    x_278  obj  42  cover_4  1
    x_278  cover_28  1  cover_37  1
    x_278  cover_134  1  cover_145  1
    x_278  cover_166  1  cover_191  1
    x_279  obj  62  cover_3  1
    x_279  cover_56  1  cover_70  1
    x_279  cover_81  1  cover_94  1
    x_279  cover_114  1  cover_124  1
    x_279  cover_159  1  cover_185  1
    x_279  cover_191  1  cover_193  1
    x_280  obj  79  cover_0  1
    x_280  cover_11  1  cover_46  1
    x_280  cover_61  1  cover_74  1
    x_280  cover_103  1  cover_167  1
    x_280  cover_173  1  cover_199  1
    x_281  obj  89  cover_32  1
    x_281  cover_54  1  cover_73  1
    x_281  cover_89  1  cover_104  1
    x_281  cover_106  1  cover_120  1
    x_281  cover_142  1  cover_145  1
    x_282  obj  38  cover_0  1
    x_282  cover_13  1  cover_25  1
    x_282  cover_46  1  cover_59  1
    x_282  cover_80  1  cover_81  1
    x_282  cover_92  1  cover_136  1
    x_282  cover_159  1  cover_199  1
    x_283  obj  49  cover_6  1
    x_283  cover_14  1  cover_18  1
    x_283  cover_19  1  cover_52  1
    x_283  cover_79  1  cover_82  1
    x_283  cover_88  1  cover_102  1
    x_283  cover_129  1  cover_149  1
    x_283  cover_155  1
    x_284  obj  76  cover_17  1
    x_284  cover_53  1  cover_57  1
    x_284  cover_65  1  cover_68  1
    x_284  cover_80  1  cover_100  1
    x_284  cover_153  1  cover_162  1
    x_284  cover_166  1  cover_172  1
    x_284  cover_193  1
    x_285  obj  73  cover_7  1
    x_285  cover_16  1  cover_24  1
    x_285  cover_79  1  cover_183  1
    x_286  obj  66  cover_31  1
    x_286  cover_33  1  cover_48  1
    x_286  cover_62  1  cover_63  1
    x_286  cover_76  1  cover_82  1
    x_286  cover_85  1  cover_89  1
    x_286  cover_161  1
    x_287  obj  60  cover_43  1
    x_287  cover_50  1  cover_55  1
    x_287  cover_60  1  cover_82  1
    x_287  cover_91  1  cover_97  1
    x_287  cover_115  1  cover_126  1
    x_287  cover_166  1  cover_188  1
    x_288  obj  37  cover_3  1
    x_288  cover_13  1  cover_15  1
    x_288  cover_103  1  cover_107  1
    x_288  cover_109  1  cover_145  1
    x_288  cover_152  1  cover_165  1
    x_289  obj  76  cover_14  1
    x_289  cover_23  1  cover_35  1
    x_289  cover_64  1  cover_73  1
    x_289  cover_84  1  cover_89  1
    x_289  cover_126  1  cover_154  1
    x_289  cover_163  1  cover_185  1
    x_290  obj  18  cover_10  1
    x_290  cover_11  1  cover_16  1
    x_290  cover_32  1  cover_72  1
    x_290  cover_136  1  cover_140  1
    x_290  cover_152  1  cover_154  1
    x_290  cover_181  1
    x_291  obj  96  cover_2  1
    x_291  cover_3  1  cover_9  1
    x_291  cover_10  1  cover_15  1
    x_291  cover_32  1  cover_36  1
    x_291  cover_75  1  cover_87  1
    x_291  cover_101  1  cover_103  1
    x_291  cover_122  1  cover_173  1
    x_292  obj  50  cover_5  1
    x_292  cover_6  1  cover_29  1
    x_292  cover_43  1  cover_76  1
    x_292  cover_101  1  cover_103  1
    x_292  cover_144  1  cover_153  1
    x_292  cover_194  1
    x_293  obj  93  cover_12  1
    x_293  cover_47  1  cover_49  1
    x_293  cover_52  1  cover_80  1
    x_293  cover_88  1  cover_104  1
    x_293  cover_133  1
    x_294  obj  6  cover_35  1
    x_294  cover_69  1  cover_93  1
    x_294  cover_124  1  cover_162  1
    x_294  cover_171  1
    x_295  obj  93  cover_2  1
    x_295  cover_82  1
    x_296  obj  29  cover_16  1
    x_296  cover_17  1  cover_45  1
    x_296  cover_77  1  cover_103  1
    x_296  cover_126  1  cover_178  1
    x_296  cover_184  1  cover_191  1
    x_297  obj  72  cover_27  1
    x_297  cover_39  1  cover_41  1
    x_297  cover_105  1  cover_127  1
    x_297  cover_160  1  cover_162  1
    x_297  cover_179  1
    x_298  obj  64  cover_7  1
    x_298  cover_12  1  cover_45  1
    x_298  cover_104  1  cover_110  1
    x_298  cover_120  1  cover_136  1
    x_298  cover_139  1  cover_140  1
    x_298  cover_180  1  cover_198  1
    x_299  obj  41  cover_8  1
    x_299  cover_27  1  cover_33  1
    x_299  cover_36  1  cover_39  1
    x_299  cover_47  1  cover_51  1
    x_299  cover_58  1  cover_77  1
    x_299  cover_140  1  cover_172  1
    x_299  cover_190  1
    x_300  obj  14  cover_8  1
    x_300  cover_36  1  cover_60  1
    x_300  cover_92  1  cover_106  1
    x_300  cover_158  1  cover_169  1
    x_300  cover_178  1
    x_301  obj  42  cover_57  1
    x_301  cover_70  1  cover_87  1
    x_301  cover_99  1  cover_100  1
    x_301  cover_112  1  cover_114  1
    x_301  cover_118  1  cover_129  1
    x_301  cover_136  1  cover_195  1
    x_302  obj  37  cover_17  1
    x_302  cover_60  1  cover_86  1
    x_302  cover_136  1  cover_141  1
    x_302  cover_155  1  cover_183  1
    x_302  cover_190  1  cover_192  1
    x_303  obj  60  cover_50  1
    x_303  cover_56  1  cover_75  1
    x_303  cover_89  1  cover_131  1
    x_303  cover_171  1  cover_188  1
    x_304  obj  2  cover_25  1
    x_304  cover_51  1  cover_78  1
    x_304  cover_83  1  cover_87  1
    x_304  cover_130  1  cover_145  1
    x_304  cover_164  1  cover_166  1
    x_305  obj  68  cover_14  1
    x_305  cover_26  1  cover_33  1
    x_305  cover_41  1  cover_58  1
    x_305  cover_67  1  cover_112  1
    x_305  cover_150  1  cover_171  1
    x_305  cover_172  1  cover_182  1
    x_306  obj  71  cover_12  1
    x_306  cover_17  1  cover_55  1
    x_306  cover_73  1  cover_94  1
    x_306  cover_111  1  cover_140  1
    x_306  cover_160  1  cover_172  1
    x_306  cover_184  1
    x_307  obj  49  cover_1  1
    x_307  cover_3  1  cover_14  1
    x_307  cover_78  1  cover_93  1
    x_307  cover_98  1  cover_99  1
    x_307  cover_112  1  cover_117  1
    x_307  cover_153  1  cover_154  1
    x_307  cover_160  1  cover_169  1
    x_308  obj  81  cover_10  1
    x_308  cover_31  1  cover_70  1
    x_308  cover_92  1  cover_117  1
    x_308  cover_127  1  cover_156  1
    x_308  cover_178  1
    x_309  obj  66  cover_8  1
    x_309  cover_15  1  cover_66  1
    x_309  cover_75  1  cover_90  1
    x_309  cover_150  1
    x_310  obj  5  cover_0  1
    x_310  cover_3  1  cover_127  1
    x_310  cover_170  1
    x_311  obj  23  cover_25  1
    x_311  cover_47  1  cover_65  1
    x_311  cover_87  1  cover_108  1
    x_311  cover_118  1  cover_123  1
    x_311  cover_143  1  cover_179  1
    x_311  cover_180  1  cover_181  1
    x_311  cover_199  1
    x_312  obj  22  cover_3  1
    x_312  cover_11  1  cover_13  1
    x_312  cover_75  1  cover_84  1
    x_312  cover_85  1  cover_117  1
    x_312  cover_127  1  cover_138  1
    x_312  cover_140  1  cover_165  1
    x_312  cover_188  1  cover_190  1
    x_312  cover_196  1  cover_198  1
    x_312  cover_199  1
    x_313  obj  80  cover_7  1
    x_313  cover_22  1  cover_33  1
    x_313  cover_37  1  cover_89  1
    x_313  cover_94  1  cover_100  1
    x_313  cover_177  1
    x_314  obj  94  cover_16  1
    x_314  cover_26  1  cover_27  1
    x_314  cover_63  1  cover_86  1
    x_314  cover_92  1  cover_117  1
    x_314  cover_134  1  cover_180  1
    x_314  cover_197  1
    x_315  obj  68  cover_39  1
    x_315  cover_72  1  cover_77  1
    x_315  cover_91  1  cover_104  1
    x_315  cover_105  1  cover_110  1
    x_315  cover_161  1  cover_176  1
    x_315  cover_177  1  cover_199  1
    x_316  obj  21  cover_19  1
    x_316  cover_33  1  cover_88  1
    x_316  cover_118  1  cover_121  1
    x_316  cover_151  1
    x_317  obj  48  cover_1  1
    x_317  cover_7  1  cover_16  1
    x_317  cover_33  1  cover_42  1
    x_317  cover_87  1  cover_107  1
    x_317  cover_117  1  cover_138  1
    x_317  cover_139  1  cover_157  1
    x_317  cover_170  1  cover_187  1
    x_318  obj  9  cover_15  1
    x_318  cover_50  1  cover_51  1
    x_318  cover_98  1  cover_109  1
    x_318  cover_124  1  cover_138  1
    x_318  cover_160  1  cover_178  1
    x_318  cover_181  1  cover_188  1
    x_319  obj  9  cover_14  1
    x_319  cover_52  1  cover_67  1
    x_319  cover_77  1  cover_104  1
    x_319  cover_118  1  cover_131  1
    x_319  cover_140  1  cover_165  1
    x_319  cover_183  1
    x_320  obj  70  cover_1  1
    x_320  cover_38  1  cover_46  1
    x_320  cover_52  1  cover_56  1
    x_320  cover_76  1  cover_80  1
    x_320  cover_100  1  cover_122  1
    x_320  cover_158  1  cover_159  1
    x_320  cover_165  1  cover_176  1
    x_320  cover_198  1
    x_321  obj  55  cover_5  1
    x_321  cover_62  1  cover_65  1
    x_321  cover_83  1  cover_94  1
    x_321  cover_132  1  cover_146  1
    x_321  cover_147  1  cover_169  1
    x_321  cover_170  1  cover_172  1
    x_321  cover_173  1  cover_179  1
    x_321  cover_184  1  cover_186  1
    x_322  obj  23  cover_76  1
    x_322  cover_101  1  cover_116  1
    x_322  cover_127  1  cover_129  1
    x_322  cover_130  1  cover_164  1
    x_322  cover_173  1  cover_174  1
    x_323  obj  94  cover_31  1
    x_323  cover_36  1  cover_43  1
    x_323  cover_48  1  cover_55  1
    x_323  cover_59  1  cover_74  1
    x_323  cover_97  1  cover_140  1
    x_323  cover_142  1  cover_154  1
    x_323  cover_155  1  cover_167  1
    x_324  obj  78  cover_28  1
    x_324  cover_50  1  cover_60  1
    x_324  cover_67  1  cover_77  1
    x_324  cover_80  1  cover_92  1
    x_324  cover_94  1  cover_108  1
    x_324  cover_135  1  cover_142  1
    x_324  cover_153  1  cover_181  1
    x_324  cover_188  1
    x_325  obj  97  cover_11  1
    x_325  cover_53  1  cover_57  1
    x_325  cover_73  1  cover_108  1
    x_325  cover_132  1  cover_140  1
    x_325  cover_147  1  cover_180  1
    x_325  cover_182  1
    x_326  obj  4  cover_0  1
    x_326  cover_4  1  cover_24  1
    x_326  cover_48  1  cover_85  1
    x_326  cover_86  1  cover_109  1
    x_326  cover_133  1  cover_150  1
    x_326  cover_172  1  cover_185  1
    x_326  cover_191  1
    x_327  obj  31  cover_18  1
    x_327  cover_22  1  cover_45  1
    x_327  cover_46  1  cover_67  1
    x_327  cover_120  1  cover_126  1
    x_327  cover_132  1  cover_140  1
    x_327  cover_162  1  cover_179  1
    x_327  cover_184  1  cover_189  1
    x_327  cover_199  1
    x_328  obj  14  cover_5  1
    x_328  cover_37  1  cover_39  1
    x_328  cover_89  1  cover_137  1
    x_328  cover_175  1
    x_329  obj  88  cover_6  1
    x_329  cover_7  1  cover_33  1
    x_329  cover_40  1  cover_50  1
    x_329  cover_85  1  cover_108  1
    x_329  cover_110  1  cover_121  1
    x_329  cover_177  1  cover_186  1
    x_330  obj  57  cover_41  1
    x_330  cover_49  1  cover_83  1
    x_330  cover_99  1  cover_122  1
    x_330  cover_180  1
    x_331  obj  74  cover_7  1
    x_331  cover_83  1  cover_92  1
    x_331  cover_103  1  cover_144  1
    x_331  cover_168  1  cover_172  1
    x_331  cover_187  1  cover_193  1
    x_332  obj  88  cover_15  1
    x_332  cover_27  1  cover_60  1
    x_332  cover_62  1  cover_95  1
    x_332  cover_112  1  cover_155  1
    x_332  cover_156  1  cover_195  1
    x_333  obj  7  cover_6  1
    x_333  cover_39  1  cover_48  1
    x_333  cover_92  1  cover_99  1
    x_333  cover_115  1  cover_171  1
    x_333  cover_173  1  cover_182  1
    x_334  obj  68  cover_1  1
    x_334  cover_27  1  cover_44  1
    x_334  cover_50  1  cover_62  1
    x_334  cover_74  1  cover_78  1
    x_334  cover_97  1  cover_99  1
    x_334  cover_146  1  cover_164  1
    x_334  cover_177  1  cover_195  1
    x_335  obj  26  cover_80  1
    x_335  cover_132  1  cover_143  1
    x_335  cover_170  1
    x_336  obj  55  cover_16  1
    x_336  cover_28  1  cover_46  1
    x_336  cover_49  1  cover_60  1
    x_336  cover_91  1  cover_113  1
    x_336  cover_135  1  cover_160  1
    x_336  cover_169  1  cover_174  1
    x_336  cover_176  1  cover_179  1
    x_336  cover_189  1  cover_197  1
    x_336  cover_199  1
    x_337  obj  85  cover_1  1
    x_337  cover_34  1  cover_60  1
    x_337  cover_64  1  cover_90  1
    x_337  cover_134  1  cover_146  1
    x_337  cover_168  1  cover_184  1
    x_338  obj  54  cover_28  1
    x_338  cover_48  1  cover_75  1
    x_338  cover_85  1  cover_107  1
    x_338  cover_128  1  cover_133  1
    x_338  cover_163  1  cover_165  1
    x_338  cover_178  1  cover_182  1
    x_339  obj  82  cover_8  1
    x_339  cover_30  1  cover_31  1
    x_339  cover_51  1  cover_54  1
    x_339  cover_66  1  cover_98  1
    x_339  cover_107  1  cover_176  1
    x_339  cover_187  1
    x_340  obj  84  cover_2  1
    x_340  cover_36  1  cover_37  1
    x_340  cover_55  1  cover_76  1
    x_340  cover_80  1  cover_156  1
    x_340  cover_187  1  cover_191  1
    x_341  obj  16  cover_2  1
    x_341  cover_5  1  cover_10  1
    x_341  cover_15  1  cover_16  1
    x_341  cover_43  1  cover_49  1
    x_341  cover_51  1  cover_59  1
    x_341  cover_112  1  cover_153  1
    x_341  cover_165  1
    x_342  obj  50  cover_50  1
    x_342  cover_75  1  cover_110  1
    x_342  cover_128  1  cover_184  1
    x_342  cover_185  1  cover_196  1
    x_343  obj  67  cover_21  1
    x_343  cover_37  1  cover_49  1
    x_343  cover_57  1  cover_82  1
    x_343  cover_99  1  cover_117  1
    x_343  cover_120  1  cover_180  1
    x_343  cover_188  1  cover_189  1
    x_343  cover_196  1
    x_344  obj  41  cover_9  1
    x_344  cover_21  1  cover_24  1
    x_344  cover_55  1  cover_69  1
    x_344  cover_108  1  cover_116  1
    x_344  cover_128  1  cover_171  1
    x_344  cover_181  1  cover_182  1
    x_345  obj  17  cover_24  1
    x_345  cover_36  1  cover_61  1
    x_345  cover_63  1  cover_102  1
    x_345  cover_145  1  cover_157  1
    x_345  cover_170  1  cover_179  1
    x_345  cover_182  1  cover_192  1
    x_346  obj  75  cover_34  1
    x_346  cover_42  1  cover_49  1
    x_346  cover_61  1  cover_79  1
    x_346  cover_82  1  cover_85  1
    x_346  cover_130  1  cover_154  1
    x_346  cover_185  1  cover_197  1
    x_347  obj  19  cover_61  1
    x_347  cover_65  1  cover_73  1
    x_347  cover_74  1  cover_87  1
    x_347  cover_103  1  cover_168  1
    x_347  cover_197  1
    x_348  obj  73  cover_5  1
    x_348  cover_13  1  cover_15  1
    x_348  cover_20  1  cover_28  1
    x_348  cover_29  1  cover_78  1
    x_348  cover_102  1  cover_114  1
    x_348  cover_147  1  cover_160  1
    x_348  cover_165  1  cover_170  1
    x_348  cover_198  1
    x_349  obj  66  cover_10  1
    x_349  cover_22  1  cover_48  1
    x_349  cover_154  1  cover_175  1
    x_349  cover_185  1
    x_350  obj  13  cover_5  1
    x_350  cover_56  1  cover_81  1
    x_350  cover_151  1  cover_194  1
    x_351  obj  85  cover_28  1
    x_351  cover_48  1  cover_99  1
    x_351  cover_114  1  cover_124  1
    x_351  cover_170  1  cover_186  1
    x_351  cover_196  1
    x_352  obj  15  cover_0  1
    x_352  cover_2  1  cover_21  1
    x_352  cover_49  1  cover_66  1
    x_352  cover_76  1  cover_80  1
    x_352  cover_108  1  cover_109  1
    x_352  cover_111  1  cover_126  1
    x_352  cover_183  1
    x_353  obj  74  cover_24  1
    x_353  cover_31  1  cover_45  1
    x_353  cover_50  1  cover_56  1
    x_353  cover_114  1  cover_125  1
    x_353  cover_128  1  cover_192  1
    x_354  obj  19  cover_23  1
    x_354  cover_25  1  cover_47  1
    x_354  cover_84  1  cover_126  1
    x_354  cover_131  1  cover_141  1
    x_354  cover_166  1  cover_176  1
    x_354  cover_184  1  cover_193  1
    x_355  obj  6  cover_52  1
    x_355  cover_111  1  cover_116  1
    x_355  cover_134  1  cover_148  1
    x_355  cover_168  1
    x_356  obj  6  cover_24  1
    x_356  cover_25  1  cover_34  1
    x_356  cover_42  1  cover_56  1
    x_356  cover_66  1  cover_94  1
    x_356  cover_116  1  cover_153  1
    x_356  cover_172  1
    x_357  obj  20  cover_47  1
    x_357  cover_56  1  cover_75  1
    x_357  cover_85  1  cover_139  1
    x_357  cover_141  1  cover_156  1
    x_357  cover_177  1  cover_179  1
    x_357  cover_190  1
    x_358  obj  15  cover_11  1
    x_358  cover_24  1  cover_68  1
    x_358  cover_78  1  cover_99  1
    x_358  cover_100  1  cover_118  1
    x_358  cover_133  1  cover_147  1
    x_358  cover_152  1  cover_168  1
    x_358  cover_173  1  cover_186  1
    x_358  cover_188  1
    x_359  obj  84  cover_25  1
    x_359  cover_27  1  cover_59  1
    x_359  cover_99  1  cover_125  1
    x_359  cover_129  1  cover_131  1
    x_359  cover_132  1  cover_184  1
    x_359  cover_190  1
    x_360  obj  49  cover_0  1
    x_360  cover_15  1  cover_25  1
    x_360  cover_32  1  cover_40  1
    x_360  cover_46  1  cover_62  1
    x_360  cover_66  1  cover_80  1
    x_360  cover_101  1  cover_108  1
    x_360  cover_109  1  cover_125  1
    x_360  cover_158  1  cover_165  1
    x_360  cover_183  1  cover_194  1
    x_361  obj  26  cover_66  1
    x_361  cover_81  1  cover_98  1
    x_361  cover_127  1  cover_147  1
    x_361  cover_148  1  cover_174  1
    x_361  cover_175  1  cover_189  1
    x_361  cover_190  1
    x_362  obj  71  cover_2  1
    x_362  cover_12  1  cover_111  1
    x_362  cover_115  1  cover_159  1
    x_362  cover_175  1  cover_196  1
    x_363  obj  71  cover_6  1
    x_363  cover_9  1  cover_36  1
    x_363  cover_41  1  cover_47  1
    x_363  cover_53  1  cover_61  1
    x_363  cover_74  1  cover_95  1
    x_363  cover_100  1  cover_115  1
    x_364  obj  5  cover_25  1
    x_364  cover_64  1  cover_88  1
    x_364  cover_91  1  cover_129  1
    x_364  cover_142  1  cover_149  1
    x_364  cover_175  1  cover_176  1
    x_364  cover_182  1
    x_365  obj  40  cover_9  1
    x_365  cover_29  1  cover_37  1
    x_365  cover_39  1  cover_46  1
    x_365  cover_51  1  cover_66  1
    x_365  cover_78  1  cover_86  1
    x_365  cover_95  1  cover_125  1
    x_365  cover_152  1  cover_170  1
    x_365  cover_174  1  cover_181  1
    x_365  cover_182  1  cover_189  1
    x_366  obj  15  cover_1  1
    x_366  cover_17  1  cover_79  1
    x_366  cover_85  1  cover_102  1
    x_366  cover_120  1  cover_169  1
    x_366  cover_187  1  cover_194  1
    x_366  cover_198  1
    x_367  obj  51  cover_4  1
    x_367  cover_5  1  cover_25  1
    x_367  cover_62  1  cover_69  1
    x_367  cover_118  1  cover_120  1
    x_367  cover_150  1  cover_171  1
    x_367  cover_181  1  cover_192  1
    x_368  obj  18  cover_5  1
    x_368  cover_18  1  cover_20  1
    x_368  cover_27  1  cover_38  1
    x_368  cover_45  1  cover_77  1
    x_368  cover_120  1  cover_122  1
    x_368  cover_124  1  cover_128  1
    x_369  obj  60  cover_0  1
    x_369  cover_6  1  cover_29  1
    x_369  cover_70  1  cover_74  1
    x_369  cover_80  1  cover_97  1
    x_369  cover_125  1  cover_138  1
    x_369  cover_143  1
    x_370  obj  99  cover_14  1
    x_370  cover_28  1  cover_56  1
    x_370  cover_68  1  cover_70  1
    x_370  cover_93  1  cover_148  1
    x_370  cover_158  1  cover_164  1
    x_371  obj  100  cover_1  1
    x_371  cover_19  1  cover_46  1
    x_371  cover_60  1  cover_71  1
    x_371  cover_72  1  cover_95  1
    x_371  cover_96  1  cover_136  1
    x_371  cover_174  1
    x_372  obj  46  cover_2  1
    x_372  cover_18  1  cover_19  1
    x_372  cover_22  1  cover_41  1
    x_372  cover_46  1  cover_51  1
    x_372  cover_70  1  cover_96  1
    x_372  cover_118  1  cover_127  1
    x_372  cover_129  1  cover_151  1
    x_372  cover_183  1  cover_195  1
    x_373  obj  25  cover_12  1
    x_373  cover_20  1  cover_48  1
    x_373  cover_68  1  cover_70  1
    x_373  cover_76  1  cover_115  1
    x_373  cover_144  1  cover_156  1
    x_373  cover_163  1
    x_374  obj  87  cover_0  1
    x_374  cover_5  1  cover_10  1
    x_374  cover_18  1  cover_24  1
    x_374  cover_32  1  cover_40  1
    x_374  cover_86  1  cover_103  1
    x_374  cover_107  1  cover_115  1
    x_374  cover_136  1  cover_141  1
    x_374  cover_152  1  cover_155  1
    x_375  obj  33  cover_75  1
    x_375  cover_113  1  cover_136  1
    x_375  cover_143  1
    x_376  obj  68  cover_6  1
    x_376  cover_10  1  cover_55  1
    x_376  cover_60  1  cover_68  1
    x_376  cover_70  1  cover_94  1
    x_376  cover_113  1  cover_116  1
    x_376  cover_176  1
    x_377  obj  8  cover_11  1
    x_377  cover_39  1  cover_52  1
    x_377  cover_157  1  cover_170  1
    x_377  cover_190  1  cover_196  1
    x_378  obj  94  cover_17  1
    x_378  cover_21  1  cover_23  1
    x_378  cover_25  1  cover_80  1
    x_378  cover_98  1  cover_134  1
    x_378  cover_171  1  cover_174  1
    x_378  cover_177  1
    x_379  obj  90  cover_26  1
    x_379  cover_68  1  cover_90  1
    x_379  cover_99  1  cover_124  1
    x_379  cover_147  1  cover_152  1
    x_379  cover_158  1  cover_163  1
    x_379  cover_168  1  cover_193  1
    x_379  cover_196  1
    x_380  obj  27  cover_8  1
    x_380  cover_68  1  cover_100  1
    x_380  cover_130  1  cover_156  1
    x_380  cover_186  1
    x_381  obj  58  cover_19  1
    x_381  cover_78  1  cover_83  1
    x_381  cover_96  1  cover_135  1
    x_381  cover_158  1  cover_186  1
    x_381  cover_190  1
    x_382  obj  34  cover_5  1
    x_382  cover_36  1  cover_86  1
    x_382  cover_137  1  cover_149  1
    x_382  cover_158  1  cover_164  1
    x_383  obj  61  cover_47  1
    x_383  cover_96  1  cover_116  1
    x_383  cover_120  1  cover_149  1
    x_383  cover_152  1  cover_194  1
    x_384  obj  34  cover_29  1
    x_384  cover_45  1  cover_58  1
    x_384  cover_61  1  cover_106  1
    x_384  cover_114  1  cover_188  1
    x_385  obj  65  cover_3  1
    x_385  cover_58  1  cover_63  1
    x_385  cover_74  1  cover_107  1
    x_385  cover_141  1  cover_179  1
    x_386  obj  69  cover_46  1
    x_386  cover_49  1  cover_101  1
    x_386  cover_108  1  cover_120  1
    x_386  cover_127  1  cover_135  1
    x_386  cover_144  1  cover_164  1
    x_386  cover_188  1
    x_387  obj  91  cover_14  1
    x_387  cover_25  1  cover_46  1
    x_387  cover_66  1  cover_112  1
    x_387  cover_126  1  cover_139  1
    x_387  cover_141  1  cover_166  1
    x_387  cover_187  1  cover_189  1
    x_388  obj  81  cover_13  1
    x_388  cover_14  1  cover_17  1
    x_388  cover_25  1  cover_52  1
    x_388  cover_54  1  cover_55  1
    x_388  cover_56  1  cover_77  1
    x_388  cover_105  1  cover_126  1
    x_388  cover_160  1  cover_169  1
    x_389  obj  38  cover_15  1
    x_389  cover_18  1  cover_21  1
    x_389  cover_23  1  cover_36  1
    x_389  cover_50  1  cover_51  1
    x_389  cover_72  1  cover_73  1
    x_389  cover_86  1  cover_132  1
    x_389  cover_189  1  cover_194  1
    x_390  obj  60  cover_6  1
    x_390  cover_47  1  cover_51  1
    x_390  cover_69  1  cover_85  1
    x_390  cover_112  1  cover_115  1
    x_390  cover_128  1  cover_167  1
    x_390  cover_171  1
    x_391  obj  25  cover_32  1
    x_391  cover_36  1  cover_45  1
    x_391  cover_79  1  cover_85  1
    x_391  cover_91  1  cover_147  1
    x_391  cover_178  1  cover_185  1
    x_391  cover_195  1  cover_197  1
    x_392  obj  40  cover_7  1
    x_392  cover_20  1  cover_27  1
    x_392  cover_35  1  cover_62  1
    x_392  cover_65  1  cover_72  1
    x_392  cover_138  1  cover_165  1
    x_392  cover_172  1
    x_393  obj  43  cover_12  1
    x_393  cover_18  1  cover_38  1
    x_393  cover_58  1  cover_75  1
    x_393  cover_92  1  cover_98  1
    x_393  cover_107  1  cover_137  1
    x_393  cover_162  1  cover_171  1
    x_393  cover_173  1
    x_394  obj  35  cover_35  1
    x_394  cover_84  1  cover_97  1
    x_394  cover_113  1  cover_116  1
    x_394  cover_158  1  cover_177  1
    x_394  cover_189  1
    x_395  obj  97  cover_11  1
    x_395  cover_26  1  cover_47  1
    x_395  cover_71  1  cover_85  1
    x_395  cover_96  1  cover_102  1
    x_395  cover_105  1  cover_113  1
    x_395  cover_139  1  cover_155  1
    x_395  cover_165  1  cover_170  1
    x_395  cover_176  1  cover_191  1
    x_396  obj  4  cover_50  1
    x_396  cover_51  1  cover_52  1
    x_396  cover_58  1  cover_100  1
    x_396  cover_102  1  cover_111  1
    x_396  cover_150  1  cover_163  1
    x_396  cover_167  1
    x_397  obj  61  cover_26  1
    x_397  cover_137  1  cover_140  1
    x_397  cover_159  1  cover_161  1
    x_397  cover_163  1  cover_188  1
    x_398  obj  93  cover_28  1
    x_398  cover_35  1  cover_74  1
    x_398  cover_95  1  cover_100  1
    x_398  cover_107  1  cover_126  1
    x_398  cover_154  1  cover_160  1
    x_398  cover_193  1
    x_399  obj  20  cover_1  1
    x_399  cover_4  1  cover_18  1
    x_399  cover_40  1  cover_51  1
    x_399  cover_54  1  cover_55  1
    x_399  cover_74  1  cover_84  1
    x_399  cover_95  1  cover_96  1
    x_399  cover_130  1  cover_137  1
    x_399  cover_155  1  cover_199  1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  cover_0  1
    RHS  cover_1  1
    RHS  cover_2  1
    RHS  cover_3  1
    RHS  cover_4  1
    RHS  cover_5  1
    RHS  cover_6  1
    RHS  cover_7  1
    RHS  cover_8  1
    RHS  cover_9  1
    RHS  cover_10  1
    RHS  cover_11  1
    RHS  cover_12  1
    RHS  cover_13  1
    RHS  cover_14  1
    RHS  cover_15  1
    RHS  cover_16  1
    RHS  cover_17  1
    RHS  cover_18  1
    RHS  cover_19  1
    RHS  cover_20  1
    RHS  cover_21  1
    RHS  cover_22  1
    RHS  cover_23  1
    RHS  cover_24  1
    RHS  cover_25  1
    RHS  cover_26  1
    RHS  cover_27  1
    RHS  cover_28  1
    RHS  cover_29  1
    RHS  cover_30  1
    RHS  cover_31  1
    RHS  cover_32  1
    RHS  cover_33  1
    RHS  cover_34  1
    RHS  cover_35  1
    RHS  cover_36  1
    RHS  cover_37  1
    RHS  cover_38  1
    RHS  cover_39  1
    RHS  cover_40  1
    RHS  cover_41  1
    RHS  cover_42  1
    RHS  cover_43  1
    RHS  cover_44  1
    RHS  cover_45  1
    RHS  cover_46  1
    RHS  cover_47  1
    RHS  cover_48  1
    RHS  cover_49  1
    RHS  cover_50  1
    RHS  cover_51  1
    RHS  cover_52  1
    RHS  cover_53  1
    RHS  cover_54  1
    RHS  cover_55  1
    RHS  cover_56  1
    RHS  cover_57  1
    RHS  cover_58  1
    RHS  cover_59  1
    RHS  cover_60  1
    RHS  cover_61  1
    RHS  cover_62  1
    RHS  cover_63  1
    RHS  cover_64  1
    RHS  cover_65  1
    RHS  cover_66  1
    RHS  cover_67  1
    RHS  cover_68  1
    RHS  cover_69  1
    RHS  cover_70  1
    RHS  cover_71  1
    RHS  cover_72  1
    RHS  cover_73  1
    RHS  cover_74  1
    RHS  cover_75  1
    RHS  cover_76  1
    RHS  cover_77  1
    RHS  cover_78  1
    RHS  cover_79  1
    RHS  cover_80  1
    RHS  cover_81  1
    RHS  cover_82  1
    RHS  cover_83  1
    RHS  cover_84  1
    RHS  cover_85  1
    RHS  cover_86  1
    RHS  cover_87  1
    RHS  cover_88  1
    RHS  cover_89  1
    RHS  cover_90  1
    RHS  cover_91  1
    RHS  cover_92  1
    RHS  cover_93  1
    RHS  cover_94  1
    RHS  cover_95  1
    RHS  cover_96  1
    RHS  cover_97  1
    RHS  cover_98  1
    RHS  cover_99  1
    RHS  cover_100  1
    RHS  cover_101  1
    RHS  cover_102  1
    RHS  cover_103  1
    RHS  cover_104  1
    RHS  cover_105  1
    RHS  cover_106  1
    RHS  cover_107  1
    RHS  cover_108  1
    RHS  cover_109  1
    RHS  cover_110  1
    RHS  cover_111  1
    RHS  cover_112  1
    RHS  cover_113  1
    RHS  cover_114  1
    RHS  cover_115  1
    RHS  cover_116  1
    RHS  cover_117  1
    RHS  cover_118  1
    RHS  cover_119  1
    RHS  cover_120  1
    RHS  cover_121  1
    RHS  cover_122  1
    RHS  cover_123  1
    RHS  cover_124  1
    RHS  cover_125  1
    RHS  cover_126  1
    RHS  cover_127  1
    RHS  cover_128  1
    RHS  cover_129  1
    RHS  cover_130  1
    RHS  cover_131  1
    RHS  cover_132  1
    RHS  cover_133  1
    RHS  cover_134  1
    RHS  cover_135  1
    RHS  cover_136  1
    RHS  cover_137  1
    RHS  cover_138  1
    RHS  cover_139  1
    RHS  cover_140  1
    RHS  cover_141  1
    RHS  cover_142  1
    RHS  cover_143  1
    RHS  cover_144  1
    RHS  cover_145  1
    RHS  cover_146  1
    RHS  cover_147  1
    RHS  cover_148  1
    RHS  cover_149  1
    RHS  cover_150  1
    RHS  cover_151  1
    RHS  cover_152  1
    RHS  cover_153  1
    RHS  cover_154  1
    RHS  cover_155  1
    RHS  cover_156  1
    RHS  cover_157  1
    RHS  cover_158  1
    RHS  cover_159  1
    RHS  cover_160  1
    RHS  cover_161  1
    RHS  cover_162  1
    RHS  cover_163  1
    RHS  cover_164  1
    RHS  cover_165  1
    RHS  cover_166  1
    RHS  cover_167  1
    RHS  cover_168  1
    RHS  cover_169  1
    RHS  cover_170  1
    RHS  cover_171  1
    RHS  cover_172  1
    RHS  cover_173  1
    RHS  cover_174  1
    RHS  cover_175  1
    RHS  cover_176  1
    RHS  cover_177  1
    RHS  cover_178  1
    RHS  cover_179  1
    RHS  cover_180  1
    RHS  cover_181  1
    RHS  cover_182  1
    RHS  cover_183  1
    RHS  cover_184  1
    RHS  cover_185  1
    RHS  cover_186  1
    RHS  cover_187  1
    RHS  cover_188  1
    RHS  cover_189  1
    RHS  cover_190  1
    RHS  cover_191  1
    RHS  cover_192  1
    RHS  cover_193  1
    RHS  cover_194  1
    RHS  cover_195  1
    RHS  cover_196  1
    RHS  cover_197  1
    RHS  cover_198  1
    RHS  cover_199  1
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
 BV BND  x_150
 BV BND  x_151
 BV BND  x_152
 BV BND  x_153
 BV BND  x_154
 BV BND  x_155
 BV BND  x_156
 BV BND  x_157
 BV BND  x_158
 BV BND  x_159
 BV BND  x_160
 BV BND  x_161
 BV BND  x_162
 BV BND  x_163
 BV BND  x_164
 BV BND  x_165
 BV BND  x_166
 BV BND  x_167
 BV BND  x_168
 BV BND  x_169
 BV BND  x_170
 BV BND  x_171
 BV BND  x_172
 BV BND  x_173
 BV BND  x_174
 BV BND  x_175
 BV BND  x_176
 BV BND  x_177
 BV BND  x_178
 BV BND  x_179
 BV BND  x_180
 BV BND  x_181
 BV BND  x_182
 BV BND  x_183
 BV BND  x_184
 BV BND  x_185
 BV BND  x_186
 BV BND  x_187
 BV BND  x_188
 BV BND  x_189
 BV BND  x_190
 BV BND  x_191
 BV BND  x_192
 BV BND  x_193
 BV BND  x_194
 BV BND  x_195
 BV BND  x_196
 BV BND  x_197
 BV BND  x_198
 BV BND  x_199
 BV BND  x_200
 BV BND  x_201
 BV BND  x_202
 BV BND  x_203
 BV BND  x_204
 BV BND  x_205
 BV BND  x_206
 BV BND  x_207
 BV BND  x_208
 BV BND  x_209
 BV BND  x_210
 BV BND  x_211
 BV BND  x_212
 BV BND  x_213
 BV BND  x_214
 BV BND  x_215
 BV BND  x_216
 BV BND  x_217
 BV BND  x_218
 BV BND  x_219
 BV BND  x_220
 BV BND  x_221
 BV BND  x_222
 BV BND  x_223
 BV BND  x_224
 BV BND  x_225
 BV BND  x_226
 BV BND  x_227
 BV BND  x_228
 BV BND  x_229
 BV BND  x_230
 BV BND  x_231
 BV BND  x_232
 BV BND  x_233
 BV BND  x_234
 BV BND  x_235
 BV BND  x_236
 BV BND  x_237
 BV BND  x_238
 BV BND  x_239
 BV BND  x_240
 BV BND  x_241
 BV BND  x_242
 BV BND  x_243
 BV BND  x_244
 BV BND  x_245
 BV BND  x_246
 BV BND  x_247
 BV BND  x_248
 BV BND  x_249
 BV BND  x_250
 BV BND  x_251
 BV BND  x_252
 BV BND  x_253
 BV BND  x_254
 BV BND  x_255
 BV BND  x_256
 BV BND  x_257
 BV BND  x_258
 BV BND  x_259
 BV BND  x_260
 BV BND  x_261
 BV BND  x_262
 BV BND  x_263
 BV BND  x_264
 BV BND  x_265
 BV BND  x_266
 BV BND  x_267
 BV BND  x_268
 BV BND  x_269
 BV BND  x_270
 BV BND  x_271
 BV BND  x_272
 BV BND  x_273
 BV BND  x_274
 BV BND  x_275
 BV BND  x_276
 BV BND  x_277
 BV BND  x_278
 BV BND  x_279
 BV BND  x_280
 BV BND  x_281
 BV BND  x_282
 BV BND  x_283
 BV BND  x_284
 BV BND  x_285
 BV BND  x_286
 BV BND  x_287
 BV BND  x_288
 BV BND  x_289
 BV BND  x_290
 BV BND  x_291
 BV BND  x_292
 BV BND  x_293
 BV BND  x_294
 BV BND  x_295
 BV BND  x_296
 BV BND  x_297
 BV BND  x_298
 BV BND  x_299
 BV BND  x_300
 BV BND  x_301
 BV BND  x_302
 BV BND  x_303
 BV BND  x_304
 BV BND  x_305
 BV BND  x_306
 BV BND  x_307
 BV BND  x_308
 BV BND  x_309
 BV BND  x_310
 BV BND  x_311
 BV BND  x_312
 BV BND  x_313
 BV BND  x_314
 BV BND  x_315
 BV BND  x_316
 BV BND  x_317
 BV BND  x_318
 BV BND  x_319
 BV BND  x_320
 BV BND  x_321
 BV BND  x_322
 BV BND  x_323
 BV BND  x_324
 BV BND  x_325
 BV BND  x_326
 BV BND  x_327
 BV BND  x_328
 BV BND  x_329
 BV BND  x_330
 BV BND  x_331
 BV BND  x_332
 BV BND  x_333
 BV BND  x_334
 BV BND  x_335
 BV BND  x_336
 BV BND  x_337
 BV BND  x_338
 BV BND  x_339
 BV BND  x_340
 BV BND  x_341
 BV BND  x_342
 BV BND  x_343
 BV BND  x_344
 BV BND  x_345
 BV BND  x_346
 BV BND  x_347
 BV BND  x_348
 BV BND  x_349
 BV BND  x_350
 BV BND  x_351
 BV BND  x_352
 BV BND  x_353
 BV BND  x_354
 BV BND  x_355
 BV BND  x_356
 BV BND  x_357
 BV BND  x_358
 BV BND  x_359
 BV BND  x_360
 BV BND  x_361
 BV BND  x_362
 BV BND  x_363
 BV BND  x_364
 BV BND  x_365
 BV BND  x_366
 BV BND  x_367
 BV BND  x_368
 BV BND  x_369
 BV BND  x_370
 BV BND  x_371
 BV BND  x_372
 BV BND  x_373
 BV BND  x_374
 BV BND  x_375
 BV BND  x_376
 BV BND  x_377
 BV BND  x_378
 BV BND  x_379
 BV BND  x_380
 BV BND  x_381
 BV BND  x_382
 BV BND  x_383
 BV BND  x_384
 BV BND  x_385
 BV BND  x_386
 BV BND  x_387
 BV BND  x_388
 BV BND  x_389
 BV BND  x_390
 BV BND  x_391
 BV BND  x_392
 BV BND  x_393
 BV BND  x_394
 BV BND  x_395
 BV BND  x_396
 BV BND  x_397
 BV BND  x_398
 BV BND  x_399
ENDATA
