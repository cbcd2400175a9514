NAME          sc_inf
ROWS
 N  obj
 G  c1
COLUMNS

    x         obj       1.0          c1        1.0

    y         obj       3.0          c1        1.0
RHS
    rhs       c1        1.5
BOUNDS
 SC bnd       x         Inf
 LO bnd       x         2.0
ENDATA
