#!/usr/bin/env bash
# symbreak's learned path beside SCIP, HiGHS and CP-SAT on the same instance
# files, one solve at a time, and one table. Fresh seeds (9101 and up, never
# used elsewhere in the repo); SCIP (PySCIPOpt), HiGHS (highspy) and CP-SAT
# (ortools) from PyPI in a virtual environment under target/ (network needed
# the first time; VENV=DIR uses another one that has them).
#   scripts/solve_reference.sh [TIME_LIMIT] [OUTDIR]      (60, target/solve_reference/run)
#   SETS="bpp40 coloring40" COUNT=1 scripts/solve_reference.sh 5    (a quick run)
# SETS picks groups from: bpp40 bpp60 bpp80 bpp120 coloring40 coloring60
# pcmax40 pcmax80 mkp30x5 mkp60x10 mkp100x20 gap30x6 gap60x10 cutstock10
# cutstock20 gpp20x4 gpp30x5 (default: all); COUNT instances per group
# (default 3); SEED_BASE the first seed (default 9101; every comparison should
# use fresh ones: session 7 used 9301). SOLVERS (default
# symbreak,plain,scip,highs,cpsat; plain = symbreak without --learned) runs a
# subset; PEERS_FROM=results.json takes the
# peers' rows from an earlier run on the same files (same SEED_BASE and
# OUTDIR) instead.
# Threads: SCIP, HiGHS and plain symbreak run single-threaded, CP-SAT with 2
# workers; symbreak's learned path uses 2 threads (the branch-and-cut on
# one, the learned proposals beside it on the other), so it is not a
# single-thread comparison. The summary ends with --learned against plain.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=${1:-60}
out=${2:-target/solve_reference/run}
# Group -> generate arguments; group k (in this fixed list) uses seeds
# SEED_BASE + 10k, SEED_BASE + 1 + 10k, ... so picking a subset never
# changes an instance. New groups go at the END, so old groups keep their seeds.
all=(bpp40 bpp60 bpp80 bpp120 coloring40 coloring60 pcmax40 pcmax80
  mkp30x5 mkp60x10 mkp100x20 gap30x6 gap60x10 cutstock10 cutstock20 gpp20x4 gpp30x5)
sets=${SETS:-${all[*]}}
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

venv=${VENV:-target/solve_reference/venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt ortools
elif ! "$venv/bin/python" -c "import ortools" 2>/dev/null; then
  "$venv/bin/pip" install --quiet ortools  # a venv from before CP-SAT joined
fi

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
    mkp30x5) echo "mkp --items 30 --knapsacks 5" ;;
    mkp60x10) echo "mkp --items 60 --knapsacks 10" ;;
    mkp100x20) echo "mkp --items 100 --knapsacks 20" ;;
    gap30x6) echo "gap --jobs 30 --agent-types 2 --agents-per-type 3" ;;
    gap60x10) echo "gap --jobs 60 --agent-types 2 --agents-per-type 5" ;;
    cutstock10) echo "cutstock --items 10" ;;
    cutstock20) echo "cutstock --items 20" ;;
    gpp20x4) echo "gpp --vertices 20 --parts 4" ;;
    gpp30x5) echo "gpp --vertices 30 --parts 5" ;;
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
echo "time limit ${limit} s, ${#files[@]} instances, $(nproc) cores; SCIP and HiGHS 1 thread, CP-SAT 2 workers, symbreak 2 threads"
echo
meta=$(printf '{"symbreak_commit": "%s", "sets": "%s", "count": %s, "seed_base": %s, "cores": %s}' \
  "$commit" "$sets" "$count" "$seed_base" "$(nproc)")
extra=()
[ -n "${PEERS_FROM:-}" ] && extra+=(--peers-from "$PEERS_FROM")
"$venv/bin/python" -u tools/solve_reference/solve.py run --solvers "${SOLVERS:-symbreak,plain,scip,highs,cpsat}" \
  --symbreak "$bin" --time-limit "$limit" --out "$out" --meta "$meta" "${extra[@]}" "${files[@]}"
