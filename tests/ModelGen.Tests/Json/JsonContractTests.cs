using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// The JSON contract of generated records (README "JSON contract"): tolerant names, the override file, kept unknown
/// JSON, explicit nulls, lenient and strict reading, large integers, and no reflection anywhere.
/// </summary>
public sealed class JsonContractTests
{
    private const string Models = "/proj/docs/models/";

    private const string Stats = """
        # Stats

        Latency statistics.

        ## Example Usage

        ```typescript
        import { Stats } from "@acme/sdk/models";

        let value: Stats = {
          itemId: "<id>",
          note: null,
        };
        ```

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `itemId` | *string* | :heavy_check_mark: | The item. |
        | `count` | *number* | :heavy_check_mark: | How many. |
        | `latencyLast30m` | *number* | :heavy_minus_sign: | Latency over the last 30 minutes. |
        | `mode` | [models.Mode](../models/mode.md) | :heavy_minus_sign: | Speed. |
        | `note` | *string* | :heavy_check_mark: | A note; the example shows the API sends null. |
        | `payload` | *any* | :heavy_minus_sign: | Anything. |
        | `tags` | *string*[] | :heavy_minus_sign: | Tags. |
        """;

    private const string Mode = """
        # Mode

        ## Values

        ```typescript
        "fast" | "slow"
        ```
        """;

    private const string Wrapper = """
        # Wrapper

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `stats` | [models.Stats](../models/stats.md)[] | :heavy_check_mark: | All of them. |
        """;

    private const string Tool = """
        # Tool

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `type` | *"function"* | :heavy_check_mark: | Always "function". |
        | `name` | *string* | :heavy_check_mark: | The name. |
        """;

    private const string Overrides = """
        # Pinned JSON names.
        Stats.latencyLast30m = latency_30m

        *.noSuchField = whatever
        this line is not an override
        """;

    private const string Usage = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using System.Text.Json.Serialization.Metadata;
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class Contract
        {
            public static string ItemId(string json) => ModelGenJson.Deserialize<Stats>(json)!.ItemId;

            public static string RoundTrip(string json) => ModelGenJson.Serialize(ModelGenJson.Deserialize<Stats>(json)!);

            public static string RoundTripTool(string json) => ModelGenJson.Serialize(ModelGenJson.Deserialize<Tool>(json)!);

            public static string RoundTripWrapper(string json) => ModelGenJson.Serialize(ModelGenJson.Deserialize<Wrapper>(json)!);

            public static string SameJson(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b)) ? "same" : "different: " + b;

            public static string Kept(string json)
            {
                var stats = ModelGenJson.Deserialize<Stats>(json)!;
                return string.Join(",", (stats.ExtensionData ?? new Dictionary<string, JsonElement>()).Select(p => p.Key + "=" + p.Value.GetRawText()))
                    + "|missing:" + string.Join(",", stats.MissingRequiredFields)
                    + "|count:" + stats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            public static string Latency(string json) =>
                ModelGenJson.Deserialize<Stats>(json)!.LatencyLast30m?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";

            public static string Strict(string json)
            {
                try
                {
                    ModelGenJson.Deserialize<Wrapper>(json, strict: true);
                    return "accepted";
                }
                catch (JsonException e)
                {
                    return e.Path + " | " + e.Message;
                }
            }

            // How each entry point reads by default (the project's ModelGenStrictJson), and the explicit lenient one.
            public static string Defaults(string json) =>
                "plain: " + Outcome(() => JsonSerializer.Deserialize<Stats>(json))
                + " | ModelGenJson: " + Outcome(() => ModelGenJson.Deserialize<Stats>(json))
                + " | Options: " + Outcome(() => JsonSerializer.Deserialize(json, ModelGenJson.Options.GetTypeInfo(typeof(Stats))))
                + " | strict: false: " + Outcome(() => ModelGenJson.Deserialize<Stats>(json, strict: false));

            private static string Outcome(Func<object?> read)
            {
                try
                {
                    read();
                    return "read";
                }
                catch (JsonException)
                {
                    return "threw";
                }
            }

            public static string TopLevelEnum(string json)
            {
                try
                {
                    return ModelGenJson.Deserialize<Mode>(json).ToString();
                }
                catch (JsonException e)
                {
                    return e.Message;
                }
            }

            public static string Built() => ModelGenJson.Serialize(new Stats { ItemId = "x", Count = 2, Note = null, Mode = Acme.Api.Docs.Models.Mode.Slow });

            // TypeInfo<T> is the options' own metadata, looked up once per type and strictness; a type ModelGen did not
            // generate is refused every time, as the options refuse it.
            public static string TypeInfoLookups()
            {
                var lenient = ModelGenJson.TypeInfo<Stats>(strict: false);
                var strict = ModelGenJson.TypeInfo<Stats>(strict: true);
                return (ReferenceEquals(lenient, ModelGenJson.LenientOptions.GetTypeInfo(typeof(Stats))) ? "lenient is the options' own" : "lenient differs")
                    + " | " + (ReferenceEquals(strict, ModelGenJson.StrictOptions.GetTypeInfo(typeof(Stats))) ? "strict is the options' own" : "strict differs")
                    + " | " + (ReferenceEquals(lenient, ModelGenJson.TypeInfo<Stats>(strict: false)) ? "same again" : "another")
                    + " | " + Refused() + " | " + Refused();
            }

            private static string Refused()
            {
                try
                {
                    ModelGenJson.TypeInfo<Version>();
                    return "resolved";
                }
                catch (Exception e)
                {
                    return e.GetType().Name;
                }
            }

            // Beside a user's own metadata (here the reflection resolver for List<T>): the generated types keep their converters.
            public static string Chained(string json)
            {
                var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(ModelGenJson.Resolver, new DefaultJsonTypeInfoResolver()) };
                var list = JsonSerializer.Deserialize<List<Stats>>(json, options)!;
                return list[0].ItemId + " " + JsonSerializer.Serialize(list, options);
            }
        }
        """;

    private static GeneratorResult Run(string overridesPath = "/proj/modelgen-wirenames.txt", System.Func<TestOptionsProvider, TestOptionsProvider>? configure = null) => GeneratorHarness.Run(
        new[]
        {
            new InMemoryAdditionalText(Models + "stats.md", Stats),
            new InMemoryAdditionalText(Models + "mode.md", Mode),
            new InMemoryAdditionalText(Models + "wrapper.md", Wrapper),
            new InMemoryAdditionalText(Models + "tool.md", Tool),
            new InMemoryAdditionalText(overridesPath, Overrides),
        },
        (configure ?? (static options => options))(TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case")));

    private static IsolatedAssembly Emit(GeneratorResult result)
    {
        var (diagnostics, image) = result.EmitWith(Usage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        return new IsolatedAssembly(image!);
    }

    private static string? Call(IsolatedAssembly assembly, string method, params object?[] arguments) => assembly.Invoke("Consumer.Contract", method, arguments);

    [TestCase("""{"item_id":"a","count":1,"note":null}""", Description = "the configured wire name")]
    [TestCase("""{"itemId":"a","count":1,"note":null}""", Description = "camelCase")]
    [TestCase("""{"ItemID":"a","count":1,"note":null}""", Description = "other case")]
    [TestCase("""{"item-id":"a","count":1,"note":null}""", Description = "kebab-case")]
    public void AnySpellingOfAFieldNameIsRead(string json)
    {
        using var assembly = Emit(Run());

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "ItemId", json), Is.EqualTo("a"));
            Assert.That(Call(assembly, "RoundTrip", json), Does.StartWith("""{"item_id":"a","count":1,"note":null"""), "written with the configured name");
        });
    }

    [Test]
    public void TheOverrideFilePinsAWireName()
    {
        var result = Run();
        using var assembly = Emit(result);

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "Latency", """{"latency_30m":5}"""), Is.EqualTo("5"), "the pinned name");
            Assert.That(Call(assembly, "RoundTrip", """{"item_id":"a","count":1,"note":null,"latency_30m":5}"""), Does.Contain("\"latency_30m\":5"));
            Assert.That(GeneratedWireNames.InSource(result.Source("Stats.g.cs"), "Stats"), Does.Contain("latency_30m"), "snake_case alone would say latency_last_30m");
        });
    }

    [Test]
    public void AnOverrideFileOfAnyNameIsFoundByItsMetadata()
    {
        // What the package's ModelGenWireNamesFile sets on the item it adds.
        const string path = "/proj/api-names.txt";
        var marked = Run(path, options => options.WithFile(path, "build_metadata.AdditionalFiles.ModelGenWireNames", "true"));
        var unmarked = Run(path);

        Assert.Multiple(() =>
        {
            Assert.That(GeneratedWireNames.InSource(marked.Source("Stats.g.cs"), "Stats"), Does.Contain("latency_30m"));
            Assert.That(GeneratedWireNames.InSource(unmarked.Source("Stats.g.cs"), "Stats"), Does.Contain("latency_last_30m"), "an unmarked .txt is not read");
        });
    }

    [TestCase(null, null, "plain: read | ModelGenJson: read | Options: read | strict: false: read")]
    [TestCase("build_property.ModelGenStrictJson", "false", "plain: read | ModelGenJson: read | Options: read | strict: false: read")]
    [TestCase("build_property.ModelGenStrictJson", "true", "plain: threw | ModelGenJson: threw | Options: threw | strict: false: read")]
    [TestCase("modelgen_strict_json", "true", "plain: threw | ModelGenJson: threw | Options: threw | strict: false: read")]
    public void ModelGenStrictJsonSetsTheDefault(string? key, string? setting, string expected)
    {
        var result = Run(configure: options => key is null ? options : options.WithGlobal(key, setting!));
        using var assembly = Emit(result);

        Assert.That(Call(assembly, "Defaults", """{"item_id":"a"}"""), Is.EqualTo(expected), "a record missing its required count and note");
    }

    [Test]
    public void OverrideFileProblemsAreReportedWhereTheyAre()
    {
        var described = Snapshot.DescribeDiagnostics(Run().Diagnostics);

        Assert.Multiple(() =>
        {
            Assert.That(described, Does.Contain("MG0017").And.Contain("*.noSuchField = whatever"), "an override that matches no field");
            Assert.That(described, Does.Contain("MG0016").And.Contain("this line is not an override"), "a line that is not an override");
            Assert.That(Run().Diagnostics.Where(d => d.Id is "MG0016" or "MG0017").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1), Is.EquivalentTo(new[] { 4, 5 }));
        });
    }

    [Test]
    public void UnknownPropertiesAndAnyJsonRoundTrip()
    {
        using var assembly = Emit(Run());
        const string json = """{"item_id":"a","count":1,"note":"n","payload":{"x":[1,"b",null,true,{"c":{}}]},"extra":{"deep":[1.5,-2e3]},"another":null}""";

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "Kept", json), Is.EqualTo("""extra={"deep":[1.5,-2e3]},another=null|missing:|count:1"""));
            Assert.That(Call(assembly, "SameJson", json, Call(assembly, "RoundTrip", json)), Is.EqualTo("same"));
        });
    }

    [TestCase("""{"type":"function","name":"f"}""", """{"type":"function","name":"f"}""", Description = "the constant")]
    [TestCase("""{"name":"f"}""", """{"name":"f"}""", Description = "absent stays absent")]
    [TestCase("""{"type":5,"name":"f"}""", """{"type":5,"name":"f"}""", Description = "a value of the wrong kind is written back as read, not as the constant")]
    [TestCase("""{"type":null,"name":"f"}""", """{"type":null,"name":"f"}""", Description = "explicit null")]
    public void ARequiredConstantRoundTripsAsRead(string json, string written)
    {
        using var assembly = Emit(Run());

        Assert.That(Call(assembly, "RoundTripTool", json), Is.EqualTo(written));
    }

    [Test]
    public void ExplicitNullIsWrittenBackAndAnAbsentFieldStaysAbsent()
    {
        using var assembly = Emit(Run());

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "RoundTrip", """{"item_id":"a","count":1,"note":null,"tags":null}"""), Is.EqualTo("""{"item_id":"a","count":1,"note":null,"tags":null}"""));
            Assert.That(Call(assembly, "RoundTrip", """{"item_id":"a","count":1,"note":null}"""), Is.EqualTo("""{"item_id":"a","count":1,"note":null}"""));
            Assert.That(Call(assembly, "Built"), Is.EqualTo("""{"item_id":"x","count":2,"mode":"slow","note":null}"""), "a required nullable field set to null is written as null");
        });
    }

    [Test]
    public void AFieldTheExampleShowsAsNullIsNullable()
    {
        var stats = Run().OutputCompilation.GetTypeByMetadataName("Acme.Api.Docs.Models.Stats")!;
        var note = stats.GetMembers("Note").OfType<IPropertySymbol>().Single();
        var itemId = stats.GetMembers("ItemId").OfType<IPropertySymbol>().Single();

        Assert.Multiple(() =>
        {
            Assert.That(note.NullableAnnotation, Is.EqualTo(NullableAnnotation.Annotated), "note: null in the example");
            Assert.That(note.IsRequired, Is.True, "still required: the API always sends it");
            Assert.That(itemId.NullableAnnotation, Is.EqualTo(NullableAnnotation.NotAnnotated));
        });
    }

    [Test]
    public void LenientReadingKeepsWhatDoesNotFitAndListsWhatIsMissing()
    {
        using var assembly = Emit(Run());
        const string wrongKinds = """{"item_id":"a","count":"three","mode":"warp","note":null}""";

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "Kept", wrongKinds), Is.EqualTo("""count="three",mode="warp"|missing:|count:0"""), "values that do not fit are kept, not thrown");
            Assert.That(Call(assembly, "RoundTrip", wrongKinds), Is.EqualTo(wrongKinds), "and written back as they were");
            Assert.That(Call(assembly, "Kept", """{"item_id":"a"}"""), Is.EqualTo("|missing:count,note|count:0"));
            Assert.That(Call(assembly, "RoundTrip", """{"item_id":"a"}"""), Is.EqualTo("""{"item_id":"a"}"""), "missing fields stay missing");
        });
    }

    [TestCase("""{"stats":[{"item_id":"a","count":1,"note":null},{"item_id":"b","note":null}]}""", "$.stats[1]", "The required property 'count' of Acme.Api.Docs.Models.Stats is missing.")]
    [TestCase("""{"stats":[{"item_id":"a","count":"x","note":null}]}""", "$.stats[0].count", "Expected a number, found 'x'.")]
    [TestCase("""{"stats":[{"item_id":"a","count":1,"note":null,"mode":"warp"}]}""", "$.stats[0].mode", "'warp' is not a value of Acme.Api.Docs.Models.Mode.")]
    [TestCase("""{"stats":[{"item_id":"a","count":9007199254740993,"note":null}]}""", "$.stats[0].count", "The number 9007199254740993 does not fit a double exactly.")]
    [TestCase("""{"stats":{}}""", "$.stats", "Expected an array, found an object.")]
    public void StrictReadingThrowsWithThePath(string json, string path, string detail)
    {
        using var assembly = Emit(Run());

        Assert.That(Call(assembly, "Strict", json), Is.EqualTo(path + " | " + detail + " Path: " + path + "."));
    }

    [Test]
    public void AnUnknownClosedEnumValueReadAloneIsAClearError()
    {
        using var assembly = Emit(Run());

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "TopLevelEnum", "\"fast\""), Is.EqualTo("Fast"));
            Assert.That(Call(assembly, "TopLevelEnum", "\"warp\""), Does.StartWith("'warp' is not a value of Acme.Api.Docs.Models.Mode."));
        });
    }

    /// <summary>Integers beyond 2^53 lose digits in a double: lenient reading keeps the JSON text instead, so no digit is lost.</summary>
    [Test]
    public void LargeIntegersKeepEveryDigit()
    {
        using var assembly = Emit(Run());
        const string json = """{"item_id":"a","count":9007199254740993,"note":null}""";

        Assert.Multiple(() =>
        {
            Assert.That(Call(assembly, "Kept", json), Is.EqualTo("count=9007199254740993|missing:|count:0"));
            Assert.That(Call(assembly, "RoundTrip", json), Is.EqualTo(json));
            Assert.That(Call(assembly, "RoundTrip", """{"item_id":"a","count":9007199254740992,"note":null}"""), Does.Contain("\"count\":9007199254740992"), "2^53 itself is exact");
        });
    }

    [Test]
    public void TypeInfoIsTheOptionsOwnMetadataAndRefusesOtherTypes()
    {
        using var assembly = Emit(Run());

        Assert.That(
            Call(assembly, "TypeInfoLookups"),
            Is.EqualTo("lenient is the options' own | strict is the options' own | same again | NotSupportedException | NotSupportedException"));
    }

    [Test]
    public void TheResolverChainsWithOtherMetadata()
    {
        using var assembly = Emit(Run());

        Assert.That(
            Call(assembly, "Chained", """[{"itemId":"a","count":1,"note":null}]"""),
            Is.EqualTo("""a [{"item_id":"a","count":1,"note":null}]"""));
    }

    /// <summary>
    /// Every call the generated code makes is AOT-safe: none is to a member marked RequiresUnreferencedCode or
    /// RequiresDynamicCode (the reflection-based JsonSerializer overloads are). The AOT publish of the sample in CI is
    /// the end-to-end proof; this catches a regression in any generated shape, in a second.
    /// </summary>
    [Test]
    public void GeneratedCodeCallsNothingThatNeedsReflection()
    {
        var result = GeneratorHarness.Run(
            SchemaDocs.All().Concat(new[]
            {
                new InMemoryAdditionalText(Models + "stats.md", Stats),
                new InMemoryAdditionalText(Models + "mode.md", Mode),
                new InMemoryAdditionalText(Models + "wrapper.md", Wrapper),
                new InMemoryAdditionalText(Models + "everytype.md", TestDocs.EveryType),
                new InMemoryAdditionalText(Models + "foo.md", TestDocs.Foo),
            }),
            TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "snake_case"));
        var compilation = result.OutputCompilation;
        var offending = new List<string>();
        var calls = 0;
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Contains("ModelGen", System.StringComparison.Ordinal)))
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is InvocationExpressionSyntax or ObjectCreationExpressionSyntax or MemberAccessExpressionSyntax))
            {
                if (model.GetSymbolInfo(node).Symbol is not { } symbol)
                {
                    continue;
                }

                calls++;
                var attributes = symbol.GetAttributes().Concat(symbol.ContainingType?.GetAttributes() ?? Enumerable.Empty<AttributeData>());
                if (attributes.Any(a => a.AttributeClass?.Name is "RequiresUnreferencedCodeAttribute" or "RequiresDynamicCodeAttribute"))
                {
                    offending.Add(System.IO.Path.GetFileName(tree.FilePath) + ": " + symbol.ToDisplayString());
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(calls, Is.GreaterThan(500), "the walk saw the generated code");
            Assert.That(offending, Is.Empty);
        });
    }
}
