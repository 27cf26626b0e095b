#!/usr/bin/python3
"""Prints vertex K of the first path in a GeoJSON file as 'x,y' in EPSG:CODE (the file is WGS84 lon/lat)."""
import json
import sys

from osgeo import osr

path, index, epsg = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
coordinates = json.load(open(path))["features"][0]["geometry"]["coordinates"]
lon, lat = coordinates[min(index, len(coordinates) - 1)][:2]
if epsg == 4326:
    print(f"{lon!r},{lat!r}")
else:
    wgs84, target = osr.SpatialReference(), osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    target.ImportFromEPSG(epsg)
    for srs in (wgs84, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x, y, _ = osr.CoordinateTransformation(wgs84, target).TransformPoint(lon, lat)
    print(f"{x!r},{y!r}")
