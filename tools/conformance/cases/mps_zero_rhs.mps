* Every right-hand side is zero (egout). symbreak reads this file as
* SCIP and HiGHS do, but `symbreak convert mps_zero_rhs.mps out.mps`
* writes no RHS section at all, and SCIP refuses such a file
* ("Syntax error" at the line after COLUMNS); HiGHS reads it.
NAME zero_rhs
ROWS
 N  obj
 L  c1
COLUMNS
    x  obj  1  c1  1
RHS
BOUNDS
 UP BND  x  4
ENDATA
