using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// The generator over every real doc of the corpus (../shared/corpus; ignored when absent): no doc makes it fail,
/// and what it generates compiles with warnings as errors.
/// </summary>
public sealed class CorpusTests
{
    [TestCase("openrouter-2025-10")]
    [TestCase("openrouter-2026-08")]
    public void EveryDocIsProcessedAndTheOutputCompiles(string set)
    {
        var result = Run(set, out var docCount);
        var failures = result.Diagnostics.Where(d => d.Id == "MG0099").ToList();
        // Compiled as with GenerateDocumentationFile: real doc text must make well-formed XML, and every public
        // member needs a doc comment (CS1591), so no warning at all comes from generated code.
        var all = result.CompileWith("namespace Consumer { internal static class Empty { } }");
        var diagnostics = all;

        Assert.Multiple(() =>
        {
            Assert.That(docCount, Is.GreaterThan(400), "the whole set was read");
            Assert.That(result.Sources, Has.Count.GreaterThan(docCount / 2), "most docs produce a type");
            Assert.That(failures, Is.Empty, "no doc makes the generator fail:\n" + GeneratorResult.Format(failures));
            Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics.Take(50)));
        });

        var kinds = CountKinds(result);
        TestContext.Out.WriteLine($"{set}: {docCount} docs, {result.Sources.Count} sources, {result.Diagnostics.Length} generator diagnostics, {all.Count(d => d.Id == "CS1591")} CS1591");
        TestContext.Out.WriteLine("  types: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")) + $"; unresolved links {result.Diagnostics.Count(d => d.Id == "MG0006")}");
        Assert.That(kinds.Values.Sum(), Is.EqualTo(docCount), "every doc yields exactly one type");
        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  {group.Key}: {group.Count()}");
        }
    }

    /// <summary>Generated types by kind, read off each generated file's public top-level type.</summary>
    private static SortedDictionary<string, int> CountKinds(GeneratorResult result)
    {
        var kinds = new SortedDictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var source in result.Run.GeneratedSources)
        {
            if (source.HintName == "ModelGen-ModelGenJson.g.cs")
            {
                continue; // the JSON accessor for all types, not a doc's type
            }

            var type = source.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .FirstOrDefault(t => t.Modifiers.Any(SyntaxKind.PublicKeyword) && t.Parent is not TypeDeclarationSyntax);
            var kind = type switch
            {
                null => null,
                RecordDeclarationSyntax => "records",
                EnumDeclarationSyntax => "closed enums",
                StructDeclarationSyntax => "open enums",
                ClassDeclarationSyntax c when c.Modifiers.Any(SyntaxKind.StaticKeyword) => "constants",
                _ when source.SourceText.ToString().Contains("JsonHelpers.PeekString(", System.StringComparison.Ordinal) => "discriminated unions",
                _ => "other unions",
            };
            if (kind is not null)
            {
                kinds[kind] = kinds.TryGetValue(kind, out var n) ? n + 1 : 1;
            }
        }

        return kinds;
    }

    private static GeneratorResult Run(string set, out int docCount)
    {
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var docs = Infrastructure.Corpus.Docs(set)
            .Select(path => new InMemoryAdditionalText(path, SchemaDocs.ReadText(path)))
            .ToList();
        docCount = docs.Count;
        var options = TestOptionsProvider.Project(models + "/", SchemaDocs.RootNamespace, "snake_case");
        var watch = Stopwatch.StartNew();
        var result = GeneratorHarness.Run(docs, options, documentationMode: DocumentationMode.Diagnose);
        TestContext.Out.WriteLine($"generator: {watch.ElapsedMilliseconds} ms");
        return result;
    }
}
