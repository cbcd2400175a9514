NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj -1 c1 1
 y obj -1 c1 1
RHS
 rhs c1 4
BOUNDS
 BV bnd x 1.0
 UP bnd y 3
ENDATA
