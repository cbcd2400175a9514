NAME t
ROWS
 N obj
 G c1
COLUMNS
 x obj 1 c1 1
RHS
 rhs c1 0
BOUNDS
 LI bnd x 2.5
 UI bnd x 7.5
ENDATA
