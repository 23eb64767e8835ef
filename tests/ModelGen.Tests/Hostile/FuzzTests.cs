using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// Property-based fuzzing of the whole generator (see <see cref="DocGrammar"/>). Each case is a small project of one
/// to four docs, each of one <see cref="DocClass"/>. For every case: nothing escapes the generator (no CS8785, no
/// MG0099), every output parses and keeps doc text in its contexts (planted markers only in literals, doc comments and
/// names the docs give; every declared name one the docs give), the output compiles with no diagnostic at all
/// (documentation checked, warnings as errors), a harmless change of a real doc gives the type the unchanged doc gives,
/// with the same fields, and any other doc either becomes a type or is skipped with a diagnostic that skips docs (or is
/// not a model doc). After a run, the share of docs that became types is asserted per class against a measured floor.
/// <para>
/// Case <c>i</c> is generated from <c>PCG(stream, seed = base + i)</c>, so a run is the same on every machine.
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

    // Below this many cases the rates vary too much from run to run to hold a floor.
    private const int CasesForRates = 500;

    private static readonly CSharpParseOptions ParseOptions = GeneratorHarness.ParseOptions(documentationMode: DocumentationMode.Diagnose);
    private static readonly TestOptionsProvider Options = TestOptionsProvider.Project("/proj/", "Fuzz", "snake_case");

    // One compilation every case starts from: cases then share its bound references instead of binding the framework anew.
    private static readonly Compilation EmptyCompilation = GeneratorHarness.CreateCompilation(Array.Empty<string>(), ParseOptions);

    private static readonly string[] DefiningHeadings = { "## Fields", "## Values", "## Supported Types" };

    // The diagnostics that skip a whole doc (README "Diagnostics"); MG0008 only when it is about the type name. Any
    // other diagnostic leaves the type in place, so it cannot explain a missing one.
    private static readonly string[] SkippingIds = { "MG0001", "MG0002", "MG0007", "MG0010", "MG0011", "MG0018", "MG0019", "MG0020" };

    /// <summary>
    /// The least share of docs of a class that must become types. Harmless changes are held per doc instead (every one
    /// gives its type). A grammar doc is random text in the format's shape and a damaged doc has lost lines or gained
    /// stray syntax, so about half of them rightly give no type. Measured (base / corpus population): grammar docs
    /// 53.5 % / 52.6 % at the default seed and 1,000 cases, 54.0 % / 50.1 % at seed 1 and 1,500 cases; damaged docs
    /// 49.6 % / 46.1 % and 50.0 % / 45.6 %. The floors sit about three points below the lowest, past the spread between
    /// seeds, so falling below one means the generator now gives up on docs it used to read.
    /// </summary>
    private static readonly Dictionary<DocClass, double> Floors = new()
    {
        [DocClass.Grammar] = 0.47,
        [DocClass.Damaged] = 0.42,
    };

    /// <summary>The base population: docs from the grammar and real docs of this repository, changed. It is the same
    /// on every machine, with or without <c>../shared</c>.</summary>
    [Test]
    public void GeneratorSurvivesRandomDocs() => Fuzz(BaseStream);

    /// <summary>More cases, changed from both shared corpora (PCG stream 2): the corpus adds cases, it does not change the base ones.</summary>
    [Test]
    public void GeneratorSurvivesRandomCorpusDocs() => Fuzz(CorpusStream);

    /// <summary>
    /// Cases that once failed, as the docs a failure printed (a replay token would name another case once the grammar
    /// changes). Each is checked like a fuzz case of the base population.
    /// </summary>
    [TestCaseSource(nameof(KnownFailures))]
    public void KnownFailuresStayFixed((string Path, string Text)[] docs)
    {
        var context = new RunContext(BaseStream, Seeds(BaseStream, out _));
        var fuzzDocs = docs.Select(doc => (doc.Path, new FuzzDoc(DocClass.Damaged, -1, doc.Text))).ToList();
        var problems = Problems(fuzzDocs, context);
        Assert.That(problems, Is.Empty, () => Describe("(a known failure)", fuzzDocs, problems));
    }

    private static IEnumerable<TestCaseData> KnownFailures()
    {
        // Found as MODELGEN_FUZZ_REPLAY=0000001diD_1 before the classes: titles that PascalCase to names differing only
        // in case shared one hint name (CS8785).
        yield return new TestCaseData((object)new[]
        {
            (Models + "operations/models.mdx", "# ResponsesStreamChunkImageGenerationCallUn`ion\r\rStreaming event\r\r## Supported Types\r\r### `models.ResponsesStreamChunkResponseImageGenerationCallInProgress`\r"),
            (Models + "operations/event.md", "# ResponsesStreamChunkImageGenerationCallUnion\r\rStreaming event\r\r## Supported Types\r\r### `models.ResponsesStreamChunkResponseImageGenerationCallInProgress`\r"),
        }).SetArgDisplayNames("issue 14: titles equal ignoring case");
    }

    private static void Fuzz(uint stream)
    {
        var context = new RunContext(stream, Seeds(stream, out var seedSource));
        var project = Project(context.Seeds);
        var replay = Environment.GetEnvironmentVariable("MODELGEN_FUZZ_REPLAY");
        if (!string.IsNullOrEmpty(replay))
        {
            var pcg = PCG.Parse(replay);
            if (pcg.Stream != stream)
            {
                Assert.Ignore($"MODELGEN_FUZZ_REPLAY={replay} belongs to the population of stream {pcg.Stream}; this test runs stream {stream}.");
            }

            Assert.That(Check(project, pcg, context), Is.Null);
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
            var failure = Check(project, new PCG(stream, baseSeed + (ulong)i), context);
            Interlocked.Increment(ref done);
            if (failure is not null && Interlocked.Increment(ref failures) == 1)
            {
                firstFailure = failure;
                state.Stop();
            }
        });

        TestContext.Out.WriteLine($"{done} fuzz cases (stream {stream}, base seed {baseSeed}, real docs changed from {seedSource}), {failures} failed, in {watch.Elapsed.TotalSeconds:F0} s.");
        TestContext.Out.WriteLine(context.Report());
        Assert.That(firstFailure, Is.Null);
        if (done >= CasesForRates)
        {
            Assert.Multiple(() =>
            {
                foreach (var (docClass, floor) in Floors)
                {
                    Assert.That(context.TypeRate(docClass), Is.GreaterThanOrEqualTo(floor), $"share of {docClass} docs that became types (floor {floor:P0})");
                }
            });
        }
    }

    /// <summary>One case; null when every property held, else what failed, with the docs and how to replay it.</summary>
    private static string? Check(Gen<List<(string Path, FuzzDoc Doc)>> project, PCG pcg, RunContext context)
    {
        var replay = pcg.ToString();
        var docs = project.Generate(pcg, null, out _);
        try
        {
            var problems = Problems(docs, context);
            return problems.Count == 0 ? null : Describe("MODELGEN_FUZZ_REPLAY=" + replay, docs, problems);
        }
        catch (Exception e)
        {
            return Describe("MODELGEN_FUZZ_REPLAY=" + replay, docs, new[] { "threw " + e });
        }
    }

    private static List<string> Problems(List<(string Path, FuzzDoc Doc)> docs, RunContext context)
    {
        var result = Generate(docs.Select(doc => (doc.Path, doc.Doc.Text)));
        var problems = new List<string>();
        problems.AddRange(result.Diagnostics.Where(d => d.Id == "MG0099").Select(d => "internal failure: " + d));
        problems.AddRange(GeneratedCodeChecks.Problems(result, ParseOptions, Array.Empty<string>(), DocGrammar.Marker));
        problems.AddRange(CompileDocTypes(result).Select(d => "does not compile cleanly: " + d));
        problems.AddRange(result.Diagnostics.Where(d => d.Location.GetLineSpan().Path.Length == 0 || !d.Location.GetLineSpan().Path.StartsWith(Models, StringComparison.Ordinal))
            .Select(d => "diagnostic without a doc location: " + d));
        context.Count(result.Diagnostics);

        foreach (var (path, doc) in docs)
        {
            var relative = path["/proj/".Length..];
            var shape = Shape(result, relative);
            var atDoc = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == path).ToList();
            var skipped = atDoc.Any(IsSkip);
            context.Count(doc.Class, shape is not null, skipped);
            if (doc.Class == DocClass.Harmless && context.OriginalShape(doc.Seed) is { } original)
            {
                // Only another doc of the case can take a harmless doc's type away: one with the same name (MG0007).
                if (shape is null && !atDoc.Any(d => d.Id == "MG0007"))
                {
                    problems.Add($"{relative} (seed {doc.Seed} with harmless changes) gave no type; unchanged it gives {original}. Diagnostics at it: {string.Join("; ", atDoc)}");
                }
                else if (shape is not null && shape != original)
                {
                    problems.Add($"{relative} (seed {doc.Seed} with harmless changes) gave {shape}; unchanged it gives {original}");
                }
            }
            else if (shape is null && !skipped && HasDefiningHeading(doc.Text))
            {
                problems.Add($"{relative} ({doc.Class}) has a defining heading but produced no type and no diagnostic that skips a doc; diagnostics at it: {(atDoc.Count == 0 ? "none" : string.Join("; ", atDoc.Select(d => d.Id)))}");
            }
        }

        return problems;
    }

    private static GeneratorResult Generate(IEnumerable<(string Path, string Text)> docs)
    {
        var driver = GeneratorHarness.CreateDriver(docs.Select(doc => (AdditionalText)new InMemoryAdditionalText(doc.Path, doc.Text)).ToList(), Options, ParseOptions);
        return GeneratorResult.From(driver, EmptyCompilation, ParseOptions);
    }

    private static bool IsSkip(Diagnostic diagnostic) =>
        SkippingIds.Contains(diagnostic.Id)
        || (diagnostic.Id == "MG0008" && diagnostic.GetMessage(CultureInfo.InvariantCulture).StartsWith("The type name ", StringComparison.Ordinal));

    /// <summary>
    /// What a user sees of the type a doc became, or null when it became none: its kind and name, and its fields (a
    /// record's properties with their JSON names, an enum's members, a constant's value) or a union's variant count
    /// (variant names follow the linked docs, which differ between cases).
    /// </summary>
    private static string? Shape(GeneratorResult result, string relative)
    {
        var source = result.Sources.Values.FirstOrDefault(text => text.Contains("from <c>" + relative + "</c>", StringComparison.Ordinal));
        if (source is null)
        {
            return null;
        }

        var type = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().First();
        var members = type switch
        {
            EnumDeclarationSyntax @enum => @enum.Members.Select(member => member.Identifier.ValueText),
            RecordDeclarationSyntax record => record.Members.OfType<PropertyDeclarationSyntax>()
                .Select(property => (property.Identifier.ValueText, Wire: property.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(a => a.Name.ToString().EndsWith("JsonPropertyName", StringComparison.Ordinal))))
                .Where(property => property.Wire is not null)
                .Select(property => property.ValueText + "=" + property.Wire!.ArgumentList!.Arguments[0]),
            StructDeclarationSyntax @struct => @struct.Members.OfType<FieldDeclarationSyntax>().Where(field => field.Modifiers.Any(SyntaxKind.StaticKeyword))
                .SelectMany(field => field.Declaration.Variables).Select(variable => variable.Identifier.ValueText),
            ClassDeclarationSyntax holder when holder.Modifiers.Any(SyntaxKind.StaticKeyword) => holder.Members.OfType<FieldDeclarationSyntax>()
                .SelectMany(field => field.Declaration.Variables).Select(variable => variable.Identifier.ValueText + "=" + variable.Initializer?.Value),
            ClassDeclarationSyntax union => new[] { union.Members.OfType<MethodDeclarationSyntax>().Count(method => method.Identifier.ValueText.StartsWith("From", StringComparison.Ordinal)) + " variants" },
            _ => Enumerable.Empty<string>(),
        };
        return $"{type.Kind()} {type.Identifier.ValueText} {{ {string.Join(", ", members)} }}";
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

    private static Gen<List<(string Path, FuzzDoc Doc)>> Project(IReadOnlyList<string> seeds)
    {
        var doc = Gen.Frequency((3, DocGrammar.Grammar), (1, DocGrammar.Harmless(seeds)), (2, DocGrammar.Damaged(seeds)));
        var file = Gen.Select(Gen.OneOf(DocGrammar.FileNames), Gen.OneOf(".md", ".mdx"), Gen.OneOf(string.Empty, "operations/"), doc,
            (name, extension, folder, made) => (Path: Models + folder + name + extension, Doc: made));
        return file.Array[1, 4].Select(files => files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).ToList());
    }

    /// <summary>Real docs to change: the repository's own for the base stream; both corpora for the corpus stream.</summary>
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

    private static string Describe(string replay, List<(string Path, FuzzDoc Doc)> docs, IEnumerable<string> problems)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"Fuzz case failed. Replay it with {replay}");
        foreach (var problem in problems.Take(20))
        {
            builder.AppendLine("  " + problem);
        }

        foreach (var (path, doc) in docs)
        {
            builder.AppendLine($"--- {path} ({doc.Class}{(doc.Seed >= 0 ? " of seed " + doc.Seed : string.Empty)}; C# string literal) ---");
            builder.AppendLine(Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(doc.Text, quote: true));
        }

        return builder.ToString();
    }

    /// <summary>One population's run: its seeds, the shapes the unchanged seeds give, and what the cases produced.</summary>
    private sealed class RunContext(uint stream, IReadOnlyList<string> seeds)
    {
        private readonly ConcurrentDictionary<int, Lazy<string?>> originals = new();
        private readonly ConcurrentDictionary<string, int> diagnosticCounts = new(StringComparer.Ordinal);
        private readonly int[] docs = new int[3];
        private readonly int[] typed = new int[3];
        private readonly int[] skipped = new int[3];

        public IReadOnlyList<string> Seeds => seeds;

        /// <summary>The shape seed <paramref name="seed"/> gives alone, unchanged; null when it gives no type (then no
        /// change of it is held to one).</summary>
        public string? OriginalShape(int seed) => originals.GetOrAdd(seed, index => new Lazy<string?>(() =>
            Shape(Generate(new[] { (Models + "seed.md", seeds[index]) }), "docs/models/seed.md"))).Value;

        public void Count(IEnumerable<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                diagnosticCounts.AddOrUpdate(diagnostic.Id, 1, (_, count) => count + 1);
            }
        }

        public void Count(DocClass docClass, bool isTyped, bool isSkipped)
        {
            Interlocked.Increment(ref docs[(int)docClass]);
            if (isTyped)
            {
                Interlocked.Increment(ref typed[(int)docClass]);
            }
            else if (isSkipped)
            {
                Interlocked.Increment(ref skipped[(int)docClass]);
            }
        }

        public double TypeRate(DocClass docClass) => docs[(int)docClass] == 0 ? 1 : (double)typed[(int)docClass] / docs[(int)docClass];

        // What the cases exercised: a grammar that only made garbage would show few types.
        public string Report() =>
            string.Join(Environment.NewLine, Enum.GetValues<DocClass>().Select(c =>
                $"{c}: {docs[(int)c]} docs, {typed[(int)c]} became types ({TypeRate(c):P1}), {skipped[(int)c]} skipped with a diagnostic, {docs[(int)c] - typed[(int)c] - skipped[(int)c]} not model docs"))
            + Environment.NewLine + $"stream {stream} diagnostics: " + string.Join(", ", diagnosticCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value));
    }
}
