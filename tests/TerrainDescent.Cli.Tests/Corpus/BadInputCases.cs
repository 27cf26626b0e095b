namespace TerrainDescent.Cli.Tests.Corpus;

/// <summary>
/// The command-line half of the bad-input corpus: each case is a command line (<c>{F}</c> is the corpus folder,
/// <c>{W}</c> a fresh empty working folder), the exit code it must end with, and a fragment of its one error line.
/// Files, parameters, start lists and outputs; the HTTP half is in the web tests.
/// </summary>
internal static class BadInputCases
{
    private const string Start = "52.6175,-6.7797";
    private const string Tile = "{F}/N52W007.hgt";
    private const string Out = "{W}/out.geojson";
    private const string BadTile = "an SRTM .hgt tile must be 2,884,802 bytes";
    private const string NotRaster = "not a raster format that can be read";
    private const string Input = "is an input of this run";

    public static TheoryData<string, string[], int, string> Files => new()
    {
        { "1×1 raster", Descend("{F}/one.tif"), 1, "is 1 × 1 samples; a terrain needs at least 2 × 2" },
        { "one-row raster", Descend("{F}/one-row.tif"), 1, "is 40 × 1 samples" },
        { "all-void raster", Descend("{F}/all-void.tif"), 1, "is in a void (no elevation data)" },
        { "all-NaN raster", Descend("{F}/all-nan.tif"), 1, "is in a void (no elevation data)" },
        { "all-+Inf raster", Descend("{F}/all-inf.tif"), 1, "is in a void (no elevation data)" },
        { "rotated geotransform", Descend("{F}/rotated.tif"), 1, "has a rotated geotransform, which is not supported" },
        { "south-up raster", Descend("{F}/south-up.tif"), 1, "is not north-up" },
        { "no geotransform", Descend("{F}/no-transform.tif"), 1, "has no geotransform" },
        { "VRT declaring 200000×200000", Descend("{F}/huge.vrt"), 1, "declares 200,000 × 200,000 samples, more than the 1,000,000,000" },
        { "VRT with a missing source", ["descend", "{F}/missing-source.vrt", "--start", "52.648,-6.798", "--out", Out], 1, "cannot read the samples of {F}/missing-source.vrt" },
        { "broken VRT XML", Descend("{F}/broken.vrt"), 1, "cannot read {F}/broken.vrt as a raster" },
        { "text named .tif", Descend("{F}/text.tif"), 1, NotRaster },
        { "empty .tif", Descend("{F}/empty.tif"), 1, NotRaster },
        { "truncated .tif", Descend("{F}/truncated.tif"), 1, "truncated.tif" },
        { "empty .hgt", Descend("{F}/srtm/N52W007.hgt"), 1, "is 0 bytes; " + BadTile },
        { "truncated .hgt", Descend("{F}/srtm/N52W008.hgt"), 1, "is 2,884,800 bytes; " + BadTile },
        { "over-long .hgt", Descend("{F}/srtm/N52W009.hgt"), 1, "is 2,884,804 bytes; " + BadTile },
        { "wrong-size .hgt", Descend("{F}/srtm/N52W010.hgt"), 1, "is 1,000 bytes; " + BadTile },
        { "corrupt .hgt.zip", Descend("{F}/srtm/N52W011.hgt.zip"), 1, "is not a readable zip archive" },
        { "corrupt .hgt.gz", Descend("{F}/srtm/N52W012.hgt.gz"), 1, "is not a readable gzip file" },
        { "gzip of half a tile", Descend("{F}/srtm/N52W013.hgt.gz"), 1, "is 1,442,401 bytes; " + BadTile },
        { "gzip named .zip", Descend("{F}/srtm/N52W014.zip"), 1, "is not a readable zip archive" },
        { "missing file", Descend("{F}/no-such-tile.hgt"), 1, "file not found: {F}/no-such-tile.hgt" },
        { "folder as raster", Descend("{F}/a-folder.geojson"), 1, "holds no raster tile" },
        { "info on a 1×1 raster", ["info", "{F}/one.tif"], 1, "is 1 × 1 samples" },
        { "info on a huge VRT", ["info", "{F}/huge.vrt"], 1, "declares 200,000 × 200,000 samples" },
        { "peaks on a 1×1 raster", ["peaks", "{F}/one.tif", "--out", Out], 1, "is 1 × 1 samples" },
        { "peaks on a huge VRT", ["peaks", "{F}/huge.vrt", "--out", Out], 1, "declares 200,000 × 200,000 samples" },
        { "serve on an all-void raster", ["serve", "{F}/all-void.tif", "--port", "0"], 1, "has no valid elevation sample" },
        { "serve on a 1×1 raster", ["serve", "{F}/one.tif", "--port", "0"], 1, "is 1 × 1 samples" },
    };

    public static TheoryData<string, string[], int, string> Parameters => new()
    {
        { "start not a pair", ["descend", Tile, "--start", "abc", "--out", Out], 1, "--start must be LAT,LON in decimal degrees" },
        { "start with one value", ["descend", Tile, "--start", "52.6", "--out", Out], 1, "not '52.6'" },
        { "start off the Earth", ["descend", Tile, "--start", "91,0", "--out", Out], 1, "is not a position on Earth" },
        { "start outside the raster", ["descend", Tile, "--start", "10,10", "--out", Out], 1, "is outside the data" },
        { "alpha zero", ["descend", Tile, "--start", Start, "--alpha", "0", "--out", Out], 1, "alpha must be a positive finite number, not 0" },
        { "alpha not a number", ["descend", Tile, "--start", Start, "--alpha", "abc", "--out", Out], 2, "Cannot parse argument 'abc' for option '--alpha' as a number" },
        { "sea level not a number", ["descend", Tile, "--start", Start, "--sea-level", "abc", "--out", Out], 2, "option '--sea-level' as a number" },
        { "max steps in exponent form", ["descend", Tile, "--start", Start, "--max-steps", "1e3", "--out", Out], 2, "option '--max-steps' as a whole number" },
        { "max steps zero", ["descend", Tile, "--start", Start, "--max-steps", "0", "--out", Out], 1, "max steps must be at least 1, not 0" },
        { "gamma of 1.5", ["descend", Tile, "--start", Start, "--gamma", "1.5", "--out", Out], 1, "gamma must be in [0, 1), not 1.5" },
        { "unknown method", ["descend", Tile, "--start", Start, "--method", "nope", "--out", Out], 1, "unknown method 'nope'" },
        { "empty method", ["descend", Tile, "--start", Start, "--method", "", "--out", Out], 1, "no method given" },
        { "negative snap radius", ["descend", Tile, "--start", Start, "--snap-radius", "-5", "--out", Out], 1, "snap radius must be a finite number of metres ≥ 0, not -5" },
        { "unknown option", ["descend", Tile, "--start", Start, "--bogus", "1", "--out", Out], 2, "Unrecognized command or argument '--bogus'" },
        { "render size 10", ["render", Tile, "--start", Start, "--size", "10", "--out", "{W}/map.png"], 1, "--size must be from 200 to 8000 pixels, not 10" },
        { "batch threads 0", ["batch", Tile, "--threads", "0", "--out", Out], 1, "--threads must be at least 1, not 0" },
        { "peaks top -1", ["peaks", Tile, "--top", "-1", "--out", Out], 1, "--top must be at least 0, not -1" },
        { "serve port 70000", ["serve", Tile, "--port", "70000"], 1, "--port must be from 0 to 65535, not 70000" },
        { "cluster silo port 0", ["cluster", "silo", "--port", "0"], 1, "--port must be from 1 to 65535, not 0" },
        { "cluster silo gateway port 70000", ["cluster", "silo", "--gateway-port", "70000"], 1, "--gateway-port must be from 1 to 65535, not 70000" },
        { "cluster silo ports equal", ["cluster", "silo", "--port", "30000", "--gateway-port", "30000"], 1, "--port and --gateway-port must differ" },
        { "serve port not a number", ["serve", Tile, "--port", "abc"], 2, "option '--port' as a whole number" },
        { "serve host not an address", ["serve", Tile, "--host", "nothing", "--port", "0"], 1, "--host must be an IP address" },
        { "serve host of another machine", ["serve", Tile, "--host", "8.8.8.8", "--port", "0"], 1, "8.8.8.8 is not an address of this machine" },
    };

    public static TheoryData<string, string[], int, string> StartLists => new()
    {
        { "empty start list", Batch("empty.csv"), 1, "is empty; expected a header line" },
        { "header only", Batch("header-only.csv"), 1, "has a header but no rows" },
        { "bad number", Batch("bad-number.csv"), 1, "line 2: lon 'abc' is not a number in decimal degrees" },
        { "short row", Batch("short-row.csv"), 1, "line 2: 1 value(s), but the header has 2 column(s)" },
        { "latitude 91", Batch("out-of-range.csv"), 1, "line 2: latitude 91 is outside −90..90" },
        { "unknown column", Batch("unknown-column.csv"), 1, "unknown column 'colour'" },
        { "no lat column", Batch("no-lat.csv"), 1, "unknown column 'x'" },
        { "semicolon separated", Batch("semicolons.csv"), 1, "unknown column 'lat;lon'" },
        { "unclosed quote", Batch("unclosed-quote.csv"), 1, "line 2: a quoted field is not closed" },
        { "NUL bytes", Batch("nul-bytes.csv"), 1, "line 2: 1 value(s)" },
        { "truncated GeoJSON", Batch("truncated.geojson"), 1, "cannot read {F}/truncated.geojson as vector data" },
        { "LineStrings, not Points", Batch("lines.geojson"), 1, "feature 1 is a LineString; expected a Point" },
        { "missing start list", Batch("no-such-starts.csv"), 1, "peaks file not found" },
    };

    public static TheoryData<string, string[], int, string> Outputs => new()
    {
        { "descend --out onto its DEM", ["descend", Tile, "--start", Start, "--out", Tile], 1, Input },
        { "descend --out onto the DEM through a link", ["descend", "{F}/link-to-tile.hgt", "--start", Start, "--out", Tile], 1, Input },
        { "descend --out onto a link to its DEM", ["descend", Tile, "--start", Start, "--out", "{F}/link-to-tile.hgt"], 1, Input },
        { "render --out onto its DEM", ["render", Tile, "--start", Start, "--out", Tile], 1, Input },
        { "peaks --out onto its DEM", ["peaks", Tile, "--out", Tile], 1, Input },
        { "batch --out onto its start list", ["batch", Tile, "--peaks", "{F}/bom.csv", "--out", "{F}/bom.csv"], 1, Input },
        { "batch --summary onto its start list", ["batch", Tile, "--peaks", "{F}/bom.csv", "--out", Out, "--summary", "{F}/bom.csv"], 1, Input },
        { "batch --out and --summary one file", ["batch", Tile, "--out", Out, "--summary", "{W}/./out.geojson"], 1, "is the same file as --out" },
        { "batch --out - and --summary -", ["batch", Tile, "--out", "-", "--summary", "-"], 1, "both ask for standard output" },
        { "batch --out into its tile folder", ["batch", "{F}/tiles", "--out", "{F}/tiles/new.tif"], 1, "is inside the input folder" },
        { "batch --out onto a tile of its folder", ["batch", "{F}/tiles", "--out", "{F}/tiles/N52W007.hgt"], 1, "is inside the input folder" },
        { "read-only output", Descend(Tile, "{F}/read-only.geojson"), 1, "the file is read-only" },
        { "output is a folder", Descend(Tile, "{F}/a-folder.geojson"), 1, "it is a folder" },
        { "output is a device", Descend(Tile, "/dev/full"), 1, "it is a device or other special file" },
        { "output is a pipe", Descend(Tile, "{F}/" + FolderSnapshot.PipeName), 1, "it is a device or other special file" },
        { "output folder missing", Descend(Tile, "/nonexistent-td-corpus/x.geojson"), 1, "the folder /nonexistent-td-corpus does not exist" },
        { "output through a dangling link", Descend(Tile, "{F}/dangling-link.geojson"), 1, "does not exist" },
        { "output path empty", Descend(Tile, ""), 1, "not a valid file path" },
        { "summary read-only", ["batch", Tile, "--out", Out, "--summary", "{F}/read-only.geojson"], 1, "--summary: cannot write" },
        { "render onto a device", ["render", Tile, "--start", Start, "--out", "/dev/full"], 1, "it is a device" },
    };

    private static string[] Descend(string dem, string output = Out) => ["descend", dem, "--start", Start, "--out", output];

    private static string[] Batch(string startList) => ["batch", Tile, "--peaks", "{F}/" + startList, "--methods", "hill-walker", "--out", Out];
}
