#!/usr/bin/env bash
# Builds a K×K cluster of SRTM1-sized tiles (3601×3601, sharing their edge rows and columns) in a folder, from the
# shared SRTM1 tiles: copies placed side by side on whole degrees with gdal_translate -a_ullr, so the samples are
# real and the seams between copies are fake. Usage: scripts/synthetic-cluster.sh K [FOLDER]
set -euo pipefail
k="${1:?usage: synthetic-cluster.sh K [FOLDER]}"
folder="${2:-$(mktemp -d /tmp/td-cluster-XXXX)}"
shared="$(cd "$(dirname "$0")/../.." && pwd)/shared/data/srtm/srtm1"
mkdir -p "$folder"
sources=("$shared"/*.hgt)
half=$(awk 'BEGIN { printf "%.15f", 0.5 / 3600 }')
n=0
for ((i = 0; i < k; i++)); do
  for ((j = 0; j < k; j++)); do
    lon=$((-120 + i)); lat=$((40 + j))
    name=$(printf "N%02dW%03d.tif" "$lat" "$((-lon))")
    source="${sources[$((n % ${#sources[@]}))]}"
    n=$((n + 1))
    [ -f "$folder/$name" ] && continue
    gdal_translate -q -co TILED=YES -a_ullr \
      "$(awk -v x="$lon" -v h="$half" 'BEGIN { printf "%.15f", x - h }')" \
      "$(awk -v y="$lat" -v h="$half" 'BEGIN { printf "%.15f", y + 1 + h }')" \
      "$(awk -v x="$lon" -v h="$half" 'BEGIN { printf "%.15f", x + 1 + h }')" \
      "$(awk -v y="$lat" -v h="$half" 'BEGIN { printf "%.15f", y - h }')" \
      "$source" "$folder/$name"
  done
done
echo "$folder"
