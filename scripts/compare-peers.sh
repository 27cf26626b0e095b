#!/usr/bin/env bash
# Speed side by side with GRASS GIS r.drain (the classic flow-path tracer) on one SRTM1 tile, end to end:
# the same start points through `grass --tmp-location EPSG:4326 --exec` (r.in.gdal import + r.drain) and through
# `terrain-descent batch` (process start + tile load + descents + GeoJSON written). Prints both times and the ratio.
#
#   scripts/compare-peers.sh            # 1 and 1000 starts, best of 3 runs each
#   N=200 REPEAT=1 scripts/compare-peers.sh
#
# Tile: srtm1/N48W125.hgt (Olympic Peninsula). It is a real 3601² SRTM1 tile with relief up to 1,095 m, so paths
# have real length, and its voids and sea are skipped when the starts are chosen. S46W066 is void-free but 98.6 %
# sea with nothing above 146 m, so most starts there would end after a step. The N starts are a 60 × 60 grid over
# lat 48.02..48.40, lon -124.70..-124.02, keeping cells on data at 50 m or higher, thinned evenly to N.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
N="${N:-1000}"
REPEAT="${REPEAT:-3}"
data="${TERRAIN_DATA:-$root/../shared/data/srtm}"
tile="$(cd "$data/srtm1" && pwd)/N48W125.hgt"

if ! command -v grass >/dev/null 2>&1; then
  echo "compare-peers: installing grass-core (GRASS GIS) through apt"
  sudo_cmd=""; if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends grass-core >/dev/null
fi
scripts/setup.sh >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Deterministic starts, read straight from the .hgt (big-endian int16, 3601 × 3601, row 0 at 49° N).
python3 - "$tile" "$N" "$work" <<'PY'
import array, sys
tile, n, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
z = array.array('h'); z.frombytes(open(tile, 'rb').read()); z.byteswap()
points = []
for i in range(60):
    lat = 48.02 + 0.38 * i / 59
    for j in range(60):
        lon = -124.70 + 0.68 * j / 59
        value = z[round((49 - lat) * 3600) * 3601 + round((lon + 125) * 3600)]
        if value != -32768 and value >= 50:
            points.append((lat, lon))
if len(points) < n:
    sys.exit(f"only {len(points)} land cells in the start grid; ask for N <= {len(points)}")
chosen = [points[int(k * len(points) / n)] for k in range(n)]
for name, subset in (("1", chosen[:1]), ("n", chosen)):
    with open(f"{work}/starts-{name}.csv", "w") as f:
        f.write("lat,lon,id\n")
        f.writelines(f"{lat:.6f},{lon:.6f},s{k + 1}\n" for k, (lat, lon) in enumerate(subset))
    with open(f"{work}/coords-{name}.txt", "w") as f:
        f.write(",".join(f"{lon:.6f},{lat:.6f}" for lat, lon in subset))
PY

cat > "$work/drain.sh" <<SH
set -e
r.in.gdal --quiet input="$tile" output=dem
g.region raster=dem
r.drain --quiet input=dem output=drain start_coordinates="\$(cat "\$COORDS_FILE")"
SH

# Best (smallest) wall time in seconds of REPEAT runs of a command.
best_of() {
  local best="" start end t
  for _ in $(seq "$REPEAT"); do
    start=$(date +%s.%N)
    "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
    end=$(date +%s.%N)
    t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
  done
  printf '%.3f' "$best"
}

calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }

grass_run() { COORDS_FILE="$work/coords-$1.txt" grass --tmp-location EPSG:4326 --exec bash "$work/drain.sh"; }
batch_run() { scripts/terrain-descent batch "$tile" --peaks "$work/starts-$1.csv" --methods "$2" --out "$work/paths-$1.geojson"; }

echo "tile: $tile; $N starts; best of $REPEAT run(s) each, wall time end to end"
drain_1=$(best_of grass_run 1)
drain_n=$(best_of grass_run n)
walker_1=$(best_of batch_run 1 hill-walker)
walker_n=$(best_of batch_run n hill-walker)
both_1=$(best_of batch_run 1 both)
both_n=$(best_of batch_run n both)

printf '%-46s %8s s\n' "r.drain, 1 start (import included)" "$drain_1"
printf '%-46s %8s s\n' "r.drain, $N starts" "$drain_n"
printf '%-46s %8s s\n' "terrain-descent batch hill-walker, 1 start" "$walker_1"
printf '%-46s %8s s\n' "terrain-descent batch hill-walker, $N starts" "$walker_n"
printf '%-46s %8s s\n' "terrain-descent batch both methods, 1 start" "$both_1"
printf '%-46s %8s s\n' "terrain-descent batch both methods, $N starts" "$both_n"
printf 'ratio r.drain / terrain-descent, %s starts, hill-walker: %.1f×\n' "$N" "$(calc "$drain_n / $walker_n")"
printf 'ratio r.drain / terrain-descent, %s starts, both methods: %.1f×\n' "$N" "$(calc "$drain_n / $both_n")"
printf 'marginal cost per extra start × method: %.3f ms\n' "$(calc "($both_n - $both_1) * 1000 / (($N - 1) * 2)")"
