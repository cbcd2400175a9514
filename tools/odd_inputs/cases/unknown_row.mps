NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 zz 1
RHS
 rhs c1 4
ENDATA
