using TerrainDescent.Gdal;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Cli.Tests;

/// <summary>
/// <c>descend</c> and <c>batch</c> write the format their <c>--out</c> extension names: GeoJSON, GPX 1.1 tracks or a
/// GeoPackage, each read back with OGR and holding the same paths, with elevation per point and the ascent and
/// descent totals.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class OutputFormatTests
{
    [Fact]
    public void Descend_ToGeoJsonGpxAndGeoPackage_WritesTheSamePathsWithClimbTotals()
    {
        var folder = TestData.NewTempFolder();
        var written = new Dictionary<string, IReadOnlyList<VectorFeature>>();
        foreach (var (file, layer) in new[] { ("p.geojson", (string?)null), ("p.gpx", "tracks"), ("p.gpkg", "paths") })
        {
            var output = Path.Combine(folder, file);
            var result = CliRunner.Run("descend", "--start", "52.6175,-6.7797", "--snap-radius", "300", "--out", output);
            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Contains("ascent m", result.Stdout);
            written[file] = VectorReader.ReadFeatures(output, layer);
        }

        var geoJson = written["p.geojson"];
        Assert.Equal(2, geoJson.Count);
        foreach (var (file, features) in written)
        {
            Assert.Equal(geoJson.Count, features.Count);
            for (var i = 0; i < geoJson.Count; i++)
            {
                // GPX keeps elevations as <ele> per track point, which OGR reads as the track_points' "ele" (below).
                Assert.True(features[i].Is3D || file == "p.gpx", $"{file} keeps elevation per point");
                Assert.Equal(geoJson[i].Positions.Count, features[i].Positions.Count);
                Approx.AssertClose(geoJson[i].Positions[^1].X, features[i].Positions[^1].X, 1e-7, $"{file} end longitude");
                if (file != "p.gpx")
                {
                    Approx.AssertClose(geoJson[i].Positions[^1].Z, features[i].Positions[^1].Z, 0.01, $"{file} end elevation");
                }
            }
        }

        var momentum = geoJson.Single(f => f.Fields["method"] == "momentum");
        Assert.True(double.Parse(momentum.Fields["ascent_m"]!, System.Globalization.CultureInfo.InvariantCulture) > 50, "the ball climbs out of hollows on its way down");
        Assert.Equal("1", momentum.Fields["climb_threshold_m"]);
        var trackPoints = VectorReader.ReadFeatures(Path.Combine(folder, "p.gpx"), "track_points");
        Assert.Equal(geoJson.Sum(f => f.Positions.Count), trackPoints.Count);
        Approx.AssertClose(geoJson[^1].Positions[^1].Z, double.Parse(trackPoints[^1].Fields["ele"]!, System.Globalization.CultureInfo.InvariantCulture), 0.01, "GPX end elevation");
        Assert.All(trackPoints, p => Assert.NotNull(p.Fields["ele"]));
        var track = written["p.gpx"].Single(f => f.Fields["name"] == "momentum");
        Assert.Contains($"ascent {momentum.Fields["ascent_m"]} m", track.Fields["desc"]);
        Assert.Equal(momentum.Fields["ascent_m"], written["p.gpkg"].Single(f => f.Fields["method"] == "momentum").Fields["ascent_m"]);
    }

    [Fact]
    public void Batch_ToGpx_NamesEachTrackByStartAndMethod()
    {
        var output = Path.Combine(TestData.NewTempFolder(), "batch.gpx");

        var result = CliRunner.Run("batch", "--min-prominence", "300", "--methods", "hill-walker,momentum", "--out", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        var tracks = VectorReader.ReadFeatures(output, "tracks");
        Assert.True(tracks.Count >= 4 && tracks.Count % 2 == 0, $"{tracks.Count} tracks");
        Assert.Contains(tracks, t => t.Fields["name"] == "peak-1 momentum");
        Assert.All(tracks, t => Assert.True(t.Positions.Count >= 2));
    }
}
