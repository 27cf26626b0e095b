using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The descent loop of <see cref="DescentRunner"/> specialised to the terrain's two dimensions and to the two
/// methods the product is about, hill-walker (<c>d = −α∇z</c>) and heavy-ball momentum
/// (<c>v ← γv + α∇z</c>, <c>d = −v</c>): no interface call and no array per step, positions straight into one
/// growing buffer. It applies the runner's stop rules in the runner's order with the same floating-point
/// operations, so its traces are the runner's, bit for bit (a test holds it to that).
/// </summary>
internal static class TerrainWalk
{
    /// <summary>Whether <paramref name="method"/> has a specialised loop.</summary>
    public static bool Handles(IDescentMethod method) => method is HillWalkerDescent or MomentumDescent;

    /// <summary>Descends from (u, v) with <paramref name="method"/>, which <see cref="Handles"/> must accept.</summary>
    public static DescentTrace Run(TerrainSurface surface, SurfaceReader reader, IDescentMethod method, double u, double v, DescentOptions options)
    {
        var momentum = method is MomentumDescent;
        var lattice = surface.Lattice;
        var alpha = options.AlphaMetres;
        var gamma = momentum ? options.Gamma : 0.0;
        var path = new PathBuffer(256);

        var value = reader.ElevationAt(u, v);
        path.Add(u, v, value);
        var startStatus = reader.Locate(u, v);
        if (startStatus != PointStatus.Inside || !double.IsFinite(value))
        {
            var reason = startStatus == PointStatus.Outside ? StopReason.LeftRaster
                : startStatus == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged;
            return path.Finish(reason);
        }

        double velocityEast = 0, velocityNorth = 0;
        var lowest = value;
        var lowestStep = 0;
        for (var step = 0; ; step++)
        {
            if (value < options.SeaLevelMetres)
            {
                return path.Finish(StopReason.SeaLevel);
            }

            if (step >= options.MaxSteps)
            {
                return path.Finish(StopReason.MaxSteps);
            }

            var (gradientEast, gradientNorth) = reader.GradientAt(u, v);
            if (!double.IsFinite(gradientEast) || !double.IsFinite(gradientNorth))
            {
                return path.Finish(reader.Locate(u, v) == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged);
            }

            if (Math.Max(Math.Max(0.0, Math.Abs(gradientEast)), Math.Abs(gradientNorth)) < options.GradientToleranceInfinityNorm)
            {
                return path.Finish(StopReason.Converged);
            }

            double east, north;
            if (momentum)
            {
                velocityEast = gamma * velocityEast + alpha * gradientEast;
                velocityNorth = gamma * velocityNorth + alpha * gradientNorth;
                (east, north) = (-velocityEast, -velocityNorth);
            }
            else
            {
                (east, north) = (-alpha * gradientEast, -alpha * gradientNorth);
            }

            if (!double.IsFinite(east) || !double.IsFinite(north))
            {
                return path.Finish(StopReason.Diverged);
            }

            var stepMetres = Math.Sqrt(0.0 + east * east + north * north);
            if (stepMetres == 0 || (stepMetres < options.StallStepMetres
                && Math.Sqrt(0.0 + gradientEast * gradientEast + gradientNorth * gradientNorth) < options.StallSlope))
            {
                return path.Finish(StopReason.Stalled);
            }

            var nextU = u + east / lattice.MetresPerSampleEast(v);
            var nextV = v - north / lattice.MetresPerSampleNorth(v);
            switch (reader.Locate(nextU, nextV))
            {
                case PointStatus.Outside:
                    return path.Finish(StopReason.LeftRaster);
                case PointStatus.Void:
                    return path.Finish(StopReason.EnteredVoid);
            }

            value = reader.ElevationAt(nextU, nextV);
            if (!double.IsFinite(value))
            {
                return path.Finish(StopReason.Diverged);
            }

            (u, v) = (nextU, nextV);
            path.Add(u, v, value);
            if (value < lowest - options.StallDropMetres)
            {
                lowest = value;
                lowestStep = step;
            }
            else if (options.StallWindowSteps > 0 && step - lowestStep >= options.StallWindowSteps)
            {
                return path.Finish(StopReason.Stalled);
            }
        }
    }

    /// <summary>Positions (u, v) and values of a path as it grows, doubling its arrays when full.</summary>
    private struct PathBuffer(int capacity)
    {
        private double[] _positions = new double[2 * capacity];
        private double[] _values = new double[capacity];
        private int _count;

        public void Add(double u, double v, double value)
        {
            if (_count == _values.Length)
            {
                Array.Resize(ref _positions, 2 * _positions.Length);
                Array.Resize(ref _values, 2 * _values.Length);
            }

            _positions[2 * _count] = u;
            _positions[2 * _count + 1] = v;
            _values[_count++] = value;
        }

        public readonly DescentTrace Finish(StopReason reason) =>
            new(2, _positions.AsSpan(0, 2 * _count).ToArray(), _values.AsSpan(0, _count).ToArray(), reason);
    }
}
