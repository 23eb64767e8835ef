using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// Docs written to break out of the three contexts doc text may reach in generated code (an identifier, a string
/// literal, a <c>///</c> comment), or to make a type that cannot compile. For each: the generator does not throw,
/// every output parses, keeps the planted word <c>Evil</c> inside those contexts and declares only names the docs give
/// (see <see cref="GeneratedCodeChecks"/>: <c>class Evil {</c> from a title is not one), the whole output compiles with
/// documentation checks on and warnings as errors, and a doc or field that cannot become C# is reported at its line.
/// </summary>
public sealed class HostileDocTests
{
    private const string Models = "/proj/docs/models/";
    private const string Marker = "Evil";

    // Every character sequence that ends or changes a C# context, and every C# line break.
    private const string Breakers = "</summary> */ /* #error Evil #pragma warning disable \" \\ {} ]]> <!-- --> &amp; "
        + "}\" class Evil { //";

    private static readonly string[] LineBreaks = { "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029" };

    public static IEnumerable<TestCaseData> Cases() =>
        HostileCases().Select(testCase => new TestCaseData(testCase.Docs, testCase.ExpectedDiagnostics).SetArgDisplayNames(testCase.Name));

    private static IEnumerable<HostileCase> HostileCases()
    {
        yield return Case("descriptions", Doc("Descriptions", DescriptionText(), Table(
            Row("`plain`", "*string*", true, CellText(), CellText()),
            Row("`count`", "*number*", false, "#error Evil", "{\"a\": \"Evil\\\\\"}"))));

        // The deprecation warnings' text becomes an [Obsolete("…")] message: a string literal, not a comment.
        yield return Case("deprecation text", Doc("~~Deprecated~~", "> :warning: **DEPRECATED**: " + Breakers + "\u2028#error Evil\u0085\")] class Evil {", Table(
            Row("~~`old`~~", "*string*", false, ": warning: ** DEPRECATED **: " + CellText()),
            Row("`older`", "*string*", false, ":warning: **DEPRECATED**: \\\" Evil\u2029#error Evil\")] class Evil { //"))));

        // Each C# line break inside the title, the description and a cell. CR, LF and CRLF end a markdown line as well,
        // so they also serve as the doc's own line ends; the others are plain characters to markdown.
        foreach (var lineBreak in LineBreaks)
        {
            var code = string.Concat(lineBreak.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
            var endOfLine = lineBreak is "\r" or "\n" or "\r\n" ? lineBreak : "\n";
            var doc = $"# LineBreak{code}{lineBreak}#error Evil{endOfLine}{endOfLine}Before{lineBreak}#error Evil{lineBreak}*/ </summary>{endOfLine}{endOfLine}## Fields{endOfLine}{endOfLine}"
                + $"| Field | Type | Required | Description |{endOfLine}| ----- | ---- | -------- | ----------- |{endOfLine}"
                + $"| `id{(endOfLine == lineBreak ? string.Empty : lineBreak)}` | *string* | :heavy_check_mark: | One{(endOfLine == lineBreak ? string.Empty : lineBreak + "#error Evil")} |{endOfLine}";
            yield return Case("line break U+" + code, ("linebreak" + code.ToLowerInvariant() + ".md", doc));
        }

        yield return Case("field names", Doc("FieldNames", "Field names that are C# syntax.", Table(
            Row("`a\"b`", "*string*", true),
            Row("`class`", "*string*", true),
            Row("`System`", "*string*", false),
            Row("`global`", "*string*", false),
            Row("`a\\\\b`", "*string*", false),
            Row("`Evil\u2028#error x`", "*string*", false),
            Row("`x } class Evil {`", "*number*", false),
            Row("`__`", "*string*", false),
            Row("`value`", "*string*", false),
            Row("`this`", "*string*", false),
            Row("`EqualityContract`", "*string*", false),
            Row("`GetHashCode`", "*string*", false),
            Row("`Deconstruct`", "*string*", false),
            Row("`<Clone>$`", "*string*", false))));

        yield return Case("title with braces", Doc("Foo { } class Evil", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("title Object", Doc("Object", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("title Type", Doc("Type", "N/A", Table(Row("`type`", "*string*", true))));
        yield return Case("title String", Doc("String", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("title System", Doc("System", "N/A", Table(Row("`id`", "*string*", true), Row("`json`", "Record<string, *any*>", false))));
        yield return Case("title global", Doc("global", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("numbers out of range", ("huge.md", "# Huge\n\n## Values\n\n```typescript\n1e309 | -1e309 | 0.5 | 1\n```\n"),
            ("hugefield.md", "# HugeField\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `n` | *1e309* | :heavy_check_mark: | N/A |\n"));
        // Past the 64 bits the converters track per record: required and nullable fields beyond them still compile.
        yield return Case("seventy fields", Doc("Wide", "N/A", Table(Enumerable.Range(0, 70)
            .Select(i => Row("`f" + i + "`", i % 3 == 0 ? "*string*" : i % 3 == 1 ? "*number*" : "[models.Wide](../models/wide.md)", i % 2 == 0))
            .ToArray())));

        // TypeScript allows '1.'; C# does not. 1e3 and 1000 are one value (found by the fuzz test, seed 4242000).
        yield return Case("TypeScript number spellings", ("spellings.md", "# Spellings\n\n## Values\n\n```typescript\n1. | 1e3 | 1000 | 2 | 0.50 | .5\n```\n"),
            ("closed.md", "# Closed\n\n## Values\n\n```typescript\n1. | 2\n```\n"));
        yield return Case("single value titled Value", ("value.md", "# Value\n\n## Values\n\n```typescript\n\"only\"\n```\n"));
        yield return Case("title ModelGenJson", Doc("ModelGenJson", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("title emoji", Doc("\U0001F680", "N/A", Table(Row("`id`", "*string*", true))), "MG0008");
        yield return Case("title empty", ("empty.md", "#\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *string* | :heavy_check_mark: | N/A |\n"), "MG0001");
        yield return Case("title line separator", Doc("Evil\u2028#error x", "N/A", Table(Row("`id`", "*string*", true))));
        yield return Case("front matter title", ("fm.mdx", "---\ntitle: \"Evil\\\" } class X { \\\"\"\n---\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *string* | :heavy_check_mark: | N/A |\n"));

        yield return Case("enum values", ("values.md", "# EvilValues\n\n## Values\n\n```typescript\n"
            + "\"a\\\"b\" | \"c\\\\d\" | \"Evil\\u2028#error x\" | \"</summary>*/\" | \"{}\" | \"\u2029\" | \"\"\n```\n"));
        yield return Case("enum values, MDX", ("values.mdx", "---\ntitle: \"EvilMdxValues\"\n---\n\n## Values\n\n```typescript\n"
            + "\"Evil\\\"}; class X {\" | \"\\\\\" | \"\\r\\n#error x\"\n```\n"));
        yield return Case("single value", ("single.md", "# EvilSingle\n\n## Values\n\n```typescript\n\"Evil\\\"\\\\\\u0085#pragma\"\n```\n"));
        yield return Case("constant fields", Doc("Constants", "N/A", Table(
            Row("`type`", "*\"Evil\\\"; class X { \\\\\"*", true),
            Row("`kind`", "*\"\u2028#error Evil\"*", false),
            Row("`n`", "*42*", false))));

        // Markdown nested past the reader's limit; types nested past ModelGen's (each field is typed JsonElement).
        yield return Case("deep block quotes", Doc("DeepQuotes", string.Concat(Enumerable.Repeat("> ", 1_000)) + "Evil", Table(Row("`id`", "*string*", true))), "MG0019");
        yield return Case("deep brackets", Doc("DeepBrackets", new string('[', 5_000) + "Evil" + new string(']', 5_000), Table(Row("`id`", "*string*", true))));
        yield return Case("deep emphasis", Doc("DeepEmphasis", new string('*', 5_000) + "Evil" + new string('*', 5_000), Table(Row("`id`", "*string*", true))));
        yield return Case("deep types", Doc("DeepTypes", "N/A", Table(
            Row("`arrays`", "*number*" + string.Concat(Enumerable.Repeat("[]", 1_000)), true),
            Row("`maps`", string.Concat(Enumerable.Repeat("Record<string, ", 1_000)) + "*number*" + new string('>', 1_000), true),
            Row("`unions`", string.Join(" \\| ", Enumerable.Repeat("*string*", 1_000)), true))), "MG0012");
        yield return Case("code fence left open", ("open.md", "# OpenFence\n\n```typescript\nlet a = 1;\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *string* | :heavy_check_mark: | N/A |\n"), "MG0018");

        yield return Case("union variants", ("union.md", "# EvilUnion\n\nA union. </summary> #error Evil\n\n## Supported Types\n\n"
            + "### `string`\n\n```typescript\nconst value: string = \"Evil\\\"\";\n```\n\n"
            + "### `models.Evil } class X {`\n\n```typescript\nconst value: Evil = {};\n```\n"), ("evil.md", Doc("Evil", "N/A", Table(Row("`id`", "*string*", true))).Text));
    }

    [TestCaseSource(nameof(Cases))]
    public void StaysInItsContexts((string Path, string Text)[] docs, string[] expectedDiagnostics)
    {
        var result = Generate(docs.Select(doc => (Models + doc.Path, doc.Text)));

        AssertContained(result);
        if (expectedDiagnostics.Length == 0)
        {
            Assert.That(TypeSources(result), Has.Count.EqualTo(docs.Length), "every doc becomes a type: " + string.Join(", ", result.Sources.Keys) + "\n" + GeneratorResult.Format(result.Diagnostics));
        }

        foreach (var id in expectedDiagnostics)
        {
            Assert.That(result.Diagnostics.Where(d => d.Id == id).Select(d => d.Location.GetLineSpan().Path), Has.Some.StartsWith(Models),
                $"{id} should be reported at the doc. Reported: {GeneratorResult.Format(result.Diagnostics)}");
        }
    }

    /// <summary>The outputs of the hostile names and values, for review: what each became.</summary>
    [Test]
    public void Snapshot()
    {
        var names = new[] { "field names", "title with braces", "title line separator", "front matter title", "enum values", "enum values, MDX", "single value", "constant fields", "union variants", "deprecation text" };
        var docs = HostileCases().Where(testCase => names.Contains(testCase.Name)).SelectMany(testCase => testCase.Docs).ToList();
        Assert.That(docs, Has.Count.EqualTo(names.Length + 1));

        Infrastructure.Snapshot.Verify(Generate(docs.Select(doc => (Models + doc.Path, doc.Text))));
    }

    [Test]
    public void HostilePaths()
    {
        // A file name is third-party text too: it reaches the generated remarks and the namespace.
        var docs = new[]
        {
            ("/proj/docs/Evil </c>*/ #error x\u2028/models/evil\n#pragma </remarks>.md", Doc("PathEvil", "N/A", Table(Row("`id`", "*string*", true))).Text),
            ("/proj/docs/\u2029 class Evil {/models/other\u0085.md", Doc("PathOther", "N/A", Table(Row("`id`", "*string*", true))).Text),
        };

        var result = Generate(docs);

        AssertContained(result);
        Assert.That(result.Sources.Keys.Count(key => key.Contains("PathEvil", StringComparison.Ordinal) || key.Contains("PathOther", StringComparison.Ordinal)), Is.EqualTo(2),
            "both docs generate a type: " + string.Join(", ", result.Sources.Keys));
    }

    [Test]
    public void HostileSettings()
    {
        // Settings come from the user's own project, but a namespace setting copied from a doc must not inject either.
        var options = TestOptionsProvider.Project("/proj/", "Acme")
            .WithGlobal("build_property.ModelGenNamespace", "Acme; class Evil { } namespace X.#error")
            .WithGlobal("build_property.ModelGenWireNaming", "snake_case\n#error Evil");
        var docs = new[] { new InMemoryAdditionalText(Models + "foo.md", Doc("Foo", "N/A", Table(Row("`itemId`", "*string*", true))).Text) };

        var result = GeneratorHarness.Run(docs, options, documentationMode: DocumentationMode.Diagnose);

        AssertContained(result);
    }

    [Test]
    public void HostileWireNameOverride()
    {
        var docs = new List<AdditionalText>
        {
            new InMemoryAdditionalText(Models + "foo.md", Doc("Foo", "N/A", Table(Row("`itemId`", "*string*", true), Row("`other`", "*string*", false))).Text),
            new InMemoryAdditionalText("/proj/modelgen-wirenames.txt", "Foo.itemId = Evil\"); #error x\nFoo.other = a\u2028#pragma \\ Evil\n"),
        };

        var result = GeneratorHarness.Run(docs, TestOptionsProvider.Project("/proj/", "Acme"), documentationMode: DocumentationMode.Diagnose);

        AssertContained(result);
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.None.EqualTo("MG0017"), "both overrides apply: " + GeneratorResult.Format(result.Diagnostics));
    }

    private static List<string> TypeSources(GeneratorResult result) =>
        result.Sources.Keys.Where(key => !GeneratedFiles.IsShared(key)).ToList();

    private static void AssertContained(GeneratorResult result)
    {
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.None.EqualTo("MG0099"), "the generator failed on a doc: " + GeneratorResult.Format(result.Diagnostics));
        Assert.That(GeneratedCodeChecks.Problems(result, Marker), Is.Empty, "generated code that doc text escaped from");
        var compiled = result.CompileWith(string.Empty);
        Assert.That(compiled, Is.Empty, "the generated code compiles, documentation checked, warnings as errors:\n" + GeneratorResult.Format(compiled));
    }

    private static GeneratorResult Generate(IEnumerable<(string Path, string Text)> docs) =>
        GeneratorHarness.Run(
            docs.Select(doc => (AdditionalText)new InMemoryAdditionalText(doc.Path, doc.Text)).ToList(),
            TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case"),
            documentationMode: DocumentationMode.Diagnose);

    private static HostileCase Case(string name, (string Path, string Text) doc, params string[] expectedDiagnostics) =>
        new(name, new[] { doc }, expectedDiagnostics);

    private static HostileCase Case(string name, (string Path, string Text) doc, (string Path, string Text) other) =>
        new(name, new[] { doc, other }, Array.Empty<string>());

    private static (string Path, string Text) Doc(string title, string description, string table)
    {
        var fileName = new string(title.Where(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        return ((fileName.Length == 0 ? "untitled" : fileName) + ".md", $"# {title}\n\n{description}\n\n## Fields\n\n{table}");
    }

    private static string Table(params string[] rows) =>
        "| Field | Type | Required | Description | Example |\n| ----- | ---- | -------- | ----------- | ------- |\n" + string.Concat(rows);

    private static string Row(string field, string type, bool required, string description = "N/A", string example = "") =>
        $"| {field} | {type} | {(required ? ":heavy_check_mark:" : ":heavy_minus_sign:")} | {description} | {example} |\n";

    // A paragraph of breakers, then one line per non-markdown C# line break (markdown ones split the paragraph anyway).
    private static string DescriptionText() =>
        Breakers + "\n\n" + string.Join("\n", new[] { "\u0085", "\u2028", "\u2029" }.Select(lineBreak => $"a{lineBreak}#error Evil{lineBreak}*/"));

    // In a table cell: markdown line breaks would end the row, so only the others, and pipes escaped.
    private static string CellText() =>
        Breakers + " <br/>#error Evil<br/> \u0085#pragma Evil\u2028</summary>\u2029*/ \\| a pipe";

    /// <summary>One hostile project: its docs, and the diagnostics that say why a doc or field is skipped (none: every doc is a type).</summary>
    private sealed record HostileCase(string Name, (string Path, string Text)[] Docs, string[] ExpectedDiagnostics);
}
