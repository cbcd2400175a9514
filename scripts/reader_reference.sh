#!/usr/bin/env bash
# The readers beside other MPS/LP readers on the generated benchmark files,
# side by side on this machine: symbreak and numnom (Rust, one process),
# then HiGHS, SCIP and numnom's Python wheel (pip, in a virtual environment
# under target/). Needs network access to crates.io and PyPI the first time.
#   scripts/reader_reference.sh [medium|large] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:-medium}
rounds=${2:-9}
export CARGO_TARGET_DIR=$PWD/target/reader_reference
cargo build --release --quiet --manifest-path tools/reader_reference/Cargo.toml
bin=$CARGO_TARGET_DIR/release/reader_reference
"$bin" "$input" "$rounds"
mps=target/reader_reference/$input.mps
# The same MPS and LP texts as timed above, for the readers that open files.
[ -f "$mps" ] && [ -f "${mps%.mps}.lp" ] || "$bin" "$input" 1 --write "$mps"
venv=target/reader_reference/venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet highspy pyscipopt numnom
fi
echo "MPS ($mps):"
"$venv/bin/python" tools/reader_reference/references.py "$mps" "$rounds"
echo "LP (${mps%.mps}.lp):"
"$venv/bin/python" tools/reader_reference/references.py "${mps%.mps}.lp" "$rounds"
