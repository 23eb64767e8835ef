using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>
/// No two generated files may share a hint name: Roslyn compares hint names ignoring case and throws on a repeat,
/// which in a user's build is CS8785 and loses every generated type, not only the clashing doc's. Each case is one
/// way two docs' outputs (or a doc's output and a shared file) could meet. In every case the generator runs, every
/// hint name is unique ignoring case, the output compiles, and the doc that lost is named by a located diagnostic.
/// </summary>
public sealed class HintNameCollisionTests
{
    private const string Models = "/proj/docs/models/";

    private static string Record(string title, string field = "id") => $"""
        # {title}

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `{field}` | *string* | :heavy_check_mark: | N/A |
        """;

    private static string OpenEnum(string title) => $"""
        # {title}

        ## Values

        ```typescript
        "a" | "b" | Unrecognized<string>
        ```
        """;

    /// <summary>The fuzz case of issue 14: a title with a backtick PascalCases to a name that differs from another only in case.</summary>
    [Test]
    public void TitlesThatDifferOnlyInCaseAfterPascalCasing()
    {
        var result = Run(
            (Models + "operations/event.md", Record("ResponsesStreamChunkImageGenerationCallUnion").Replace("\n", "\r", StringComparison.Ordinal)),
            (Models + "operations/models.mdx", Record("ResponsesStreamChunkImageGenerationCallUn`ion").Replace("\n", "\r", StringComparison.Ordinal)),
            (Models + "operations/status.md", Record("ResponsesStreamChunkImageGenerationCallUnion")));

        AssertOneTypeWins(result, winner: "operations/event.md", losers: new[] { "operations/models.mdx", "operations/status.md" });
    }

    [Test]
    public void TitlesThatDifferOnlyInCase()
    {
        var result = Run((Models + "a.md", Record("FooBar")), (Models + "b.md", Record("Foobar")));
        AssertOneTypeWins(result, winner: "a.md", losers: new[] { "b.md" });
    }

    [Test]
    public void FoldersThatDifferOnlyInCase()
    {
        var result = Run((Models + "Operations/foo.md", Record("Foo")), (Models + "operations/foo.md", Record("Foo")));
        AssertOneTypeWins(result, winner: "Operations/foo.md", losers: new[] { "operations/foo.md" });
    }

    [Test]
    public void FolderNamesThatPascalCaseToNamesDifferingInCase()
    {
        var result = Run((Models + "o-perations/foo.md", Record("Foo")), (Models + "operations/foo.md", Record("Foo")));
        AssertOneTypeWins(result, winner: "o-perations/foo.md", losers: new[] { "operations/foo.md" });
    }

    [Test]
    public void SameTitleInAnMdAndAnMdxOfOneName()
    {
        var result = Run((Models + "foo.md", Record("Foo")), (Models + "foo.mdx", Record("Foo", "name")));
        AssertOneTypeWins(result, winner: "foo.md", losers: new[] { "foo.mdx" });
    }

    /// <summary>An open enum titled <c>Value</c> becomes <c>ValueModel</c> (its own member is <c>Value</c>); a doc titled <c>ValueModel</c> meets it.</summary>
    [Test]
    public void RenamedTypeMeetsATitleSpelledLikeTheRename()
    {
        var result = Run((Models + "a.md", OpenEnum("Value")), (Models + "b.md", Record("valueModel")));
        AssertOneTypeWins(result, winner: "a.md", losers: new[] { "b.md" });
    }

    /// <summary>Types named like the files ModelGen adds beside the types, in the namespace those files would clash in.</summary>
    [TestCase("ModelGen", "JsonHelpers")]
    [TestCase("ModelGen", "IsExternalInit")]
    [TestCase("ModelGen", "jsonHelpers")]
    [TestCase("", "ModelGenJson")]
    [TestCase("", "modelGenJson")]
    public void TitlesNamedLikeTheSharedFiles(string rootNamespace, string title)
    {
        var options = TestOptionsProvider.Project("/proj/docs/models/", rootNamespace);
        var result = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText(Models + "a.md", Record(title)) }, options);
        AssertUniqueHintNames(result);
        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Sources.Values.Count(source => source.Contains("from <c>a.md</c>", StringComparison.Ordinal)), Is.EqualTo(1), "the doc still becomes a type");
        AssertCompiles(result);
    }

    /// <summary>One file listed twice as AdditionalFiles (by hand and by a glob): two identical inputs.</summary>
    [Test]
    public void OneDocListedTwice()
    {
        var result = Run((Models + "foo.md", Record("Foo")), (Models + "foo.md", Record("Foo")), (Models + "bar.md", Record("Bar")));
        AssertUniqueHintNames(result);
        Assert.That(result.Sources.Keys, Has.Some.EndsWith(".Bar.g.cs"), "the other docs are generated");
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.Some.EqualTo("MG0020"));
        Assert.That(result.Diagnostics.Where(d => d.Id == "MG0020").Select(d => d.Location.GetLineSpan().Path), Has.All.EqualTo(Models + "foo.md"));
        AssertCompiles(result);
    }

    private static GeneratorResult Run(params (string Path, string Text)[] docs) =>
        GeneratorHarness.Run(
            docs.Select(doc => (AdditionalText)new InMemoryAdditionalText(doc.Path, doc.Text)).ToList(),
            TestOptionsProvider.Project("/proj/", "Acme.Api"));

    private static void AssertOneTypeWins(GeneratorResult result, string winner, IReadOnlyList<string> losers)
    {
        AssertUniqueHintNames(result);
        var typed = result.Sources.Values.Where(source => source.Contains("from <c>docs/models/", StringComparison.Ordinal)).ToList();
        Assert.That(typed.Count(source => source.Contains("from <c>docs/models/" + winner + "</c>", StringComparison.Ordinal)), Is.EqualTo(1), winner + " becomes the type");
        foreach (var loser in losers)
        {
            var reported = result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == Models + loser).ToList();
            Assert.That(reported.Select(d => d.Id), Is.EqualTo(new[] { "MG0007" }), loser + " is reported as a duplicate");
            Assert.That(reported[0].GetMessage(), Does.Contain("docs/models/" + winner), "the message names the doc that won");
            Assert.That(reported[0].Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(0), "at the title");
        }

        AssertCompiles(result);
    }

    private static void AssertUniqueHintNames(GeneratorResult result)
    {
        var clashes = result.Sources.Keys.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key);
        Assert.That(clashes, Is.Empty);
    }

    private static void AssertCompiles(GeneratorResult result)
    {
        var errors = result.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.That(errors, Is.Empty);
    }
}
