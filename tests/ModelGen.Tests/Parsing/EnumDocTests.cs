using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Parsing;

/// <summary>The three spellings of a <c>## Values</c> section, and a record that uses the enums.</summary>
public sealed class EnumDocTests
{
    private const string Models = "/proj/docs/models/";

    private const string Closed = """
        # Quality

        How good the image is.

        ## Values

        ```typescript
        "low" | "medium" | "high" | "auto"
        ```
        """;

    private const string Open = """
        ---
        title: "Background"
        ---

        ## Example Usage

        ```typescript
        import { Background } from "@openrouter/sdk/models";

        let value: Background = "transparent";
        ```

        ## Values

        ```typescript
        // Open enum: unrecognized values are captured as Unrecognized<string>
        "transparent" | "opaque" | "auto" | Unrecognized<string>
        ```
        """;

    private const string Table = """
        # Size

        ## Values

        | Name          | Value         |
        | ------------- | ------------- |
        | `OneThousand` | 1024x1024     |
        | `Wide`        | 1536x1024     |
        | `Auto`        | auto          |
        """;

    private const string Numbers = """
        # Level

        ## Values

        ```typescript
        1 | 2 | 3
        ```
        """;

    private const string Image = """
        # ImageRequest

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `quality` | [models.Quality](../models/quality.md) | :heavy_check_mark: | N/A |
        | `background` | [models.Background](../models/background.mdx) | :heavy_minus_sign: | N/A |
        | `size` | [models.Size](../models/size.md) | :heavy_minus_sign: | N/A |
        | `level` | [models.Level](../models/level.md) | :heavy_minus_sign: | N/A |
        """;

    [Test]
    public void ValuesSpellings()
    {
        var docs = new[]
        {
            new InMemoryAdditionalText(Models + "quality.md", Closed),
            new InMemoryAdditionalText(Models + "background.mdx", Open),
            new InMemoryAdditionalText(Models + "size.md", Table),
            new InMemoryAdditionalText(Models + "level.md", Numbers),
            new InMemoryAdditionalText(Models + "imagerequest.md", Image),
        };

        Snapshot.Verify(GeneratorHarness.Run(docs, TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case")));
    }
}
