using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Terrain.Tiles;

namespace TerrainDescent.Core.Terrain;

/// <summary>
/// The descent loop of <see cref="DescentRunner"/> specialised to the terrain's two dimensions and to the two
/// methods the product is about, hill-walker (<c>d = −α∇z</c>) and heavy-ball momentum
/// (<c>v ← γv + α∇z</c>, <c>d = −v</c>). It applies the runner's stop rules in the runner's order with the same
/// floating-point operations, and measures the path as <see cref="TerrainDescender"/> measures a runner's trace, so
/// its paths are the runner's, bit for bit (a test holds it to that).
/// </summary>
/// <remarks>
/// Nearly every step of a path starts and ends inside one tile's interior, on samples that all hold elevations.
/// <see cref="WalkInWindow"/> runs those steps in a loop with no call at all: the tile's samples and the row scales
/// are read straight from their arrays, and the path's CRS vertex and ground length are computed in the same
/// iteration, where that arithmetic overlaps the step's own dependency chain (position → cell → slopes → position)
/// instead of following it. Any other step (a seam, a void nearby, the data's edge, a full vertex buffer) is taken
/// once by <see cref="StepAnywhere"/> through the reader, and the window loop resumes after it.
/// </remarks>
internal static class TerrainWalk
{
    /// <summary>
    /// One chunk per thread that walks on it fill first: a path that fits in it is copied out of it at its end, and a
    /// longer path's last chunk is too, so it is never handed to a path.
    /// </summary>
    [ThreadStatic]
    private static PathVertex[]? t_chunk;

    /// <summary>Whether <paramref name="method"/> with <paramref name="options"/> has a specialised loop.</summary>
    public static bool Handles(IDescentMethod method, DescentOptions options) =>
        method is HillWalkerDescent or MomentumDescent && double.IsPositiveInfinity(options.DivergenceMagnitude);

    /// <summary>Descends from global sample position (u, v) with <paramref name="method"/>, which <see cref="Handles"/> must accept.</summary>
    public static TerrainPath Run(TerrainSurface surface, SurfaceReader reader, IDescentMethod method, double u, double v, DescentOptions options)
    {
        var path = new PathBuilder(surface.Lattice, t_chunk ?? GC.AllocateUninitializedArray<PathVertex>(ChunkedVertices.ChunkLength));
        try
        {
            var reason = Walk(reader, new WalkRules(method, options), u, v, ref path);
            return path.Finish(method.Name, options, reason);
        }
        finally
        {
            t_chunk = path.Chunk;
        }
    }

    private static StopReason Walk(SurfaceReader reader, in WalkRules rules, double u, double v, ref PathBuilder path)
    {
        var value = reader.ElevationAt(u, v);
        path.Add(u, v, value);
        var startStatus = reader.Locate(u, v);
        if (startStatus != PointStatus.Inside || !double.IsFinite(value))
        {
            return startStatus == PointStatus.Outside ? StopReason.LeftRaster
                : startStatus == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged;
        }

        var (gradientEast, gradientNorth) = reader.GradientAt(u, v);
        var state = new WalkState
        {
            U = u,
            V = v,
            Value = value,
            GradientEast = gradientEast,
            GradientNorth = gradientNorth,
            Lowest = value,
        };
        var scales = path.Lattice.Scales;
        while (true)
        {
            var reason = reader.TryWindowAt(state.U, state.V, out var window)
                ? WalkInWindow(window, scales, rules, ref state, ref path)
                : null;
            reason ??= StepAnywhere(reader, rules, ref state, ref path);
            if (reason is { } stop)
            {
                return stop;
            }
        }
    }

    /// <summary>
    /// Steps while each step starts and ends in <paramref name="window"/> on clean samples. Returns the stop reason
    /// when a rule ends the path, or null, with the state as it was before the step, when the next step must be
    /// taken by <see cref="StepAnywhere"/>. Its rules are <see cref="StepAnywhere"/>'s, in the same order.
    /// </summary>
    private static StopReason? WalkInWindow(in TileWindow window, RowScaleTable scales, in WalkRules rules, ref WalkState state, ref PathBuilder path)
    {
        // A cell (c, r) is clean-readable when c − 1 ≥ Column0, c + 2 ≤ Column1 and likewise for rows: as bounds on the
        // position, Column0 + 1 ≤ u < Column1 − 1. The row table must hold rows r and r + 1 of every such cell, and of
        // the mean row of each step, whose ends (the last vertex and the next) both lie in the window's rows.
        double uLow = window.Column0 + 1, uHigh = window.Column1 - 1, vLow = window.Row0 + 1, vHigh = window.Row1 - 1;
        var firstRow = scales.FirstRow;
        if (window.Row0 < firstRow || window.Row1 >= firstRow + scales.MetresEast.Length
            || !(path.LastV >= window.Row0 && path.LastV <= window.Row1)
            || !double.IsFinite(state.GradientEast) || !double.IsFinite(state.GradientNorth)
            || !(state.U >= uLow && state.U < uHigh && state.V >= vLow && state.V < vHigh))
        {
            return null;
        }

        // Everything the loop touches is a local, so the JIT keeps it in registers; the arrays are read without bounds
        // checks, which the window bounds and the table check above make safe.
        ref var samples = ref MemoryMarshal.GetArrayDataReference(window.Samples);
        var (tileColumn, tileRow, width) = (window.Column, window.Row, window.Width);
        ref var metresEastTable = ref MemoryMarshal.GetArrayDataReference(scales.MetresEast);
        ref var metresNorthTable = ref MemoryMarshal.GetArrayDataReference(scales.MetresNorth);
        ref var inverseTwoEastTable = ref MemoryMarshal.GetArrayDataReference(scales.InverseTwoEast);
        ref var inverseTwoNorthTable = ref MemoryMarshal.GetArrayDataReference(scales.InverseTwoNorth);
        var (u, v, value) = (state.U, state.V, state.Value);
        var (gradientEast, gradientNorth) = (state.GradientEast, state.GradientNorth);
        var (velocityEast, velocityNorth) = (state.VelocityEast, state.VelocityNorth);
        var (lowest, step, lowestStep) = (state.Lowest, state.Step, state.LowestStep);
        var chunk = path.Chunk;
        var (count, lengthMetres, lastU, lastV) = (path.ChunkCount, path.LengthMetres, path.LastU, path.LastV);
        var (axisX, axisY) = (path.AxisX, path.AxisY);
        var (momentum, alpha, gamma) = (rules.Momentum, rules.AlphaMetres, rules.Gamma);
        var (seaLevel, maxSteps, tolerance) = (rules.SeaLevelMetres, rules.MaxSteps, rules.GradientTolerance);
        var (stallStepMetres, stallSlope) = (rules.StallStepMetres, rules.StallSlope);
        var (stallWindow, stallDrop) = (rules.StallWindowSteps, rules.StallDropMetres);

        // The table row of the current position and its fraction, for the step's scale at v.
        var row = Math.Floor(v);
        var scaleRow = Whole(row) - firstRow;
        var fv = v - row;
        StopReason? reason = null;
        while (count < chunk.Length)
        {
            if (value < seaLevel)
            {
                reason = StopReason.SeaLevel;
                break;
            }

            if (step >= maxSteps)
            {
                reason = StopReason.MaxSteps;
                break;
            }

            // max(0, |∂e|, |∂n|) < tolerance, for the finite slopes every clean cell has.
            if (tolerance > 0 && Math.Abs(gradientEast) < tolerance && Math.Abs(gradientNorth) < tolerance)
            {
                reason = StopReason.Converged;
                break;
            }

            double nextVelocityEast = 0, nextVelocityNorth = 0, east, north;
            if (momentum)
            {
                nextVelocityEast = gamma * velocityEast + alpha * gradientEast;
                nextVelocityNorth = gamma * velocityNorth + alpha * gradientNorth;
                (east, north) = (-nextVelocityEast, -nextVelocityNorth);
            }
            else
            {
                (east, north) = (-alpha * gradientEast, -alpha * gradientNorth);
            }

            if (!double.IsFinite(east) || !double.IsFinite(north))
            {
                reason = StopReason.Diverged;
                break;
            }

            var stepMetres = Math.Sqrt(0.0 + east * east + north * north);
            if (stepMetres == 0 || (stepMetres < stallStepMetres
                && Math.Sqrt(0.0 + gradientEast * gradientEast + gradientNorth * gradientNorth) < stallSlope))
            {
                reason = StopReason.Stalled;
                break;
            }

            // The move, with mx(v) and my(v) linear between the table's rows as SampleLattice interpolates them.
            var nextU = u + east / Interpolate(ref metresEastTable, scaleRow, fv);
            var nextV = v - north / Interpolate(ref metresNorthTable, scaleRow, fv);
            if (!(nextU >= uLow && nextU < uHigh && nextV >= vLow && nextV < vHigh))
            {
                break;
            }

            var nextColumn = Math.Floor(nextU);
            var nextRow = Math.Floor(nextV);
            var nextScaleRow = Whole(nextRow) - firstRow;
            var nextFu = nextU - nextColumn;
            var nextFv = nextV - nextRow;
            ref var cell = ref Unsafe.Add(ref samples, (Whole(nextRow) - tileRow) * width + Whole(nextColumn) - tileColumn);
            if (!TileWindow.TryEvaluateClean(
                ref cell, width,
                -Unsafe.Add(ref inverseTwoEastTable, nextScaleRow), Unsafe.Add(ref inverseTwoNorthTable, nextScaleRow),
                -Unsafe.Add(ref inverseTwoEastTable, nextScaleRow + 1), Unsafe.Add(ref inverseTwoNorthTable, nextScaleRow + 1),
                nextFu, nextFv, out var nextValue, out var nextEast, out var nextNorth))
            {
                break;
            }

            // The vertex and its step's ground length, measured as PathBuilder.Add measures them.
            var x = axisX.Coordinate(nextU);
            var y = -axisY.Coordinate(nextV);
            var measuredU = axisX.Index(x);
            var measuredV = axisY.Index(-y);
            var meanRow = 0.5 * (lastV + measuredV);
            var meanFloor = Math.Floor(meanRow);
            var meanScaleRow = Whole(meanFloor) - firstRow;
            var groundEast = (measuredU - lastU) * Interpolate(ref metresEastTable, meanScaleRow, meanRow - meanFloor);
            var groundNorth = (measuredV - lastV) * Interpolate(ref metresNorthTable, meanScaleRow, meanRow - meanFloor);
            lengthMetres += Math.Sqrt(groundEast * groundEast + groundNorth * groundNorth);
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(chunk), count++) = new PathVertex(x, y, nextValue);
            (lastU, lastV) = (measuredU, measuredV);
            (u, v, value, gradientEast, gradientNorth) = (nextU, nextV, nextValue, nextEast, nextNorth);
            (velocityEast, velocityNorth) = (nextVelocityEast, nextVelocityNorth);
            (scaleRow, fv) = (nextScaleRow, nextFv);

            if (value < lowest - stallDrop)
            {
                lowest = value;
                lowestStep = step;
            }
            else if (stallWindow > 0 && step - lowestStep >= stallWindow)
            {
                reason = StopReason.Stalled;
                break;
            }

            step++;
        }

        state = new WalkState
        {
            U = u,
            V = v,
            Value = value,
            GradientEast = gradientEast,
            GradientNorth = gradientNorth,
            VelocityEast = velocityEast,
            VelocityNorth = velocityNorth,
            Lowest = lowest,
            Step = step,
            LowestStep = lowestStep,
        };
        (path.ChunkCount, path.LengthMetres, path.LastU, path.LastV) = (count, lengthMetres, lastU, lastV);
        return reason;
    }

    /// <summary>
    /// A whole number held in a double, as an int: the plain conversion instruction, without the checks for NaN and
    /// overflow a cast adds (every caller passes a floor inside a tile's bounds).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Whole(double floor) => double.ConvertToIntegerNative<int>(floor);

    /// <summary>
    /// <c>table(r) + t·(table(r + 1) − table(r))</c>, or <c>table(r)</c> at t = 0: the row scale at a fractional row,
    /// as <see cref="SampleLattice.MetresPerSampleEast(double)"/> interpolates it. The caller keeps r + 1 in the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Interpolate(ref double table, int scaleRow, double t)
    {
        var here = Unsafe.Add(ref table, scaleRow);
        return t == 0 ? here : here + t * (Unsafe.Add(ref table, scaleRow + 1) - here);
    }

    /// <summary>One step anywhere, through the reader: the runner's loop body. Null when the walk goes on.</summary>
    private static StopReason? StepAnywhere(SurfaceReader reader, in WalkRules rules, ref WalkState state, ref PathBuilder path)
    {
        if (state.Value < rules.SeaLevelMetres)
        {
            return StopReason.SeaLevel;
        }

        if (state.Step >= rules.MaxSteps)
        {
            return StopReason.MaxSteps;
        }

        var (gradientEast, gradientNorth) = (state.GradientEast, state.GradientNorth);
        if (!double.IsFinite(gradientEast) || !double.IsFinite(gradientNorth))
        {
            return reader.Locate(state.U, state.V) == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged;
        }

        if (Math.Max(Math.Max(0.0, Math.Abs(gradientEast)), Math.Abs(gradientNorth)) < rules.GradientTolerance)
        {
            return StopReason.Converged;
        }

        double east, north;
        if (rules.Momentum)
        {
            state.VelocityEast = rules.Gamma * state.VelocityEast + rules.AlphaMetres * gradientEast;
            state.VelocityNorth = rules.Gamma * state.VelocityNorth + rules.AlphaMetres * gradientNorth;
            (east, north) = (-state.VelocityEast, -state.VelocityNorth);
        }
        else
        {
            (east, north) = (-rules.AlphaMetres * gradientEast, -rules.AlphaMetres * gradientNorth);
        }

        if (!double.IsFinite(east) || !double.IsFinite(north))
        {
            return StopReason.Diverged;
        }

        // The runner's norms sum the squares from 0, hence the leading 0.0 (it keeps −0 from changing a bit).
        var stepMetres = Math.Sqrt(0.0 + east * east + north * north);
        if (stepMetres == 0 || (stepMetres < rules.StallStepMetres
            && Math.Sqrt(0.0 + gradientEast * gradientEast + gradientNorth * gradientNorth) < rules.StallSlope))
        {
            return StopReason.Stalled;
        }

        var lattice = path.Lattice;
        var nextU = state.U + east / lattice.MetresPerSampleEast(state.V);
        var nextV = state.V - north / lattice.MetresPerSampleNorth(state.V);
        switch (reader.Locate(nextU, nextV))
        {
            case PointStatus.Outside:
                return StopReason.LeftRaster;
            case PointStatus.Void:
                return StopReason.EnteredVoid;
        }

        var value = reader.ElevationAt(nextU, nextV);
        if (!double.IsFinite(value))
        {
            return StopReason.Diverged;
        }

        (state.GradientEast, state.GradientNorth) = reader.GradientAt(nextU, nextV);
        (state.U, state.V, state.Value) = (nextU, nextV, value);
        path.Add(nextU, nextV, value);
        if (value < state.Lowest - rules.StallDropMetres)
        {
            state.Lowest = value;
            state.LowestStep = state.Step;
        }
        else if (rules.StallWindowSteps > 0 && state.Step - state.LowestStep >= rules.StallWindowSteps)
        {
            return StopReason.Stalled;
        }

        state.Step++;
        return null;
    }

    /// <summary>The method and the options a walk reads at every step.</summary>
    private readonly struct WalkRules(IDescentMethod method, DescentOptions options)
    {
        public bool Momentum { get; } = method is MomentumDescent;
        public double AlphaMetres { get; } = options.AlphaMetres;
        public double Gamma { get; } = method is MomentumDescent ? options.Gamma : 0.0;
        public double SeaLevelMetres { get; } = options.SeaLevelMetres;
        public int MaxSteps { get; } = options.MaxSteps;
        public double GradientTolerance { get; } = options.GradientToleranceInfinityNorm;
        public double StallStepMetres { get; } = options.StallStepMetres;
        public double StallSlope { get; } = options.StallSlope;
        public int StallWindowSteps { get; } = options.StallWindowSteps;
        public double StallDropMetres { get; } = options.StallDropMetres;
    }

    /// <summary>Where a walk stands between steps: its position, the value and slope there, and its memory.</summary>
    private struct WalkState
    {
        public double U;
        public double V;
        public double Value;
        public double GradientEast;
        public double GradientNorth;
        public double VelocityEast;
        public double VelocityNorth;
        public double Lowest;
        public int Step;
        public int LowestStep;
    }

    /// <summary>
    /// The path's CRS vertices and ground length as they grow, in chunks of <see cref="ChunkedVertices.ChunkLength"/>
    /// (uninitialised when allocated: every slot is written before the count passes it). Each step is measured between
    /// the sample positions its two CRS vertices name (the round trip <c>UOf(XOf(u))</c>), exactly as
    /// <see cref="TerrainDescender.CumulativeMetres"/> measures it afterwards.
    /// </summary>
    private struct PathBuilder(SampleLattice lattice, PathVertex[] chunk)
    {
        public readonly SampleLattice Lattice = lattice;
        public readonly SampleAxis AxisX = lattice.AxisX;
        public readonly SampleAxis AxisY = lattice.AxisY;
        public PathVertex[] Chunk = chunk;
        public int ChunkCount;
        public double LengthMetres;
        public double LastU;
        public double LastV;
        private List<PathVertex[]>? _fullChunks;

        public void Add(double u, double v, double value)
        {
            if (ChunkCount == Chunk.Length)
            {
                (_fullChunks ??= []).Add(Chunk);
                Chunk = GC.AllocateUninitializedArray<PathVertex>(ChunkedVertices.ChunkLength);
                ChunkCount = 0;
            }

            var x = AxisX.Coordinate(u);
            var y = -AxisY.Coordinate(v);
            var measuredU = AxisX.Index(x);
            var measuredV = AxisY.Index(-y);
            if (ChunkCount > 0 || _fullChunks is not null)
            {
                LengthMetres += Lattice.DistanceMetres(LastU, LastV, measuredU, measuredV);
            }

            Chunk[ChunkCount++] = new PathVertex(x, y, value);
            (LastU, LastV) = (measuredU, measuredV);
        }

        /// <summary>The path: its full chunks as they are and a copy of the one being filled (which stays the builder's).</summary>
        public readonly TerrainPath Finish(string methodName, DescentOptions options, StopReason reason)
        {
            var last = GC.AllocateUninitializedArray<PathVertex>(ChunkCount);
            Chunk.AsSpan(0, ChunkCount).CopyTo(last);
            IReadOnlyList<PathVertex> vertices = _fullChunks is null ? last : new ChunkedVertices([.. _fullChunks, last]);
            return new TerrainPath(methodName, options, vertices, reason, LengthMetres);
        }
    }
}
