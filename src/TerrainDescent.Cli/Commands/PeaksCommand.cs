using System.CommandLine;
using TerrainDescent.Cli.Input;
using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Peaks;
using TerrainDescent.Gdal;
using TerrainDescent.Gdal.Tiles;
using TerrainDescent.GeoJson;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>peaks DEM... --out FILE.geojson</c>: finds summits with their topographic prominence on each cluster of touching
/// tiles (mosaicked, so a summit on a shared edge is found once), writes them as GeoJSON Points and prints the most
/// prominent. Peaks are numbered in cluster order, then by prominence, as <c>batch --peaks auto</c> numbers them.
/// </summary>
public static class PeaksCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dems = new Argument<string[]>("DEM") { Description = "elevation rasters or folders of tiles; touching tiles are mosaicked (default N52W007.hgt)", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "GeoJSON file of peak Points to write (written atomically)", Required = true };
        var top = new Option<int>("--top") { Description = "how many of the most prominent peaks to print", DefaultValueFactory = _ => 10 };
        var peakOptions = new PeakOptionSet();
        var command = new Command("peaks", "Find summits and their topographic prominence; write GeoJSON Points and print the most prominent") { dems, output, top };
        peakOptions.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(() => Run(parse.GetValue(dems), parse.GetValue(output)!, parse.GetValue(top), peakOptions.Read(parse))));
        return command;
    }

    private static int Run(string[]? demArguments, string outputPath, int top, PeakOptions options)
    {
        if (top < 0)
        {
            throw new UserInputException(Invariant($"--top must be at least 0, not {top}"));
        }

        CommandGuard.CheckOutputs([("--out", outputPath)], demArguments is null || demArguments.Length == 0 ? new string?[] { null } : demArguments);

        var clusters = DemInputs.Clusters(demArguments);
        var finder = new PeakFinder(options);
        var found = new List<FoundPeak>();
        var features = new List<GeoJsonFeature>();
        foreach (var cluster in clusters)
        {
            var raster = MosaicBuilder.Load(cluster);
            using var transformer = Wgs84Transformer.For(raster);
            var peaks = finder.Find(raster.Grid);
            foreach (var peak in peaks)
            {
                var id = PeakOptionSet.PeakId(found.Count + 1);
                var (lon, lat) = transformer.ToLonLat(peak.X, peak.Y);
                found.Add(new FoundPeak(id, peak, lat, lon, cluster.Name));
                features.Add(PeakFeatures.Create(peak, transformer.ToLonLat, id));
            }

            Console.WriteLine(Invariant($"{cluster.Name}: {raster.Grid.Width} × {raster.Grid.Height} samples, {peaks.Count} peak(s) with prominence ≥ {options.MinProminenceMetres:F0} m"));
        }

        var ranked = found
            .OrderByDescending(p => p.Peak.ProminenceMetres)
            .ThenByDescending(p => p.Peak.ElevationMetres)
            .Take(top)
            .ToList();
        if (ranked.Count > 0)
        {
            CommandGuard.Out.Write(PeakTable.Create(ranked));
        }

        GeoJsonWriter.WriteFile(outputPath, features, "terrain-descent peaks");
        Console.WriteLine($"wrote {found.Count} peak(s) to {outputPath}");
        return 0;
    }
}
