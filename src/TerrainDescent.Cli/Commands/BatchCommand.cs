using System.CommandLine;
using TerrainDescent.Application.Batches;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Cluster;
using TerrainDescent.Core.Batch;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.Descent;
using TerrainDescent.Gdal.Tiles;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>batch DEM... [--peaks auto|FILE] --out FILE.geojson|.gpx|.gpkg [--summary FILE.csv] [--simplify METRES]</c>: runs every
/// method from every start on all cores over the tiled terrain, with a progress bar; streams one LineString per
/// (start, method) in start order then method order, simplified to the tolerance and byte-identical whatever the
/// thread count and cache size, and prints and optionally writes a per-method summary. With <c>--shard I/N</c> it runs
/// only shard I's starts and writes a part file that <c>merge</c> combines with the others into the same bytes.
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
    public static Command Create() => Create(null);

    /// <summary>
    /// Builds <c>batch</c>, or with <paramref name="cluster"/> <c>cluster batch</c>: the same options, run on the
    /// Orleans cluster that <paramref name="cluster"/>'s options name.
    /// </summary>
    internal static Command Create(ClusterOptionSet? cluster)
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles; touching tiles are mosaicked (default N52W007.hgt)", Arity = ArgumentArity.ZeroOrMore };
        var peaks = new Option<string>("--peaks") { Description = "starts: auto (every summit with --min-prominence), or a .geojson of Points or a .csv with lat,lon[,id][,name]", DefaultValueFactory = _ => AutoPeaks };
        var methods = new Option<string>("--methods", "--method") { Description = $"comma-separated methods: {string.Join(", ", DescentMethods.Names)}, both or all", DefaultValueFactory = _ => "both" };
        var threads = new Option<int?>("--threads") { Description = "descents run at once (default: every core); output is identical for any value" };
        var output = new Option<string>("--out") { Description = "file of paths to write (written atomically), in the format its extension names: .geojson, .gpx or .gpkg", Required = true };
        var summary = new Option<string?>("--summary") { Description = "CSV file of the per-method summary to write (written atomically)" };
        var shard = new Option<string?>("--shard") { Description = "run only shard I of N (0-based, I/N) and write a part file to --out, for 'merge'; the starts are split by tile, in Hilbert order" };
        var simplify = new SimplifyOption(DefaultSimplifyMetres);
        var descent = new DescentOptionSet();
        var peakOptions = new PeakOptionSet();
        var terrain = new TerrainOptionSet();
        var command = cluster is null
            ? new Command("batch", "Run every method from many starts (peaks found or listed) on all cores; write GeoJSON paths and a summary") { dems, peaks, methods, threads, output, summary, shard, simplify.Option }
            : new Command("batch", "Run a batch on an Orleans cluster of silos; write the same GeoJSON paths and summary as 'batch'") { dems, peaks, methods, threads, output, summary, simplify.Option };
        cluster?.AddTo(command);
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

            ShardSpec? shardSpec = null;
            if ((cluster is null ? parse.GetValue(shard) : null) is { } shardText)
            {
                shardSpec = ShardSpec.Parse(shardText, out var shardError) ?? throw new UserInputException(shardError!);
                if (parse.GetValue(summary) is not null)
                {
                    throw new UserInputException("--summary goes with 'merge', not with --shard: a shard writes only its part file");
                }
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
                simplify.Read(parse),
                shardSpec);
            return Run(request, () => terrain.Open(parse, request.DemArguments), cluster?.Read(parse));
        }));
        return command;
    }

    private static int Run(BatchRequest request, Func<TiledTerrain> openTerrain, ClusterTarget? cluster)
    {
        var inputs = request.DemArguments.Count == 0 ? new List<string?> { null } : request.DemArguments.Cast<string?>().ToList();
        if (request.PeaksFile is not null)
        {
            inputs.Add(request.PeaksFile);
        }

        CommandGuard.CheckOutputs([("--out", request.OutputPath), ("--summary", request.SummaryPath)], inputs);
        if (request.Shard is null)
        {
            // A shard writes a part file for merge, named as the user likes; a whole batch writes paths.
            OutputFormat.Require("--out", request.OutputPath, OutputFormat.Paths, "GeoJSON, GPX or GeoPackage");
        }

        OutputFormat.Require("--summary", request.SummaryPath, OutputFormat.Csv, "CSV");

        // Read the starts before any raster, so that a bad peaks file fails at once.
        var entries = request.PeaksFile is null ? null : PeaksFileReader.Read(request.PeaksFile);
        using var terrain = openTerrain();
        var view = new ConsoleBatchView();
        var report = cluster is null
            ? new BatchExecution(request, terrain, view).Run(entries)
            : new ClusterBatchExecution(request, terrain, cluster, view).Run(entries);
        if (request.Shard is { } part)
        {
            Console.WriteLine($"wrote shard {part} ({report.StartCount} start(s), {report.PathCount} path(s)) to {request.OutputPath}; merge every part with 'terrain-descent merge'");
            return 0;
        }

        BatchReport.Print(report, request.OutputPath);
        BatchReport.Write(report, request.OutputPath, request.SummaryPath);
        return 0;
    }
}
