namespace TerrainDescent.Core.Descent;

/// <summary>
/// Runs one method on one objective from one start and applies the stop rules; the one loop every method shares.
/// </summary>
/// <remarks>
/// Order of checks each step: below sea level → <see cref="StopReason.SeaLevel"/>; budget spent →
/// <see cref="StopReason.MaxSteps"/>; gradient undefined → <see cref="StopReason.EnteredVoid"/> (beside a void)
/// or <see cref="StopReason.Diverged"/>; ‖∇f‖∞ below the gradient tolerance → <see cref="StopReason.Converged"/>;
/// step non-finite → Diverged; step zero, or step and slope negligible →
/// <see cref="StopReason.Stalled"/>; destination off the domain → <see cref="StopReason.LeftRaster"/>, in a void
/// → EnteredVoid (the path ends at its last valid vertex); value non-finite, or |f| or a coordinate beyond
/// <see cref="DescentOptions.DivergenceMagnitude"/> → Diverged; no new low for the stall window → Stalled.
/// </remarks>
public static class DescentRunner
{
    /// <summary>Descends from <paramref name="start"/> until a stop rule fires.</summary>
    public static DescentTrace Run(IObjective objective, IDescentMethod method, ReadOnlySpan<double> start, DescentOptions options)
    {
        var n = objective.Dimension;
        if (start.Length != n)
        {
            throw new ArgumentException($"start has {start.Length} coordinates, the objective {n}");
        }

        var x = start.ToArray();
        var next = new double[n];
        var gradient = new double[n];
        var displacement = new double[n];
        var positions = new List<double>(n * 256);
        var values = new List<double>(256);

        var value = objective.Value(x);
        positions.AddRange(x);
        values.Add(value);

        var startStatus = objective.Locate(x);
        if (startStatus != PointStatus.Inside || !double.IsFinite(value))
        {
            var reason = startStatus == PointStatus.Outside ? StopReason.LeftRaster
                : startStatus == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged;
            return Finish(n, positions, values, reason);
        }

        var stepper = method.Start(objective, options);
        var lowest = value;
        var lowestStep = 0;
        for (var step = 0; ; step++)
        {
            if (value < options.SeaLevelMetres)
            {
                return Finish(n, positions, values, StopReason.SeaLevel);
            }

            if (step >= options.MaxSteps)
            {
                return Finish(n, positions, values, StopReason.MaxSteps);
            }

            objective.Gradient(x, gradient);
            if (!AllFinite(gradient))
            {
                var reason = objective.Locate(x) == PointStatus.Void ? StopReason.EnteredVoid : StopReason.Diverged;
                return Finish(n, positions, values, reason);
            }

            if (InfinityNorm(gradient) < options.GradientToleranceInfinityNorm)
            {
                return Finish(n, positions, values, StopReason.Converged);
            }

            stepper.Step(x, gradient, displacement);
            if (!AllFinite(displacement))
            {
                return Finish(n, positions, values, StopReason.Diverged);
            }

            // A zero step means the method found no way down (a line search with no decrease): a minimum for it.
            var stepMetres = Norm(displacement);
            if (stepMetres == 0 || (stepMetres < options.StallStepMetres && Norm(gradient) < options.StallSlope))
            {
                return Finish(n, positions, values, StopReason.Stalled);
            }

            objective.Move(x, displacement, next);
            switch (objective.Locate(next))
            {
                case PointStatus.Outside:
                    return Finish(n, positions, values, StopReason.LeftRaster);
                case PointStatus.Void:
                    return Finish(n, positions, values, StopReason.EnteredVoid);
            }

            value = objective.Value(next);
            if (!double.IsFinite(value) || !Within(next, value, options.DivergenceMagnitude))
            {
                return Finish(n, positions, values, StopReason.Diverged);
            }

            (x, next) = (next, x);
            positions.AddRange(x);
            values.Add(value);

            if (value < lowest - options.StallDropMetres)
            {
                lowest = value;
                lowestStep = step;
            }
            else if (options.StallWindowSteps > 0 && step - lowestStep >= options.StallWindowSteps)
            {
                return Finish(n, positions, values, StopReason.Stalled);
            }
        }
    }

    private static DescentTrace Finish(int n, List<double> positions, List<double> values, StopReason reason) =>
        new(n, positions.ToArray(), values.ToArray(), reason);

    private static bool Within(ReadOnlySpan<double> x, double value, double magnitude)
    {
        if (!(Math.Abs(value) <= magnitude))
        {
            return false;
        }

        foreach (var v in x)
        {
            if (!(Math.Abs(v) <= magnitude))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                return false;
            }
        }

        return true;
    }

    private static double InfinityNorm(ReadOnlySpan<double> values)
    {
        var largest = 0.0;
        foreach (var v in values)
        {
            largest = Math.Max(largest, Math.Abs(v));
        }

        return largest;
    }

    private static double Norm(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v * v;
        }

        return Math.Sqrt(sum);
    }
}
