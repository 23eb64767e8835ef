using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ModelGen.Tests.Infrastructure;
using ModelGen.Tests.Json;
using NUnit.Framework;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// Every example value of the corpus (../shared/corpus; ignored when absent) converts to JSON with
/// <see cref="TypeScriptLiteral"/>, and no doc that has an example section goes without one: the round trip of the
/// docs' examples through the generated converters stands on this, and an example that did not convert (or was not
/// found) would be a silent hole in it.
/// </summary>
internal sealed class ExampleLiteralCorpusTests
{
    /// <summary>How a doc says it has no example (the errors' docs, multipart request bodies).</summary>
    private const string NoExamples = "// No examples available for this model";

    // The exact counts of the corpus as it is: a parser change that finds fewer (or more) examples shows here, where
    // "every example converts" alone would pass on fewer.
    [TestCase("openrouter-2025-10", 492, 489, 706)]
    [TestCase("openrouter-2026-08", 1557, 1536, 2060)]
    public void EveryExampleConvertsToJson(string set, int expectedDocs, int expectedDocsWithExamples, int expectedExamples)
    {
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var docs = Infrastructure.Corpus.Docs(set);
        var examples = 0;
        var docsWithExamples = 0;
        var converted = 0;
        var failures = new List<string>();
        var missing = new List<string>();
        var sections = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in docs)
        {
            var name = Path.GetRelativePath(models, path).Replace('\\', '/');
            var text = SchemaDocs.ReadText(path);
            var found = TypeScriptLiteral.ExamplesIn(text);
            examples += found.Count;
            docsWithExamples += found.Count > 0 ? 1 : 0;
            if (found.Count == 0 && HasExampleSection(text) && !text.Contains(NoExamples, StringComparison.Ordinal))
            {
                missing.Add(name);
            }

            foreach (var example in found)
            {
                Increment(sections, example.Section);
                if (!TypeScriptLiteral.TryToJson(example.Literal, out var json, out var error))
                {
                    failures.Add($"{name}:{example.Line} ({example.TypeName}): {error}");
                    continue;
                }

                // The output is JSON System.Text.Json reads, whatever the literal was.
                using var document = JsonDocument.Parse(json);
                Increment(kinds, document.RootElement.ValueKind.ToString());
                converted++;
            }
        }

        TestContext.Out.WriteLine($"{set}: {docs.Count} docs, {docsWithExamples} with examples, {examples} examples, {converted} converted, {failures.Count} failed, {missing.Count} docs with an example section but no example");
        TestContext.Out.WriteLine("  by section: " + string.Join(", ", sections.Select(s => $"{s.Key} {s.Value}")));
        TestContext.Out.WriteLine("  by JSON kind: " + string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}")));
        foreach (var failure in failures.Take(20))
        {
            TestContext.Out.WriteLine("  FAILED " + failure);
        }

        foreach (var doc in missing.Take(20))
        {
            TestContext.Out.WriteLine("  NO EXAMPLE " + doc);
        }

        Assert.Multiple(() =>
        {
            Assert.That(docs, Has.Count.EqualTo(expectedDocs), "the whole set was read");
            Assert.That(docsWithExamples, Is.EqualTo(expectedDocsWithExamples), "docs with an example");
            Assert.That(examples, Is.EqualTo(expectedExamples), "examples (unions have one a variant)");
            Assert.That(failures, Is.Empty, "every example converts; the first ones:\n" + string.Join("\n", failures.Take(20)));
            Assert.That(missing, Is.Empty, "every doc with an example section yields an example or says it has none");
        });
    }

    /// <summary>Whether the doc has a section <see cref="TypeScriptLiteral.ExamplesIn"/> reads.</summary>
    private static bool HasExampleSection(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Any(line => line is "## Example Usage" or "## Supported Types");

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
