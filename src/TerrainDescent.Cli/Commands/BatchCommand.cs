using System.CommandLine;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Descent;
using TerrainDescent.Gdal.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>batch DEM... [--peaks auto|FILE] --out FILE.geojson [--summary FILE.csv] [--simplify METRES]</c>: runs every
/// method from every start on all cores over the tiled terrain, with a progress bar; streams one LineString per
/// (start, method) in start order then method order, simplified to the tolerance and byte-identical whatever the
/// thread count and cache size, and prints and optionally writes a per-method summary.
/// </summary>
public static class BatchCommand
{
    /// <summary>The <c>--peaks</c> value that finds the starts: every summit of the DEMs passing the peak options.</summary>
    public const string AutoPeaks = "auto";

    /// <summary>
    /// The default <c>--simplify</c> tolerance of <c>batch</c>, in ground metres: a metre is about a third of an
    /// SRTM1 cell, so the written paths stay true to the grid while the sub-metre steps along straight stretches go.
    /// </summary>
    public const double DefaultSimplifyMetres = 1.0;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles; touching tiles are mosaicked (default N52W007.hgt)", Arity = ArgumentArity.ZeroOrMore };
        var peaks = new Option<string>("--peaks") { Description = "starts: auto (every summit with --min-prominence), or a .geojson of Points or a .csv with lat,lon[,id][,name]", DefaultValueFactory = _ => AutoPeaks };
        var methods = new Option<string>("--methods", "--method") { Description = $"comma-separated methods: {string.Join(", ", DescentMethods.Names)}, both or all", DefaultValueFactory = _ => "both" };
        var threads = new Option<int?>("--threads") { Description = "descents run at once (default: every core); output is identical for any value" };
        var output = new Option<string>("--out") { Description = "GeoJSON file of paths to write (written atomically)", Required = true };
        var summary = new Option<string?>("--summary") { Description = "CSV file of the per-method summary to write (written atomically)" };
        var simplify = new SimplifyOption(DefaultSimplifyMetres);
        var descent = new DescentOptionSet();
        var peakOptions = new PeakOptionSet();
        var terrain = new TerrainOptionSet();
        var command = new Command("batch", "Run every method from many starts (peaks found or listed) on all cores; write GeoJSON paths and a summary") { dems, peaks, methods, threads, output, summary, simplify.Option };
        descent.AddTo(command);
        peakOptions.AddTo(command);
        terrain.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() =>
        {
            var peaksValue = parse.GetValue(peaks)!;
            var methodList = DescentMethods.Parse(parse.GetValue(methods)!, out var methodError) ?? throw new UserInputException(methodError!);
            var threadCount = parse.GetValue(threads) ?? Environment.ProcessorCount;
            if (threadCount < 1)
            {
                throw new UserInputException(Invariant($"--threads must be at least 1, not {threadCount}"));
            }

            var batch = new BatchOptions { Descent = descent.Read(parse), SnapRadiusMetres = descent.ReadSnapRadius(parse), MaxDegreeOfParallelism = threadCount };
            var request = new BatchRequest(
                parse.GetValue(dems) ?? [],
                string.Equals(peaksValue, AutoPeaks, StringComparison.OrdinalIgnoreCase) ? null : peaksValue,
                methodList,
                batch,
                peakOptions.Read(parse),
                parse.GetValue(output)!,
                parse.GetValue(summary),
                simplify.Read(parse));
            return Run(request, () => terrain.Open(parse, request.DemArguments));
        }));
        return command;
    }

    private static int Run(BatchRequest request, Func<TiledTerrain> openTerrain)
    {
        var inputs = request.DemArguments.Count == 0 ? new List<string?> { null } : request.DemArguments.Cast<string?>().ToList();
        if (request.PeaksFile is not null)
        {
            inputs.Add(request.PeaksFile);
        }

        CommandGuard.CheckOutputs([("--out", request.OutputPath), ("--summary", request.SummaryPath)], inputs);
        OutputFormat.Require("--out", request.OutputPath, OutputFormat.GeoJson, "GeoJSON");
        OutputFormat.Require("--summary", request.SummaryPath, OutputFormat.Csv, "CSV");

        // Read the starts before any raster, so that a bad peaks file fails at once.
        var entries = request.PeaksFile is null ? null : PeaksFileReader.Read(request.PeaksFile);
        using var terrain = openTerrain();
        var report = new BatchExecution(request, terrain).Run(entries);
        BatchReport.Print(report, request);
        BatchReport.Write(report, request);
        return 0;
    }
}
