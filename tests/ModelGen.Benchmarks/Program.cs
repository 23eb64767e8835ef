using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ModelGen.Benchmarks.BoundedWork;
using ModelGen.Benchmarks.BuildCost;
using ModelGen.Benchmarks.Infrastructure;
using ModelGen.Benchmarks.RunTime;

namespace ModelGen.Benchmarks;

/// <summary>
/// ModelGen's benchmarks (README.md beside this file has the commands). BenchmarkDotNet's own arguments
/// (<c>--filter</c>, <c>--job</c>, …) pass through, plus five of ours:
/// <c>--smoke</c> runs every benchmark once, fast, to check that they run (CI);
/// <c>--validate</c> runs the generator once over each bounded-work input and prints what it produced;
/// <c>--build-cost</c> times <c>dotnet build</c> of real consumer projects instead (<see cref="BuildCostRun"/>; with
/// <c>--smoke</c>, two small projects once each);
/// <c>--dump &lt;folder&gt; [--roots A,B]</c> writes everything the generator produces for <c>schemas/</c> and the corpora
/// (<see cref="OutputDump"/>; with <c>--roots</c>, as a project setting <c>ModelGenRoots</c> to them);
/// <c>--interleaved [--rounds N]</c> reads and writes the event stream with System.Text.Json and ModelGen in turns in one process
/// (<see cref="InterleavedRun"/>; with <c>--smoke</c>, two rounds).
/// The exit code is 1 when a benchmark failed (its setup threw, e.g. the generator reported MG0099).
/// </summary>
public static class Program
{
    private const string SmokeSwitch = "--smoke";
    private const string ValidateSwitch = "--validate";
    private const string BuildCostSwitch = "--build-cost";
    private const string DumpSwitch = "--dump";
    private const string RootsOption = "--roots";
    private const string InterleavedSwitch = "--interleaved";

    public static int Main(string[] args)
    {
        if (args.Contains(BuildCostSwitch))
        {
            return BuildCostRun.Run(args);
        }

        if (args.Contains(InterleavedSwitch))
        {
            return InterleavedRun.Run(args, Console.Out);
        }

        if (Array.IndexOf(args, DumpSwitch) is var dump and >= 0)
        {
            var roots = Array.IndexOf(args, RootsOption) is var at and >= 0 && args.Length > at + 1 ? args[at + 1] : null;
            return args.Length > dump + 1 ? OutputDump.Run(args[dump + 1], roots) : 1;
        }

        if (args.Contains(ValidateSwitch))
        {
            return BoundedWorkValidation.Run(Console.Out);
        }

        var smoke = args.Contains(SmokeSwitch);
        var benchmarkArgs = args.Where(static arg => arg != SmokeSwitch).ToList();
        if (smoke && !benchmarkArgs.Any(static arg => arg is "--filter" or "-f"))
        {
            // Without a filter BenchmarkDotNet asks which benchmark to run, and CI has no one to answer.
            benchmarkArgs.AddRange(new[] { "--filter", "*" });
        }

        IConfig? config = smoke ? BenchmarkConfigs.Smoke : null;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArgs.ToArray(), config);
        return AllSucceeded(summaries.ToList()) ? 0 : 1;
    }

    private static bool AllSucceeded(IReadOnlyList<Summary> summaries)
    {
        var failed = summaries
            .SelectMany(static summary => summary.BenchmarksCases.Where(benchmark => summary[benchmark] is not { Success: true }))
            .Select(static benchmark => benchmark.DisplayInfo)
            .ToList();
        foreach (var name in failed)
        {
            Console.Error.WriteLine($"FAILED: {name}");
        }

        return failed.Count == 0 && !summaries.Any(static summary => summary.HasCriticalValidationErrors);
    }
}
