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
    x_0  obj  36  cover_12  1
    x_0  cover_46  1  cover_47  1
    x_0  cover_56  1  cover_59  1
    x_0  cover_70  1  cover_88  1
    x_0  cover_105  1  cover_164  1
    x_0  cover_178  1
    x_1  obj  75  cover_6  1
    x_1  cover_55  1  cover_78  1
    x_1  cover_84  1  cover_136  1
    x_1  cover_167  1  cover_173  1
    x_1  cover_192  1
    x_2  obj  39  cover_24  1
    x_2  cover_37  1  cover_40  1
    x_2  cover_60  1  cover_77  1
    x_2  cover_112  1  cover_135  1
    x_2  cover_160  1
    x_3  obj  99  cover_15  1
    x_3  cover_21  1  cover_35  1
    x_3  cover_73  1  cover_101  1
    x_3  cover_110  1  cover_113  1
    x_3  cover_116  1  cover_165  1
    x_3  cover_183  1  cover_188  1
    x_4  obj  83  cover_14  1
    x_4  cover_125  1  cover_137  1
    x_4  cover_174  1  cover_179  1
    x_4  cover_198  1  cover_199  1
    x_5  obj  21  cover_36  1
    x_5  cover_42  1  cover_63  1
    x_5  cover_76  1  cover_118  1
    x_5  cover_162  1  cover_195  1
    x_5  cover_196  1
    x_6  obj  44  cover_85  1
    x_6  cover_106  1  cover_108  1
    x_6  cover_115  1  cover_117  1
    x_6  cover_168  1  cover_169  1
    x_6  cover_170  1  cover_187  1
    x_7  obj  94  cover_1  1
    x_7  cover_83  1  cover_104  1
    x_7  cover_127  1  cover_141  1
    x_7  cover_153  1  cover_155  1
    x_7  cover_171  1  cover_184  1
    x_8  obj  28  cover_16  1
    x_8  cover_25  1  cover_27  1
    x_8  cover_38  1  cover_48  1
    x_8  cover_57  1  cover_72  1
    x_8  cover_94  1  cover_140  1
    x_8  cover_175  1
    x_9  obj  48  cover_10  1
    x_9  cover_33  1  cover_45  1
    x_9  cover_66  1  cover_114  1
    x_9  cover_130  1  cover_186  1
    x_10  obj  97  cover_3  1
    x_10  cover_13  1  cover_30  1
    x_10  cover_97  1  cover_99  1
    x_10  cover_122  1  cover_131  1
    x_10  cover_143  1  cover_185  1
    x_11  obj  46  cover_17  1
    x_11  cover_54  1  cover_71  1
    x_11  cover_80  1  cover_91  1
    x_11  cover_132  1  cover_144  1
    x_11  cover_158  1  cover_181  1
    x_11  cover_182  1  cover_194  1
    x_12  obj  12  cover_19  1
    x_12  cover_28  1  cover_50  1
    x_12  cover_103  1  cover_128  1
    x_12  cover_149  1  cover_154  1
    x_13  obj  52  cover_0  1
    x_13  cover_7  1  cover_9  1
    x_13  cover_39  1  cover_43  1
    x_13  cover_69  1  cover_109  1
    x_13  cover_133  1  cover_150  1
    x_14  obj  14  cover_5  1
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
    x_15  obj  98  cover_29  1
    x_15  cover_44  1  cover_64  1
    x_15  cover_65  1  cover_87  1
    x_15  cover_107  1  cover_142  1
    x_15  cover_152  1  cover_191  1
    x_16  obj  46  cover_2  1
    x_16  cover_11  1  cover_51  1
    x_16  cover_74  1  cover_98  1
    x_16  cover_123  1  cover_138  1
    x_16  cover_177  1
    x_17  obj  80  cover_4  1
    x_17  cover_26  1  cover_31  1
    x_17  cover_41  1  cover_49  1
    x_17  cover_53  1  cover_61  1
    x_17  cover_62  1  cover_81  1
    x_17  cover_86  1  cover_111  1
    x_17  cover_120  1  cover_139  1
    x_17  cover_151  1  cover_156  1
    x_17  cover_161  1  cover_176  1
    x_17  cover_189  1
    x_18  obj  81  cover_8  1
    x_18  cover_32  1  cover_89  1
    x_18  cover_95  1  cover_134  1
    x_18  cover_146  1  cover_197  1
    x_19  obj  82  cover_18  1
    x_19  cover_20  1  cover_22  1
    x_19  cover_79  1  cover_82  1
    x_19  cover_102  1  cover_121  1
    x_19  cover_124  1  cover_129  1
    x_19  cover_147  1  cover_159  1
    x_19  cover_163  1  cover_190  1
    x_19  cover_193  1
    x_20  obj  73  cover_11  1
    x_20  cover_43  1  cover_52  1
    x_20  cover_59  1  cover_81  1
    x_20  cover_96  1  cover_98  1
    x_20  cover_119  1  cover_121  1
    x_20  cover_134  1  cover_178  1
    x_20  cover_189  1  cover_192  1
    x_21  obj  85  cover_1  1
    x_21  cover_13  1  cover_17  1
    x_21  cover_27  1  cover_83  1
    x_21  cover_95  1  cover_99  1
    x_21  cover_103  1  cover_129  1
    x_21  cover_144  1
    x_22  obj  60  cover_18  1
    x_22  cover_40  1  cover_60  1
    x_22  cover_72  1  cover_95  1
    x_22  cover_150  1  cover_157  1
    x_22  cover_189  1  cover_197  1
    x_23  obj  8  cover_4  1
    x_23  cover_7  1  cover_42  1
    x_23  cover_84  1  cover_131  1
    x_23  cover_153  1  cover_157  1
    x_23  cover_185  1
    x_24  obj  79  cover_16  1
    x_24  cover_20  1  cover_25  1
    x_24  cover_54  1  cover_61  1
    x_24  cover_85  1  cover_86  1
    x_24  cover_99  1  cover_130  1
    x_24  cover_166  1  cover_175  1
    x_24  cover_180  1
    x_25  obj  44  cover_7  1
    x_25  cover_31  1  cover_104  1
    x_25  cover_119  1  cover_154  1
    x_25  cover_155  1  cover_157  1
    x_25  cover_172  1  cover_180  1
    x_25  cover_189  1  cover_195  1
    x_26  obj  15  cover_8  1
    x_26  cover_33  1  cover_37  1
    x_26  cover_55  1  cover_57  1
    x_26  cover_99  1  cover_161  1
    x_26  cover_172  1  cover_183  1
    x_26  cover_190  1
    x_27  obj  15  cover_1  1
    x_27  cover_29  1  cover_31  1
    x_27  cover_42  1  cover_65  1
    x_27  cover_90  1  cover_97  1
    x_27  cover_109  1  cover_116  1
    x_27  cover_125  1  cover_127  1
    x_27  cover_128  1  cover_129  1
    x_27  cover_137  1  cover_139  1
    x_27  cover_143  1  cover_144  1
    x_27  cover_146  1  cover_153  1
    x_27  cover_169  1  cover_182  1
    x_27  cover_195  1
    x_28  obj  100  cover_27  1
    x_28  cover_85  1  cover_99  1
    x_28  cover_109  1  cover_115  1
    x_28  cover_142  1  cover_151  1
    x_28  cover_171  1  cover_193  1
    x_29  obj  15  cover_64  1
    x_29  cover_73  1  cover_80  1
    x_29  cover_84  1  cover_97  1
    x_29  cover_112  1  cover_120  1
    x_29  cover_160  1  cover_169  1
    x_29  cover_173  1  cover_190  1
    x_30  obj  21  cover_31  1
    x_30  cover_51  1  cover_110  1
    x_30  cover_161  1  cover_189  1
    x_31  obj  86  cover_16  1
    x_31  cover_21  1  cover_39  1
    x_31  cover_42  1  cover_45  1
    x_31  cover_51  1  cover_62  1
    x_31  cover_70  1  cover_79  1
    x_31  cover_102  1  cover_103  1
    x_31  cover_114  1  cover_123  1
    x_31  cover_126  1  cover_180  1
    x_32  obj  71  cover_9  1
    x_32  cover_34  1  cover_48  1
    x_32  cover_65  1  cover_69  1
    x_32  cover_81  1  cover_82  1
    x_32  cover_85  1  cover_90  1
    x_32  cover_99  1  cover_128  1
    x_32  cover_132  1  cover_146  1
    x_32  cover_148  1
    x_33  obj  77  cover_42  1
    x_33  cover_51  1  cover_67  1
    x_33  cover_90  1  cover_96  1
    x_33  cover_125  1  cover_132  1
    x_33  cover_142  1  cover_166  1
    x_33  cover_169  1  cover_191  1
    x_34  obj  59  cover_18  1
    x_34  cover_20  1  cover_115  1
    x_34  cover_125  1  cover_126  1
    x_34  cover_129  1  cover_141  1
    x_35  obj  63  cover_30  1
    x_35  cover_43  1  cover_51  1
    x_35  cover_60  1  cover_63  1
    x_35  cover_72  1  cover_125  1
    x_35  cover_139  1  cover_142  1
    x_35  cover_199  1
    x_36  obj  22  cover_7  1
    x_36  cover_14  1  cover_28  1
    x_36  cover_84  1  cover_119  1
    x_36  cover_124  1  cover_149  1
    x_36  cover_159  1  cover_167  1
    x_36  cover_179  1  cover_182  1
    x_36  cover_183  1  cover_186  1
    x_36  cover_191  1  cover_197  1
    x_37  obj  10  cover_22  1
    x_37  cover_31  1  cover_57  1
    x_37  cover_65  1  cover_106  1
    x_37  cover_111  1  cover_146  1
    x_37  cover_183  1  cover_199  1
    x_38  obj  13  cover_13  1
    x_38  cover_38  1  cover_44  1
    x_38  cover_52  1  cover_86  1
    x_38  cover_119  1  cover_131  1
    x_38  cover_150  1  cover_165  1
    x_39  obj  72  cover_7  1
    x_39  cover_17  1  cover_20  1
    x_39  cover_58  1  cover_64  1
    x_39  cover_92  1  cover_101  1
    x_39  cover_141  1  cover_175  1
    x_39  cover_181  1  cover_198  1
    x_40  obj  58  cover_3  1
    x_40  cover_21  1  cover_24  1
    x_40  cover_27  1  cover_45  1
    x_40  cover_51  1  cover_62  1
    x_40  cover_108  1  cover_132  1
    x_40  cover_164  1  cover_174  1
    x_40  cover_198  1
    x_41  obj  44  cover_14  1
    x_41  cover_42  1  cover_59  1
    x_41  cover_60  1  cover_170  1
    x_41  cover_182  1  cover_190  1
    x_42  obj  52  cover_27  1
    x_42  cover_50  1  cover_52  1
    x_42  cover_53  1  cover_65  1
    x_42  cover_68  1  cover_75  1
    x_42  cover_92  1  cover_101  1
    x_42  cover_135  1  cover_138  1
    x_42  cover_141  1  cover_144  1
    x_42  cover_148  1  cover_187  1
    x_42  cover_192  1
    x_43  obj  96  cover_1  1
    x_43  cover_3  1  cover_23  1
    x_43  cover_27  1  cover_28  1
    x_43  cover_45  1  cover_73  1
    x_43  cover_106  1  cover_148  1
    x_43  cover_166  1  cover_173  1
    x_43  cover_174  1
    x_44  obj  58  cover_23  1
    x_44  cover_61  1  cover_96  1
    x_44  cover_119  1  cover_125  1
    x_44  cover_181  1
    x_45  obj  47  cover_5  1
    x_45  cover_6  1  cover_48  1
    x_45  cover_60  1  cover_104  1
    x_45  cover_160  1  cover_162  1
    x_46  obj  30  cover_12  1
    x_46  cover_29  1  cover_85  1
    x_46  cover_89  1  cover_91  1
    x_46  cover_100  1  cover_122  1
    x_46  cover_123  1  cover_189  1
    x_47  obj  72  cover_2  1
    x_47  cover_3  1  cover_9  1
    x_47  cover_25  1  cover_43  1
    x_47  cover_64  1  cover_69  1
    x_47  cover_83  1  cover_107  1
    x_47  cover_115  1  cover_117  1
    x_47  cover_183  1
    x_48  obj  69  cover_21  1
    x_48  cover_67  1  cover_81  1
    x_48  cover_96  1  cover_121  1
    x_48  cover_127  1  cover_141  1
    x_48  cover_145  1  cover_155  1
    x_48  cover_192  1
    x_49  obj  70  cover_29  1
    x_49  cover_104  1  cover_121  1
    x_49  cover_150  1  cover_153  1
    x_49  cover_168  1  cover_174  1
    x_50  obj  56  cover_9  1
    x_50  cover_69  1  cover_90  1
    x_50  cover_122  1  cover_184  1
    x_50  cover_185  1  cover_189  1
    x_50  cover_196  1
    x_51  obj  3  cover_38  1
    x_51  cover_46  1  cover_55  1
    x_51  cover_64  1  cover_96  1
    x_51  cover_100  1  cover_124  1
    x_51  cover_126  1  cover_137  1
    x_51  cover_158  1  cover_173  1
    x_51  cover_186  1
    x_52  obj  88  cover_6  1
    x_52  cover_18  1  cover_21  1
    x_52  cover_29  1  cover_34  1
    x_52  cover_58  1  cover_60  1
    x_52  cover_62  1  cover_93  1
    x_52  cover_101  1  cover_107  1
    x_52  cover_118  1  cover_145  1
    x_52  cover_150  1  cover_161  1
    x_52  cover_169  1  cover_172  1
    x_52  cover_187  1  cover_192  1
    x_52  cover_196  1
    x_53  obj  91  cover_27  1
    x_53  cover_37  1  cover_40  1
    x_53  cover_54  1  cover_66  1
    x_53  cover_95  1  cover_116  1
    x_53  cover_156  1  cover_157  1
    x_53  cover_185  1  cover_194  1
    x_53  cover_196  1  cover_197  1
    x_54  obj  36  cover_13  1
    x_54  cover_22  1  cover_31  1
    x_54  cover_82  1  cover_84  1
    x_54  cover_166  1  cover_168  1
    x_55  obj  89  cover_1  1
    x_55  cover_34  1  cover_72  1
    x_55  cover_85  1  cover_127  1
    x_55  cover_174  1  cover_175  1
    x_55  cover_193  1
    x_56  obj  66  cover_22  1
    x_56  cover_32  1  cover_57  1
    x_56  cover_98  1  cover_100  1
    x_56  cover_122  1  cover_149  1
    x_56  cover_158  1  cover_172  1
    x_57  obj  43  cover_2  1
    x_57  cover_4  1  cover_15  1
    x_57  cover_18  1  cover_43  1
    x_57  cover_82  1  cover_85  1
    x_57  cover_88  1  cover_114  1
    x_57  cover_115  1  cover_125  1
    x_57  cover_138  1  cover_171  1
    x_57  cover_177  1  cover_192  1
    x_58  obj  64  cover_8  1
    x_58  cover_34  1  cover_91  1
    x_58  cover_140  1  cover_155  1
    x_58  cover_165  1
    x_59  obj  80  cover_23  1
    x_59  cover_45  1  cover_55  1
    x_59  cover_59  1  cover_87  1
    x_59  cover_101  1  cover_139  1
    x_59  cover_199  1
    x_60  obj  20  cover_2  1
    x_60  cover_48  1  cover_61  1
    x_60  cover_64  1  cover_79  1
    x_60  cover_99  1  cover_101  1
    x_60  cover_128  1  cover_152  1
    x_60  cover_154  1  cover_162  1
    x_60  cover_192  1
    x_61  obj  88  cover_7  1
    x_61  cover_14  1  cover_29  1
    x_61  cover_84  1  cover_121  1
    x_61  cover_160  1
    x_62  obj  72  cover_36  1
    x_62  cover_50  1  cover_52  1
    x_62  cover_63  1  cover_101  1
    x_62  cover_107  1  cover_113  1
    x_62  cover_119  1  cover_143  1
    x_62  cover_184  1  cover_198  1
    x_63  obj  98  cover_101  1
    x_63  cover_114  1  cover_118  1
    x_63  cover_144  1  cover_164  1
    x_63  cover_165  1
    x_64  obj  20  cover_45  1
    x_64  cover_47  1  cover_71  1
    x_64  cover_78  1  cover_93  1
    x_64  cover_105  1  cover_106  1
    x_64  cover_141  1  cover_161  1
    x_64  cover_179  1  cover_181  1
    x_64  cover_195  1  cover_199  1
    x_65  obj  93  cover_21  1
    x_65  cover_89  1  cover_109  1
    x_65  cover_112  1  cover_187  1
    x_65  cover_196  1
    x_66  obj  39  cover_6  1
    x_66  cover_12  1  cover_48  1
    x_66  cover_92  1  cover_100  1
    x_66  cover_107  1
    x_67  obj  75  cover_1  1
    x_67  cover_26  1  cover_44  1
    x_67  cover_53  1  cover_84  1
    x_67  cover_109  1  cover_142  1
    x_67  cover_147  1  cover_154  1
    x_67  cover_162  1  cover_183  1
    x_67  cover_193  1  cover_196  1
    x_67  cover_198  1
    x_68  obj  27  cover_13  1
    x_68  cover_26  1  cover_27  1
    x_68  cover_54  1  cover_69  1
    x_68  cover_137  1  cover_150  1
    x_68  cover_162  1  cover_195  1
    x_69  obj  30  cover_20  1
    x_69  cover_30  1  cover_55  1
    x_69  cover_80  1  cover_110  1
    x_69  cover_123  1  cover_124  1
    x_69  cover_127  1  cover_143  1
    x_69  cover_158  1  cover_170  1
    x_69  cover_198  1
    x_70  obj  95  cover_16  1
    x_70  cover_70  1  cover_103  1
    x_70  cover_105  1  cover_116  1
    x_70  cover_118  1  cover_126  1
    x_70  cover_140  1  cover_142  1
    x_70  cover_144  1  cover_156  1
    x_71  obj  15  cover_0  1
    x_71  cover_14  1  cover_16  1
    x_71  cover_29  1  cover_57  1
    x_71  cover_85  1  cover_89  1
    x_71  cover_119  1  cover_122  1
    x_71  cover_143  1  cover_153  1
    x_71  cover_159  1  cover_195  1
    x_71  cover_196  1  cover_199  1
    x_72  obj  15  cover_33  1
    x_72  cover_45  1  cover_48  1
    x_72  cover_86  1
    x_73  obj  21  cover_26  1
    x_73  cover_46  1  cover_77  1
    x_73  cover_113  1  cover_129  1
    x_73  cover_146  1  cover_153  1
    x_73  cover_166  1  cover_173  1
    x_73  cover_198  1
    x_74  obj  36  cover_9  1
    x_74  cover_37  1  cover_83  1
    x_74  cover_114  1  cover_116  1
    x_74  cover_127  1  cover_131  1
    x_74  cover_136  1  cover_157  1
    x_74  cover_164  1
    x_75  obj  98  cover_39  1
    x_75  cover_47  1  cover_79  1
    x_75  cover_84  1  cover_85  1
    x_75  cover_91  1  cover_93  1
    x_75  cover_101  1  cover_115  1
    x_75  cover_117  1  cover_121  1
    x_75  cover_132  1  cover_134  1
    x_75  cover_153  1  cover_180  1
    x_76  obj  42  cover_26  1
    x_76  cover_48  1  cover_77  1
    x_76  cover_151  1  cover_164  1
    x_77  obj  41  cover_9  1
    x_77  cover_94  1  cover_118  1
    x_77  cover_128  1  cover_137  1
    x_77  cover_141  1  cover_152  1
    x_77  cover_184  1  cover_189  1
    x_77  cover_190  1
    x_78  obj  72  cover_7  1
    x_78  cover_11  1  cover_24  1
    x_78  cover_31  1  cover_68  1
    x_78  cover_70  1  cover_74  1
    x_78  cover_110  1  cover_125  1
    x_79  obj  97  cover_43  1
    x_79  cover_54  1  cover_104  1
    x_79  cover_111  1  cover_114  1
    x_79  cover_147  1  cover_167  1
    x_79  cover_172  1  cover_199  1
    x_80  obj  3  cover_7  1
    x_80  cover_10  1  cover_19  1
    x_80  cover_36  1  cover_44  1
    x_80  cover_48  1  cover_72  1
    x_80  cover_74  1  cover_94  1
    x_80  cover_121  1  cover_125  1
    x_80  cover_146  1  cover_158  1
    x_80  cover_165  1  cover_195  1
    x_81  obj  96  cover_16  1
    x_81  cover_26  1  cover_33  1
    x_81  cover_55  1  cover_61  1
    x_81  cover_69  1  cover_78  1
    x_81  cover_125  1  cover_169  1
    x_81  cover_186  1  cover_196  1
    x_82  obj  28  cover_65  1
    x_82  cover_96  1  cover_97  1
    x_82  cover_107  1  cover_113  1
    x_82  cover_131  1  cover_133  1
    x_82  cover_162  1  cover_187  1
    x_83  obj  9  cover_39  1
    x_83  cover_49  1  cover_64  1
    x_83  cover_130  1  cover_152  1
    x_83  cover_158  1  cover_164  1
    x_83  cover_165  1  cover_183  1
    x_83  cover_185  1  cover_191  1
    x_83  cover_198  1
    x_84  obj  64  cover_15  1
    x_84  cover_65  1  cover_85  1
    x_84  cover_114  1  cover_182  1
    x_84  cover_188  1  cover_189  1
    x_84  cover_194  1  cover_199  1
    x_85  obj  36  cover_1  1
    x_85  cover_5  1  cover_21  1
    x_85  cover_23  1  cover_35  1
    x_85  cover_42  1  cover_48  1
    x_85  cover_58  1  cover_75  1
    x_85  cover_77  1  cover_97  1
    x_85  cover_136  1  cover_150  1
    x_85  cover_183  1  cover_197  1
    x_86  obj  72  cover_55  1
    x_86  cover_64  1  cover_71  1
    x_86  cover_82  1  cover_85  1
    x_86  cover_92  1  cover_123  1
    x_86  cover_131  1  cover_158  1
    x_86  cover_196  1
    x_87  obj  78  cover_3  1
    x_87  cover_17  1  cover_23  1
    x_87  cover_24  1  cover_30  1
    x_87  cover_41  1  cover_43  1
    x_87  cover_65  1  cover_119  1
    x_87  cover_144  1  cover_180  1
    x_88  obj  91  cover_3  1
    x_88  cover_5  1  cover_61  1
    x_88  cover_72  1  cover_79  1
    x_88  cover_84  1  cover_90  1
    x_88  cover_108  1  cover_190  1
    x_89  obj  95  cover_14  1
    x_89  cover_37  1  cover_69  1
    x_89  cover_78  1  cover_81  1
    x_89  cover_137  1  cover_169  1
    x_90  obj  98  cover_20  1
    x_90  cover_86  1  cover_87  1
    x_90  cover_111  1  cover_129  1
    x_90  cover_133  1  cover_155  1
    x_90  cover_175  1
    x_91  obj  23  cover_5  1
    x_91  cover_7  1  cover_36  1
    x_91  cover_45  1  cover_50  1
    x_91  cover_60  1  cover_106  1
    x_91  cover_128  1  cover_147  1
    x_91  cover_184  1
    x_92  obj  71  cover_4  1
    x_92  cover_68  1  cover_78  1
    x_92  cover_82  1  cover_85  1
    x_92  cover_96  1  cover_134  1
    x_92  cover_153  1  cover_164  1
    x_92  cover_176  1
    x_93  obj  22  cover_17  1
    x_93  cover_42  1  cover_58  1
    x_93  cover_66  1  cover_70  1
    x_93  cover_78  1  cover_102  1
    x_93  cover_131  1  cover_135  1
    x_93  cover_140  1  cover_179  1
    x_94  obj  93  cover_33  1
    x_94  cover_76  1  cover_82  1
    x_94  cover_107  1  cover_161  1
    x_94  cover_188  1  cover_194  1
    x_95  obj  50  cover_3  1
    x_95  cover_7  1  cover_28  1
    x_95  cover_57  1  cover_84  1
    x_95  cover_138  1  cover_151  1
    x_96  obj  52  cover_19  1
    x_96  cover_24  1  cover_31  1
    x_96  cover_44  1  cover_63  1
    x_96  cover_90  1  cover_159  1
    x_96  cover_161  1  cover_179  1
    x_96  cover_185  1
    x_97  obj  43  cover_38  1
    x_97  cover_39  1  cover_54  1
    x_97  cover_82  1  cover_125  1
    x_97  cover_140  1  cover_157  1
    x_97  cover_161  1  cover_180  1
    x_97  cover_195  1
    x_98  obj  15  cover_48  1
    x_98  cover_51  1  cover_54  1
    x_98  cover_70  1  cover_74  1
    x_98  cover_78  1  cover_83  1
    x_98  cover_86  1  cover_144  1
    x_98  cover_165  1  cover_175  1
    x_98  cover_187  1
    x_99  obj  57  cover_23  1
    x_99  cover_50  1  cover_70  1
    x_99  cover_71  1  cover_95  1
    x_99  cover_148  1
    x_100  obj  76  cover_7  1
    x_100  cover_9  1  cover_14  1
    x_100  cover_121  1  cover_169  1
    x_100  cover_177  1  cover_179  1
    x_101  obj  28  cover_7  1
    x_101  cover_11  1  cover_58  1
    x_101  cover_73  1  cover_137  1
    x_101  cover_145  1  cover_161  1
    x_101  cover_164  1
    x_102  obj  5  cover_4  1
    x_102  cover_54  1  cover_56  1
    x_102  cover_59  1  cover_62  1
    x_102  cover_65  1  cover_97  1
    x_102  cover_103  1  cover_142  1
    x_102  cover_173  1  cover_188  1
    x_103  obj  42  cover_34  1
    x_103  cover_51  1  cover_62  1
    x_103  cover_73  1  cover_76  1
    x_103  cover_85  1  cover_97  1
    x_103  cover_110  1  cover_131  1
    x_103  cover_136  1  cover_182  1
    x_104  obj  54  cover_0  1
    x_104  cover_36  1  cover_60  1
    x_104  cover_64  1  cover_65  1
    x_104  cover_78  1  cover_125  1
    x_104  cover_141  1  cover_147  1
    x_104  cover_153  1  cover_163  1
    x_104  cover_175  1  cover_193  1
    x_105  obj  68  cover_39  1
    x_105  cover_40  1  cover_69  1
    x_105  cover_99  1  cover_128  1
    x_105  cover_164  1  cover_168  1
    x_105  cover_182  1  cover_184  1
    x_105  cover_192  1
    x_106  obj  26  cover_9  1
    x_106  cover_12  1  cover_40  1
    x_106  cover_42  1  cover_94  1
    x_106  cover_147  1  cover_163  1
    x_106  cover_176  1
    x_107  obj  77  cover_3  1
    x_107  cover_5  1  cover_9  1
    x_107  cover_50  1  cover_91  1
    x_107  cover_97  1  cover_104  1
    x_107  cover_105  1  cover_152  1
    x_108  obj  81  cover_27  1
    x_108  cover_39  1  cover_47  1
    x_108  cover_51  1  cover_60  1
    x_108  cover_100  1  cover_110  1
    x_108  cover_131  1  cover_167  1
    x_108  cover_188  1  cover_192  1
    x_109  obj  46  cover_3  1
    x_109  cover_35  1  cover_41  1
    x_109  cover_52  1  cover_56  1
    x_109  cover_61  1  cover_63  1
    x_109  cover_111  1  cover_125  1
    x_109  cover_131  1
    x_110  obj  58  cover_5  1
    x_110  cover_15  1  cover_33  1
    x_110  cover_40  1  cover_55  1
    x_110  cover_108  1  cover_127  1
    x_110  cover_129  1  cover_143  1
    x_110  cover_156  1  cover_172  1
    x_110  cover_173  1  cover_175  1
    x_111  obj  58  cover_24  1
    x_111  cover_28  1  cover_31  1
    x_111  cover_35  1  cover_78  1
    x_111  cover_81  1  cover_128  1
    x_111  cover_139  1  cover_154  1
    x_111  cover_166  1  cover_177  1
    x_112  obj  41  cover_1  1
    x_112  cover_31  1  cover_72  1
    x_112  cover_77  1  cover_96  1
    x_112  cover_99  1  cover_110  1
    x_112  cover_123  1  cover_140  1
    x_112  cover_164  1  cover_174  1
    x_112  cover_183  1  cover_187  1
    x_112  cover_198  1
    x_113  obj  29  cover_4  1
    x_113  cover_96  1  cover_127  1
    x_113  cover_159  1  cover_166  1
    x_113  cover_175  1  cover_191  1
    x_114  obj  31  cover_4  1
    x_114  cover_79  1  cover_82  1
    x_114  cover_86  1  cover_157  1
    x_114  cover_177  1  cover_193  1
    x_115  obj  72  cover_3  1
    x_115  cover_19  1  cover_47  1
    x_115  cover_48  1  cover_59  1
    x_115  cover_85  1  cover_100  1
    x_115  cover_116  1  cover_128  1
    x_116  obj  43  cover_14  1
    x_116  cover_17  1  cover_18  1
    x_116  cover_29  1  cover_34  1
    x_116  cover_62  1  cover_73  1
    x_116  cover_107  1  cover_158  1
    x_116  cover_191  1
    x_117  obj  17  cover_11  1
    x_117  cover_27  1  cover_31  1
    x_117  cover_35  1  cover_36  1
    x_117  cover_39  1  cover_43  1
    x_117  cover_55  1  cover_62  1
    x_117  cover_64  1  cover_70  1
    x_117  cover_102  1  cover_107  1
    x_117  cover_126  1  cover_149  1
    x_117  cover_159  1  cover_171  1
    x_117  cover_180  1
    x_118  obj  48  cover_15  1
    x_118  cover_23  1  cover_60  1
    x_118  cover_70  1  cover_87  1
    x_118  cover_94  1  cover_95  1
    x_118  cover_110  1  cover_118  1
    x_118  cover_120  1  cover_154  1
    x_118  cover_163  1
    x_119  obj  32  cover_39  1
    x_119  cover_43  1  cover_122  1
    x_119  cover_166  1  cover_172  1
    x_119  cover_175  1  cover_182  1
    x_119  cover_190  1  cover_193  1
    x_120  obj  23  cover_19  1
    x_120  cover_21  1  cover_32  1
    x_120  cover_58  1  cover_66  1
    x_120  cover_104  1  cover_163  1
    x_120  cover_168  1  cover_196  1
    x_121  obj  16  cover_13  1
    x_121  cover_41  1  cover_60  1
    x_121  cover_89  1  cover_157  1
    x_121  cover_170  1  cover_173  1
    x_121  cover_186  1  cover_187  1
    x_121  cover_190  1
    x_122  obj  88  cover_3  1
    x_122  cover_9  1  cover_34  1
    x_122  cover_48  1  cover_50  1
    x_122  cover_68  1  cover_84  1
    x_122  cover_111  1  cover_118  1
    x_122  cover_123  1  cover_125  1
    x_122  cover_149  1  cover_156  1
    x_122  cover_170  1  cover_176  1
    x_123  obj  1  cover_53  1
    x_123  cover_57  1  cover_62  1
    x_123  cover_67  1  cover_68  1
    x_123  cover_103  1  cover_113  1
    x_123  cover_135  1  cover_153  1
    x_124  obj  34  cover_2  1
    x_124  cover_24  1  cover_29  1
    x_124  cover_30  1  cover_39  1
    x_124  cover_104  1  cover_112  1
    x_124  cover_113  1  cover_167  1
    x_124  cover_170  1  cover_186  1
    x_125  obj  20  cover_27  1
    x_125  cover_28  1  cover_39  1
    x_125  cover_53  1  cover_62  1
    x_125  cover_83  1  cover_113  1
    x_125  cover_121  1  cover_127  1
    x_125  cover_152  1  cover_157  1
    x_126  obj  23  cover_14  1
    x_126  cover_86  1  cover_110  1
    x_126  cover_121  1  cover_124  1
    x_126  cover_125  1  cover_151  1
    x_126  cover_171  1
    x_127  obj  55  cover_19  1
    x_127  cover_31  1  cover_38  1
    x_127  cover_96  1  cover_105  1
    x_127  cover_119  1  cover_126  1
    x_127  cover_144  1  cover_177  1
    x_128  obj  62  cover_39  1
    x_128  cover_41  1  cover_60  1
    x_128  cover_63  1  cover_73  1
    x_128  cover_84  1  cover_111  1
    x_128  cover_128  1  cover_140  1
    x_128  cover_141  1  cover_148  1
    x_129  obj  87  cover_1  1
    x_129  cover_22  1  cover_113  1
    x_129  cover_132  1  cover_165  1
    x_129  cover_182  1  cover_189  1
    x_129  cover_198  1
    x_130  obj  69  cover_42  1
    x_130  cover_91  1  cover_102  1
    x_130  cover_111  1  cover_114  1
    x_130  cover_173  1  cover_193  1
    x_131  obj  92  cover_10  1
    x_131  cover_12  1  cover_34  1
    x_131  cover_38  1  cover_109  1
    x_131  cover_112  1  cover_119  1
    x_131  cover_134  1  cover_140  1
    x_131  cover_145  1  cover_156  1
    x_131  cover_194  1
    x_132  obj  12  cover_9  1
    x_132  cover_27  1  cover_35  1
    x_132  cover_52  1  cover_85  1
    x_132  cover_110  1  cover_121  1
    x_132  cover_139  1  cover_169  1
    x_132  cover_176  1  cover_181  1
    x_132  cover_191  1
    x_133  obj  48  cover_15  1
    x_133  cover_43  1  cover_49  1
    x_133  cover_83  1  cover_84  1
    x_133  cover_93  1  cover_112  1
    x_133  cover_117  1  cover_176  1
    x_133  cover_185  1
    x_134  obj  77  cover_8  1
    x_134  cover_47  1  cover_70  1
    x_134  cover_85  1  cover_132  1
    x_134  cover_133  1  cover_158  1
    x_134  cover_177  1  cover_183  1
    x_134  cover_189  1  cover_194  1
    x_134  cover_198  1
    x_135  obj  33  cover_54  1
    x_135  cover_69  1  cover_73  1
    x_135  cover_89  1  cover_93  1
    x_135  cover_96  1  cover_98  1
    x_135  cover_107  1  cover_114  1
    x_135  cover_167  1  cover_168  1
    x_136  obj  9  cover_2  1
    x_136  cover_13  1  cover_21  1
    x_136  cover_54  1  cover_55  1
    x_136  cover_65  1  cover_68  1
    x_136  cover_131  1  cover_166  1
    x_136  cover_177  1
    x_137  obj  64  cover_8  1
    x_137  cover_9  1  cover_12  1
    x_137  cover_27  1  cover_30  1
    x_137  cover_47  1  cover_97  1
    x_137  cover_112  1  cover_115  1
    x_137  cover_120  1  cover_123  1
    x_137  cover_135  1  cover_166  1
    x_137  cover_179  1
    x_138  obj  37  cover_27  1
    x_138  cover_31  1  cover_42  1
    x_138  cover_51  1  cover_98  1
    x_138  cover_107  1  cover_114  1
    x_138  cover_120  1  cover_124  1
    x_138  cover_129  1  cover_130  1
    x_138  cover_179  1
    x_139  obj  13  cover_11  1
    x_139  cover_36  1  cover_56  1
    x_139  cover_64  1  cover_76  1
    x_139  cover_127  1  cover_154  1
    x_139  cover_155  1  cover_163  1
    x_140  obj  100  cover_3  1
    x_140  cover_5  1  cover_19  1
    x_140  cover_20  1  cover_92  1
    x_140  cover_95  1  cover_134  1
    x_140  cover_141  1  cover_175  1
    x_140  cover_181  1  cover_184  1
    x_141  obj  82  cover_30  1
    x_141  cover_46  1  cover_47  1
    x_141  cover_79  1  cover_164  1
    x_141  cover_165  1  cover_182  1
    x_141  cover_185  1  cover_199  1
    x_142  obj  37  cover_10  1
    x_142  cover_18  1  cover_21  1
    x_142  cover_72  1  cover_90  1
    x_142  cover_93  1  cover_166  1
    x_142  cover_195  1  cover_197  1
    x_143  obj  100  cover_2  1
    x_143  cover_17  1  cover_23  1
    x_143  cover_26  1  cover_35  1
    x_143  cover_82  1  cover_96  1
    x_143  cover_147  1
    x_144  obj  72  cover_8  1
    x_144  cover_38  1  cover_97  1
    x_144  cover_102  1  cover_116  1
    x_144  cover_129  1  cover_158  1
    x_144  cover_160  1  cover_186  1
    x_144  cover_199  1
    x_145  obj  62  cover_13  1
    x_145  cover_22  1  cover_27  1
    x_145  cover_29  1  cover_34  1
    x_145  cover_103  1  cover_128  1
    x_145  cover_130  1  cover_142  1
    x_145  cover_159  1  cover_170  1
    x_145  cover_171  1  cover_175  1
    x_145  cover_180  1
    x_146  obj  91  cover_12  1
    x_146  cover_17  1  cover_107  1
    x_146  cover_124  1  cover_164  1
    x_146  cover_169  1  cover_172  1
    x_146  cover_175  1  cover_191  1
    x_147  obj  82  cover_7  1
    x_147  cover_9  1  cover_30  1
    x_147  cover_32  1  cover_39  1
    x_147  cover_44  1  cover_46  1
    x_147  cover_59  1  cover_79  1
    x_147  cover_102  1  cover_112  1
    x_147  cover_134  1  cover_135  1
    x_147  cover_143  1  cover_177  1
    x_147  cover_180  1
    x_148  obj  38  cover_63  1
    x_148  cover_85  1  cover_107  1
    x_148  cover_122  1  cover_133  1
    x_148  cover_134  1  cover_169  1
    x_148  cover_172  1  cover_174  1
    x_148  cover_187  1
    x_149  obj  11  cover_3  1
    x_149  cover_4  1  cover_43  1
    x_149  cover_66  1  cover_91  1
    x_149  cover_122  1  cover_137  1
    x_149  cover_164  1
    x_150  obj  15  cover_55  1
    x_150  cover_106  1  cover_126  1
    x_150  cover_181  1  cover_199  1
    x_151  obj  32  cover_8  1
    x_151  cover_74  1  cover_78  1
    x_151  cover_117  1  cover_139  1
    x_151  cover_150  1
    x_152  obj  99  cover_33  1
    x_152  cover_48  1  cover_53  1
    x_152  cover_106  1  cover_122  1
    x_152  cover_186  1
    x_153  obj  10  cover_5  1
    x_153  cover_18  1  cover_34  1
    x_153  cover_70  1  cover_71  1
    x_153  cover_111  1  cover_112  1
    x_153  cover_113  1  cover_123  1
    x_153  cover_127  1  cover_143  1
    x_154  obj  88  cover_13  1
    x_154  cover_25  1  cover_44  1
    x_154  cover_123  1  cover_147  1
    x_155  obj  57  cover_10  1
    x_155  cover_17  1  cover_23  1
    x_155  cover_53  1  cover_182  1
    x_155  cover_196  1
    x_156  obj  29  cover_0  1
    x_156  cover_8  1  cover_10  1
    x_156  cover_50  1  cover_52  1
    x_156  cover_100  1  cover_102  1
    x_156  cover_110  1  cover_118  1
    x_156  cover_119  1  cover_122  1
    x_156  cover_136  1  cover_157  1
    x_156  cover_196  1
    x_157  obj  49  cover_44  1
    x_157  cover_62  1  cover_66  1
    x_157  cover_75  1  cover_82  1
    x_157  cover_90  1  cover_92  1
    x_157  cover_93  1  cover_100  1
    x_157  cover_102  1  cover_106  1
    x_157  cover_137  1  cover_171  1
    x_157  cover_195  1
    x_158  obj  86  cover_31  1
    x_158  cover_32  1  cover_87  1
    x_158  cover_115  1  cover_124  1
    x_158  cover_137  1  cover_156  1
    x_158  cover_185  1
    x_159  obj  47  cover_28  1
    x_159  cover_48  1  cover_50  1
    x_159  cover_95  1  cover_119  1
    x_159  cover_139  1  cover_142  1
    x_159  cover_171  1
    x_160  obj  49  cover_19  1
    x_160  cover_77  1  cover_125  1
    x_160  cover_142  1  cover_162  1
    x_160  cover_168  1  cover_174  1
    x_161  obj  35  cover_35  1
    x_161  cover_39  1  cover_42  1
    x_161  cover_59  1  cover_73  1
    x_161  cover_127  1  cover_148  1
    x_161  cover_166  1
    x_162  obj  94  cover_17  1
    x_162  cover_22  1  cover_39  1
    x_162  cover_69  1  cover_102  1
    x_162  cover_121  1  cover_139  1
    x_162  cover_150  1  cover_162  1
    x_162  cover_164  1  cover_197  1
    x_163  obj  70  cover_0  1
    x_163  cover_6  1  cover_12  1
    x_163  cover_19  1  cover_99  1
    x_163  cover_137  1  cover_150  1
    x_163  cover_154  1  cover_199  1
    x_164  obj  25  cover_22  1
    x_164  cover_36  1  cover_59  1
    x_164  cover_88  1  cover_108  1
    x_164  cover_109  1  cover_122  1
    x_164  cover_186  1
    x_165  obj  91  cover_19  1
    x_165  cover_25  1  cover_32  1
    x_165  cover_38  1  cover_40  1
    x_165  cover_44  1  cover_64  1
    x_165  cover_84  1  cover_136  1
    x_165  cover_143  1  cover_151  1
    x_165  cover_152  1  cover_179  1
    x_166  obj  68  cover_11  1
    x_166  cover_29  1  cover_37  1
    x_166  cover_48  1  cover_57  1
    x_166  cover_74  1  cover_86  1
    x_166  cover_90  1  cover_102  1
    x_166  cover_105  1  cover_108  1
    x_166  cover_142  1  cover_147  1
    x_166  cover_166  1
    x_167  obj  78  cover_23  1
    x_167  cover_36  1  cover_69  1
    x_167  cover_97  1  cover_144  1
    x_167  cover_152  1  cover_166  1
    x_167  cover_175  1  cover_187  1
    x_167  cover_188  1  cover_194  1
    x_168  obj  74  cover_10  1
    x_168  cover_12  1  cover_33  1
    x_168  cover_39  1  cover_59  1
    x_168  cover_88  1  cover_104  1
    x_168  cover_109  1  cover_136  1
    x_168  cover_147  1
    x_169  obj  34  cover_8  1
    x_169  cover_19  1  cover_26  1
    x_169  cover_48  1  cover_92  1
    x_169  cover_183  1  cover_197  1
    x_170  obj  77  cover_1  1
    x_170  cover_44  1  cover_57  1
    x_170  cover_65  1  cover_72  1
    x_170  cover_112  1  cover_127  1
    x_170  cover_128  1  cover_134  1
    x_170  cover_176  1
    x_171  obj  87  cover_40  1
    x_171  cover_60  1  cover_65  1
    x_171  cover_77  1  cover_107  1
    x_171  cover_129  1  cover_158  1
    x_171  cover_166  1  cover_169  1
    x_172  obj  68  cover_8  1
    x_172  cover_70  1  cover_73  1
    x_172  cover_85  1  cover_96  1
    x_172  cover_106  1  cover_128  1
    x_172  cover_135  1  cover_158  1
    x_173  obj  38  cover_27  1
    x_173  cover_49  1  cover_65  1
    x_173  cover_102  1  cover_113  1
    x_173  cover_133  1  cover_138  1
    x_173  cover_175  1  cover_177  1
    x_173  cover_187  1  cover_194  1
    x_174  obj  58  cover_14  1
    x_174  cover_36  1  cover_88  1
    x_174  cover_109  1  cover_131  1
    x_174  cover_133  1  cover_136  1
    x_174  cover_142  1  cover_159  1
    x_174  cover_173  1  cover_196  1
    x_175  obj  39  cover_17  1
    x_175  cover_35  1  cover_75  1
    x_175  cover_96  1  cover_104  1
    x_175  cover_110  1  cover_165  1
    x_175  cover_174  1  cover_182  1
    x_176  obj  57  cover_5  1
    x_176  cover_18  1  cover_49  1
    x_176  cover_55  1  cover_65  1
    x_176  cover_79  1  cover_154  1
    x_176  cover_168  1
    x_177  obj  54  cover_19  1
    x_177  cover_43  1  cover_70  1
    x_177  cover_101  1  cover_108  1
    x_177  cover_111  1  cover_117  1
    x_177  cover_160  1  cover_169  1
    x_177  cover_197  1
    x_178  obj  17  cover_11  1
    x_178  cover_18  1  cover_22  1
    x_178  cover_33  1  cover_45  1
    x_178  cover_106  1  cover_125  1
    x_179  obj  75  cover_3  1
    x_179  cover_4  1  cover_28  1
    x_179  cover_58  1  cover_69  1
    x_179  cover_77  1  cover_153  1
    x_179  cover_156  1  cover_168  1
    x_179  cover_173  1  cover_181  1
    x_180  obj  42  cover_56  1
    x_180  cover_60  1  cover_72  1
    x_180  cover_107  1  cover_111  1
    x_180  cover_116  1  cover_121  1
    x_180  cover_148  1  cover_157  1
    x_180  cover_191  1
    x_181  obj  62  cover_30  1
    x_181  cover_43  1  cover_56  1
    x_181  cover_64  1  cover_74  1
    x_181  cover_115  1  cover_142  1
    x_181  cover_152  1  cover_176  1
    x_181  cover_180  1  cover_184  1
    x_182  obj  79  cover_14  1
    x_182  cover_23  1  cover_71  1
    x_182  cover_104  1  cover_120  1
    x_182  cover_126  1  cover_130  1
    x_182  cover_131  1  cover_150  1
    x_182  cover_160  1
    x_183  obj  89  cover_25  1
    x_183  cover_29  1  cover_43  1
    x_183  cover_72  1  cover_121  1
    x_183  cover_126  1  cover_154  1
    x_183  cover_185  1  cover_189  1
    x_184  obj  38  cover_0  1
    x_184  cover_2  1  cover_38  1
    x_184  cover_40  1  cover_59  1
    x_184  cover_60  1  cover_67  1
    x_184  cover_94  1  cover_99  1
    x_184  cover_120  1  cover_154  1
    x_184  cover_160  1  cover_185  1
    x_184  cover_186  1
    x_185  obj  49  cover_47  1
    x_185  cover_58  1  cover_82  1
    x_185  cover_121  1  cover_153  1
    x_185  cover_158  1  cover_180  1
    x_185  cover_181  1  cover_183  1
    x_185  cover_190  1
    x_186  obj  76  cover_13  1
    x_186  cover_31  1  cover_52  1
    x_186  cover_70  1  cover_123  1
    x_186  cover_137  1  cover_161  1
    x_186  cover_191  1  cover_193  1
    x_187  obj  73  cover_33  1
    x_187  cover_43  1  cover_47  1
    x_187  cover_87  1  cover_108  1
    x_187  cover_143  1  cover_155  1
    x_187  cover_190  1
    x_188  obj  66  cover_40  1
    x_188  cover_69  1  cover_98  1
    x_188  cover_100  1  cover_131  1
    x_188  cover_142  1  cover_153  1
    x_188  cover_162  1  cover_165  1
    x_188  cover_179  1  cover_181  1
    x_188  cover_196  1
    x_189  obj  60  cover_12  1
    x_189  cover_30  1  cover_35  1
    x_189  cover_87  1  cover_98  1
    x_189  cover_111  1  cover_114  1
    x_189  cover_137  1  cover_199  1
    x_190  obj  37  cover_8  1
    x_190  cover_60  1  cover_66  1
    x_190  cover_86  1  cover_94  1
    x_190  cover_108  1  cover_121  1
    x_190  cover_180  1
    x_191  obj  76  cover_13  1
    x_191  cover_41  1  cover_115  1
    x_191  cover_123  1  cover_134  1
    x_191  cover_153  1  cover_165  1
    x_191  cover_169  1
    x_192  obj  18  cover_21  1
    x_192  cover_32  1  cover_35  1
    x_192  cover_39  1  cover_50  1
    x_192  cover_64  1  cover_71  1
    x_192  cover_92  1  cover_99  1
    x_192  cover_114  1  cover_159  1
    x_192  cover_180  1  cover_182  1
    x_193  obj  96  cover_29  1
    x_193  cover_41  1  cover_46  1
    x_193  cover_65  1  cover_98  1
    x_193  cover_144  1  cover_176  1
    x_194  obj  50  cover_4  1
    x_194  cover_5  1  cover_16  1
    x_194  cover_20  1  cover_29  1
    x_194  cover_43  1  cover_50  1
    x_194  cover_51  1  cover_56  1
    x_194  cover_57  1  cover_70  1
    x_194  cover_131  1  cover_145  1
    x_194  cover_154  1  cover_157  1
    x_194  cover_188  1  cover_198  1
    x_195  obj  93  cover_10  1
    x_195  cover_28  1  cover_46  1
    x_195  cover_52  1  cover_57  1
    x_195  cover_77  1  cover_82  1
    x_195  cover_93  1  cover_115  1
    x_195  cover_120  1  cover_136  1
    x_195  cover_149  1  cover_152  1
    x_195  cover_158  1  cover_164  1
    x_195  cover_181  1  cover_182  1
    x_195  cover_185  1
    x_196  obj  6  cover_23  1
    x_196  cover_41  1  cover_48  1
    x_196  cover_59  1  cover_60  1
    x_196  cover_62  1  cover_88  1
    x_196  cover_126  1  cover_129  1
    x_196  cover_157  1  cover_177  1
    x_197  obj  93  cover_33  1
    x_197  cover_75  1  cover_109  1
    x_197  cover_110  1  cover_118  1
    x_197  cover_121  1  cover_176  1
    x_197  cover_179  1  cover_187  1
    x_197  cover_192  1
    x_198  obj  29  cover_50  1
    x_198  cover_64  1  cover_67  1
    x_198  cover_80  1  cover_82  1
    x_198  cover_85  1  cover_96  1
    x_198  cover_103  1  cover_108  1
    x_198  cover_111  1  cover_145  1
    x_198  cover_158  1  cover_171  1
    x_199  obj  72  cover_19  1
    x_199  cover_95  1  cover_102  1
    x_199  cover_157  1  cover_164  1
    x_199  cover_175  1  cover_185  1
    x_200  obj  64  cover_4  1
    x_200  cover_33  1  cover_120  1
    x_200  cover_121  1  cover_192  1
    x_201  obj  41  cover_8  1
    x_201  cover_12  1  cover_42  1
    x_201  cover_44  1  cover_57  1
    x_201  cover_91  1  cover_98  1
    x_201  cover_108  1  cover_131  1
    x_201  cover_133  1  cover_176  1
    x_202  obj  14  cover_6  1
    x_202  cover_38  1  cover_46  1
    x_202  cover_54  1  cover_61  1
    x_202  cover_102  1  cover_140  1
    x_202  cover_184  1
    x_203  obj  42  cover_2  1
    x_203  cover_41  1  cover_83  1
    x_203  cover_85  1  cover_137  1
    x_203  cover_140  1  cover_151  1
    x_203  cover_181  1
    x_204  obj  37  cover_3  1
    x_204  cover_31  1  cover_39  1
    x_204  cover_63  1  cover_91  1
    x_204  cover_94  1  cover_118  1
    x_204  cover_170  1  cover_175  1
    x_205  obj  60  cover_29  1
    x_205  cover_71  1  cover_99  1
    x_205  cover_165  1  cover_171  1
    x_205  cover_173  1
    x_206  obj  2  cover_24  1
    x_206  cover_25  1  cover_46  1
    x_206  cover_55  1  cover_111  1
    x_206  cover_144  1  cover_153  1
    x_206  cover_157  1  cover_158  1
    x_206  cover_163  1  cover_175  1
    x_206  cover_178  1  cover_192  1
    x_206  cover_193  1
    x_207  obj  68  cover_15  1
    x_207  cover_28  1  cover_33  1
    x_207  cover_59  1  cover_121  1
    x_207  cover_146  1  cover_171  1
    x_207  cover_180  1
    x_208  obj  71  cover_18  1
    x_208  cover_22  1  cover_58  1
    x_208  cover_111  1  cover_138  1
    x_208  cover_149  1  cover_180  1
    x_208  cover_182  1
    x_209  obj  49  cover_4  1
    x_209  cover_13  1  cover_35  1
    x_209  cover_36  1  cover_51  1
    x_209  cover_65  1  cover_94  1
    x_209  cover_148  1
    x_210  obj  81  cover_8  1
    x_210  cover_9  1  cover_26  1
    x_210  cover_34  1  cover_50  1
    x_210  cover_86  1  cover_97  1
    x_210  cover_131  1  cover_172  1
    x_210  cover_196  1  cover_197  1
    x_211  obj  66  cover_27  1
    x_211  cover_30  1  cover_33  1
    x_211  cover_49  1  cover_52  1
    x_211  cover_58  1  cover_63  1
    x_211  cover_99  1  cover_115  1
    x_211  cover_135  1  cover_170  1
    x_211  cover_172  1  cover_184  1
    x_212  obj  5  cover_12  1
    x_212  cover_56  1  cover_64  1
    x_212  cover_68  1  cover_86  1
    x_212  cover_111  1  cover_141  1
    x_212  cover_150  1  cover_199  1
    x_213  obj  23  cover_3  1
    x_213  cover_14  1  cover_16  1
    x_213  cover_21  1  cover_57  1
    x_213  cover_70  1  cover_101  1
    x_213  cover_107  1  cover_117  1
    x_213  cover_139  1
    x_214  obj  22  cover_0  1
    x_214  cover_14  1  cover_15  1
    x_214  cover_97  1  cover_101  1
    x_214  cover_129  1  cover_130  1
    x_214  cover_145  1  cover_173  1
    x_214  cover_181  1  cover_197  1
    x_215  obj  80  cover_12  1
    x_215  cover_26  1  cover_41  1
    x_215  cover_47  1  cover_52  1
    x_215  cover_58  1  cover_73  1
    x_215  cover_85  1  cover_100  1
    x_215  cover_106  1  cover_116  1
    x_215  cover_158  1  cover_160  1
    x_215  cover_166  1  cover_167  1
    x_215  cover_173  1  cover_174  1
    x_216  obj  94  cover_89  1
    x_216  cover_101  1  cover_125  1
    x_216  cover_147  1  cover_151  1
    x_216  cover_171  1
    x_217  obj  68  cover_16  1
    x_217  cover_30  1  cover_38  1
    x_217  cover_67  1  cover_86  1
    x_217  cover_106  1  cover_139  1
    x_218  obj  21  cover_14  1
    x_218  cover_16  1  cover_36  1
    x_218  cover_37  1  cover_45  1
    x_218  cover_59  1  cover_79  1
    x_218  cover_86  1  cover_92  1
    x_218  cover_98  1  cover_105  1
    x_218  cover_107  1  cover_123  1
    x_218  cover_150  1
    x_219  obj  48  cover_94  1
    x_219  cover_128  1  cover_137  1
    x_219  cover_155  1  cover_161  1
    x_219  cover_169  1  cover_186  1
    x_219  cover_191  1
    x_220  obj  9  cover_7  1
    x_220  cover_9  1  cover_55  1
    x_220  cover_72  1  cover_91  1
    x_220  cover_115  1  cover_116  1
    x_220  cover_125  1  cover_137  1
    x_220  cover_165  1  cover_166  1
    x_220  cover_188  1
    x_221  obj  9  cover_39  1
    x_221  cover_50  1  cover_57  1
    x_221  cover_59  1  cover_66  1
    x_221  cover_74  1  cover_88  1
    x_221  cover_116  1  cover_160  1
    x_221  cover_162  1
    x_222  obj  70  cover_20  1
    x_222  cover_34  1  cover_36  1
    x_222  cover_41  1  cover_51  1
    x_222  cover_54  1  cover_60  1
    x_222  cover_69  1  cover_102  1
    x_222  cover_173  1  cover_182  1
    x_222  cover_189  1  cover_192  1
    x_223  obj  55  cover_7  1
    x_223  cover_12  1  cover_19  1
    x_223  cover_42  1  cover_86  1
    x_223  cover_103  1  cover_112  1
    x_223  cover_114  1  cover_138  1
    x_223  cover_197  1
    x_224  obj  23  cover_26  1
    x_224  cover_99  1  cover_103  1
    x_224  cover_104  1  cover_107  1
    x_224  cover_160  1  cover_174  1
    x_224  cover_187  1
    x_225  obj  94  cover_9  1
    x_225  cover_29  1  cover_45  1
    x_225  cover_70  1  cover_89  1
    x_225  cover_138  1  cover_149  1
    x_225  cover_171  1  cover_180  1
    x_225  cover_192  1
    x_226  obj  78  cover_29  1
    x_226  cover_32  1  cover_55  1
    x_226  cover_88  1  cover_95  1
    x_226  cover_99  1  cover_175  1
    x_227  obj  97  cover_1  1
    x_227  cover_10  1  cover_22  1
    x_227  cover_31  1  cover_36  1
    x_227  cover_37  1  cover_113  1
    x_227  cover_136  1  cover_140  1
    x_227  cover_162  1  cover_182  1
    x_227  cover_192  1
    x_228  obj  4  cover_2  1
    x_228  cover_15  1  cover_59  1
    x_228  cover_83  1  cover_127  1
    x_228  cover_129  1  cover_176  1
    x_228  cover_190  1  cover_194  1
    x_229  obj  31  cover_19  1
    x_229  cover_51  1  cover_74  1
    x_229  cover_84  1  cover_116  1
    x_229  cover_123  1  cover_145  1
    x_229  cover_178  1
    x_230  obj  14  cover_12  1
    x_230  cover_29  1  cover_37  1
    x_230  cover_58  1  cover_60  1
    x_230  cover_61  1  cover_64  1
    x_230  cover_75  1  cover_84  1
    x_230  cover_86  1  cover_97  1
    x_230  cover_137  1  cover_165  1
    x_230  cover_199  1
    x_231  obj  88  cover_11  1
    x_231  cover_15  1  cover_18  1
    x_231  cover_34  1  cover_40  1
    x_231  cover_45  1  cover_60  1
    x_231  cover_111  1  cover_120  1
    x_231  cover_132  1  cover_171  1
    x_231  cover_190  1
    x_232  obj  57  cover_14  1
    x_232  cover_21  1  cover_60  1
    x_232  cover_62  1  cover_81  1
    x_232  cover_100  1  cover_108  1
    x_232  cover_136  1  cover_193  1
    x_233  obj  74  cover_9  1
    x_233  cover_13  1  cover_14  1
    x_233  cover_88  1  cover_95  1
    x_233  cover_96  1  cover_116  1
    x_233  cover_119  1  cover_144  1
    x_234  obj  88  cover_105  1
    x_234  cover_125  1  cover_127  1
    x_234  cover_130  1  cover_136  1
    x_234  cover_188  1
    x_235  obj  7  cover_4  1
    x_235  cover_18  1  cover_26  1
    x_235  cover_37  1  cover_39  1
    x_235  cover_45  1  cover_50  1
    x_235  cover_62  1  cover_66  1
    x_235  cover_103  1  cover_104  1
    x_235  cover_105  1  cover_116  1
    x_235  cover_159  1  cover_169  1
    x_235  cover_176  1  cover_183  1
    x_236  obj  68  cover_18  1
    x_236  cover_22  1  cover_70  1
    x_236  cover_76  1  cover_89  1
    x_236  cover_151  1  cover_173  1
    x_237  obj  26  cover_16  1
    x_237  cover_37  1  cover_40  1
    x_237  cover_55  1  cover_69  1
    x_237  cover_102  1  cover_122  1
    x_237  cover_153  1
    x_238  obj  55  cover_42  1
    x_238  cover_84  1  cover_96  1
    x_238  cover_104  1  cover_174  1
    x_238  cover_176  1  cover_191  1
    x_238  cover_192  1
    x_239  obj  85  cover_14  1
    x_239  cover_17  1  cover_52  1
    x_239  cover_105  1  cover_112  1
    x_239  cover_133  1  cover_138  1
    x_239  cover_142  1  cover_163  1
    x_239  cover_184  1  cover_190  1
    x_240  obj  54  cover_22  1
    x_240  cover_66  1  cover_101  1
    x_240  cover_107  1  cover_138  1
    x_240  cover_139  1  cover_148  1
    x_240  cover_184  1
    x_241  obj  82  cover_29  1
    x_241  cover_39  1  cover_49  1
    x_241  cover_70  1  cover_96  1
    x_241  cover_102  1  cover_143  1
    x_241  cover_144  1  cover_175  1
    x_241  cover_176  1  cover_193  1
    x_242  obj  84  cover_3  1
    x_242  cover_34  1  cover_40  1
    x_242  cover_55  1  cover_67  1
    x_242  cover_112  1  cover_123  1
    x_242  cover_133  1  cover_145  1
    x_242  cover_190  1  cover_191  1
    x_242  cover_195  1
    x_243  obj  16  cover_2  1
    x_243  cover_53  1  cover_57  1
    x_243  cover_80  1  cover_93  1
    x_243  cover_98  1  cover_124  1
    x_243  cover_158  1
    x_244  obj  50  cover_91  1
    x_244  cover_129  1  cover_173  1
    x_244  cover_190  1  cover_192  1
    x_245  obj  67  cover_14  1
    x_245  cover_22  1  cover_33  1
    x_245  cover_38  1  cover_41  1
    x_245  cover_87  1  cover_108  1
    x_245  cover_115  1  cover_140  1
    x_245  cover_146  1  cover_182  1
    x_246  obj  41  cover_15  1
    x_246  cover_34  1  cover_47  1
    x_246  cover_54  1  cover_64  1
    x_246  cover_71  1  cover_81  1
    x_246  cover_96  1  cover_115  1
    x_246  cover_135  1  cover_188  1
    x_247  obj  17  cover_4  1
    x_247  cover_22  1  cover_35  1
    x_247  cover_83  1  cover_84  1
    x_247  cover_91  1  cover_94  1
    x_247  cover_114  1  cover_121  1
    x_247  cover_165  1  cover_172  1
    x_247  cover_176  1  cover_184  1
    x_248  obj  75  cover_32  1
    x_248  cover_35  1  cover_42  1
    x_248  cover_61  1  cover_123  1
    x_248  cover_154  1  cover_156  1
    x_248  cover_164  1  cover_165  1
    x_248  cover_173  1  cover_184  1
    x_249  obj  19  cover_5  1
    x_249  cover_22  1  cover_28  1
    x_249  cover_43  1  cover_89  1
    x_249  cover_93  1  cover_96  1
    x_249  cover_150  1  cover_177  1
    x_249  cover_198  1
    x_250  obj  73  cover_28  1
    x_250  cover_33  1  cover_56  1
    x_250  cover_60  1  cover_91  1
    x_250  cover_94  1  cover_101  1
    x_250  cover_114  1  cover_130  1
    x_250  cover_199  1
    x_251  obj  66  cover_29  1
    x_251  cover_33  1  cover_65  1
    x_251  cover_127  1  cover_128  1
    x_251  cover_152  1  cover_165  1
    x_252  obj  13  cover_4  1
    x_252  cover_24  1  cover_32  1
    x_252  cover_53  1  cover_57  1
    x_252  cover_68  1  cover_95  1
    x_252  cover_124  1  cover_129  1
    x_252  cover_169  1
    x_253  obj  85  cover_20  1
    x_253  cover_22  1  cover_35  1
    x_253  cover_76  1  cover_99  1
    x_253  cover_131  1  cover_168  1
    x_253  cover_172  1
    x_254  obj  15  cover_4  1
    x_254  cover_7  1  cover_14  1
    x_254  cover_20  1  cover_21  1
    x_254  cover_50  1  cover_65  1
    x_254  cover_82  1  cover_92  1
    x_254  cover_117  1  cover_190  1
    x_254  cover_199  1
    x_255  obj  74  cover_41  1
    x_255  cover_62  1  cover_98  1
    x_255  cover_109  1  cover_110  1
    x_255  cover_130  1  cover_166  1
    x_255  cover_178  1  cover_179  1
    x_255  cover_185  1  cover_193  1
    x_256  obj  19  cover_11  1
    x_256  cover_26  1  cover_38  1
    x_256  cover_43  1  cover_44  1
    x_256  cover_82  1  cover_125  1
    x_256  cover_129  1
    x_257  obj  6  cover_6  1
    x_257  cover_56  1  cover_61  1
    x_257  cover_87  1  cover_88  1
    x_257  cover_111  1  cover_115  1
    x_257  cover_140  1  cover_161  1
    x_257  cover_168  1  cover_176  1
    x_258  obj  6  cover_0  1
    x_258  cover_9  1  cover_17  1
    x_258  cover_18  1  cover_42  1
    x_258  cover_57  1  cover_120  1
    x_258  cover_145  1  cover_158  1
    x_258  cover_164  1  cover_181  1
    x_259  obj  20  cover_0  1
    x_259  cover_16  1  cover_39  1
    x_259  cover_141  1  cover_142  1
    x_259  cover_146  1  cover_155  1
    x_259  cover_161  1  cover_168  1
    x_260  obj  15  cover_8  1
    x_260  cover_22  1  cover_41  1
    x_260  cover_47  1  cover_48  1
    x_260  cover_60  1  cover_94  1
    x_260  cover_197  1
    x_261  obj  84  cover_4  1
    x_261  cover_14  1  cover_30  1
    x_261  cover_59  1  cover_69  1
    x_261  cover_96  1  cover_100  1
    x_261  cover_115  1  cover_150  1
    x_261  cover_194  1
    x_262  obj  49  cover_4  1
    x_262  cover_21  1  cover_23  1
    x_262  cover_45  1  cover_117  1
    x_262  cover_175  1  cover_195  1
    x_263  obj  26  cover_32  1
    x_263  cover_35  1  cover_36  1
    x_263  cover_79  1  cover_128  1
    x_263  cover_141  1  cover_149  1
    x_263  cover_150  1  cover_154  1
    x_263  cover_156  1  cover_163  1
    x_263  cover_190  1
    x_264  obj  71  cover_0  1
    x_264  cover_1  1  cover_11  1
    x_264  cover_23  1  cover_33  1
    x_264  cover_50  1  cover_107  1
    x_264  cover_116  1  cover_138  1
    x_264  cover_158  1  cover_161  1
    x_264  cover_162  1  cover_178  1
    x_264  cover_181  1
    x_265  obj  71  cover_22  1
    x_265  cover_67  1  cover_72  1
    x_265  cover_103  1  cover_113  1
    x_265  cover_114  1  cover_117  1
    x_265  cover_118  1  cover_139  1
    x_265  cover_192  1  cover_193  1
    x_266  obj  5  cover_4  1
    x_266  cover_27  1  cover_35  1
    x_266  cover_37  1  cover_47  1
    x_266  cover_73  1  cover_81  1
    x_266  cover_93  1  cover_105  1
    x_266  cover_115  1  cover_139  1
    x_267  obj  40  cover_92  1
    x_267  cover_122  1  cover_147  1
    x_267  cover_148  1  cover_152  1
    x_267  cover_155  1  cover_162  1
    x_268  obj  15  cover_30  1
    x_268  cover_78  1  cover_128  1
    x_268  cover_129  1  cover_137  1
    x_268  cover_141  1  cover_178  1
    x_268  cover_184  1
    x_269  obj  51  cover_45  1
    x_269  cover_47  1  cover_75  1
    x_269  cover_81  1  cover_93  1
    x_269  cover_116  1  cover_158  1
    x_270  obj  18  cover_28  1
    x_270  cover_31  1  cover_33  1
    x_270  cover_132  1  cover_144  1
    x_270  cover_166  1  cover_167  1
    x_270  cover_191  1
    x_271  obj  60  cover_3  1
    x_271  cover_32  1  cover_55  1
    x_271  cover_67  1  cover_78  1
    x_271  cover_90  1  cover_113  1
    x_271  cover_122  1  cover_158  1
    x_271  cover_185  1
    x_272  obj  99  cover_45  1
    x_272  cover_46  1  cover_60  1
    x_272  cover_72  1  cover_190  1
    x_272  cover_193  1
    x_273  obj  100  cover_7  1
    x_273  cover_30  1  cover_101  1
    x_273  cover_106  1  cover_120  1
    x_273  cover_166  1  cover_172  1
    x_273  cover_199  1
    x_274  obj  46  cover_46  1
    x_274  cover_49  1  cover_71  1
    x_274  cover_86  1  cover_100  1
    x_274  cover_136  1  cover_141  1
    x_274  cover_144  1
    x_275  obj  25  cover_9  1
    x_275  cover_17  1  cover_43  1
    x_275  cover_55  1  cover_76  1
    x_275  cover_91  1  cover_158  1
    x_276  obj  87  cover_14  1
    x_276  cover_100  1  cover_128  1
    x_276  cover_149  1  cover_199  1
    x_277  obj  33  cover_9  1
    x_277  cover_14  1  cover_44  1
    x_277  cover_48  1  cover_61  1
    x_277  cover_66  1  cover_73  1
    x_277  cover_76  1  cover_78  1
    x_277  cover_86  1  cover_100  1
    x_277  cover_152  1  cover_153  1
    x_277  cover_172  1  cover_193  1
    x_278  obj  68  cover_8  1
    x_278  cover_15  1  cover_23  1
    x_278  cover_51  1  cover_79  1
    x_278  cover_160  1  cover_165  1
    x_279  obj  8  cover_3  1
    x_279  cover_26  1  cover_41  1
    x_279  cover_59  1  cover_62  1
    x_279  cover_74  1  cover_78  1
    x_279  cover_83  1  cover_88  1
    x_279  cover_161  1  cover_183  1
    x_280  obj  94  cover_40  1
    x_280  cover_49  1  cover_59  1
    x_280  cover_78  1  cover_96  1
    x_280  cover_114  1  cover_123  1
    x_280  cover_166  1  cover_187  1
    x_281  obj  90  cover_3  1
    x_281  cover_9  1  cover_10  1
    x_281  cover_42  1  cover_86  1
    x_281  cover_102  1  cover_107  1
    x_281  cover_152  1  cover_164  1
    x_282  obj  27  cover_6  1
    x_282  cover_33  1  cover_63  1
    x_282  cover_70  1  cover_89  1
    x_282  cover_104  1  cover_124  1
    x_282  cover_143  1  cover_153  1
    x_282  cover_163  1  cover_185  1
    x_283  obj  58  cover_7  1
    x_283  cover_8  1  cover_14  1
    x_283  cover_15  1  cover_26  1
    x_283  cover_72  1  cover_78  1
    x_283  cover_135  1  cover_139  1
    x_283  cover_151  1  cover_152  1
    x_283  cover_180  1
    x_284  obj  34  cover_1  1
    x_284  cover_8  1  cover_15  1
    x_284  cover_28  1  cover_67  1
    x_284  cover_80  1  cover_82  1
    x_284  cover_98  1  cover_99  1
    x_284  cover_101  1  cover_119  1
    x_284  cover_173  1
    x_285  obj  61  cover_3  1
    x_285  cover_25  1  cover_41  1
    x_285  cover_152  1  cover_194  1
    x_286  obj  34  cover_0  1
    x_286  cover_12  1  cover_46  1
    x_286  cover_50  1  cover_71  1
    x_286  cover_78  1  cover_88  1
    x_286  cover_97  1  cover_100  1
    x_286  cover_142  1
    x_287  obj  65  cover_2  1
    x_287  cover_35  1  cover_42  1
    x_287  cover_66  1  cover_81  1
    x_287  cover_93  1  cover_101  1
    x_287  cover_123  1  cover_131  1
    x_287  cover_161  1  cover_171  1
    x_288  obj  69  cover_13  1
    x_288  cover_40  1  cover_41  1
    x_288  cover_72  1  cover_103  1
    x_288  cover_124  1  cover_178  1
    x_288  cover_184  1  cover_191  1
    x_289  obj  91  cover_26  1
    x_289  cover_38  1  cover_43  1
    x_289  cover_102  1  cover_110  1
    x_289  cover_125  1  cover_136  1
    x_289  cover_140  1  cover_159  1
    x_289  cover_161  1  cover_179  1
    x_290  obj  81  cover_0  1
    x_290  cover_4  1  cover_46  1
    x_290  cover_50  1  cover_100  1
    x_290  cover_119  1  cover_137  1
    x_290  cover_140  1  cover_179  1
    x_290  cover_198  1
    x_291  obj  38  cover_21  1
    x_291  cover_28  1  cover_32  1
    x_291  cover_33  1  cover_55  1
    x_291  cover_57  1  cover_70  1
    x_291  cover_92  1  cover_105  1
    x_291  cover_169  1  cover_171  1
    x_291  cover_178  1  cover_190  1
    x_292  obj  60  cover_3  1
    x_292  cover_31  1  cover_55  1
    x_292  cover_70  1  cover_98  1
    x_292  cover_109  1  cover_118  1
    x_292  cover_129  1  cover_156  1
    x_292  cover_195  1
    x_293  obj  25  cover_82  1
    x_293  cover_95  1  cover_110  1
    x_293  cover_132  1  cover_141  1
    x_293  cover_155  1  cover_190  1
    x_293  cover_192  1
    x_294  obj  40  cover_13  1
    x_294  cover_50  1  cover_54  1
    x_294  cover_82  1  cover_134  1
    x_294  cover_183  1
    x_295  obj  43  cover_74  1
    x_295  cover_188  1
    x_296  obj  35  cover_23  1
    x_296  cover_49  1  cover_52  1
    x_296  cover_77  1  cover_80  1
    x_296  cover_85  1  cover_130  1
    x_296  cover_143  1  cover_170  1
    x_297  obj  97  cover_12  1
    x_297  cover_30  1  cover_58  1
    x_297  cover_66  1  cover_110  1
    x_297  cover_149  1  cover_163  1
    x_297  cover_164  1
    x_298  obj  4  cover_16  1
    x_298  cover_21  1  cover_33  1
    x_298  cover_55  1  cover_71  1
    x_298  cover_139  1  cover_160  1
    x_298  cover_170  1  cover_171  1
    x_298  cover_182  1  cover_184  1
    x_299  obj  61  cover_2  1
    x_299  cover_4  1  cover_11  1
    x_299  cover_75  1  cover_89  1
    x_299  cover_97  1  cover_108  1
    x_299  cover_110  1  cover_114  1
    x_299  cover_154  1  cover_159  1
    x_299  cover_171  1
    x_300  obj  93  cover_4  1
    x_300  cover_86  1  cover_95  1
    x_300  cover_117  1  cover_126  1
    x_300  cover_150  1  cover_168  1
    x_300  cover_178  1
    x_301  obj  20  cover_6  1
    x_301  cover_8  1  cover_12  1
    x_301  cover_24  1  cover_64  1
    x_301  cover_67  1  cover_74  1
    x_301  cover_88  1  cover_90  1
    x_301  cover_150  1  cover_155  1
    x_302  obj  62  cover_0  1
    x_302  cover_3  1  cover_45  1
    x_302  cover_64  1  cover_117  1
    x_302  cover_126  1  cover_170  1
    x_302  cover_179  1  cover_180  1
    x_303  obj  98  cover_17  1
    x_303  cover_82  1  cover_103  1
    x_303  cover_121  1  cover_140  1
    x_303  cover_181  1  cover_199  1
    x_304  obj  97  cover_5  1
    x_304  cover_75  1  cover_81  1
    x_304  cover_82  1  cover_136  1
    x_304  cover_139  1  cover_164  1
    x_304  cover_188  1  cover_199  1
    x_305  obj  84  cover_1  1
    x_305  cover_5  1  cover_94  1
    x_305  cover_100  1  cover_111  1
    x_305  cover_122  1  cover_162  1
    x_305  cover_177  1  cover_189  1
    x_305  cover_195  1  cover_198  1
    x_306  obj  12  cover_14  1
    x_306  cover_16  1  cover_23  1
    x_306  cover_30  1  cover_33  1
    x_306  cover_60  1  cover_86  1
    x_306  cover_92  1  cover_133  1
    x_306  cover_180  1
    x_307  obj  13  cover_21  1
    x_307  cover_35  1  cover_72  1
    x_307  cover_76  1  cover_82  1
    x_307  cover_86  1  cover_101  1
    x_307  cover_103  1  cover_108  1
    x_307  cover_113  1  cover_175  1
    x_307  cover_197  1  cover_199  1
    x_308  obj  11  cover_17  1
    x_308  cover_33  1  cover_88  1
    x_308  cover_117  1  cover_119  1
    x_308  cover_150  1  cover_159  1
    x_308  cover_176  1
    x_309  obj  46  cover_7  1
    x_309  cover_31  1  cover_85  1
    x_309  cover_105  1  cover_116  1
    x_309  cover_186  1
    x_310  obj  20  cover_10  1
    x_310  cover_35  1  cover_114  1
    x_310  cover_169  1
    x_311  obj  84  cover_11  1
    x_311  cover_47  1  cover_48  1
    x_311  cover_105  1  cover_124  1
    x_311  cover_135  1  cover_137  1
    x_311  cover_154  1  cover_158  1
    x_311  cover_178  1  cover_180  1
    x_311  cover_188  1
    x_312  obj  13  cover_0  1
    x_312  cover_9  1  cover_50  1
    x_312  cover_56  1  cover_67  1
    x_312  cover_74  1  cover_79  1
    x_312  cover_93  1  cover_98  1
    x_312  cover_100  1  cover_114  1
    x_312  cover_130  1  cover_140  1
    x_312  cover_158  1  cover_164  1
    x_312  cover_183  1
    x_313  obj  35  cover_28  1
    x_313  cover_47  1  cover_71  1
    x_313  cover_118  1  cover_157  1
    x_313  cover_164  1  cover_174  1
    x_313  cover_198  1
    x_314  obj  21  cover_35  1
    x_314  cover_79  1  cover_80  1
    x_314  cover_90  1  cover_146  1
    x_314  cover_170  1  cover_171  1
    x_314  cover_179  1  cover_184  1
    x_314  cover_186  1
    x_315  obj  12  cover_52  1
    x_315  cover_56  1  cover_76  1
    x_315  cover_100  1  cover_116  1
    x_315  cover_127  1  cover_128  1
    x_315  cover_143  1  cover_163  1
    x_315  cover_167  1  cover_172  1
    x_316  obj  88  cover_47  1
    x_316  cover_54  1  cover_59  1
    x_316  cover_124  1  cover_139  1
    x_316  cover_173  1
    x_317  obj  53  cover_24  1
    x_317  cover_27  1  cover_35  1
    x_317  cover_59  1  cover_71  1
    x_317  cover_92  1  cover_94  1
    x_317  cover_140  1  cover_142  1
    x_317  cover_151  1  cover_153  1
    x_317  cover_166  1  cover_188  1
    x_318  obj  2  cover_11  1
    x_318  cover_19  1  cover_44  1
    x_318  cover_62  1  cover_69  1
    x_318  cover_76  1  cover_87  1
    x_318  cover_106  1  cover_130  1
    x_318  cover_152  1  cover_180  1
    x_319  obj  31  cover_4  1
    x_319  cover_51  1  cover_52  1
    x_319  cover_68  1  cover_106  1
    x_319  cover_129  1  cover_140  1
    x_319  cover_146  1  cover_179  1
    x_319  cover_181  1
    x_320  obj  7  cover_1  1
    x_320  cover_20  1  cover_45  1
    x_320  cover_46  1  cover_47  1
    x_320  cover_79  1  cover_80  1
    x_320  cover_108  1  cover_119  1
    x_320  cover_132  1  cover_148  1
    x_320  cover_171  1  cover_184  1
    x_320  cover_191  1
    x_321  obj  88  cover_3  1
    x_321  cover_11  1  cover_17  1
    x_321  cover_37  1  cover_38  1
    x_321  cover_58  1  cover_123  1
    x_321  cover_131  1  cover_137  1
    x_321  cover_161  1  cover_174  1
    x_321  cover_178  1  cover_183  1
    x_321  cover_188  1  cover_199  1
    x_322  obj  4  cover_1  1
    x_322  cover_3  1  cover_32  1
    x_322  cover_38  1  cover_86  1
    x_322  cover_105  1  cover_121  1
    x_322  cover_136  1  cover_177  1
    x_323  obj  49  cover_41  1
    x_323  cover_44  1  cover_46  1
    x_323  cover_80  1  cover_81  1
    x_323  cover_99  1  cover_106  1
    x_323  cover_122  1  cover_167  1
    x_323  cover_172  1  cover_180  1
    x_323  cover_185  1  cover_186  1
    x_324  obj  68  cover_0  1
    x_324  cover_15  1  cover_25  1
    x_324  cover_57  1  cover_61  1
    x_324  cover_80  1  cover_89  1
    x_324  cover_90  1  cover_99  1
    x_324  cover_109  1  cover_143  1
    x_324  cover_154  1  cover_193  1
    x_324  cover_195  1
    x_325  obj  76  cover_3  1
    x_325  cover_35  1  cover_42  1
    x_325  cover_92  1  cover_98  1
    x_325  cover_113  1  cover_170  1
    x_325  cover_172  1  cover_177  1
    x_325  cover_182  1
    x_326  obj  44  cover_19  1
    x_326  cover_39  1  cover_48  1
    x_326  cover_54  1  cover_70  1
    x_326  cover_71  1  cover_92  1
    x_326  cover_95  1  cover_97  1
    x_326  cover_146  1  cover_163  1
    x_326  cover_195  1
    x_327  obj  25  cover_15  1
    x_327  cover_23  1  cover_46  1
    x_327  cover_53  1  cover_80  1
    x_327  cover_89  1  cover_131  1
    x_327  cover_142  1  cover_159  1
    x_327  cover_169  1  cover_173  1
    x_327  cover_175  1  cover_179  1
    x_327  cover_199  1
    x_328  obj  33  cover_39  1
    x_328  cover_107  1  cover_131  1
    x_328  cover_167  1  cover_188  1
    x_328  cover_197  1
    x_329  obj  78  cover_29  1
    x_329  cover_33  1  cover_48  1
    x_329  cover_58  1  cover_59  1
    x_329  cover_74  1  cover_85  1
    x_329  cover_133  1  cover_145  1
    x_329  cover_167  1  cover_184  1
    x_330  obj  66  cover_25  1
    x_330  cover_82  1  cover_104  1
    x_330  cover_128  1  cover_162  1
    x_330  cover_177  1
    x_331  obj  56  cover_6  1
    x_331  cover_27  1  cover_28  1
    x_331  cover_51  1  cover_105  1
    x_331  cover_129  1  cover_164  1
    x_331  cover_176  1  cover_182  1
    x_332  obj  42  cover_33  1
    x_332  cover_47  1  cover_54  1
    x_332  cover_60  1  cover_75  1
    x_332  cover_80  1  cover_95  1
    x_332  cover_186  1  cover_187  1
    x_333  obj  89  cover_4  1
    x_333  cover_15  1  cover_30  1
    x_333  cover_39  1  cover_47  1
    x_333  cover_48  1  cover_152  1
    x_333  cover_155  1  cover_191  1
    x_334  obj  87  cover_0  1
    x_334  cover_8  1  cover_37  1
    x_334  cover_50  1  cover_57  1
    x_334  cover_72  1  cover_109  1
    x_334  cover_126  1  cover_151  1
    x_334  cover_164  1  cover_184  1
    x_334  cover_185  1  cover_196  1
    x_335  obj  38  cover_79  1
    x_335  cover_115  1  cover_187  1
    x_335  cover_189  1
    x_336  obj  74  cover_5  1
    x_336  cover_14  1  cover_16  1
    x_336  cover_19  1  cover_41  1
    x_336  cover_49  1  cover_67  1
    x_336  cover_96  1  cover_105  1
    x_336  cover_113  1  cover_116  1
    x_336  cover_127  1  cover_170  1
    x_336  cover_179  1  cover_181  1
    x_336  cover_196  1
    x_337  obj  23  cover_18  1
    x_337  cover_59  1  cover_102  1
    x_337  cover_143  1  cover_170  1
    x_337  cover_179  1  cover_181  1
    x_337  cover_182  1  cover_191  1
    x_338  obj  25  cover_28  1
    x_338  cover_29  1  cover_42  1
    x_338  cover_48  1  cover_56  1
    x_338  cover_61  1  cover_76  1
    x_338  cover_78  1  cover_129  1
    x_338  cover_154  1  cover_155  1
    x_339  obj  36  cover_59  1
    x_339  cover_64  1  cover_69  1
    x_339  cover_73  1  cover_80  1
    x_339  cover_84  1  cover_100  1
    x_339  cover_168  1  cover_184  1
    x_339  cover_197  1
    x_340  obj  59  cover_11  1
    x_340  cover_28  1  cover_100  1
    x_340  cover_113  1  cover_145  1
    x_340  cover_158  1  cover_164  1
    x_340  cover_169  1  cover_198  1
    x_341  obj  62  cover_5  1
    x_341  cover_7  1  cover_10  1
    x_341  cover_17  1  cover_21  1
    x_341  cover_47  1  cover_71  1
    x_341  cover_154  1  cover_168  1
    x_341  cover_175  1  cover_185  1
    x_341  cover_194  1
    x_342  obj  15  cover_47  1
    x_342  cover_54  1  cover_79  1
    x_342  cover_114  1  cover_150  1
    x_342  cover_186  1  cover_196  1
    x_343  obj  86  cover_22  1
    x_343  cover_44  1  cover_62  1
    x_343  cover_73  1  cover_76  1
    x_343  cover_80  1  cover_96  1
    x_343  cover_107  1  cover_109  1
    x_343  cover_122  1  cover_125  1
    x_343  cover_170  1
    x_344  obj  33  cover_12  1
    x_344  cover_26  1  cover_42  1
    x_344  cover_46  1  cover_54  1
    x_344  cover_105  1  cover_113  1
    x_344  cover_122  1  cover_124  1
    x_344  cover_182  1  cover_192  1
    x_345  obj  52  cover_18  1
    x_345  cover_23  1  cover_44  1
    x_345  cover_84  1  cover_125  1
    x_345  cover_126  1  cover_128  1
    x_345  cover_139  1  cover_164  1
    x_345  cover_175  1  cover_193  1
    x_346  obj  17  cover_34  1
    x_346  cover_42  1  cover_52  1
    x_346  cover_109  1  cover_114  1
    x_346  cover_116  1  cover_134  1
    x_346  cover_147  1  cover_152  1
    x_346  cover_167  1  cover_183  1
    x_347  obj  86  cover_17  1
    x_347  cover_53  1  cover_63  1
    x_347  cover_75  1  cover_90  1
    x_347  cover_139  1  cover_172  1
    x_347  cover_190  1
    x_348  obj  44  cover_10  1
    x_348  cover_44  1  cover_50  1
    x_348  cover_65  1  cover_76  1
    x_348  cover_79  1  cover_98  1
    x_348  cover_116  1  cover_139  1
    x_348  cover_145  1  cover_155  1
    x_348  cover_168  1  cover_176  1
    x_348  cover_179  1
    x_349  obj  4  cover_95  1
    x_349  cover_130  1  cover_150  1
    x_349  cover_171  1  cover_185  1
    x_349  cover_188  1
    x_350  obj  51  cover_11  1
    x_350  cover_22  1  cover_124  1
    x_350  cover_129  1  cover_184  1
    x_351  obj  42  cover_22  1
    x_351  cover_45  1  cover_54  1
    x_351  cover_94  1  cover_108  1
    x_351  cover_128  1  cover_129  1
    x_351  cover_190  1
    x_352  obj  34  cover_7  1
    x_352  cover_13  1  cover_22  1
    x_352  cover_60  1  cover_64  1
    x_352  cover_76  1  cover_96  1
    x_352  cover_108  1  cover_123  1
    x_352  cover_156  1  cover_163  1
    x_352  cover_194  1
    x_353  obj  59  cover_27  1
    x_353  cover_62  1  cover_80  1
    x_353  cover_96  1  cover_100  1
    x_353  cover_125  1  cover_174  1
    x_353  cover_182  1  cover_190  1
    x_354  obj  79  cover_11  1
    x_354  cover_41  1  cover_109  1
    x_354  cover_115  1  cover_145  1
    x_354  cover_146  1  cover_158  1
    x_354  cover_174  1  cover_189  1
    x_354  cover_195  1  cover_196  1
    x_355  obj  28  cover_4  1
    x_355  cover_8  1  cover_42  1
    x_355  cover_59  1  cover_97  1
    x_355  cover_113  1
    x_356  obj  90  cover_24  1
    x_356  cover_30  1  cover_45  1
    x_356  cover_61  1  cover_68  1
    x_356  cover_88  1  cover_90  1
    x_356  cover_129  1  cover_175  1
    x_356  cover_176  1
    x_357  obj  10  cover_32  1
    x_357  cover_34  1  cover_46  1
    x_357  cover_63  1  cover_85  1
    x_357  cover_140  1  cover_146  1
    x_357  cover_151  1  cover_174  1
    x_357  cover_181  1
    x_358  obj  22  cover_15  1
    x_358  cover_16  1  cover_43  1
    x_358  cover_73  1  cover_78  1
    x_358  cover_86  1  cover_119  1
    x_358  cover_168  1  cover_169  1
    x_358  cover_179  1  cover_180  1
    x_358  cover_181  1  cover_187  1
    x_358  cover_188  1
    x_359  obj  17  cover_5  1
    x_359  cover_62  1  cover_75  1
    x_359  cover_80  1  cover_98  1
    x_359  cover_117  1  cover_118  1
    x_359  cover_171  1  cover_194  1
    x_359  cover_198  1
    x_360  obj  5  cover_5  1
    x_360  cover_8  1  cover_17  1
    x_360  cover_21  1  cover_23  1
    x_360  cover_37  1  cover_45  1
    x_360  cover_62  1  cover_72  1
    x_360  cover_117  1  cover_118  1
    x_360  cover_120  1  cover_123  1
    x_360  cover_125  1  cover_148  1
    x_360  cover_180  1  cover_192  1
    x_361  obj  80  cover_27  1
    x_361  cover_55  1  cover_64  1
    x_361  cover_72  1  cover_76  1
    x_361  cover_94  1  cover_123  1
    x_361  cover_137  1  cover_140  1
    x_361  cover_148  1
    x_362  obj  24  cover_7  1
    x_362  cover_22  1  cover_64  1
    x_362  cover_65  1  cover_91  1
    x_362  cover_158  1  cover_163  1
    x_363  obj  40  cover_13  1
    x_363  cover_42  1  cover_51  1
    x_363  cover_58  1  cover_66  1
    x_363  cover_72  1  cover_90  1
    x_363  cover_92  1  cover_96  1
    x_363  cover_135  1  cover_173  1
    x_364  obj  55  cover_12  1
    x_364  cover_37  1  cover_39  1
    x_364  cover_65  1  cover_92  1
    x_364  cover_117  1  cover_127  1
    x_364  cover_149  1  cover_182  1
    x_364  cover_195  1
    x_365  obj  84  cover_5  1
    x_365  cover_6  1  cover_7  1
    x_365  cover_17  1  cover_46  1
    x_365  cover_64  1  cover_70  1
    x_365  cover_73  1  cover_86  1
    x_365  cover_112  1  cover_113  1
    x_365  cover_121  1  cover_136  1
    x_365  cover_140  1  cover_142  1
    x_365  cover_154  1  cover_163  1
    x_366  obj  98  cover_9  1
    x_366  cover_18  1  cover_23  1
    x_366  cover_30  1  cover_75  1
    x_366  cover_95  1  cover_102  1
    x_366  cover_112  1  cover_150  1
    x_366  cover_152  1
    x_367  obj  18  cover_6  1
    x_367  cover_9  1  cover_53  1
    x_367  cover_56  1  cover_65  1
    x_367  cover_92  1  cover_112  1
    x_367  cover_113  1  cover_136  1
    x_367  cover_143  1  cover_176  1
    x_368  obj  99  cover_8  1
    x_368  cover_37  1  cover_49  1
    x_368  cover_63  1  cover_97  1
    x_368  cover_109  1  cover_157  1
    x_368  cover_170  1  cover_171  1
    x_368  cover_190  1  cover_196  1
    x_369  obj  46  cover_12  1
    x_369  cover_17  1  cover_18  1
    x_369  cover_68  1  cover_74  1
    x_369  cover_90  1  cover_133  1
    x_369  cover_173  1  cover_177  1
    x_369  cover_196  1
    x_370  obj  27  cover_17  1
    x_370  cover_96  1  cover_122  1
    x_370  cover_146  1  cover_149  1
    x_370  cover_157  1  cover_161  1
    x_370  cover_166  1  cover_193  1
    x_371  obj  68  cover_5  1
    x_371  cover_17  1  cover_65  1
    x_371  cover_76  1  cover_82  1
    x_371  cover_97  1  cover_129  1
    x_371  cover_155  1  cover_186  1
    x_371  cover_190  1
    x_372  obj  1  cover_33  1
    x_372  cover_44  1  cover_85  1
    x_372  cover_92  1  cover_114  1
    x_372  cover_120  1  cover_133  1
    x_372  cover_135  1  cover_136  1
    x_372  cover_148  1  cover_149  1
    x_372  cover_151  1  cover_157  1
    x_372  cover_163  1  cover_194  1
    x_373  obj  65  cover_29  1
    x_373  cover_42  1  cover_54  1
    x_373  cover_58  1  cover_61  1
    x_373  cover_92  1  cover_103  1
    x_373  cover_114  1  cover_179  1
    x_373  cover_188  1
    x_374  obj  72  cover_42  1
    x_374  cover_45  1  cover_62  1
    x_374  cover_71  1  cover_100  1
    x_374  cover_104  1  cover_105  1
    x_374  cover_119  1  cover_125  1
    x_374  cover_134  1  cover_140  1
    x_374  cover_141  1  cover_144  1
    x_374  cover_164  1  cover_187  1
    x_375  obj  31  cover_23  1
    x_375  cover_43  1  cover_66  1
    x_375  cover_110  1
    x_376  obj  90  cover_8  1
    x_376  cover_13  1  cover_21  1
    x_376  cover_122  1  cover_136  1
    x_376  cover_159  1  cover_166  1
    x_376  cover_169  1  cover_186  1
    x_376  cover_189  1
    x_377  obj  80  cover_10  1
    x_377  cover_46  1  cover_48  1
    x_377  cover_53  1  cover_69  1
    x_377  cover_101  1  cover_122  1
    x_378  obj  74  cover_12  1
    x_378  cover_16  1  cover_17  1
    x_378  cover_31  1  cover_44  1
    x_378  cover_50  1  cover_67  1
    x_378  cover_86  1  cover_189  1
    x_378  cover_194  1
    x_379  obj  84  cover_5  1
    x_379  cover_14  1  cover_43  1
    x_379  cover_48  1  cover_64  1
    x_379  cover_66  1  cover_83  1
    x_379  cover_108  1  cover_112  1
    x_379  cover_127  1  cover_128  1
    x_379  cover_171  1
    x_380  obj  89  cover_29  1
    x_380  cover_84  1  cover_89  1
    x_380  cover_166  1  cover_178  1
    x_380  cover_185  1
    x_381  obj  62  cover_7  1
    x_381  cover_31  1  cover_38  1
    x_381  cover_64  1  cover_76  1
    x_381  cover_145  1  cover_195  1
    x_381  cover_197  1
    x_382  obj  35  cover_15  1
    x_382  cover_25  1  cover_31  1
    x_382  cover_59  1  cover_67  1
    x_382  cover_135  1  cover_172  1
    x_383  obj  69  cover_11  1
    x_383  cover_16  1  cover_92  1
    x_383  cover_95  1  cover_161  1
    x_383  cover_163  1  cover_171  1
    x_384  obj  40  cover_33  1
    x_384  cover_51  1  cover_70  1
    x_384  cover_103  1  cover_134  1
    x_384  cover_158  1  cover_172  1
    x_385  obj  53  cover_30  1
    x_385  cover_81  1  cover_93  1
    x_385  cover_112  1  cover_115  1
    x_385  cover_176  1  cover_189  1
    x_386  obj  77  cover_21  1
    x_386  cover_44  1  cover_67  1
    x_386  cover_96  1  cover_98  1
    x_386  cover_104  1  cover_112  1
    x_386  cover_164  1  cover_169  1
    x_386  cover_190  1
    x_387  obj  99  cover_48  1
    x_387  cover_50  1  cover_55  1
    x_387  cover_76  1  cover_100  1
    x_387  cover_111  1  cover_136  1
    x_387  cover_152  1  cover_153  1
    x_387  cover_163  1  cover_175  1
    x_388  obj  95  cover_22  1
    x_388  cover_44  1  cover_97  1
    x_388  cover_137  1  cover_138  1
    x_388  cover_148  1  cover_154  1
    x_388  cover_157  1  cover_160  1
    x_388  cover_161  1  cover_162  1
    x_388  cover_165  1  cover_188  1
    x_389  obj  79  cover_17  1
    x_389  cover_23  1  cover_31  1
    x_389  cover_38  1  cover_50  1
    x_389  cover_54  1  cover_69  1
    x_389  cover_94  1  cover_95  1
    x_389  cover_103  1  cover_125  1
    x_389  cover_136  1  cover_193  1
    x_390  obj  57  cover_5  1
    x_390  cover_47  1  cover_70  1
    x_390  cover_79  1  cover_88  1
    x_390  cover_90  1  cover_128  1
    x_390  cover_134  1  cover_153  1
    x_390  cover_199  1
    x_391  obj  73  cover_3  1
    x_391  cover_6  1  cover_18  1
    x_391  cover_26  1  cover_29  1
    x_391  cover_93  1  cover_130  1
    x_391  cover_135  1  cover_152  1
    x_391  cover_157  1  cover_185  1
    x_392  obj  44  cover_6  1
    x_392  cover_35  1  cover_42  1
    x_392  cover_51  1  cover_65  1
    x_392  cover_75  1  cover_86  1
    x_392  cover_88  1  cover_104  1
    x_392  cover_195  1
    x_393  obj  24  cover_7  1
    x_393  cover_16  1  cover_34  1
    x_393  cover_46  1  cover_63  1
    x_393  cover_76  1  cover_77  1
    x_393  cover_90  1  cover_141  1
    x_393  cover_153  1  cover_175  1
    x_393  cover_179  1
    x_394  obj  34  cover_11  1
    x_394  cover_12  1  cover_23  1
    x_394  cover_69  1  cover_156  1
    x_394  cover_160  1  cover_192  1
    x_394  cover_193  1
    x_395  obj  90  cover_4  1
    x_395  cover_16  1  cover_17  1
    x_395  cover_19  1  cover_22  1
    x_395  cover_30  1  cover_58  1
    x_395  cover_75  1  cover_100  1
    x_395  cover_105  1  cover_137  1
    x_395  cover_142  1  cover_152  1
    x_395  cover_160  1  cover_169  1
    x_396  obj  5  cover_13  1
    x_396  cover_50  1  cover_100  1
    x_396  cover_107  1  cover_109  1
    x_396  cover_126  1  cover_139  1
    x_396  cover_141  1  cover_180  1
    x_396  cover_194  1
    x_397  obj  81  cover_9  1
    x_397  cover_35  1  cover_55  1
    x_397  cover_64  1  cover_66  1
    x_397  cover_107  1  cover_165  1
    x_398  obj  75  cover_8  1
    x_398  cover_20  1  cover_48  1
    x_398  cover_79  1  cover_106  1
    x_398  cover_114  1  cover_117  1
    x_398  cover_122  1  cover_126  1
    x_398  cover_198  1
    x_399  obj  97  cover_0  1
    x_399  cover_1  1  cover_2  1
    x_399  cover_15  1  cover_16  1
    x_399  cover_55  1  cover_56  1
    x_399  cover_58  1  cover_59  1
    x_399  cover_75  1  cover_85  1
    x_399  cover_97  1  cover_101  1
    x_399  cover_175  1  cover_186  1
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
