using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of the whole generator (see <see cref="DocGrammar"/>). Each case is a small project of one
/// to four docs. For every case: nothing escapes the generator (no CS8785, no MG0099), every output parses and keeps
/// doc text in its contexts, the output compiles with no diagnostic at all (documentation checked, warnings as
/// errors), and every doc either becomes a type or is explained by a diagnostic in it (or is not a model doc).
/// <para>
/// Case <c>i</c> is generated from <c>PCG(stream 1, seed = base + i)</c>, so a run is the same on every machine.
/// Two populations: the base one (stream 1, mutating the repository's own docs) runs everywhere and is the same with
/// or without <c>../shared</c>; the corpus one (stream 2, mutating both shared corpora) adds cases where the corpus is.
/// <c>MODELGEN_FUZZ_CASES</c> sets how many cases each runs (1,000 by default, as in CI), <c>MODELGEN_FUZZ_SEED</c> the
/// base seed, and <c>MODELGEN_FUZZ_REPLAY</c> runs the one case a failure names.
/// </para>
/// </summary>
public sealed class FuzzTests
{
    private const ulong DefaultBaseSeed = 20261123;
    private const int DefaultCases = 1_000;
    private const uint BaseStream = 1;
    private const uint CorpusStream = 2;
    private const string Models = "/proj/docs/models/";

    private static readonly Microsoft.CodeAnalysis.CSharp.CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions(documentationMode: DocumentationMode.Diagnose);
    private static readonly TestOptionsProvider Options = TestOptionsProvider.Project("/proj/", "Fuzz", "snake_case");

    // One compilation every case starts from: cases then share its bound references instead of binding the framework anew.
    private static readonly Compilation EmptyCompilation = GeneratorHarness.CreateCompilation(Array.Empty<string>(), ParseOptions);

    // What the cases exercised, printed after the run: a grammar that only made garbage would show few types.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> diagnosticCounts = new(StringComparer.Ordinal);
    private static int docCount;
    private static int typeCount;

    private static readonly string[] DefiningHeadings = { "## Fields", "## Values", "## Supported Types" };

    /// <summary>The base population: docs from the grammar and real docs of this repository, mutated. It is the same
    /// on every machine, with or without <c>../shared</c>.</summary>
    [Test]
    public void GeneratorSurvivesRandomDocs() => Fuzz(BaseStream);

    /// <summary>More cases, mutated from both shared corpora (PCG stream 2): the corpus adds cases, it does not change the base ones.</summary>
    [Test]
    public void GeneratorSurvivesRandomCorpusDocs() => Fuzz(CorpusStream);

    /// <summary>Cases that once failed, replayed by their token (the population follows from the token's stream).</summary>
    [TestCase("0000001diD_1", Description = "issue 14: titles that PascalCase to names differing only in case shared one hint name (CS8785)")]
    public void KnownFailuresStayFixed(string token)
    {
        var pcg = PCG.Parse(token);
        Assert.That(Check(Project(Seeds(pcg.Stream, out _)), pcg), Is.Null);
    }

    private static void Fuzz(uint stream)
    {
        var project = Project(Seeds(stream, out var seedSource));
        var replay = Environment.GetEnvironmentVariable("MODELGEN_FUZZ_REPLAY");
        if (!string.IsNullOrEmpty(replay))
        {
            var pcg = PCG.Parse(replay);
            if (pcg.Stream != stream)
            {
                Assert.Ignore($"MODELGEN_FUZZ_REPLAY={replay} belongs to the population of stream {pcg.Stream}; this test runs stream {stream}.");
            }

            Assert.That(Check(project, pcg), Is.Null);
            return;
        }

        var cases = int.TryParse(Environment.GetEnvironmentVariable("MODELGEN_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultCases;
        var baseSeed = ulong.TryParse(Environment.GetEnvironmentVariable("MODELGEN_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultBaseSeed;

        string? firstFailure = null;
        var failures = 0;
        var done = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
        {
            var failure = Check(project, new PCG(stream, baseSeed + (ulong)i));
            Interlocked.Increment(ref done);
            if (failure is not null && Interlocked.Increment(ref failures) == 1)
            {
                firstFailure = failure;
                state.Stop();
            }
        });

        TestContext.Out.WriteLine($"{done} fuzz cases (stream {stream}, base seed {baseSeed}, real docs mutated from {seedSource}), {failures} failed, in {watch.Elapsed.TotalSeconds:F0} s.");
        TestContext.Out.WriteLine($"{Volatile.Read(ref docCount)} docs: {Volatile.Read(ref typeCount)} became types; diagnostics: "
            + string.Join(", ", diagnosticCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value)));
        Assert.That(firstFailure, Is.Null);
    }

    /// <summary>One case; null when every property held, else what failed, with the docs and how to replay it.</summary>
    private static string? Check(Gen<List<(string Path, string Text)>> project, PCG pcg)
    {
        var replay = pcg.ToString();
        var docs = project.Generate(pcg, null, out _);
        try
        {
            var problems = Problems(docs);
            return problems.Count == 0 ? null : Describe(replay, docs, problems);
        }
        catch (Exception e)
        {
            return Describe(replay, docs, new[] { "threw " + e });
        }
    }

    private static List<string> Problems(List<(string Path, string Text)> docs)
    {
        var driver = GeneratorHarness.CreateDriver(
            docs.Select(doc => (AdditionalText)new InMemoryAdditionalText(doc.Path, doc.Text)).ToList(), Options, ParseOptions);
        var result = GeneratorResult.From(driver, EmptyCompilation, ParseOptions);
        var problems = new List<string>();
        problems.AddRange(result.Diagnostics.Where(d => d.Id == "MG0099").Select(d => "internal failure: " + d));
        problems.AddRange(result.Sources.Where(source => !GeneratedFiles.IsRuntimeHelper(source.Key)).SelectMany(source => GeneratedCodeChecks.Problems(source.Key, source.Value, ParseOptions)));
        problems.AddRange(CompileDocTypes(result).Select(d => "does not compile cleanly: " + d));
        problems.AddRange(result.Diagnostics.Where(d => d.Location.GetLineSpan().Path.Length == 0 || !d.Location.GetLineSpan().Path.StartsWith(Models, StringComparison.Ordinal))
            .Select(d => "diagnostic without a doc location: " + d));

        foreach (var diagnostic in result.Diagnostics)
        {
            diagnosticCounts.AddOrUpdate(diagnostic.Id, 1, (_, count) => count + 1);
        }

        foreach (var (path, text) in docs)
        {
            var relative = path["/proj/".Length..];
            var typed = result.Sources.Values.Any(source => source.Contains("from <c>" + relative + "</c>", StringComparison.Ordinal));
            Interlocked.Increment(ref docCount);
            if (typed)
            {
                Interlocked.Increment(ref typeCount);
            }

            var explained = result.Diagnostics.Any(d => d.Location.GetLineSpan().Path == path);
            if (!typed && !explained && HasDefiningHeading(text))
            {
                problems.Add($"{relative} has a defining heading but produced neither a type nor a diagnostic");
            }
        }

        return problems;
    }

    /// <summary>
    /// Compiler diagnostics of every generated source but the shared helpers, warnings as errors. The helpers' text
    /// is the same in every case (and compiled by every other test), so binding their bodies again would only triple
    /// the time per case.
    /// </summary>
    private static IEnumerable<Diagnostic> CompileDocTypes(GeneratorResult result)
    {
        var compilation = result.OutputCompilation.WithOptions(result.OutputCompilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var diagnostics = compilation.GetDeclarationDiagnostics().ToList();
        foreach (var tree in compilation.SyntaxTrees.Where(tree => !GeneratedFiles.IsRuntimeHelper(System.IO.Path.GetFileName(tree.FilePath))))
        {
            diagnostics.AddRange(compilation.GetSemanticModel(tree).GetDiagnostics());
        }

        return diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).Distinct();
    }

    // A line that reads as a defining heading even to a careless reader: the doc must be typed or explained.
    private static bool HasDefiningHeading(string text) =>
        DocGrammar.SplitLines(text.TrimStart('\uFEFF')).Any(line => DefiningHeadings.Contains(line.TrimEnd()));

    private static Gen<List<(string Path, string Text)>> Project(IReadOnlyList<string> seeds)
    {
        var doc = DocGrammar.Written(Gen.Frequency((3, DocGrammar.GrammarDoc), (2, DocGrammar.MutatedDoc(seeds))));
        var file = Gen.Select(Gen.OneOf(DocGrammar.FileNames), Gen.OneOf(".md", ".mdx"), Gen.OneOf(string.Empty, "operations/"), doc,
            (name, extension, folder, text) => (Path: Models + folder + name + extension, Text: text));
        return file.Array[1, 4].Select(files => files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).ToList());
    }

    /// <summary>Real docs to damage: the repository's own for the base stream; both corpora for the corpus stream.</summary>
    private static IReadOnlyList<string> Seeds(uint stream, out string source)
    {
        if (stream == CorpusStream)
        {
            var directory = Infrastructure.Corpus.Directory; // ignored (failed under CI=true) where ../shared is absent
            source = "both corpora at " + directory;
            return new[] { "openrouter-2025-10", "openrouter-2026-08" }
                .SelectMany(Infrastructure.Corpus.Docs)
                .Select(File.ReadAllText)
                .ToList();
        }

        source = "schemas/ and the test docs";
        return SchemaDocs.All().Select(doc => doc.Text)
            .Concat(new[] { TestDocs.EveryType, TestDocs.Foo, TestDocs.MdxWidget, TestDocs.Hostile })
            .ToList();
    }

    private static string Describe(string replay, List<(string Path, string Text)> docs, IEnumerable<string> problems)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"Fuzz case failed. Replay it with MODELGEN_FUZZ_REPLAY={replay}");
        foreach (var problem in problems.Take(20))
        {
            builder.AppendLine("  " + problem);
        }

        foreach (var (path, text) in docs)
        {
            builder.AppendLine($"--- {path} (C# string literal) ---");
            builder.AppendLine(Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(text, quote: true));
        }

        return builder.ToString();
    }
}
