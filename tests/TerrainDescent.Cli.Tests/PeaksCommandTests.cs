using System.Globalization;
using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>Named summits that <c>peaks</c> must find on the real tiles, with the prominence they are known for.</summary>
[Trait("Category", "Gdal")]
public sealed class PeaksCommandTests
{
    private const double EarthRadiusMetres = 6_371_000;

    public static TheoryData<string, string, double, double, double> NamedSummits() => new()
    {
        { "Lugnaquilla", "srtm3/N52W007.hgt", 52.9672, -6.4647, 300 },
        { "Mt Leinster", "srtm3/N52W007.hgt", 52.6175, -6.7797, 300 },
        { "Mauna Kea", "srtm3/N19W156.hgt", 19.8207, -155.4681, 300 },
    };

    [Theory]
    [MemberData(nameof(NamedSummits))]
    public void Peaks_OnTheRealTile_FindsTheNamedSummitWithinHalfAKilometreAndItsProminence(string name, string tile, double lat, double lon, double minProminenceMetres)
    {
        var output = Path.Combine(TestData.NewTempFolder(), "peaks.geojson");

        var result = CliRunner.Run("peaks", tile, "--min-prominence", "100", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var peaks = VectorReader.ReadFeatures(output);
        var nearest = peaks.MinBy(p => DistanceMetres(lat, lon, p.Positions[0].Y, p.Positions[0].X))!;
        var distance = DistanceMetres(lat, lon, nearest.Positions[0].Y, nearest.Positions[0].X);
        var prominence = double.Parse(nearest.Fields["prominence_m"]!, CultureInfo.InvariantCulture);
        Assert.True(distance < 500, $"{name}: nearest peak found is {distance:F0} m away");
        Assert.True(prominence >= minProminenceMetres, $"{name}: prominence {prominence} m");
        Assert.Equal("Point", nearest.GeometryType);
        Assert.True(nearest.Is3D);
        Assert.Contains(nearest.Fields["id"]!, result.Stdout);
    }

    [Fact]
    public void Peaks_WritesEveryPropertyAndPrintsTheTopTable()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "peaks.geojson");

        var result = CliRunner.Run("peaks", "--min-prominence", "300", "--min-elevation", "500", "--top", "3", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var peaks = VectorReader.ReadFeatures(output);
        Assert.NotEmpty(peaks);
        Assert.All(peaks, p => Assert.True(double.Parse(p.Fields["elevation_m"]!, CultureInfo.InvariantCulture) >= 500));
        Assert.Equal(
            ["id", "elevation_m", "prominence_m", "col_elevation_m", "col_lon", "col_lat", "at_boundary"],
            peaks[0].Fields.Keys);
        Assert.Contains(result.Stdout.Split('\n'), line => line.StartsWith("peak-1  N52W007.hgt  ", StringComparison.Ordinal));
        Assert.Contains("prominence m", result.Stdout);
    }

    [Fact]
    public void Peaks_TwoHalvesOfATile_FindEveryPeakOnceAndWriteTheSameFile()
    {
        var folder = TestData.NewTempFolder();
        var halves = Directory.CreateDirectory(Path.Combine(folder, "halves")).FullName;
        GdalTools.SplitWestEast(TestData.N52W007, halves, 1201);

        var fromTile = CliRunner.Run("peaks", TestData.N52W007, "--out", Path.Combine(folder, "tile.geojson"));
        var fromHalves = CliRunner.Run("peaks", halves, "--out", Path.Combine(folder, "halves.geojson"));

        Assert.Equal((0, 0), (fromTile.ExitCode, fromHalves.ExitCode));
        Assert.Contains("east.tif + 1 more: 1201 × 1201 samples", fromHalves.Stdout);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "tile.geojson")), File.ReadAllBytes(Path.Combine(folder, "halves.geojson")));
    }

    private static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        var toRadians = Math.PI / 180;
        var dLat = (lat2 - lat1) * toRadians;
        var dLon = (lon2 - lon1) * toRadians;
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(lat1 * toRadians) * Math.Cos(lat2 * toRadians) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMetres * Math.Asin(Math.Sqrt(a));
    }
}
