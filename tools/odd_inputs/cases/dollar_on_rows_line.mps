NAME t
ROWS
 N obj
 L c1 $ a comment
COLUMNS
 x obj 1 c1 1
 y obj 1
RHS
 rhs c1 4
BOUNDS
 UP bnd x 3
ENDATA
