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
    private GeneratorDriver? editDriver;
    private InMemoryAdditionalText? docAsWritten;
    private InMemoryAdditionalText? docEdited;
    private bool edited;
    private GeneratorDriver? typingDriver;
    private CSharpCompilation? typingCompilation;
    private SyntaxTree[] codeVersions = Array.Empty<SyntaxTree>();
    private int codeVersion;

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

        editDriver = input.Run();
        edited = false;
        typingCompilation = input.Compilation;
        typingDriver = input.CreateDriver().RunGenerators(typingCompilation);
        codeVersion = 0;
    }

    [Benchmark(Baseline = true, Description = "Floor (Markdig)")]
    public int Floor() => floor!.ParseAll();

    [Benchmark(Description = "Cold")]
    public GeneratorDriver Cold() => input!.Run();

    [Benchmark(Description = "Edit")]
    public GeneratorDriver Edit()
    {
        editDriver = edited
            ? editDriver!.ReplaceAdditionalText(docEdited!, docAsWritten!)
            : editDriver!.ReplaceAdditionalText(docAsWritten!, docEdited!);
        edited = !edited;
        return editDriver = editDriver.RunGenerators(input!.Compilation);
    }

    [Benchmark(Description = "Typing")]
    public GeneratorDriver Typing()
    {
        var next = 1 - codeVersion;
        typingCompilation = typingCompilation!.ReplaceSyntaxTree(codeVersions[codeVersion], codeVersions[next]);
        codeVersion = next;
        return typingDriver = typingDriver!.RunGenerators(typingCompilation);
    }
}
