NAME t
ROWS
 N obj
 L c1
 N free2
COLUMNS
 x obj 1 c1 1
 x free2 3
RHS
 rhs c1 4
ENDATA
