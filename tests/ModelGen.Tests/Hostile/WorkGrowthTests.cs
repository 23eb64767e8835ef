using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// The generator's work grows linearly with its input: doubling one dimension of it (rows of a table, size of a
/// doc, number of linked docs, depth of a type, variants of a union, values of an enum) at most ~doubles the time of
/// a whole generator run. Quadratic work (a loop that rescans what it has read, strings concatenated in a loop)
/// shows as a ratio near 4, long before an input is big enough for a user to wait on it.
/// <para>
/// Only ratios of two runs in the same test are asserted, never a duration: the machine's speed cancels out. Each
/// size is timed several times, interleaved with the other so that load on the machine hits both alike, and the
/// fastest run of each counts: noise only ever adds time, so the minimum is the best estimate of the work. The bytes
/// a run allocates are a second, exact measure of work with the same bound.
/// </para>
/// </summary>
public sealed class WorkGrowthTests
{
    /// <summary>Linear work gives ~2 (a little under: the driver's fixed cost does not double); quadratic gives ~4.</summary>
    private const double MaxRatio = 2.5;

    private const int Repetitions = 5;
    private const int Attempts = 3;
    private const int WarmUps = 3;
    private const long NoGcBytes = 240L * 1024 * 1024;
    private const string Models = "/proj/docs/models/";
    private const string Required = ":heavy_check_mark:";
    private const string Optional = ":heavy_minus_sign:";
    private const string FieldsHeader = "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n";

    private static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions();
    private static readonly Lazy<CSharpCompilation> EmptyCompilation = new(() => GeneratorHarness.CreateCompilation(Array.Empty<string>(), ParseOptions));

    /// <summary>One dimension of the input: docs of a given size, and how many types and diagnostics they must give.</summary>
    public sealed record Growth(string Name, int Size, Func<int, AdditionalText[]> Docs, Func<int, int> ExpectedTypes, string[]? ExpectedDiagnosticIds = null)
    {
        public override string ToString() => Name;
    }

    // Sizes: each small run takes tens of milliseconds of CPU (well above the clock's resolution), and both sizes
    // stay clear of steps in cost that are not growth: data outgrowing the CPU's caches made 20,000 -> 40,000 nested
    // maps, or 10,000 -> 20,000 enum values, cost 3-4x, and the next doubling 2x again.
    private static IEnumerable<TestCaseData> Growths() => new[]
    {
        new Growth("table rows", 2_500, n => new[] { WideTable(n), Target() }, _ => 2),
        new Growth("doc size", 500_000, n => new[] { LongDescriptions(n) }, _ => 1),
        new Growth("linked docs", 400, LinkedDocs, n => n),
        new Growth("nesting depth (arrays)", 50_000, n => Nested("*number*" + Repeat("[]", n)), _ => 2, new[] { "MG0012", "MG0012" }),
        new Growth("nesting depth (maps)", 8_000, n => Nested(Repeat("Record<string, ", n) + "*number*" + new string('>', n)), _ => 2, new[] { "MG0012", "MG0012" }),
        new Growth("union variants", 400, UnionOfRecords, n => n + 1),
        new Growth("enum values", 5_000, n => new[] { Enum(n) }, _ => 1),
    }.Select(growth => new TestCaseData(growth).SetArgDisplayNames(growth.Name));

    [TestCaseSource(nameof(Growths))]
    public void DoublingTheInputAtMostDoublesTheWork(Growth growth)
    {
        var small = growth.Docs(growth.Size);
        var large = growth.Docs(2 * growth.Size);

        // Proof that both runs do the whole work (a run that skipped docs or failed would time nothing), and warm-up:
        // the JIT recompiles hot methods optimized only after some calls, in the background, and code that sped up
        // between the small runs and the large ones would make any ratio meaningless.
        CheckOutcome(growth, growth.Size, Run(small));
        CheckOutcome(growth, 2 * growth.Size, Run(large));
        for (var i = 0; i < WarmUps; i++)
        {
            Run(small);
        }

        // A quadratic step fails every attempt; a burst of load on the machine rarely spoils three in a row.
        var attempts = new List<string>();
        var timeRatio = double.PositiveInfinity;
        for (var attempt = 0; attempt < Attempts && timeRatio > MaxRatio; attempt++)
        {
            var smallTimes = new List<double>();
            var largeTimes = new List<double>();
            for (var i = 0; i < Repetitions; i++)
            {
                smallTimes.Add(Time(small));
                largeTimes.Add(Time(large));
            }

            timeRatio = largeTimes.Min() / smallTimes.Min();
            attempts.Add(string.Create(CultureInfo.InvariantCulture, $"{timeRatio:F2} (ms: {Format(smallTimes)} | {Format(largeTimes)})"));
        }

        var allocationRatio = (double)Allocated(large) / Allocated(small);
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{growth.Name} {growth.Size} -> {2 * growth.Size}: time ratio {string.Join(", then ", attempts)}; allocation ratio {allocationRatio:F2}"));
        Assert.Multiple(() =>
        {
            Assert.That(timeRatio, Is.LessThanOrEqualTo(MaxRatio), $"doubling the {growth.Name} multiplied the generator's time by {timeRatio:F2}: superlinear work");
            Assert.That(allocationRatio, Is.LessThanOrEqualTo(MaxRatio), $"doubling the {growth.Name} multiplied what the generator allocates by {allocationRatio:F2}: superlinear work");
        });
    }

    /// <summary>Bytes allocated by one run: exact and free of noise, it catches quadratic copying (strings built by concatenation) for certain.</summary>
    private static long Allocated(AdditionalText[] docs)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Run(docs);
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    /// <summary>
    /// Milliseconds of one run: on Linux the CPU time of the thread that runs the generator (the driver runs a
    /// generator's steps on the calling thread, and the run keeps the GC out, see <see cref="StartNoGcRegion"/>), which
    /// neither other processes nor other threads of the test process inflate: the process's CPU time also counted work
    /// that earlier tests left running, and once made a linear run look 3-4x. Elsewhere the process's CPU time;
    /// Windows updates CPU time only every clock tick (~15 ms), too coarse here, so there it is wall time.
    /// </summary>
    private static double Time(AdditionalText[] docs)
    {
        // A collection left over from the previous run would be charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var noGc = StartNoGcRegion();
        try
        {
            if (OperatingSystem.IsWindows())
            {
                var watch = Stopwatch.StartNew();
                Run(docs);
                return watch.Elapsed.TotalMilliseconds;
            }

            if (OperatingSystem.IsLinux())
            {
                var start = ThreadCpuMilliseconds();
                Run(docs);
                return ThreadCpuMilliseconds() - start;
            }

            var before = Environment.CpuUsage.TotalTime;
            Run(docs);
            return (Environment.CpuUsage.TotalTime - before).TotalMilliseconds;
        }
        finally
        {
            if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }

    private static double ThreadCpuMilliseconds()
    {
        const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID on Linux
        if (clock_gettime(ClockThreadCpuTimeId, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out Timespec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>
    /// Keeps the GC out of the timed run where the runtime allows a region that large: collections cost more as the
    /// live data grows, which makes a linear generator look superlinear (the runtime's cost, not the generator's; what
    /// the generator allocates is bounded separately).
    /// </summary>
    private static bool StartNoGcRegion()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoGcBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // more than this runtime's GC can set aside: timed with collections
        }
    }

    /// <summary>A cold run, as a build runs the generator: a new driver, no step tracking, the compilation not updated.</summary>
    private static GeneratorDriverRunResult Run(AdditionalText[] docs) =>
        CSharpGeneratorDriver.Create(
                new[] { new ModelGenerator().AsSourceGenerator() },
                docs,
                ParseOptions,
                TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written"))
            .RunGenerators(EmptyCompilation.Value)
            .GetRunResult();

    private static void CheckOutcome(Growth growth, int size, GeneratorDriverRunResult run)
    {
        var result = run.Results.Single();
        Assert.That(result.Exception, Is.Null);
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(growth.ExpectedDiagnosticIds ?? Array.Empty<string>()), $"{growth.Name} at {size}");
        Assert.That(result.GeneratedSources.Count(s => !s.HintName.StartsWith("ModelGen-", StringComparison.Ordinal)), Is.EqualTo(growth.ExpectedTypes(size)), $"{growth.Name} at {size}: types");
    }

    private static string Format(List<double> times) => string.Join(" ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)));

    private static AdditionalText Doc(string fileName, string text) => new InMemoryAdditionalText(Models + fileName, text);

    private static AdditionalText Target() => Doc("foo.md", "# Foo\n\n## Fields\n\n" + FieldsHeader + "| `id` | *string* | " + Required + " | N/A |\n");

    /// <summary>One record of <paramref name="rows"/> fields of the common Type-cell shapes, some linking to <see cref="Target"/>.</summary>
    private static AdditionalText WideTable(int rows)
    {
        var text = new StringBuilder("# Wide\n\n## Fields\n\n").Append(FieldsHeader);
        for (var i = 0; i < rows; i++)
        {
            var type = (i % 6) switch
            {
                0 => "*string*",
                1 => "*number*",
                2 => "*boolean*[]",
                3 => "Record<string, *string*>",
                4 => "[models.Foo](foo.md)",
                _ => "[models.Foo](foo.md)[]",
            };
            text.Append(CultureInfo.InvariantCulture, $"| `field_{i}` | {type} | {(i % 2 == 0 ? Required : Optional)} | Field number {i}, with `code` and a [link](https://example.com/{i}). |\n");
        }

        return Doc("wide.md", text.ToString());
    }

    /// <summary>One small record whose description (paragraphs of prose with inline markup) is about <paramref name="chars"/> long.</summary>
    private static AdditionalText LongDescriptions(int chars)
    {
        var text = new StringBuilder("# Long\n\n", chars + 1_000);
        for (var i = 0; text.Length < chars; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Paragraph {i} tells how the `model_{i}` field is used, with a [link](https://example.com/{i}), some **bold** text<br/>and a line break.");
            text.Append(i % 10 == 9 ? "\n\n" : " ");
        }

        text.Append("\n\n## Fields\n\n").Append(FieldsHeader).Append("| `id` | *string* | ").Append(Required).Append(" | The id. |\n");
        return Doc("long.md", text.ToString());
    }

    /// <summary><paramref name="count"/> records in a ring, each linking to the next as a value, a list and a map.</summary>
    private static AdditionalText[] LinkedDocs(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var next = (i + 1) % count;
            var link = $"[models.Doc{next}](doc{next}.md)";
            return Doc($"doc{i}.md", $"# Doc{i}\n\n## Fields\n\n{FieldsHeader}| `id` | *string* | {Required} | N/A |\n| `next` | {link} | {Optional} | N/A |\n| `all` | {link}[] | {Optional} | N/A |\n| `byName` | Record<string, {link}> | {Optional} | N/A |\n");
        }).ToArray();

    /// <summary>A record with a field of the type <paramref name="deepType"/>, and a union with a variant as deep.</summary>
    private static AdditionalText[] Nested(string deepType) => new[]
    {
        Doc("nested.md", $"# Nested\n\n## Fields\n\n{FieldsHeader}| `id` | *string* | {Required} | N/A |\n| `deep` | {deepType} | {Required} | N/A |\n"),
        Doc("nestedunion.md", $"# NestedUnion\n\n## Supported Types\n\n### `string`\n\n### `{deepType.Replace("*", string.Empty, StringComparison.Ordinal)}`\n"),
    };

    /// <summary>A union of <paramref name="count"/> records told apart by their <c>type</c> constant.</summary>
    private static AdditionalText[] UnionOfRecords(int count)
    {
        var union = new StringBuilder("# Event\n\n## Supported Types\n\n");
        var docs = new List<AdditionalText>();
        for (var i = 0; i < count; i++)
        {
            union.Append(CultureInfo.InvariantCulture, $"### `models.Event{i}`\n\n```typescript\nconst value: models.Event{i} = {{ type: \"event.{i}\" }};\n```\n\n");
            docs.Add(Doc($"event{i}.md", $"# Event{i}\n\n## Fields\n\n{FieldsHeader}| `type` | *\"event.{i}\"* | {Required} | N/A |\n| `id` | *string* | {Required} | N/A |\n"));
        }

        docs.Add(Doc("event.md", union.ToString()));
        return docs.ToArray();
    }

    /// <summary>An open enum of <paramref name="count"/> string values.</summary>
    private static AdditionalText Enum(int count) =>
        Doc("level.md", "# Level\n\n## Values\n\n```typescript\n" + string.Join(" | ", Enumerable.Range(0, count).Select(i => $"\"level_{i}\"")) + " | Unrecognized<string>\n```\n");

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
}
