"""Solves the LP relaxation of each given file with HiGHS's dual simplex
(1 thread, no presolve unless --presolve) and prints iterations, time and
iterations per second: the reference column of docs/bnb.md's
"LP speed at scale".

    python3 scripts/highs_lp_relaxation.py [--presolve] FILE...
"""
import sys
import time

import highspy


def main():
    args = sys.argv[1:]
    presolve = "--presolve" in args
    files = [a for a in args if a != "--presolve"]
    for f in files:
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        h.setOptionValue("solver", "simplex")
        h.setOptionValue("presolve", "on" if presolve else "off")
        h.readModel(f)
        lp = h.getLp()
        n = lp.num_col_
        h.changeColsIntegrality(n, list(range(n)), [highspy.HighsVarType.kContinuous] * n)
        t = time.perf_counter()
        h.run()
        secs = time.perf_counter() - t
        info = h.getInfo()
        it = info.simplex_iteration_count
        print(f"{f}: {h.modelStatusToString(h.getModelStatus())} objective "
              f"{info.objective_function_value:.6f} in {it} iterations, {secs:.3f} s, "
              f"{it / max(secs, 1e-9):.0f} iterations/s")


main()
