using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModelGen.Pipeline;
using ModelGen.Emit;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// Docs of hostile size finish with the right outcome (no stack overflow, nesting bounded with a diagnostic), and
/// every stage stops when cancelled. How long they take is measured in tests/ModelGen.Benchmarks, not here; that the
/// work grows no faster than the input is <see cref="WorkGrowthTests"/>.
/// </summary>
public sealed class BoundedWorkTests
{
    private const string Models = "/proj/docs/models/";

    [Test]
    public void TwentyThousandRowTableBecomesOneRecord()
    {
        var doc = "# Wide\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n"
            + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"| `field{i}` | *string* | :heavy_minus_sign: | Field {i}. |\n"));

        var result = Run(new InMemoryAdditionalText(Models + "wide.md", doc));

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Source(".Wide.g.cs"), Does.Contain("public string? Field19999 { get; init; }"));
    }

    [Test]
    public void TenMegabyteDocBecomesARecord()
    {
        var description = new string('x', 10 * 1024 * 1024);
        var doc = "# Big\n\n" + description + "\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `id` | *string* | :heavy_check_mark: | N/A |\n";

        var result = Run(new InMemoryAdditionalText(Models + "big.md", doc));

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Source(".Big.g.cs"), Does.Contain("public required string Id { get; init; }"));
    }

    [Test]
    public void FiveThousandLinkedDocsBecomeFiveThousandTypes()
    {
        var docs = Enumerable.Range(0, 5_000).Select(i => new InMemoryAdditionalText(
            $"{Models}doc{i}.md",
            $"# Doc{i}\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n"
            + $"| `next` | [models.Doc{(i + 1) % 5_000}](doc{(i + 1) % 5_000}.md) | :heavy_minus_sign: | The next doc. |\n"));

        var result = Run(docs.ToArray());

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Sources.Keys.Count(key => key.StartsWith("Acme.Api.Docs.Models.Doc", StringComparison.Ordinal)), Is.EqualTo(5_000));
    }

    [TestCase("arrays")]
    [TestCase("maps")]
    public void ThousandDeepTypesAreCutOffWithADiagnostic(string kind)
    {
        var type = kind == "arrays"
            ? "*number*" + string.Concat(Enumerable.Repeat("[]", 1_000))
            : string.Concat(Enumerable.Repeat("Record<string, ", 1_000)) + "*number*" + new string('>', 1_000);
        var doc = $"# Nested\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `deep` | {type} | :heavy_check_mark: | N/A |\n";

        var result = Run(new InMemoryAdditionalText(Models + "nested.md", doc));

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "MG0012" }));
        Assert.That(result.Source(".Nested.g.cs"), Does.Contain("public required global::System.Text.Json.JsonElement Deep { get; init; }"));
    }

    [Test]
    public void EveryStageStopsWhenCancelled()
    {
        var options = TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace);
        var source = DocSources.Read(new InMemoryAdditionalText(Models + "everytype.md", TestDocs.EveryType), options, CancellationToken.None);
        var spec = DocParser.Parse(source, CancellationToken.None).Spec!;
        var index = new TypeIndex(ImmutableArray.Create(TypeSummaries.From(spec)).ToEquatableArray());
        var model = DocResolver.Resolve(spec, index, CompilationCapabilities.Latest, WireNameOverrides.None, CancellationToken.None).Model!;
        var cancelled = new CancellationToken(canceled: true);

        Assert.Multiple(() =>
        {
            Assert.Throws<OperationCanceledException>(() => DocParser.Parse(source, cancelled), "parse");
            Assert.Throws<OperationCanceledException>(() => DocResolver.Resolve(spec, index, CompilationCapabilities.Latest, WireNameOverrides.None, cancelled), "resolve");
            Assert.Throws<OperationCanceledException>(() => TypeEmitter.Emit(model, cancelled), "emit");
        });
    }

    private static GeneratorResult Run(params AdditionalText[] docs) =>
        GeneratorHarness.Run(docs, TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace));
}
