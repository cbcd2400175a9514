#!/usr/bin/env bash
# symbreak's branch-and-cut (plain solve, default backend) beside HiGHS
# (highspy, 1 thread) on the shared MIPLIB instances with known optima, one
# solve at a time: status, objective, time, and the time ratio to HiGHS.
#   scripts/miplib_reference.sh [TIME_LIMIT] [OUTDIR]   (60, target/miplib_reference)
# HiGHS comes from PyPI in the venv scripts/solve_reference.sh uses
# (target/solve_reference/venv; network needed the first time).
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
out=${2:-target/miplib_reference}
dir=../shared/instances/miplib
if [ ! -d "$dir" ]; then
  echo "SKIPPED: $dir is absent" >&2
  exit 0
fi
target=${CARGO_TARGET_DIR:-$PWD/target}
nice cargo build --release --quiet
mkdir -p "$out"
bin=$out/symbreak
cp "$target/release/symbreak" "$bin"
venv=target/solve_reference/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt
fi
echo "symbreak $(git rev-parse --short HEAD) (bnb, 1 thread), HiGHS $("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("highspy"))' 2>/dev/null || echo '?') (1 thread), limit ${limit} s"
printf "%-16s %-10s %14s %9s   %-10s %14s %9s   %7s\n" instance symbreak objective time_s HiGHS objective time_s ratio
for f in "$dir"/*.mps; do
  name=$(basename "$f" .mps)
  sym=$("$bin" solve "$f" --time-limit "$limit" --json 2>/dev/null | tee "$out/$name.symbreak.json" |
    python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j.get("objective"), round(j["time_s"], 3))')
  hig=$("$venv/bin/python" tools/solve_reference/solve.py one highs "$f" "$limit" | tail -1 | tee "$out/$name.highs.json" |
    python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j.get("objective"), round(j["time_s"], 3))')
  read -r s_status s_obj s_time <<<"$sym"
  read -r h_status h_obj h_time <<<"$hig"
  ratio=$(python3 -c "print('%.2f' % (max($s_time, 0.001) / max($h_time, 0.001)))")
  printf "%-16s %-10s %14s %9s   %-10s %14s %9s   %7s\n" "$name" "$s_status" "$s_obj" "$s_time" "$h_status" "$h_obj" "$h_time" "$ratio"
done
