* a comment in column 1
NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 1
* another
RHS
 rhs c1 4
ENDATA
