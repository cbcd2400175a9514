#!/usr/bin/env bash
# What SCIP, HiGHS and symbreak make of the odd inputs in
# tools/odd_inputs/cases/ (the table "Odd inputs" in docs/readers.md).
# Installs highspy and pyscipopt in a virtual environment under target/
# the first time (needs PyPI).
#   scripts/odd_inputs.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/peers.sh
. scripts/lib/peers.sh
peers_setup odd_inputs
if [ $# -eq 0 ]; then
  set -- tools/odd_inputs/cases/*
fi
"$venv/bin/python" tools/odd_inputs/peers.py "$bin" "$@"
