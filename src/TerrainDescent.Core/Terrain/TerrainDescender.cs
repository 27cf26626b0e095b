using TerrainDescent.Core.Descent;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// Descends a terrain surface from a CRS start with one or more methods and returns the paths in CRS
/// coordinates with their ground measures. Thread-safe: one instance can serve many concurrent starts.
/// </summary>
public sealed class TerrainDescender(TerrainSurface surface)
{
    /// <summary>The surface descended.</summary>
    public TerrainSurface Surface { get; } = surface;

    /// <summary>
    /// The start actually used for (x, y): snapped to the highest sample within <paramref name="snapRadiusMetres"/>
    /// when that is positive, otherwise (x, y) itself; and moved onto its nearest sample when it lies in a cell beside
    /// a void while that sample is valid (a summit written to 7 decimals beside a void), so that a start on valid data
    /// is descended and only one whose own sample is void is refused.
    /// </summary>
    public (double X, double Y) ResolveStart(double x, double y, double snapRadiusMetres)
    {
        var lattice = Surface.Lattice;
        var (u, v) = PeakSnapper.Snap(Surface, lattice.UOf(x), lattice.VOf(y), snapRadiusMetres);
        if (double.IsNaN(Surface.ElevationAt(u, v)) && NearestSampleIsValid(Surface, u, v))
        {
            (u, v) = (Math.Round(u), Math.Round(v));
        }

        return snapRadiusMetres > 0 || u != lattice.UOf(x) || v != lattice.VOf(y) ? (lattice.XOf(u), lattice.YOf(v)) : (x, y);
    }

    /// <summary>Whether the sample nearest to global position (u, v) holds an elevation.</summary>
    internal static bool NearestSampleIsValid(TerrainSurface surface, double u, double v)
    {
        if (!double.IsFinite(u) || !double.IsFinite(v) || Math.Abs(u) > 1e9 || Math.Abs(v) > 1e9)
        {
            return false;
        }

        using var reader = surface.OpenReader();
        return !float.IsNaN(reader.Sample((int)Math.Round(u), (int)Math.Round(v)));
    }

    /// <summary>
    /// Runs <paramref name="method"/> from the CRS position (x, y). A start off the raster or in a void gives a
    /// path of one vertex ending <see cref="StopReason.LeftRaster"/> or <see cref="StopReason.EnteredVoid"/>;
    /// use <see cref="StartCheck"/> first to report those to a user.
    /// </summary>
    public TerrainPath Descend(IDescentMethod method, double x, double y, DescentOptions options)
    {
        var lattice = Surface.Lattice;
        if (TerrainWalk.Handles(method, options))
        {
            using var reader = Surface.OpenReader();
            return TerrainWalk.Run(Surface, reader, method, lattice.UOf(x), lattice.VOf(y), options);
        }

        using var objective = new TerrainObjective(Surface);
        return ToPath(method.Name, options, DescentRunner.Run(objective, method, [lattice.UOf(x), lattice.VOf(y)], options));
    }

    /// <summary>
    /// The ground distance in metres from the start to every vertex of <paramref name="path"/> (for profiles),
    /// measured step by step exactly as <see cref="TerrainPath.GroundLengthMetres"/>: the last equals it.
    /// </summary>
    public double[] CumulativeMetres(TerrainPath path)
    {
        var distances = new double[path.Vertices.Count];
        for (var i = 1; i < distances.Length; i++)
        {
            distances[i] = distances[i - 1] + StepMetres(path.Vertices[i - 1], path.Vertices[i]);
        }

        return distances;
    }

    /// <summary>The path of a runner's trace: its vertices in CRS coordinates and its ground length.</summary>
    internal TerrainPath ToPath(string methodName, DescentOptions options, DescentTrace trace)
    {
        var lattice = Surface.Lattice;
        var vertices = new PathVertex[trace.VertexCount];
        var lengthMetres = 0.0;
        for (var i = 0; i < vertices.Length; i++)
        {
            var p = trace.Position(i);
            vertices[i] = new PathVertex(lattice.XOf(p[0]), lattice.YOf(p[1]), trace.Values[i]);
            if (i > 0)
            {
                lengthMetres += StepMetres(vertices[i - 1], vertices[i]);
            }
        }

        return new TerrainPath(methodName, options, vertices, trace.Reason, lengthMetres);
    }

    /// <summary>Ground metres between two consecutive vertices (the one measure of a step).</summary>
    private double StepMetres(PathVertex from, PathVertex to)
    {
        var lattice = Surface.Lattice;
        return lattice.DistanceMetres(lattice.UOf(from.X), lattice.VOf(from.Y), lattice.UOf(to.X), lattice.VOf(to.Y));
    }
}
