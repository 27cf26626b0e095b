using BenchmarkDotNet.Running;

namespace TerrainDescent.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project tests/TerrainDescent.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
}
