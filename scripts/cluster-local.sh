#!/usr/bin/env bash
# Runs a batch on a cluster of three silos on this machine, by hand, the way the MultiProcess test does: a
# redis-server without persistence on a free port, three 'cluster silo' processes on 127.0.0.1, then 'cluster batch';
# once the batch reports progress it SIGKILLs one silo, and at the end it compares the output with a one-machine
# 'batch' of the same inputs (cmp). Everything it started is stopped on exit, also on failure or Ctrl+C.
# Usage: scripts/cluster-local.sh [DEM... batch options]
#   default: N52W007 (SRTM3) and a grid of 2,400 starts, every method, --job-size 8
# Environment: TD_SILOS (3), TD_KILL (1: kill the last silo; 0: kill none), TD_CLI (the command line to run,
# default scripts/terrain-descent), TD_KEEP (1: keep the work folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
silos="${TD_SILOS:-3}"
read -r -a cli <<< "${TD_CLI:-$root/scripts/terrain-descent}"
work="$(mktemp -d /tmp/td-cluster-local-XXXX)"
pids=()

stop_all() {
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${TD_KEEP:-0}" = "1" ]; then echo "cluster-local: kept $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Waits until FILE has a line matching PATTERN, or fails after SECONDS.
wait_for() {
  local file="$1" pattern="$2" seconds="$3" waited=0
  until grep -q "$pattern" "$file" 2>/dev/null; do
    sleep 0.1; waited=$((waited + 1))
    if [ "$waited" -ge $((seconds * 10)) ]; then echo "cluster-local: no '$pattern' in $file after $seconds s" >&2; cat "$file" >&2; return 1; fi
  done
}

if [ $# -eq 0 ]; then
  dem="${TERRAIN_DATA:-$root/../shared/data/srtm}/srtm3/N52W007.hgt"
  python3 "$root/scripts/grid_starts.py" "$work/starts.csv" 2400 60 0.024 0.0163
  set -- "$dem" --peaks "$work/starts.csv" --methods all
fi

redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
pids+=($!)
wait_for "$work/redis.log" "Ready to accept connections" 10
redis="127.0.0.1:$redis_port"
echo "cluster-local: redis-server on $redis (no persistence), work folder $work"

started=$(date +%s.%N)
for ((i = 0; i < silos; i++)); do
  "${cli[@]}" cluster silo --redis "$redis" --port "$(free_port)" --gateway-port "$(free_port)" > "$work/silo-$i.log" 2>&1 &
  pids+=($!)
  silo_pids[i]=$!
done
for ((i = 0; i < silos; i++)); do wait_for "$work/silo-$i.log" "silo up" 60; done
echo "cluster-local: $silos silos up in $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
sleep 3 # until every silo knows the others (membership refresh, 2 s), so the work spreads over all of them

"${cli[@]}" cluster batch "$@" --job-size "${TD_JOB_SIZE:-8}" --redis "$redis" --out "$work/cluster.geojson" --summary "$work/cluster.csv" > "$work/batch.log" 2>&1 &
batch=$!
pids+=("$batch")
if [ "${TD_KILL:-1}" = "1" ]; then
  wait_for "$work/batch.log" "^progress: " 120
  if kill -0 "$batch" 2>/dev/null; then
    kill -KILL "${silo_pids[$((silos - 1))]}"
    wait "${silo_pids[$((silos - 1))]}" 2>/dev/null || true # reaped here, without the shell's "Killed" line
    echo "cluster-local: SIGKILLed silo $((silos - 1)) (pid ${silo_pids[$((silos - 1))]}) at: $(grep '^progress: ' "$work/batch.log" | tail -1)"
  else
    echo "cluster-local: the batch ended before a silo could be killed" >&2
  fi
fi
status=0
wait "$batch" || status=$?
cat "$work/batch.log"
[ "$status" -eq 0 ] || { echo "cluster-local: cluster batch failed ($status)" >&2; exit "$status"; }

"${cli[@]}" batch "$@" --out "$work/one.geojson" --summary "$work/one.csv" > "$work/one.log" 2>&1
if cmp "$work/one.geojson" "$work/cluster.geojson" && cmp "$work/one.csv" "$work/cluster.csv"; then
  echo "cluster-local: same bytes as the one-machine batch ($(stat -c %s "$work/one.geojson") bytes of paths, and the summary)"
else
  echo "cluster-local: the cluster's output differs from the one-machine batch" >&2
  exit 1
fi
