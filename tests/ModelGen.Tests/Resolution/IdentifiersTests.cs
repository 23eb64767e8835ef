using ModelGen.Resolution;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>Doc names → C# identifiers (README "Names").</summary>
public sealed class IdentifiersTests
{
    [TestCase("itemId", "ItemId")]
    [TestCase("response.output_text.delta", "ResponseOutputTextDelta")]
    [TestCase("1h", "_1h")]
    [TestCase("$ref", "Ref")]
    [TestCase("a\"b", "AB")]
    [TestCase("", "")]
    [TestCase("---", "")]
    [TestCase("ResponsesStreamChunkResponseImageGenerationCallCompleted", "ResponsesStreamChunkResponseImageGenerationCallCompleted")]
    [TestCase("partial_image_b64", "PartialImageB64")]
    [TestCase("HTTPServer", "HTTPServer")]
    [TestCase("class", "Class")]
    [TestCase("x-request-id", "XRequestId")]
    [TestCase("ünïcode name", "ÜnïcodeName")]
    [TestCase("a\u200Bb\u202Ec", "ABC")]
    public void ToPascalCase(string text, string expected) =>
        Assert.That(Identifiers.ToPascalCase(text), Is.EqualTo(expected));

    [TestCase("Acme.Api.docs.models", "Acme.Api.Docs.Models")]
    [TestCase("Acme.Api..", "Acme.Api")]
    [TestCase("Acme/openrouter-2025-10\\models", "Acme.Openrouter202510.Models")]
    [TestCase(".", "")]
    public void ToNamespace(string text, string expected) =>
        Assert.That(Identifiers.ToNamespace(text), Is.EqualTo(expected));

    [TestCase("class", "@class")]
    [TestCase("var", "@var")]
    [TestCase("record", "record")]
    [TestCase("Class", "Class")]
    public void EscapeKeyword(string name, string expected) =>
        Assert.That(Identifiers.EscapeKeyword(name), Is.EqualTo(expected));
}
