#!/usr/bin/env bash
# Start-up against GDAL: `terrain-descent info TILE` beside `gdalinfo -stats TILE`, whole processes, alternating,
# N runs each (default 7), GDAL_PAM_ENABLED=NO so that gdalinfo writes no .aux.xml statistics cache and does the
# same work every run. Prints each median and their ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
tile="${1:-${TERRAIN_DATA:-../shared/data/srtm}/srtm3/N52W007.hgt}"
runs="${N:-7}"
[ -x .build/cli/terrain-descent ] || scripts/setup.sh >&2
export GDAL_PAM_ENABLED=NO
seconds() { local start end; start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N); echo $(( (end - start) / 1000 )); }
ours=(); gdal=()
for _ in $(seq "$runs"); do
  gdal+=("$(seconds gdalinfo -stats "$tile")")
  ours+=("$(seconds .build/cli/terrain-descent info "$tile")")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
g=$(median "${gdal[@]}"); o=$(median "${ours[@]}")
awk -v g="$g" -v o="$o" -v n="$runs" -v t="$(basename "$tile")" 'BEGIN {
  printf "gdalinfo -stats %s: median of %d %.1f ms\n", t, n, g / 1000
  printf "terrain-descent info %s: median of %d %.1f ms\n", t, n, o / 1000
  printf "ratio: %.2f\n", o / g }'
