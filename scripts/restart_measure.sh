#!/bin/bash
# Root restarts measured (docs/bnb.md, "Restarts"): plain `solve FILE
# --time-limit 60 --json` with and without `--disable restarts` on the
# MIPLIB instances that solve within 60 s and on fresh multiple knapsacks
# (30x5 seeds 12001-12003, 60x10 seeds 12101-12102), one solve at a time.
# One line per run: file, mode, status, objective, bound, time, nodes,
# verified, restarts (fixed/free integer columns each).
#
#   scripts/restart_measure.sh [BINARY] [OUTFILE]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-target/release/symbreak}
OUT=${2:-target/restart_measure/results.txt}
DIR=$(dirname "$OUT")
mkdir -p "$DIR/mkp30" "$DIR/mkp60"
M=../shared/instances/miplib
M3=../shared/instances/miplib3
"$BIN" generate mkp --items 30 --knapsacks 5 --seed 12001 --count 3 --out "$DIR/mkp30" >/dev/null
"$BIN" generate mkp --items 60 --knapsacks 10 --seed 12101 --count 2 --out "$DIR/mkp60" >/dev/null
FILES=""
for f in egout enigma flugpl lseu misc03 stein27 vpm2; do FILES="$FILES $M/$f.mps"; done
for f in air03 dsbmip gen l152lav misc06 mod010 p0033 p0201 p2756 rentacar vpm1; do
  FILES="$FILES $M3/$f.mps.gz"
done
FILES="$FILES $(ls "$DIR"/mkp30/*.mps "$DIR"/mkp60/*.mps)"
: >"$OUT"
for f in $FILES; do
  for mode in on off; do
    extra=()
    if [ "$mode" = off ]; then extra=(--disable restarts); fi
    r=$("$BIN" solve "$f" --time-limit 60 --json "${extra[@]}" 2>/dev/null | python3 -c "
import json, sys
d = json.load(sys.stdin)
s = d['stats']
rs = ';'.join(f\"{r['fixed_columns']}/{r['integer_columns']}\" for r in s['restarts'])
print(d['status'], d['objective'], d['bound'], round(d['time_s'], 3), s['nodes'], d['verified'], rs or '-')")
    echo "$(basename "$f") $mode $r" | tee -a "$OUT"
  done
done
