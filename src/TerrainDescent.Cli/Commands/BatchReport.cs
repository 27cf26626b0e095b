using TerrainDescent.Cli.Output;
using TerrainDescent.Core.Batch;
using TerrainDescent.GeoJson;

namespace TerrainDescent.Cli.Commands;

/// <summary>What <c>batch</c> prints and writes once every descent has run.</summary>
internal static class BatchReport
{
    private const int ProblemsListed = 20;

    /// <summary>Prints the starts that could not be descended from (the first few) and the summary table.</summary>
    public static void Print(BatchResult result, BatchRequest request)
    {
        var problems = result.Outcomes.Where(o => o.MethodIndex == 0 && !o.Descended).ToList();
        foreach (var outcome in problems.Take(ProblemsListed))
        {
            Console.WriteLine($"bad start '{outcome.Start.Id}': {outcome.Problem}");
        }

        if (problems.Count > ProblemsListed)
        {
            Console.WriteLine($"… and {problems.Count - ProblemsListed} more bad start(s); see start_problem in {request.OutputPath}");
        }

        CommandGuard.Out.Write(SummaryTable.Create(result.Summaries));
    }

    /// <summary>Writes the paths and, when asked, the summary CSV, each atomically.</summary>
    public static void Write(BatchResult result, IReadOnlyList<GeoJsonFeature> features, BatchRequest request)
    {
        GeoJsonWriter.WriteFile(request.OutputPath, features, "terrain-descent batch");
        Console.WriteLine($"wrote {features.Count} path(s) from {result.Starts.Count} start(s) to {request.OutputPath}");
        if (request.SummaryPath is not null)
        {
            SummaryCsv.WriteFile(request.SummaryPath, result.Summaries);
            Console.WriteLine($"wrote the summary to {request.SummaryPath}");
        }
    }
}
