"""Reads each odd input with SCIP (PySCIPOpt), HiGHS (highspy) and symbreak
and prints, per file, what each made of it: an error, or the columns
(name:kind[lower,upper]) and matrix entries (row.column=value) it read,
with HiGHS' and symbreak's warnings. Run by scripts/odd_inputs.sh.

    python peers.py SYMBREAK_BINARY FILE...
"""

import json
import os
import subprocess
import sys
import tempfile

import highspy
import pyscipopt


def fmt(x):
    return "inf" if x >= 1e20 else "-inf" if x <= -1e20 else f"{x:g}"


def scip(path):
    m = pyscipopt.Model()
    m.hideOutput()
    try:
        m.readProblem(path)
    except Exception as e:  # SCIP reports read errors as exceptions
        return f"error ({e})"
    cols = [
        f"{v.name}:{v.vtype()[0]}[{fmt(v.getLbOriginal())},{fmt(v.getUbOriginal())}]"
        for v in m.getVars()
    ]
    entries = []
    for c in m.getConss():
        if c.getConshdlrName() != "linear":
            entries.append(f"{c.name}:{c.getConshdlrName()}")
            continue
        for v, a in m.getValsLinear(c).items():
            entries.append(f"{c.name}.{v}={a:g}")
    return f"ok: {' '.join(cols)} | {' '.join(sorted(entries))}"


def highs(path):
    h = highspy.Highs()
    with tempfile.NamedTemporaryFile("r", suffix=".log") as log:
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("log_file", log.name)
        status = h.readModel(path)
        messages = [
            line.strip()
            for line in open(log.name)
            if line.startswith(("WARNING", "ERROR"))
        ]
    said = f" [{'; '.join(messages)}]" if messages else ""
    if status == highspy.HighsStatus.kError:
        return f"error{said}"
    lp = h.getLp()
    if len(lp.col_names_) != lp.num_col_:
        return f"{status.name}: {lp.num_col_} columns, names lost{said}"
    kinds = list(lp.integrality_)
    cols = []
    for j, name in enumerate(lp.col_names_):
        k = kinds[j] if kinds else highspy.HighsVarType.kContinuous
        kind = {
            highspy.HighsVarType.kInteger: "I",
            highspy.HighsVarType.kSemiContinuous: "SC",
            highspy.HighsVarType.kSemiInteger: "SI",
        }.get(k, "C")
        cols.append(f"{name}:{kind}[{fmt(lp.col_lower_[j])},{fmt(lp.col_upper_[j])}]")
    a = lp.a_matrix_
    entries = [
        f"{lp.row_names_[a.index_[k]]}.{lp.col_names_[j]}={a.value_[k]:g}"
        for j in range(lp.num_col_)
        for k in range(a.start_[j], a.start_[j + 1])
    ]
    return f"{status.name}: {' '.join(cols)} | {' '.join(sorted(entries))}{said}"


def symbreak(binary, path):
    out = subprocess.run(
        [binary, "info", "--json", path], capture_output=True, text=True
    )
    if out.returncode != 0:
        return out.stderr.strip()
    j = json.loads(out.stdout)
    said = "; ".join(f"line {w['line']}: {w['message']}" for w in j["warnings"])
    semi = j.get("semi_continuous_cols", 0), j.get("semi_integer_cols", 0)
    return (
        f"ok: {j['cols']} cols ({j['integer_cols']} integer), {j['nonzeros']} nonzeros"
        + (f", {semi[0]} semi-continuous, {semi[1]} semi-integer" if any(semi) else "")
        + (f" [warning {said}]" if said else "")
    )


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    for path in files:
        print(os.path.basename(path))
        print("  SCIP:    ", scip(path))
        print("  HiGHS:   ", highs(path))
        print("  symbreak:", symbreak(binary, path))


if __name__ == "__main__":
    main()
