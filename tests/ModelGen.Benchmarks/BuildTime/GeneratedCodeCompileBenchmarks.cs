using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Benchmarks.Infrastructure;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// What the generated code costs the compiler once generated: compiling (Emit) the types of the 1,557-doc corpus
/// as generated, with XML docs checked as in a project with GenerateDocumentationFile, without doc checking, and
/// without the converters (records, enums and unions only; the baseline), so the two differences read as what XML
/// docs and what converters add.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GeneratedCodeCompileBenchmarks
{
    private CSharpCompilation? withDocs;
    private CSharpCompilation? withoutDocs;
    private CSharpCompilation? withoutConverters;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = string.Empty;

    public static System.Collections.Generic.IEnumerable<string> Corpora() => CorpusDocs.Available().Take(1);

    [GlobalSetup]
    public void SetUp()
    {
        var input = new GeneratorInput(CorpusDocs.Load(Corpus));
        var sources = input.Run().GetRunResult().Results.Single().GeneratedSources;
        var diagnose = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var none = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        withDocs = Compilation(sources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, diagnose, s.HintName)));
        withoutDocs = Compilation(sources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, none, s.HintName)));
        withoutConverters = Compilation(sources
            .Where(static s => !s.HintName.StartsWith(ModelGen.Resolution.HintNames.SharedPrefix, StringComparison.Ordinal)
                || s.HintName is "ModelGen-JsonObjectState.g.cs" or "ModelGen-RuntimeSettings.g.cs" or "ModelGen-ValueEquality.g.cs" or "ModelGen-EquatableList.g.cs" or "ModelGen-EquatableMap.g.cs") // what the types themselves use (state, settings, union equality)
            .Select(s => (SyntaxTree)CSharpSyntaxTree.Create((CSharpSyntaxNode)new ConverterRemover().Visit(CSharpSyntaxTree.ParseText(s.SourceText, none, s.HintName).GetRoot()), none, s.HintName)));

        foreach (var (name, compilation) in new[] { ("as generated", withDocs), ("without converters", withoutConverters) })
        {
            var errors = compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"{Corpus} {name} does not compile: {string.Join(Environment.NewLine, errors)}");
            }
        }

        var trees = withDocs.SyntaxTrees;
        Console.WriteLine($"{Corpus}: generated {trees.Length} files, {trees.Sum(static t => t.GetText().Lines.Count):N0} lines, "
            + $"{trees.Sum(static t => (long)t.Length) / 1024.0 / 1024.0:F1} M chars; without converters "
            + $"{withoutConverters.SyntaxTrees.Sum(static t => (long)t.Length) / 1024.0 / 1024.0:F1} M chars");
    }

    [Benchmark(Baseline = true, Description = "types only (no converters)")]
    public long TypesOnly() => Emit(withoutConverters!);

    [Benchmark(Description = "as generated, no doc checking")]
    public long WithoutDocChecking() => Emit(withoutDocs!);

    [Benchmark(Description = "as generated, XML docs checked")]
    public long AsGenerated() => Emit(withDocs!);

    private static CSharpCompilation Compilation(System.Collections.Generic.IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Generated",
            trees,
            GeneratorInput.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    private static long Emit(CSharpCompilation compilation)
    {
        // A fresh compilation each time: Emit on the same object would reuse its bound symbols.
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var result = compilation.Clone().Emit(peStream, xmlDocumentationStream: xmlStream);
        return result.Success ? peStream.Length + xmlStream.Length : throw new InvalidOperationException("Emit failed");
    }

    // Drops the converters and the shared JSON helpers, and the [JsonConverter] attributes that name them.
    private sealed class ConverterRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
            node.Identifier.Text.EndsWith("_JsonConverter", StringComparison.Ordinal) || node.Identifier.Text is "JsonHelpers" or "JsonFieldNames" or "ModelGenJsonException"
                ? null
                : base.VisitClassDeclaration(node);

        public override SyntaxNode? VisitDelegateDeclaration(DelegateDeclarationSyntax node) => null;

        // A union's conversion from string reads the string through the converter: it is converter code too.
        public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
            node.ToString().Contains("_JsonConverter", StringComparison.Ordinal) ? null : base.VisitConversionOperatorDeclaration(node);

        public override SyntaxNode? VisitAttributeList(AttributeListSyntax node) =>
            node.Attributes.Any(static a => a.Name.ToString().EndsWith("JsonConverter", StringComparison.Ordinal)) ? null : base.VisitAttributeList(node);
    }
}
