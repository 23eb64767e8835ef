using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Pipeline;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>
/// <c>ModelGenRoots</c> (README "Configuration"): only the named types and what they reach through links (fields,
/// list and map items, union variants, enum and constant docs) are generated; an unknown root is reported at the
/// project file; docs outside the closure report nothing, cost no emit and stay cached when edited.
/// </summary>
public sealed class RootsTests
{
    private const string Models = "/proj/docs/models/";
    private const string ProjectFile = "/proj/Proj.csproj";

    private static readonly (string Name, string Text)[] Docs =
    {
        ("request.md", """
            # Request

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `input` | [models.Input](input.md)[] | :heavy_check_mark: | N/A |
            | `options` | Record<string, [models.Options](options.md)> | :heavy_minus_sign: | N/A |
            | `event` | [models.Event](event.md) | :heavy_minus_sign: | N/A |
            """),
        ("input.md", """
            # Input

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `role` | [models.Role](role.md) | :heavy_check_mark: | N/A |
            | `kind` | [models.InputKind](inputkind.md) | :heavy_check_mark: | N/A |
            """),
        ("role.md", """
            # Role

            ## Values

            ```typescript
            "user" | "assistant"
            ```
            """),
        ("inputkind.md", """
            # InputKind

            ## Values

            ```typescript
            "input"
            ```
            """),
        ("options.md", """
            # Options

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `temperature` | *number* | :heavy_minus_sign: | N/A |
            | `odd` | *Map<string>* | :heavy_minus_sign: | An unreadable type: reported, as this doc is reached. |
            """),
        ("event.md", """
            # Event

            ## Supported Types

            ### `models.Started`

            ```typescript
            const value: models.Started = { type: "started" };
            ```

            ### `models.Stopped`

            ```typescript
            const value: models.Stopped = { type: "stopped" };
            ```
            """),
        ("started.md", """
            # Started

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `type` | *"started"* | :heavy_check_mark: | N/A |
            """),
        ("stopped.md", """
            # Stopped

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `type` | *"stopped"* | :heavy_check_mark: | N/A |
            """),
        // Links into the closure, but nothing in the closure links to it.
        ("response.md", """
            # Response

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `request` | [models.Request](request.md) | :heavy_check_mark: | N/A |
            | `usage` | [models.Usage](usage.md) | :heavy_minus_sign: | N/A |
            """),
        ("usage.md", """
            # Usage

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `tokens` | *number* | :heavy_check_mark: | N/A |
            """),
        // Broken, but outside the closure: it reports nothing.
        ("broken.md", """
            # Broken

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `a` | *Map<string>* | :heavy_check_mark: | N/A |
            """),
    };

    private static readonly string[] RequestClosure = { "Event", "Input", "InputKind", "Options", "Request", "Role", "Started", "Stopped" };

    [Test]
    public void UnsetRootsGenerateEveryDoc()
    {
        var result = Run(roots: null);
        Assert.That(TypeNames(result), Is.EqualTo(Docs.Select(doc => Title(doc.Text)).OrderBy(n => n, StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void RootsGenerateTheirClosureThroughFieldsListsMapsVariantsAndEnums()
    {
        var result = Run("Request");

        Assert.That(TypeNames(result), Is.EqualTo(RequestClosure));
        Assert.That(result.Diagnostics.Select(d => (d.Id, Path: d.Location.GetLineSpan().Path)), Is.EqualTo(new[] { ("MG0005", Models + "options.md") }),
            "a broken doc inside the closure still reports; one outside does not");
        var json = result.Sources.Single(source => source.Key == "ModelGen-ModelGenJson.g.cs").Value;
        foreach (var name in new[] { "Request", "Input", "Role", "Options", "Event", "Started", "Stopped" })
        {
            Assert.That(json, Does.Contain("typeof(global::Acme.Api.Docs.Models." + name + ")"), "ModelGenJson serves " + name);
        }

        Assert.That(json, Does.Not.Contain("Docs.Models.Response").And.Not.Contain("Docs.Models.Usage").And.Not.Contain("Docs.Models.Broken"),
            "ModelGenJson serves only what was emitted");
        Assert.That(result.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), Is.Empty);
    }

    [TestCase("Response", TestName = "A root that links into another closure gets both")]
    [TestCase("Acme.Api.Docs.Models.Response", TestName = "A namespace-qualified root")]
    [TestCase("global::Acme.Api.Docs.Models.Response", TestName = "A global-qualified root")]
    [TestCase("Usage; Request", TestName = "Two roots, separated by a semicolon")]
    public void RootForms(string roots)
    {
        var result = Run(roots);
        var expected = RequestClosure.Concat(roots.Contains("Response", StringComparison.Ordinal) ? new[] { "Response", "Usage" } : new[] { "Usage" });
        Assert.That(TypeNames(result), Is.EqualTo(expected.OrderBy(n => n, StringComparer.Ordinal).ToList()));
    }

    [Test]
    public void UnknownRootIsReportedAtTheProjectFile()
    {
        var result = Run("Request, Reqest");

        var unknown = result.Diagnostics.Where(d => d.Id == "MG0021").ToList();
        Assert.That(unknown, Has.Count.EqualTo(1));
        Assert.That(unknown[0].Location.GetLineSpan().Path, Is.EqualTo(ProjectFile));
        Assert.That(unknown[0].GetMessage(), Does.Contain("'Reqest'"));
        Assert.That(TypeNames(result), Is.EqualTo(RequestClosure), "the known root still generates");
    }

    [Test]
    public void EditingADocOutsideTheClosureReemitsNothing()
    {
        var options = Options("Request");
        var texts = Texts();
        var parseOptions = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.CreateCompilation(Array.Empty<string>(), parseOptions);
        var driver = GeneratorHarness.CreateDriver(texts, options, parseOptions).RunGenerators(compilation);

        var usage = texts.Single(text => text.Path.EndsWith("/usage.md", StringComparison.Ordinal));
        var edited = usage.WithText(usage.Text.Replace("| `tokens` | *number* | :heavy_check_mark: | N/A |", "| `tokens` | *number* | :heavy_check_mark: | Tokens used. |\n| `cost` | *number* | :heavy_minus_sign: | N/A |", StringComparison.Ordinal));
        Assert.That(edited.Text, Is.Not.EqualTo(usage.Text));
        var run = driver.ReplaceAdditionalText(usage, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var generated = run.TrackedSteps[TrackingNames.Generated].SelectMany(step => step.Outputs).ToList();
        Assert.That(generated.Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => o.Value), Is.Empty,
            "a doc outside the closure was edited: no type is emitted again");
        var sources = run.TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(step => step.Outputs).Select(o => o.Reason);
        Assert.That(sources, Is.All.AnyOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }

    /// <summary>
    /// Over a real corpus: the roots' closure is what the docs' links reach (computed here independently, by following
    /// every link target in the docs' text), it compiles cleanly with documentation checked, and it is a small part of
    /// the whole.
    /// </summary>
    [TestCase("openrouter-2026-08", "StreamEvents", 600)]
    [TestCase("openrouter-2026-08", "ChatRequest;ChatResult;ChatStreamChunk", 600)]
    [TestCase("openrouter-2025-10", "ChatResponse;ChatStreamingResponseChunk", 300)]
    public void CorpusClosureCompilesAndStaysSmall(string set, string roots, int fileBound)
    {
        var models = Infrastructure.Corpus.ModelsDirectory(set);
        var docs = Infrastructure.Corpus.Docs(set).Select(path => new InMemoryAdditionalText(path, SchemaDocs.ReadText(path))).ToList();
        var options = TestOptionsProvider.Project(models + "/", SchemaDocs.RootNamespace, "snake_case")
            .WithGlobal("build_property.ModelGenRoots", roots)
            .WithGlobal("build_property.MSBuildProjectFullPath", ProjectFile);
        var result = GeneratorHarness.Run(docs, options, documentationMode: DocumentationMode.Diagnose);

        var typed = result.Sources.Values
            .Select(source => System.Text.RegularExpressions.Regex.Match(source, "from <c>([^<]+)</c>"))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
        var expected = LinkClosure(docs, models, roots.Split(';'));
        TestContext.Out.WriteLine($"{set}, roots {roots}: {typed.Count} of {docs.Count} docs, {result.Sources.Count} files, {result.Sources.Values.Sum(s => s.Length):N0} chars");

        TestContext.Out.WriteLine("generated, not reached by the docs' links: " + string.Join(", ", typed.Except(expected)));
        TestContext.Out.WriteLine("reached by the docs' links, not generated: " + string.Join(", ", expected.Except(typed)));
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Where(d => d.Id == "MG0021"), Is.Empty, "every root names a doc");
            Assert.That(typed, Is.EqualTo(expected), "the generated docs are the docs the roots' links reach");
            Assert.That(result.Sources, Has.Count.LessThan(fileBound));
            Assert.That(result.CompileWith("namespace Consumer { internal static class Empty { } }"), Is.Empty);
        });
    }

    /// <summary>The docs reached from the docs titled <paramref name="roots"/> by following every markdown link target to a doc of the set.</summary>
    private static List<string> LinkClosure(IReadOnlyList<InMemoryAdditionalText> docs, string modelsDirectory, IEnumerable<string> roots)
    {
        var byPath = docs.ToDictionary(doc => System.IO.Path.GetFullPath(doc.Path), StringComparer.Ordinal);
        var byTitle = docs.ToLookup(doc => System.Text.RegularExpressions.Regex.Match(doc.Text, @"^(?:# (.+)|---\s*\ntitle: ""?([^""\n]+))", System.Text.RegularExpressions.RegexOptions.Multiline) switch
        {
            { Success: true } match => (match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value).Trim().Trim('~'),
            _ => string.Empty,
        }, StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<InMemoryAdditionalText>(roots.SelectMany(root => byTitle[root]));
        while (pending.Count > 0)
        {
            var doc = pending.Pop();
            if (!reached.Add(System.IO.Path.GetFullPath(doc.Path)))
            {
                continue;
            }

            var directory = System.IO.Path.GetDirectoryName(doc.Path)!;
            foreach (System.Text.RegularExpressions.Match link in System.Text.RegularExpressions.Regex.Matches(doc.Text, @"\]\(([^)#\s]+\.mdx?)(?:#[^)]*)?\)"))
            {
                var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, link.Groups[1].Value));
                if (byPath.TryGetValue(target, out var linked))
                {
                    pending.Push(linked);
                }
            }

            // References by name: variant headings (### `models.Foo[]`) and italic types (*models.Foo*).
            foreach (System.Text.RegularExpressions.Match reference in System.Text.RegularExpressions.Regex.Matches(doc.Text, @"\b(?:models|operations|errors|components)\.([A-Z][A-Za-z0-9]*)"))
            {
                var named = byTitle[reference.Groups[1].Value].ToList();
                var sameFolder = named.Where(candidate => System.IO.Path.GetDirectoryName(candidate.Path) == directory).ToList();
                foreach (var candidate in sameFolder.Count > 0 ? sameFolder : named.Take(1))
                {
                    pending.Push(candidate);
                }
            }
        }

        return reached.Select(path => System.IO.Path.GetRelativePath(modelsDirectory, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    private static GeneratorResult Run(string? roots) => GeneratorHarness.Run(Texts(), Options(roots));

    private static List<InMemoryAdditionalText> Texts() => Docs.Select(doc => new InMemoryAdditionalText(Models + doc.Name, doc.Text)).ToList();

    private static TestOptionsProvider Options(string? roots)
    {
        var options = TestOptionsProvider.Project("/proj/", "Acme.Api").WithGlobal("build_property.MSBuildProjectFullPath", ProjectFile);
        return roots is null ? options : options.WithGlobal("build_property.ModelGenRoots", roots);
    }

    private static string Title(string text) => text.Split('\n')[0].Substring(2).Trim();

    private static List<string> TypeNames(GeneratorResult result) =>
        result.Sources.Keys
            .Where(key => key.StartsWith("Acme.Api.Docs.Models.", StringComparison.Ordinal))
            .Select(key => key["Acme.Api.Docs.Models.".Length..^".g.cs".Length])
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
}
