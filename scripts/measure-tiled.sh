#!/usr/bin/env bash
# Time and peak RSS of `peaks`, `batch` and a `water` descent over K×K clusters of SRTM1-sized tiles (K = 1..KMAX),
# of `peaks` on the largest in a 256 MB cache, of a 10×10 batch with 10,000 listed starts and --cache-mb 4096
# (skipped with TD_MEASURE_BIG=0), and of 100,000 starts × 2 methods on one SRTM3 tile (skipped with TD_MEASURE_100K=0).
# Usage: scripts/measure-tiled.sh [KMAX] [WORK_FOLDER]; prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
kmax="${1:-5}"
work="${2:-$(mktemp -d /tmp/td-measure-XXXX)}"
# The same GC setting scripts/terrain-descent gives the command line.
export DOTNET_GCConserveMemory="${DOTNET_GCConserveMemory:-7}"
cli=(dotnet .build/cli/jit/terrain-descent.dll)
[ -f .build/cli/jit/terrain-descent.dll ] || cli=(dotnet src/TerrainDescent.Cli/bin/Release/net10.0/terrain-descent.dll)
measure() { # label, command...: prints "| label | seconds | peak RSS MB |"
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || { echo "| $label | failed: $(tail -1 "$work/out.txt") | |"; return; }
  read -r seconds kilobytes < "$work/time.txt"
  printf '| %s | %s s | %d MB |\n' "$label" "$seconds" "$((kilobytes / 1024))"
}
echo "| run | time | peak RSS |"
echo "|---|---|---|"
for ((k = 1; k <= kmax; k++)); do
  folder="$work/k$k"
  scripts/synthetic-cluster.sh "$k" "$folder" > /dev/null
  measure "peaks, ${k}×${k} SRTM1" "${cli[@]}" peaks "$folder" --cache-mb 4096 --out "$work/peaks-$k.geojson"
  measure "batch --peaks auto, ${k}×${k} SRTM1" "${cli[@]}" batch "$folder" --cache-mb 4096 --out "$work/batch-$k.geojson"
  # From the most prominent summit: the first water path fills and routes the whole group of tiles.
  start=$(/usr/bin/python3 -c "import json,sys; c=json.load(open(sys.argv[1]))['features'][0]['geometry']['coordinates']; print(f'{c[1]},{c[0]}')" "$work/peaks-$k.geojson")
  measure "descend --method water, ${k}×${k} SRTM1" "${cli[@]}" descend "$folder" --start "$start" --method water --cache-mb 4096 --out "$work/water-$k.geojson"
done
measure "peaks, ${kmax}×${kmax} SRTM1, --cache-mb 256" "${cli[@]}" peaks "$work/k$kmax" --cache-mb 256 --out "$work/peaks-small.geojson"
if [ "${TD_MEASURE_BIG:-1}" = 1 ]; then
  scripts/synthetic-cluster.sh 10 "$work/k10" > /dev/null
  /usr/bin/python3 -c "
import random
random.seed(1)
print('id,lat,lon')
for i in range(10000): print(f's{i},{40 + 10 * random.random():.5f},{-120 + 10 * random.random():.5f}')" > "$work/starts-10k.csv"
  measure "batch, 10×10 SRTM1, 10,000 listed starts, --cache-mb 4096" "${cli[@]}" batch "$work/k10" --peaks "$work/starts-10k.csv" --cache-mb 4096 --out "$work/batch-10.geojson"
fi
[ "${TD_MEASURE_100K:-1}" = 1 ] || exit 0
/usr/bin/python3 -c "
import random
random.seed(2)
print('id,lat,lon')
for i in range(100000): print(f's{i},{52 + random.random():.5f},{-7 + random.random():.5f}')" > "$work/starts-100k.csv"
measure "batch, 100,000 starts × 2 methods, one SRTM3 tile" "${cli[@]}" batch ../shared/data/srtm/srtm3/N52W007.hgt --peaks "$work/starts-100k.csv" --out "$work/batch-100k.geojson"
