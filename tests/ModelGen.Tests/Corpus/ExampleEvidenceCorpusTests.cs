using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using ModelGen.Pipeline;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// What the corpus's own examples teach, counted under <c>snake_case</c> with no override file, against a reviewed
/// snapshot (<c>Snapshots/ExampleEvidenceCorpusTests.Evidence.{set}.verified.txt</c>): fields whose JSON name an
/// Example cell shows, those where it differs from the naming rule (each listed), fields named after their type's
/// learned convention, conflicts, required fields made nullable by another doc's example, and what a project that sets
/// no naming would get.
/// </summary>
public sealed class ExampleEvidenceCorpusTests
{
    [TestCase("openrouter-2025-10")]
    [TestCase("openrouter-2026-08")]
    public void WhatTheExamplesTeach(string set)
    {
        var snake = Facts(set, WireNaming.SnakeCase, out var index, out var specs);
        var text = new StringBuilder();
        var learned = 0;
        var learnedTypes = new HashSet<string>(StringComparer.Ordinal);
        var differing = new List<string>();
        var byConvention = new List<string>();
        var shared = new List<string>();
        var conflicts = new List<string>();
        var nullable = new List<string>();
        foreach (var type in index.Types.Where(t => t.Shape == TypeShape.Record))
        {
            var spec = specs[type.Path];
            foreach (var field in type.Fields)
            {
                var choice = WireNameChoice.For(type, field.Name, WireNameOverrides.None, snake);
                var name = $"{type.TypeName}.{field.Name}";
                if (choice.Source == WireNameSource.Example && choice.Evidence!.FromSibling)
                {
                    shared.Add($"{name} = {choice.WireName} (rule: {choice.RuleName})");
                }
                else if (choice.Source == WireNameSource.Example)
                {
                    learned++;
                    learnedTypes.Add(type.Path);
                    if (choice.WireName != choice.RuleName)
                    {
                        differing.Add($"{name} = {choice.WireName} (rule: {choice.RuleName})");
                    }
                }
                else if (choice.Source == WireNameSource.Convention && choice.WireName != choice.RuleName)
                {
                    byConvention.Add($"{name} = {choice.WireName} (rule: {choice.RuleName})");
                }

                if (choice.Evidence is { Names.Count: > 1 } evidence)
                {
                    conflicts.Add($"{name}: {string.Join(", ", evidence.Names.Keys)}");
                }

                if (field.Required && choice.Evidence is { NullIn.Count: > 0 } && !spec.NullInExample.AsImmutableArray().Contains(field.Name) && !IsConstant(field.Type))
                {
                    nullable.Add(name);
                }
            }
        }

        var unset = Facts(set, WireNaming.Unset, out _, out _);
        text.Append(CultureInfo.InvariantCulture, $"{set}, snake_case, no override file\n");
        text.Append(CultureInfo.InvariantCulture, $"fields whose JSON name an example shows: {learned} in {learnedTypes.Count} types\n");
        Append(text, "  of them differing from the naming rule", differing);
        Append(text, "fields of union variants named after the same field of another variant (a discriminator)", shared);
        Append(text, "fields named after their type's learned convention, differing from the rule", byConvention);
        Append(text, "fields whose examples disagree (MG0031)", conflicts);
        Append(text, "required fields nullable only by another doc's example", nullable);
        text.Append(CultureInfo.InvariantCulture, $"no naming set: {(unset.ProjectNamingDecided ? "the examples decide " + unset.ProjectNaming : "not decided (MG0030)")}, from {unset.TellingNames} learned names that tell namings apart\n");
        TestContext.Out.WriteLine(text.ToString());
        Snapshot.VerifyText("Evidence." + set, text.ToString());
    }

    /// <summary>
    /// What one doc edit re-runs over the 1,557 docs of 2026-08 (printed for the record; the asserts are the
    /// invariants): an edit that changes no evidence leaves the index and every other doc's steps cached; an edit of
    /// evidence rebuilds the index, so every doc is resolved again, but only the types the evidence reaches are emitted
    /// again.
    /// </summary>
    [Test]
    public void WhatADocEditReruns()
    {
        const string set = "openrouter-2026-08";
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var docs = Infrastructure.Corpus.Docs(set).Select(path => new InMemoryAdditionalText(path, SchemaDocs.ReadText(path))).ToList();
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(new[] { "namespace Consumer { internal static class Existing { } }" }, parseOptions);
        var driver = GeneratorHarness.CreateDriver(docs, TestOptionsProvider.Project(models + "/", SchemaDocs.RootNamespace, "snake_case"), parseOptions).RunGenerators(compilation);
        InMemoryAdditionalText Doc(string name) => docs.Single(d => d.Path.Replace('\\', '/').EndsWith(models.Replace('\\', '/').TrimEnd('/') + "/" + name, StringComparison.Ordinal));

        var edits = new (string What, string Doc, string From, string To, bool Evidence)[]
        {
            ("a description", "createobservabilitydestinationrequest.mdx", "## Example Usage", "An added description.\n\n## Example Usage", false),
            ("an example's text", "createobservabilitydestinationrequest.mdx", "name: \"Production Langfuse\"", "name: \"Staging Langfuse\"", false),
            ("an Example cell's key (evidence)", "operations/listfilesresponse.mdx", "\"_shape\"", "\"_kind\"", true),
        };
        var lines = new List<string>();
        foreach (var (what, name, from, to, evidence) in edits)
        {
            var original = Doc(name);
            Assert.That(original.Text, Does.Contain(from), name);
            var edited = original.WithText(original.Text.Replace(from, to, StringComparison.Ordinal));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var next = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
            watch.Stop();
            var run = next.GetRunResult().Results.Single();
            string Count(string step) => string.Join(", ", run.TrackedSteps[step].SelectMany(s => s.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
            var modified = run.TrackedSteps[TrackingNames.Generated].SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified);
            lines.Add($"{what} ({name}), {watch.ElapsedMilliseconds} ms: Parsed [{Count(TrackingNames.Parsed)}]; Index [{Count(TrackingNames.Index)}]; Resolved [{Count(TrackingNames.Resolved)}]; Generated [{Count(TrackingNames.Generated)}]");
            var indexModified = run.TrackedSteps[TrackingNames.Index].SelectMany(s => s.Outputs).Any(o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.That(indexModified, Is.EqualTo(evidence), what + ": the index changes only with evidence");
            Assert.That(modified, evidence ? Is.InRange(1, 8) : Is.LessThanOrEqualTo(1), what + ": the docs emitted again");
            driver = next.ReplaceAdditionalText(edited, original).RunGenerators(compilation);
            docs[docs.IndexOf(original)] = original;
        }

        TestContext.Out.WriteLine(string.Join("\n", lines));
    }

    private static bool IsConstant(TypeRef type) => type.Kind == TypeRefKind.StringLiteral;

    private static void Append(StringBuilder text, string what, List<string> items)
    {
        items.Sort(StringComparer.Ordinal);
        text.Append(CultureInfo.InvariantCulture, $"{what}: {items.Count}\n");
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {item}\n");
        }
    }

    private static ExampleFacts Facts(string set, WireNaming naming, out TypeIndex index, out Dictionary<string, DocSpec> specs)
    {
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var summaries = ImmutableArray.CreateBuilder<TypeSummary?>();
        specs = new Dictionary<string, DocSpec>(StringComparer.Ordinal);
        foreach (var path in Infrastructure.Corpus.Docs(set))
        {
            var relative = Path.GetRelativePath(models, path).Replace('\\', '/');
            var source = new DocSource(path, relative, "Corpus", naming, false, SchemaDocs.ReadText(path));
            var parsed = DocParser.Parse(source, CancellationToken.None);
            if (parsed.Spec is { } spec)
            {
                specs[path] = spec;
            }

            summaries.Add(TypeSummaries.From(parsed));
        }

        index = TypeSummaries.BuildIndex(summaries.ToImmutable());
        return index.Facts;
    }
}
