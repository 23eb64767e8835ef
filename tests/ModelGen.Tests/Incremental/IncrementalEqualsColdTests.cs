using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Incremental;

/// <summary>
/// What a user builds after a series of edits in the IDE must be what a clean build of the same files gives. One driver
/// is kept across a random sequence of the edits users make (a description, a field's type, a title, a required mark, a
/// field or a doc added or removed, a link retargeted, an enum's values, a union's variants, an option, the wire-name
/// override file, the C# version, a keystroke in a .cs file); after every step each generated file (hint name and text)
/// and each diagnostic (id, location, message) is compared with a fresh driver's run over the same inputs. A cache key
/// that misses something an output depends on shows up here as a stale file or a stale diagnostic.
/// <para>
/// Sequence <c>i</c> is drawn from <c>PCG(stream 3, seed = base + i)</c>. <c>MODELGEN_INCREMENTAL_SEQUENCES</c> sets how
/// many run (200 by default), <c>MODELGEN_INCREMENTAL_SEED</c> the base seed, and <c>MODELGEN_INCREMENTAL_REPLAY</c> runs
/// the one sequence a failure names.
/// </para>
/// </summary>
public sealed class IncrementalEqualsColdTests
{
    private const ulong DefaultBaseSeed = 20261201;
    private const int DefaultSequences = 200;
    private const uint Stream = 3;
    private const int MaxSteps = 12;
    private const string ProjectDir = "/proj/";
    private const string Models = "docs/models/";
    private const string Operations = "docs/operations/";
    private const string OverrideFile = ProjectDir + "modelgen-wirenames.txt";

    // A second override file, one only by its item metadata (what the package's ModelGenWireNamesFile sets).
    private const string MarkedOverrideFile = ProjectDir + "wire-names.txt";
    private const string MarkedOverrideKey = "build_metadata.AdditionalFiles.ModelGenWireNames";

    // One compilation every run derives from, so that runs share its bound framework references.
    private static readonly CSharpCompilation BaseCompilation =
        (CSharpCompilation)GeneratorHarness.CreateCompilation(Array.Empty<string>(), GeneratorHarness.ParseOptions());

    // What the sequences did, printed after the run: a generator that rejected every doc would compare equal trivially.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> editCounts = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> diagnosticCounts = new(StringComparer.Ordinal);
    private static long comparedFiles;

    [Test]
    public void EditedDriverMatchesColdRun()
    {
        var replay = Environment.GetEnvironmentVariable("MODELGEN_INCREMENTAL_REPLAY");
        if (!string.IsNullOrEmpty(replay))
        {
            var failure = Check(PCG.Parse(replay));
            Assert.That(failure, Is.Null);
            return;
        }

        var sequences = int.TryParse(Environment.GetEnvironmentVariable("MODELGEN_INCREMENTAL_SEQUENCES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultSequences;
        var baseSeed = ulong.TryParse(Environment.GetEnvironmentVariable("MODELGEN_INCREMENTAL_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultBaseSeed;

        string? firstFailure = null;
        var failures = 0;
        var done = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0, sequences, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, state) =>
        {
            var failure = Check(new PCG(Stream, baseSeed + (ulong)i));
            Interlocked.Increment(ref done);
            if (failure is not null && Interlocked.Increment(ref failures) == 1)
            {
                firstFailure = failure;
                state.Stop();
            }
        });

        TestContext.Out.WriteLine($"{done} sequences (stream {Stream}, base seed {baseSeed}), {failures} failed, {Interlocked.Read(ref comparedFiles)} files compared, in {watch.Elapsed.TotalSeconds:F1} s.");
        TestContext.Out.WriteLine("edits: " + string.Join(", ", editCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value)));
        TestContext.Out.WriteLine("diagnostics seen: " + string.Join(", ", diagnosticCounts.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + " " + pair.Value)));
        Assert.That(firstFailure, Is.Null);
    }

    /// <summary>The comparison itself must be able to fail: a run over other inputs is told apart, with the file named.</summary>
    [Test]
    public void ComparisonNamesTheFirstDifferingFile()
    {
        var world = World.Initial();
        var edited = world with { Docs = world.Docs.SetItem(Models + "user.md", ((RecordDoc)world.Docs[Models + "user.md"]) with { Description = "Edited." }) };

        var difference = Difference(Output.Of(Cold(world)), Output.Of(Cold(edited)));

        Assert.That(difference, Does.Contain(".User.g.cs").And.Contain("Edited."));
    }

    /// <summary>One sequence; null when every step matched a cold run, else the sequence, the step and the first difference.</summary>
    private static string? Check(PCG pcg)
    {
        var replay = pcg.ToString();
        var random = new Rng(pcg);
        var log = new List<string>();
        var world = World.Initial();
        try
        {
            world = RandomStart(random, world, log);
            var texts = world.Texts().Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new ModelGenerator().AsSourceGenerator() }, texts, world.ParseOptions, world.OptionsProvider(), default);
            var steps = 1 + random.Int(MaxSteps);
            for (var step = 0; step <= steps; step++)
            {
                if (step > 0)
                {
                    var next = world;
                    var batch = random.Chance(20) ? 2 + random.Int(2) : 1;
                    var descriptions = new List<string>();
                    for (var e = 0; e < batch; e++)
                    {
                        next = RandomEdit(random, next, descriptions);
                    }

                    log.Add($"step {step}: " + string.Join("; ", descriptions));
                    driver = Apply(driver, texts, world, next, random);
                    world = next;
                }

                var compilation = world.Compilation();
                driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
                var hot = Output.Of(driver.GetRunResult());
                var cold = Output.Of(Cold(world, texts, compilation));
                var difference = Difference(hot, cold);
                if (difference is not null)
                {
                    return Describe(replay, log, step, world, difference);
                }

                Interlocked.Add(ref comparedFiles, cold.Sources.Count);
                foreach (var diagnostic in cold.Diagnostics)
                {
                    diagnosticCounts.AddOrUpdate(diagnostic.Id, 1, static (_, count) => count + 1);
                }
            }

            return null;
        }
        catch (Exception e)
        {
            return Describe(replay, log, log.Count, world, "threw " + e);
        }
    }

    /// <summary>
    /// Hands the driver what changed between two worlds, as the IDE does: each file added, removed or replaced (in
    /// place, keeping its position), and the options and parse options when they changed. <paramref name="texts"/> mirrors
    /// the driver's AdditionalFiles, in its order.
    /// <para>
    /// Replacements are run on their own before files are added or removed: Roslyn's driver (4.8 to this day) loses
    /// track of a file replaced in a run that also adds or removes files (see
    /// <see cref="RoslynMisTracksAFileReplacedWhileFilesAreAdded"/>), and that is not ModelGen's to fix.
    /// </para>
    /// </summary>
    private static GeneratorDriver Apply(GeneratorDriver driver, List<InMemoryAdditionalText> texts, World before, World after, Rng random)
    {
        var old = before.Texts();
        var now = after.Texts();
        var replaced = false;
        for (var i = 0; i < texts.Count; i++)
        {
            // An unchanged file is sometimes replaced anyway (a save without an edit): a new instance with equal text.
            if (now.TryGetValue(texts[i].Path, out var text) && (text != old[texts[i].Path] || random.Chance(3)))
            {
                var replacement = texts[i].WithText(text);
                driver = driver.ReplaceAdditionalText(texts[i], replacement);
                texts[i] = replacement;
                replaced = true;
            }
        }

        var removed = texts.Where(text => !now.ContainsKey(text.Path)).ToList();
        var added = now.Where(pair => !old.ContainsKey(pair.Key)).Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
        if (replaced && (removed.Count > 0 || added.Count > 0))
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(before.Compilation(), out _, out _);
        }

        if (removed.Count > 0)
        {
            driver = driver.RemoveAdditionalTexts(removed.ToImmutableArray<AdditionalText>());
            texts.RemoveAll(removed.Contains);
        }

        if (added.Count > 0)
        {
            driver = driver.AddAdditionalTexts(added.ToImmutableArray<AdditionalText>());
            texts.AddRange(added);
        }

        if (!before.OptionsEqual(after))
        {
            driver = driver.WithUpdatedAnalyzerConfigOptions(after.OptionsProvider());
        }

        if (before.Language != after.Language)
        {
            driver = driver.WithUpdatedParseOptions(after.ParseOptions);
        }

        return driver;
    }

    /// <summary>
    /// Roslyn's bug, not ModelGen's, kept as a reminder of the split in <see cref="Apply"/>. A file replaced in a run that
    /// also adds one moves to the end of the driver's table while it keeps its place in the driver's list; in a later run
    /// with as many files as before, the driver pairs the table and the list by position (InputNode's "replace"
    /// heuristic), and a file that was replaced then reaches the generator twice. ModelGen cannot tell that from a file
    /// listed twice, so it reports MG0020 and the doc's type is gone until a clean build.
    /// </summary>
    [Test]
    [Explicit("Roslyn's GeneratorDriver, not ModelGen: see the summary")]
    [Category(KnownBug.Category)]
    public void RoslynMisTracksAFileReplacedWhileFilesAreAdded()
    {
        var world = World.Initial();
        var texts = world.Texts().Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ModelGenerator().AsSourceGenerator() }, texts, world.ParseOptions, world.OptionsProvider(), default);
        var compilation = world.Compilation();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        // One run: the first doc saved, and a file added.
        var first = texts[0].WithText(texts[0].Text + "\n");
        driver = driver.ReplaceAdditionalText(texts[0], first);
        texts[0] = first;
        var added = new InMemoryAdditionalText(OverrideFile, "# none yet\n");
        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added));
        texts.Add(added);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        // The next run: the second doc saved.
        var second = texts[1].WithText(texts[1].Text + "\n");
        driver = driver.ReplaceAdditionalText(texts[1], second);
        texts[1] = second;
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        Assert.That(Difference(Output.Of(driver.GetRunResult()), Output.Of(Cold(world, texts))), Is.Null);
    }

    /// <summary>A fresh driver's run over <paramref name="world"/>, its files in <paramref name="order"/> (the edited driver's order) when given.</summary>
    private static GeneratorDriverRunResult Cold(World world, IReadOnlyList<InMemoryAdditionalText>? order = null, Compilation? compilation = null)
    {
        var texts = order?.Select(text => new InMemoryAdditionalText(text.Path, text.Text)).ToList()
            ?? world.Texts().Select(pair => new InMemoryAdditionalText(pair.Key, pair.Value)).ToList();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new ModelGenerator().AsSourceGenerator() }, texts, world.ParseOptions, world.OptionsProvider(), default);
        return driver.RunGeneratorsAndUpdateCompilation(compilation ?? world.Compilation(), out _, out _).GetRunResult();
    }

    // ---------------------------------------------------------------- comparing

    /// <summary>What a user sees of a run: the files by hint name, and the diagnostics (order is not something a user sees).</summary>
    private sealed record Output(ImmutableSortedDictionary<string, string> Sources, ImmutableArray<(string Id, string Text)> Diagnostics)
    {
        public static Output Of(GeneratorDriverRunResult result)
        {
            var run = result.Results.Single();
            if (run.Exception is { } exception)
            {
                throw new InvalidOperationException("The generator threw: " + exception, exception);
            }

            var sources = run.GeneratedSources.ToImmutableSortedDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
            var diagnostics = run.Diagnostics
                .Select(diagnostic => (diagnostic.Id, Text: Format(diagnostic)))
                .OrderBy(diagnostic => diagnostic.Text, StringComparer.Ordinal)
                .ToImmutableArray();
            return new Output(sources, diagnostics);
        }

        private static string Format(Diagnostic diagnostic)
        {
            var line = diagnostic.Location.GetLineSpan();
            return $"{diagnostic.Id} {diagnostic.Severity} {line.Path}({line.StartLinePosition}-{line.EndLinePosition}) [{diagnostic.Location.SourceSpan}]: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>The first difference between the edited driver's output and the cold one, or null when they are equal.</summary>
    private static string? Difference(Output hot, Output cold)
    {
        foreach (var hint in hot.Sources.Keys.Union(cold.Sources.Keys).OrderBy(hint => hint, StringComparer.Ordinal))
        {
            var inHot = hot.Sources.TryGetValue(hint, out var hotText);
            var inCold = cold.Sources.TryGetValue(hint, out var coldText);
            if (!inHot)
            {
                return $"file {hint}: only the cold run generates it";
            }

            if (!inCold)
            {
                return $"file {hint}: only the edited driver generates it (stale)";
            }

            if (hotText != coldText)
            {
                return $"file {hint} differs: " + FirstDifferingLine(hotText!, coldText!);
            }
        }

        var onlyHot = hot.Diagnostics.Select(d => d.Text).Except(cold.Diagnostics.Select(d => d.Text)).ToList();
        var onlyCold = cold.Diagnostics.Select(d => d.Text).Except(hot.Diagnostics.Select(d => d.Text)).ToList();
        if (onlyHot.Count > 0 || onlyCold.Count > 0 || hot.Diagnostics.Length != cold.Diagnostics.Length)
        {
            return "diagnostics differ:" + Environment.NewLine
                + string.Concat(onlyHot.Select(text => "  only edited: " + text + Environment.NewLine))
                + string.Concat(onlyCold.Select(text => "  only cold:   " + text + Environment.NewLine))
                + $"  (edited {hot.Diagnostics.Length}, cold {cold.Diagnostics.Length})";
        }

        return null;
    }

    private static string FirstDifferingLine(string hot, string cold)
    {
        var hotLines = hot.Split('\n');
        var coldLines = cold.Split('\n');
        var i = 0;
        while (i < hotLines.Length && i < coldLines.Length && hotLines[i] == coldLines[i])
        {
            i++;
        }

        string At(string[] lines) => i < lines.Length ? lines[i].TrimEnd('\r').Trim() : "(end of file)";
        return $"line {i + 1}" + Environment.NewLine + "  edited: " + At(hotLines) + Environment.NewLine + "  cold:   " + At(coldLines);
    }

    private static string Describe(string replay, List<string> log, int step, World world, string difference)
    {
        var text = new StringBuilder();
        text.AppendLine($"After step {step} the edited driver's output differs from a cold run. Replay: MODELGEN_INCREMENTAL_REPLAY={replay}");
        foreach (var line in log)
        {
            text.AppendLine("  " + line);
        }

        text.AppendLine(difference);
        text.AppendLine("Inputs at that step:");
        text.AppendLine("  options: " + string.Join(", ", world.Global.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value))
            + string.Concat(world.PerFile.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"; {pair.Key}: {pair.Value.Key}={pair.Value.Value}"))
            + $"; C# {world.Language}");
        foreach (var (path, content) in world.Texts())
        {
            text.AppendLine($"  --- {path}");
            text.AppendLine("  " + content.Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    // ---------------------------------------------------------------- the docs

    /// <summary>A field row: its Type cell is written as the doc would write it.</summary>
    private sealed record Field(string Name, string Type, bool Required, string Description);

    private abstract record Doc(string Title, string Description)
    {
        public abstract string Render(string path);

        protected string Head(string path)
        {
            var text = new StringBuilder();
            text.Append(path.EndsWith(".mdx", StringComparison.Ordinal) ? $"---\ntitle: \"{Title}\"\n---\n\n" : $"# {Title}\n\n");
            if (Description.Length > 0)
            {
                text.Append(Description).Append("\n\n");
            }

            return text.ToString();
        }
    }

    private sealed record RecordDoc(string Title, string Description, ImmutableList<Field> Fields) : Doc(Title, Description)
    {
        public override string Render(string path)
        {
            var text = new StringBuilder(Head(path));
            text.Append("## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n");
            foreach (var field in Fields)
            {
                text.Append($"| `{field.Name}` | {field.Type} | {(field.Required ? ":heavy_check_mark:" : ":heavy_minus_sign:")} | {field.Description} |\n");
            }

            return text.ToString();
        }
    }

    /// <summary>A Values doc: one string value is a constant, several an enum; <paramref name="Open"/> adds <c>Unrecognized</c>.</summary>
    private sealed record ValuesDoc(string Title, string Description, ImmutableList<string> Values, bool Open) : Doc(Title, Description)
    {
        public bool IsNumber => Values.Count > 0 && Values.All(value => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _));

        public override string Render(string path)
        {
            var literals = Values.Select(value => IsNumber ? value : "\"" + value + "\"");
            var open = Open ? (IsNumber ? " | Unrecognized<number>" : " | Unrecognized<string>") : string.Empty;
            return Head(path) + "## Values\n\n```typescript\n" + string.Join(" | ", literals) + open + "\n```\n";
        }
    }

    /// <summary>A union; each variant is a heading's code span (<c>models.Title</c>, <c>string</c>, …).</summary>
    private sealed record UnionDoc(string Title, string Description, ImmutableList<string> Variants) : Doc(Title, Description)
    {
        public override string Render(string path)
        {
            var text = new StringBuilder(Head(path)).Append("\n## Supported Types\n\n");
            foreach (var variant in Variants)
            {
                text.Append($"### `{variant}`\n\n```typescript\nconst value: {variant} = {{}};\n```\n\n");
            }

            return text.ToString();
        }
    }

    private static string Link(string title, string path) => $"[models.{title}]({LinkTarget(path)})";

    // Every doc sits one folder below docs/, so a link from any of them reads ../<folder>/<file>.
    private static string LinkTarget(string path) => "../" + path.Substring("docs/".Length);

    /// <summary>Every input of a run: the docs, the override files, the options and the C# sources and version.</summary>
    private sealed record World(
        ImmutableSortedDictionary<string, Doc> Docs,
        ImmutableDictionary<string, string> OverrideFiles,
        ImmutableDictionary<string, string> Global,
        ImmutableDictionary<string, KeyValuePair<string, string>> PerFile,
        LanguageVersion Language,
        ImmutableList<string> CSharp)
    {
        /// <summary>
        /// Records linking records (and themselves), an operations doc linking a model, a string enum, a number enum, a
        /// constant, a union discriminated by a constant-typed field and a string literal, a union by shape.
        /// </summary>
        public static World Initial()
        {
            var docs = ImmutableSortedDictionary.Create<string, Doc>(StringComparer.Ordinal)
                .Add(Models + "user.md", new RecordDoc("User", "Someone who chats.", ImmutableList.Create(
                    new Field("userId", "*string*", true, "The id."),
                    new Field("displayName", "*string*", false, "N/A"),
                    new Field("friend", Link("User", Models + "user.md"), false, "Another user."),
                    new Field("level", Link("Level", Models + "level.md"), false, "N/A"))))
                .Add(Models + "chat.md", new RecordDoc("Chat", "A chat.", ImmutableList.Create(
                    new Field("id", "*string*", true, "N/A"),
                    new Field("itemId", "*string*", true, "The item."),
                    new Field("quality", Link("Quality", Models + "quality.md"), false, "How good."),
                    new Field("event", Link("ChatEvent", Models + "chatevent.md"), true, "N/A"),
                    new Field("tags", "*string*[]", false, "N/A"),
                    new Field("latencyLast30m", "*number*", false, "N/A"),
                    new Field("owner", "*models.User*", false, "Named in italics."))))
                .Add(Models + "quality.md", new ValuesDoc("Quality", string.Empty, ImmutableList.Create("low", "medium", "high"), false))
                .Add(Models + "level.md", new ValuesDoc("Level", "A level.", ImmutableList.Create("1", "2", "3"), false))
                .Add(Models + "typestarted.md", new ValuesDoc("TypeStarted", string.Empty, ImmutableList.Create("started"), false))
                .Add(Models + "started.md", new RecordDoc("Started", string.Empty, ImmutableList.Create(
                    new Field("type", Link("TypeStarted", Models + "typestarted.md"), true, "N/A"),
                    new Field("sequenceNumber", "*number*", true, "N/A"))))
                .Add(Models + "finished.md", new RecordDoc("Finished", string.Empty, ImmutableList.Create(
                    new Field("type", "*\"finished\"*", true, "N/A"),
                    new Field("result", Link("User", Models + "user.md"), false, "N/A"))))
                .Add(Models + "chatevent.md", new UnionDoc("ChatEvent", "An event of a chat.", ImmutableList.Create("models.Started", "models.Finished")))
                .Add(Models + "anything.md", new UnionDoc("Anything", string.Empty, ImmutableList.Create("models.User", "string", "models.Level[]")))
                .Add(Operations + "getchatrequest.mdx", new RecordDoc("GetChatRequest", "Asks for a chat.", ImmutableList.Create(
                    new Field("chat", Link("Chat", Models + "chat.md"), true, "N/A"),
                    new Field("limit", "*number*", false, "N/A"))));
            var global = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal)
                .Add("build_property.ProjectDir", ProjectDir)
                .Add("build_property.MSBuildProjectFullPath", ProjectDir + "Proj.csproj")
                .Add("build_property.RootNamespace", "Acme");
            return new World(docs, ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), global,
                ImmutableDictionary.Create<string, KeyValuePair<string, string>>(StringComparer.Ordinal), LanguageVersion.Latest,
                ImmutableList.Create("namespace Consumer { internal static class Existing { } }"));
        }

        public CSharpParseOptions ParseOptions => GeneratorHarness.ParseOptions(Language);

        /// <summary>Every AdditionalFile by path: the rendered docs and the override files.</summary>
        public ImmutableSortedDictionary<string, string> Texts() =>
            Docs.ToImmutableSortedDictionary(pair => ProjectDir + pair.Key, pair => pair.Value.Render(pair.Key), StringComparer.Ordinal)
                .AddRange(OverrideFiles);

        public TestOptionsProvider OptionsProvider()
        {
            var options = TestOptionsProvider.Empty;
            foreach (var (key, value) in Global)
            {
                options = options.WithGlobal(key, value);
            }

            foreach (var (path, (key, value)) in PerFile)
            {
                options = options.WithFile(path, key, value);
            }

            return options;
        }

        public bool OptionsEqual(World other) =>
            Global.Count == other.Global.Count && Global.All(pair => other.Global.TryGetValue(pair.Key, out var value) && value == pair.Value)
            && PerFile.Count == other.PerFile.Count && PerFile.All(pair => other.PerFile.TryGetValue(pair.Key, out var value) && value.Equals(pair.Value));

        public Compilation Compilation()
        {
            var parseOptions = ParseOptions;
            return BaseCompilation.AddSyntaxTrees(CSharp.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/Source{i}.cs")));
        }
    }

    // ---------------------------------------------------------------- edits

    private static readonly string[] TitlePool =
    {
        "User", "Chat", "Quality", "Level", "Started", "Finished", "ChatEvent", "Person", "user", "~~User~~", "Value",
        "Match", "ModelGenJson", "ExtensionData", "Chat Event", "2K", "$$$", "Renamed", "GetChatRequest",
    };

    private static readonly string[] FieldNamePool =
    {
        "id", "itemId", "item_id", "name", "type", "count", "latencyLast30m", "ephemeral1hInputTokens", "value", "equals",
        "class", "user", "createdAt", "$$", "partialImageB64",
    };

    private static readonly string[] DescriptionPool =
    {
        "N/A", "A description.", "Another one.", "Ends the summary: </summary>", "Two lines.<br/>The second.", string.Empty,
    };

    private static readonly string[] NewDocPool =
    {
        Models + "extra.md", Models + "person.md", Models + "typefinished.md", Models + "mode.mdx", Operations + "listchats.md", Models + "User.md",
    };

    private static World RandomStart(Rng random, World world, List<string> log)
    {
        // Some sequences start from other options, so that edits are also made under them.
        if (random.Chance(30))
        {
            var descriptions = new List<string>();
            world = ChangeOption(random, world, descriptions);
            log.Add("start: " + string.Join("; ", descriptions));
        }

        return world;
    }

    private static World RandomEdit(Rng random, World world, List<string> log)
    {
        var edits = new (string Name, int Weight, Func<Rng, World, List<string>, World?> Edit)[]
        {
            ("description", 10, EditDescription),
            ("field type", 10, EditFieldType),
            ("title", 8, EditTitle),
            ("required", 8, FlipRequired),
            ("field added", 6, AddField),
            ("field removed", 6, RemoveField),
            ("field renamed", 4, RenameField),
            ("link retargeted", 8, RetargetLink),
            ("values", 6, EditValues),
            ("variants", 6, EditVariants),
            ("doc added", 5, AddDoc),
            ("doc removed", 5, RemoveDoc),
            ("option", 10, ChangeOption),
            ("override file", 10, EditOverrides),
            ("C# version", 2, ChangeLanguage),
            ("typing", 2, TypeInCSharp),
        };
        var total = edits.Sum(edit => edit.Weight);
        while (true)
        {
            var pick = random.Int(total);
            foreach (var (name, weight, edit) in edits)
            {
                if (pick < weight)
                {
                    if (edit(random, world, log) is { } next)
                    {
                        editCounts.AddOrUpdate(name, 1, static (_, count) => count + 1);
                        return next;
                    }

                    break;
                }

                pick -= weight;
            }
        }
    }

    private static World WithDoc(World world, string path, Doc doc) => world with { Docs = world.Docs.SetItem(path, doc) };

    private static (string Path, RecordDoc Doc)? PickRecord(Rng random, World world, Func<RecordDoc, bool>? where = null)
    {
        var records = world.Docs.Where(pair => pair.Value is RecordDoc record && (where is null || where(record))).ToList();
        if (records.Count == 0)
        {
            return null;
        }

        var (path, doc) = Pick(random, records);
        return (path, (RecordDoc)doc);
    }

    private static T Pick<T>(Rng random, IReadOnlyList<T> items) => items[random.Int(items.Count)];

    private static World? EditDescription(Rng random, World world, List<string> log)
    {
        var (path, doc) = Pick(random, world.Docs.ToList());
        var description = Pick(random, DescriptionPool);
        if (doc is RecordDoc { Fields.Count: > 0 } record && random.Chance(50))
        {
            var i = random.Int(record.Fields.Count);
            log.Add($"{path}: description of field {record.Fields[i].Name} = \"{description}\"");
            return WithDoc(world, path, record with { Fields = record.Fields.SetItem(i, record.Fields[i] with { Description = description.Length == 0 ? "N/A" : description }) });
        }

        log.Add($"{path}: description = \"{description}\"");
        return WithDoc(world, path, doc with { Description = description });
    }

    /// <summary>A Type cell: a primitive, a literal, a link or reference to some doc (or to none), a list or a map of one.</summary>
    private static string RandomType(Rng random, World world)
    {
        string Target()
        {
            if (random.Chance(10))
            {
                return Link("Missing", Models + "missing.md");
            }

            var (path, doc) = Pick(random, world.Docs.ToList());
            return random.Chance(25) ? $"*models.{doc.Title}*" : Link(doc.Title, path);
        }

        return random.Int(8) switch
        {
            0 => "*string*",
            1 => "*number*",
            2 => "*boolean*",
            3 => Pick(random, new[] { "*\"started\"*", "*\"finished\"*", "*true*", "*any*" }),
            4 => Target() + "[]",
            5 => "Record<string, " + Target() + ">",
            _ => Target(),
        };
    }

    private static World? EditFieldType(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world, record => record.Fields.Count > 0) is not var (path, record))
        {
            return null;
        }

        var i = random.Int(record.Fields.Count);
        var type = RandomType(random, world);
        log.Add($"{path}: type of {record.Fields[i].Name} = {type}");
        return WithDoc(world, path, record with { Fields = record.Fields.SetItem(i, record.Fields[i] with { Type = type }) });
    }

    private static World? EditTitle(Rng random, World world, List<string> log)
    {
        var (path, doc) = Pick(random, world.Docs.ToList());
        var title = Pick(random, TitlePool);
        log.Add($"{path}: title {doc.Title} -> {title}");
        return WithDoc(world, path, doc with { Title = title });
    }

    private static World? FlipRequired(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world, record => record.Fields.Count > 0) is not var (path, record))
        {
            return null;
        }

        var i = random.Int(record.Fields.Count);
        log.Add($"{path}: {record.Fields[i].Name} required = {!record.Fields[i].Required}");
        return WithDoc(world, path, record with { Fields = record.Fields.SetItem(i, record.Fields[i] with { Required = !record.Fields[i].Required }) });
    }

    private static World? AddField(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world) is not var (path, record))
        {
            return null;
        }

        var field = new Field(Pick(random, FieldNamePool), RandomType(random, world), random.Chance(50), "N/A");
        var at = random.Int(record.Fields.Count + 1);
        log.Add($"{path}: field {field.Name} {field.Type} {(field.Required ? "required" : "optional")} inserted at {at}");
        return WithDoc(world, path, record with { Fields = record.Fields.Insert(at, field) });
    }

    private static World? RemoveField(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world, record => record.Fields.Count > 0) is not var (path, record))
        {
            return null;
        }

        var i = random.Int(record.Fields.Count);
        log.Add($"{path}: field {record.Fields[i].Name} removed");
        return WithDoc(world, path, record with { Fields = record.Fields.RemoveAt(i) });
    }

    private static World? RenameField(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world, record => record.Fields.Count > 0) is not var (path, record))
        {
            return null;
        }

        var i = random.Int(record.Fields.Count);
        var name = Pick(random, FieldNamePool);
        log.Add($"{path}: field {record.Fields[i].Name} renamed {name}");
        return WithDoc(world, path, record with { Fields = record.Fields.SetItem(i, record.Fields[i] with { Name = name }) });
    }

    private static World? RetargetLink(Rng random, World world, List<string> log)
    {
        if (PickRecord(random, world, record => record.Fields.Any(field => field.Type.Contains("](", StringComparison.Ordinal))) is not var (path, record))
        {
            return null;
        }

        var links = Enumerable.Range(0, record.Fields.Count).Where(i => record.Fields[i].Type.Contains("](", StringComparison.Ordinal)).ToList();
        var i = Pick(random, links);
        var type = record.Fields[i].Type;

        // The link text stays; only the target moves, to another doc (maybe one not written yet) or one that is gone.
        var targets = world.Docs.Keys.Concat(NewDocPool).Append(Models + "missing.md").ToList();
        var target = Pick(random, targets);
        var start = type.IndexOf("](", StringComparison.Ordinal) + 2;
        var end = type.IndexOf(')', start);
        var retargeted = type.Substring(0, start) + LinkTarget(target) + type.Substring(end);
        log.Add($"{path}: link of {record.Fields[i].Name} -> {retargeted}");
        return WithDoc(world, path, record with { Fields = record.Fields.SetItem(i, record.Fields[i] with { Type = retargeted }) });
    }

    private static World? EditValues(Rng random, World world, List<string> log)
    {
        var docs = world.Docs.Where(pair => pair.Value is ValuesDoc).ToList();
        if (docs.Count == 0)
        {
            return null;
        }

        var (path, doc) = Pick(random, docs);
        var values = (ValuesDoc)doc;
        switch (random.Int(3))
        {
            case 0:
                var value = Pick(random, new[] { "started", "finished", "low", "huge", "4", "0.5", "value", "Level" });
                log.Add($"{path}: value {value} added");
                return WithDoc(world, path, values with { Values = values.Values.Add(value) });
            case 1 when values.Values.Count > 1:
                var i = random.Int(values.Values.Count);
                log.Add($"{path}: value {values.Values[i]} removed");
                return WithDoc(world, path, values with { Values = values.Values.RemoveAt(i) });
            default:
                log.Add($"{path}: open = {!values.Open}");
                return WithDoc(world, path, values with { Open = !values.Open });
        }
    }

    private static World? EditVariants(Rng random, World world, List<string> log)
    {
        var docs = world.Docs.Where(pair => pair.Value is UnionDoc).ToList();
        if (docs.Count == 0)
        {
            return null;
        }

        var (path, doc) = Pick(random, docs);
        var union = (UnionDoc)doc;
        if (union.Variants.Count > 1 && random.Chance(40))
        {
            var i = random.Int(union.Variants.Count);
            log.Add($"{path}: variant {union.Variants[i]} removed");
            return WithDoc(world, path, union with { Variants = union.Variants.RemoveAt(i) });
        }

        var variant = random.Chance(20)
            ? Pick(random, new[] { "string", "number", "models.Missing", "models.User[]" })
            : "models." + Pick(random, world.Docs.Values.ToList()).Title;
        log.Add($"{path}: variant {variant} added");
        return WithDoc(world, path, union with { Variants = union.Variants.Add(variant) });
    }

    private static World? AddDoc(Rng random, World world, List<string> log)
    {
        var free = NewDocPool.Where(path => !world.Docs.ContainsKey(path)).ToList();
        if (free.Count == 0)
        {
            return null;
        }

        var path = Pick(random, free);
        var title = Pick(random, TitlePool);
        Doc doc = random.Int(4) switch
        {
            0 => new ValuesDoc(title, string.Empty, ImmutableList.Create(Pick(random, new[] { "finished", "started", "other" })), false),
            1 => new ValuesDoc(title, string.Empty, ImmutableList.Create("a", "b"), random.Chance(50)),
            2 => new UnionDoc(title, string.Empty, ImmutableList.Create("models.Started", "models." + title)),
            _ => new RecordDoc(title, string.Empty, ImmutableList.Create(
                new Field("type", RandomType(random, world), true, "N/A"),
                new Field(Pick(random, FieldNamePool), RandomType(random, world), random.Chance(50), "N/A"))),
        };
        log.Add($"{path} added: {doc.GetType().Name} {title}");
        return WithDoc(world, path, doc);
    }

    private static World? RemoveDoc(Rng random, World world, List<string> log)
    {
        if (world.Docs.Count <= 1)
        {
            return null;
        }

        var path = Pick(random, world.Docs.Keys.ToList());
        log.Add($"{path} removed");
        return world with { Docs = world.Docs.Remove(path) };
    }

    private static World ChangeOption(Rng random, World world, List<string> log)
    {
        var docs = world.Docs.Keys.Select(path => ProjectDir + path).ToList();
        (string Key, string[] Values) Global(int which) => which switch
        {
            0 => (Pick(random, new[] { "build_property.ModelGenWireNaming", "modelgen_wire_naming" }), new[] { "snake_case", "as_written", "camelCase", "kebab-case", "bogus" }),
            1 => (Pick(random, new[] { "modelgen_namespace", "build_property.ModelGenNamespace", "build_property.RootNamespace" }), new[] { "Acme", "Other.Ns", "Acme.Api" }),
            2 => (Pick(random, new[] { "build_property.ModelGenOpenEnums", "modelgen_open_enums" }), new[] { "true", "false" }),
            3 => (Pick(random, new[] { "build_property.ModelGenStrictJson", "modelgen_strict_json" }), new[] { "true", "false" }),
            4 => (Pick(random, new[] { "modelgen_docs_root", "build_property.ModelGenDocsRoot" }), new[] { "docs", "docs/models", "." }),
            _ => (Pick(random, new[] { "build_property.ModelGenRoots", "modelgen_roots" }), new[] { "Chat", "ChatEvent", "User;Quality", "Missing", "Chat, Person", "Started" }),
        };

        switch (random.Int(7))
        {
            case 5:
            {
                // One doc's own setting (item metadata, or an .editorconfig section), which wins over the project's.
                var path = Pick(random, docs);
                if (world.PerFile.ContainsKey(path) && random.Chance(50))
                {
                    log.Add($"option of {path} removed");
                    return world with { PerFile = world.PerFile.Remove(path) };
                }

                var (key, value) = Pick(random, new[]
                {
                    ("build_metadata.AdditionalFiles.ModelGenWireNaming", "snake_case"),
                    ("modelgen_wire_naming", "kebab-case"),
                    ("build_metadata.AdditionalFiles.ModelGenNamespace", "Per.File"),
                    ("build_metadata.AdditionalFiles.ModelGenOpenEnums", "true"),
                    ("modelgen_docs_root", "docs/operations"),
                });
                log.Add($"option of {path}: {key} = {value}");
                return world with { PerFile = world.PerFile.SetItem(path, new KeyValuePair<string, string>(key, value)) };
            }

            case 6:
            {
                // The second override file counts only while its item metadata marks it.
                var marked = world.PerFile.ContainsKey(MarkedOverrideFile);
                log.Add($"{MarkedOverrideFile} {(marked ? "unmarked" : "marked")} as an override file");
                return world with
                {
                    PerFile = marked ? world.PerFile.Remove(MarkedOverrideFile) : world.PerFile.SetItem(MarkedOverrideFile, new KeyValuePair<string, string>(MarkedOverrideKey, "true")),
                };
            }

            default:
            {
                var (key, values) = Global(random.Int(6));
                if (world.Global.ContainsKey(key) && random.Chance(30) && key != "build_property.RootNamespace")
                {
                    log.Add($"option {key} removed");
                    return world with { Global = world.Global.Remove(key) };
                }

                var value = Pick(random, values);
                log.Add($"option {key} = {value}");
                return world with { Global = world.Global.SetItem(key, value) };
            }
        }
    }

    /// <summary>An override file (either one) written, rewritten or deleted; its lines name real types and fields mostly.</summary>
    private static World? EditOverrides(Rng random, World world, List<string> log)
    {
        var path = random.Chance(75) ? OverrideFile : MarkedOverrideFile;
        if (world.OverrideFiles.ContainsKey(path) && random.Chance(25))
        {
            log.Add($"{path} deleted");
            return world with { OverrideFiles = world.OverrideFiles.Remove(path) };
        }

        var records = world.Docs.Values.OfType<RecordDoc>().Where(record => record.Fields.Count > 0).ToList();
        var lines = new List<string> { "# pinned names" };
        for (var i = 1 + random.Int(3); i > 0; i--)
        {
            var line = random.Int(10) switch
            {
                0 => "not an override",
                1 => "Nobody.nothing = none",
                _ when records.Count > 0 => Pick(random, records) is var record && Pick(random, record.Fields) is var field
                    ? $"{(random.Chance(25) ? "*" : Identifier(record.Title))}.{field.Name} = {Pick(random, new[] { "pinned", "latency_last_30m", "x-" + field.Name, "id" })}"
                    : string.Empty,
                _ => "*.id = pinned_id",
            };
            lines.Add(line);
        }

        var text = string.Join(random.Chance(20) ? "\r\n" : "\n", lines) + "\n";
        log.Add($"{path} = {string.Join(" / ", lines.Skip(1))}");
        return world with { OverrideFiles = world.OverrideFiles.SetItem(path, text) };
    }

    // Override lines name the C# type; a title's PascalCase is close enough (a near miss is an unused override, also fine).
    private static string Identifier(string title) =>
        string.Concat(title.Split(' ', '~', '$').Where(part => part.Length > 0).Select(part => char.ToUpperInvariant(part[0]) + part.Substring(1)));

    private static World? ChangeLanguage(Rng random, World world, List<string> log)
    {
        var language = Pick(random, new[] { LanguageVersion.Latest, LanguageVersion.CSharp10, LanguageVersion.CSharp8 });
        log.Add($"C# {language}");
        return world with { Language = language };
    }

    private static World? TypeInCSharp(Rng random, World world, List<string> log)
    {
        // A keystroke in a .cs file, or a declared polyfill (which the capabilities look for by name).
        var source = random.Chance(30)
            ? "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }"
            : $"namespace Consumer {{ internal static class Typed{random.Int(1000)} {{ }} }}";
        log.Add("C# file: " + source);
        return world with { CSharp = random.Chance(50) && world.CSharp.Count > 1 ? world.CSharp.RemoveAt(world.CSharp.Count - 1) : world.CSharp.Add(source) };
    }

    /// <summary>The sequence's randomness: a PCG, so that a sequence is the same on every machine.</summary>
    private sealed class Rng
    {
        private readonly PCG pcg;

        public Rng(PCG pcg) => this.pcg = pcg;

        public int Int(int maxExclusive) => (int)pcg.Next((uint)maxExclusive);

        public bool Chance(int percent) => Int(100) < percent;
    }
}
