NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 1 $ comment
 y obj 1 $c1 5
RHS
 rhs c1 4 $ trailing
BOUNDS
 UP bnd x 3 $ bound comment
ENDATA
