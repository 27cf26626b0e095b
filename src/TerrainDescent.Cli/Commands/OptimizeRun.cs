using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;

namespace TerrainDescent.Cli.Commands;

/// <summary>One method's path on the function being optimised.</summary>
/// <param name="Method">The method run.</param>
/// <param name="Trace">Its vertices, values and stop reason.</param>
public sealed record OptimizeRun(IDescentMethod Method, DescentTrace Trace)
{
    /// <summary>Euclidean distance from the path's end to the nearest known minimiser; NaN when none is known.</summary>
    public double DistanceToMinimiser(BuiltInFunction function)
    {
        var end = Trace.End;
        var nearest = double.NaN;
        foreach (var minimiser in function.KnownMinima)
        {
            var sum = 0.0;
            for (var i = 0; i < minimiser.Length; i++)
            {
                sum += (minimiser[i] - end[i]) * (minimiser[i] - end[i]);
            }

            nearest = double.IsNaN(nearest) ? Math.Sqrt(sum) : Math.Min(nearest, Math.Sqrt(sum));
        }

        return nearest;
    }
}
