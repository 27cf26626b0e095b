using System.Globalization;

namespace TerrainDescent.Web.Api;

/// <summary>
/// The samples a contour request traces: the finest layer's own samples inside the box, every
/// <see cref="Stride"/>-th one so that neither side has more than <see cref="MaxSamplesPerSide"/>, rows north
/// first. A sample the finest layer lacks (a void, or off its tiles) is taken from the next layer with data there,
/// else left NaN. The box is refused once it would need a stride above <see cref="MaxStride"/>.
/// </summary>
/// <param name="Samples">Width × Height elevations, metres; NaN where no layer has data.</param>
/// <param name="Width">Samples per row.</param>
/// <param name="Height">Rows.</param>
/// <param name="FirstLongitude">Longitude of the first (north-west) sample, degrees.</param>
/// <param name="FirstLatitude">Latitude of the first sample, degrees.</param>
/// <param name="StepLongitudeDegrees">Spacing of the samples eastward, degrees.</param>
/// <param name="StepLatitudeDegrees">Spacing of the rows southward, degrees.</param>
/// <param name="Stride">How many of the finest layer's samples one step spans (1 = every sample).</param>
public sealed record ContourGrid(float[] Samples, int Width, int Height, double FirstLongitude, double FirstLatitude, double StepLongitudeDegrees, double StepLatitudeDegrees, int Stride)
{
    /// <summary>The most samples per side (and so at most 640 000 samples, 2.5 MB, in all).</summary>
    public const int MaxSamplesPerSide = 800;

    /// <summary>The coarsest thinning allowed: a box wider than this many times <see cref="MaxSamplesPerSide"/> samples is refused.</summary>
    public const int MaxStride = 16;

    /// <summary>Samples <paramref name="scene"/> over the box (degrees); throws <see cref="ApiInputException"/> when it is too large or holds fewer than 2 × 2 samples.</summary>
    public static ContourGrid Sample(TerrainScene scene, double west, double south, double east, double north)
    {
        var finest = scene.Terrain.Layers[0].Surface;
        var lattice = finest.Lattice;
        var column0 = (int)Math.Ceiling(lattice.UOf(west) - 1e-9);
        var column1 = (int)Math.Floor(lattice.UOf(east) + 1e-9);
        var row0 = (int)Math.Ceiling(lattice.VOf(north) - 1e-9);
        var row1 = (int)Math.Floor(lattice.VOf(south) + 1e-9);
        var span = Math.Max(column1 - column0, row1 - row0);
        var stride = Math.Max(1, (int)Math.Ceiling(span / (double)(MaxSamplesPerSide - 1)));
        if (stride > MaxStride)
        {
            throw new ApiInputException(string.Create(CultureInfo.InvariantCulture,
                $"bbox spans {column1 - column0 + 1} × {row1 - row0 + 1} samples; contours are traced over at most {MaxStride * (MaxSamplesPerSide - 1) + 1} per side (zoom in)"));
        }

        var width = ((column1 - column0) / stride) + 1;
        var height = ((row1 - row0) / stride) + 1;
        if (column1 - column0 < stride || row1 - row0 < stride)
        {
            throw new ApiInputException("bbox holds fewer than 2 × 2 samples of the data; give a larger box");
        }

        var samples = new float[width * height];
        using var reader = finest.OpenReader();
        for (var j = 0; j < height; j++)
        {
            var row = row0 + (j * stride);
            for (var i = 0; i < width; i++)
            {
                var column = column0 + (i * stride);
                var value = reader.IsOnData(column, row) ? reader.Sample(column, row) : float.NaN;
                if (float.IsNaN(value) && scene.Terrain.Layers.Count > 1)
                {
                    value = (float)scene.ElevationAt(lattice.XOf(column), lattice.YOf(row));
                }

                samples[(j * width) + i] = value;
            }
        }

        var firstLongitude = lattice.XOf(column0);
        var firstLatitude = lattice.YOf(row0);
        return new ContourGrid(samples, width, height, firstLongitude, firstLatitude,
            lattice.XOf(column0 + stride) - firstLongitude, firstLatitude - lattice.YOf(row0 + stride), stride);
    }
}
