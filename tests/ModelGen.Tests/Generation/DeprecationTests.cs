using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Generation;

/// <summary>
/// Every way the docs mark a doc or field deprecated (README "Deprecated docs and fields"): each becomes
/// <c>[Obsolete]</c> with the doc's own text, the generated code that uses them compiles without a warning, and a
/// user's own use still warns.
/// </summary>
public sealed class DeprecationTests
{
    private const string Models = "/proj/docs/models/";

    // The 2025-10 corpus's spelling: title struck through, and a warning block quote under it.
    private const string RateLimit = """
        # ~~RateLimit~~

        Legacy rate limit information about a key.

        > :warning: **DEPRECATED**: This will be removed in a future release, please migrate away from it as soon as possible.

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `requests` | *number* | :heavy_check_mark: | Requests per interval. |
        """;

    // The .mdx spelling: the front matter's title struck through, and no warning text.
    private const string LegacyVideo = """
        ---
        title: "~~LegacyVideo~~"
        ---

        Video input content part (legacy format).

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `url` | *string* | :heavy_check_mark: | N/A |
        """;

    // Only the warning marks this one.
    private const string OldMode = """
        # OldMode

        > :warning: **DEPRECATED**: Use `mode` instead.

        ## Values

        ```typescript
        "fast" | "slow"
        ```
        """;

    // Fields: struck through with the cell's warning (the corpus's spelling), struck through without backticks or text,
    // and a warning alone; the deprecated types in a list and in a union.
    private const string Key = """
        # Key

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `label` | *string* | :heavy_check_mark: | The key's name. |
        | ~~`rateLimit`~~ | [operations.RateLimit](../models/ratelimit.md) | :heavy_check_mark: | : warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.<br/><br/>Use `limits`; it says "per minute". |
        | ~~legacy~~ | *boolean* | :heavy_minus_sign: | N/A |
        | `oldMode` | [models.OldMode](../models/oldmode.md) | :heavy_minus_sign: | :warning: **DEPRECATED**: Use `mode`. |
        | `history` | [operations.RateLimit](../models/ratelimit.md)[] | :heavy_minus_sign: | Earlier limits. |
        | `content` | [models.Content](../models/content.md) | :heavy_minus_sign: | N/A |
        """;

    private const string Content = """
        # Content

        ## Supported Types

        ### `models.LegacyVideo`

        ```typescript
        const value: models.LegacyVideo = { url: "https://example.com/v.mp4" };
        ```

        ### `string`

        ```typescript
        const value: string = "<value>";
        ```
        """;

    private static GeneratorResult Run() => GeneratorHarness.Run(
        new[]
        {
            new InMemoryAdditionalText(Models + "ratelimit.md", RateLimit),
            new InMemoryAdditionalText(Models + "legacyvideo.mdx", LegacyVideo),
            new InMemoryAdditionalText(Models + "oldmode.md", OldMode),
            new InMemoryAdditionalText(Models + "key.md", Key),
            new InMemoryAdditionalText(Models + "content.md", Content),
        },
        TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case"));

    [Test]
    public void DeprecatedDocsAndFieldsAreObsolete() => Snapshot.Verify(Run());

    [Test]
    public void GeneratedCodeUsesThemWithoutAWarningAndTheUserIsWarned()
    {
        var result = Run();
        var quiet = result.CompileWith("namespace Consumer { internal static class Empty { } }");
        var used = result.CompileWith("""
            using Acme.Api.Docs.Models;

            namespace Consumer;

            internal static class Usage
            {
                public static object Build() => new Key { Label = "k", RateLimit = new RateLimit { Requests = 1 }, Legacy = true };

                // A deprecated required field need not be set (a required member cannot be obsolete).
                public static object Minimal() => new Key { Label = "k" };
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(quiet, Is.Empty, "generated code alone, warnings as errors:\n" + GeneratorResult.Format(quiet));
            Assert.That(used.Select(d => d.Id), Is.EquivalentTo(new[] { "CS0618", "CS0618", "CS0612" }), GeneratorResult.Format(used));
            Assert.That(used.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Has.Some.Contains("Use limits; it says \"per minute\"."), "the field's own text");
            Assert.That(used.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Has.Some.Contains("'RateLimit' is obsolete: 'This will be removed in a future release"), "the doc's own text");
            Assert.That(used.All(d => d.Location.SourceTree?.FilePath == "/src/Usage.cs"), Is.True, "only the user's code warns");
        });
    }

    [Test]
    public void AStruckThroughFieldKeepsItsWireName()
    {
        var key = Run().Source("Key.g.cs");

        Assert.That(GeneratedWireNames.InSource(key, "Key"), Is.EqualTo(new[] { "label", "rate_limit", "legacy", "old_mode", "history", "content" }));
    }
}
