using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Parsing;

/// <summary>
/// Which keys an Example Usage shows as <c>null</c> (those fields become nullable). The scanner is checked on the
/// spellings TypeScript examples use, and against a regular expression of the same rule over every example of the
/// corpus, so that a faster scan never changes which properties are nullable.
/// </summary>
public sealed class ExampleNullsTests
{
    // The rule, written the obvious way (the generator once used it; it is too slow there): a key, bare or quoted
    // either way, then ':' and 'null' not followed by more identifier characters.
    private static readonly Regex Oracle = new(
        @"(?:""(?<key>[^""\r\n]{1,200})""|'(?<key>[^'\r\n]{1,200})'|(?<key>[A-Za-z_$][\w$]{0,200}))\s*:\s*null(?![\w$])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    [TestCase("let value: Foo = { error: null };", new[] { "error" })]
    [TestCase("{ \"incomplete_details\": null, 'usage' : null }", new[] { "incomplete_details", "usage" })]
    [TestCase("{\n  b: null,\n  a:\n    null,\n  b: null\n}", new[] { "a", "b" })]
    [TestCase("{ $ref: null, _x1: null }", new[] { "$ref", "_x1" })]
    [TestCase("{ a: nullable, b: \"null\", c: 1 }", new string[0])]
    [TestCase("{ 9lives: null }", new[] { "lives" })]
    [TestCase("{ \"\": null, \"line\nbreak\": null }", new string[0])]
    [TestCase("null: null", new[] { "null" })]
    [TestCase("no nulls here", new string[0])]
    [TestCase("", new string[0])]
    public void FindsTheKeysShownWithNull(string example, string[] expected)
    {
        Assert.That(ExampleNulls.KeysWithNull(example).ToArray(), Is.EqualTo(expected));
        Assert.That(OracleKeys(example), Is.EqualTo(expected), "the test case itself follows the rule");
    }

    [Test]
    public void NoExampleHasNoKeys() => Assert.That(ExampleNulls.KeysWithNull(null).ToArray(), Is.Empty);

    [Test]
    public void AKeyLongerThanTwoHundredCharactersIsNotAKey()
    {
        var longKey = new string('k', 201);
        Assert.That(ExampleNulls.KeysWithNull("{ \"" + longKey + "\": null }").ToArray(), Is.Empty);
        Assert.That(ExampleNulls.KeysWithNull("{ \"" + longKey.Substring(1) + "\": null }").ToArray(), Has.Length.EqualTo(1));
        Assert.That(ExampleNulls.KeysWithNull("{ " + longKey + ": null }").ToArray(), Is.EqualTo(OracleKeys("{ " + longKey + ": null }")));
    }

    // The corpus's exact counts: fewer examples or fewer null keys found means the parser or the rule lost some.
    [TestCase("openrouter-2025-10", 395, 21)]
    [TestCase("openrouter-2026-08", 1412, 75)]
    public void AgreesWithTheRuleOnEveryCorpusExample(string set, int expectedExamples, int expectedWithNull)
    {
        var examples = 0;
        var withNull = 0;
        var disagreements = new List<string>();
        foreach (var path in Infrastructure.Corpus.Docs(set))
        {
            var source = new DocSource(path, path, "Corpus", WireNaming.AsWritten, false, SchemaDocs.ReadText(path));
            if (DocParser.Parse(source, CancellationToken.None).Spec?.Example is not { } example)
            {
                continue;
            }

            examples++;
            var keys = ExampleNulls.KeysWithNull(example).ToArray();
            withNull += keys.Length > 0 ? 1 : 0;
            if (!keys.SequenceEqual(OracleKeys(example)))
            {
                disagreements.Add($"{path}: [{string.Join(", ", keys)}] vs [{string.Join(", ", OracleKeys(example))}]");
            }
        }

        TestContext.Out.WriteLine($"{set}: {examples} examples, {withNull} with null keys");
        Assert.Multiple(() =>
        {
            Assert.That(disagreements, Is.Empty);
            Assert.That(examples, Is.EqualTo(expectedExamples), "docs whose example the parser found");
            Assert.That(withNull, Is.EqualTo(expectedWithNull), "examples that show a null key");
        });
    }

    private static string[] OracleKeys(string example) =>
        Oracle.Matches(example).Select(static match => match.Groups["key"].Value).Distinct().OrderBy(static key => key, System.StringComparer.Ordinal).ToArray();
}
