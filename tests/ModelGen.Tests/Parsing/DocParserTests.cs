using System.Linq;
using System.Threading;
using ModelGen.Pipeline;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Parsing;

/// <summary>Markdig → DocSpec, checked on the spec itself (the snapshots check what is emitted from it).</summary>
public sealed class DocParserTests
{
    [Test]
    public void SeedDocIsAnObjectWithFourFields()
    {
        var spec = Parse(SchemaDocs.ReadText(System.IO.Path.Combine(Repo.Schemas, SchemaDocs.SeedModels, "responsesstreamchunkresponseimagegenerationcallcompleted.md")));

        Assert.Multiple(() =>
        {
            Assert.That(spec.Title, Is.EqualTo("ResponsesStreamChunkResponseImageGenerationCallCompleted"));
            Assert.That(spec.Kind, Is.EqualTo(DocKind.Object));
            Assert.That(spec.Description, Is.Null);
            Assert.That(spec.Fields.Select(f => f.Name), Is.EqualTo(new[] { "type", "itemId", "outputIndex", "sequenceNumber" }));
            Assert.That(spec.Fields.Select(f => f.Type.ToString()), Is.EqualTo(new[] { "models.TypeResponseImageGenerationCallCompleted", "string", "number", "number" }));
            Assert.That(spec.Fields[0].Type.LinkTarget, Is.EqualTo("../models/typeresponseimagegenerationcallcompleted.md"));
            Assert.That(spec.Fields.All(f => f.Required), Is.True);
            Assert.That(spec.Fields.All(f => f.Description is null), Is.True, "N/A is no description");
            Assert.That(spec.Example, Does.Contain("let value: ResponsesStreamChunkResponseImageGenerationCallCompleted"));
        });
    }

    [Test]
    public void SingleValueDocIsAnEnumWithOneValue()
    {
        var spec = Parse(SchemaDocs.ReadText(System.IO.Path.Combine(Repo.Schemas, SchemaDocs.SeedModels, "typeresponseimagegenerationcallcompleted.md")));

        Assert.Multiple(() =>
        {
            Assert.That(spec.Kind, Is.EqualTo(DocKind.Enum));
            Assert.That(spec.IsOpenEnum, Is.False);
            Assert.That(spec.Values, Is.EqualTo(new[] { new EnumValueSpec("response.image_generation_call.completed", false, null) }));
        });
    }

    [Test]
    public void EveryTypeCellKindIsRead()
    {
        var spec = Parse(TestDocs.EveryType);

        Assert.Multiple(() =>
        {
            Assert.That(spec.Fields.Select(f => f.Name + ": " + f.Type), Is.EqualTo(new[]
            {
                "text: string",
                "count: number",
                "enabled: boolean",
                "payload: any",
                "createdAt: date",
                "content: blob",
                "kind: \"function\"",
                "strict: true",
                "foo: models.Foo",
                "fooByName: models.Foo",
                "tags: string[]",
                "foos: models.Foo[]",
                "metadata: Record<string, any>",
            }));
            Assert.That(spec.Fields.Select(f => f.Type.Kind), Is.EqualTo(new[]
            {
                TypeRefKind.String, TypeRefKind.Number, TypeRefKind.Boolean, TypeRefKind.Any, TypeRefKind.Date, TypeRefKind.Blob,
                TypeRefKind.StringLiteral, TypeRefKind.BooleanLiteral, TypeRefKind.Doc, TypeRefKind.Doc, TypeRefKind.Array,
                TypeRefKind.Array, TypeRefKind.Map,
            }));
            Assert.That(spec.Fields.Select(f => f.Required), Is.EqualTo(new[] { true, false, true, false, true, false, true, false, true, false, false, true, false }));
            Assert.That(spec.Fields[0].Description, Is.EqualTo("A plain string.\nIts description has two lines."), "<br/> is a line break");
            Assert.That(spec.Fields[1].Description, Is.Null, "N/A");
            Assert.That(spec.Fields[0].Example, Is.EqualTo("hello"));
            Assert.That(spec.Fields[3].Example, Is.Null, "an empty Example cell");
            Assert.That(spec.Description, Is.EqualTo("Every kind of Type cell a Speakeasy doc can hold.\nThe second line of the description."));
        });
    }

    [Test]
    public void MdxFrontMatterAndEscapesAreRead()
    {
        var spec = Parse(TestDocs.MdxWidget, "docs/models/mdxwidget.mdx");

        Assert.Multiple(() =>
        {
            Assert.That(spec.Title, Is.EqualTo("MdxWidget"));
            Assert.That(spec.Description, Is.EqualTo("A widget from the MDX docs: { braces } and <angles> are escaped."));
            Assert.That(spec.Fields[1].Type.ToString(), Is.EqualTo("Record<string, number>"));
            Assert.That(spec.Fields[1].Description, Is.EqualTo("Scores by name, e.g. { \"a\": 1 }."));
            Assert.That(spec.Fields[1].Example, Is.EqualTo("{\n\"a\": 1\n}"));
            Assert.That(spec.Fields[2].Type.LinkTarget, Is.EqualTo("../models/mdxkind.mdx"));
        });
    }

    /// <summary>
    /// Regression (found by the fuzz test): in a run of five or more '[]' Markdig leaves one '[' as an unmatched link
    /// delimiter in the inline tree, and both the type reader and the text flattener dropped it: '*number*[][][][][]'
    /// was an unknown type, and '[' vanished from descriptions.
    /// </summary>
    [TestCase(5)]
    [TestCase(32)]
    public void LongArrayRunsAreArrays(int depth)
    {
        var table = "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n"
            + $"| `deep` | *number*{string.Concat(System.Linq.Enumerable.Repeat("[]", depth))} | :heavy_check_mark: | a [][][][][] b |\n";

        var spec = Parse("# Deep\n\n## Fields\n\n" + table, "docs/models/deep.md");

        Assert.That(spec.Fields[0].Type.ToString(), Is.EqualTo("number" + string.Concat(System.Linq.Enumerable.Repeat("[]", depth))));
        Assert.That(spec.Fields[0].Description, Is.EqualTo("a [][][][][] b"));
    }

    /// <summary>
    /// Regression: PipeTable parsed each cell as a markdown document and kept the inlines of its first block only
    /// when that block was a leaf with inlines, so a cell that markdown reads as a block of its own (an HTML tag
    /// alone, a list item, a block quote, an ordered-list number) came out empty, and the Description or Example
    /// was lost without a diagnostic. A GFM cell is inline content: it now parses as one paragraph.
    /// </summary>
    [TestCase("</example>")]
    [TestCase("- a list item")]
    [TestCase("> 0 enables it")]
    [TestCase("1. first")]
    [TestCase("# not a heading")]
    [TestCase("---")]
    [TestCase("[a]: b")]
    public void CellTextThatLooksLikeABlockIsKept(string cell)
    {
        var field = Parse(OneFieldDoc($"| `a` | *string* | :heavy_check_mark: | {cell} | {cell} |")).Fields.Single();

        Assert.Multiple(() =>
        {
            Assert.That(field.Description, Is.EqualTo(cell), "Description");
            Assert.That(field.Example, Is.EqualTo(cell), "Example");
        });
    }

    /// <summary>Cells still read inline markdown: emphasis, code spans, links, escaped pipes, entities, <c>&lt;br/&gt;</c>.</summary>
    [Test]
    public void CellInlineMarkupIsRead()
    {
        var field = Parse(OneFieldDoc("""| `a` | *string* | :heavy_check_mark: | *x* and `code` and [a link](https://example.com) and a \| pipe &amp; more<br/>next | **bold** - not a list |""")).Fields.Single();

        Assert.Multiple(() =>
        {
            Assert.That(field.Type.Kind, Is.EqualTo(TypeRefKind.String));
            Assert.That(field.Description, Is.EqualTo("x and code and a link and a | pipe & more\nnext"));
            Assert.That(field.Example, Is.EqualTo("bold - not a list"));
        });
    }

    /// <summary>
    /// A backslash escapes the character after it, so <c>\|</c> stays in its cell; a backslash that ends a row has
    /// nothing to escape and is the last cell's text (it once made the row lose that cell, and the field its example).
    /// </summary>
    [Test]
    public void BackslashAtTheEndOfARowStaysInTheLastCell()
    {
        var field = Parse(OneFieldDoc("""| `a` | *string* | :heavy_check_mark: | a \| b | C:\""")).Fields.Single();

        Assert.Multiple(() =>
        {
            Assert.That(field.Description, Is.EqualTo("a | b"));
            Assert.That(field.Example, Is.EqualTo("C:\\"));
        });
    }

    // The spellings of the two corpora (README "Deprecated docs and fields"), and text that only mentions deprecation.
    [TestCase("| ~~`rateLimit`~~ | *string* | :heavy_check_mark: | : warning: ** DEPRECATED **: Going away.<br/><br/>Use `limits`. | |", "rateLimit", "Going away. Use limits.", TestName = "Struck through, with the cell's warning")]
    [TestCase("| ~~rateLimit~~ | *string* | :heavy_check_mark: | N/A | |", "rateLimit", "", TestName = "Struck through without backticks or text")]
    [TestCase("| `rateLimit` | *string* | :heavy_minus_sign: | :warning: **DEPRECATED**: Going away. | |", "rateLimit", "Going away.", TestName = "A warning alone")]
    [TestCase("| `rateLimit` | *string* | :heavy_minus_sign: | The limit.<br/>⚠️ DEPRECATED | |", "rateLimit", "", TestName = "A warning on a later line, without text")]
    [TestCase("| `rateLimit` | *string* | :heavy_minus_sign: | The deprecated limit. DEPRECATED: no. | |", "rateLimit", null, TestName = "Mentioning deprecation mid-line is no mark")]
    [TestCase("| `rateLimit` | *string* | :heavy_minus_sign: | DEPRECATEDNESS | |", "rateLimit", null, TestName = "A longer word is no mark")]
    public void DeprecatedFieldsAreReadWithTheirText(string row, string name, string? deprecation)
    {
        var field = Parse(OneFieldDoc(row)).Fields.Single();

        Assert.Multiple(() =>
        {
            Assert.That(field.Name, Is.EqualTo(name), "the name without the strikethrough");
            Assert.That(field.Deprecation, Is.EqualTo(deprecation));
        });
    }

    [TestCase("# ~~RateLimit~~\n\nLegacy.\n\n> :warning: **DEPRECATED**: This will be removed.\n\n", "This will be removed.", TestName = "Title struck through, warning quoted (.md)")]
    [TestCase("---\ntitle: \"~~RateLimit~~\"\n---\n\nLegacy.\n\n", "", TestName = "Front matter title struck through (.mdx)")]
    [TestCase("# RateLimit\n\nLegacy; deprecated since May.\n\n", null, TestName = "A description that mentions deprecation")]
    public void DeprecatedDocsAreReadWithTheirText(string head, string? deprecation)
    {
        var spec = Parse(head + "## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `requests` | *number* | :heavy_check_mark: | N/A |\n");

        Assert.Multiple(() =>
        {
            Assert.That(spec.Title, Is.EqualTo("RateLimit"));
            Assert.That(spec.Deprecation, Is.EqualTo(deprecation));
        });
    }

    /// <summary>A doc whose Fields table (Field | Type | Required | Description | Example) has the one row given.</summary>
    private static string OneFieldDoc(string row) => $"""
        # Cells

        ## Fields

        | Field | Type | Required | Description | Example |
        | ----- | ---- | -------- | ----------- | ------- |
        {row}
        """;

    private static DocSpec Parse(string text, string relativePath = "docs/models/doc.md")
    {
        // Read the way the pipeline reads it, so the test does not depend on DocSource's shape.
        var options = TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case");
        var source = DocSources.Read(new InMemoryAdditionalText("/proj/" + relativePath, text), options, CancellationToken.None);
        var parsed = DocParser.Parse(source, CancellationToken.None);
        Assert.That(parsed.Spec, Is.Not.Null, "no spec; diagnostics: " + string.Join(", ", parsed.Diagnostics.Select(d => d.Id)));
        return parsed.Spec!;
    }
}
