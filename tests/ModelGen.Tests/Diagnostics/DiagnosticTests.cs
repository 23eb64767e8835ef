using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Diagnostics;

/// <summary>Docs the generator cannot fully use: the snapshot's .verified.txt lists what it reports, and where.</summary>
public sealed class DiagnosticTests
{
    private const string Models = "/proj/docs/models/";

    private const string Broken = """
        # Broken

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `missing` | [models.Missing](../models/missing.md) | :heavy_check_mark: | Links to a doc that is not there. |
        | `weird` | *string* or *number* | :heavy_check_mark: | Not a type ModelGen reads. |
        | `maybe` | *string* | yes | Neither mark. |
        | `maybe` | *string* | :heavy_check_mark: | Twice. |
        | `short` | *string* |
        | | *string* | :heavy_check_mark: | No name. |
        | `---` | *string* | :heavy_minus_sign: | No letter or digit. |
        | `fine` | *string* | :heavy_minus_sign: | Still generated. |
        """;

    private const string NoTitle = """
        Some text but no heading.

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string EmptyValues = """
        # EmptyValues

        ## Values

        ```typescript
        ```
        """;

    private const string NoTable = """
        # NoTable

        ## Fields

        Nothing here.
        """;

    private const string Readme = """
        # Models

        Not a model doc: no Fields, Values or Supported Types section. Skipped without a diagnostic.
        """;

    private const string Duplicate = """
        # Broken

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `other` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string ExtraCells = """
        # ExtraCells

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A | an extra cell |
        | `deep` | *number*[][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][][] | :heavy_check_mark: | 33 levels. |
        """;

    private const string EmptyUnion = """
        # EmptyUnion

        ## Supported Types

        No variants.
        """;

    private const string Unnameable = """
        # ???

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        """;

    private const string OpenFence = """
        # OpenFence

        ## Example Usage

        ```typescript
        let value: OpenFence = {};

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        """;

    [Test]
    public void BrokenDocs()
    {
        var docs = new[]
        {
            new InMemoryAdditionalText(Models + "broken.md", Broken),
            new InMemoryAdditionalText(Models + "broken2.md", Duplicate),
            new InMemoryAdditionalText(Models + "notitle.md", NoTitle),
            new InMemoryAdditionalText(Models + "emptyvalues.md", EmptyValues),
            new InMemoryAdditionalText(Models + "notable.md", NoTable),
            new InMemoryAdditionalText(Models + "README.md", Readme),
            new InMemoryAdditionalText(Models + "extracells.md", ExtraCells),
            new InMemoryAdditionalText(Models + "emptyunion.md", EmptyUnion),
            new InMemoryAdditionalText(Models + "unnameable.md", Unnameable),
            new InMemoryAdditionalText(Models + "openfence.md", OpenFence),
            new InMemoryAdditionalText(Models + "deepquotes.md", "# DeepQuotes\n\n" + new string('>', 200) + " quoted\n\n## Fields\n"),
        };

        Snapshot.Verify(GeneratorHarness.Run(docs, TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case")));
    }
}
