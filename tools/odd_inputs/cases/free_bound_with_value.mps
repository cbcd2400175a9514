NAME t
ROWS
 N obj
 G c1
COLUMNS
 x obj 1 c1 1
 y obj 1 c1 1
RHS
 rhs c1 -4
BOUNDS
 MI bnd x 5
 UP bnd x 2
 FR bnd y 0
 LO bnd y -1
ENDATA
