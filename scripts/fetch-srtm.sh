#!/usr/bin/env bash
# Downloads SRTM tiles (1 arc-second where the source has them) from the public AWS "skadi" terrain tiles,
# for users with internet access. Usage: scripts/fetch-srtm.sh N52W007 [N52W008 ...]  (to $TERRAIN_DATA or ./data/srtm)
set -euo pipefail
if [ $# -eq 0 ] || [ "$1" = "--help" ] || [ "$1" = "-h" ]; then
  echo "usage: scripts/fetch-srtm.sh TILE... (e.g. N52W007); writes TILE.hgt into \$TERRAIN_DATA or ./data/srtm"
  exit $(( $# == 0 ? 2 : 0 ))
fi
target="${TERRAIN_DATA:-data/srtm}"
mkdir -p "$target"
for tile in "$@"; do
  if [[ ! "$tile" =~ ^[NS][0-9]{2}[EW][0-9]{3}$ ]]; then
    echo "fetch-srtm: '$tile' is not a tile name like N52W007" >&2
    exit 1
  fi
  band="${tile:0:3}"
  url="https://elevation-tiles-prod.s3.amazonaws.com/skadi/$band/$tile.hgt.gz"
  echo "fetch-srtm: $url"
  tmp="$(mktemp)"
  if curl -fsSL "$url" -o "$tmp"; then
    gunzip -c "$tmp" > "$target/$tile.hgt.part" && mv "$target/$tile.hgt.part" "$target/$tile.hgt"
    echo "fetch-srtm: wrote $target/$tile.hgt"
  else
    echo "fetch-srtm: could not download $tile" >&2
    rm -f "$tmp"
    exit 1
  fi
  rm -f "$tmp"
done
