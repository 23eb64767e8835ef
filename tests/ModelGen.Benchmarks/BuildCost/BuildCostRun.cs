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
/// rounds; <c>--smoke</c> builds only the empty project and one small roots project, once each (CI);
/// <c>--projects A,B</c> builds only those (names as in <see cref="Full"/>). <c>--baseline REV</c> also packs ModelGen
/// as it was at the git revision REV and builds a second copy of every ModelGen project with it, in the same rounds:
/// a change to the generated code measured in the user's build, before against after. The run-time comparison
/// (<see cref="RunTime.InterleavedRun"/>) follows the table.
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
        if (!TryOption(args, "--runs", out var runsText)
            || (runsText is not null && (!int.TryParse(runsText, NumberStyles.None, CultureInfo.InvariantCulture, out runs) || runs < 1)))
        {
            Console.Error.WriteLine("--runs takes a positive number");
            return 2;
        }

        if (!TryOption(args, "--projects", out var projectsText) || !TryOption(args, "--baseline", out var baselineRevision))
        {
            Console.Error.WriteLine("--projects takes a comma-separated list of project names, --baseline a git revision");
            return 2;
        }

        var projects = projectsText?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = projects?.Where(name => Full.All(spec => spec.Name != name)).ToList();
        if (unknown is { Count: > 0 })
        {
            Console.Error.WriteLine($"--projects: no project named {string.Join(", ", unknown)}; known: {string.Join(", ", Full.Select(static spec => spec.Name))}");
            return 2;
        }

        var repositoryRoot = RepositoryRoot();
        var corpusRoot = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "corpus"));
        var specs = Full.Where(spec => (!smoke || Smoke.Contains(spec.Name)) && (projects is null || projects.Contains(spec.Name))).ToList();
        if (!specs.Any(static spec => spec.Name == Empty))
        {
            // Every ratio is against the empty project in the same run.
            specs.Insert(0, Full[0]);
        }

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
        using var baselineSources = baselineRevision is null ? null : BaselineSources.Extract(repositoryRoot, baselineRevision);
        using var baselineFeed = baselineSources is null ? null : PackedFeed.Pack(baselineSources.Root, ".baseline");
        if (baselineFeed is not null)
        {
            Console.WriteLine($"Packed ModelGen at {baselineRevision} as {baselineFeed.Version} into {baselineFeed.Root}");
            foreach (var spec in specs.Where(static spec => spec.WithModelGen).ToList())
            {
                var baseline = spec with { Baseline = true };
                specs.Insert(specs.IndexOf(spec) + 1, baseline);
                builds.Insert(builds.FindIndex(build => build.Spec == spec) + 1, ConsumerBuild.Create(baseline, baselineFeed, corpusRoot));
            }
        }

        var first = new Dictionary<string, FirstBuild>();
        foreach (var build in builds)
        {
            first[build.Spec.Key] = build.BuildFirst();
            Console.WriteLine($"  first build {build.Spec.Key}: {first[build.Spec.Key]}");
        }

        var wall = builds.ToDictionary(static build => build.Spec.Key, static _ => new List<double>());
        var cpu = builds.ToDictionary(static build => build.Spec.Key, static _ => new List<double>());
        for (var round = 1; round <= runs; round++)
        {
            foreach (var build in builds)
            {
                var (wallSeconds, cpuSeconds) = build.Rebuild(round);
                wall[build.Spec.Key].Add(wallSeconds);
                if (cpuSeconds is { } seconds)
                {
                    cpu[build.Spec.Key].Add(seconds);
                }
            }

            Console.WriteLine($"  round {round} (wall / CPU s): " + string.Join(", ", builds.Select(build =>
                $"{build.Spec.Key} {wall[build.Spec.Key][^1]:F2} / {(cpu[build.Spec.Key].Count == round ? cpu[build.Spec.Key][^1].ToString("F2", CultureInfo.InvariantCulture) : "n/a")}")));
        }

        Console.WriteLine();
        Console.WriteLine(Table(specs, first, wall, cpu, runs, baselineRevision));
        if (baselineRevision is not null)
        {
            Console.WriteLine();
            Console.WriteLine(PairedRatios(specs, wall, cpu, baselineRevision));
        }

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
        int runs,
        string? baselineRevision)
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
            var built = first[spec.Key];
            var ratio = built.DocChars == 0 ? "–" : ((double)built.GeneratedChars / built.DocChars).ToString("F2", CultureInfo.InvariantCulture);
            var (wallCell, wallRatio) = Cells(wall[spec.Key], emptyWall);
            var (cpuCell, cpuRatio) = cpu[spec.Key].Count == runs && emptyCpu is { } baseline ? Cells(cpu[spec.Key], baseline) : ("n/a", "n/a");
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {Describe(spec, baselineRevision)} | {spec.Roots ?? "–"} | {built.Docs:N0} | {built.DocChars:N0} | {built.GeneratedFiles:N0} | {built.GeneratedChars:N0} | {ratio} | {wallCell} | {wallRatio} | {cpuCell} | {cpuRatio} |"));
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

    private static string Describe(ConsumerSpec spec, string? baselineRevision) => spec switch
    {
        { WithModelGen: false } => "empty net10.0 library (no ModelGen)",
        { Corpus: null } => "ModelGen, no docs",
        _ => spec.Corpus + (spec.Roots is null ? ", all docs" : ", roots") + (spec.RunAnalyzers ? string.Empty : ", RunAnalyzers=false"),
    } + (spec.Baseline ? $" (ModelGen at {baselineRevision})" : string.Empty);

    /// <summary>Each project's rebuild over its baseline copy's, round by round: the two built in turn, under the same load.</summary>
    private static string PairedRatios(IReadOnlyList<ConsumerSpec> specs, Dictionary<string, List<double>> wall, Dictionary<string, List<double>> cpu, string baselineRevision)
    {
        var lines = new List<string> { $"This checkout's rebuild over the same project's with ModelGen at {baselineRevision}, per round: median (min–max); below 1 is faster." };
        foreach (var spec in specs.Where(static spec => spec is { WithModelGen: true, Baseline: false }))
        {
            var baseline = (spec with { Baseline = true }).Key;
            lines.Add($"  {Describe(spec, null)}: wall {Paired(wall[spec.Key], wall[baseline])}, CPU {Paired(cpu[spec.Key], cpu[baseline])}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Paired(List<double> current, List<double> baseline)
    {
        if (current.Count == 0 || current.Count != baseline.Count)
        {
            return "n/a";
        }

        var ratios = current.Zip(baseline, static (after, before) => after / before).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Median(ratios):F3} ({ratios.Min():F3}–{ratios.Max():F3})");
    }

    /// <summary>The value after <paramref name="option"/> (null when the option is not given); false when it is given without one.</summary>
    private static bool TryOption(IReadOnlyList<string> args, string option, out string? value)
    {
        var index = args.ToList().IndexOf(option);
        value = index >= 0 && index + 1 < args.Count && !args[index + 1].StartsWith("--", StringComparison.Ordinal) ? args[index + 1] : null;
        return index < 0 || value is not null;
    }

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
