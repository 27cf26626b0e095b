"""Builds the bad-input corpus's files in the folder given as the only argument (a temp folder, never the repo).

Rasters are small GeoTIFFs and VRTs made with GDAL's Python bindings; SRTM-named files are made from the real tile
given as the second argument (copied into the temp folder, then damaged)."""
import gzip
import os
import shutil
import sys

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
folder, tile = sys.argv[1], sys.argv[2]
os.chdir(folder)
wgs84 = osr.SpatialReference()
wgs84.ImportFromEPSG(4326)
north_up = (-6.8, 1 / 1200, 0, 52.65, 0, -1 / 1200)


def tif(name, values, nodata=None, transform=north_up, srs=True):
    dataset = gdal.GetDriverByName("GTiff").Create(name, values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform(transform)
    if srs:
        dataset.SetProjection(wgs84.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.WriteArray(values)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    dataset = None


ramp = np.add.outer(np.arange(60, dtype=np.float32), np.arange(60, dtype=np.float32)) * 3 + 100
tif("one.tif", np.array([[5.0]], dtype=np.float32))
tif("one-row.tif", np.ones((1, 40), dtype=np.float32))
tif("all-void.tif", np.full((40, 40), -9999, np.float32), nodata=-9999)
tif("all-nan.tif", np.full((40, 40), np.nan, np.float32))
plus_inf = ramp.copy()
plus_inf[:, :] = np.inf
tif("all-inf.tif", plus_inf)
tif("rotated.tif", ramp, transform=(-6.8, 1 / 1200, 0.0001, 52.65, 0, -1 / 1200))
tif("south-up.tif", ramp, transform=(-6.8, 1 / 1200, 0, 52.60, 0, 1 / 1200))
no_transform = gdal.GetDriverByName("GTiff").Create("no-transform.tif", 40, 40, 1, gdal.GDT_Float32)
no_transform.GetRasterBand(1).WriteArray(ramp[:40, :40])
no_transform = None
tif("nan-nodata.tif", ramp, nodata=float("nan"))
with_inf = ramp.copy()
with_inf[10:30, 10:30] = np.inf
with_inf[0, 0] = -np.inf
tif("some-inf.tif", with_inf)

vrt = """<VRTDataset rasterXSize="{w}" rasterYSize="{h}"><SRS>EPSG:4326</SRS>
<GeoTransform>-6.8,0.0001,0,52.65,0,-0.0001</GeoTransform>
<VRTRasterBand dataType="Float32" band="1"><SimpleSource><SourceFilename relativeToVRT="1">{src}</SourceFilename>
<SourceBand>1</SourceBand><SrcRect xOff="0" yOff="0" xSize="40" ySize="40"/><DstRect xOff="0" yOff="0" xSize="40" ySize="40"/>
</SimpleSource></VRTRasterBand></VRTDataset>"""
open("huge.vrt", "w").write(vrt.format(w=200000, h=200000, src="nan-nodata.tif"))
open("missing-source.vrt", "w").write(vrt.format(w=40, h=40, src="no-such-source.tif"))
open("broken.vrt", "w").write("<VRTDataset rasterXSize=")

open("text.tif", "w").write("this is a text file, not a GeoTIFF\n")
open("empty.tif", "wb").close()
with open("truncated.tif", "wb") as out:
    out.write(open("nan-nodata.tif", "rb").read()[:300])

os.makedirs("srtm", exist_ok=True)
open("srtm/N52W007.hgt", "wb").close()  # empty
with open(tile, "rb") as source:
    content = source.read()
open("srtm/N52W008.hgt", "wb").write(content[:-2])  # truncated by one sample
open("srtm/N52W009.hgt", "wb").write(content + b"\0\0")  # one sample too many
open("srtm/N52W010.hgt", "wb").write(b"\0" * 1000)  # wrong size
open("srtm/N52W011.hgt.zip", "wb").write(b"PK\x03\x04 not really a zip")
open("srtm/N52W012.hgt.gz", "wb").write(b"\x1f\x8b not really gzip")
with gzip.open("srtm/N52W013.hgt.gz", "wb") as packed:
    packed.write(content[: len(content) // 2])  # a valid gzip of half a tile
open("srtm/N52W014.zip", "wb").write(open("srtm/N52W012.hgt.gz", "rb").read())
shutil.copy(tile, "N52W007.hgt")  # a good copy, writable, for the output cases
os.chmod("N52W007.hgt", 0o644)
os.symlink("N52W007.hgt", "link-to-tile.hgt")
os.makedirs("tiles", exist_ok=True)
shutil.copy(tile, "tiles/N52W007.hgt")
os.chmod("tiles/N52W007.hgt", 0o644)

starts = {
    "empty.csv": b"",
    "header-only.csv": b"lat,lon,id\n",
    "bad-number.csv": b"lat,lon\n52.6175,abc\n",
    "short-row.csv": b"lat,lon\n52.6175\n",
    "out-of-range.csv": b"lat,lon\n91,-6.7797\n",
    "unknown-column.csv": b"lat,lon,colour\n52.6175,-6.7797,red\n",
    "no-lat.csv": b"x,y\n1,2\n",
    "semicolons.csv": b"lat;lon\n52,6;-6,7\n",
    "unclosed-quote.csv": b'lat,lon\n"52.6175,-6.7797\n',
    "nul-bytes.csv": b"lat,lon\n\0\0\0\n",
    "bom.csv": b"\xef\xbb\xbflat,lon,id\n52.6175,-6.7797,leinster\n",
    "crlf.csv": b"lat,lon,id\r\n52.6175,-6.7797,leinster\r\n",
    "quotes.csv": b'lat,lon,id,name\n52.6175,-6.7797,"lein,ster","Mt ""L"""\n',
    "truncated.geojson": b'{"type":"FeatureCollection","features":[',
    "lines.geojson": b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
    b'"geometry":{"type":"LineString","coordinates":[[-6.7,52.6],[-6.8,52.5]]}}]}',
}
for name, data in starts.items():
    open(name, "wb").write(data)

open("previous.geojson", "w").write('{"type":"FeatureCollection","features":[]}\n')
open("read-only.geojson", "w").write('{"type":"FeatureCollection","features":[]}\n')
os.chmod("read-only.geojson", 0o444)
os.makedirs("a-folder.geojson", exist_ok=True)
os.symlink("no-such-folder/x.geojson", "dangling-link.geojson")
os.mkfifo("pipe.geojson")
