using System.Linq;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// Unions without a discriminator, which pick a variant by JSON shape, and records' constant fields, read and written
/// by the generated converters. Each case is one the docs' examples showed going wrong (see ExampleRoundTripTests).
/// </summary>
public sealed class ShapeUnionJsonTests
{
    private const string Usage = """
        using System.Collections.Generic;
        using Acme.Api;

        namespace Consumer;

        internal static class ShapeUsage
        {
            public static string Level(string json, bool strict)
            {
                var level = ModelGenJson.Deserialize<Level>(json, strict)!;
                return Kind(level.Value) + " " + ModelGenJson.Serialize(level);
            }

            public static string Prompt(string json, bool strict)
            {
                var prompt = ModelGenJson.Deserialize<Prompt>(json, strict)!;
                return Kind(prompt.Value) + " " + ModelGenJson.Serialize(prompt);
            }

            public static string Message(string json)
            {
                var message = ModelGenJson.Deserialize<Message>(json)!;
                return Kind(message.Value) + " " + ModelGenJson.Serialize(message);
            }

            public static string Pet(string json)
            {
                var pet = ModelGenJson.Deserialize<Pet>(json)!;
                return Kind(pet.Value) + " " + ModelGenJson.Serialize(pet);
            }

            public static string Tool(string json)
            {
                var tool = ModelGenJson.Deserialize<Tool>(json)!;
                return Kind(tool.Value) + " " + ModelGenJson.Serialize(tool);
            }

            public static string Widget(string json) => ModelGenJson.Serialize(ModelGenJson.Deserialize<Widget>(json)!);

            public static string NewWidget() => ModelGenJson.Serialize(new Widget { Id = "w" });

            private static string Kind(object value) => value switch
            {
                IReadOnlyList<string> => "strings",
                IReadOnlyList<double> => "numbers",
                string => "string",
                LevelEnum => "enum",
                SystemMessage m => "system" + Kept(m.ExtensionData),
                AssistantMessage m => "assistant" + Kept(m.ExtensionData),
                Cat => "cat",
                Dog => "dog",
                Blob => "blob",
                AnyTool => "any tool",
                ShellTool => "shell tool",
                _ => value.GetType().Name,
            };

            private static string Kept(IReadOnlyDictionary<string, System.Text.Json.JsonElement>? kept) =>
                kept is null ? string.Empty : " keeping " + string.Join(",", kept.Keys);
        }
        """;

    private static readonly (string Name, string Text)[] Docs =
    {
        ("levelenum.md", Values("LevelEnum", "\"low\" | \"high\"")),
        ("level.md", Union("Level", "models.LevelEnum", "string")),
        ("prompt.md", Union("Prompt", "string", "string[]", "number[]")),
        ("message.md", Union("Message", "models.SystemMessage", "models.AssistantMessage")),
        ("systemmessage.md", Fields("SystemMessage", ("role", "*string*", true), ("content", "*string*", true))),
        ("assistantmessage.md", Fields("AssistantMessage", ("role", "*string*", true), ("content", "*string*", false), ("toolCalls", "*string*[]", false))),
        ("pet.md", Union("Pet", "models.Cat", "models.Dog", "models.Blob")),
        ("cat.md", Fields("Cat", ("type", "*\"cat\"*", true), ("name", "*string*", true))),
        ("dog.md", Fields("Dog", ("type", "*\"dog\"*", true), ("name", "*string*", true))),
        ("blob.md", Fields("Blob", ("name", "*string*", true))),
        ("tool.md", Union("Tool", "models.AnyTool", "models.ShellTool")),
        ("anytool.md", Fields("AnyTool", ("type", "*string*", true))),
        ("shelltool.md", Fields("ShellTool", ("type", "*\"shell\"*", true))),
        ("widget.md", Fields("Widget", ("id", "*string*", true), ("type", "*\"widget\"*", false))),
    };

    [TestCase("\"high\"", false, "enum \"high\"")]
    [TestCase("\"medium\"", false, "string \"medium\"")]
    [TestCase("\"medium\"", true, "string \"medium\"")]
    public void AClosedEnumPassesAValueItDoesNotKnowToAStringVariant(string json, bool strict, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Level", json, strict), Is.EqualTo(expected));
    }

    [TestCase("[\"a\"]", false, "strings [\"a\"]")]
    [TestCase("[1,2.5]", false, "numbers [1,2.5]")]
    [TestCase("[1,2.5]", true, "numbers [1,2.5]")]
    [TestCase("[]", false, "strings []")]
    [TestCase("[1,\"a\"]", false, "UnknownVariant [1,\"a\"]")]
    public void EachArrayVariantIsTriedInDocOrder(string json, bool strict, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Prompt", json, strict), Is.EqualTo(expected));
    }

    [Test]
    public void AVariantThatKnowsEveryPropertyWinsOverOneWithMoreRequiredFields()
    {
        using var assembly = Emit(out _);
        const string assistant = """{"role":"assistant","content":"hi","toolCalls":["x"]}""";
        const string system = """{"role":"system","content":"be brief"}""";

        Assert.Multiple(() =>
        {
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Message", assistant), Is.EqualTo("assistant " + assistant));
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Message", system), Is.EqualTo("system " + system));
        });
    }

    [Test]
    public void AVariantWhoseConstantHoldsAnotherValueIsNotChosen()
    {
        using var assembly = Emit(out var result);

        Assert.Multiple(() =>
        {
            Assert.That(result.Source(".Pet.g.cs"), Does.Not.Contain("JsonDiscriminator"), "not every variant has the constant, so the union goes by shape");
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Pet", """{"type":"dog","name":"rex"}"""), Is.EqualTo("""dog {"type":"dog","name":"rex"}"""));
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Pet", """{"name":"rex","type":"cat"}"""), Is.EqualTo("""cat {"type":"cat","name":"rex"}"""));
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Pet", """{"name":"goo"}"""), Is.EqualTo("""blob {"name":"goo"}"""));
        });
    }

    [TestCase("""{"type":"shell"}""", "shell tool")]
    [TestCase("""{"type":"web"}""", "any tool")]
    public void AVariantWhoseConstantTheObjectHoldsWinsOverOneWithAPlainString(string json, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Tool", json), Is.EqualTo(expected + " " + json));
    }

    [Test]
    public void AnOptionalConstantTheJsonLacksIsNotAddedWhenWritten()
    {
        using var assembly = Emit(out _);

        Assert.Multiple(() =>
        {
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Widget", """{"id":"a"}"""), Is.EqualTo("""{"id":"a"}"""));
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Widget", """{"id":"a","type":"widget"}"""), Is.EqualTo("""{"id":"a","type":"widget"}"""));
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "Widget", """{"id":"a","type":7}"""), Is.EqualTo("""{"id":"a","type":7}"""), "a value it cannot hold is kept");
            Assert.That(assembly.Invoke("Consumer.ShapeUsage", "NewWidget"), Is.EqualTo("""{"id":"w","type":"widget"}"""), "a record built in code writes its constant");
        });
    }

    private static IsolatedAssembly Emit(out GeneratorResult result)
    {
        var options = TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written").WithGlobal("modelgen_docs_root", "docs/models");
        result = GeneratorHarness.Run(Docs.Select(d => new InMemoryAdditionalText("/proj/docs/models/" + d.Name, d.Text)), options);
        Assert.That(result.Diagnostics, Is.Empty, GeneratorResult.Format(result.Diagnostics));
        var (diagnostics, image) = result.EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        return new IsolatedAssembly(image!);
    }

    private static string Values(string title, string values) =>
        $"# {title}\n\n## Values\n\n```typescript\n{values}\n```\n";

    private static string Union(string title, params string[] variants) =>
        $"# {title}\n\n## Supported Types\n\n" + string.Concat(variants.Select(v => $"### `{v}`\n\n```typescript\nconst value: {v} = null;\n```\n\n"));

    private static string Fields(string title, params (string Name, string Type, bool Required)[] fields) =>
        $"# {title}\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n"
        + string.Concat(fields.Select(f => $"| `{f.Name}` | {f.Type} | {(f.Required ? ":heavy_check_mark:" : ":heavy_minus_sign:")} | N/A |\n"));
}
