#!/usr/bin/env bash
# symbreak's learned path beside SCIP and HiGHS on the same instance files,
# one solve at a time, and one table. Fresh seeds (9101 and up, never used
# elsewhere in the repo); SCIP (PySCIPOpt) and HiGHS (highspy) from PyPI in
# a virtual environment under target/ (network needed the first time).
#   scripts/solve_reference.sh [TIME_LIMIT] [OUTDIR]      (60, target/solve_reference/run)
#   SETS="bpp40 coloring40" COUNT=1 scripts/solve_reference.sh 5    (a quick run)
# SETS picks groups from: bpp40 bpp60 bpp80 bpp120 coloring40 coloring60
# pcmax40 pcmax80 (default: all eight); COUNT instances per group (default 3);
# SEED_BASE the first seed (default 9101; every comparison should use fresh
# ones: session 7 used 9301). SOLVERS (default symbreak,scip,highs) runs a
# subset; PEERS_FROM=results.json takes SCIP's and HiGHS' rows from an
# earlier run on the same files (same SEED_BASE and OUTDIR) instead.
# Threads: SCIP and HiGHS run single-threaded; symbreak's learned path uses
# 2 threads (a local search beside the completion; neural diving on rayon's
# pool, one thread per core), so it is not a single-thread comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
out=${2:-target/solve_reference/run}
sets=${SETS:-bpp40 bpp60 bpp80 bpp120 coloring40 coloring60 pcmax40 pcmax80}
count=${COUNT:-3}
seed_base=${SEED_BASE:-9101}

# symbreak, release build; copied so a later build of another branch in a
# shared CARGO_TARGET_DIR cannot swap the binary under a long run.
target=${CARGO_TARGET_DIR:-$PWD/target}
nice cargo build --release --quiet
mkdir -p "$out"
bin=$out/symbreak
cp "$target/release/symbreak" "$bin"
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo "+dirty")

venv=target/solve_reference/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt
fi

# Group -> generate arguments; group k (in this fixed list) uses seeds
# SEED_BASE + 10k, SEED_BASE + 1 + 10k, ... so picking a subset never
# changes an instance.
all=(bpp40 bpp60 bpp80 bpp120 coloring40 coloring60 pcmax40 pcmax80)
gen_args() {
  case $1 in
    bpp40) echo "bpp --items 40" ;;
    bpp60) echo "bpp --items 60" ;;
    bpp80) echo "bpp --items 80" ;;
    bpp120) echo "bpp --items 120" ;;
    coloring40) echo "coloring --vertices 40 --edge-probability 0.3 --colors 10" ;;
    coloring60) echo "coloring --vertices 60 --edge-probability 0.3 --colors 12" ;;
    pcmax40) echo "pcmax --jobs 40 --machines 10" ;;
    pcmax80) echo "pcmax --jobs 80 --machines 16" ;;
    *) echo "unknown set '$1' (known: ${all[*]})" >&2; return 1 ;;
  esac
}
files=()
for set in $sets; do
  args=$(gen_args "$set")
  k=0
  for s in "${all[@]}"; do [ "$s" = "$set" ] && break; k=$((k + 1)); done
  dir=$out/instances/$set
  rm -rf "$dir"
  # shellcheck disable=SC2086  # $args is a list of words
  "$bin" generate $args --count "$count" --seed $((seed_base + 10 * k)) --out "$dir" >/dev/null
  for f in "$dir"/*.mps; do files+=("$f"); done
done

echo "symbreak $commit (learned path, default backend, embedded model), $($venv/bin/python tools/solve_reference/solve.py versions)"
echo "time limit ${limit} s, ${#files[@]} instances, $(nproc) cores; SCIP and HiGHS 1 thread, symbreak 2 threads"
echo
meta=$(printf '{"symbreak_commit": "%s", "sets": "%s", "count": %s, "seed_base": %s, "cores": %s}' \
  "$commit" "$sets" "$count" "$seed_base" "$(nproc)")
extra=()
[ -n "${PEERS_FROM:-}" ] && extra+=(--peers-from "$PEERS_FROM")
"$venv/bin/python" -u tools/solve_reference/solve.py run --solvers "${SOLVERS:-symbreak,scip,highs}" \
  --symbreak "$bin" --time-limit "$limit" --out "$out" --meta "$meta" "${extra[@]}" "${files[@]}"
