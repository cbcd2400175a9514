NAME auction_50x200_1
OBJSENSE
    MAX
ROWS
 N  obj
 L  item_0
 L  item_1
 L  item_2
 L  item_3
 L  item_4
 L  item_5
 L  item_6
 L  item_7
 L  item_8
 L  item_9
 L  item_10
 L  item_11
 L  item_12
 L  item_13
 L  item_14
 L  item_15
 L  item_16
 L  item_17
 L  item_18
 L  item_19
 L  item_20
 L  item_21
 L  item_22
 L  item_23
 L  item_24
 L  item_25
 L  item_26
 L  item_27
 L  item_28
 L  item_29
 L  item_30
 L  item_31
 L  item_32
 L  item_33
 L  item_34
 L  item_35
 L  item_36
 L  item_37
 L  item_38
 L  item_39
 L  item_40
 L  item_41
 L  item_42
 L  item_43
 L  item_44
 L  item_45
 L  item_46
 L  item_47
 L  item_48
 L  item_49
 L  bidder_0
 L  bidder_1
 L  bidder_2
 L  bidder_3
 L  bidder_4
 L  bidder_5
 L  bidder_6
 L  bidder_7
 L  bidder_8
 L  bidder_9
 L  bidder_10
 L  bidder_11
 L  bidder_12
 L  bidder_13
 L  bidder_14
 L  bidder_15
 L  bidder_16
 L  bidder_17
 L  bidder_18
 L  bidder_19
 L  bidder_20
 L  bidder_21
 L  bidder_22
 L  bidder_23
 L  bidder_24
 L  bidder_25
 L  bidder_26
 L  bidder_27
 L  bidder_28
 L  bidder_29
 L  bidder_30
 L  bidder_31
 L  bidder_32
 L  bidder_33
 L  bidder_34
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  405  item_6  1
    x_0  item_28  1  item_31  1
    x_0  item_37  1  item_41  1
    x_0  item_44  1  bidder_0  1
    x_1  obj  489  item_21  1
    x_1  item_35  1  item_37  1
    x_1  item_38  1  item_41  1
    x_1  item_46  1  bidder_0  1
    x_2  obj  460  item_18  1
    x_2  item_30  1  item_35  1
    x_2  item_38  1  item_41  1
    x_2  item_49  1  bidder_0  1
    x_3  obj  407  item_10  1
    x_3  item_16  1  item_32  1
    x_3  item_35  1  item_38  1
    x_3  item_44  1  bidder_0  1
    x_4  obj  335  item_3  1
    x_4  item_29  1  item_31  1
    x_4  item_37  1  item_40  1
    x_4  item_41  1  bidder_0  1
    x_5  obj  323  item_2  1
    x_5  item_22  1  item_28  1
    x_5  item_32  1  item_45  1
    x_5  item_49  1  bidder_0  1
    x_6  obj  60  item_46  1
    x_7  obj  75  item_12  1
    x_7  item_40  1
    x_8  obj  74  item_10  1
    x_8  item_40  1
    x_9  obj  186  item_4  1
    x_9  item_19  1  item_29  1
    x_9  item_38  1  bidder_1  1
    x_10  obj  231  item_14  1
    x_10  item_29  1  item_30  1
    x_10  item_38  1  bidder_1  1
    x_11  obj  189  item_21  1
    x_11  item_29  1  item_31  1
    x_11  item_36  1  bidder_1  1
    x_12  obj  124  item_7  1
    x_12  item_19  1  item_25  1
    x_12  item_38  1  bidder_1  1
    x_13  obj  200  item_2  1
    x_13  item_37  1  bidder_2  1
    x_14  obj  138  item_2  1
    x_14  item_25  1  bidder_2  1
    x_15  obj  77  item_4  1
    x_15  item_37  1  bidder_2  1
    x_16  obj  190  item_1  1
    x_16  item_45  1
    x_17  obj  176  item_0  1
    x_17  item_45  1
    x_18  obj  319  item_0  1
    x_18  item_2  1  item_4  1
    x_18  item_14  1  item_41  1
    x_18  item_49  1  bidder_3  1
    x_19  obj  372  item_25  1
    x_19  item_28  1  item_29  1
    x_19  item_31  1  item_46  1
    x_19  item_49  1  bidder_3  1
    x_20  obj  343  item_28  1
    x_20  item_30  1  item_32  1
    x_20  item_36  1  item_41  1
    x_20  item_44  1  bidder_3  1
    x_21  obj  297  item_1  1
    x_21  item_2  1  item_6  1
    x_21  item_14  1  item_15  1
    x_21  item_38  1  bidder_3  1
    x_22  obj  268  item_0  1
    x_22  item_4  1  item_7  1
    x_22  item_23  1  item_45  1
    x_22  item_46  1  bidder_3  1
    x_23  obj  182  item_5  1
    x_23  item_12  1  item_30  1
    x_23  bidder_4  1
    x_24  obj  223  item_2  1
    x_24  item_5  1  item_44  1
    x_24  bidder_4  1
    x_25  obj  214  item_5  1
    x_25  item_7  1  item_30  1
    x_25  bidder_4  1
    x_26  obj  42  item_44  1
    x_26  item_48  1
    x_27  obj  185  item_14  1
    x_27  item_35  1  bidder_5  1
    x_28  obj  221  item_14  1
    x_28  item_18  1  bidder_5  1
    x_29  obj  120  item_12  1
    x_29  item_35  1  bidder_5  1
    x_30  obj  5  item_4  1
    x_31  obj  58  item_15  1
    x_32  obj  428  item_2  1
    x_32  item_16  1  item_30  1
    x_32  item_32  1  item_40  1
    x_32  bidder_6  1
    x_33  obj  530  item_9  1
    x_33  item_14  1  item_30  1
    x_33  item_37  1  item_42  1
    x_33  bidder_6  1
    x_34  obj  415  item_2  1
    x_34  item_9  1  item_31  1
    x_34  item_37  1  item_46  1
    x_34  bidder_6  1
    x_35  obj  400  item_12  1
    x_35  item_15  1  item_16  1
    x_35  item_46  1  item_48  1
    x_35  bidder_6  1
    x_36  obj  283  item_8  1
    x_36  item_29  1  item_40  1
    x_36  item_46  1  item_49  1
    x_36  bidder_6  1
    x_37  obj  283  item_6  1
    x_37  item_8  1  item_12  1
    x_37  item_32  1  item_43  1
    x_37  bidder_6  1
    x_38  obj  82  item_13  1
    x_38  item_47  1  bidder_7  1
    x_39  obj  102  item_10  1
    x_39  item_13  1  bidder_7  1
    x_40  obj  50  item_6  1
    x_40  item_47  1  bidder_7  1
    x_41  obj  83  item_26  1
    x_42  obj  57  item_12  1
    x_42  item_35  1
    x_43  obj  314  item_8  1
    x_43  item_9  1  item_27  1
    x_43  bidder_8  1
    x_44  obj  295  item_8  1
    x_44  item_18  1  item_36  1
    x_44  bidder_8  1
    x_45  obj  242  item_5  1
    x_45  item_9  1  item_13  1
    x_45  bidder_8  1
    x_46  obj  165  item_8  1
    x_46  item_24  1
    x_47  obj  140  item_24  1
    x_47  item_33  1
    x_48  obj  3  item_29  1
    x_49  obj  91  item_18  1
    x_50  obj  203  item_32  1
    x_50  item_36  1  item_42  1
    x_50  bidder_9  1
    x_51  obj  197  item_8  1
    x_51  item_38  1  item_42  1
    x_51  bidder_9  1
    x_52  obj  146  item_11  1
    x_52  item_32  1  item_46  1
    x_52  bidder_9  1
    x_53  obj  80  item_26  1
    x_54  obj  70  item_22  1
    x_55  obj  164  item_3  1
    x_55  item_7  1  item_15  1
    x_55  bidder_10  1
    x_56  obj  216  item_3  1
    x_56  item_15  1  item_21  1
    x_56  bidder_10  1
    x_57  obj  165  item_3  1
    x_57  item_7  1  item_20  1
    x_57  bidder_10  1
    x_58  obj  113  item_7  1
    x_58  item_20  1  item_27  1
    x_58  bidder_10  1
    x_59  obj  141  item_7  1
    x_59  item_13  1  item_31  1
    x_59  item_46  1
    x_60  obj  116  item_0  1
    x_60  item_7  1  item_34  1
    x_60  item_46  1
    x_61  obj  127  item_40  1
    x_62  obj  398  item_12  1
    x_62  item_13  1  item_17  1
    x_62  item_21  1  item_31  1
    x_62  item_34  1  bidder_11  1
    x_63  obj  484  item_2  1
    x_63  item_5  1  item_13  1
    x_63  item_34  1  item_42  1
    x_63  item_44  1  bidder_11  1
    x_64  obj  463  item_4  1
    x_64  item_12  1  item_17  1
    x_64  item_30  1  item_34  1
    x_64  item_49  1  bidder_11  1
    x_65  obj  441  item_3  1
    x_65  item_8  1  item_12  1
    x_65  item_17  1  item_30  1
    x_65  item_43  1  bidder_11  1
    x_66  obj  386  item_5  1
    x_66  item_8  1  item_21  1
    x_66  item_28  1  item_42  1
    x_66  item_44  1  bidder_11  1
    x_67  obj  248  item_13  1
    x_67  item_15  1  item_20  1
    x_67  item_22  1  item_45  1
    x_67  item_46  1  bidder_11  1
    x_68  obj  220  item_8  1
    x_68  item_30  1  bidder_12  1
    x_69  obj  173  item_8  1
    x_69  item_48  1  bidder_12  1
    x_70  obj  103  item_12  1
    x_70  item_30  1  bidder_12  1
    x_71  obj  89  item_13  1
    x_71  item_41  1
    x_72  obj  74  item_3  1
    x_72  item_41  1
    x_73  obj  44  item_25  1
    x_73  item_29  1
    x_74  obj  526  item_2  1
    x_74  item_3  1  item_4  1
    x_74  item_20  1  item_24  1
    x_74  item_27  1  item_38  1
    x_74  item_42  1  item_48  1
    x_74  item_49  1  bidder_13  1
    x_75  obj  717  item_0  1
    x_75  item_1  1  item_9  1
    x_75  item_24  1  item_27  1
    x_75  item_30  1  item_41  1
    x_75  item_42  1  item_43  1
    x_75  item_49  1  bidder_13  1
    x_76  obj  672  item_4  1
    x_76  item_12  1  item_18  1
    x_76  item_27  1  item_30  1
    x_76  item_37  1  item_38  1
    x_76  item_41  1  item_43  1
    x_76  item_48  1  bidder_13  1
    x_77  obj  653  item_0  1
    x_77  item_2  1  item_4  1
    x_77  item_8  1  item_14  1
    x_77  item_23  1  item_27  1
    x_77  item_30  1  item_40  1
    x_77  item_48  1  bidder_13  1
    x_78  obj  651  item_4  1
    x_78  item_12  1  item_16  1
    x_78  item_24  1  item_33  1
    x_78  item_35  1  item_36  1
    x_78  item_40  1  item_41  1
    x_78  item_48  1  bidder_13  1
    x_79  obj  634  item_10  1
    x_79  item_20  1  item_24  1
    x_79  item_27  1  item_30  1
    x_79  item_35  1  item_40  1
    x_79  item_42  1  item_43  1
    x_79  item_44  1  bidder_13  1
    x_80  obj  106  item_45  1
    x_81  obj  132  item_42  1
    x_82  obj  17  item_13  1
    x_83  obj  375  item_0  1
    x_83  item_5  1  item_7  1
    x_83  item_36  1  item_37  1
    x_83  bidder_14  1
    x_84  obj  299  item_21  1
    x_84  item_23  1  item_31  1
    x_84  item_36  1  item_37  1
    x_84  bidder_14  1
    x_85  obj  235  item_5  1
    x_85  item_10  1  item_28  1
    x_85  item_38  1  item_45  1
    x_85  bidder_14  1
    x_86  obj  219  item_1  1
    x_86  item_3  1  item_6  1
    x_86  item_18  1  item_36  1
    x_86  bidder_14  1
    x_87  obj  213  item_3  1
    x_87  item_7  1  item_13  1
    x_87  item_27  1  item_47  1
    x_87  bidder_14  1
    x_88  obj  211  item_0  1
    x_88  item_2  1  item_13  1
    x_88  item_19  1  item_36  1
    x_88  bidder_14  1
    x_89  obj  52  item_25  1
    x_90  obj  467  item_4  1
    x_90  item_8  1  item_9  1
    x_90  item_15  1  item_21  1
    x_90  item_45  1  bidder_15  1
    x_91  obj  468  item_3  1
    x_91  item_9  1  item_15  1
    x_91  item_17  1  item_25  1
    x_91  item_44  1  bidder_15  1
    x_92  obj  425  item_15  1
    x_92  item_24  1  item_26  1
    x_92  item_30  1  item_33  1
    x_92  item_34  1  bidder_15  1
    x_93  obj  400  item_3  1
    x_93  item_16  1  item_24  1
    x_93  item_27  1  item_29  1
    x_93  item_45  1  bidder_15  1
    x_94  obj  375  item_3  1
    x_94  item_4  1  item_28  1
    x_94  item_35  1  item_40  1
    x_94  item_48  1  bidder_15  1
    x_95  obj  355  item_3  1
    x_95  item_8  1  item_10  1
    x_95  item_17  1  item_36  1
    x_95  item_38  1  bidder_15  1
    x_96  obj  64  item_49  1
    x_97  obj  340  item_0  1
    x_97  item_5  1  item_14  1
    x_97  item_26  1  bidder_16  1
    x_98  obj  365  item_0  1
    x_98  item_7  1  item_26  1
    x_98  item_30  1  bidder_16  1
    x_99  obj  314  item_11  1
    x_99  item_14  1  item_33  1
    x_99  item_37  1  bidder_16  1
    x_100  obj  225  item_0  1
    x_100  item_3  1  item_13  1
    x_100  item_40  1  bidder_16  1
    x_101  obj  218  item_3  1
    x_101  item_5  1  item_10  1
    x_101  item_46  1  bidder_16  1
    x_102  obj  97  item_41  1
    x_103  obj  169  item_26  1
    x_103  item_47  1  bidder_17  1
    x_104  obj  130  item_27  1
    x_104  item_47  1  bidder_17  1
    x_105  obj  115  item_19  1
    x_105  item_26  1  bidder_17  1
    x_106  obj  130  item_42  1
    x_107  obj  86  item_11  1
    x_107  item_41  1
    x_108  obj  48  item_12  1
    x_109  obj  17  item_24  1
    x_110  obj  121  item_13  1
    x_110  item_33  1  bidder_18  1
    x_111  obj  127  item_13  1
    x_111  item_34  1  bidder_18  1
    x_112  obj  114  item_27  1
    x_112  item_33  1  bidder_18  1
    x_113  obj  37  item_10  1
    x_114  obj  52  item_20  1
    x_115  obj  147  item_2  1
    x_115  item_22  1  bidder_19  1
    x_116  obj  131  item_13  1
    x_116  item_22  1  bidder_19  1
    x_117  obj  105  item_2  1
    x_117  item_25  1  bidder_19  1
    x_118  obj  170  item_16  1
    x_118  item_25  1
    x_119  obj  168  item_16  1
    x_119  item_44  1
    x_120  obj  448  item_6  1
    x_120  item_10  1  item_18  1
    x_120  item_24  1  item_27  1
    x_120  item_45  1  bidder_20  1
    x_121  obj  551  item_10  1
    x_121  item_31  1  item_36  1
    x_121  item_41  1  item_42  1
    x_121  item_45  1  bidder_20  1
    x_122  obj  479  item_6  1
    x_122  item_10  1  item_20  1
    x_122  item_21  1  item_26  1
    x_122  item_39  1  bidder_20  1
    x_123  obj  451  item_10  1
    x_123  item_16  1  item_39  1
    x_123  item_41  1  item_44  1
    x_123  item_48  1  bidder_20  1
    x_124  obj  438  item_17  1
    x_124  item_24  1  item_27  1
    x_124  item_31  1  item_41  1
    x_124  item_48  1  bidder_20  1
    x_125  obj  369  item_2  1
    x_125  item_18  1  item_22  1
    x_125  item_23  1  item_24  1
    x_125  item_31  1  bidder_20  1
    x_126  obj  280  item_12  1
    x_126  item_27  1  item_30  1
    x_126  item_36  1  bidder_21  1
    x_127  obj  376  item_8  1
    x_127  item_17  1  item_21  1
    x_127  item_27  1  bidder_21  1
    x_128  obj  321  item_16  1
    x_128  item_25  1  item_36  1
    x_128  item_37  1  bidder_21  1
    x_129  obj  282  item_8  1
    x_129  item_19  1  item_25  1
    x_129  item_30  1  bidder_21  1
    x_130  obj  205  item_12  1
    x_130  item_13  1  item_20  1
    x_130  item_46  1  bidder_21  1
    x_131  obj  216  item_5  1
    x_131  item_45  1  bidder_22  1
    x_132  obj  158  item_5  1
    x_132  item_38  1  bidder_22  1
    x_133  obj  128  item_32  1
    x_133  item_45  1  bidder_22  1
    x_134  obj  230  item_19  1
    x_134  item_27  1  item_35  1
    x_134  item_43  1  bidder_23  1
    x_135  obj  296  item_0  1
    x_135  item_13  1  item_35  1
    x_135  item_41  1  bidder_23  1
    x_136  obj  291  item_18  1
    x_136  item_30  1  item_32  1
    x_136  item_43  1  bidder_23  1
    x_137  obj  238  item_18  1
    x_137  item_19  1  item_22  1
    x_137  item_47  1  bidder_23  1
    x_138  obj  128  item_3  1
    x_138  item_20  1  bidder_24  1
    x_139  obj  166  item_3  1
    x_139  item_39  1  bidder_24  1
    x_140  obj  87  item_6  1
    x_140  item_20  1  bidder_24  1
    x_141  obj  98  item_31  1
    x_142  obj  69  item_22  1
    x_143  obj  61  item_4  1
    x_144  obj  157  item_12  1
    x_144  item_40  1  bidder_25  1
    x_145  obj  196  item_11  1
    x_145  item_40  1  bidder_25  1
    x_146  obj  101  item_6  1
    x_146  item_12  1  bidder_25  1
    x_147  obj  144  item_27  1
    x_147  item_35  1
    x_148  obj  187  item_11  1
    x_148  item_35  1
    x_149  obj  103  item_37  1
    x_150  obj  189  item_5  1
    x_150  item_30  1  bidder_26  1
    x_151  obj  183  item_5  1
    x_151  item_46  1  bidder_26  1
    x_152  obj  162  item_8  1
    x_152  item_30  1  bidder_26  1
    x_153  obj  132  item_19  1
    x_153  item_25  1  bidder_27  1
    x_154  obj  173  item_19  1
    x_154  item_41  1  bidder_27  1
    x_155  obj  100  item_1  1
    x_155  item_25  1  bidder_27  1
    x_156  obj  195  item_8  1
    x_156  item_9  1  item_48  1
    x_156  bidder_28  1
    x_157  obj  243  item_9  1
    x_157  item_13  1  item_18  1
    x_157  bidder_28  1
    x_158  obj  63  item_2  1
    x_158  item_24  1  item_48  1
    x_158  bidder_28  1
    x_159  obj  58  item_13  1
    x_160  obj  98  item_10  1
    x_161  obj  24  item_7  1
    x_162  obj  111  item_34  1
    x_163  obj  17  item_1  1
    x_164  obj  114  item_1  1
    x_164  item_5  1  item_34  1
    x_165  obj  161  item_1  1
    x_165  item_12  1  item_30  1
    x_166  obj  39  item_14  1
    x_167  obj  58  item_11  1
    x_168  obj  113  item_31  1
    x_169  obj  121  item_8  1
    x_169  item_22  1  bidder_29  1
    x_170  obj  101  item_6  1
    x_170  item_8  1  bidder_29  1
    x_171  obj  79  item_22  1
    x_171  item_27  1  bidder_29  1
    x_172  obj  105  item_5  1
    x_172  item_21  1  bidder_30  1
    x_173  obj  148  item_21  1
    x_173  item_34  1  bidder_30  1
    x_174  obj  128  item_5  1
    x_174  item_18  1  bidder_30  1
    x_175  obj  91  item_0  1
    x_176  obj  87  item_13  1
    x_176  item_32  1
    x_177  obj  76  item_32  1
    x_177  item_46  1
    x_178  obj  75  item_41  1
    x_179  obj  34  item_1  1
    x_180  obj  145  item_17  1
    x_180  item_32  1  bidder_31  1
    x_181  obj  171  item_17  1
    x_181  item_26  1  bidder_31  1
    x_182  obj  158  item_21  1
    x_182  item_32  1  bidder_31  1
    x_183  obj  159  item_5  1
    x_183  item_33  1  bidder_32  1
    x_184  obj  201  item_5  1
    x_184  item_9  1  bidder_32  1
    x_185  obj  138  item_15  1
    x_185  item_33  1  bidder_32  1
    x_186  obj  607  item_19  1
    x_186  item_23  1  item_25  1
    x_186  item_33  1  item_34  1
    x_186  item_38  1  item_42  1
    x_186  item_43  1  item_46  1
    x_186  item_47  1  bidder_33  1
    x_187  obj  779  item_12  1
    x_187  item_13  1  item_17  1
    x_187  item_19  1  item_30  1
    x_187  item_34  1  item_37  1
    x_187  item_38  1  item_42  1
    x_187  item_43  1  bidder_33  1
    x_188  obj  738  item_4  1
    x_188  item_6  1  item_13  1
    x_188  item_23  1  item_30  1
    x_188  item_33  1  item_41  1
    x_188  item_42  1  item_47  1
    x_188  item_48  1  bidder_33  1
    x_189  obj  729  item_0  1
    x_189  item_12  1  item_13  1
    x_189  item_14  1  item_17  1
    x_189  item_19  1  item_33  1
    x_189  item_40  1  item_43  1
    x_189  item_47  1  bidder_33  1
    x_190  obj  725  item_13  1
    x_190  item_17  1  item_22  1
    x_190  item_23  1  item_27  1
    x_190  item_34  1  item_37  1
    x_190  item_41  1  item_42  1
    x_190  item_46  1  bidder_33  1
    x_191  obj  719  item_12  1
    x_191  item_16  1  item_19  1
    x_191  item_23  1  item_30  1
    x_191  item_34  1  item_35  1
    x_191  item_40  1  item_41  1
    x_191  item_46  1  bidder_33  1
    x_192  obj  212  item_10  1
    x_192  item_30  1
    x_193  obj  191  item_30  1
    x_193  item_36  1
    x_194  obj  352  item_4  1
    x_194  item_17  1  item_26  1
    x_194  item_44  1  bidder_34  1
    x_195  obj  279  item_3  1
    x_195  item_17  1  item_31  1
    x_195  item_46  1  bidder_34  1
    x_196  obj  255  item_2  1
    x_196  item_13  1  item_23  1
    x_196  item_26  1  bidder_34  1
    x_197  obj  175  item_4  1
    x_197  item_24  1  item_34  1
    x_197  item_46  1  bidder_34  1
    x_198  obj  240  item_11  1
    x_198  item_23  1  item_37  1
    x_199  obj  324  item_20  1
    x_199  item_37  1  item_44  1
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  item_0  1
    RHS  item_1  1
    RHS  item_2  1
    RHS  item_3  1
    RHS  item_4  1
    RHS  item_5  1
    RHS  item_6  1
    RHS  item_7  1
    RHS  item_8  1
    RHS  item_9  1
    RHS  item_10  1
    RHS  item_11  1
    RHS  item_12  1
    RHS  item_13  1
    RHS  item_14  1
    RHS  item_15  1
    RHS  item_16  1
    RHS  item_17  1
    RHS  item_18  1
    RHS  item_19  1
    RHS  item_20  1
    RHS  item_21  1
    RHS  item_22  1
    RHS  item_23  1
    RHS  item_24  1
    RHS  item_25  1
    RHS  item_26  1
    RHS  item_27  1
    RHS  item_28  1
    RHS  item_29  1
    RHS  item_30  1
    RHS  item_31  1
    RHS  item_32  1
    RHS  item_33  1
    RHS  item_34  1
    RHS  item_35  1
    RHS  item_36  1
    RHS  item_37  1
    RHS  item_38  1
    RHS  item_39  1
    RHS  item_40  1
    RHS  item_41  1
    RHS  item_42  1
    RHS  item_43  1
    RHS  item_44  1
    RHS  item_45  1
    RHS  item_46  1
    RHS  item_47  1
    RHS  item_48  1
    RHS  item_49  1
    RHS  bidder_0  1
    RHS  bidder_1  1
    RHS  bidder_2  1
    RHS  bidder_3  1
    RHS  bidder_4  1
    RHS  bidder_5  1
    RHS  bidder_6  1
    RHS  bidder_7  1
    RHS  bidder_8  1
    RHS  bidder_9  1
    RHS  bidder_10  1
    RHS  bidder_11  1
    RHS  bidder_12  1
    RHS  bidder_13  1
    RHS  bidder_14  1
    RHS  bidder_15  1
    RHS  bidder_16  1
    RHS  bidder_17  1
    RHS  bidder_18  1
    RHS  bidder_19  1
    RHS  bidder_20  1
    RHS  bidder_21  1
    RHS  bidder_22  1
    RHS  bidder_23  1
    RHS  bidder_24  1
    RHS  bidder_25  1
    RHS  bidder_26  1
    RHS  bidder_27  1
    RHS  bidder_28  1
    RHS  bidder_29  1
    RHS  bidder_30  1
    RHS  bidder_31  1
    RHS  bidder_32  1
    RHS  bidder_33  1
    RHS  bidder_34  1
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
ENDATA
