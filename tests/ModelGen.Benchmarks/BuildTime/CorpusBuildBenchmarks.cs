using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Benchmarks.Infrastructure;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// What the generator costs a build and an IDE, over each real corpus:
/// <list type="bullet">
/// <item><b>Floor</b>: Markdig parsing every doc with the generator's pipeline (the baseline);</item>
/// <item><b>Cold</b>: a full run of a new driver (a clean build);</item>
/// <item><b>Edit</b>: the same warm driver after one doc's description changed (typing in a doc);</item>
/// <item><b>Typing</b>: the warm driver after an unrelated .cs file changed (typing in code, on every keystroke).</item>
/// </list>
/// Cold, Edit and Typing also run with <see cref="OneFilePerDocGenerator"/> in ModelGen's place: what Roslyn's driver
/// costs for as many docs and files whatever the generator does, the floor under ModelGen's own runs.
/// Ratio is against Floor; the "vs Cold" column gives edit/cold and typing/cold (targets 0.05 and 0.01).
/// Edit and Typing keep their driver between invocations and alternate two versions, so each one is a real change.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ColdRatioColumn.Config))]
public class CorpusBuildBenchmarks
{
    private const string EditedSentence = "A description edited in the benchmark.";

    private MarkdownBaseline? floor;
    private GeneratorInput? input;
    private InMemoryAdditionalText? docAsWritten;
    private InMemoryAdditionalText? docEdited;
    private SyntaxTree[] codeVersions = Array.Empty<SyntaxTree>();
    private IncrementalRun? edit;
    private IncrementalRun? typing;
    private readonly OneFilePerDocGenerator oneStep = new();
    private IncrementalRun? editFloor;
    private IncrementalRun? typingFloor;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = string.Empty;

    public static IEnumerable<string> Corpora() => CorpusDocs.Available();

    [GlobalSetup]
    public void SetUp()
    {
        var docs = CorpusDocs.Load(Corpus);
        floor = new MarkdownBaseline(docs);

        // The edited doc: the first record doc, with a sentence added to its description (before its first section).
        docAsWritten = docs.First(static doc => doc.Text.Contains("## Fields", StringComparison.Ordinal));
        var firstSection = docAsWritten.Text.IndexOf("\n## ", StringComparison.Ordinal);
        docEdited = docAsWritten.WithText(docAsWritten.Text.Insert(firstSection + 1, EditedSentence + "\n\n"));

        // Typing: a project with a few ordinary files; one of them changes between two versions.
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree Code(string body, int file) => CSharpSyntaxTree.ParseText("namespace App { public static class File" + file + " { " + body + " } }", parseOptions, path: "/bench/Project/File" + file + ".cs");
        codeVersions = new[] { Code("public static int Value() => 1;", 0), Code("public static int Value() => 12;", 0) };
        var code = new[] { codeVersions[0], Code("public static string Name => \"a\";", 1), Code("public static void Run() { }", 2) };
        input = new GeneratorInput(docs, code);

        var check = IncrementalityCheck.Verify(Corpus, input, docAsWritten, docEdited, codeVersions);
        Console.WriteLine(check);

        edit = new IncrementalRun(input.Run(), input.Compilation);
        typing = new IncrementalRun(input.Run(), input.Compilation);
        editFloor = new IncrementalRun(input.CreateDriver(oneStep).RunGenerators(input.Compilation), input.Compilation);
        typingFloor = new IncrementalRun(input.CreateDriver(oneStep).RunGenerators(input.Compilation), input.Compilation);
    }

    [Benchmark(Baseline = true, Description = "Floor (Markdig)")]
    public int Floor() => floor!.ParseAll();

    [Benchmark(Description = "Cold")]
    public GeneratorDriver Cold() => input!.Run();

    [Benchmark(Description = "Edit")]
    public GeneratorDriver Edit() => edit!.Edit(docAsWritten!, docEdited!);

    [Benchmark(Description = "Typing")]
    public GeneratorDriver Typing() => typing!.Type(codeVersions);

    [Benchmark(Description = "Cold, one-step generator")]
    public GeneratorDriver ColdFloor() => input!.CreateDriver(oneStep).RunGenerators(input.Compilation);

    [Benchmark(Description = "Edit, one-step generator")]
    public GeneratorDriver EditFloor() => editFloor!.Edit(docAsWritten!, docEdited!);

    [Benchmark(Description = "Typing, one-step generator")]
    public GeneratorDriver TypingFloor() => typingFloor!.Type(codeVersions);

    /// <summary>A warm driver that alternates between two versions of a doc or of a .cs file, so each run sees a change.</summary>
    private sealed class IncrementalRun
    {
        private GeneratorDriver driver;
        private CSharpCompilation compilation;
        private bool changed;

        public IncrementalRun(GeneratorDriver driver, CSharpCompilation compilation)
        {
            this.driver = driver;
            this.compilation = compilation;
        }

        public GeneratorDriver Edit(AdditionalText asWritten, AdditionalText edited)
        {
            driver = changed ? driver.ReplaceAdditionalText(edited, asWritten) : driver.ReplaceAdditionalText(asWritten, edited);
            changed = !changed;
            return driver = driver.RunGenerators(compilation);
        }

        public GeneratorDriver Type(SyntaxTree[] versions)
        {
            compilation = changed ? compilation.ReplaceSyntaxTree(versions[1], versions[0]) : compilation.ReplaceSyntaxTree(versions[0], versions[1]);
            changed = !changed;
            return driver = driver.RunGenerators(compilation);
        }
    }
}
