#!/usr/bin/env bash
# Water-flow (D8) paths of terrain-descent against GRASS r.drain (on r.fill.dir's filled DEM) from the same
# starts. Prints, per start and overall, the mean and maximum distance between the two paths, in metres and cells.
# Two passes: the lat/lon tile as it is, and the same tile warped to UTM 29N at 90 m, where cells are square
# metres for both tools. (On a lat/lon grid r.drain compares neighbours as if cells were square; ours uses
# metres per cell row by row, so near-ties on ridges can send the two down different valleys.)
# Usage: scripts/compare-water.sh [DEM] [STARTS.csv with name,lat,lon]
set -euo pipefail
cd "$(dirname "$0")/.."
TD_SETUP_EXTRA="grass-core python3-numpy python3-gdal" scripts/setup.sh
dem="$(realpath "${1:-${TERRAIN_DATA:-../shared/data/srtm}/srtm3/N52W007.hgt}")"
starts="${2:-data/summits-n52w007.csv}"
work="$(mktemp -d)"
[ -n "${TD_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

# compare LABEL DEM EPSG: water paths and r.drain paths on DEM (whose CRS is EPSG), then the distance table.
compare() {
  local label="$1" raster="$2" epsg="$3" index=0 ours=() drains=() cells=()
  while IFS=, read -r name lat lon; do
    [ "$name" = "name" ] && continue
    index=$((index + 1))
    scripts/terrain-descent descend "$raster" --start "$lat,$lon" --method water --out "$work/$label-ours-$index.geojson" >/dev/null
    # r.drain starts in the same cell: our second vertex is that cell's centre (the first is the start itself).
    cells+=("$(/usr/bin/python3 scripts/path_vertex_crs.py "$work/$label-ours-$index.geojson" 1 "$epsg")")
    ours+=("$work/$label-ours-$index.geojson"); drains+=("$work/$label-drain-$index.geojson")
  done < "$starts"

  local lco=""; [ "$epsg" = 4326 ] || lco="lco=RFC7946=YES"
  cat > "$work/$label.sh" <<GRASS
set -e
r.in.gdal --quiet input="$raster" output=dem
g.region raster=dem
r.fill.dir --quiet input=dem output=filled direction=fdir
i=0
for xy in ${cells[*]}; do
  i=\$((i + 1))
  r.drain --quiet --overwrite input=filled output=drain_r drain=drain_v start_coordinates=\$xy
  v.out.ogr --quiet --overwrite input=drain_v output="$work/$label-drain-\$i.geojson" format=GeoJSON $lco
done
GRASS
  echo
  echo "== $label: GRASS r.fill.dir + r.drain and terrain-descent water from ${#cells[@]} starts"
  grass --tmp-location "EPSG:$epsg" --exec bash "$work/$label.sh" >/dev/null 2>"$work/$label.log" || { cat "$work/$label.log"; exit 1; }
  /usr/bin/python3 scripts/compare_paths.py "${ours[@]}" -- "${drains[@]}"
}

compare "lat-lon" "$dem" 4326
gdalwarp -q -t_srs EPSG:32629 -tr 90 90 -r bilinear "$dem" "$work/utm29.tif"
compare "utm-29n" "$work/utm29.tif" 32629
