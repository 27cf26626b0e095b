"""Writes a start list of COUNT starts on a grid over N52W007, row by row, COLUMNS to a row, as the cluster scripts use.

usage: grid_starts.py OUT.csv COUNT COLUMNS LAT_STEP LON_STEP
Start i lies at lat 52.02 + (i // COLUMNS) * LAT_STEP, lon -6.98 + (i % COLUMNS) * LON_STEP and is named g<i>.
"""
import sys

out, count, columns, lat_step, lon_step = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
with open(out, "w") as f:
    f.write("lat,lon,id\n")
    for i in range(count):
        f.write(f"{52.02 + (i // columns) * lat_step:.5f},{-6.98 + (i % columns) * lon_step:.5f},g{i}\n")
