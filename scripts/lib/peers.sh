# Shared by the scripts that run SCIP and HiGHS beside symbreak (source it):
# peers_setup NAME makes a virtual environment with highspy and pyscipopt
# under target/NAME/venv the first time (needs PyPI) and a dev build of
# symbreak; it sets $venv and $bin.
peers_setup() {
  venv=target/$1/venv
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet highspy pyscipopt
  fi
  cargo build --quiet --bin symbreak
  bin=${CARGO_TARGET_DIR:-target}/debug/symbreak
}
