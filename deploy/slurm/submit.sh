#!/bin/bash
# Submits a symbreak array job and its dependent merge job in one go.
#
#   deploy/slurm/submit.sh compare|label SHARDS OUT TASK_ARGS... [-- MERGE_ARGS...]
#
#   deploy/slurm/submit.sh compare 8 results/ bench/ --time-limit 60
#   deploy/slurm/submit.sh label 8 labels/ train/ --label-time-limit 60 -- --out model.json --epochs 30
#
# TASK_ARGS go to every array task (`symbreak compare|label ... --out OUT`),
# MERGE_ARGS to the merge job (for label: train flags; the job then trains
# on the merged labels). SBATCH_ARGS adds sbatch options to both
# submissions (e.g. SBATCH_ARGS="--partition=short --time=02:00:00").
# Prints the two job ids: ARRAY_JOB MERGE_JOB.
set -euo pipefail
usage="usage: $0 compare|label SHARDS OUT TASK_ARGS... [-- MERGE_ARGS...]"
kind=${1:?$usage}
shards=${2:?$usage}
out=${3:?$usage}
shift 3
case "$kind" in compare | label) ;; *) echo "$usage" >&2; exit 2 ;; esac
case "$shards" in '' | *[!0-9]* | 0) echo "SHARDS must be a positive number: $usage" >&2; exit 2 ;; esac
task_args=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do task_args+=("$1"); shift; done
[ $# -gt 0 ] && shift
merge_args=("$@")
here=$(cd "$(dirname "$0")" && pwd)
read -r -a extra <<<"${SBATCH_ARGS:-}"
mkdir -p "$out"
array=$(sbatch --parsable "${extra[@]}" --array="1-$shards" "$here/$kind.sbatch" "$out" "${task_args[@]}")
array=${array%%;*}
merge=$(sbatch --parsable "${extra[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  "$here/$kind.sbatch" "$out" "${merge_args[@]}")
merge=${merge%%;*}
echo "$array $merge"
