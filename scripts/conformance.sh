#!/usr/bin/env bash
# Conformance of symbreak's MPS/LP readers and writers with SCIP and HiGHS
# (the section "Conformance with SCIP and HiGHS" in docs/readers.md): every
# committed instance (instances/), every shared instance
# (../shared/instances/miplib, where present) and, unless --quick, 280
# generated ones (7 families x 2 sizes x 10 seeds from 5000 x MPS and LP,
# in target/conformance/generated). Installs highspy and pyscipopt in
# target/conformance/venv the first time (needs PyPI); the written files of
# failed cases are kept in target/conformance/failed.
#   scripts/conformance.sh [--quick] [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
if [ "${1:-}" = "--quick" ]; then
  quick=1
  shift
fi
# shellcheck source=scripts/lib/peers.sh
. scripts/lib/peers.sh
peers_setup conformance
if [ $# -eq 0 ]; then
  set -- instances/*.mps
  for f in instances/*.lp ../shared/instances/miplib/*.mps ../shared/instances/miplib/*.mps.gz \
    ../shared/instances/miplib/*.lp; do
    [ -f "$f" ] && set -- "$@" "$f"
  done
  if [ "$quick" = 0 ]; then
    gen=target/conformance/generated
    if [ ! -f "$gen/done" ]; then
      rm -rf "$gen"
      seed=5000
      while read -r family small large; do
        for size in "$small" "$large"; do
          for format in mps lp; do
            # shellcheck disable=SC2086 # a size is options split at commas
            "$bin" generate "$family" ${size//,/ } --count 10 --seed "$seed" \
              --format "$format" --out "$gen/$format" >/dev/null
            seed=$((seed + 10))
          done
        done
      done <<'EOF'
bpp --items=6 --items=12
coloring --vertices=8,--colors=3 --vertices=15,--colors=5,--edge-probability=0.4
pcmax --jobs=6,--machines=2 --jobs=12,--machines=4,--min-time=10,--max-time=20
setcover --rows=10,--cols=20,--density=0.2 --rows=30,--cols=60,--density=0.1
auction --items=8,--bids=15 --items=15,--bids=40
facility --customers=4,--facilities=3 --customers=8,--facilities=5,--continuous-assignment=false
indset --nodes=12 --nodes=25,--graph-type=erdos-renyi
EOF
      touch "$gen/done"
    fi
    set -- "$@" "$gen"/mps/*.mps "$gen"/lp/*.lp
  fi
fi
rm -rf target/conformance/failed
"$venv/bin/python" tools/conformance/conformance.py --symbreak "$bin" \
  --keep target/conformance/failed "$@"
