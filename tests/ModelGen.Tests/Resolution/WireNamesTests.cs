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
    /// Speakeasy camel-cases <c>ephemeral_5m_input_tokens</c> to <c>ephemeral5mInputTokens</c> and
    /// <c>partial_image_b64</c> to <c>partialImageB64</c> (the corpus, openrouter-2026-08, shows both). A number
    /// followed by a unit letter is a word of its own; a number that ends a word, or is followed by a capital, stays
    /// with its word. Every name here is one the corpus's examples or the API's payloads show.
    /// </summary>
    [TestCase("ephemeral5mInputTokens", "ephemeral_5m_input_tokens")]
    [TestCase("ephemeral1hInputTokens", "ephemeral_1h_input_tokens")]
    [TestCase("latencyLast30m", "latency_last_30m")]
    [TestCase("throughputLast30m", "throughput_last_30m")]
    [TestCase("uptimeLast1d", "uptime_last_1d")]
    [TestCase("p50", "p50")]
    [TestCase("latencyP50", "latency_p50")]
    [TestCase("sha256", "sha256")]
    [TestCase("b64Json", "b64_json")]
    [TestCase("partialImageB64", "partial_image_b64")]
    [TestCase("last7days", "last7days")]
    public void ANumberWithAUnitIsAWordOfItsOwn(string name, string wireName)
    {
        Assert.Multiple(() =>
        {
            Assert.That(WireNames.Apply(name, WireNaming.SnakeCase), Is.EqualTo(wireName));
            Assert.That(WireNames.Apply(name, WireNaming.KebabCase), Is.EqualTo(wireName.Replace('_', '-')));
            Assert.That(ToleranceKey(wireName), Is.EqualTo(ToleranceKey(name)), "tolerant reading matches the API's name");
        });
    }

    // README "Wire names": reading matches any spelling equal once '_' and '-' are removed and case is ignored.
    private static string ToleranceKey(string name) => name.Replace("_", string.Empty).Replace("-", string.Empty).ToLowerInvariant();
}
