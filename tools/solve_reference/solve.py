"""symbreak beside SCIP (PySCIPOpt), HiGHS (highspy) and CP-SAT (ortools) on
the same files.

Usage:
  python solve.py run --symbreak BIN --time-limit T --out OUTDIR FILE...
      Solve every FILE with the solvers, one after another (never two
      at once), print one table per instance and the summary, and write
      OUTDIR/results.json (rewritten after every instance, so an interrupted
      run keeps what it measured).
  python solve.py summary OUTDIR/results.json
      Print the tables and the summary again from a results file.
  python solve.py one scip|highs|cpsat FILE T
      One reference solve in this process; prints one JSON row (used by
      `run`, which starts a fresh process per solve for isolation and a
      hard timeout).

What is timed, per solver (all wall clock, seconds):
  symbreak  time_s of `symbreak solve FILE --learned --time-limit T --json`:
            the solve itself, without reading the file or loading the model
            (its `wall_s` row field has the whole process).
  plain     the same without --learned (the branch-and-cut alone).
  SCIP      Model.optimize() only; reading the file is in `read_s`.
  HiGHS     Highs.run() only; reading the file is in `read_s`.
  CP-SAT    CpSolver.Solve() only; reading the file (ortools' model_builder
            MPS reader) and building the CP-SAT model are in `read_s`.
Time to best is the time from the start of the solve to the moment the
reported solution was found: symbreak's time_to_best_s; for SCIP an event
handler on BESTSOLFOUND; for HiGHS the improving-solution callback
(cbMipImprovingSolution); for CP-SAT a solution callback. Time to proof is
the solve time when the status is optimal, and missing otherwise.

Threads: SCIP with parallel/maxnthreads = 1 and lp/threads = 1, HiGHS with
threads = 1. CP-SAT with num_workers = 2 (as many threads as symbreak uses;
CP-SAT is built as a portfolio of parallel workers, and one worker is not
how it is meant to run). symbreak's learned path is NOT single-threaded:
its branch-and-cut runs on one thread and the learned proposals (LP,
inference, repair, local search) on a second one beside it. Plain symbreak
is single-threaded.

Termination: every solver stops at a relative gap of 1e-6 (symbreak's
default; SCIP's default is 0, HiGHS's 1e-4 and CP-SAT's 0, all set to 1e-6
here).

Objective sense: read from the file's OBJSENSE section (the multiple
knapsack family maximises); the consistency checks use it.
"""

import json
import math
import os
import subprocess
import sys
import time

GAP = 1e-6
FAMILY_ORDER = ("bpp", "coloring", "pcmax", "mkp", "gap", "cutstock", "gpp")
CPSAT_WORKERS = 2
SOLVER_NAMES = {"scip": "SCIP", "highs": "HiGHS", "cpsat": "CP-SAT"}
THREADS = {
    "symbreak": "2: the branch-and-cut on one, the learned proposals (LP, "
    "inference, repair, local search) beside it on the other",
    "plain": "1: the branch-and-cut alone",
}
# --learned against plain: slower only beyond this margin (issue 24).
MARGIN_FACTOR, MARGIN_S = 1.1, 0.2


# --------------------------------------------------------------------------
# One solve per process
# --------------------------------------------------------------------------


def solve_scip(path, limit):
    import pyscipopt
    from pyscipopt import SCIP_EVENTTYPE

    class BestSol(pyscipopt.Eventhdlr):
        def __init__(self):
            super().__init__()
            self.t0 = None
            self.found = []  # (wall seconds since optimize(), objective)

        def eventinit(self):
            self.model.catchEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

        def eventexit(self):
            self.model.dropEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

        def eventexec(self, event):
            sol = self.model.getBestSol()
            self.found.append((time.perf_counter() - self.t0, self.model.getSolObjVal(sol)))

    model = pyscipopt.Model()
    model.hideOutput()
    t = time.perf_counter()
    model.readProblem(path)
    read_s = time.perf_counter() - t
    params = model.getParams()
    model.setParam("limits/time", float(limit))
    model.setParam("limits/gap", GAP)
    if "parallel/maxnthreads" in params:
        model.setParam("parallel/maxnthreads", 1)
    if "lp/threads" in params:
        model.setParam("lp/threads", 1)
    handler = BestSol()
    model.includeEventhdlr(handler, "bestsol", "records when each best solution is found")
    handler.t0 = time.perf_counter()
    model.optimize()
    time_s = time.perf_counter() - handler.t0
    scip_status = model.getStatus()
    nsols = model.getNSols()
    objective = model.getObjVal() if nsols > 0 else None
    bound = model.getDualbound()
    if scip_status == "optimal":
        status = "optimal"
    elif scip_status == "infeasible":
        status = "infeasible"
    elif scip_status == "unbounded":
        status = "unbounded"
    elif nsols > 0:
        status = "feasible"
    else:
        status = "no_solution"
    time_to_best = None
    if objective is not None:
        # The first event whose objective is the reported one.
        for at, obj in handler.found:
            if abs(obj - objective) <= 1e-6 * max(1.0, abs(objective)):
                time_to_best = at
                break
        if time_to_best is None:  # found before the handler was active
            time_to_best = model.getSolTime(model.getBestSol())
    return {
        "status": status,
        "solver_status": scip_status,
        "objective": objective,
        "bound": bound if math.isfinite(bound) else None,
        "time_s": time_s,
        "time_to_best_s": time_to_best,
        "read_s": read_s,
        "solver_time_s": model.getSolvingTime(),
        "nodes": model.getNTotalNodes(),
        "improvements": len(handler.found),
        "threads": 1,
    }


def solve_highs(path, limit):
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("mip_rel_gap", GAP)
    t = time.perf_counter()
    if h.readModel(path) != highspy.HighsStatus.kOk:
        raise RuntimeError("HiGHS could not read " + path)
    read_s = time.perf_counter() - t
    found = []  # (wall seconds since run(), objective)
    t0 = [0.0]
    callback_ok = True
    try:
        h.cbMipImprovingSolution.subscribe(
            lambda e: found.append((time.perf_counter() - t0[0], e.data_out.objective_function_value))
        )
    except Exception:  # an older highspy without callbacks
        callback_ok = False
    t0[0] = time.perf_counter()
    h.run()
    time_s = time.perf_counter() - t0[0]
    ms = h.getModelStatus()
    info = h.getInfo()
    has_sol = info.primal_solution_status == 2  # kSolutionStatusFeasible
    objective = info.objective_function_value if has_sol else None
    bound = info.mip_dual_bound
    name = h.modelStatusToString(ms)
    if ms == highspy.HighsModelStatus.kOptimal:
        status = "optimal"
    elif ms == highspy.HighsModelStatus.kInfeasible:
        status = "infeasible"
    elif ms == highspy.HighsModelStatus.kUnbounded:
        status = "unbounded"
    elif has_sol:
        status = "feasible"
    else:
        status = "no_solution"
    time_to_best = None
    if objective is not None and callback_ok:
        for at, obj in found:
            if abs(obj - objective) <= 1e-6 * max(1.0, abs(objective)):
                time_to_best = at
                break
    return {
        "status": status,
        "solver_status": name,
        "objective": objective,
        "bound": bound if math.isfinite(bound) else None,
        "time_s": time_s,
        "time_to_best_s": time_to_best,
        "read_s": read_s,
        "solver_time_s": h.getRunTime(),
        "nodes": info.mip_node_count,
        "improvements": len(found) if callback_ok else None,
        "threads": 1,
    }


def _cpsat_model(path):
    """The file as a CP-SAT model: (cp_model, variables, sense) or None when
    the model is not pure integer with finite bounds and integer row
    coefficients (then CP-SAT is called through model_builder instead)."""
    from ortools.linear_solver.python import model_builder as mb
    from ortools.sat.python import cp_model

    source = mb.Model()
    if not source.import_from_mps_file(path):
        raise RuntimeError("ortools could not read " + path)
    h = source.helper
    cp = cp_model.CpModel()
    xs = []
    for j in range(h.num_variables()):
        lo, up = h.var_lower_bound(j), h.var_upper_bound(j)
        if not h.var_is_integral(j) or not (math.isfinite(lo) and math.isfinite(up)):
            return source, None
        xs.append(cp.new_int_var(math.ceil(lo - 1e-9), math.floor(up + 1e-9), h.var_name(j)))
    for c in range(h.num_constraints()):
        coefs = h.constraint_coefficients(c)
        if any(a != int(a) for a in coefs):
            return source, None
        idx = h.constraint_var_indices(c)
        expr = cp_model.LinearExpr.weighted_sum([xs[j] for j in idx], [int(a) for a in coefs])
        lo, up = h.constraint_lower_bound(c), h.constraint_upper_bound(c)
        lo = math.ceil(lo - 1e-9) if math.isfinite(lo) else cp_model.INT_MIN
        up = math.floor(up + 1e-9) if math.isfinite(up) else cp_model.INT_MAX
        cp.add_linear_constraint(expr, lo, up)
    obj = [(h.var_objective_coefficient(j), xs[j]) for j in range(len(xs))]
    obj = [(a, x) for a, x in obj if a != 0]
    expr = cp_model.LinearExpr.weighted_sum([x for _, x in obj], [a for a, _ in obj])
    expr = expr + h.objective_offset()
    if h.maximize():
        cp.maximize(expr)
    else:
        cp.minimize(expr)
    return source, cp


def solve_cpsat(path, limit):
    from ortools.sat.python import cp_model

    t = time.perf_counter()
    source, cp = _cpsat_model(path)
    read_s = time.perf_counter() - t
    if cp is None:
        return solve_cpsat_model_builder(source, limit, read_s)

    class Improvements(cp_model.CpSolverSolutionCallback):
        def __init__(self):
            super().__init__()
            self.t0 = None
            self.found = []  # (wall seconds since Solve(), objective)

        def on_solution_callback(self):
            self.found.append((time.perf_counter() - self.t0, self.objective_value))

    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(limit)
    solver.parameters.num_workers = CPSAT_WORKERS
    solver.parameters.relative_gap_limit = GAP
    solver.parameters.log_search_progress = False
    cb = Improvements()
    cb.t0 = time.perf_counter()
    code = solver.solve(cp, cb)
    time_s = time.perf_counter() - cb.t0
    has_sol = code in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    objective = solver.objective_value if has_sol else None
    bound = solver.best_objective_bound if has_sol or code == cp_model.UNKNOWN else None
    status = {
        cp_model.OPTIMAL: "optimal",
        cp_model.FEASIBLE: "feasible",
        cp_model.INFEASIBLE: "infeasible",
        cp_model.MODEL_INVALID: "error",
    }.get(code, "no_solution")
    time_to_best = None
    if objective is not None:
        for at, obj in cb.found:
            if abs(obj - objective) <= 1e-6 * max(1.0, abs(objective)):
                time_to_best = at
                break
    return {
        "status": status,
        "solver_status": solver.status_name(code),
        "objective": objective,
        "bound": bound if bound is not None and math.isfinite(bound) else None,
        "time_s": time_s,
        "time_to_best_s": time_to_best,
        "read_s": read_s,
        "solver_time_s": solver.wall_time,
        "nodes": solver.num_branches,
        "improvements": len(cb.found),
        "threads": CPSAT_WORKERS,
        "interface": "cp_model",
        **({"error": "CP-SAT rejects the model: " + cp.validate()} if status == "error" else {}),
    }


def solve_cpsat_model_builder(model, limit, read_s):
    """CP-SAT through model_builder (it scales non-integer data itself); no
    callback there, so no time to best."""
    from ortools.linear_solver.python import model_builder as mb

    solver = mb.Solver("sat")
    if not solver.solver_is_supported():
        raise RuntimeError("this ortools has no CP-SAT in model_builder")
    solver.set_time_limit_in_seconds(float(limit))
    solver.set_solver_specific_parameters(
        "num_workers:%d,relative_gap_limit:%g" % (CPSAT_WORKERS, GAP)
    )
    t0 = time.perf_counter()
    code = solver.solve(model)
    time_s = time.perf_counter() - t0
    S = mb.SolveStatus
    has_sol = code in (S.OPTIMAL, S.FEASIBLE)
    objective = solver.objective_value if has_sol else None
    bound = solver.best_objective_bound if has_sol else None
    status = {S.OPTIMAL: "optimal", S.FEASIBLE: "feasible", S.INFEASIBLE: "infeasible",
              S.UNBOUNDED: "unbounded", S.MODEL_INVALID: "error"}.get(code, "no_solution")
    extra = {}
    if status == "error":
        # CP-SAT takes integer variables only: continuous ones make the model invalid
        extra["error"] = "CP-SAT rejects the model (%s): continuous variables?" % code
    return {
        **extra,
        "status": status,
        "solver_status": str(code),
        "objective": objective,
        "bound": bound if bound is not None and math.isfinite(bound) else None,
        "time_s": time_s,
        "time_to_best_s": None,
        "read_s": read_s,
        "solver_time_s": solver.wall_time,
        "nodes": None,
        "improvements": None,
        "threads": CPSAT_WORKERS,
        "interface": "model_builder",
    }


def versions():
    out = {}
    try:
        import pyscipopt

        out["pyscipopt"] = pyscipopt.__version__
        m = pyscipopt.Model()
        out["scip"] = "%d.%d.%d" % (m.getMajorVersion(), m.getMinorVersion(), m.getTechVersion())
    except Exception as e:  # noqa: BLE001
        out["pyscipopt"] = "unavailable: %s" % e
    try:
        import importlib.metadata

        out["highspy"] = importlib.metadata.version("highspy")
    except Exception as e:  # noqa: BLE001
        out["highspy"] = "unavailable: %s" % e
    try:
        import ortools

        out["ortools"] = ortools.__version__
    except Exception as e:  # noqa: BLE001
        out["ortools"] = "unavailable: %s" % e
    return out


# --------------------------------------------------------------------------
# The run: every file, three solvers each, one at a time
# --------------------------------------------------------------------------


def family_of(path):
    parts = os.path.normpath(path).split(os.sep)
    # OUTDIR/instances/<group>/<file>; the group starts with the family.
    group = parts[-2] if len(parts) >= 2 else ""
    for fam in FAMILY_ORDER:
        if group.startswith(fam):
            return fam, group
    return group or "other", group


def failed(solver, error, time_s=None):
    return {
        "solver": solver,
        "status": "error",
        "objective": None,
        "bound": None,
        "time_s": time_s,
        "time_to_best_s": None,
        "error": error[-2000:],
    }


def run_symbreak(binary, path, limit, learned=True):
    """`symbreak solve` with --learned (row "symbreak") or plain (row
    "plain")."""
    solver = "symbreak" if learned else "plain"
    cmd = [binary, "solve", path] + (["--learned"] if learned else []) + [
        "--time-limit", str(limit), "--json"]
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=3 * limit + 60)
    except subprocess.TimeoutExpired:
        return failed(solver, "killed after %.0f s" % (3 * limit + 60), 3 * limit + 60)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        return failed(solver, "exit %d: %s" % (p.returncode, p.stderr), wall)
    try:
        j = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        return failed(solver, "bad JSON (%s): %s" % (e, p.stdout[-500:]), wall)
    return {
        "solver": solver,
        "status": j["status"],
        "objective": j.get("objective"),
        "bound": j.get("bound"),
        "time_s": j["time_s"],
        "time_to_best_s": j.get("time_to_best_s"),
        "time_to_first_s": j.get("time_to_first_solution_s"),
        "found_by": j.get("found_by"),
        "verified": j.get("verified"),
        "backend": j.get("backend"),
        "wall_s": wall,
        "threads": THREADS[solver],
        "incumbents": j.get("incumbents"),
        "stages": [(s.get("name"), s.get("time_s"), s.get("status")) for s in j.get("stages", [])],
        "message": j.get("message"),
    }


def run_reference(solver, path, limit):
    cmd = [sys.executable, os.path.abspath(__file__), "one", solver, path, str(limit)]
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=3 * limit + 60)
    except subprocess.TimeoutExpired:
        return failed(solver, "killed after %.0f s" % (3 * limit + 60), 3 * limit + 60)
    wall = time.perf_counter() - t
    if p.returncode != 0:
        return failed(solver, "exit %d: %s" % (p.returncode, p.stderr), wall)
    try:
        row = json.loads(p.stdout.strip().splitlines()[-1])
    except (json.JSONDecodeError, IndexError) as e:
        return failed(solver, "bad output (%s): %s" % (e, p.stdout[-500:]), wall)
    row["solver"] = SOLVER_NAMES[solver]
    row["wall_s"] = wall
    return row


def proof_time(row):
    return row["time_s"] if row.get("status") == "optimal" else None


def fmt(x, digits=3):
    if x is None:
        return "-"
    if isinstance(x, float):
        if x == int(x) and abs(x) < 1e12:
            return str(int(x))
        return ("%." + str(digits) + "g") % x
    return str(x)


def secs(x):
    return "-" if x is None else "%.2f" % x


def sense_of(path):
    """'max' when the MPS file's OBJSENSE section says MAX(IMIZE), else 'min'."""
    try:
        opener = open
        if path.endswith(".gz"):
            import gzip

            opener = gzip.open
        with opener(path, "rt") as f:
            head = [next(f, "") for _ in range(8)]
    except OSError:
        return "min"
    words = " ".join(head).split()
    if "OBJSENSE" in words:
        k = words.index("OBJSENSE")
        if k + 1 < len(words) and words[k + 1].upper().startswith("MAX"):
            return "max"
    return "min"


def checks(rows, sense="min"):
    """Disagreements that would mean a wrong answer somewhere."""
    out = []
    tol = 1e-6
    sign = 1.0 if sense == "min" else -1.0
    good = [r for r in rows if r.get("status") in ("optimal", "feasible")]
    for a in good:
        for b in rows:
            if a is b or b.get("bound") is None or a.get("objective") is None:
                continue
            # Nobody's solution beats a valid bound.
            if sign * a["objective"] < sign * b["bound"] - tol * max(1.0, abs(b["bound"])):
                out.append(
                    "%s objective %s is %s %s bound %s"
                    % (
                        a["solver"],
                        fmt(a["objective"]),
                        "below" if sense == "min" else "above",
                        b["solver"],
                        fmt(b["bound"]),
                    )
                )
    opt = [r for r in rows if r.get("status") == "optimal"]
    for a in opt:
        for b in opt:
            if a["solver"] < b["solver"] and abs(a["objective"] - b["objective"]) > tol * max(
                1.0, abs(a["objective"])
            ):
                out.append(
                    "%s and %s both optimal with %s vs %s"
                    % (a["solver"], b["solver"], fmt(a["objective"]), fmt(b["objective"]))
                )
    return out


def print_instance(inst):
    print(
        "%s  [%s, %s]  limit %s s"
        % (inst["file"], inst["group"], inst.get("sense", "min"), fmt(float(inst["time_limit"])))
    )
    print(
        "  %-9s %-12s %12s %12s %9s %9s %9s"
        % ("solver", "status", "objective", "bound", "best_s", "proof_s", "time_s")
    )
    for r in inst["rows"]:
        print(
            "  %-9s %-12s %12s %12s %9s %9s %9s"
            % (
                r["solver"],
                r.get("status"),
                fmt(r.get("objective"), 8),
                fmt(r.get("bound"), 8),
                secs(r.get("time_to_best_s")),
                secs(proof_time(r)),
                secs(r.get("time_s")),
            )
        )
        if r.get("status") == "error":
            print("    error: %s" % r["error"].strip().splitlines()[-1][:200])
    for c in checks(inst["rows"], inst.get("sense", "min")):
        print("  WARNING: " + c)
    print()


def sgm(values, shift=1.0):
    if not values:
        return None
    return math.exp(sum(math.log(v + shift) for v in values) / len(values)) - shift


def best_objective(inst):
    """The best objective any solver reports on an instance (by its sense)."""
    objs = [r["objective"] for r in inst["rows"] if r.get("objective") is not None
            and r.get("status") in ("optimal", "feasible")]
    if not objs:
        return None
    return max(objs) if inst.get("sense", "min") == "max" else min(objs)


def has_best(row, best):
    obj = row.get("objective") if row else None
    if obj is None or best is None or row.get("status") not in ("optimal", "feasible"):
        return False
    return abs(obj - best) <= 1e-6 * max(1.0, abs(best))


def median(values):
    if not values:
        return None
    v = sorted(values)
    k = len(v) // 2
    return v[k] if len(v) % 2 else 0.5 * (v[k - 1] + v[k])


def summary(results):
    limit = float(results["time_limit"])
    solvers = ["symbreak", "plain", "SCIP", "HiGHS", "CP-SAT"]
    groups = {}
    for inst in results["instances"]:
        groups.setdefault(inst["family"], []).append(inst)
    order = [f for f in FAMILY_ORDER if f in groups] + sorted(set(groups) - set(FAMILY_ORDER))
    buckets = [(f, groups[f]) for f in order] + [("overall", results["instances"])]
    print("Summary: proven = optimal within the limit; sgm = shifted geometric mean")
    print("(shift 1 s) of the time to proof, the limit (%s s) when not proven;" % fmt(limit))
    print("ratio = symbreak sgm / SCIP sgm (below 1: symbreak faster); '-' = not run.")
    print(
        "  %-10s %3s  %-15s %-15s %-15s %-15s %-15s %s"
        % ("family", "n", "symbreak", "plain", "SCIP", "HiGHS", "CP-SAT", "symbreak/SCIP")
    )
    table = []
    for name, insts in buckets:
        cells, sg = [], {}
        for s in solvers:
            times, proven, ran = [], 0, 0
            for inst in insts:
                row = next((r for r in inst["rows"] if r["solver"] == s), None)
                ran += row is not None
                p = proof_time(row) if row else None
                if p is not None:
                    proven += 1
                times.append(p if p is not None else limit)
            if ran == 0:
                sg[s] = None
                cells.append("-")
                continue
            sg[s] = sgm(times)
            cells.append("%5s %7.2fs" % ("%d/%d" % (proven, len(insts)), sg[s]))
        ratio = sg["symbreak"] / sg["SCIP"] if sg["symbreak"] is not None and sg["SCIP"] else None
        print(
            "  %-10s %3d  %-15s %-15s %-15s %-15s %-15s %s"
            % (
                name,
                len(insts),
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[4],
                "-" if ratio is None else "%.2f" % ratio,
            )
        )
        table.append({"family": name, "n": len(insts), "cells": cells, "ratio": ratio})
    print()
    print("Best objective: instances where the solver's final objective is the best")
    print("of all solvers run, and the median time to that best (its time to best")
    print("on the instances where it has the best; '-' = not run or never best).")
    print(
        "  %-10s %3s  %-15s %-15s %-15s %-15s %-15s"
        % ("family", "n", "symbreak", "plain", "SCIP", "HiGHS", "CP-SAT")
    )
    best_table = []
    for name, insts in buckets:
        cells = []
        for s in solvers:
            rows = [(inst, next((r for r in inst["rows"] if r["solver"] == s), None)) for inst in insts]
            if all(r is None for _, r in rows):
                cells.append("-")
                continue
            wins = [r for inst, r in rows if has_best(r, best_objective(inst))]
            med = median([r["time_to_best_s"] for r in wins if r.get("time_to_best_s") is not None])
            cells.append("%5s %7s" % ("%d/%d" % (len(wins), len(insts)), "-" if med is None else "%.2fs" % med))
        print(
            "  %-10s %3d  %-15s %-15s %-15s %-15s %-15s"
            % (name, len(insts), cells[0], cells[1], cells[2], cells[3], cells[4])
        )
        best_table.append({"family": name, "n": len(insts), "cells": cells})
    return {"proofs": table, "best": best_table, "learned_vs_plain": learned_vs_plain(results)}


def time_to_reach(row, target, sense):
    """When the row's incumbents first reach `target` (None: never)."""
    for t, z in row.get("incumbents") or []:
        if (z >= target - 1e-6 * max(1.0, abs(target))) if sense == "max" else (
                z <= target + 1e-6 * max(1.0, abs(target))):
            return t
    return None


def slower(learned, plain):
    """Whether `learned` (None: never) is slower than `plain` beyond the
    margin; never slower when plain never got there either."""
    if plain is None:
        return False
    return learned is None or learned > MARGIN_FACTOR * plain + MARGIN_S


def learned_vs_plain(results):
    """Per instance: the time each of --learned and plain takes to the
    better of their two final objectives and to proof, and whether
    --learned is slower beyond the margin (1.1 x plain + 0.2 s)."""
    rows = []
    for inst in results["instances"]:
        by = {r["solver"]: r for r in inst["rows"]}
        lr, pl = by.get("symbreak"), by.get("plain")
        if lr is None or pl is None:
            continue
        sense = inst.get("sense", "min")
        objs = [r["objective"] for r in (lr, pl) if r.get("objective") is not None]
        target = (max(objs) if sense == "max" else min(objs)) if objs else None
        reach = [time_to_reach(r, target, sense) if target is not None else None for r in (lr, pl)]
        proof = [proof_time(r) for r in (lr, pl)]
        rows.append({
            "file": inst["file"],
            "best": target,
            "learned_best_s": reach[0],
            "plain_best_s": reach[1],
            "learned_proof_s": proof[0],
            "plain_proof_s": proof[1],
            "slower_to_best": slower(reach[0], reach[1]),
            "slower_to_proof": slower(proof[0], proof[1]),
        })
    if not rows:
        return rows
    print()
    print("--learned against plain solve: time to the better of their two final")
    print("objectives and to proof; SLOWER = beyond %.1f x plain + %.1f s." % (MARGIN_FACTOR, MARGIN_S))
    print("  %-34s %12s %10s %10s %10s %10s  %s" % (
        "instance", "best", "lrn best", "pln best", "lrn proof", "pln proof", "verdict"))
    for r in rows:
        verdict = ", ".join(k for k, bad in (("SLOWER to best", r["slower_to_best"]),
                                             ("SLOWER to proof", r["slower_to_proof"])) if bad)
        print("  %-34s %12s %10s %10s %10s %10s  %s" % (
            os.path.basename(r["file"])[:34], fmt(r["best"], 8), secs(r["learned_best_s"]),
            secs(r["plain_best_s"]), secs(r["learned_proof_s"]), secs(r["plain_proof_s"]),
            verdict or "ok"))
    bad = sum(r["slower_to_best"] or r["slower_to_proof"] for r in rows)
    print("  %d of %d instances slower beyond the margin" % (bad, len(rows)))
    return rows


def cmd_run(argv):
    import argparse

    ap = argparse.ArgumentParser(prog="solve.py run")
    ap.add_argument("--symbreak", required=True)
    ap.add_argument("--time-limit", type=float, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--meta", default="{}", help="JSON object stored in results.json")
    ap.add_argument(
        "--solvers",
        default="symbreak,plain,scip,highs,cpsat",
        help="comma-separated subset of symbreak (--learned), plain "
        "(symbreak solve without --learned), scip, highs, cpsat to run",
    )
    ap.add_argument(
        "--peers-from",
        help="results.json of an earlier run on the same files: its SCIP, "
        "HiGHS and CP-SAT rows are taken instead of running them again (the earlier "
        "run's meta is kept under meta.peers)",
    )
    ap.add_argument("files", nargs="+")
    a = ap.parse_args(argv)
    solvers = a.solvers.split(",")
    peers = {}
    peers_meta = None
    if a.peers_from:
        with open(a.peers_from) as f:
            earlier = json.load(f)
        peers_meta = {"file": a.peers_from, "started": earlier.get("started"), "meta": earlier.get("meta")}
        for inst in earlier["instances"]:
            for row in inst["rows"]:
                if row["solver"] in SOLVER_NAMES.values():
                    peers[(inst["file"], row["solver"])] = row
    limit = a.time_limit
    if limit == int(limit):
        limit = int(limit)
    os.makedirs(a.out, exist_ok=True)
    results = {
        "time_limit": limit,
        "gap": GAP,
        "started": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "meta": dict(json.loads(a.meta), peers=peers_meta, solvers=solvers),
        "versions": versions(),
        "threads": {
            "symbreak": THREADS["symbreak"],
            "plain": THREADS["plain"],
            "SCIP": "1 (parallel/maxnthreads = 1, lp/threads = 1)",
            "HiGHS": "1 (threads = 1)",
            "CP-SAT": "%d (num_workers = %d)" % (CPSAT_WORKERS, CPSAT_WORKERS),
        },
        "instances": [],
    }
    out_path = os.path.join(a.out, "results.json")
    for path in a.files:
        family, group = family_of(path)
        inst = {
            "file": path,
            "family": family,
            "group": group,
            "sense": sense_of(path),
            "time_limit": limit,
            "rows": [],
        }
        if "symbreak" in solvers:
            inst["rows"].append(run_symbreak(a.symbreak, path, limit))
        if "plain" in solvers:
            inst["rows"].append(run_symbreak(a.symbreak, path, limit, learned=False))
        for solver, name in SOLVER_NAMES.items():
            if (path, name) in peers:
                inst["rows"].append(peers[(path, name)])
            elif solver in solvers:
                inst["rows"].append(run_reference(solver, path, limit))
        results["instances"].append(inst)
        results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %z")
        with open(out_path, "w") as f:
            json.dump(results, f, indent=1)
        print_instance(inst)
        sys.stdout.flush()
    results["summary"] = summary(results)
    with open(out_path, "w") as f:
        json.dump(results, f, indent=1)
    print("\nrows written to %s" % out_path)


def cmd_summary(argv):
    with open(argv[0]) as f:
        results = json.load(f)
    for inst in results["instances"]:
        print_instance(inst)
    summary(results)


def cmd_one(argv):
    solver, path, limit = argv[0], argv[1], float(argv[2])
    row = {"scip": solve_scip, "highs": solve_highs, "cpsat": solve_cpsat}[solver](path, limit)
    print(json.dumps(row))


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "summary", "one", "versions"):
        sys.exit(__doc__)
    cmd, argv = sys.argv[1], sys.argv[2:]
    if cmd == "run":
        cmd_run(argv)
    elif cmd == "summary":
        cmd_summary(argv)
    elif cmd == "versions":
        print(json.dumps(versions()))
    else:
        cmd_one(argv)


if __name__ == "__main__":
    main()
