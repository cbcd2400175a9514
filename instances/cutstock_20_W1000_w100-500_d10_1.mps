NAME cutstock_20_W1000_w100-500_d10_1
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
 L  roll_0
 L  roll_1
 L  roll_2
 L  roll_3
 L  roll_4
 L  roll_5
 L  roll_6
 L  roll_7
 L  roll_8
 L  roll_9
 L  roll_10
 L  roll_11
 L  roll_12
 L  roll_13
 L  roll_14
 L  roll_15
 L  roll_16
 L  roll_17
 L  roll_18
 L  roll_19
 L  roll_20
 L  roll_21
 L  roll_22
 L  roll_23
 L  roll_24
 L  roll_25
 L  roll_26
 L  roll_27
 L  roll_28
 L  roll_29
 L  roll_30
 L  roll_31
 L  roll_32
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0_0  demand_0  1  roll_0  320
    x_0_1  demand_0  1  roll_1  320
    x_0_2  demand_0  1  roll_2  320
    x_0_3  demand_0  1  roll_3  320
    x_0_4  demand_0  1  roll_4  320
    x_0_5  demand_0  1  roll_5  320
    x_0_6  demand_0  1  roll_6  320
    x_0_7  demand_0  1  roll_7  320
    x_0_8  demand_0  1  roll_8  320
    x_0_9  demand_0  1  roll_9  320
    x_0_10  demand_0  1  roll_10  320
    x_0_11  demand_0  1  roll_11  320
    x_0_12  demand_0  1  roll_12  320
    x_0_13  demand_0  1  roll_13  320
    x_0_14  demand_0  1  roll_14  320
    x_0_15  demand_0  1  roll_15  320
    x_0_16  demand_0  1  roll_16  320
    x_0_17  demand_0  1  roll_17  320
    x_0_18  demand_0  1  roll_18  320
    x_0_19  demand_0  1  roll_19  320
    x_0_20  demand_0  1  roll_20  320
    x_0_21  demand_0  1  roll_21  320
    x_0_22  demand_0  1  roll_22  320
    x_0_23  demand_0  1  roll_23  320
    x_0_24  demand_0  1  roll_24  320
    x_0_25  demand_0  1  roll_25  320
    x_0_26  demand_0  1  roll_26  320
    x_0_27  demand_0  1  roll_27  320
    x_0_28  demand_0  1  roll_28  320
    x_0_29  demand_0  1  roll_29  320
    x_0_30  demand_0  1  roll_30  320
    x_0_31  demand_0  1  roll_31  320
    x_0_32  demand_0  1  roll_32  320
    x_1_0  demand_1  1  roll_0  494
    x_1_1  demand_1  1  roll_1  494
    x_1_2  demand_1  1  roll_2  494
    x_1_3  demand_1  1  roll_3  494
    x_1_4  demand_1  1  roll_4  494
    x_1_5  demand_1  1  roll_5  494
    x_1_6  demand_1  1  roll_6  494
    x_1_7  demand_1  1  roll_7  494
    x_1_8  demand_1  1  roll_8  494
    x_1_9  demand_1  1  roll_9  494
    x_1_10  demand_1  1  roll_10  494
    x_1_11  demand_1  1  roll_11  494
    x_1_12  demand_1  1  roll_12  494
    x_1_13  demand_1  1  roll_13  494
    x_1_14  demand_1  1  roll_14  494
    x_1_15  demand_1  1  roll_15  494
    x_1_16  demand_1  1  roll_16  494
    x_1_17  demand_1  1  roll_17  494
    x_1_18  demand_1  1  roll_18  494
    x_1_19  demand_1  1  roll_19  494
    x_1_20  demand_1  1  roll_20  494
    x_1_21  demand_1  1  roll_21  494
    x_1_22  demand_1  1  roll_22  494
    x_1_23  demand_1  1  roll_23  494
    x_1_24  demand_1  1  roll_24  494
    x_1_25  demand_1  1  roll_25  494
    x_1_26  demand_1  1  roll_26  494
    x_1_27  demand_1  1  roll_27  494
    x_1_28  demand_1  1  roll_28  494
    x_1_29  demand_1  1  roll_29  494
    x_1_30  demand_1  1  roll_30  494
    x_1_31  demand_1  1  roll_31  494
    x_1_32  demand_1  1  roll_32  494
    x_2_0  demand_2  1  roll_0  184
    x_2_1  demand_2  1  roll_1  184
    x_2_2  demand_2  1  roll_2  184
    x_2_3  demand_2  1  roll_3  184
    x_2_4  demand_2  1  roll_4  184
    x_2_5  demand_2  1  roll_5  184
    x_2_6  demand_2  1  roll_6  184
    x_2_7  demand_2  1  roll_7  184
    x_2_8  demand_2  1  roll_8  184
    x_2_9  demand_2  1  roll_9  184
    x_2_10  demand_2  1  roll_10  184
    x_2_11  demand_2  1  roll_11  184
    x_2_12  demand_2  1  roll_12  184
    x_2_13  demand_2  1  roll_13  184
    x_2_14  demand_2  1  roll_14  184
    x_2_15  demand_2  1  roll_15  184
    x_2_16  demand_2  1  roll_16  184
    x_2_17  demand_2  1  roll_17  184
    x_2_18  demand_2  1  roll_18  184
    x_2_19  demand_2  1  roll_19  184
    x_2_20  demand_2  1  roll_20  184
    x_2_21  demand_2  1  roll_21  184
    x_2_22  demand_2  1  roll_22  184
    x_2_23  demand_2  1  roll_23  184
    x_2_24  demand_2  1  roll_24  184
    x_2_25  demand_2  1  roll_25  184
    x_2_26  demand_2  1  roll_26  184
    x_2_27  demand_2  1  roll_27  184
    x_2_28  demand_2  1  roll_28  184
    x_2_29  demand_2  1  roll_29  184
    x_2_30  demand_2  1  roll_30  184
    x_2_31  demand_2  1  roll_31  184
    x_2_32  demand_2  1  roll_32  184
    x_3_0  demand_3  1  roll_0  255
    x_3_1  demand_3  1  roll_1  255
    x_3_2  demand_3  1  roll_2  255
    x_3_3  demand_3  1  roll_3  255
    x_3_4  demand_3  1  roll_4  255
    x_3_5  demand_3  1  roll_5  255
    x_3_6  demand_3  1  roll_6  255
    x_3_7  demand_3  1  roll_7  255
    x_3_8  demand_3  1  roll_8  255
    x_3_9  demand_3  1  roll_9  255
    x_3_10  demand_3  1  roll_10  255
    x_3_11  demand_3  1  roll_11  255
    x_3_12  demand_3  1  roll_12  255
    x_3_13  demand_3  1  roll_13  255
    x_3_14  demand_3  1  roll_14  255
    x_3_15  demand_3  1  roll_15  255
    x_3_16  demand_3  1  roll_16  255
    x_3_17  demand_3  1  roll_17  255
    x_3_18  demand_3  1  roll_18  255
    x_3_19  demand_3  1  roll_19  255
    x_3_20  demand_3  1  roll_20  255
    x_3_21  demand_3  1  roll_21  255
    x_3_22  demand_3  1  roll_22  255
    x_3_23  demand_3  1  roll_23  255
    x_3_24  demand_3  1  roll_24  255
    x_3_25  demand_3  1  roll_25  255
    x_3_26  demand_3  1  roll_26  255
    x_3_27  demand_3  1  roll_27  255
    x_3_28  demand_3  1  roll_28  255
    x_3_29  demand_3  1  roll_29  255
    x_3_30  demand_3  1  roll_30  255
    x_3_31  demand_3  1  roll_31  255
    x_3_32  demand_3  1  roll_32  255
    x_4_0  demand_4  1  roll_0  433
    x_4_1  demand_4  1  roll_1  433
    x_4_2  demand_4  1  roll_2  433
    x_4_3  demand_4  1  roll_3  433
    x_4_4  demand_4  1  roll_4  433
    x_4_5  demand_4  1  roll_5  433
    x_4_6  demand_4  1  roll_6  433
    x_4_7  demand_4  1  roll_7  433
    x_4_8  demand_4  1  roll_8  433
    x_4_9  demand_4  1  roll_9  433
    x_4_10  demand_4  1  roll_10  433
    x_4_11  demand_4  1  roll_11  433
    x_4_12  demand_4  1  roll_12  433
    x_4_13  demand_4  1  roll_13  433
    x_4_14  demand_4  1  roll_14  433
    x_4_15  demand_4  1  roll_15  433
    x_4_16  demand_4  1  roll_16  433
    x_4_17  demand_4  1  roll_17  433
    x_4_18  demand_4  1  roll_18  433
    x_4_19  demand_4  1  roll_19  433
    x_4_20  demand_4  1  roll_20  433
    x_4_21  demand_4  1  roll_21  433
    x_4_22  demand_4  1  roll_22  433
    x_4_23  demand_4  1  roll_23  433
    x_4_24  demand_4  1  roll_24  433
    x_4_25  demand_4  1  roll_25  433
    x_4_26  demand_4  1  roll_26  433
    x_4_27  demand_4  1  roll_27  433
    x_4_28  demand_4  1  roll_28  433
    x_4_29  demand_4  1  roll_29  433
    x_4_30  demand_4  1  roll_30  433
    x_4_31  demand_4  1  roll_31  433
    x_4_32  demand_4  1  roll_32  433
    x_5_0  demand_5  1  roll_0  466
    x_5_1  demand_5  1  roll_1  466
    x_5_2  demand_5  1  roll_2  466
    x_5_3  demand_5  1  roll_3  466
    x_5_4  demand_5  1  roll_4  466
    x_5_5  demand_5  1  roll_5  466
    x_5_6  demand_5  1  roll_6  466
    x_5_7  demand_5  1  roll_7  466
    x_5_8  demand_5  1  roll_8  466
    x_5_9  demand_5  1  roll_9  466
    x_5_10  demand_5  1  roll_10  466
    x_5_11  demand_5  1  roll_11  466
    x_5_12  demand_5  1  roll_12  466
    x_5_13  demand_5  1  roll_13  466
    x_5_14  demand_5  1  roll_14  466
    x_5_15  demand_5  1  roll_15  466
    x_5_16  demand_5  1  roll_16  466
    x_5_17  demand_5  1  roll_17  466
    x_5_18  demand_5  1  roll_18  466
    x_5_19  demand_5  1  roll_19  466
    x_5_20  demand_5  1  roll_20  466
    x_5_21  demand_5  1  roll_21  466
    x_5_22  demand_5  1  roll_22  466
    x_5_23  demand_5  1  roll_23  466
    x_5_24  demand_5  1  roll_24  466
    x_5_25  demand_5  1  roll_25  466
    x_5_26  demand_5  1  roll_26  466
    x_5_27  demand_5  1  roll_27  466
    x_5_28  demand_5  1  roll_28  466
    x_5_29  demand_5  1  roll_29  466
    x_5_30  demand_5  1  roll_30  466
    x_5_31  demand_5  1  roll_31  466
    x_5_32  demand_5  1  roll_32  466
    x_6_0  demand_6  1  roll_0  298
    x_6_1  demand_6  1  roll_1  298
    x_6_2  demand_6  1  roll_2  298
    x_6_3  demand_6  1  roll_3  298
    x_6_4  demand_6  1  roll_4  298
    x_6_5  demand_6  1  roll_5  298
    x_6_6  demand_6  1  roll_6  298
    x_6_7  demand_6  1  roll_7  298
    x_6_8  demand_6  1  roll_8  298
    x_6_9  demand_6  1  roll_9  298
    x_6_10  demand_6  1  roll_10  298
    x_6_11  demand_6  1  roll_11  298
    x_6_12  demand_6  1  roll_12  298
    x_6_13  demand_6  1  roll_13  298
    x_6_14  demand_6  1  roll_14  298
    x_6_15  demand_6  1  roll_15  298
    x_6_16  demand_6  1  roll_16  298
    x_6_17  demand_6  1  roll_17  298
    x_6_18  demand_6  1  roll_18  298
    x_6_19  demand_6  1  roll_19  298
    x_6_20  demand_6  1  roll_20  298
    x_6_21  demand_6  1  roll_21  298
    x_6_22  demand_6  1  roll_22  298
    x_6_23  demand_6  1  roll_23  298
    x_6_24  demand_6  1  roll_24  298
    x_6_25  demand_6  1  roll_25  298
    x_6_26  demand_6  1  roll_26  298
    x_6_27  demand_6  1  roll_27  298
    x_6_28  demand_6  1  roll_28  298
    x_6_29  demand_6  1  roll_29  298
    x_6_30  demand_6  1  roll_30  298
    x_6_31  demand_6  1  roll_31  298
    x_6_32  demand_6  1  roll_32  298
    x_7_0  demand_7  1  roll_0  384
    x_7_1  demand_7  1  roll_1  384
    x_7_2  demand_7  1  roll_2  384
    x_7_3  demand_7  1  roll_3  384
    x_7_4  demand_7  1  roll_4  384
    x_7_5  demand_7  1  roll_5  384
    x_7_6  demand_7  1  roll_6  384
    x_7_7  demand_7  1  roll_7  384
    x_7_8  demand_7  1  roll_8  384
    x_7_9  demand_7  1  roll_9  384
    x_7_10  demand_7  1  roll_10  384
    x_7_11  demand_7  1  roll_11  384
    x_7_12  demand_7  1  roll_12  384
    x_7_13  demand_7  1  roll_13  384
    x_7_14  demand_7  1  roll_14  384
    x_7_15  demand_7  1  roll_15  384
    x_7_16  demand_7  1  roll_16  384
    x_7_17  demand_7  1  roll_17  384
    x_7_18  demand_7  1  roll_18  384
    x_7_19  demand_7  1  roll_19  384
    x_7_20  demand_7  1  roll_20  384
    x_7_21  demand_7  1  roll_21  384
    x_7_22  demand_7  1  roll_22  384
    x_7_23  demand_7  1  roll_23  384
    x_7_24  demand_7  1  roll_24  384
    x_7_25  demand_7  1  roll_25  384
    x_7_26  demand_7  1  roll_26  384
    x_7_27  demand_7  1  roll_27  384
    x_7_28  demand_7  1  roll_28  384
    x_7_29  demand_7  1  roll_29  384
    x_7_30  demand_7  1  roll_30  384
    x_7_31  demand_7  1  roll_31  384
    x_7_32  demand_7  1  roll_32  384
    x_8_0  demand_8  1  roll_0  116
    x_8_1  demand_8  1  roll_1  116
    x_8_2  demand_8  1  roll_2  116
    x_8_3  demand_8  1  roll_3  116
    x_8_4  demand_8  1  roll_4  116
    x_8_5  demand_8  1  roll_5  116
    x_8_6  demand_8  1  roll_6  116
    x_8_7  demand_8  1  roll_7  116
    x_8_8  demand_8  1  roll_8  116
    x_8_9  demand_8  1  roll_9  116
    x_8_10  demand_8  1  roll_10  116
    x_8_11  demand_8  1  roll_11  116
    x_8_12  demand_8  1  roll_12  116
    x_8_13  demand_8  1  roll_13  116
    x_8_14  demand_8  1  roll_14  116
    x_8_15  demand_8  1  roll_15  116
    x_8_16  demand_8  1  roll_16  116
    x_8_17  demand_8  1  roll_17  116
    x_8_18  demand_8  1  roll_18  116
    x_8_19  demand_8  1  roll_19  116
    x_8_20  demand_8  1  roll_20  116
    x_8_21  demand_8  1  roll_21  116
    x_8_22  demand_8  1  roll_22  116
    x_8_23  demand_8  1  roll_23  116
    x_8_24  demand_8  1  roll_24  116
    x_8_25  demand_8  1  roll_25  116
    x_8_26  demand_8  1  roll_26  116
    x_8_27  demand_8  1  roll_27  116
    x_8_28  demand_8  1  roll_28  116
    x_8_29  demand_8  1  roll_29  116
    x_8_30  demand_8  1  roll_30  116
    x_8_31  demand_8  1  roll_31  116
    x_8_32  demand_8  1  roll_32  116
    x_9_0  demand_9  1  roll_0  169
    x_9_1  demand_9  1  roll_1  169
    x_9_2  demand_9  1  roll_2  169
    x_9_3  demand_9  1  roll_3  169
    x_9_4  demand_9  1  roll_4  169
    x_9_5  demand_9  1  roll_5  169
    x_9_6  demand_9  1  roll_6  169
    x_9_7  demand_9  1  roll_7  169
    x_9_8  demand_9  1  roll_8  169
    x_9_9  demand_9  1  roll_9  169
    x_9_10  demand_9  1  roll_10  169
    x_9_11  demand_9  1  roll_11  169
    x_9_12  demand_9  1  roll_12  169
    x_9_13  demand_9  1  roll_13  169
    x_9_14  demand_9  1  roll_14  169
    x_9_15  demand_9  1  roll_15  169
    x_9_16  demand_9  1  roll_16  169
    x_9_17  demand_9  1  roll_17  169
    x_9_18  demand_9  1  roll_18  169
    x_9_19  demand_9  1  roll_19  169
    x_9_20  demand_9  1  roll_20  169
    x_9_21  demand_9  1  roll_21  169
    x_9_22  demand_9  1  roll_22  169
    x_9_23  demand_9  1  roll_23  169
    x_9_24  demand_9  1  roll_24  169
    x_9_25  demand_9  1  roll_25  169
    x_9_26  demand_9  1  roll_26  169
    x_9_27  demand_9  1  roll_27  169
    x_9_28  demand_9  1  roll_28  169
    x_9_29  demand_9  1  roll_29  169
    x_9_30  demand_9  1  roll_30  169
    x_9_31  demand_9  1  roll_31  169
    x_9_32  demand_9  1  roll_32  169
    x_10_0  demand_10  1  roll_0  111
    x_10_1  demand_10  1  roll_1  111
    x_10_2  demand_10  1  roll_2  111
    x_10_3  demand_10  1  roll_3  111
    x_10_4  demand_10  1  roll_4  111
    x_10_5  demand_10  1  roll_5  111
    x_10_6  demand_10  1  roll_6  111
    x_10_7  demand_10  1  roll_7  111
    x_10_8  demand_10  1  roll_8  111
    x_10_9  demand_10  1  roll_9  111
    x_10_10  demand_10  1  roll_10  111
    x_10_11  demand_10  1  roll_11  111
    x_10_12  demand_10  1  roll_12  111
    x_10_13  demand_10  1  roll_13  111
    x_10_14  demand_10  1  roll_14  111
    x_10_15  demand_10  1  roll_15  111
    x_10_16  demand_10  1  roll_16  111
    x_10_17  demand_10  1  roll_17  111
    x_10_18  demand_10  1  roll_18  111
    x_10_19  demand_10  1  roll_19  111
    x_10_20  demand_10  1  roll_20  111
    x_10_21  demand_10  1  roll_21  111
    x_10_22  demand_10  1  roll_22  111
    x_10_23  demand_10  1  roll_23  111
    x_10_24  demand_10  1  roll_24  111
    x_10_25  demand_10  1  roll_25  111
    x_10_26  demand_10  1  roll_26  111
    x_10_27  demand_10  1  roll_27  111
    x_10_28  demand_10  1  roll_28  111
    x_10_29  demand_10  1  roll_29  111
    x_10_30  demand_10  1  roll_30  111
    x_10_31  demand_10  1  roll_31  111
    x_10_32  demand_10  1  roll_32  111
    x_11_0  demand_11  1  roll_0  477
    x_11_1  demand_11  1  roll_1  477
    x_11_2  demand_11  1  roll_2  477
    x_11_3  demand_11  1  roll_3  477
    x_11_4  demand_11  1  roll_4  477
    x_11_5  demand_11  1  roll_5  477
    x_11_6  demand_11  1  roll_6  477
    x_11_7  demand_11  1  roll_7  477
    x_11_8  demand_11  1  roll_8  477
    x_11_9  demand_11  1  roll_9  477
    x_11_10  demand_11  1  roll_10  477
    x_11_11  demand_11  1  roll_11  477
    x_11_12  demand_11  1  roll_12  477
    x_11_13  demand_11  1  roll_13  477
    x_11_14  demand_11  1  roll_14  477
    x_11_15  demand_11  1  roll_15  477
    x_11_16  demand_11  1  roll_16  477
    x_11_17  demand_11  1  roll_17  477
    x_11_18  demand_11  1  roll_18  477
    x_11_19  demand_11  1  roll_19  477
    x_11_20  demand_11  1  roll_20  477
    x_11_21  demand_11  1  roll_21  477
    x_11_22  demand_11  1  roll_22  477
    x_11_23  demand_11  1  roll_23  477
    x_11_24  demand_11  1  roll_24  477
    x_11_25  demand_11  1  roll_25  477
    x_11_26  demand_11  1  roll_26  477
    x_11_27  demand_11  1  roll_27  477
    x_11_28  demand_11  1  roll_28  477
    x_11_29  demand_11  1  roll_29  477
    x_11_30  demand_11  1  roll_30  477
    x_11_31  demand_11  1  roll_31  477
    x_11_32  demand_11  1  roll_32  477
    x_12_0  demand_12  1  roll_0  434
    x_12_1  demand_12  1  roll_1  434
    x_12_2  demand_12  1  roll_2  434
    x_12_3  demand_12  1  roll_3  434
    x_12_4  demand_12  1  roll_4  434
    x_12_5  demand_12  1  roll_5  434
    x_12_6  demand_12  1  roll_6  434
    x_12_7  demand_12  1  roll_7  434
    x_12_8  demand_12  1  roll_8  434
    x_12_9  demand_12  1  roll_9  434
    x_12_10  demand_12  1  roll_10  434
    x_12_11  demand_12  1  roll_11  434
    x_12_12  demand_12  1  roll_12  434
    x_12_13  demand_12  1  roll_13  434
    x_12_14  demand_12  1  roll_14  434
    x_12_15  demand_12  1  roll_15  434
    x_12_16  demand_12  1  roll_16  434
    x_12_17  demand_12  1  roll_17  434
    x_12_18  demand_12  1  roll_18  434
    x_12_19  demand_12  1  roll_19  434
    x_12_20  demand_12  1  roll_20  434
    x_12_21  demand_12  1  roll_21  434
    x_12_22  demand_12  1  roll_22  434
    x_12_23  demand_12  1  roll_23  434
    x_12_24  demand_12  1  roll_24  434
    x_12_25  demand_12  1  roll_25  434
    x_12_26  demand_12  1  roll_26  434
    x_12_27  demand_12  1  roll_27  434
    x_12_28  demand_12  1  roll_28  434
    x_12_29  demand_12  1  roll_29  434
    x_12_30  demand_12  1  roll_30  434
    x_12_31  demand_12  1  roll_31  434
    x_12_32  demand_12  1  roll_32  434
    x_13_0  demand_13  1  roll_0  491
    x_13_1  demand_13  1  roll_1  491
    x_13_2  demand_13  1  roll_2  491
    x_13_3  demand_13  1  roll_3  491
    x_13_4  demand_13  1  roll_4  491
    x_13_5  demand_13  1  roll_5  491
    x_13_6  demand_13  1  roll_6  491
    x_13_7  demand_13  1  roll_7  491
    x_13_8  demand_13  1  roll_8  491
    x_13_9  demand_13  1  roll_9  491
    x_13_10  demand_13  1  roll_10  491
    x_13_11  demand_13  1  roll_11  491
    x_13_12  demand_13  1  roll_12  491
    x_13_13  demand_13  1  roll_13  491
    x_13_14  demand_13  1  roll_14  491
    x_13_15  demand_13  1  roll_15  491
    x_13_16  demand_13  1  roll_16  491
    x_13_17  demand_13  1  roll_17  491
    x_13_18  demand_13  1  roll_18  491
    x_13_19  demand_13  1  roll_19  491
    x_13_20  demand_13  1  roll_20  491
    x_13_21  demand_13  1  roll_21  491
    x_13_22  demand_13  1  roll_22  491
    x_13_23  demand_13  1  roll_23  491
    x_13_24  demand_13  1  roll_24  491
    x_13_25  demand_13  1  roll_25  491
    x_13_26  demand_13  1  roll_26  491
    x_13_27  demand_13  1  roll_27  491
    x_13_28  demand_13  1  roll_28  491
    x_13_29  demand_13  1  roll_29  491
    x_13_30  demand_13  1  roll_30  491
    x_13_31  demand_13  1  roll_31  491
    x_13_32  demand_13  1  roll_32  491
    x_14_0  demand_14  1  roll_0  279
    x_14_1  demand_14  1  roll_1  279
    x_14_2  demand_14  1  roll_2  279
    x_14_3  demand_14  1  roll_3  279
    x_14_4  demand_14  1  roll_4  279
    x_14_5  demand_14  1  roll_5  279
    x_14_6  demand_14  1  roll_6  279
    x_14_7  demand_14  1  roll_7  279
    x_14_8  demand_14  1  roll_8  279
    x_14_9  demand_14  1  roll_9  279
    x_14_10  demand_14  1  roll_10  279
    x_14_11  demand_14  1  roll_11  279
    x_14_12  demand_14  1  roll_12  279
    x_14_13  demand_14  1  roll_13  279
    x_14_14  demand_14  1  roll_14  279
    x_14_15  demand_14  1  roll_15  279
    x_14_16  demand_14  1  roll_16  279
    x_14_17  demand_14  1  roll_17  279
    x_14_18  demand_14  1  roll_18  279
    x_14_19  demand_14  1  roll_19  279
    x_14_20  demand_14  1  roll_20  279
    x_14_21  demand_14  1  roll_21  279
    x_14_22  demand_14  1  roll_22  279
    x_14_23  demand_14  1  roll_23  279
    x_14_24  demand_14  1  roll_24  279
    x_14_25  demand_14  1  roll_25  279
    x_14_26  demand_14  1  roll_26  279
    x_14_27  demand_14  1  roll_27  279
    x_14_28  demand_14  1  roll_28  279
    x_14_29  demand_14  1  roll_29  279
    x_14_30  demand_14  1  roll_30  279
    x_14_31  demand_14  1  roll_31  279
    x_14_32  demand_14  1  roll_32  279
    x_15_0  demand_15  1  roll_0  281
    x_15_1  demand_15  1  roll_1  281
    x_15_2  demand_15  1  roll_2  281
    x_15_3  demand_15  1  roll_3  281
    x_15_4  demand_15  1  roll_4  281
    x_15_5  demand_15  1  roll_5  281
    x_15_6  demand_15  1  roll_6  281
    x_15_7  demand_15  1  roll_7  281
    x_15_8  demand_15  1  roll_8  281
    x_15_9  demand_15  1  roll_9  281
    x_15_10  demand_15  1  roll_10  281
    x_15_11  demand_15  1  roll_11  281
    x_15_12  demand_15  1  roll_12  281
    x_15_13  demand_15  1  roll_13  281
    x_15_14  demand_15  1  roll_14  281
    x_15_15  demand_15  1  roll_15  281
    x_15_16  demand_15  1  roll_16  281
    x_15_17  demand_15  1  roll_17  281
    x_15_18  demand_15  1  roll_18  281
    x_15_19  demand_15  1  roll_19  281
    x_15_20  demand_15  1  roll_20  281
    x_15_21  demand_15  1  roll_21  281
    x_15_22  demand_15  1  roll_22  281
    x_15_23  demand_15  1  roll_23  281
    x_15_24  demand_15  1  roll_24  281
    x_15_25  demand_15  1  roll_25  281
    x_15_26  demand_15  1  roll_26  281
    x_15_27  demand_15  1  roll_27  281
    x_15_28  demand_15  1  roll_28  281
    x_15_29  demand_15  1  roll_29  281
    x_15_30  demand_15  1  roll_30  281
    x_15_31  demand_15  1  roll_31  281
    x_15_32  demand_15  1  roll_32  281
    x_16_0  demand_16  1  roll_0  114
    x_16_1  demand_16  1  roll_1  114
    x_16_2  demand_16  1  roll_2  114
    x_16_3  demand_16  1  roll_3  114
    x_16_4  demand_16  1  roll_4  114
    x_16_5  demand_16  1  roll_5  114
    x_16_6  demand_16  1  roll_6  114
    x_16_7  demand_16  1  roll_7  114
    x_16_8  demand_16  1  roll_8  114
    x_16_9  demand_16  1  roll_9  114
    x_16_10  demand_16  1  roll_10  114
    x_16_11  demand_16  1  roll_11  114
    x_16_12  demand_16  1  roll_12  114
    x_16_13  demand_16  1  roll_13  114
    x_16_14  demand_16  1  roll_14  114
    x_16_15  demand_16  1  roll_15  114
    x_16_16  demand_16  1  roll_16  114
    x_16_17  demand_16  1  roll_17  114
    x_16_18  demand_16  1  roll_18  114
    x_16_19  demand_16  1  roll_19  114
    x_16_20  demand_16  1  roll_20  114
    x_16_21  demand_16  1  roll_21  114
    x_16_22  demand_16  1  roll_22  114
    x_16_23  demand_16  1  roll_23  114
    x_16_24  demand_16  1  roll_24  114
    x_16_25  demand_16  1  roll_25  114
    x_16_26  demand_16  1  roll_26  114
    x_16_27  demand_16  1  roll_27  114
    x_16_28  demand_16  1  roll_28  114
    x_16_29  demand_16  1  roll_29  114
    x_16_30  demand_16  1  roll_30  114
    x_16_31  demand_16  1  roll_31  114
    x_16_32  demand_16  1  roll_32  114
    x_17_0  demand_17  1  roll_0  385
    x_17_1  demand_17  1  roll_1  385
    x_17_2  demand_17  1  roll_2  385
    x_17_3  demand_17  1  roll_3  385
    x_17_4  demand_17  1  roll_4  385
    x_17_5  demand_17  1  roll_5  385
    x_17_6  demand_17  1  roll_6  385
    x_17_7  demand_17  1  roll_7  385
    x_17_8  demand_17  1  roll_8  385
    x_17_9  demand_17  1  roll_9  385
    x_17_10  demand_17  1  roll_10  385
    x_17_11  demand_17  1  roll_11  385
    x_17_12  demand_17  1  roll_12  385
    x_17_13  demand_17  1  roll_13  385
    x_17_14  demand_17  1  roll_14  385
    x_17_15  demand_17  1  roll_15  385
    x_17_16  demand_17  1  roll_16  385
    x_17_17  demand_17  1  roll_17  385
    x_17_18  demand_17  1  roll_18  385
    x_17_19  demand_17  1  roll_19  385
    x_17_20  demand_17  1  roll_20  385
    x_17_21  demand_17  1  roll_21  385
    x_17_22  demand_17  1  roll_22  385
    x_17_23  demand_17  1  roll_23  385
    x_17_24  demand_17  1  roll_24  385
    x_17_25  demand_17  1  roll_25  385
    x_17_26  demand_17  1  roll_26  385
    x_17_27  demand_17  1  roll_27  385
    x_17_28  demand_17  1  roll_28  385
    x_17_29  demand_17  1  roll_29  385
    x_17_30  demand_17  1  roll_30  385
    x_17_31  demand_17  1  roll_31  385
    x_17_32  demand_17  1  roll_32  385
    x_18_0  demand_18  1  roll_0  414
    x_18_1  demand_18  1  roll_1  414
    x_18_2  demand_18  1  roll_2  414
    x_18_3  demand_18  1  roll_3  414
    x_18_4  demand_18  1  roll_4  414
    x_18_5  demand_18  1  roll_5  414
    x_18_6  demand_18  1  roll_6  414
    x_18_7  demand_18  1  roll_7  414
    x_18_8  demand_18  1  roll_8  414
    x_18_9  demand_18  1  roll_9  414
    x_18_10  demand_18  1  roll_10  414
    x_18_11  demand_18  1  roll_11  414
    x_18_12  demand_18  1  roll_12  414
    x_18_13  demand_18  1  roll_13  414
    x_18_14  demand_18  1  roll_14  414
    x_18_15  demand_18  1  roll_15  414
    x_18_16  demand_18  1  roll_16  414
    x_18_17  demand_18  1  roll_17  414
    x_18_18  demand_18  1  roll_18  414
    x_18_19  demand_18  1  roll_19  414
    x_18_20  demand_18  1  roll_20  414
    x_18_21  demand_18  1  roll_21  414
    x_18_22  demand_18  1  roll_22  414
    x_18_23  demand_18  1  roll_23  414
    x_18_24  demand_18  1  roll_24  414
    x_18_25  demand_18  1  roll_25  414
    x_18_26  demand_18  1  roll_26  414
    x_18_27  demand_18  1  roll_27  414
    x_18_28  demand_18  1  roll_28  414
    x_18_29  demand_18  1  roll_29  414
    x_18_30  demand_18  1  roll_30  414
    x_18_31  demand_18  1  roll_31  414
    x_18_32  demand_18  1  roll_32  414
    x_19_0  demand_19  1  roll_0  203
    x_19_1  demand_19  1  roll_1  203
    x_19_2  demand_19  1  roll_2  203
    x_19_3  demand_19  1  roll_3  203
    x_19_4  demand_19  1  roll_4  203
    x_19_5  demand_19  1  roll_5  203
    x_19_6  demand_19  1  roll_6  203
    x_19_7  demand_19  1  roll_7  203
    x_19_8  demand_19  1  roll_8  203
    x_19_9  demand_19  1  roll_9  203
    x_19_10  demand_19  1  roll_10  203
    x_19_11  demand_19  1  roll_11  203
    x_19_12  demand_19  1  roll_12  203
    x_19_13  demand_19  1  roll_13  203
    x_19_14  demand_19  1  roll_14  203
    x_19_15  demand_19  1  roll_15  203
    x_19_16  demand_19  1  roll_16  203
    x_19_17  demand_19  1  roll_17  203
    x_19_18  demand_19  1  roll_18  203
    x_19_19  demand_19  1  roll_19  203
    x_19_20  demand_19  1  roll_20  203
    x_19_21  demand_19  1  roll_21  203
    x_19_22  demand_19  1  roll_22  203
    x_19_23  demand_19  1  roll_23  203
    x_19_24  demand_19  1  roll_24  203
    x_19_25  demand_19  1  roll_25  203
    x_19_26  demand_19  1  roll_26  203
    x_19_27  demand_19  1  roll_27  203
    x_19_28  demand_19  1  roll_28  203
    x_19_29  demand_19  1  roll_29  203
    x_19_30  demand_19  1  roll_30  203
    x_19_31  demand_19  1  roll_31  203
    x_19_32  demand_19  1  roll_32  203
    y_0  obj  1  roll_0  -1000
    y_1  obj  1  roll_1  -1000
    y_2  obj  1  roll_2  -1000
    y_3  obj  1  roll_3  -1000
    y_4  obj  1  roll_4  -1000
    y_5  obj  1  roll_5  -1000
    y_6  obj  1  roll_6  -1000
    y_7  obj  1  roll_7  -1000
    y_8  obj  1  roll_8  -1000
    y_9  obj  1  roll_9  -1000
    y_10  obj  1  roll_10  -1000
    y_11  obj  1  roll_11  -1000
    y_12  obj  1  roll_12  -1000
    y_13  obj  1  roll_13  -1000
    y_14  obj  1  roll_14  -1000
    y_15  obj  1  roll_15  -1000
    y_16  obj  1  roll_16  -1000
    y_17  obj  1  roll_17  -1000
    y_18  obj  1  roll_18  -1000
    y_19  obj  1  roll_19  -1000
    y_20  obj  1  roll_20  -1000
    y_21  obj  1  roll_21  -1000
    y_22  obj  1  roll_22  -1000
    y_23  obj  1  roll_23  -1000
    y_24  obj  1  roll_24  -1000
    y_25  obj  1  roll_25  -1000
    y_26  obj  1  roll_26  -1000
    y_27  obj  1  roll_27  -1000
    y_28  obj  1  roll_28  -1000
    y_29  obj  1  roll_29  -1000
    y_30  obj  1  roll_30  -1000
    y_31  obj  1  roll_31  -1000
    y_32  obj  1  roll_32  -1000
    MARKER  'MARKER'  'INTEND'
RHS
    RHS  demand_0  5
    RHS  demand_1  1
    RHS  demand_2  6
    RHS  demand_3  3
    RHS  demand_4  3
    RHS  demand_5  8
    RHS  demand_6  5
    RHS  demand_7  2
    RHS  demand_8  9
    RHS  demand_9  8
    RHS  demand_10  5
    RHS  demand_11  6
    RHS  demand_12  1
    RHS  demand_13  3
    RHS  demand_14  5
    RHS  demand_15  3
    RHS  demand_16  10
    RHS  demand_17  10
    RHS  demand_18  10
    RHS  demand_19  2
BOUNDS
 LO BND  x_0_0  0
 UP BND  x_0_0  3
 LO BND  x_0_1  0
 UP BND  x_0_1  3
 LO BND  x_0_2  0
 UP BND  x_0_2  3
 LO BND  x_0_3  0
 UP BND  x_0_3  3
 LO BND  x_0_4  0
 UP BND  x_0_4  3
 LO BND  x_0_5  0
 UP BND  x_0_5  3
 LO BND  x_0_6  0
 UP BND  x_0_6  3
 LO BND  x_0_7  0
 UP BND  x_0_7  3
 LO BND  x_0_8  0
 UP BND  x_0_8  3
 LO BND  x_0_9  0
 UP BND  x_0_9  3
 LO BND  x_0_10  0
 UP BND  x_0_10  3
 LO BND  x_0_11  0
 UP BND  x_0_11  3
 LO BND  x_0_12  0
 UP BND  x_0_12  3
 LO BND  x_0_13  0
 UP BND  x_0_13  3
 LO BND  x_0_14  0
 UP BND  x_0_14  3
 LO BND  x_0_15  0
 UP BND  x_0_15  3
 LO BND  x_0_16  0
 UP BND  x_0_16  3
 LO BND  x_0_17  0
 UP BND  x_0_17  3
 LO BND  x_0_18  0
 UP BND  x_0_18  3
 LO BND  x_0_19  0
 UP BND  x_0_19  3
 LO BND  x_0_20  0
 UP BND  x_0_20  3
 LO BND  x_0_21  0
 UP BND  x_0_21  3
 LO BND  x_0_22  0
 UP BND  x_0_22  3
 LO BND  x_0_23  0
 UP BND  x_0_23  3
 LO BND  x_0_24  0
 UP BND  x_0_24  3
 LO BND  x_0_25  0
 UP BND  x_0_25  3
 LO BND  x_0_26  0
 UP BND  x_0_26  3
 LO BND  x_0_27  0
 UP BND  x_0_27  3
 LO BND  x_0_28  0
 UP BND  x_0_28  3
 LO BND  x_0_29  0
 UP BND  x_0_29  3
 LO BND  x_0_30  0
 UP BND  x_0_30  3
 LO BND  x_0_31  0
 UP BND  x_0_31  3
 LO BND  x_0_32  0
 UP BND  x_0_32  3
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
 BV BND  x_1_10
 BV BND  x_1_11
 BV BND  x_1_12
 BV BND  x_1_13
 BV BND  x_1_14
 BV BND  x_1_15
 BV BND  x_1_16
 BV BND  x_1_17
 BV BND  x_1_18
 BV BND  x_1_19
 BV BND  x_1_20
 BV BND  x_1_21
 BV BND  x_1_22
 BV BND  x_1_23
 BV BND  x_1_24
 BV BND  x_1_25
 BV BND  x_1_26
 BV BND  x_1_27
 BV BND  x_1_28
 BV BND  x_1_29
 BV BND  x_1_30
 BV BND  x_1_31
 BV BND  x_1_32
 LO BND  x_2_0  0
 UP BND  x_2_0  5
 LO BND  x_2_1  0
 UP BND  x_2_1  5
 LO BND  x_2_2  0
 UP BND  x_2_2  5
 LO BND  x_2_3  0
 UP BND  x_2_3  5
 LO BND  x_2_4  0
 UP BND  x_2_4  5
 LO BND  x_2_5  0
 UP BND  x_2_5  5
 LO BND  x_2_6  0
 UP BND  x_2_6  5
 LO BND  x_2_7  0
 UP BND  x_2_7  5
 LO BND  x_2_8  0
 UP BND  x_2_8  5
 LO BND  x_2_9  0
 UP BND  x_2_9  5
 LO BND  x_2_10  0
 UP BND  x_2_10  5
 LO BND  x_2_11  0
 UP BND  x_2_11  5
 LO BND  x_2_12  0
 UP BND  x_2_12  5
 LO BND  x_2_13  0
 UP BND  x_2_13  5
 LO BND  x_2_14  0
 UP BND  x_2_14  5
 LO BND  x_2_15  0
 UP BND  x_2_15  5
 LO BND  x_2_16  0
 UP BND  x_2_16  5
 LO BND  x_2_17  0
 UP BND  x_2_17  5
 LO BND  x_2_18  0
 UP BND  x_2_18  5
 LO BND  x_2_19  0
 UP BND  x_2_19  5
 LO BND  x_2_20  0
 UP BND  x_2_20  5
 LO BND  x_2_21  0
 UP BND  x_2_21  5
 LO BND  x_2_22  0
 UP BND  x_2_22  5
 LO BND  x_2_23  0
 UP BND  x_2_23  5
 LO BND  x_2_24  0
 UP BND  x_2_24  5
 LO BND  x_2_25  0
 UP BND  x_2_25  5
 LO BND  x_2_26  0
 UP BND  x_2_26  5
 LO BND  x_2_27  0
 UP BND  x_2_27  5
 LO BND  x_2_28  0
 UP BND  x_2_28  5
 LO BND  x_2_29  0
 UP BND  x_2_29  5
 LO BND  x_2_30  0
 UP BND  x_2_30  5
 LO BND  x_2_31  0
 UP BND  x_2_31  5
 LO BND  x_2_32  0
 UP BND  x_2_32  5
 LO BND  x_3_0  0
 UP BND  x_3_0  3
 LO BND  x_3_1  0
 UP BND  x_3_1  3
 LO BND  x_3_2  0
 UP BND  x_3_2  3
 LO BND  x_3_3  0
 UP BND  x_3_3  3
 LO BND  x_3_4  0
 UP BND  x_3_4  3
 LO BND  x_3_5  0
 UP BND  x_3_5  3
 LO BND  x_3_6  0
 UP BND  x_3_6  3
 LO BND  x_3_7  0
 UP BND  x_3_7  3
 LO BND  x_3_8  0
 UP BND  x_3_8  3
 LO BND  x_3_9  0
 UP BND  x_3_9  3
 LO BND  x_3_10  0
 UP BND  x_3_10  3
 LO BND  x_3_11  0
 UP BND  x_3_11  3
 LO BND  x_3_12  0
 UP BND  x_3_12  3
 LO BND  x_3_13  0
 UP BND  x_3_13  3
 LO BND  x_3_14  0
 UP BND  x_3_14  3
 LO BND  x_3_15  0
 UP BND  x_3_15  3
 LO BND  x_3_16  0
 UP BND  x_3_16  3
 LO BND  x_3_17  0
 UP BND  x_3_17  3
 LO BND  x_3_18  0
 UP BND  x_3_18  3
 LO BND  x_3_19  0
 UP BND  x_3_19  3
 LO BND  x_3_20  0
 UP BND  x_3_20  3
 LO BND  x_3_21  0
 UP BND  x_3_21  3
 LO BND  x_3_22  0
 UP BND  x_3_22  3
 LO BND  x_3_23  0
 UP BND  x_3_23  3
 LO BND  x_3_24  0
 UP BND  x_3_24  3
 LO BND  x_3_25  0
 UP BND  x_3_25  3
 LO BND  x_3_26  0
 UP BND  x_3_26  3
 LO BND  x_3_27  0
 UP BND  x_3_27  3
 LO BND  x_3_28  0
 UP BND  x_3_28  3
 LO BND  x_3_29  0
 UP BND  x_3_29  3
 LO BND  x_3_30  0
 UP BND  x_3_30  3
 LO BND  x_3_31  0
 UP BND  x_3_31  3
 LO BND  x_3_32  0
 UP BND  x_3_32  3
 LO BND  x_4_0  0
 UP BND  x_4_0  2
 LO BND  x_4_1  0
 UP BND  x_4_1  2
 LO BND  x_4_2  0
 UP BND  x_4_2  2
 LO BND  x_4_3  0
 UP BND  x_4_3  2
 LO BND  x_4_4  0
 UP BND  x_4_4  2
 LO BND  x_4_5  0
 UP BND  x_4_5  2
 LO BND  x_4_6  0
 UP BND  x_4_6  2
 LO BND  x_4_7  0
 UP BND  x_4_7  2
 LO BND  x_4_8  0
 UP BND  x_4_8  2
 LO BND  x_4_9  0
 UP BND  x_4_9  2
 LO BND  x_4_10  0
 UP BND  x_4_10  2
 LO BND  x_4_11  0
 UP BND  x_4_11  2
 LO BND  x_4_12  0
 UP BND  x_4_12  2
 LO BND  x_4_13  0
 UP BND  x_4_13  2
 LO BND  x_4_14  0
 UP BND  x_4_14  2
 LO BND  x_4_15  0
 UP BND  x_4_15  2
 LO BND  x_4_16  0
 UP BND  x_4_16  2
 LO BND  x_4_17  0
 UP BND  x_4_17  2
 LO BND  x_4_18  0
 UP BND  x_4_18  2
 LO BND  x_4_19  0
 UP BND  x_4_19  2
 LO BND  x_4_20  0
 UP BND  x_4_20  2
 LO BND  x_4_21  0
 UP BND  x_4_21  2
 LO BND  x_4_22  0
 UP BND  x_4_22  2
 LO BND  x_4_23  0
 UP BND  x_4_23  2
 LO BND  x_4_24  0
 UP BND  x_4_24  2
 LO BND  x_4_25  0
 UP BND  x_4_25  2
 LO BND  x_4_26  0
 UP BND  x_4_26  2
 LO BND  x_4_27  0
 UP BND  x_4_27  2
 LO BND  x_4_28  0
 UP BND  x_4_28  2
 LO BND  x_4_29  0
 UP BND  x_4_29  2
 LO BND  x_4_30  0
 UP BND  x_4_30  2
 LO BND  x_4_31  0
 UP BND  x_4_31  2
 LO BND  x_4_32  0
 UP BND  x_4_32  2
 LO BND  x_5_0  0
 UP BND  x_5_0  2
 LO BND  x_5_1  0
 UP BND  x_5_1  2
 LO BND  x_5_2  0
 UP BND  x_5_2  2
 LO BND  x_5_3  0
 UP BND  x_5_3  2
 LO BND  x_5_4  0
 UP BND  x_5_4  2
 LO BND  x_5_5  0
 UP BND  x_5_5  2
 LO BND  x_5_6  0
 UP BND  x_5_6  2
 LO BND  x_5_7  0
 UP BND  x_5_7  2
 LO BND  x_5_8  0
 UP BND  x_5_8  2
 LO BND  x_5_9  0
 UP BND  x_5_9  2
 LO BND  x_5_10  0
 UP BND  x_5_10  2
 LO BND  x_5_11  0
 UP BND  x_5_11  2
 LO BND  x_5_12  0
 UP BND  x_5_12  2
 LO BND  x_5_13  0
 UP BND  x_5_13  2
 LO BND  x_5_14  0
 UP BND  x_5_14  2
 LO BND  x_5_15  0
 UP BND  x_5_15  2
 LO BND  x_5_16  0
 UP BND  x_5_16  2
 LO BND  x_5_17  0
 UP BND  x_5_17  2
 LO BND  x_5_18  0
 UP BND  x_5_18  2
 LO BND  x_5_19  0
 UP BND  x_5_19  2
 LO BND  x_5_20  0
 UP BND  x_5_20  2
 LO BND  x_5_21  0
 UP BND  x_5_21  2
 LO BND  x_5_22  0
 UP BND  x_5_22  2
 LO BND  x_5_23  0
 UP BND  x_5_23  2
 LO BND  x_5_24  0
 UP BND  x_5_24  2
 LO BND  x_5_25  0
 UP BND  x_5_25  2
 LO BND  x_5_26  0
 UP BND  x_5_26  2
 LO BND  x_5_27  0
 UP BND  x_5_27  2
 LO BND  x_5_28  0
 UP BND  x_5_28  2
 LO BND  x_5_29  0
 UP BND  x_5_29  2
 LO BND  x_5_30  0
 UP BND  x_5_30  2
 LO BND  x_5_31  0
 UP BND  x_5_31  2
 LO BND  x_5_32  0
 UP BND  x_5_32  2
 LO BND  x_6_0  0
 UP BND  x_6_0  3
 LO BND  x_6_1  0
 UP BND  x_6_1  3
 LO BND  x_6_2  0
 UP BND  x_6_2  3
 LO BND  x_6_3  0
 UP BND  x_6_3  3
 LO BND  x_6_4  0
 UP BND  x_6_4  3
 LO BND  x_6_5  0
 UP BND  x_6_5  3
 LO BND  x_6_6  0
 UP BND  x_6_6  3
 LO BND  x_6_7  0
 UP BND  x_6_7  3
 LO BND  x_6_8  0
 UP BND  x_6_8  3
 LO BND  x_6_9  0
 UP BND  x_6_9  3
 LO BND  x_6_10  0
 UP BND  x_6_10  3
 LO BND  x_6_11  0
 UP BND  x_6_11  3
 LO BND  x_6_12  0
 UP BND  x_6_12  3
 LO BND  x_6_13  0
 UP BND  x_6_13  3
 LO BND  x_6_14  0
 UP BND  x_6_14  3
 LO BND  x_6_15  0
 UP BND  x_6_15  3
 LO BND  x_6_16  0
 UP BND  x_6_16  3
 LO BND  x_6_17  0
 UP BND  x_6_17  3
 LO BND  x_6_18  0
 UP BND  x_6_18  3
 LO BND  x_6_19  0
 UP BND  x_6_19  3
 LO BND  x_6_20  0
 UP BND  x_6_20  3
 LO BND  x_6_21  0
 UP BND  x_6_21  3
 LO BND  x_6_22  0
 UP BND  x_6_22  3
 LO BND  x_6_23  0
 UP BND  x_6_23  3
 LO BND  x_6_24  0
 UP BND  x_6_24  3
 LO BND  x_6_25  0
 UP BND  x_6_25  3
 LO BND  x_6_26  0
 UP BND  x_6_26  3
 LO BND  x_6_27  0
 UP BND  x_6_27  3
 LO BND  x_6_28  0
 UP BND  x_6_28  3
 LO BND  x_6_29  0
 UP BND  x_6_29  3
 LO BND  x_6_30  0
 UP BND  x_6_30  3
 LO BND  x_6_31  0
 UP BND  x_6_31  3
 LO BND  x_6_32  0
 UP BND  x_6_32  3
 LO BND  x_7_0  0
 UP BND  x_7_0  2
 LO BND  x_7_1  0
 UP BND  x_7_1  2
 LO BND  x_7_2  0
 UP BND  x_7_2  2
 LO BND  x_7_3  0
 UP BND  x_7_3  2
 LO BND  x_7_4  0
 UP BND  x_7_4  2
 LO BND  x_7_5  0
 UP BND  x_7_5  2
 LO BND  x_7_6  0
 UP BND  x_7_6  2
 LO BND  x_7_7  0
 UP BND  x_7_7  2
 LO BND  x_7_8  0
 UP BND  x_7_8  2
 LO BND  x_7_9  0
 UP BND  x_7_9  2
 LO BND  x_7_10  0
 UP BND  x_7_10  2
 LO BND  x_7_11  0
 UP BND  x_7_11  2
 LO BND  x_7_12  0
 UP BND  x_7_12  2
 LO BND  x_7_13  0
 UP BND  x_7_13  2
 LO BND  x_7_14  0
 UP BND  x_7_14  2
 LO BND  x_7_15  0
 UP BND  x_7_15  2
 LO BND  x_7_16  0
 UP BND  x_7_16  2
 LO BND  x_7_17  0
 UP BND  x_7_17  2
 LO BND  x_7_18  0
 UP BND  x_7_18  2
 LO BND  x_7_19  0
 UP BND  x_7_19  2
 LO BND  x_7_20  0
 UP BND  x_7_20  2
 LO BND  x_7_21  0
 UP BND  x_7_21  2
 LO BND  x_7_22  0
 UP BND  x_7_22  2
 LO BND  x_7_23  0
 UP BND  x_7_23  2
 LO BND  x_7_24  0
 UP BND  x_7_24  2
 LO BND  x_7_25  0
 UP BND  x_7_25  2
 LO BND  x_7_26  0
 UP BND  x_7_26  2
 LO BND  x_7_27  0
 UP BND  x_7_27  2
 LO BND  x_7_28  0
 UP BND  x_7_28  2
 LO BND  x_7_29  0
 UP BND  x_7_29  2
 LO BND  x_7_30  0
 UP BND  x_7_30  2
 LO BND  x_7_31  0
 UP BND  x_7_31  2
 LO BND  x_7_32  0
 UP BND  x_7_32  2
 LO BND  x_8_0  0
 UP BND  x_8_0  8
 LO BND  x_8_1  0
 UP BND  x_8_1  8
 LO BND  x_8_2  0
 UP BND  x_8_2  8
 LO BND  x_8_3  0
 UP BND  x_8_3  8
 LO BND  x_8_4  0
 UP BND  x_8_4  8
 LO BND  x_8_5  0
 UP BND  x_8_5  8
 LO BND  x_8_6  0
 UP BND  x_8_6  8
 LO BND  x_8_7  0
 UP BND  x_8_7  8
 LO BND  x_8_8  0
 UP BND  x_8_8  8
 LO BND  x_8_9  0
 UP BND  x_8_9  8
 LO BND  x_8_10  0
 UP BND  x_8_10  8
 LO BND  x_8_11  0
 UP BND  x_8_11  8
 LO BND  x_8_12  0
 UP BND  x_8_12  8
 LO BND  x_8_13  0
 UP BND  x_8_13  8
 LO BND  x_8_14  0
 UP BND  x_8_14  8
 LO BND  x_8_15  0
 UP BND  x_8_15  8
 LO BND  x_8_16  0
 UP BND  x_8_16  8
 LO BND  x_8_17  0
 UP BND  x_8_17  8
 LO BND  x_8_18  0
 UP BND  x_8_18  8
 LO BND  x_8_19  0
 UP BND  x_8_19  8
 LO BND  x_8_20  0
 UP BND  x_8_20  8
 LO BND  x_8_21  0
 UP BND  x_8_21  8
 LO BND  x_8_22  0
 UP BND  x_8_22  8
 LO BND  x_8_23  0
 UP BND  x_8_23  8
 LO BND  x_8_24  0
 UP BND  x_8_24  8
 LO BND  x_8_25  0
 UP BND  x_8_25  8
 LO BND  x_8_26  0
 UP BND  x_8_26  8
 LO BND  x_8_27  0
 UP BND  x_8_27  8
 LO BND  x_8_28  0
 UP BND  x_8_28  8
 LO BND  x_8_29  0
 UP BND  x_8_29  8
 LO BND  x_8_30  0
 UP BND  x_8_30  8
 LO BND  x_8_31  0
 UP BND  x_8_31  8
 LO BND  x_8_32  0
 UP BND  x_8_32  8
 LO BND  x_9_0  0
 UP BND  x_9_0  5
 LO BND  x_9_1  0
 UP BND  x_9_1  5
 LO BND  x_9_2  0
 UP BND  x_9_2  5
 LO BND  x_9_3  0
 UP BND  x_9_3  5
 LO BND  x_9_4  0
 UP BND  x_9_4  5
 LO BND  x_9_5  0
 UP BND  x_9_5  5
 LO BND  x_9_6  0
 UP BND  x_9_6  5
 LO BND  x_9_7  0
 UP BND  x_9_7  5
 LO BND  x_9_8  0
 UP BND  x_9_8  5
 LO BND  x_9_9  0
 UP BND  x_9_9  5
 LO BND  x_9_10  0
 UP BND  x_9_10  5
 LO BND  x_9_11  0
 UP BND  x_9_11  5
 LO BND  x_9_12  0
 UP BND  x_9_12  5
 LO BND  x_9_13  0
 UP BND  x_9_13  5
 LO BND  x_9_14  0
 UP BND  x_9_14  5
 LO BND  x_9_15  0
 UP BND  x_9_15  5
 LO BND  x_9_16  0
 UP BND  x_9_16  5
 LO BND  x_9_17  0
 UP BND  x_9_17  5
 LO BND  x_9_18  0
 UP BND  x_9_18  5
 LO BND  x_9_19  0
 UP BND  x_9_19  5
 LO BND  x_9_20  0
 UP BND  x_9_20  5
 LO BND  x_9_21  0
 UP BND  x_9_21  5
 LO BND  x_9_22  0
 UP BND  x_9_22  5
 LO BND  x_9_23  0
 UP BND  x_9_23  5
 LO BND  x_9_24  0
 UP BND  x_9_24  5
 LO BND  x_9_25  0
 UP BND  x_9_25  5
 LO BND  x_9_26  0
 UP BND  x_9_26  5
 LO BND  x_9_27  0
 UP BND  x_9_27  5
 LO BND  x_9_28  0
 UP BND  x_9_28  5
 LO BND  x_9_29  0
 UP BND  x_9_29  5
 LO BND  x_9_30  0
 UP BND  x_9_30  5
 LO BND  x_9_31  0
 UP BND  x_9_31  5
 LO BND  x_9_32  0
 UP BND  x_9_32  5
 LO BND  x_10_0  0
 UP BND  x_10_0  5
 LO BND  x_10_1  0
 UP BND  x_10_1  5
 LO BND  x_10_2  0
 UP BND  x_10_2  5
 LO BND  x_10_3  0
 UP BND  x_10_3  5
 LO BND  x_10_4  0
 UP BND  x_10_4  5
 LO BND  x_10_5  0
 UP BND  x_10_5  5
 LO BND  x_10_6  0
 UP BND  x_10_6  5
 LO BND  x_10_7  0
 UP BND  x_10_7  5
 LO BND  x_10_8  0
 UP BND  x_10_8  5
 LO BND  x_10_9  0
 UP BND  x_10_9  5
 LO BND  x_10_10  0
 UP BND  x_10_10  5
 LO BND  x_10_11  0
 UP BND  x_10_11  5
 LO BND  x_10_12  0
 UP BND  x_10_12  5
 LO BND  x_10_13  0
 UP BND  x_10_13  5
 LO BND  x_10_14  0
 UP BND  x_10_14  5
 LO BND  x_10_15  0
 UP BND  x_10_15  5
 LO BND  x_10_16  0
 UP BND  x_10_16  5
 LO BND  x_10_17  0
 UP BND  x_10_17  5
 LO BND  x_10_18  0
 UP BND  x_10_18  5
 LO BND  x_10_19  0
 UP BND  x_10_19  5
 LO BND  x_10_20  0
 UP BND  x_10_20  5
 LO BND  x_10_21  0
 UP BND  x_10_21  5
 LO BND  x_10_22  0
 UP BND  x_10_22  5
 LO BND  x_10_23  0
 UP BND  x_10_23  5
 LO BND  x_10_24  0
 UP BND  x_10_24  5
 LO BND  x_10_25  0
 UP BND  x_10_25  5
 LO BND  x_10_26  0
 UP BND  x_10_26  5
 LO BND  x_10_27  0
 UP BND  x_10_27  5
 LO BND  x_10_28  0
 UP BND  x_10_28  5
 LO BND  x_10_29  0
 UP BND  x_10_29  5
 LO BND  x_10_30  0
 UP BND  x_10_30  5
 LO BND  x_10_31  0
 UP BND  x_10_31  5
 LO BND  x_10_32  0
 UP BND  x_10_32  5
 LO BND  x_11_0  0
 UP BND  x_11_0  2
 LO BND  x_11_1  0
 UP BND  x_11_1  2
 LO BND  x_11_2  0
 UP BND  x_11_2  2
 LO BND  x_11_3  0
 UP BND  x_11_3  2
 LO BND  x_11_4  0
 UP BND  x_11_4  2
 LO BND  x_11_5  0
 UP BND  x_11_5  2
 LO BND  x_11_6  0
 UP BND  x_11_6  2
 LO BND  x_11_7  0
 UP BND  x_11_7  2
 LO BND  x_11_8  0
 UP BND  x_11_8  2
 LO BND  x_11_9  0
 UP BND  x_11_9  2
 LO BND  x_11_10  0
 UP BND  x_11_10  2
 LO BND  x_11_11  0
 UP BND  x_11_11  2
 LO BND  x_11_12  0
 UP BND  x_11_12  2
 LO BND  x_11_13  0
 UP BND  x_11_13  2
 LO BND  x_11_14  0
 UP BND  x_11_14  2
 LO BND  x_11_15  0
 UP BND  x_11_15  2
 LO BND  x_11_16  0
 UP BND  x_11_16  2
 LO BND  x_11_17  0
 UP BND  x_11_17  2
 LO BND  x_11_18  0
 UP BND  x_11_18  2
 LO BND  x_11_19  0
 UP BND  x_11_19  2
 LO BND  x_11_20  0
 UP BND  x_11_20  2
 LO BND  x_11_21  0
 UP BND  x_11_21  2
 LO BND  x_11_22  0
 UP BND  x_11_22  2
 LO BND  x_11_23  0
 UP BND  x_11_23  2
 LO BND  x_11_24  0
 UP BND  x_11_24  2
 LO BND  x_11_25  0
 UP BND  x_11_25  2
 LO BND  x_11_26  0
 UP BND  x_11_26  2
 LO BND  x_11_27  0
 UP BND  x_11_27  2
 LO BND  x_11_28  0
 UP BND  x_11_28  2
 LO BND  x_11_29  0
 UP BND  x_11_29  2
 LO BND  x_11_30  0
 UP BND  x_11_30  2
 LO BND  x_11_31  0
 UP BND  x_11_31  2
 LO BND  x_11_32  0
 UP BND  x_11_32  2
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
 BV BND  x_12_10
 BV BND  x_12_11
 BV BND  x_12_12
 BV BND  x_12_13
 BV BND  x_12_14
 BV BND  x_12_15
 BV BND  x_12_16
 BV BND  x_12_17
 BV BND  x_12_18
 BV BND  x_12_19
 BV BND  x_12_20
 BV BND  x_12_21
 BV BND  x_12_22
 BV BND  x_12_23
 BV BND  x_12_24
 BV BND  x_12_25
 BV BND  x_12_26
 BV BND  x_12_27
 BV BND  x_12_28
 BV BND  x_12_29
 BV BND  x_12_30
 BV BND  x_12_31
 BV BND  x_12_32
 LO BND  x_13_0  0
 UP BND  x_13_0  2
 LO BND  x_13_1  0
 UP BND  x_13_1  2
 LO BND  x_13_2  0
 UP BND  x_13_2  2
 LO BND  x_13_3  0
 UP BND  x_13_3  2
 LO BND  x_13_4  0
 UP BND  x_13_4  2
 LO BND  x_13_5  0
 UP BND  x_13_5  2
 LO BND  x_13_6  0
 UP BND  x_13_6  2
 LO BND  x_13_7  0
 UP BND  x_13_7  2
 LO BND  x_13_8  0
 UP BND  x_13_8  2
 LO BND  x_13_9  0
 UP BND  x_13_9  2
 LO BND  x_13_10  0
 UP BND  x_13_10  2
 LO BND  x_13_11  0
 UP BND  x_13_11  2
 LO BND  x_13_12  0
 UP BND  x_13_12  2
 LO BND  x_13_13  0
 UP BND  x_13_13  2
 LO BND  x_13_14  0
 UP BND  x_13_14  2
 LO BND  x_13_15  0
 UP BND  x_13_15  2
 LO BND  x_13_16  0
 UP BND  x_13_16  2
 LO BND  x_13_17  0
 UP BND  x_13_17  2
 LO BND  x_13_18  0
 UP BND  x_13_18  2
 LO BND  x_13_19  0
 UP BND  x_13_19  2
 LO BND  x_13_20  0
 UP BND  x_13_20  2
 LO BND  x_13_21  0
 UP BND  x_13_21  2
 LO BND  x_13_22  0
 UP BND  x_13_22  2
 LO BND  x_13_23  0
 UP BND  x_13_23  2
 LO BND  x_13_24  0
 UP BND  x_13_24  2
 LO BND  x_13_25  0
 UP BND  x_13_25  2
 LO BND  x_13_26  0
 UP BND  x_13_26  2
 LO BND  x_13_27  0
 UP BND  x_13_27  2
 LO BND  x_13_28  0
 UP BND  x_13_28  2
 LO BND  x_13_29  0
 UP BND  x_13_29  2
 LO BND  x_13_30  0
 UP BND  x_13_30  2
 LO BND  x_13_31  0
 UP BND  x_13_31  2
 LO BND  x_13_32  0
 UP BND  x_13_32  2
 LO BND  x_14_0  0
 UP BND  x_14_0  3
 LO BND  x_14_1  0
 UP BND  x_14_1  3
 LO BND  x_14_2  0
 UP BND  x_14_2  3
 LO BND  x_14_3  0
 UP BND  x_14_3  3
 LO BND  x_14_4  0
 UP BND  x_14_4  3
 LO BND  x_14_5  0
 UP BND  x_14_5  3
 LO BND  x_14_6  0
 UP BND  x_14_6  3
 LO BND  x_14_7  0
 UP BND  x_14_7  3
 LO BND  x_14_8  0
 UP BND  x_14_8  3
 LO BND  x_14_9  0
 UP BND  x_14_9  3
 LO BND  x_14_10  0
 UP BND  x_14_10  3
 LO BND  x_14_11  0
 UP BND  x_14_11  3
 LO BND  x_14_12  0
 UP BND  x_14_12  3
 LO BND  x_14_13  0
 UP BND  x_14_13  3
 LO BND  x_14_14  0
 UP BND  x_14_14  3
 LO BND  x_14_15  0
 UP BND  x_14_15  3
 LO BND  x_14_16  0
 UP BND  x_14_16  3
 LO BND  x_14_17  0
 UP BND  x_14_17  3
 LO BND  x_14_18  0
 UP BND  x_14_18  3
 LO BND  x_14_19  0
 UP BND  x_14_19  3
 LO BND  x_14_20  0
 UP BND  x_14_20  3
 LO BND  x_14_21  0
 UP BND  x_14_21  3
 LO BND  x_14_22  0
 UP BND  x_14_22  3
 LO BND  x_14_23  0
 UP BND  x_14_23  3
 LO BND  x_14_24  0
 UP BND  x_14_24  3
 LO BND  x_14_25  0
 UP BND  x_14_25  3
 LO BND  x_14_26  0
 UP BND  x_14_26  3
 LO BND  x_14_27  0
 UP BND  x_14_27  3
 LO BND  x_14_28  0
 UP BND  x_14_28  3
 LO BND  x_14_29  0
 UP BND  x_14_29  3
 LO BND  x_14_30  0
 UP BND  x_14_30  3
 LO BND  x_14_31  0
 UP BND  x_14_31  3
 LO BND  x_14_32  0
 UP BND  x_14_32  3
 LO BND  x_15_0  0
 UP BND  x_15_0  3
 LO BND  x_15_1  0
 UP BND  x_15_1  3
 LO BND  x_15_2  0
 UP BND  x_15_2  3
 LO BND  x_15_3  0
 UP BND  x_15_3  3
 LO BND  x_15_4  0
 UP BND  x_15_4  3
 LO BND  x_15_5  0
 UP BND  x_15_5  3
 LO BND  x_15_6  0
 UP BND  x_15_6  3
 LO BND  x_15_7  0
 UP BND  x_15_7  3
 LO BND  x_15_8  0
 UP BND  x_15_8  3
 LO BND  x_15_9  0
 UP BND  x_15_9  3
 LO BND  x_15_10  0
 UP BND  x_15_10  3
 LO BND  x_15_11  0
 UP BND  x_15_11  3
 LO BND  x_15_12  0
 UP BND  x_15_12  3
 LO BND  x_15_13  0
 UP BND  x_15_13  3
 LO BND  x_15_14  0
 UP BND  x_15_14  3
 LO BND  x_15_15  0
 UP BND  x_15_15  3
 LO BND  x_15_16  0
 UP BND  x_15_16  3
 LO BND  x_15_17  0
 UP BND  x_15_17  3
 LO BND  x_15_18  0
 UP BND  x_15_18  3
 LO BND  x_15_19  0
 UP BND  x_15_19  3
 LO BND  x_15_20  0
 UP BND  x_15_20  3
 LO BND  x_15_21  0
 UP BND  x_15_21  3
 LO BND  x_15_22  0
 UP BND  x_15_22  3
 LO BND  x_15_23  0
 UP BND  x_15_23  3
 LO BND  x_15_24  0
 UP BND  x_15_24  3
 LO BND  x_15_25  0
 UP BND  x_15_25  3
 LO BND  x_15_26  0
 UP BND  x_15_26  3
 LO BND  x_15_27  0
 UP BND  x_15_27  3
 LO BND  x_15_28  0
 UP BND  x_15_28  3
 LO BND  x_15_29  0
 UP BND  x_15_29  3
 LO BND  x_15_30  0
 UP BND  x_15_30  3
 LO BND  x_15_31  0
 UP BND  x_15_31  3
 LO BND  x_15_32  0
 UP BND  x_15_32  3
 LO BND  x_16_0  0
 UP BND  x_16_0  8
 LO BND  x_16_1  0
 UP BND  x_16_1  8
 LO BND  x_16_2  0
 UP BND  x_16_2  8
 LO BND  x_16_3  0
 UP BND  x_16_3  8
 LO BND  x_16_4  0
 UP BND  x_16_4  8
 LO BND  x_16_5  0
 UP BND  x_16_5  8
 LO BND  x_16_6  0
 UP BND  x_16_6  8
 LO BND  x_16_7  0
 UP BND  x_16_7  8
 LO BND  x_16_8  0
 UP BND  x_16_8  8
 LO BND  x_16_9  0
 UP BND  x_16_9  8
 LO BND  x_16_10  0
 UP BND  x_16_10  8
 LO BND  x_16_11  0
 UP BND  x_16_11  8
 LO BND  x_16_12  0
 UP BND  x_16_12  8
 LO BND  x_16_13  0
 UP BND  x_16_13  8
 LO BND  x_16_14  0
 UP BND  x_16_14  8
 LO BND  x_16_15  0
 UP BND  x_16_15  8
 LO BND  x_16_16  0
 UP BND  x_16_16  8
 LO BND  x_16_17  0
 UP BND  x_16_17  8
 LO BND  x_16_18  0
 UP BND  x_16_18  8
 LO BND  x_16_19  0
 UP BND  x_16_19  8
 LO BND  x_16_20  0
 UP BND  x_16_20  8
 LO BND  x_16_21  0
 UP BND  x_16_21  8
 LO BND  x_16_22  0
 UP BND  x_16_22  8
 LO BND  x_16_23  0
 UP BND  x_16_23  8
 LO BND  x_16_24  0
 UP BND  x_16_24  8
 LO BND  x_16_25  0
 UP BND  x_16_25  8
 LO BND  x_16_26  0
 UP BND  x_16_26  8
 LO BND  x_16_27  0
 UP BND  x_16_27  8
 LO BND  x_16_28  0
 UP BND  x_16_28  8
 LO BND  x_16_29  0
 UP BND  x_16_29  8
 LO BND  x_16_30  0
 UP BND  x_16_30  8
 LO BND  x_16_31  0
 UP BND  x_16_31  8
 LO BND  x_16_32  0
 UP BND  x_16_32  8
 LO BND  x_17_0  0
 UP BND  x_17_0  2
 LO BND  x_17_1  0
 UP BND  x_17_1  2
 LO BND  x_17_2  0
 UP BND  x_17_2  2
 LO BND  x_17_3  0
 UP BND  x_17_3  2
 LO BND  x_17_4  0
 UP BND  x_17_4  2
 LO BND  x_17_5  0
 UP BND  x_17_5  2
 LO BND  x_17_6  0
 UP BND  x_17_6  2
 LO BND  x_17_7  0
 UP BND  x_17_7  2
 LO BND  x_17_8  0
 UP BND  x_17_8  2
 LO BND  x_17_9  0
 UP BND  x_17_9  2
 LO BND  x_17_10  0
 UP BND  x_17_10  2
 LO BND  x_17_11  0
 UP BND  x_17_11  2
 LO BND  x_17_12  0
 UP BND  x_17_12  2
 LO BND  x_17_13  0
 UP BND  x_17_13  2
 LO BND  x_17_14  0
 UP BND  x_17_14  2
 LO BND  x_17_15  0
 UP BND  x_17_15  2
 LO BND  x_17_16  0
 UP BND  x_17_16  2
 LO BND  x_17_17  0
 UP BND  x_17_17  2
 LO BND  x_17_18  0
 UP BND  x_17_18  2
 LO BND  x_17_19  0
 UP BND  x_17_19  2
 LO BND  x_17_20  0
 UP BND  x_17_20  2
 LO BND  x_17_21  0
 UP BND  x_17_21  2
 LO BND  x_17_22  0
 UP BND  x_17_22  2
 LO BND  x_17_23  0
 UP BND  x_17_23  2
 LO BND  x_17_24  0
 UP BND  x_17_24  2
 LO BND  x_17_25  0
 UP BND  x_17_25  2
 LO BND  x_17_26  0
 UP BND  x_17_26  2
 LO BND  x_17_27  0
 UP BND  x_17_27  2
 LO BND  x_17_28  0
 UP BND  x_17_28  2
 LO BND  x_17_29  0
 UP BND  x_17_29  2
 LO BND  x_17_30  0
 UP BND  x_17_30  2
 LO BND  x_17_31  0
 UP BND  x_17_31  2
 LO BND  x_17_32  0
 UP BND  x_17_32  2
 LO BND  x_18_0  0
 UP BND  x_18_0  2
 LO BND  x_18_1  0
 UP BND  x_18_1  2
 LO BND  x_18_2  0
 UP BND  x_18_2  2
 LO BND  x_18_3  0
 UP BND  x_18_3  2
 LO BND  x_18_4  0
 UP BND  x_18_4  2
 LO BND  x_18_5  0
 UP BND  x_18_5  2
 LO BND  x_18_6  0
 UP BND  x_18_6  2
 LO BND  x_18_7  0
 UP BND  x_18_7  2
 LO BND  x_18_8  0
 UP BND  x_18_8  2
 LO BND  x_18_9  0
 UP BND  x_18_9  2
 LO BND  x_18_10  0
 UP BND  x_18_10  2
 LO BND  x_18_11  0
 UP BND  x_18_11  2
 LO BND  x_18_12  0
 UP BND  x_18_12  2
 LO BND  x_18_13  0
 UP BND  x_18_13  2
 LO BND  x_18_14  0
 UP BND  x_18_14  2
 LO BND  x_18_15  0
 UP BND  x_18_15  2
 LO BND  x_18_16  0
 UP BND  x_18_16  2
 LO BND  x_18_17  0
 UP BND  x_18_17  2
 LO BND  x_18_18  0
 UP BND  x_18_18  2
 LO BND  x_18_19  0
 UP BND  x_18_19  2
 LO BND  x_18_20  0
 UP BND  x_18_20  2
 LO BND  x_18_21  0
 UP BND  x_18_21  2
 LO BND  x_18_22  0
 UP BND  x_18_22  2
 LO BND  x_18_23  0
 UP BND  x_18_23  2
 LO BND  x_18_24  0
 UP BND  x_18_24  2
 LO BND  x_18_25  0
 UP BND  x_18_25  2
 LO BND  x_18_26  0
 UP BND  x_18_26  2
 LO BND  x_18_27  0
 UP BND  x_18_27  2
 LO BND  x_18_28  0
 UP BND  x_18_28  2
 LO BND  x_18_29  0
 UP BND  x_18_29  2
 LO BND  x_18_30  0
 UP BND  x_18_30  2
 LO BND  x_18_31  0
 UP BND  x_18_31  2
 LO BND  x_18_32  0
 UP BND  x_18_32  2
 LO BND  x_19_0  0
 UP BND  x_19_0  2
 LO BND  x_19_1  0
 UP BND  x_19_1  2
 LO BND  x_19_2  0
 UP BND  x_19_2  2
 LO BND  x_19_3  0
 UP BND  x_19_3  2
 LO BND  x_19_4  0
 UP BND  x_19_4  2
 LO BND  x_19_5  0
 UP BND  x_19_5  2
 LO BND  x_19_6  0
 UP BND  x_19_6  2
 LO BND  x_19_7  0
 UP BND  x_19_7  2
 LO BND  x_19_8  0
 UP BND  x_19_8  2
 LO BND  x_19_9  0
 UP BND  x_19_9  2
 LO BND  x_19_10  0
 UP BND  x_19_10  2
 LO BND  x_19_11  0
 UP BND  x_19_11  2
 LO BND  x_19_12  0
 UP BND  x_19_12  2
 LO BND  x_19_13  0
 UP BND  x_19_13  2
 LO BND  x_19_14  0
 UP BND  x_19_14  2
 LO BND  x_19_15  0
 UP BND  x_19_15  2
 LO BND  x_19_16  0
 UP BND  x_19_16  2
 LO BND  x_19_17  0
 UP BND  x_19_17  2
 LO BND  x_19_18  0
 UP BND  x_19_18  2
 LO BND  x_19_19  0
 UP BND  x_19_19  2
 LO BND  x_19_20  0
 UP BND  x_19_20  2
 LO BND  x_19_21  0
 UP BND  x_19_21  2
 LO BND  x_19_22  0
 UP BND  x_19_22  2
 LO BND  x_19_23  0
 UP BND  x_19_23  2
 LO BND  x_19_24  0
 UP BND  x_19_24  2
 LO BND  x_19_25  0
 UP BND  x_19_25  2
 LO BND  x_19_26  0
 UP BND  x_19_26  2
 LO BND  x_19_27  0
 UP BND  x_19_27  2
 LO BND  x_19_28  0
 UP BND  x_19_28  2
 LO BND  x_19_29  0
 UP BND  x_19_29  2
 LO BND  x_19_30  0
 UP BND  x_19_30  2
 LO BND  x_19_31  0
 UP BND  x_19_31  2
 LO BND  x_19_32  0
 UP BND  x_19_32  2
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
 BV BND  y_25
 BV BND  y_26
 BV BND  y_27
 BV BND  y_28
 BV BND  y_29
 BV BND  y_30
 BV BND  y_31
 BV BND  y_32
ENDATA
