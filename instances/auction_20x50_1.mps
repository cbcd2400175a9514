NAME auction_20x50_1
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
 L  bidder_0
 L  bidder_1
 L  bidder_2
 L  bidder_3
 L  bidder_4
 L  bidder_5
 L  bidder_6
COLUMNS
    MARKER  'MARKER'  'INTORG'
    x_0  obj  117  item_8  1
    x_1  obj  349  item_5  1
    x_1  item_6  1  item_16  1
    x_1  item_18  1  bidder_0  1
    x_2  obj  387  item_5  1
    x_2  item_13  1  item_16  1
    x_2  item_18  1  bidder_0  1
    x_3  obj  333  item_0  1
    x_3  item_8  1  item_13  1
    x_3  item_16  1  bidder_0  1
    x_4  obj  290  item_5  1
    x_4  item_8  1  item_14  1
    x_4  item_19  1  bidder_0  1
    x_5  obj  147  item_1  1
    x_5  item_8  1
    x_6  obj  248  item_2  1
    x_6  item_3  1  item_16  1
    x_6  item_19  1  bidder_1  1
    x_7  obj  228  item_7  1
    x_7  item_11  1  item_13  1
    x_7  item_16  1  bidder_1  1
    x_8  obj  179  item_2  1
    x_8  item_3  1  item_6  1
    x_8  item_7  1  bidder_1  1
    x_9  obj  134  item_1  1
    x_9  item_3  1  item_8  1
    x_9  item_19  1  bidder_1  1
    x_10  obj  120  item_4  1
    x_10  item_6  1  item_13  1
    x_10  item_19  1  bidder_1  1
    x_11  obj  205  item_5  1
    x_11  item_7  1  item_12  1
    x_11  item_18  1  item_19  1
    x_11  bidder_2  1
    x_12  obj  282  item_2  1
    x_12  item_4  1  item_11  1
    x_12  item_12  1  item_18  1
    x_12  bidder_2  1
    x_13  obj  253  item_0  1
    x_13  item_7  1  item_15  1
    x_13  item_18  1  item_19  1
    x_13  bidder_2  1
    x_14  obj  249  item_4  1
    x_14  item_5  1  item_10  1
    x_14  item_14  1  item_19  1
    x_14  bidder_2  1
    x_15  obj  206  item_0  1
    x_15  item_4  1  item_6  1
    x_15  item_12  1  item_19  1
    x_15  bidder_2  1
    x_16  obj  64  item_10  1
    x_16  item_14  1
    x_17  obj  26  item_13  1
    x_17  item_14  1
    x_18  obj  57  item_15  1
    x_19  obj  89  item_9  1
    x_20  obj  130  item_0  1
    x_20  item_1  1  item_4  1
    x_20  item_18  1
    x_21  obj  144  item_3  1
    x_21  item_4  1  item_10  1
    x_21  item_15  1
    x_22  obj  161  item_5  1
    x_22  item_14  1  item_19  1
    x_22  bidder_3  1
    x_23  obj  192  item_3  1
    x_23  item_16  1  item_19  1
    x_23  bidder_3  1
    x_24  obj  122  item_3  1
    x_24  item_5  1  item_19  1
    x_24  bidder_3  1
    x_25  obj  41  item_1  1
    x_25  item_14  1  item_15  1
    x_25  bidder_3  1
    x_26  obj  86  item_5  1
    x_27  obj  70  item_14  1
    x_28  obj  15  item_12  1
    x_28  item_13  1
    x_29  obj  69  item_10  1
    x_30  obj  34  item_15  1
    x_31  obj  46  item_7  1
    x_31  item_12  1
    x_32  obj  66  item_7  1
    x_32  item_15  1
    x_33  obj  289  item_13  1
    x_33  item_14  1  item_16  1
    x_33  item_18  1  bidder_4  1
    x_34  obj  335  item_13  1
    x_34  item_16  1  item_17  1
    x_34  item_18  1  bidder_4  1
    x_35  obj  245  item_10  1
    x_35  item_13  1  item_16  1
    x_35  item_19  1  bidder_4  1
    x_36  obj  203  item_1  1
    x_36  item_14  1  item_16  1
    x_36  item_18  1  bidder_4  1
    x_37  obj  128  item_7  1
    x_37  item_10  1
    x_38  obj  94  item_0  1
    x_38  item_7  1
    x_39  obj  152  item_5  1
    x_39  item_10  1  bidder_5  1
    x_40  obj  139  item_9  1
    x_40  item_10  1  bidder_5  1
    x_41  obj  96  item_1  1
    x_41  item_5  1  bidder_5  1
    x_42  obj  275  item_5  1
    x_42  item_7  1  item_14  1
    x_42  item_18  1  bidder_6  1
    x_43  obj  313  item_5  1
    x_43  item_7  1  item_8  1
    x_43  item_14  1  bidder_6  1
    x_44  obj  234  item_4  1
    x_44  item_6  1  item_16  1
    x_44  item_18  1  bidder_6  1
    x_45  obj  205  item_4  1
    x_45  item_5  1  item_7  1
    x_45  item_10  1  bidder_6  1
    x_46  obj  196  item_0  1
    x_46  item_5  1  item_12  1
    x_46  item_13  1  bidder_6  1
    x_47  obj  55  item_15  1
    x_48  obj  277  item_4  1
    x_48  item_5  1  item_8  1
    x_48  item_9  1
    x_49  obj  259  item_1  1
    x_49  item_8  1  item_11  1
    x_49  item_16  1
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
    RHS  bidder_0  1
    RHS  bidder_1  1
    RHS  bidder_2  1
    RHS  bidder_3  1
    RHS  bidder_4  1
    RHS  bidder_5  1
    RHS  bidder_6  1
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
ENDATA
