using System.CommandLine;
using Spectre.Console;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain;
using TerrainDescent.Gdal;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary><c>info DEM</c>: size, bounds, cell size in metres, elevation range and voids of a raster.</summary>
public static class InfoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dem = new Argument<string?>("DEM") { Description = "elevation raster (.hgt, .hgt.zip, GeoTIFF, …); default N52W007.hgt from the data folder", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("info", "Describe an elevation raster: size, bounds, cell size in metres, min/max, voids") { dem };
        command.SetAction(parse => CommandGuard.Run(() => Run(parse.GetValue(dem))));
        return command;
    }

    private static int Run(string? demArgument)
    {
        var raster = RasterReader.Load(DemLocator.Resolve(demArgument));
        var grid = raster.Grid;
        var stats = GridStatistics.Compute(grid, DescentOptions.DefaultSeaLevelMetres);
        var middleRow = grid.Height / 2;
        var total = (double)grid.Width * grid.Height;
        var unit = grid.Kind == CoordinateKind.Geographic ? "°" : " m";

        // Borderless, so that a row is the field, two spaces and the value: within 80 columns but for long paths.
        var table = new Table().HideHeaders().Border(TableBorder.None).AddColumn(new TableColumn("field").Padding(0, 0, 2, 0)).AddColumn(new TableColumn("value").Padding(0, 0, 0, 0));
        table.AddRow("file", Markup.Escape(raster.GdalPath));
        table.AddRow("driver", raster.DriverName);
        table.AddRow("size", Invariant($"{grid.Width} × {grid.Height} samples"));
        table.AddRow("coordinates", grid.Kind == CoordinateKind.Geographic ? "geographic (lon/lat degrees)" : "projected (metres)");
        table.AddRow("bounds", StartCheck.Bounds(grid));
        table.AddRow("cell size", Invariant($"{grid.Transform.PixelWidth:G6}{unit} × {-grid.Transform.PixelHeight:G6}{unit}"));
        table.AddRow("cell size, metres", Invariant(
            $"{grid.MetresPerSampleEast(middleRow):F1} m east × {grid.MetresPerSampleNorth(middleRow):F1} m north (middle row)"));
        table.AddRow("east spacing", Invariant($"{grid.MetresPerSampleEast(0):F1}..{grid.MetresPerSampleEast(grid.Height - 1):F1} m from top to bottom row"));
        table.AddRow("elevation", stats.VoidCount == (long)grid.Width * grid.Height
            ? "none: every sample is a void"
            : Invariant($"{stats.MinimumMetres:F0} .. {stats.MaximumMetres:F0} m"));
        table.AddRow("voids", Invariant($"{stats.VoidCount:N0} ({100 * stats.VoidCount / total:F2} %)"));
        table.AddRow(
            Invariant($"below {DescentOptions.DefaultSeaLevelMetres:F0} m"),
            Invariant($"{stats.BelowSeaLevelCount:N0} ({100 * stats.BelowSeaLevelCount / total:F1} %)"));
        CommandGuard.Out.Write(table);
        return 0;
    }
}
