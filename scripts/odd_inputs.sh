#!/usr/bin/env bash
# What SCIP, HiGHS and symbreak make of the odd inputs in
# tools/odd_inputs/cases/ (the table "Odd inputs" in docs/readers.md).
# Installs highspy and pyscipopt in a virtual environment under target/
# the first time (needs PyPI).
#   scripts/odd_inputs.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/odd_inputs/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt
fi
cargo build --quiet --bin symbreak
bin=${CARGO_TARGET_DIR:-target}/debug/symbreak
if [ $# -eq 0 ]; then
  set -- tools/odd_inputs/cases/*
fi
"$venv/bin/python" tools/odd_inputs/peers.py "$bin" "$@"
