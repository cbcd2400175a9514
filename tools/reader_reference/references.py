"""HiGHS, SCIP and numnom (its Python wheel) reading one MPS or LP file.

Usage: python references.py FILE [ROUNDS]. Each round times a batch of
reads (about 0.2 s) per reader; the best and the median batch are printed.
These readers open the file themselves, so their times include reading it
(from the page cache after the first round) and, for numnom, building its
Python objects. A reader that cannot read the format is skipped.
"""

import sys
import time


def per_call(read, repeats):
    start = time.perf_counter()
    for _ in range(repeats):
        read()
    return (time.perf_counter() - start) / repeats


def readers(path):
    import highspy
    import numnom
    import pyscipopt

    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)

    def highs_read():
        if highs.readModel(path) != highspy.HighsStatus.kOk:
            raise RuntimeError("HiGHS could not read " + path)

    def scip_read():
        model = pyscipopt.Model()
        model.hideOutput()
        model.readProblem(path)

    out = [("HiGHS", highs_read), ("SCIP", scip_read)]
    if path.endswith(".mps"):
        out.append(("numnom (py)", lambda: numnom.parse_file(path)))
    return out


def main():
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    for name, read in readers(path):
        once = per_call(read, 1)
        repeats = max(1, min(1000, int(0.2 / once)))
        times = sorted(per_call(read, repeats) for _ in range(rounds))
        print(
            f"{name:<13} best {times[0] * 1e3:9.3f} ms  median "
            f"{times[len(times) // 2] * 1e3:9.3f} ms  ({rounds} rounds of {repeats})"
        )


if __name__ == "__main__":
    main()
