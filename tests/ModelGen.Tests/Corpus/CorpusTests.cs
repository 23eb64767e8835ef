using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// The generator over every real doc of the corpus (../shared/corpus; ignored when absent): no doc makes it fail,
/// what it generates compiles with warnings as errors, and what it generates, counted, matches a reviewed snapshot
/// (<c>Snapshots/CorpusTests.Counts.{set}.verified.txt</c>).
/// </summary>
public sealed class CorpusTests
{
    [TestCase("openrouter-2025-10")]
    [TestCase("openrouter-2026-08")]
    public void EveryDocIsProcessedAndTheOutputCompiles(string set)
    {
        var result = Run(set, out var docCount);
        var failures = result.Diagnostics.Where(d => d.Id == "MG0099").ToList();
        var types = TypesOf(result);
        // Compiled as with GenerateDocumentationFile: real doc text must make well-formed XML, and every public
        // member needs a doc comment (CS1591), so no warning at all comes from generated code.
        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty, "no doc makes the generator fail:\n" + GeneratorResult.Format(failures));
            Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics.Take(50)));
            Assert.That(types, Has.Count.EqualTo(docCount), "every doc yields exactly one type");
            // Compiling and converting cannot tell a typed field from one that fell back to JsonElement, nor a
            // warning that appears on a few docs: the exact counts, reviewed, can.
            Snapshot.VerifyText("Counts." + set, Counts(set, docCount, types, result.Diagnostics));
        });
    }

    /// <summary>
    /// What a user of this corpus gets, counted: docs read, types by kind, record fields and union variants and how
    /// many of them are only <c>JsonElement</c> (which ones, by name), and every generator diagnostic by ID with the
    /// docs it is on.
    /// </summary>
    private static string Counts(string set, int docCount, IReadOnlyList<GeneratedType> types, IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{set}\ndocs read: {docCount}\ntypes: {types.Count}\n");
        foreach (var kind in Kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {kind}: {types.Count(t => t.Kind == kind)}\n");
        }

        // Deprecated in the docs (a struck-through name, a DEPRECATED warning): [Obsolete] for the user.
        var obsolete = types.Where(t => t.IsObsolete).Select(t => t.Name)
            .Concat(types.SelectMany(t => t.ObsoleteFields.Select(f => t.Name + "." + f)))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
        text.Append(CultureInfo.InvariantCulture, $"obsolete: {types.Count(t => t.IsObsolete)} types, {types.Sum(t => t.ObsoleteFields.Count)} record fields\n");
        foreach (var name in obsolete)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name}\n");
        }

        var fields = types.SelectMany(t => t.Fields.Select(f => (Type: t.Name, Member: f.Name, f.TypeName))).ToList();
        var variants = types.SelectMany(t => t.Variants.Select(v => (Type: t.Name, Member: v.Name, v.TypeName))).ToList();
        AppendJsonElementCounts(text, "record fields", fields);
        AppendJsonElementCounts(text, "union variants", variants);

        var byId = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"generator diagnostics: {byId.Sum(g => g.Count())}\n");
        foreach (var id in byId)
        {
            var docs = id.GroupBy(d => Path.GetFileName(d.Location.GetLineSpan().Path ?? "(no file)")).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            text.Append(CultureInfo.InvariantCulture, $"  {id.Key} ({id.First().Severity}): {id.Count()} in {docs.Count} docs\n");
            foreach (var doc in docs)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {doc.Key}: {doc.Count()}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>How many members there are, how many are a bare <c>JsonElement</c> (listed) and how many hold one in a collection.</summary>
    private static void AppendJsonElementCounts(StringBuilder text, string what, List<(string Type, string Member, string TypeName)> members)
    {
        var bare = members.Where(m => m.TypeName.TrimEnd('?') == JsonElement).OrderBy(m => m.Type + "." + m.Member, StringComparer.Ordinal).ToList();
        var inside = members.Count(m => m.TypeName.TrimEnd('?') != JsonElement && m.TypeName.Contains(JsonElement, StringComparison.Ordinal));
        text.Append(CultureInfo.InvariantCulture, $"{what}: {members.Count}\n  typed JsonElement: {bare.Count}\n");
        foreach (var member in bare)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {member.Type}.{member.Member}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  JsonElement inside a collection or map: {inside}\n");
    }

    private const string JsonElement = "global::System.Text.Json.JsonElement";

    private static readonly string[] Kinds = { "records", "closed enums", "open enums", "constants", "discriminated unions", "shape unions" };

    /// <summary>One generated type: its kind, its record fields (public properties but the two every record has) and its union variants (the <c>From…</c> factories but <c>FromUnknown</c>).</summary>
    private sealed record GeneratedType(string Name, string Kind, IReadOnlyList<(string Name, string TypeName)> Fields, IReadOnlyList<(string Name, string TypeName)> Variants)
    {
        public bool IsObsolete { get; init; }

        public IReadOnlyList<string> ObsoleteFields { get; init; } = Array.Empty<string>();
    }

    private static bool IsObsolete(MemberDeclarationSyntax member) =>
        member.AttributeLists.SelectMany(list => list.Attributes).Any(attribute => attribute.Name.ToString() == "global::System.Obsolete");

    /// <summary>The types generated from docs, read off each generated file's public top-level type.</summary>
    private static List<GeneratedType> TypesOf(GeneratorResult result)
    {
        var types = new List<GeneratedType>();
        foreach (var source in result.Run.GeneratedSources)
        {
            if (source.HintName.StartsWith("ModelGen-", StringComparison.Ordinal))
            {
                continue; // the shared helpers and the JSON accessor for all types, not a doc's type
            }

            var type = source.SyntaxTree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .First(t => t.Modifiers.Any(SyntaxKind.PublicKeyword) && t.Parent is not TypeDeclarationSyntax);
            var kind = type switch
            {
                RecordDeclarationSyntax => "records",
                EnumDeclarationSyntax => "closed enums",
                StructDeclarationSyntax => "open enums",
                ClassDeclarationSyntax c when c.Modifiers.Any(SyntaxKind.StaticKeyword) => "constants",
                _ when source.SourceText.ToString().Contains("JsonDiscriminator(", StringComparison.Ordinal) => "discriminated unions",
                _ => "shape unions",
            };
            var members = (type as TypeDeclarationSyntax)?.Members ?? default;
            var fields = members.OfType<PropertyDeclarationSyntax>()
                .Where(p => kind == "records" && p.Modifiers.Any(SyntaxKind.PublicKeyword) && p.Identifier.Text is not "ExtensionData" and not "MissingRequiredFields")
                .Select(p => (p.Identifier.Text, p.Type.ToString()))
                .ToList();
            var variants = kind.EndsWith("unions", StringComparison.Ordinal)
                ? members.OfType<MethodDeclarationSyntax>()
                    .Where(m => m.Modifiers.Any(SyntaxKind.StaticKeyword) && m.Identifier.Text.StartsWith("From", StringComparison.Ordinal) && m.Identifier.Text != "FromUnknown")
                    // A constant variant (one string) takes no parameter.
                    .Select(m => (m.Identifier.Text.Substring("From".Length), m.ParameterList.Parameters.SingleOrDefault()?.Type!.ToString() ?? "string"))
                    .ToList()
                : new List<(string, string)>();
            types.Add(new GeneratedType(type.Identifier.Text, kind, fields, variants)
            {
                IsObsolete = IsObsolete(type),
                ObsoleteFields = members.OfType<PropertyDeclarationSyntax>().Where(IsObsolete).Select(p => p.Identifier.Text).ToList(),
            });
        }

        return types;
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
