using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Descent;
using TerrainDescent.Core.Functions;
using static System.FormattableString;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// The comparison table of <c>optimize --method all</c>: per method the iterations k (counted as the tutorials
/// count them), how the run ended, the final f and the distance to the nearest known minimiser.
/// </summary>
public static class OptimizeTable
{
    /// <summary>Writes the table, one row per run, as fixed-width plain text.</summary>
    public static void Write(TextWriter writer, BuiltInFunction function, IReadOnlyList<OptimizeRun> runs)
    {
        var width = Math.Max(6, runs.Max(r => r.Method.Name.Length));
        writer.WriteLine(Invariant($"{"method".PadRight(width)}  {"iterations",10}  {"result",-10}  {"final f",-24}  distance to minimiser"));
        foreach (var run in runs)
        {
            var distance = run.DistanceToMinimiser(function);
            var distanceText = double.IsNaN(distance) ? "-" : NumberText.Significant(distance, 4);
            writer.WriteLine(Invariant($"{run.Method.Name.PadRight(width)}  {run.Trace.Iterations,10}  {run.Trace.Reason.ToName(),-10}  {NumberText.RoundTrip(run.Trace.EndValue),-24}  {distanceText}"));
        }
    }
}
