#!/usr/bin/python3
"""Distances between terrain-descent water paths and GRASS r.drain paths from the same starts.

Usage: compare_paths.py OURS.geojson... -- DRAIN.geojson...   (pairs in the same order)
For every vertex of our path, the ground distance to the nearest point of the r.drain polyline
(equirectangular metres, fine at these scales), and for every vertex of r.drain's path the distance to ours.
r.drain stops on the flats that r.fill.dir leaves (broad valley floors), while our filled DEM has its flats
resolved and our path goes on to the sea-level threshold; so both are measured over the shared stretch: from the
start to the vertex of our path nearest r.drain's last vertex.
"""
import json
import math
import sys

import numpy as np


def lines(path):
    with open(path) as f:
        collection = json.load(f)
    out = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "LineString":
            out.append(np.array([c[:2] for c in geometry["coordinates"]], dtype=float))
        elif geometry["type"] == "MultiLineString":
            for part in geometry["coordinates"]:
                out.append(np.array([c[:2] for c in part], dtype=float))
    return out


def to_metres(lonlat, lat0):
    mx = 111412.84 * math.cos(math.radians(lat0))
    my = 111132.92
    return np.column_stack((lonlat[:, 0] * mx, lonlat[:, 1] * my))


def point_to_polyline(points, polyline):
    a = polyline[:-1][None, :, :]
    b = polyline[1:][None, :, :]
    p = points[:, None, :]
    ab = b - a
    length2 = np.maximum((ab ** 2).sum(axis=2), 1e-12)
    t = np.clip(((p - a) * ab).sum(axis=2) / length2, 0.0, 1.0)
    nearest = a + t[:, :, None] * ab
    return np.sqrt(((p - nearest) ** 2).sum(axis=2)).min(axis=1)


def main(argv):
    split = argv.index("--")
    ours, drains = argv[:split], argv[split + 1:]
    all_distances = []
    print(f"{'start':>20}  {'shared':>6}  {'mean m':>7}  {'max m':>7}  {'mean cells':>10}  {'max cells':>9}  ends")
    for our_file, drain_file in zip(ours, drains):
        our = lines(our_file)[0]
        drain = np.vstack(lines(drain_file))
        if len(drain) < 2:
            print(f"{our_file}: r.drain produced no line")
            continue
        lat0 = our[0, 1]
        cell_m = 3.0 / 3600.0 * 111132.92  # one SRTM3 cell north-south, about 93 m
        our_m, drain_m = to_metres(our, lat0), to_metres(drain, lat0)
        shared = int(np.argmin(((our_m - drain_m[-1]) ** 2).sum(axis=1))) + 1
        ours_shared = our_m[:max(shared, 2)]
        d = np.concatenate((point_to_polyline(ours_shared, drain_m), point_to_polyline(drain_m, ours_shared)))
        all_distances.append(d)
        start = f"{our[0, 1]:.4f},{our[0, 0]:.4f}"
        ends = (f"r.drain stops at {drain[-1, 1]:.4f},{drain[-1, 0]:.4f} after {len(drain)} cells; "
                f"ours goes {len(our) - shared} vertices further to {our[-1, 1]:.4f},{our[-1, 0]:.4f}")
        print(f"{start:>20}  {shared:>6}  {d.mean():7.1f}  {d.max():7.1f}  {d.mean() / cell_m:10.2f}  {d.max() / cell_m:9.2f}  {ends}")
    if all_distances:
        d = np.concatenate(all_distances)
        cell_m = 3.0 / 3600.0 * 111132.92
        print(f"{'all':>20}  {'':>6}  {d.mean():7.1f}  {d.max():7.1f}  {d.mean() / cell_m:10.2f}  {d.max() / cell_m:9.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
