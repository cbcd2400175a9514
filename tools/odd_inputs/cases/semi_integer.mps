NAME          si
ROWS
 N  obj
 G  c1
COLUMNS
    M1        'MARKER'                 'INTORG'
    x         obj       1.0          c1        1.0
    M2        'MARKER'                 'INTEND'
    y         obj       3.0          c1        1.0
RHS
    rhs       c1        2.5
BOUNDS
 SC bnd       x         4.0
 LO bnd       x         2.0
ENDATA
