#!/usr/bin/env bash
# Figures of the Orleans cluster on this machine, with a redis-server of its own (no persistence) and silos on
# 127.0.0.1: silo start-up (process start to its "silo up" line, printed once the silo has joined the membership),
# the cost of one more job (many tiny jobs against one job of the same starts), the time from a SIGKILL of a silo
# to the re-dispatch of its jobs, and throughput in starts/s with 1, 2 and 3 silos on a 2 × 2 cluster of SRTM1-sized
# tiles (scripts/synthetic-cluster.sh) from its summits of 20 m prominence, every method; the 2 cores are shared by
# all the silos, so more silos on one machine cannot run faster. Every process it starts is stopped on exit.
# Usage: scripts/measure-cluster.sh [WORK_FOLDER]   (TD_TRIALS kill trials, default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-$(mktemp -d /tmp/td-measure-cluster-XXXX)}"
mkdir -p "$work"
trials="${TD_TRIALS:-3}"
cli=(dotnet .build/cli/jit/terrain-descent.dll)
[ -f .build/cli/jit/terrain-descent.dll ] || cli=(dotnet src/TerrainDescent.Cli/bin/Release/net10.0/terrain-descent.dll)
srtm="${TERRAIN_DATA:-../shared/data/srtm}"
pids=()
silo_pids=()

stop_all() {
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(now)" 'BEGIN { printf "%.2f", e - s }'; }
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # FILE PATTERN SECONDS
  local waited=0
  until grep -q "$2" "$1" 2>/dev/null; do
    sleep 0.05; waited=$((waited + 1))
    [ "$waited" -lt $(($3 * 20)) ] || { echo "measure-cluster: no '$2' in $1" >&2; cat "$1" >&2; return 1; }
  done
}

redis_port="$(free_port)"
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" > "$work/redis.log" 2>&1 &
pids+=($!)
wait_for "$work/redis.log" "Ready to accept connections" 10
redis="127.0.0.1:$redis_port"

start_silo() { # INDEX [SILO OPTIONS]: starts a silo and waits for it to join; its start-up time goes to $startup
  local began index="$1"; began="$(now)"; shift
  "${cli[@]}" cluster silo --redis "$redis" --port "$(free_port)" --gateway-port "$(free_port)" "$@" > "$work/silo-$index.log" 2>&1 &
  pids+=($!)
  silo_pids[index]=$!
  wait_for "$work/silo-$index.log" "silo up" 60
  startup="$(since "$began")"
}
stop_silos() { # SIGTERM, and SIGKILL for any still running after 10 s
  for pid in "${silo_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${silo_pids[@]}"; do
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  silo_pids=()
  sleep 3 # let the membership see them go, so the next client does not wait on dead gateways
}
batch_seconds() { sed -nE 's/.*ran [0-9]+ descent\(s\) in [0-9]+ job\(s\) in ([0-9.]+) s on the cluster.*/\1/p' "$1" | tail -1; }

echo "## Silo start-up (process start to 'silo up', i.e. joined the membership in Redis)"
for i in 0 1 2; do start_silo "$i"; echo "silo $i (joining $i running): $startup s"; done

echo
stop_silos

echo
echo "## Cost of one more job (one warm silo running one job at a time, 480 starts on N52W007, hill-walker only)"
start_silo 0 --jobs 1
python3 scripts/grid_starts.py "$work/grid.csv" 480 24 0.048 0.041
tiny=("$srtm/srtm3/N52W007.hgt" --peaks "$work/grid.csv" --methods hill-walker --redis "$redis")
"${cli[@]}" cluster batch "${tiny[@]}" --job-size 480 --out "$work/warm.geojson" > "$work/warm.log" 2>&1
for size in 480 1; do
  "${cli[@]}" cluster batch "${tiny[@]}" --job-size "$size" --out "$work/tiny-$size.geojson" > "$work/tiny-$size.log" 2>&1
done
one=$(batch_seconds "$work/tiny-480.log"); many=$(batch_seconds "$work/tiny-1.log")
echo "1 job of 480 starts: $one s; 480 jobs of 1 start: $many s; one more job: $(awk -v a="$one" -v b="$many" 'BEGIN { printf "%.1f", 1000 * (b - a) / 479 }') ms of wall time"
cmp -s "$work/tiny-480.geojson" "$work/tiny-1.geojson" && echo "(same bytes)"
stop_silos

echo
echo "## SIGKILL of one of 3 silos to the re-dispatch of its jobs (2,400 starts × 9 methods on N52W007, 300 jobs)"
python3 scripts/grid_starts.py "$work/starts.csv" 2400 60 0.024 0.0163
for ((t = 1; t <= trials; t++)); do
  for i in 0 1 2; do start_silo "$i"; done
  sleep 3 # until every silo knows the others (membership refresh, 2 s), so the work spreads over all three
  log="$work/kill-$t.log"
  "${cli[@]}" cluster batch "$srtm/srtm3/N52W007.hgt" --peaks "$work/starts.csv" --methods all --job-size 8 --redis "$redis" --out "$work/kill-$t.geojson" > "$log" 2>&1 &
  batch=$!
  pids+=("$batch")
  wait_for "$log" "^progress: " 120
  killed="$(now)"
  kill -KILL "${silo_pids[2]}"
  wait "${silo_pids[2]}" 2>/dev/null || true # reaped here, without the shell's "Killed" line
  redispatch="" answered=""
  while kill -0 "$batch" 2>/dev/null; do # the lines' arrival, polled every 50 ms
    [ -n "$redispatch" ] || ! grep -q "^re-dispatch: " "$log" || redispatch="$(since "$killed")"
    [ -n "$answered" ] || ! grep -q "^the coordinator answered again" "$log" || answered="$(since "$killed")"
    sleep 0.05
  done
  wait "$batch"
  echo "trial $t: killed at '$(grep '^progress: ' "$log" | head -1)'; re-dispatch ${redispatch:-none} s after the kill;" \
    "coordinator lost and answering again: ${answered:-no} s; batch $(batch_seconds "$log") s; $(grep -o 'took each.*' "$log")"
  stop_silos
done

echo
echo "## Throughput with 1, 2 and 3 silos (2 × 2 SRTM1-sized tiles, every summit of 20 m prominence × the 9 methods, --job-size 16)"
scripts/synthetic-cluster.sh 2 "$work/k2" > /dev/null
count() { python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['features']))" "$1"; }
"${cli[@]}" peaks "$work/k2" --cache-mb 4096 --out "$work/k2-peaks100.geojson" > "$work/k2-peaks100.log" 2>&1
"${cli[@]}" peaks "$work/k2" --cache-mb 4096 --min-prominence 20 --out "$work/k2-starts.geojson" > "$work/k2-peaks20.log" 2>&1
summits=$(count "$work/k2-peaks100.geojson")
starts=$(count "$work/k2-starts.geojson")
/usr/bin/time -f "%e" -o "$work/one.time" "${cli[@]}" batch "$work/k2" --peaks "$work/k2-starts.geojson" --methods all --cache-mb 4096 --out "$work/k2-one.geojson" > "$work/k2-one.log" 2>&1
echo "4 tiles: $summits summits of 100 m prominence, $starts of 20 m (the starts)"
echo "one machine ('batch', 2 threads, process start and tile reads included): $(cat "$work/one.time") s, $(awk -v n="$starts" -v s="$(cat "$work/one.time")" 'BEGIN { printf "%.0f", n / s }') starts/s"
for n in 1 2 3; do
  for ((i = 0; i < n; i++)); do start_silo "$i"; done
  sleep 3
  for run in cold warm; do
    "${cli[@]}" cluster batch "$work/k2" --peaks "$work/k2-starts.geojson" --methods all --redis "$redis" --out "$work/k2-$n-$run.geojson" > "$work/k2-$n-$run.log" 2>&1
    seconds=$(batch_seconds "$work/k2-$n-$run.log")
    same=$(cmp -s "$work/k2-one.geojson" "$work/k2-$n-$run.geojson" && echo "same bytes" || echo "DIFFERENT bytes")
    echo "$n silo(s), $run: $seconds s, $(awk -v n="$starts" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }') starts/s ($same)"
  done
  stop_silos
done
