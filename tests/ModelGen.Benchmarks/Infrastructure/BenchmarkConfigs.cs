using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ModelGen.Benchmarks.Infrastructure;

/// <summary>Configurations that Program picks by command-line switch.</summary>
internal static class BenchmarkConfigs
{
    /// <summary>
    /// <c>--smoke</c>, for CI: does every benchmark run? One launch, no warm-up, one iteration (BenchmarkDotNet's Dry
    /// job), in this process rather than a separately built one, and allowed in a Debug build too.
    /// The numbers it prints mean nothing.
    /// </summary>
    public static IConfig Smoke { get; } = DefaultConfig.Instance
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke"))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
