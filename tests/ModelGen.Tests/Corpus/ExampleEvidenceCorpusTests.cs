using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
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
