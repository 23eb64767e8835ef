using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// Issue 19, "the first hour with a real SDK": what a user wiring up chat completions notices. A required reason that
/// streams send as null, a one-value open enum that tags a union, the names Speakeasy changed, and integer fields.
/// </summary>
public sealed class FirstHourTests
{
    private const string Models = "/proj/docs/models/";

    // finishReason is required, and no example shows it null: the stream still sends null until the last chunk.
    private const string Choice = """
        # Choice

        ## Example Usage

        ```typescript
        import { Choice } from "@acme/sdk/models";

        let value: Choice = {
          finishReason: "stop",
          index: 0,
          created: 1700000000,
          samplingRate: 1,
          codingIndex: 40,
        };
        ```

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `finishReason` | [models.FinishReason](../models/finishreason.md) | :heavy_check_mark: | Why the choice ended. |
        | `index` | *number* | :heavy_check_mark: | The choice's position. |
        | `created` | *number* | :heavy_minus_sign: | Unix seconds. |
        | `samplingRate` | *number* | :heavy_minus_sign: | A rate: its integral example is no evidence. |
        | `codingIndex` | *number* | :heavy_minus_sign: | A score that another doc shows with a fraction. |
        | `promptTokens` | *number* | :heavy_minus_sign: | No example shows it: no evidence. |
        """;

    private const string Benchmark = """
        # Benchmark

        ## Example Usage

        ```typescript
        import { Benchmark } from "@acme/sdk/models";

        let value: Benchmark = {
          codingIndex: 57.3,
        };
        ```

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `codingIndex` | *number* | :heavy_check_mark: | A score. |
        """;

    private const string FinishReason = """
        # FinishReason

        ## Values

        ```typescript
        "stop" | "length" | Unrecognized<string>
        ```
        """;

    private const string ToolType = """
        # ToolType

        ## Values

        ```typescript
        "function" | Unrecognized<string>
        ```
        """;

    private const string Tool = """
        # Tool

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `type` | [models.ToolType](../models/tooltype.md) | :heavy_check_mark: | The tool's kind. |
        | `function` | [models.FunctionT](../models/functiont.md) | :heavy_check_mark: | The function. |
        """;

    private const string WebSearchTool = """
        # WebSearchTool

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `type` | *"web_search"* | :heavy_check_mark: | The tool's kind. |
        """;

    private const string Tools = """
        # Tools

        ## Supported Types

        ### `models.Tool`

        ```typescript
        const value: models.Tool = /* values here */
        ```

        ### `models.WebSearchTool`

        ```typescript
        const value: models.WebSearchTool = /* values here */
        ```
        """;

    private const string FunctionT = """
        # FunctionT

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `name` | *string* | :heavy_check_mark: | The name. |
        | `parameters` | Record<string, *any*> | :heavy_minus_sign: | Its JSON schema. |
        """;

    private const string JsonSchema = """
        # JsonSchema

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `name` | *string* | :heavy_check_mark: | The name. |
        | `schemaDefinition` | Record<string, *any*> | :heavy_check_mark: | The schema. |
        | `additionalProperties` | Record<string, *any*> | :heavy_minus_sign: | N/A |
        """;

    private const string Usage = """
        using System.Linq;
        using System.Text.Json;
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class FirstHour
        {
            // A stream's choices, read strictly: null until the last chunk, and null is not "".
            public static string Stream()
            {
                var chunks = new[] { "{\"finish_reason\":null,\"index\":0}", "{\"finish_reason\":\"stop\",\"index\":0}" };
                return string.Join(" | ", chunks.Select(json =>
                {
                    var choice = ModelGenJson.Deserialize<Choice>(json, strict: true)!;
                    return (choice.FinishReason is null ? "null" : "'" + choice.FinishReason.Value.Value + "'") + " " + ModelGenJson.Serialize(choice);
                }));
            }

            public static string NotYetFinished() => ModelGenJson.Serialize(new Choice { FinishReason = null, Index = 1 });

            public static string Integers()
            {
                var choice = ModelGenJson.Deserialize<Choice>("{\"finish_reason\":\"stop\",\"index\":2,\"created\":1700000000,\"sampling_rate\":0.5}", strict: true)!;
                int i = choice.Index;
                long? created = choice.Created;
                return i + " " + created + " " + choice.SamplingRate + " " + ModelGenJson.Serialize(choice);
            }

            public static string FractionInAnIntegerField()
            {
                var lenient = ModelGenJson.Deserialize<Choice>("{\"finish_reason\":null,\"index\":1.5}")!;
                try
                {
                    ModelGenJson.Deserialize<Choice>("{\"finish_reason\":null,\"index\":1.5}", strict: true);
                    return "accepted";
                }
                catch (JsonException e)
                {
                    return ModelGenJson.Serialize(lenient) + " | " + e.Path + " " + e.Message;
                }
            }

            public static string PropertyTypes() => string.Join(", ", typeof(Choice).GetProperties().Where(p => p.DeclaringType == typeof(Choice) && p.Name != "ExtensionData" && p.Name != "MissingRequiredFields")
                .Select(p => p.Name + ":" + (System.Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).Name));

            // A tool built with its function only writes its tag, and the union reads its own output back as that variant.
            public static string ToolRoundTrip()
            {
                var tool = new Tool { Function = new Function { Name = "f" } };
                var json = ModelGenJson.Serialize(tool);
                var union = ModelGenJson.Deserialize<Tools>(json)!;
                var other = ModelGenJson.Deserialize<Tools>("{\"type\":\"code\",\"function\":{\"name\":\"g\"}}")!;
                return json + " " + (union.IsTool ? "Tool" : union.IsUnknown ? "unknown" : "other") + " " + Tool.TypeValue + " " + (other.IsUnknown ? "unknown" : "known");
            }

            public static string SchemaAndExtraKeys()
            {
                var schema = ModelGenJson.Deserialize<JsonSchema>("{\"name\":\"n\",\"schema\":{\"type\":\"object\"},\"x-extra\":1}")!;
                return schema.Schema.Count + " " + string.Join(",", schema.ExtensionData!.Keys) + " " + ModelGenJson.Serialize(schema);
            }
        }
        """;

    private static GeneratorResult Run() => GeneratorHarness.Run(
        new[]
        {
            new InMemoryAdditionalText(Models + "choice.md", Choice),
            new InMemoryAdditionalText(Models + "benchmark.md", Benchmark),
            new InMemoryAdditionalText(Models + "finishreason.md", FinishReason),
            new InMemoryAdditionalText(Models + "tooltype.md", ToolType),
            new InMemoryAdditionalText(Models + "tool.md", Tool),
            new InMemoryAdditionalText(Models + "websearchtool.md", WebSearchTool),
            new InMemoryAdditionalText(Models + "tools.md", Tools),
            new InMemoryAdditionalText(Models + "functiont.md", FunctionT),
            new InMemoryAdditionalText(Models + "jsonschema.md", JsonSchema),
        },
        TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case"));

    private static IsolatedAssembly Emit()
    {
        var (diagnostics, image) = Run().EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        return new IsolatedAssembly(image!);
    }

    private static string? Call(IsolatedAssembly assembly, string method) => assembly.Invoke("Consumer.FirstHour", method);

    /// <summary>Point 2: a required reason is nullable, so strict reading takes a real stream and null is not "".</summary>
    [Test]
    public void ARequiredReasonArrivingAsNullIsNull()
    {
        using var assembly = Emit();

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "Stream"), Is.EqualTo("""null {"finish_reason":null,"index":0} | 'stop' {"finish_reason":"stop","index":0}"""));
            Assert.That(Call(assembly, "NotYetFinished"), Is.EqualTo("""{"finish_reason":null,"index":1}"""), "set to null, it is written as null (it is required)");
        });
    }

    /// <summary>Point 3: a one-value open enum is the field's constant: written by default, and the union's tag.</summary>
    [Test]
    public void AOneValueOpenEnumDefaultsAndTagsTheUnion()
    {
        using var assembly = Emit();

        Assert.That(Call(assembly, "ToolRoundTrip"), Is.EqualTo("""{"type":"function","function":{"name":"f"}} Tool function unknown"""));
    }

    /// <summary>Point 4: FunctionT is Function, schemaDefinition is schema on the wire, additionalProperties are the extra keys.</summary>
    [Test]
    public void SpeakeasyRenamesAreReversed()
    {
        using var assembly = Emit();

        Assert.That(Call(assembly, "SchemaAndExtraKeys"), Is.EqualTo("""1 x-extra {"name":"n","schema":{"type":"object"},"x-extra":1}"""));
    }

    /// <summary>Point 6: integers where the name and every example agree; doubles where any example shows a fraction or none shows a number.</summary>
    [Test]
    public void IntegerFieldsNeedTheNameAndTheExamples()
    {
        using var assembly = Emit();

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "PropertyTypes"), Is.EqualTo("FinishReason:FinishReason, Index:Int32, Created:Int64, SamplingRate:Double, CodingIndex:Double, PromptTokens:Double"));
            Assert.That(Call(assembly, "Integers"), Is.EqualTo("""2 1700000000 0.5 {"finish_reason":"stop","index":2,"created":1700000000,"sampling_rate":0.5}"""));
            Assert.That(Call(assembly, "FractionInAnIntegerField"), Is.EqualTo("""{"finish_reason":null,"index":1.5} | $.index Expected an integer (int), found 1.5. Path: $.index."""));
        });
    }
}
