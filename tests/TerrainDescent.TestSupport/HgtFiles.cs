using System.Buffers.Binary;
using TerrainDescent.Core.Terrain;

namespace TerrainDescent.TestSupport;

/// <summary>
/// Reads an unzipped SRTM .hgt tile directly (big-endian int16, −32768 for voids, named after its south-west
/// corner), for Core tests that need real terrain without the GDAL adapter.
/// </summary>
public static class HgtFiles
{
    /// <summary>The tile at <paramref name="path"/>, e.g. ".../N52W007.hgt", as a geographic grid.</summary>
    public static ElevationGrid Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var size = (int)Math.Round(Math.Sqrt(bytes.Length / 2.0));
        if (size * size * 2 != bytes.Length)
        {
            throw new InvalidDataException($"{path} is not a square SRTM tile");
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var south = int.Parse(name.AsSpan(1, 2)) * (name[0] == 'S' ? -1 : 1);
        var west = int.Parse(name.AsSpan(4, 3)) * (name[3] == 'W' ? -1 : 1);
        var samples = new float[size * size];
        for (var i = 0; i < samples.Length; i++)
        {
            var value = BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(2 * i, 2));
            samples[i] = value == short.MinValue ? float.NaN : value;
        }

        var cell = 1.0 / (size - 1);
        var transform = new GeoTransform(west - 0.5 * cell, cell, south + 1 + 0.5 * cell, -cell);
        return new ElevationGrid(size, size, samples, transform, CoordinateKind.Geographic, name);
    }
}
