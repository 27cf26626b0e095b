using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace TerrainDescent.Benchmarks;

/// <summary>The shared configuration: memory diagnoser and a short job, fit for a 2-core machine.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(10));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
