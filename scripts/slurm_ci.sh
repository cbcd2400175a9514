#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, and symbreak's array
# jobs on it: installs slurm-wlm and munge from apt (Debian/Ubuntu, as
# root), starts munged, slurmctld and slurmd on localhost (2 CPUs) with
# their configuration, state and logs in a temporary folder, and
#
# 1. submits deploy/slurm/compare.sbatch as an array of 3 shards over the
#    committed instances/ (2 s per run) and its dependent merge job, checks
#    that the merged JSON holds every instance exactly once with every
#    method and verified results, and sets the merged statuses beside a
#    one-machine run of the same comparison;
# 2. submits deploy/slurm/label.sbatch as an array of 2 shards (2 s per
#    label) and its dependent merge job, which trains on the merged labels
#    (3 epochs); checks the label folder and the model.
#
# Stops the daemons it started (and only those) on exit. Run from anywhere:
#   bash scripts/slurm_ci.sh
# SYMBREAK_BIN names the binary to use; otherwise `cargo build --release`
# builds it (into $CARGO_TARGET_DIR when set).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
start=$(date +%s)
say() { echo "--- slurm [$(($(date +%s) - start))s] $*"; }
die() {
  echo "slurm_ci: $*" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || die "needs root (apt-get, munged, slurmctld, slurmd)"

need=()
command -v slurmctld >/dev/null 2>&1 || need+=(slurm-wlm)
command -v munged >/dev/null 2>&1 || need+=(munge)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
PATH=$PATH:/usr/sbin:/sbin

if [ -n "${SYMBREAK_BIN:-}" ]; then
  bin=$(cd "$(dirname "$SYMBREAK_BIN")" && pwd)/$(basename "$SYMBREAK_BIN")
else
  say "cargo build --release"
  cargo build --release --quiet
  bin="${CARGO_TARGET_DIR:-$repo/target}/release/symbreak"
  case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
fi
[ -x "$bin" ] || die "no symbreak binary at $bin"
export SYMBREAK="$bin"

work=$(mktemp -d /tmp/symbreak-slurm.XXXXXX)
chmod 755 "$work"
mkdir -p "$work"/{etc,state,spool,log,munge}
chmod 700 "$work/munge"
cleanup() {
  local rc=$?
  if [ -f "$work/etc/slurm.conf" ] && [ -f "$work/slurmctld.pid" ]; then
    SLURM_CONF="$work/etc/slurm.conf" timeout 10 scontrol shutdown >/dev/null 2>&1 || true
  fi
  for f in slurmd.pid slurmctld.pid munged.pid; do
    [ -f "$work/$f" ] || continue
    local pid
    pid=$(cat "$work/$f")
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill "$pid" 2>/dev/null || true
  done
  if [ "$rc" -ne 0 ]; then
    echo "slurm_ci: failed (exit $rc); logs:" >&2
    for f in "$work"/log/*; do
      [ -f "$f" ] || continue
      echo "=== $f" >&2
      tail -n 40 "$f" >&2
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

say "munged"
cluster_start=$(date +%s)
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force --key-file="$work/munge/munge.key" --socket="$work/munge/munge.sock" \
  --pid-file="$work/munged.pid" --log-file="$work/log/munged.log" \
  --seed-file="$work/munge/munged.seed"

# Ports away from a system Slurm's 6817/6818.
cat >"$work/etc/slurm.conf" <<EOF
ClusterName=symbreakci
SlurmctldHost=localhost
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$work/munge/munge.sock
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
SwitchType=switch/none
MpiDefault=none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SlurmdParameters=config_overrides
ReturnToService=2
MinJobAge=600
MailProg=/bin/true
NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=ci Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$work/etc/slurm.conf"

say "slurmctld, slurmd"
slurmctld -c
slurmd -N localhost
for _ in $(seq 60); do
  state=$(sinfo -h -n localhost -o %t 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 1
done
[ "${state:-}" = idle ] || die "node localhost not idle after 60 s (sinfo: ${state:-nothing})"
sinfo

# Waits until jobs $@ have left the queue (or $timeout s), then requires
# every one of them (all array tasks) to have completed with exit code 0.
wait_jobs() {
  local timeout=$1
  shift
  local ids
  ids=$(IFS=,; echo "$*")
  local t0
  t0=$(date +%s)
  while [ -n "$(squeue -h -j "$ids" 2>/dev/null)" ]; do
    [ $(($(date +%s) - t0)) -lt "$timeout" ] || { squeue -j "$ids"; die "jobs $ids still queued after $timeout s"; }
    sleep 2
  done
  local id
  for id in "$@"; do
    local states
    states=$(scontrol -o show job "$id" | grep -o 'JobState=[A-Z_]*' | sort | uniq -c)
    echo "job $id: $(echo $states)"
    if scontrol -o show job "$id" | grep -q -v 'JobState=COMPLETED'; then
      scontrol -o show job "$id" | grep -v 'JobState=COMPLETED' | head -3
      die "job $id did not complete"
    fi
  done
}

sbatch_id() { local id; id=$(sbatch --parsable "$@"); echo "${id%%;*}"; }

instances=$(ls instances/*.mps | wc -l)
methods=plain,plain-sym,learned

say "compare: array of 3 shards over $instances instances, 2 s per run, then the merge"
cmp_out="$work/compare"
t0=$(date +%s)
array=$(sbatch_id --chdir="$repo" --array=1-3 --cpus-per-task=1 -o "$work/log/compare-%A_%a.out" \
  deploy/slurm/compare.sbatch "$cmp_out" instances --time-limit 2 --methods "$methods")
merge=$(sbatch_id --chdir="$repo" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  -o "$work/log/compare-merge-%j.out" deploy/slurm/compare.sbatch "$cmp_out")
wait_jobs 900 "$array" "$merge"
say "compare jobs done in $(($(date +%s) - t0)) s"
sed -n '/^summary/,$p' "$cmp_out/merged.txt"
[ -s "$cmp_out/merged.svg" ] || die "no merged.svg"

say "compare: the same on one machine, no Slurm, no shards"
"$bin" compare instances --time-limit 2 --methods "$methods" --json-out "$work/single.json" >/dev/null

python3 - "$cmp_out/merged.json" "$work/single.json" instances "$methods" <<'PY'
import json, os, sys
merged_path, single_path, folder, methods = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
merged = json.load(open(merged_path))
single = json.load(open(single_path))
expected = sorted(f[: -len(".mps")] for f in os.listdir(folder) if f.endswith(".mps"))
names = [i["name"] for i in merged["instances"]]
assert sorted(names) == expected and len(names) == len(set(names)), f"instances: {names} != {expected}"
assert merged["methods"] == methods, merged["methods"]
statuses = {"optimal", "feasible", "infeasible", "unbounded", "no_solution", "numerical_trouble"}
for inst in merged["instances"]:
    assert [r["method"] for r in inst["runs"]] == methods, inst["name"]
    proven = set()
    for r in inst["runs"]:
        assert r["status"] in statuses, (inst["name"], r)
        # A run keeps an objective only when verify() passed on its solution.
        if r["status"] in ("optimal", "feasible"):
            assert r["objective"] is not None, (inst["name"], r)
        assert r["status"] != "numerical_trouble", (inst["name"], r)
        if r["status"] == "optimal":
            proven.add(round(r["objective"], 6))
    assert len(proven) <= 1, f"{inst['name']}: optimal runs disagree: {proven}"
    if inst["best_known"] is not None:
        assert any(r["objective"] == inst["best_known"] for r in inst["runs"]), inst["name"]
print(f"merged: {len(names)} instances, each once, methods {methods}, results verified")
assert [i["name"] for i in single["instances"]] == names, "single and merged list different instances"
assert single["methods"] == merged["methods"]
same = differ = 0
for a, b in zip(single["instances"], merged["instances"]):
    for ra, rb in zip(a["runs"], b["runs"]):
        if ra["status"] == rb["status"]:
            same += 1
        else:
            differ += 1
            print(f"  status differs: {a['name']} {ra['method']}: one machine {ra['status']}, merged {rb['status']}")
print(f"one machine against merged: same instances and methods; {same} of {same + differ} statuses equal")
PY

say "label: array of 2 shards, 2 s per label, then train on the merged labels"
lab_out="$work/labels"
t0=$(date +%s)
array=$(sbatch_id --chdir="$repo" --array=1-2 --cpus-per-task=1 -o "$work/log/label-%A_%a.out" \
  deploy/slurm/label.sbatch "$lab_out" instances --label-time-limit 2)
merge=$(sbatch_id --chdir="$repo" --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  -o "$work/log/label-merge-%j.out" deploy/slurm/label.sbatch "$lab_out" \
  --out "$work/model.json" --epochs 3)
wait_jobs 600 "$array" "$merge"
say "label and train jobs done in $(($(date +%s) - t0)) s"
cat "$work"/log/label-merge-*.out
python3 - "$lab_out" instances <<'PY'
import json, os, sys
out, folder = sys.argv[1], sys.argv[2]
expected = sorted(f[: -len(".mps")] for f in os.listdir(folder) if f.endswith(".mps"))
shards = sorted(f for f in os.listdir(out) if f.startswith("labels-shard-"))
assert shards == ["labels-shard-1-of-2.json", "labels-shard-2-of-2.json"], shards
seen = []
for s in shards:
    d = json.load(open(os.path.join(out, s)))
    assert d["instances"] == expected, d["instances"]
    for e in d["results"]:
        seen.append(e["name"])
        if e["label"] is not None:
            assert os.path.exists(os.path.join(out, e["label"])), e
assert sorted(seen) == expected and len(seen) == len(set(seen)), seen
print(f"labels: {len(seen)} instances, each once, in {len(shards)} shards")
PY
"$bin" predict instances/bpp_20_chen_1.mps --model "$work/model.json" --top 3 >/dev/null
say "passed: $(($(date +%s) - cluster_start)) s from starting the daemons to the last check"
