using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using ModelGen.PackageTests;

namespace ModelGen.Benchmarks.BuildCost;

/// <summary>
/// <c>--build-cost</c>: what a user pays in build time for ModelGen. Packs the package, creates consumer projects,
/// builds each once (restore and first compile, not timed), then times N rebuilds of each after a one-line .cs edit,
/// in rounds that visit every project in turn, so that a slow spell of this shared machine hits every row alike.
/// Rebuild times are reported against the empty project's in the same run. <c>--runs N</c> (default 5) sets the
/// rounds; <c>--smoke</c> builds only the empty project and one small roots project, once each (CI). The run-time
/// comparison (<see cref="RunTime.InterleavedRun"/>) follows the table.
/// </summary>
internal static class BuildCostRun
{
    private const string Empty = "Empty";

    // Several roots are separated by commas: MSBuild's ';' would cut the list short on its way to the generator.
    private static readonly ConsumerSpec[] Full =
    [
        new(Empty, null, WithModelGen: false, null),
        new("NoDocs", null, WithModelGen: true, null),
        new("Corpus2025", "openrouter-2025-10", WithModelGen: true, null),
        new("Corpus2025ChatResponse", "openrouter-2025-10", WithModelGen: true, "ChatResponse"),
        new("Corpus2026", "openrouter-2026-08", WithModelGen: true, null),
        new("Corpus2026Library", "openrouter-2026-08", WithModelGen: true, null, RunAnalyzers: false),
        new("Corpus2026StreamEvents", "openrouter-2026-08", WithModelGen: true, "StreamEvents"),
        new("Corpus2026Chat", "openrouter-2026-08", WithModelGen: true, "ChatRequest,ChatResult,ChatStreamChunk"),
    ];

    private static readonly string[] Smoke = [Empty, "Corpus2025ChatResponse"];

    public static int Run(IReadOnlyList<string> args)
    {
        var smoke = args.Contains("--smoke");
        var runs = smoke ? 1 : 5;
        var runsIndex = args.ToList().IndexOf("--runs");
        if (runsIndex >= 0 && (runsIndex + 1 >= args.Count || !int.TryParse(args[runsIndex + 1], NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1))
        {
            Console.Error.WriteLine("--runs takes a positive number");
            return 2;
        }

        var repositoryRoot = RepositoryRoot();
        var corpusRoot = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus"));
        var specs = Full.Where(spec => !smoke || Smoke.Contains(spec.Name)).ToList();
        if (!Directory.Exists(corpusRoot))
        {
            // CI runs beside the corpus; a missing one there is a broken set-up, not a reason to measure less.
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                Console.Error.WriteLine($"FAILED: the corpus is missing ({corpusRoot}) and CI=true");
                return 1;
            }

            Console.WriteLine($"Corpus not found ({corpusRoot}): only the projects without docs are built.");
            specs = specs.Where(static spec => spec.Corpus is null).ToList();
        }

        Console.WriteLine($"Build cost: {specs.Count} projects, {runs} timed rebuild(s) each; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, SDK {Sdk(repositoryRoot)}");
        using var feed = PackedFeed.Pack(repositoryRoot);
        Console.WriteLine($"Packed ModelGen {feed.Version} into {feed.Root}");

        var builds = specs.Select(spec => ConsumerBuild.Create(spec, feed, corpusRoot)).ToList();
        var first = new Dictionary<string, FirstBuild>();
        foreach (var build in builds)
        {
            first[build.Spec.Name] = build.BuildFirst();
            Console.WriteLine($"  first build {build.Spec.Name}: {first[build.Spec.Name]}");
        }

        var wall = builds.ToDictionary(static build => build.Spec.Name, static _ => new List<double>());
        var cpu = builds.ToDictionary(static build => build.Spec.Name, static _ => new List<double>());
        for (var round = 1; round <= runs; round++)
        {
            foreach (var build in builds)
            {
                var (wallSeconds, cpuSeconds) = build.Rebuild(round);
                wall[build.Spec.Name].Add(wallSeconds);
                if (cpuSeconds is { } seconds)
                {
                    cpu[build.Spec.Name].Add(seconds);
                }
            }

            Console.WriteLine($"  round {round} (wall / CPU s): " + string.Join(", ", builds.Select(build =>
                $"{build.Spec.Name} {wall[build.Spec.Name][^1]:F2} / {(cpu[build.Spec.Name].Count == round ? cpu[build.Spec.Name][^1].ToString("F2", CultureInfo.InvariantCulture) : "n/a")}")));
        }

        Console.WriteLine();
        Console.WriteLine(Table(specs, first, wall, cpu, runs));
        Console.WriteLine();
        // The other half of what the user pays: what the generated code costs at run time.
        Console.WriteLine("Run-time cost of the generated code (--interleaved; BenchmarkDotNet's '*RunTime*' benchmarks measure the same):");
        return RunTime.InterleavedRun.Run(smoke ? new[] { "--smoke" } : Array.Empty<string>(), Console.Out);
    }

    private static string Table(
        IReadOnlyList<ConsumerSpec> specs,
        Dictionary<string, FirstBuild> first,
        Dictionary<string, List<double>> wall,
        Dictionary<string, List<double>> cpu,
        int runs)
    {
        var emptyWall = Median(wall[Empty]);
        var emptyCpu = cpu[Empty].Count == runs ? Median(cpu[Empty]) : (double?)null;
        var lines = new List<string>
        {
            $"Rebuild after a one-line .cs edit, {runs} run(s) per project: median (min–max); × empty = median / the empty project's median, same run.",
            "",
            "| Project | Roots | Docs | Doc chars | Generated files | Generated chars | Gen. chars / doc char | Rebuild wall | × empty | Rebuild CPU | × empty |",
            "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        };
        foreach (var spec in specs)
        {
            var built = first[spec.Name];
            var ratio = built.DocChars == 0 ? "–" : ((double)built.GeneratedChars / built.DocChars).ToString("F2", CultureInfo.InvariantCulture);
            var (wallCell, wallRatio) = Cells(wall[spec.Name], emptyWall);
            var (cpuCell, cpuRatio) = cpu[spec.Name].Count == runs && emptyCpu is { } baseline ? Cells(cpu[spec.Name], baseline) : ("n/a", "n/a");
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {Describe(spec)} | {spec.Roots ?? "–"} | {built.Docs:N0} | {built.DocChars:N0} | {built.GeneratedFiles:N0} | {built.GeneratedChars:N0} | {ratio} | {wallCell} | {wallRatio} | {cpuCell} | {cpuRatio} |"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static (string Cell, string Ratio) Cells(List<double> seconds, double baseline)
    {
        var median = Median(seconds);
        return (
            string.Create(CultureInfo.InvariantCulture, $"{median:F2} s ({seconds.Min():F2}–{seconds.Max():F2})"),
            string.Create(CultureInfo.InvariantCulture, $"{median / baseline:F2}"));
    }

    private static string Describe(ConsumerSpec spec) => spec switch
    {
        { WithModelGen: false } => "empty net10.0 library (no ModelGen)",
        { Corpus: null } => "ModelGen, no docs",
        _ => spec.Corpus + (spec.Roots is null ? ", all docs" : ", roots") + (spec.RunAnalyzers ? string.Empty : ", RunAnalyzers=false"),
    };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Sdk(string repositoryRoot) =>
        DotNetCli.Run(repositoryRoot, null, "--version").EnsureSuccess().Output.Trim();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ModelGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ModelGen.sln not found above " + AppContext.BaseDirectory);
    }
}
