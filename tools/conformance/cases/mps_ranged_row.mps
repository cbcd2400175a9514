* A ranged row (small_mip). `symbreak convert mps_ranged_row.mps out.lp`
* writes it as "c1: 3 <= + x <= 5", which neither SCIP ("no constant
* values allowed for constraints") nor HiGHS ("unexpected variable on the
* right-hand side") reads. Both write a ranged row in LP as two rows.
NAME ranged
ROWS
 N  obj
 L  c1
COLUMNS
    x  obj  1  c1  1
RHS
    RHS  c1  5
RANGES
    RNG  c1  2
ENDATA
