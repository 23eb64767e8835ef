using ModelGen.Model;
using ModelGen.Resolution;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>Field names → JSON names under each wire naming.</summary>
internal sealed class WireNamesTests
{
    [TestCase("itemId", WireNaming.SnakeCase, "item_id")]
    [TestCase("itemId", WireNaming.KebabCase, "item-id")]
    [TestCase("itemId", WireNaming.CamelCase, "itemId")]
    [TestCase("itemId", WireNaming.AsWritten, "itemId")]
    [TestCase("partialImageB64", WireNaming.SnakeCase, "partial_image_b64")]
    [TestCase("HTTPServer", WireNaming.SnakeCase, "http_server")]
    [TestCase("HTTPServer", WireNaming.CamelCase, "httpServer")]
    [TestCase("sequenceNumber", WireNaming.SnakeCase, "sequence_number")]
    [TestCase("item_id", WireNaming.SnakeCase, "item_id")]
    [TestCase("item_id", WireNaming.CamelCase, "itemId")]
    [TestCase("x-request-id", WireNaming.SnakeCase, "x_request_id")]
    [TestCase("", WireNaming.SnakeCase, "")]
    public void Apply(string name, WireNaming naming, string expected) =>
        Assert.That(WireNames.Apply(name, naming), Is.EqualTo(expected));

    [TestCase("snake_case", WireNaming.SnakeCase)]
    [TestCase("SnakeCase", WireNaming.SnakeCase)]
    [TestCase("kebab-case", WireNaming.KebabCase)]
    [TestCase("camel", WireNaming.CamelCase)]
    [TestCase("none", WireNaming.AsWritten)]
    public void TryParseNaming(string text, WireNaming expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WireNames.TryParseNaming(text, out var naming), Is.True);
            Assert.That(naming, Is.EqualTo(expected));
        });
    }

    [TestCase("pascal")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParseNamingRejectsUnknownSpellings(string? text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WireNames.TryParseNaming(text, out var naming), Is.False);
            Assert.That(naming, Is.EqualTo(WireNaming.AsWritten));
        });
    }

    /// <summary>
    /// Speakeasy camel-cases <c>ephemeral_5m_input_tokens</c> to <c>ephemeral5mInputTokens</c>, and snake_case cannot
    /// tell that apart from <c>partial_image_b64</c> → <c>partialImageB64</c> (the corpus, openrouter-2026-08, shows
    /// both). So snake_case guesses wrong for these, and the generated converters still read them: tolerant matching
    /// compares names without '_', '-' and case. Writing the API's exact name takes the override file
    /// (JsonContractTests.TheOverrideFilePinsAWireName).
    /// </summary>
    [TestCase("ephemeral5mInputTokens", "ephemeral_5m_input_tokens")]
    [TestCase("ephemeral1hInputTokens", "ephemeral_1h_input_tokens")]
    [TestCase("latencyLast30m", "latency_last_30m")]
    [TestCase("throughputLast30m", "throughput_last_30m")]
    public void DigitWordsAreReadThoughSnakeCaseGuessesThemWrong(string name, string wireName)
    {
        var guessed = WireNames.Apply(name, WireNaming.SnakeCase);

        Assert.Multiple(() =>
        {
            Assert.That(guessed, Is.Not.EqualTo(wireName), "snake_case alone cannot know");
            Assert.That(ToleranceKey(guessed), Is.EqualTo(ToleranceKey(wireName)), "tolerant reading matches the API's name");
        });
    }

    // README "Wire names": reading matches any spelling equal once '_' and '-' are removed and case is ignored.
    private static string ToleranceKey(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
}
