using System.Buffers.Binary;
using TerrainDescent.Core.Terrain;
using TerrainDescent.TestSupport;

namespace TerrainDescent.Gdal.Tests;

/// <summary>
/// Reads N52W007.hgt as raw big-endian int16 here, computes central differences with its own spherical scale
/// (6371 km radius), and compares with the slope field the product computes through GDAL. The Earth models
/// differ by under 1 %, a missing cos-latitude by ~60 % in the east component.
/// </summary>
[Trait("Category", "Gdal")]
public sealed class IndependentGradientTests
{
    [Theory]
    [InlineData(460, 266)]
    [InlineData(500, 300)]
    [InlineData(100, 1000)]
    [InlineData(900, 700)]
    [InlineData(300, 1150)]
    public void GradientField_MatchesCentralDifferencesOfTheRawTile(int row, int column)
    {
        var bytes = File.ReadAllBytes(TestData.N52W007);
        double Z(int r, int c) => BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan((r * 1201 + c) * 2, 2));
        const double cellDegrees = 1.0 / 1200;
        var latitude = 53.0 - row * cellDegrees;
        var metresPerDegree = 6_371_000 * Math.PI / 180;
        var mx = metresPerDegree * Math.Cos(latitude * Math.PI / 180) * cellDegrees;
        var my = metresPerDegree * cellDegrees;
        var expectedEast = (Z(row, column + 1) - Z(row, column - 1)) / (2 * mx);
        var expectedNorth = (Z(row - 1, column) - Z(row + 1, column)) / (2 * my);

        var field = GradientField.Compute(RasterReader.Load(TestData.N52W007).Grid);

        var magnitude = Math.Max(0.01, Math.Sqrt(expectedEast * expectedEast + expectedNorth * expectedNorth));
        Approx.AssertClose(expectedEast, field.EastSlopes[row * 1201 + column], 0.01 * magnitude, "dz/dEast");
        Approx.AssertClose(expectedNorth, field.NorthSlopes[row * 1201 + column], 0.01 * magnitude, "dz/dNorth");
    }
}
