#!/usr/bin/env bash
# symbreak's branch-and-cut (plain solve, default backend) beside HiGHS
# (highspy) and SCIP (PySCIPOpt), both single-threaded, on the shared MIPLIB
# instances with known optima (../shared/instances/miplib/ and miplib3/), one
# solve at a time: status, objective, time per solver, the time ratio to
# HiGHS, and a summary (proven counts, feasible points, shifted geometric
# means with shift 1 s, unproven counted at the limit).
#   scripts/miplib_reference.sh [TIME_LIMIT] [OUTDIR]   (60, target/miplib_reference)
#   DIRS="../shared/instances/miplib3" SOLVERS=highs scripts/miplib_reference.sh 30
# The peers come from PyPI in the venv scripts/solve_reference.sh uses
# (target/solve_reference/venv; network needed the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
out=${2:-target/miplib_reference}
dirs=${DIRS:-../shared/instances/miplib ../shared/instances/miplib3}
solvers=${SOLVERS:-highs,scip}
files=()
for d in $dirs; do
  if [ ! -d "$d" ]; then
    echo "SKIPPED: $d is absent" >&2
    continue
  fi
  for f in "$d"/*.mps "$d"/*.mps.gz; do
    [ -e "$f" ] && files+=("$f")
  done
done
if [ ${#files[@]} -eq 0 ]; then
  echo "SKIPPED: no instance folder present" >&2
  exit 0
fi
target=${CARGO_TARGET_DIR:-$PWD/target}
nice cargo build --release --quiet
mkdir -p "$out"
bin=$out/symbreak
cp "$target/release/symbreak" "$bin"
venv=${VENV:-target/solve_reference/venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt
fi
version() { "$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null || echo '?'; }
echo "symbreak $(git rev-parse --short HEAD) (bnb, 1 thread), HiGHS $(version highspy) and PySCIPOpt $(version pyscipopt) (1 thread each), limit ${limit} s"
rows=$out/rows.jsonl
: >"$rows"
row() { python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j.get("objective"), round(j["time_s"], 3))'; }
printf "%-16s %-10s %12s %8s" instance symbreak objective time_s
for s in ${solvers//,/ }; do printf "   %-10s %12s %8s" "$s" objective time_s; done
printf "\n"
for f in "${files[@]}"; do
  name=$(basename "$f"); name=${name%.gz}; name=${name%.mps}
  "$bin" solve "$f" --time-limit "$limit" --json 2>/dev/null >"$out/$name.symbreak.json" ||
    echo '{"status": "error", "time_s": '"$limit"'}' >"$out/$name.symbreak.json"
  read -r st ob ti < <(row <"$out/$name.symbreak.json")
  printf "%-16s %-10s %12.10s %8s" "$name" "$st" "$ob" "$ti"
  for s in ${solvers//,/ }; do
    "$venv/bin/python" tools/solve_reference/solve.py one "$s" "$f" "$limit" 2>/dev/null | tail -1 >"$out/$name.$s.json" ||
      echo '{"status": "error", "time_s": '"$limit"'}' >"$out/$name.$s.json"
    read -r st ob ti < <(row <"$out/$name.$s.json")
    printf "   %-10s %12.10s %8s" "$st" "$ob" "$ti"
  done
  printf "\n"
  python3 -c 'import json,sys; print(json.dumps({"instance": sys.argv[1], **{s: json.load(open(sys.argv[2] + "/" + sys.argv[1] + "." + s + ".json")) for s in sys.argv[3:]}}))' \
    "$name" "$out" symbreak ${solvers//,/ } >>"$rows"
done
python3 - "$rows" "$limit" symbreak ${solvers//,/ } <<'EOF'
import json, math, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
limit = float(sys.argv[2])
solvers = sys.argv[3:]
def sgm(times):
    return math.exp(sum(math.log(t + 1.0) for t in times) / len(times)) - 1.0
print(f"\nSummary over {len(rows)} instances (shifted geometric mean, shift 1 s, unproven at {limit:g} s):")
means = {}
for s in solvers:
    proven = [r for r in rows if r[s]["status"] in ("optimal", "infeasible")]
    feasible = [r for r in rows if r[s].get("objective") is not None]
    times = [r[s]["time_s"] if r[s]["status"] in ("optimal", "infeasible") else limit for r in rows]
    means[s] = sgm(times)
    print(f"  {s:<9} proven {len(proven):>3}/{len(rows)}   with a point {len(feasible):>3}   sgm {means[s]:7.2f} s")
if "highs" in means:
    print(f"  symbreak / HiGHS sgm: {means['symbreak'] / means['highs']:.2f}")
EOF
