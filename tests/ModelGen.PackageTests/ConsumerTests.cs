using System.Linq;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ModelGen.PackageTests;

/// <summary>
/// Fresh projects of every kind a user has, each with the package added by version and the shipped docs dropped
/// into the default folder (no AdditionalFiles edit). Each must build with no warning and round-trip an event of
/// the OpenRouter image-generation stream through the generated union.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class ConsumerTests
{
    // A real event shape (snake_case, "type" first), and the same event without its required item_id.
    internal const string PartialImageEvent =
        """{"type":"response.image_generation_call.partial_image","sequence_number":7,"output_index":0,"item_id":"ig_42","partial_image_index":1,"partial_image_b64":"iVBORw0KGgo="}""";

    private const string MissingItemIdEvent =
        """{"type":"response.image_generation_call.partial_image","sequence_number":8,"output_index":0,"partial_image_index":2,"partial_image_b64":"iVBORw0KGgo="}""";

    [Test]
    public void Net10ConsoleUsesRequiredMembersAndReadsLeniently()
    {
        var app = ConsumerProject.Create("console", "Net10App", "--framework", "net10.0")
            .SetProperties(("ModelGenWireNaming", "snake_case"))
            .AddModelGen()
            .AddSchemaDocs()
            .WriteFile("Program.cs", RoundTripProgram("Net10App"));

        var run = BuildCleanAndRun(app);

        AssertRoundTrip(run);
        Assert.That(ConsumerProject.Value(run, "required members"), Is.EqualTo("True"), "C# 14 on net10.0 has RequiredMemberAttribute");
        Assert.That(ConsumerProject.Value(run, "missing item_id"), Is.EqualTo("read, missing item_id"), "reading is lenient by default");
    }

    [Test]
    public void Net8ConsoleWithProjectSettings()
    {
        // Every setting as an MSBuild property: its own docs folder, namespace, strict JSON and a wire-name file
        // with a name of its own (which renames one field on the wire).
        var app = ConsumerProject.Create("console", "Net8App", "--framework", "net10.0")
            .SetProperties(
                ("TargetFramework", "net8.0"),
                ("ModelGenDocsFolder", "Specs"),
                ("ModelGenNamespace", "Acme.OpenRouter"),
                ("ModelGenWireNaming", "snake_case"),
                ("ModelGenStrictJson", "true"),
                ("ModelGenWireNamesFile", "api-names.txt"))
            .AddModelGen()
            .AddSchemaDocs("Specs")
            .WriteFile("Specs/README.md", "# Specs\n\nNot a model doc: skipped without a diagnostic.\n")
            .WriteFile("api-names.txt", "ResponsesStreamChunkResponseImageGenerationCallPartialImage.partialImageIndex = partial_index\n")
            .WriteFile("Program.cs", RoundTripProgram("Acme.OpenRouter", PartialImageEvent.Replace("partial_image_index", "partial_index")));

        var run = BuildCleanAndRun(app);

        AssertRoundTrip(run, PartialImageEvent.Replace("partial_image_index", "partial_index"));
        Assert.That(ConsumerProject.Value(run, "required members"), Is.EqualTo("True"));
        Assert.That(ConsumerProject.Value(run, "missing item_id"), Does.StartWith("JsonException"), "ModelGenStrictJson makes [JsonConverter] strict");
    }

    [Test]
    public void LangVersion10ConsoleGetsInitOnlyRecords()
    {
        var app = ConsumerProject.Create("console", "CSharp10App", "--framework", "net10.0", "--langVersion", "10")
            .SetProperties(("ModelGenWireNaming", "snake_case"))
            .AddModelGen()
            .AddSchemaDocs()
            .WriteFile("Program.cs", RoundTripProgram("CSharp10App"));

        var run = BuildCleanAndRun(app);

        AssertRoundTrip(run);
        Assert.That(ConsumerProject.Value(run, "required members"), Is.EqualTo("False"), "C# 10 has no 'required'");
    }

    [Test]
    public void NetStandard20LibraryUsedFromNet8Console()
    {
        // The library is where the docs and the package go; README tells such a library to set LangVersion and
        // reference System.Text.Json (8 or later for all of ModelGenJson). ModelGen supplies IsExternalInit itself.
        // The library has its own NotNullWhen polyfill, as many do: the generated TryGet methods must use it, or the
        // console's null-checked use of one warns (CS8602) and the warning-free assertion fails.
        var library = ConsumerProject.Create("classlib", "ModelsLib", "--framework", "netstandard2.0")
            .SetProperties(("LangVersion", "latest"), ("Nullable", "enable"), ("ModelGenWireNaming", "snake_case"))
            .DeleteFile("Class1.cs")
            .WriteFile("Polyfills.cs", """
                namespace System.Diagnostics.CodeAnalysis
                {
                    [AttributeUsage(AttributeTargets.Parameter)]
                    internal sealed class NotNullWhenAttribute : Attribute
                    {
                        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

                        public bool ReturnValue { get; }
                    }
                }
                """)
            .AddPackage("System.Text.Json", "8.0.5")
            .AddModelGen()
            .AddSchemaDocs();
        var app = ConsumerProject.Create("console", "LibConsumer", "--framework", "net10.0")
            .SetProperties(("TargetFramework", "net8.0"))
            .AddReference(library)
            .WriteFile("Program.cs", RoundTripProgram("ModelsLib"));

        var run = BuildCleanAndRun(app);

        AssertRoundTrip(run);
        Assert.That(ConsumerProject.Value(run, "required members"), Is.EqualTo("False"), "netstandard2.0 has no RequiredMemberAttribute");
    }

    [Test]
    public void CSharp73LibraryGetsOneDiagnostic()
    {
        var library = ConsumerProject.Create("classlib", "OldLib", "--framework", "netstandard2.0")
            .AddPackage("System.Text.Json", "8.0.5")
            .AddModelGen()
            .AddSchemaDocs();

        var build = library.Build();

        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode, Is.Zero, build.Output);
            Assert.That(build.Lines("error"), Is.Empty);
            Assert.That(build.Lines("warning"), Has.Count.EqualTo(1), build.Output);
            Assert.That(build.Lines("warning").Single(), Does.Contain("warning MG0015").And.Contain("C# 7.3").And.Contain("<LangVersion>"));
        });
    }

    internal static CommandResult BuildCleanAndRun(ConsumerProject app)
    {
        var build = app.Build();
        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode, Is.Zero, build.Output);
            Assert.That(build.Lines("warning"), Is.Empty, "the build must be warning-free");
        });
        return app.Run();
    }

    internal static void AssertRoundTrip(CommandResult run, string expected = PartialImageEvent)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConsumerProject.Value(run, "item"), Is.EqualTo("ig_42"));
            Assert.That(
                JsonNode.DeepEquals(JsonNode.Parse(ConsumerProject.Value(run, "json")), JsonNode.Parse(expected)),
                Is.True,
                "written back: " + ConsumerProject.Value(run, "json"));
            Assert.That(ConsumerProject.Value(run, "generator version"), Is.EqualTo(PackageFeed.Version), "[GeneratedCode] carries the package version");
        });
    }

    /// <summary>
    /// The consumer's Program.cs: reads the event strictly through the generated union, writes it back, and says what
    /// plain JsonSerializer (the type's [JsonConverter]) does with an event missing a required field.
    /// </summary>
    internal static string RoundTripProgram(string @namespace, string json = PartialImageEvent) => $$""""
        using System;
        using System.CodeDom.Compiler;
        using System.Linq;
        using System.Reflection;
        using System.Text.Json;
        using {{@namespace}};

        var chunk = ModelGenJson.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>({{Verbatim(json)}}, strict: true)!;
        var partial = (ResponsesStreamChunkResponseImageGenerationCallPartialImage)chunk.Value;
        Console.WriteLine("item: " + partial.ItemId);
        if (chunk.TryGetResponsesStreamChunkResponseImageGenerationCallPartialImage(out var asPartial))
        {
            Console.WriteLine("partial index: " + asPartial.PartialImageIndex);
        }

        Console.WriteLine("json: " + ModelGenJson.Serialize(chunk));

        var type = typeof(ResponsesStreamChunkResponseImageGenerationCallPartialImage);
        Console.WriteLine("required members: " + type.GetCustomAttributes(false).Any(a => a.GetType().Name == "RequiredMemberAttribute"));
        Console.WriteLine("generator version: " + type.GetCustomAttribute<GeneratedCodeAttribute>()!.Version);

        try
        {
            var read = JsonSerializer.Deserialize<ResponsesStreamChunkImageGenerationCallUnion>({{Verbatim(MissingItemIdEvent)}})!;
            var missing = ((ResponsesStreamChunkResponseImageGenerationCallPartialImage)read.Value).MissingRequiredFields;
            Console.WriteLine("missing item_id: read, missing " + string.Join(",", missing));
        }
        catch (JsonException e)
        {
            Console.WriteLine("missing item_id: JsonException at " + e.Path);
        }
        """";

    // A verbatim literal: the consumers include C# 10, which has no raw string literals.
    private static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";
}
