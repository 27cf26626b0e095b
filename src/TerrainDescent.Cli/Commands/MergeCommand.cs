using System.CommandLine;
using TerrainDescent.Application.Batches;
using TerrainDescent.Application.Inputs;
using TerrainDescent.Cli.Input;
using TerrainDescent.Core.Batch.Shards;
using TerrainDescent.Core.IO;

namespace TerrainDescent.Cli.Commands;

/// <summary>
/// <c>merge PART... --out FILE.geojson [--summary FILE.csv]</c>: combines the part files of a sharded batch
/// (<c>batch --shard I/N</c>, every shard once, in any order) into exactly the bytes the batch writes on one machine:
/// the features interleaved by start index into the same collection, the summary from the same per-start values
/// (medians from the raw values, not from per-shard medians). Refuses parts of different batches, a missing or
/// repeated shard and a truncated part, in one line.
/// </summary>
public static class MergeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var parts = new Argument<string[]>("PART") { Description = "the part files written by 'batch --shard I/N', every shard of the batch once, in any order", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "GeoJSON file of paths to write (written atomically)", Required = true };
        var summary = new Option<string?>("--summary") { Description = "CSV file of the per-method summary to write (written atomically)" };
        var command = new Command("merge", "Combine the part files of a sharded batch into the paths and summary one machine would have written") { parts, output, summary };
        command.SetAction(parse => CommandGuard.Run(() => Run(parse.GetValue(parts)!, parse.GetValue(output)!, parse.GetValue(summary))));
        return command;
    }

    private static int Run(IReadOnlyList<string> partPaths, string outputPath, string? summaryPath)
    {
        CommandGuard.CheckOutputs([("--out", outputPath), ("--summary", summaryPath)], partPaths);
        try
        {
            using var merge = Open(partPaths);
            BatchReportData report;
            using (var file = AtomicFile.Begin(outputPath))
            {
                using (var output = new BatchOutput(file.Stream, merge.Header.Methods))
                {
                    foreach (var record in merge.Records())
                    {
                        for (var m = 0; m < record.Entries.Count; m++)
                        {
                            output.Add(record.StartId, m, record.Entries[m]);
                        }
                    }

                    report = output.Finish();
                }

                file.Commit();
            }

            Console.WriteLine($"merged {partPaths.Count} part(s) of {merge.Header.Shard.Count} shard(s): {report.StartCount} start(s)");
            BatchReport.Print(report, outputPath);
            BatchReport.Write(report, outputPath, summaryPath);
            return 0;
        }
        catch (InvalidDataException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    private static BatchPartMerge Open(IReadOnlyList<string> partPaths)
    {
        var readers = new List<BatchPartReader>();
        try
        {
            foreach (var path in partPaths)
            {
                if (!File.Exists(path))
                {
                    throw new UserInputException($"part file {path} does not exist");
                }

                var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                try
                {
                    readers.Add(new BatchPartReader(stream, path));
                }
                catch
                {
                    stream.Dispose();
                    throw;
                }
            }

            return new BatchPartMerge(readers, partPaths);
        }
        catch
        {
            readers.ForEach(r => r.Dispose());
            throw;
        }
    }
}
