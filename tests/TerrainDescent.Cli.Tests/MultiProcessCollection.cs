namespace TerrainDescent.Cli.Tests;

/// <summary>
/// The tests that start clusters of processes run alone, after the tests that run in parallel, so that the
/// machine's cores are theirs and a silo killed mid-run still finds a batch running.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiProcessCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "MultiProcess";
}
