NAME t
ROWS
 N obj
 L c1
COLUMNS
 x obj 1 c1 1
$ a whole-line comment
RHS
 rhs c1 4
ENDATA
