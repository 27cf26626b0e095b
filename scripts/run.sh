#!/usr/bin/env bash
# The main job: from Mt Leinster on the SE Ireland tile, where do the hill-walker and the rolling ball end up?
# Writes out/mt-leinster.geojson and prints the per-path summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
data="${TERRAIN_DATA:-../shared/data/srtm}"
mkdir -p out  # the command line never creates a missing output folder itself
scripts/terrain-descent descend "$data/srtm3/N52W007.hgt" --start 52.6175,-6.7797 --method both --out out/mt-leinster.geojson "$@"
