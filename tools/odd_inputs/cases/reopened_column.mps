NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 1
 y c1 1
 x obj 2
RHS
 rhs c1 4
ENDATA
