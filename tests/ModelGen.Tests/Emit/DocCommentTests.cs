using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Emit;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Emit;

/// <summary>
/// What the IDE shows for generated members (issue 19, point 7): a field the doc does not describe has no made-up
/// summary and still gives no CS1591; a JSON example of several lines keeps its nesting in a code block.
/// </summary>
public sealed class DocCommentTests
{
    private const string Gadget = """
        ---
        title: "Gadget"
        ---

        ## Fields

        | Field | Type | Required | Description | Example |
        | ----- | ---- | -------- | ----------- | ------- |
        | `id` | *string* | :heavy_check_mark: | N/A | g_1 |
        | `count` | *number* | :heavy_minus_sign: | N/A | |
        | `name` | *string* | :heavy_minus_sign: | The gadget's name. | Widget |
        | `config` | *any* | :heavy_minus_sign: | Settings. | \{<br/>"parts": [<br/>\{<br/>"label": "a ] \{ b",<br/>"size": 2<br/>}<br/>],<br/>"on": true<br/>} |
        """;

    [Test]
    public void AFieldWithoutADescriptionHasNoSummaryAndTheFileCompilesWithoutWarnings()
    {
        var result = Run();
        var source = result.Source(".Gadget.g.cs");
        var lines = source.Split('\n').Select(line => line.Trim()).ToList();
        var id = lines.FindIndex(line => line.StartsWith("public required string Id ", System.StringComparison.Ordinal));
        var name = lines.FindIndex(line => line.StartsWith("public string? Name ", System.StringComparison.Ordinal));
        var count = lines.FindIndex(line => line.StartsWith("public double? Count ", System.StringComparison.Ordinal));

        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Not.Contain("The JSON property"));
            Assert.That(lines[id - 1], Is.EqualTo("/// <example>g_1</example>"), "the example, and no summary, above Id");
            Assert.That(lines[count - 1], Is.Empty, "no doc comment at all above Count");
            Assert.That(lines[name - 2], Is.EqualTo("/// <summary>The gadget's name.</summary>"));
            Assert.That(diagnostics, Is.Empty, "no CS1591 with GenerateDocumentationFile: " + GeneratorResult.Format(diagnostics));
        });
    }

    [Test]
    public void AMultiLineJsonExampleIsACodeBlockIndentedByItsNesting()
    {
        var source = Run().Source(".Gadget.g.cs");

        Assert.That(source, Does.Contain("""
                /// <example><code>
                /// {
                ///   "parts": [
                ///     {
                ///       "label": "a ] { b",
                ///       "size": 2
                ///     }
                ///   ],
                ///   "on": true
                /// }
                /// </code></example>
            """.Replace("\r\n", "\n")));
    }

    [TestCase("w_1", "w_1")]
    [TestCase("{\n\"a\": \"}\\\"{\",\n\"b\": [\n1\n]\n}", "{\n  \"a\": \"}\\\"{\",\n  \"b\": [\n    1\n  ]\n}")]
    [TestCase("[\n]", "[\n]")]
    [TestCase("not json\nat all", "not json\nat all")]
    [TestCase("}\n}\n{", "}\n}\n{")]
    public void IndentJsonCountsOnlyBracketsOutsideStrings(string text, string expected) =>
        Assert.That(CSharpText.IndentJson(text), Is.EqualTo(expected));

    private static GeneratorResult Run()
    {
        var options = TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written").WithGlobal("modelgen_docs_root", "docs/models");
        var result = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/proj/docs/models/gadget.mdx", Gadget) }, options, documentationMode: DocumentationMode.Diagnose);
        Assert.That(result.Diagnostics, Is.Empty, GeneratorResult.Format(result.Diagnostics));
        return result;
    }
}
