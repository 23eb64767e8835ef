using System.Linq;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// Unions built and taken apart the way a user writes it (issue 19): a string for an enum or constant variant, an
/// array or List for a list variant, Match and Switch with an <c>otherwise</c>, a <c>switch</c> on <c>Value</c>; and the
/// variants reading could never choose left out.
/// </summary>
public sealed class UnionUsageTests
{
    private const string Usage = """
        using System.Collections.Generic;
        using Acme.Api;

        namespace Consumer;

        internal static class Usage
        {
            public static string EnumFromString()
            {
                ToolChoice auto = "auto";
                ToolChoice unknown = "sometimes";
                return Show(auto) + " " + Show(unknown);
            }

            public static string ConstantFromString()
            {
                ChatToolChoice auto = "auto";
                ChatToolChoice none = "none";
                ChatToolChoice later = "later";
                return Show(auto) + " " + Show(none) + " " + Show(later) + " " + auto.IsAuto + none.IsNone + ChatToolChoice.FromAuto().Equals(auto);
            }

            public static string OpenEnumFromString()
            {
                Mode known = "fast";
                Mode other = "warp";
                return Show(known) + " " + Show(other);
            }

            public static string ListFromArray()
            {
                Content array = new[] { new Part { Text = "a" }, new Part { Text = "b" } };
                Content list = new List<Part> { new Part { Text = "c" } };
                Content text = "plain";
                Content built = Content.FromPartList([new Part { Text = "d" }]);
                return Show(array) + " " + Show(list) + " " + Show(text) + " " + ModelGenJson.Serialize(built) + " " + built.IsPartList;
            }

            public static string MatchWithOtherwise(string json)
            {
                var choice = ModelGenJson.Deserialize<ChatToolChoice>(json)!;
                var matched = choice.Match(auto: _ => "auto!", namedToolChoice: n => "named " + n.Name, otherwise: u => "other " + u);
                var switched = "";
                choice.Switch(none: _ => switched = "none!", otherwise: u => switched = "rest " + u.IsUnknown);
                return matched + " | " + switched;
            }

            public static string MatchEveryVariant(string json) =>
                ModelGenJson.Deserialize<ChatToolChoice>(json)!.Match(none => "none", auto => "auto", named => "named", unknown => "unknown " + unknown.Json.GetRawText());

            public static string SwitchOnValue(string json)
            {
                var choice = ModelGenJson.Deserialize<ToolChoice>(json)!;
                switch (choice.Value)
                {
                    case ToolChoiceEnum e:
                        return "enum " + e;
                    case NamedToolChoice n:
                        return "named " + n.Name;
                    case ToolChoice.UnknownVariant u:
                        return "unknown " + u.Json.GetRawText();
                    default:
                        return "?";
                }
            }

            public static string Numbers(string json)
            {
                Temperature t = 0.5;
                var read = ModelGenJson.Deserialize<Temperature>(json)!;
                return Show(t) + " " + Show(read) + " " + read.IsNumber;
            }

            private static string Show<T>(T union)
                where T : class
            {
                var value = typeof(T).GetProperty("Value")!.GetValue(union)!;
                var name = value is string ? "string" : value.GetType().Name;
                return name + ":" + ModelGenJson.Serialize(union);
            }
        }
        """;

    private static readonly (string Name, string Text)[] Docs =
    {
        ("toolchoiceenum.md", Values("ToolChoiceEnum", "\"auto\" | \"none\" | \"required\"")),
        ("toolchoice.md", Union("ToolChoice", "models.ToolChoiceEnum", "models.NamedToolChoice")),
        ("namedtoolchoice.md", Fields("NamedToolChoice", ("type", "*\"function\"*", true), ("name", "*string*", true))),
        ("chattoolchoicenone.md", Values("ChatToolChoiceNone", "\"none\"")),
        ("chattoolchoiceauto.md", Values("ChatToolChoiceAuto", "\"auto\"")),
        ("chattoolchoice.md", Union("ChatToolChoice", "models.ChatToolChoiceNone", "models.ChatToolChoiceAuto", "models.NamedToolChoice")),
        ("modeopen.md", Values("ModeOpen", "\"fast\" | \"slow\" | Unrecognized<string>")),
        ("mode.md", Union("Mode", "models.ModeOpen", "models.Part")),
        ("part.md", Fields("Part", ("text", "*string*", true))),
        ("content.md", Union("Content", "string", "models.Part[]")),
        ("temperature.md", Union("Temperature", "number", "number", "string")),
    };

    [Test]
    public void AStringBecomesTheEnumVariantReadingItWouldGive()
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.Usage", "EnumFromString"), Is.EqualTo("ToolChoiceEnum:\"auto\" UnknownVariant:\"sometimes\""));
    }

    [Test]
    public void AStringBecomesTheConstantVariantThatHoldsIt()
    {
        using var assembly = Emit(out _);

        Assert.That(
            assembly.Invoke("Consumer.Usage", "ConstantFromString"),
            Is.EqualTo("string:\"auto\" string:\"none\" UnknownVariant:\"later\" TrueTrueTrue"));
    }

    [Test]
    public void AStringBecomesAnOpenEnumVariantWhateverItsValue()
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.Usage", "OpenEnumFromString"), Is.EqualTo("ModeOpen:\"fast\" ModeOpen:\"warp\""));
    }

    [Test]
    public void AnArrayOrListBecomesTheListVariant()
    {
        using var assembly = Emit(out _);

        Assert.That(
            assembly.Invoke("Consumer.Usage", "ListFromArray"),
            Is.EqualTo("Part[]:[{\"text\":\"a\"},{\"text\":\"b\"}] List`1:[{\"text\":\"c\"}] string:\"plain\" [{\"text\":\"d\"}] True"));
    }

    [TestCase("\"auto\"", "auto! | rest False")]
    [TestCase("\"none\"", "other none | none!")]
    [TestCase("{\"type\":\"function\",\"name\":\"f\"}", "named f | rest False")]
    [TestCase("\"later\"", "other \"later\" | rest True")]
    public void MatchAndSwitchTakeTheHandlersTheyNeedAndAnOtherwise(string json, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.Usage", "MatchWithOtherwise", json), Is.EqualTo(expected));
    }

    [TestCase("\"none\"", "none")]
    [TestCase("\"auto\"", "auto")]
    [TestCase("{\"type\":\"function\",\"name\":\"f\"}", "named")]
    [TestCase("\"later\"", "unknown \"later\"")]
    public void AConstantVariantReadsOnlyItsOwnValue(string json, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.Usage", "MatchEveryVariant", json), Is.EqualTo(expected));
    }

    [TestCase("\"required\"", "enum Required")]
    [TestCase("{\"type\":\"function\",\"name\":\"f\"}", "named f")]
    [TestCase("\"sometimes\"", "unknown \"sometimes\"")]
    public void ASwitchOnValueTakesTheUnionApartByType(string json, string expected)
    {
        using var assembly = Emit(out _);

        Assert.That(assembly.Invoke("Consumer.Usage", "SwitchOnValue", json), Is.EqualTo(expected));
    }

    [Test]
    public void AVariantReadingCouldNeverChooseIsLeftOut()
    {
        using var assembly = Emit(out var result);
        var source = result.Source(".Temperature.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Contain("public bool IsNumber =>").And.Not.Contain("Number2"), "number | number is one variant");
            Assert.That(assembly.Invoke("Consumer.Usage", "Numbers", "2"), Is.EqualTo("Double:0.5 Double:2 True"));
        });
    }

    [Test]
    public void VariantsNamedAfterTheUnionReadWithoutItsName()
    {
        Emit(out var result).Dispose();
        var source = result.Source(".ChatToolChoice.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(source, Does.Contain("public bool IsAuto =>").And.Contain("public static ChatToolChoice FromNone()"));
            Assert.That(source, Does.Contain("public bool IsNamedToolChoice =>"), "a variant not named after the union keeps its name");
            Assert.That(source, Does.Contain("/// <summary>Creates a ChatToolChoice holding a <see cref=\"NamedToolChoice\"/>.</summary>"));
            Assert.That(source, Does.Contain("/// <summary>Creates a ChatToolChoice holding <c>\"auto\"</c>.</summary>"));
        });
    }

    private static IsolatedAssembly Emit(out GeneratorResult result)
    {
        var options = TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written").WithGlobal("modelgen_docs_root", "docs/models");
        result = GeneratorHarness.Run(Docs.Select(d => new InMemoryAdditionalText("/proj/docs/models/" + d.Name, d.Text)), options, documentationMode: Microsoft.CodeAnalysis.DocumentationMode.Diagnose);
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
