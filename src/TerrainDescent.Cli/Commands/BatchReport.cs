using TerrainDescent.Application.Batches;
using TerrainDescent.Cli.Output;

namespace TerrainDescent.Cli.Commands;

/// <summary>What <c>batch</c> prints and writes once every descent has run.</summary>
internal static class BatchReport
{
    /// <summary>Prints the starts that could not be descended from (the first few) and the summary table.</summary>
    public static void Print(BatchReportData report, string outputPath)
    {
        foreach (var (id, problem) in report.Problems)
        {
            Console.WriteLine($"bad start '{id}': {problem}");
        }

        if (report.ProblemCount > report.Problems.Count)
        {
            Console.WriteLine($"… and {report.ProblemCount - report.Problems.Count} more bad start(s); see start_problem in {outputPath}");
        }

        SummaryTable.Create(report.Summaries).Write(Console.Out, CommandGuard.WidthColumns);
    }

    /// <summary>Says what was written and writes the summary CSV when asked, atomically.</summary>
    public static void Write(BatchReportData report, string outputPath, string? summaryPath)
    {
        Console.WriteLine($"wrote {report.PathCount} path(s) from {report.StartCount} start(s) to {outputPath}");
        if (summaryPath is not null)
        {
            SummaryCsv.WriteFile(summaryPath, report.Summaries);
            Console.WriteLine($"wrote the summary to {summaryPath}");
        }
    }
}
