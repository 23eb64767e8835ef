using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Model;
using ModelGen.Pipeline;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Incremental;

/// <summary>
/// Runs the driver over the schemas docs and one C# file, then again after an edit, and asks each tracked step
/// why it ran: the work an edit causes must stay with what the edit touched.
/// </summary>
public sealed class IncrementalTests
{
    private const string EditedFile = "responsesstreamchunkresponseimagegenerationcallcompleted.md";
    private const string EditedHintSuffix = ".ResponsesStreamChunkResponseImageGenerationCallCompleted.g.cs";

    private static readonly string[] Steps =
    {
        TrackingNames.Parsed, TrackingNames.Summaries, TrackingNames.Index, TrackingNames.Capabilities,
        TrackingNames.Resolved, TrackingNames.Generated,
    };

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Test]
    public void EveryStepIsTracked()
    {
        var run = Start().Run();

        Assert.That(run.TrackedSteps.Keys, Is.SupersetOf(Steps));
    }

    [Test]
    public void DescriptionEditReparsesAndRegeneratesOnlyThatDoc()
    {
        var state = Start();
        var original = state.Docs.Single(doc => doc.Path.EndsWith("/" + EditedFile, StringComparison.Ordinal));
        var edited = original.WithText(AddDescription(original.Text, "A description added by the test."));

        var run = state.Rerun(state.Driver.ReplaceAdditionalText(original, edited));

        Assert.Multiple(() =>
        {
            var parsed = Reasons(run, TrackingNames.Parsed);
            Assert.That(parsed.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), Describe(run, TrackingNames.Parsed));
            Assert.That(parsed.Where(r => r != IncrementalStepRunReason.Modified), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Parsed));

            // The summary of the edited doc comes out equal (Unchanged), so the collected summaries are equal and the
            // index is not rebuilt: Roslyn reports the Index step Cached. Either way it must not be Modified, or every
            // doc would be resolved and emitted again.
            Assert.That(Reasons(run, TrackingNames.Summaries), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Summaries));
            Assert.That(Reasons(run, TrackingNames.Index), Is.All.AnyOf(CachedOrUnchanged), "the description is not in the index: " + Describe(run, TrackingNames.Index));

            var generated = Outputs(run, TrackingNames.Generated).ToList();
            var modified = generated.Where(o => o.Reason == IncrementalStepRunReason.Modified).ToList();
            Assert.That(modified, Has.Count.EqualTo(1), Describe(run, TrackingNames.Generated));
            Assert.That(modified.Select(o => (o.Value as DocOutput)?.Source?.HintName), Has.All.EndsWith(EditedHintSuffix));
            Assert.That(generated.Where(o => o.Reason != IncrementalStepRunReason.Modified).Select(o => o.Reason), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Generated));

            var outputs = OutputStepReasons(run).ToList();
            Assert.That(outputs.Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), "one source regenerated: " + string.Join(", ", outputs));
            Assert.That(outputs.Where(r => r != IncrementalStepRunReason.Modified), Is.All.AnyOf(CachedOrUnchanged), string.Join(", ", outputs));
        });

        AssertNoBannedValues(run);
    }

    [Test]
    public void AnExampleEditThatTeachesNothingLeavesTheIndexUnchanged()
    {
        // Placeholder strings are not evidence (README "Wire names"), and a number is evidence only of being integral or
        // not (README "Integer fields"): a fraction changed to another fraction leaves the summary equal.
        var state = Start();
        var original = state.Docs.Single(doc => doc.Path.EndsWith("/" + EditedFile, StringComparison.Ordinal));
        Assert.That(original.Text, Does.Contain("outputIndex: 3940.96"));
        var edited = original.WithText(original.Text.Replace("outputIndex: 3940.96", "outputIndex: 12.5", StringComparison.Ordinal).Replace("itemId: \"<id>\"", "itemId: \"<another id>\"", StringComparison.Ordinal));

        var run = state.Rerun(state.Driver.ReplaceAdditionalText(original, edited));

        Assert.Multiple(() =>
        {
            Assert.That(Reasons(run, TrackingNames.Parsed).Count(r => r == IncrementalStepRunReason.Modified), Is.EqualTo(1), Describe(run, TrackingNames.Parsed));
            Assert.That(Reasons(run, TrackingNames.Summaries), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Summaries));
            Assert.That(Reasons(run, TrackingNames.Index), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Index));
            Assert.That(Reasons(run, TrackingNames.Generated), Is.All.AnyOf(CachedOrUnchanged), Describe(run, TrackingNames.Generated));
        });
    }

    [Test]
    public void AnExampleEditThatTeachesANameReemitsTheTypeItTeaches()
    {
        // A holder's Example cell shows the JSON of a linked type: editing one key there renames that type's field.
        const string holder = "# Holder\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `config` | [models.Config](config.md) | :heavy_check_mark: | N/A | \\{\"baseUrl\": \"x\"} |\n";
        const string config = "# Config\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `baseUrl` | *string* | :heavy_check_mark: | N/A |\n";
        const string other = "# Other\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `itemId` | *string* | :heavy_check_mark: | N/A |\n";
        var parseOptions = GeneratorHarness.ParseOptions();
        var docs = new[] { new InMemoryAdditionalText("/proj/holder.md", holder), new InMemoryAdditionalText("/proj/config.md", config), new InMemoryAdditionalText("/proj/other.md", other) };
        var compilation = GeneratorHarness.CreateCompilation(new[] { "namespace Consumer { internal static class Existing { } }" }, parseOptions);
        var driver = GeneratorHarness.CreateDriver(docs, TestOptionsProvider.Project("/proj/", "Acme.Api", "snake_case"), parseOptions).RunGenerators(compilation);
        var edited = docs[0].WithText(holder.Replace("\"baseUrl\"", "\"base_url\"", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(docs[0], edited).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();
        var modified = Outputs(run, TrackingNames.Generated).Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => (o.Value as DocOutput)?.Source?.HintName).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Reasons(run, TrackingNames.Index), Has.Some.EqualTo(IncrementalStepRunReason.Modified), "the evidence is in the index");
            // Holder shows its Example cell as an <example>; Config's field is renamed; Other is untouched.
            Assert.That(modified, Is.EquivalentTo(new[] { "Acme.Api.Holder.g.cs", "Acme.Api.Config.g.cs" }), Describe(run, TrackingNames.Generated));
            Assert.That(driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Acme.Api.Config.g.cs").SourceText.ToString(), Does.Contain("\"base_url\""));
        });

        AssertNoBannedValues(run);
    }

    [Test]
    public void UnrelatedCSharpEditRegeneratesNothing()
    {
        var state = Start();
        var added = CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Added { } }", state.ParseOptions, path: "/src/Added.cs");

        var run = state.Rerun(state.Driver, state.Compilation.AddSyntaxTrees(added));

        Assert.Multiple(() =>
        {
            foreach (var step in Steps)
            {
                Assert.That(Reasons(run, step), Is.All.AnyOf(CachedOrUnchanged), step + ": " + Describe(run, step));
            }

            // Capabilities come from parse options, references and polyfill declarations, none of which typing
            // touches: not even they run again, so no per-doc step is revisited.
            Assert.That(Reasons(run, TrackingNames.Capabilities), Is.All.EqualTo(IncrementalStepRunReason.Cached), Describe(run, TrackingNames.Capabilities));
            Assert.That(OutputStepReasons(run), Is.All.AnyOf(CachedOrUnchanged), "no source regenerated");
        });

        AssertNoBannedValues(run);
    }

    [Test]
    public void RerunWithNothingChangedIsAllCached()
    {
        var state = Start();

        var run = state.Rerun(state.Driver);

        Assert.Multiple(() =>
        {
            foreach (var step in Steps)
            {
                Assert.That(Reasons(run, step), Is.All.EqualTo(IncrementalStepRunReason.Cached), step + ": " + Describe(run, step));
            }

            Assert.That(OutputStepReasons(run), Is.All.EqualTo(IncrementalStepRunReason.Cached));
        });

        AssertNoBannedValues(run);
    }

    [Test]
    public void FirstRunHoldsNoBannedValues() => AssertNoBannedValues(Start().Run());

    [Test]
    public void WalkerFindsBannedValues()
    {
        var markdown = Markdig.Markdown.Parse("# Title");

        Assert.Multiple(() =>
        {
            Assert.That(PipelineValues.FindBanned((1, "a", new TypeRefLike("x", null)), "clean"), Is.Empty);
            Assert.That(PipelineValues.FindBanned((1, new List<int>()), "list"), Has.Count.EqualTo(1));
            Assert.That(PipelineValues.FindBanned(new TypeRefLike("x", new[] { "a" }), "array"), Has.Count.EqualTo(1));
            Assert.That(PipelineValues.FindBanned(markdown, "markdig"), Has.Count.EqualTo(1));
            Assert.That(PipelineValues.FindBanned(System.Collections.Immutable.ImmutableArray.Create<object>(Location.None), "location"), Has.Count.EqualTo(1));
            Assert.That(PipelineValues.FindBanned(new InMemoryAdditionalText("/a.md", string.Empty), "text"), Has.Count.EqualTo(1));
        });
    }

    private static void AssertNoBannedValues(GeneratorRunResult run)
    {
        var problems = new List<string>();
        // The generator's own steps and its outputs (the driver's input steps, such as Compilation, hold what they must).
        foreach (var (name, steps) in run.TrackedSteps.Where(pair => Steps.Contains(pair.Key)).Concat(run.TrackedOutputSteps))
        {
            for (var s = 0; s < steps.Length; s++)
            {
                for (var o = 0; o < steps[s].Outputs.Length; o++)
                {
                    problems.AddRange(PipelineValues.FindBanned(steps[s].Outputs[o].Value, $"{name}[{s}].Outputs[{o}]"));
                }
            }
        }

        Assert.That(problems, Is.Empty, string.Join(Environment.NewLine, problems));
    }

    private static State Start()
    {
        var parseOptions = GeneratorHarness.ParseOptions();
        var docs = SchemaDocs.All();
        var compilation = GeneratorHarness.CreateCompilation(new[] { "namespace Consumer { internal static class Existing { } }" }, parseOptions);
        var driver = GeneratorHarness.CreateDriver(docs, SchemaDocs.AllOptions(), parseOptions).RunGenerators(compilation);
        return new State(driver, compilation, docs, parseOptions);
    }

    /// <summary>Puts a paragraph under the doc's first line (its <c># Title</c>).</summary>
    private static string AddDescription(string text, string description)
    {
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        Assert.That(text, Does.StartWith("# "), "the edited doc starts with its title");
        return text.Substring(0, lineEnd + 1) + "\n" + description + "\n" + text.Substring(lineEnd + 1);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult run, string step)
    {
        Assert.That(run.TrackedSteps.ContainsKey(step), Is.True, $"step '{step}' is not tracked");
        return run.TrackedSteps[step].SelectMany(s => s.Outputs);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) => Outputs(run, step).Select(o => o.Reason).ToList();

    private static IEnumerable<IncrementalStepRunReason> OutputStepReasons(GeneratorRunResult run) =>
        run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static string Describe(GeneratorRunResult run, string step) =>
        step + " outputs: " + string.Join(", ", Outputs(run, step).Select(o => o.Reason + " " + Short(o.Value)));

    private static string Short(object? value)
    {
        var text = value switch
        {
            DocOutput { Source: { } source } => source.HintName,
            null => "null",
            _ => value.GetType().Name,
        };
        return text.Length <= 80 ? text : text.Substring(0, 77) + "...";
    }

    private sealed record TypeRefLike(string Name, string[]? Parts);

    private sealed record State(GeneratorDriver Driver, Compilation Compilation, IReadOnlyList<InMemoryAdditionalText> Docs, CSharpParseOptions ParseOptions)
    {
        public GeneratorRunResult Run() => Driver.GetRunResult().Results.Single();

        public GeneratorRunResult Rerun(GeneratorDriver driver, Compilation? compilation = null)
        {
            var result = driver.RunGenerators(compilation ?? Compilation).GetRunResult().Results.Single();
            Assert.That(result.Exception, Is.Null);
            return result;
        }
    }
}
