using System.Collections.Generic;
using System.Linq;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>
/// Every fix-up that turns doc text into a C# name (README "Names", "Enums"): field names, type titles and enum values
/// that are keywords, start with a digit, hold punctuation or spaces, or collide once PascalCased. Wire names are left
/// as written (the default), so each snapshot shows the doc's name in <c>[JsonPropertyName]</c> or the converter next
/// to the C# name it became. Every test also compiles the output, warnings as errors, with code that uses the names.
/// </summary>
public sealed class NameTests
{
    private const string Models = "/proj/docs/models/";

    // Field names. Rules:
    // - PascalCase: words are runs of letters and digits, each word's first letter upper-cased, the rest kept;
    //   so a keyword (object, params, default, event, class) is no keyword any more (Object, Params, …), and
    //   '-', '.', '$', '@' and spaces only separate words (x-request-id → XRequestId, $ref → Ref);
    // - a name starting with a digit gets a leading '_' (1h → _1h, 24h_volume → _24hVolume);
    // - a property named like its record (CS0542) or like a member every record has (ToString) gets 'Value';
    // - a name still taken gets 2, 3, … in field order (item_id, itemId → ItemId, ItemId2; and ItemValue, taken by
    //   the field itemValue before item claims it, → ItemValue2).
    private const string Item = """
        # Item

        Field names that are no C# identifiers as written.

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `object` | *string* | :heavy_check_mark: | Keyword. |
        | `params` | *string* | :heavy_minus_sign: | Keyword. |
        | `default` | *boolean* | :heavy_minus_sign: | Keyword. |
        | `event` | *string* | :heavy_minus_sign: | Keyword. |
        | `class` | *string* | :heavy_minus_sign: | Keyword. |
        | `1h` | *number* | :heavy_minus_sign: | Digit first. |
        | `24h_volume` | *number* | :heavy_minus_sign: | Digit first, then snake case. |
        | `x-request-id` | *string* | :heavy_minus_sign: | Dashes. |
        | `response.output_text` | *string* | :heavy_minus_sign: | A dot. |
        | `$ref` | *string* | :heavy_minus_sign: | A dollar. |
        | `@type` | *string* | :heavy_minus_sign: | An at sign. |
        | `display name` | *string* | :heavy_minus_sign: | A space. |
        | `itemValue` | *string* | :heavy_minus_sign: | Takes the name `item` would get. |
        | `item` | *string* | :heavy_minus_sign: | Named like its type (CS0542). |
        | `item_id` | *string* | :heavy_minus_sign: | Snake case. |
        | `itemId` | *string* | :heavy_minus_sign: | The same C# name as item_id. |
        | `toString` | *string* | :heavy_minus_sign: | Named like a member of every record. |
        """;

    private const string ItemUsage = """
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class ItemUsage
        {
            public static string Describe()
            {
                var item = new Item { Object = "o", Params = "p", Default = true, Event = "e", Class = "c", _1h = 1, _24hVolume = 24 };
                item = item with { XRequestId = "x", ResponseOutputText = "r", Ref = "#/a", Type = "t", DisplayName = "d" };
                item = item with { ItemValue = "i", ItemValue2 = "v", ItemId = "a", ItemId2 = "b", ToStringValue = "s" };
                return item.Object + item.ItemValue2 + item.ItemId2 + item.ToString();
            }
        }
        """;

    // Type titles (the H1). Rules: the same PascalCase as field names: a keyword title (class, params, default, event)
    // becomes Class, Params, Default, Event; a title starting with a digit gets '_' (2fa settings → _2faSettings,
    // 3d-model → _3dModel); '-', '.', '$', '@' and spaces only separate words. The hint name is {Namespace}.{Type}.g.cs.
    // The links name each doc as Speakeasy would (PascalCase labels); they resolve by path whatever the label says.
    // Keywords do come back in union parameter names: a variant's parameter (of Match and Switch) is its name
    // camel-cased, and a keyword gets '@' (class → @class, event → @event, string → @string).
    private static readonly (string File, string Text)[] TitleDocs =
    {
        ("class.md", Record("class", "Titled \"class\": a keyword.", "| `name` | *string* | :heavy_check_mark: | N/A |")),
        ("params.md", Record("params", "Titled \"params\": a keyword.", "| `values` | *string*[] | :heavy_check_mark: | N/A |")),
        ("event.md", Record("event", "Titled \"event\": a keyword.", "| `at` | [Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date) | :heavy_check_mark: | N/A |")),
        ("default.md", Enum("default", "\"on\" | \"off\"", "Titled \"default\": a keyword.")),
        ("2fasettings.md", Record("2fa settings", "Titled \"2fa settings\": a digit first, and a space.", "| `enabled` | *boolean* | :heavy_check_mark: | N/A |")),
        ("3dmodel.md", Record("3d-model", "Titled \"3d-model\": a digit first, and a dash.", "| `vertices` | *number* | :heavy_check_mark: | N/A |")),
        ("xratelimit.md", Record("x-rate-limit", "Titled \"x-rate-limit\": dashes.", "| `remaining` | *number* | :heavy_check_mark: | N/A |")),
        ("apiv1status.md", Record("api.v1.status", "Titled \"api.v1.status\": dots.", "| `ok` | *boolean* | :heavy_check_mark: | N/A |")),
        ("meta.md", Record("$meta", "Titled \"$meta\": a dollar.", "| `version` | *string* | :heavy_check_mark: | N/A |")),
        ("scope.md", Record("@scope", "Titled \"@scope\": an at sign.", "| `path` | *string* | :heavy_check_mark: | N/A |")),
        ("displayname.md", Record("display name", "Titled \"display name\": a space.", "| `text` | *string* | :heavy_check_mark: | N/A |")),
        ("titles.md", Record(
            "Titles",
            "Links to every doc above.",
            """
            | `class` | [models.Class](class.md) | :heavy_check_mark: | N/A |
            | `params` | [models.Params](params.md) | :heavy_minus_sign: | N/A |
            | `event` | [models.Event](event.md) | :heavy_minus_sign: | N/A |
            | `default` | [models.Default](default.md) | :heavy_minus_sign: | N/A |
            | `twoFactor` | [models.TwoFaSettings](2fasettings.md) | :heavy_minus_sign: | N/A |
            | `model` | [models.ThreeDModel](3dmodel.md) | :heavy_minus_sign: | N/A |
            | `rateLimit` | [models.XRateLimit](xratelimit.md) | :heavy_minus_sign: | N/A |
            | `status` | [models.ApiV1Status](apiv1status.md) | :heavy_minus_sign: | N/A |
            | `meta` | [models.Meta](meta.md) | :heavy_minus_sign: | N/A |
            | `scope` | [models.Scope](scope.md) | :heavy_minus_sign: | N/A |
            | `displayName` | [models.DisplayName](displayname.md) | :heavy_minus_sign: | N/A |
            | `subject` | [models.Subject](subject.md) | :heavy_minus_sign: | N/A |
            """)),
        ("subject.md", """
            # Subject

            A union whose variants are named by keywords: the parameters of Match and Switch get '@'.

            ## Supported Types

            ### `models.class`

            ```typescript
            const value: models.Class = { name: "<value>" };
            ```

            ### `models.params`

            ```typescript
            const value: models.Params = { values: ["<value>"] };
            ```

            ### `models.event`

            ```typescript
            const value: models.Event = { at: new Date("2025-10-07T12:00:00Z") };
            ```

            ### `string`

            ```typescript
            const value: string = "<value>";
            ```

            ### `boolean`

            ```typescript
            const value: boolean = true;
            ```
            """),
    };

    private const string TitleUsage = """
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class TitleUsage
        {
            public static string Describe(Titles titles)
            {
                Default? @default = titles.Default;
                _2faSettings? twoFactor = titles.TwoFactor;
                _3dModel? model = titles.Model;
                XRateLimit? rateLimit = titles.RateLimit;
                ApiV1Status? status = titles.Status;
                Meta? meta = titles.Meta;
                Scope? scope = titles.Scope;
                DisplayName? displayName = titles.DisplayName;
                Class @class = titles.Class;
                Params? @params = titles.Params;
                Event? @event = titles.Event;
                return string.Join(",", @default, twoFactor, model, rateLimit, status, meta, scope, displayName, @class, @params, @event, Name(titles.Subject));
            }

            public static string Name(Subject? subject) =>
                subject is null
                    ? "none"
                    : subject.Match(@class: c => c.Name, @params: p => string.Join(" ", p.Values), @event: e => e.At.ToString("O"), @string: s => s, boolean: b => b ? "yes" : "no", unknown: u => u.Json.GetRawText());

            public static Subject FromString() => "text";

            public static Subject FromClass() => Subject.FromClass(new Class { Name = "n" });
        }
        """;

    // Types titled like framework types, each with a field that uses another of them, around a cycle (Type → Object →
    // Task → JsonElement → String → Type; System → String, Nullable; String → Enum). Rule: every type reference the
    // generator writes is global::-qualified and built-in types are keywords (string, object, bool, double), so a
    // generated String, Object, Type, Task, JsonElement, System, Enum or Nullable never captures a framework name:
    // JsonElement.Raw is still global::System.Text.Json.JsonElement, the converters still take a global::System.Type,
    // String.Kind is still a Nullable<Enum> (written Enum?). Type's field 'type' is named like its record (CS0542):
    // TypeValue.
    private static readonly (string File, string Text)[] FrameworkDocs =
    {
        ("type.md", Record(
            "Type",
            "Named like System.Type.",
            """
            | `type` | *string* | :heavy_check_mark: | Named like its record. |
            | `object` | [models.Object](object.md) | :heavy_check_mark: | N/A |
            """)),
        ("object.md", Record(
            "Object",
            "Named like System.Object.",
            """
            | `id` | *string* | :heavy_check_mark: | N/A |
            | `task` | [models.Task](task.md) | :heavy_minus_sign: | N/A |
            | `tasks` | [models.Task](task.md)[] | :heavy_minus_sign: | N/A |
            """)),
        ("task.md", Record(
            "Task",
            "Named like System.Threading.Tasks.Task.",
            """
            | `element` | [models.JsonElement](jsonelement.md) | :heavy_check_mark: | N/A |
            | `payload` | *any* | :heavy_minus_sign: | The framework's JsonElement. |
            """)),
        ("jsonelement.md", Record(
            "JsonElement",
            "Named like System.Text.Json.JsonElement.",
            """
            | `text` | [models.String](string.md) | :heavy_check_mark: | N/A |
            | `raw` | *any* | :heavy_minus_sign: | The framework's JsonElement. |
            | `byName` | Record<string, *any*> | :heavy_minus_sign: | N/A |
            """)),
        ("string.md", Record(
            "String",
            "Named like System.String.",
            """
            | `value` | *string* | :heavy_check_mark: | A string, not a String. |
            | `type` | [models.Type](type.md) | :heavy_minus_sign: | Back to the start of the cycle. |
            | `kind` | [models.Enum](enum.md) | :heavy_minus_sign: | A nullable enum, whatever Nullable is. |
            """)),
        ("system.md", Record(
            "System",
            "Named like the System namespace.",
            """
            | `strings` | [models.String](string.md)[] | :heavy_check_mark: | N/A |
            | `names` | *string*[] | :heavy_minus_sign: | N/A |
            | `either` | [models.Nullable](nullable.md) | :heavy_minus_sign: | N/A |
            """)),
        ("enum.md", Enum("Enum", "\"a\" | \"b\"", "Named like System.Enum; its converter takes a global::System.Type.")),
        ("nullable.md", """
            # Nullable

            Named like System.Nullable: a union of String, Type and a number.

            ## Supported Types

            ### `models.String`

            ```typescript
            const value: models.String = { value: "<value>" };
            ```

            ### `models.Type`

            ```typescript
            const value: models.Type = { type: "<value>", object: { id: "<id>" } };
            ```

            ### `number`

            ```typescript
            const value: number = 1;
            ```
            """),
    };

    private const string FrameworkUsage = """
        using Models = Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class FrameworkUsage
        {
            public static Models.Type Build()
            {
                var text = new Models.String { Value = "v", Kind = Models.Enum.B };
                var element = new Models.JsonElement { Text = text, Raw = System.Text.Json.JsonDocument.Parse("1").RootElement };
                var task = new Models.Task { Element = element };
                var @object = new Models.Object { Id = "o", Task = task, Tasks = new[] { task } };
                var system = new Models.System { Strings = new[] { text }, Names = new[] { "n" }, Either = text };
                string plain = text.Value + system.Strings.Count + system.Either?.Match(s => s.Value, t => t.TypeValue, n => n.ToString(), u => u.ToString());
                int? nullable = null;
                object boxed = nullable ?? 0;
                return new Models.Type { TypeValue = plain + boxed, Object = @object };
            }

            public static string RoundTrip(Models.Type type) => System.Text.Json.JsonSerializer.Serialize(type);

            public static async System.Threading.Tasks.Task<string> Later() => await System.Threading.Tasks.Task.FromResult(RoundTrip(Build()));
        }
        """;

    // Enum values. Rules:
    // - a value is PascalCased like a field name: "default" → Default, "class" → Class, "1024x1024" → _1024x1024;
    // - values that collide after PascalCasing are numbered in doc order: "a-b", "a_b", "A B" → AB, AB2, AB3;
    // - the empty string is Empty; a value with no letter or digit is Value{position} ("@", 8th → Value8);
    // - a value named like its enum gets 'Value' ("flag" in Flag → FlagValue);
    // - numbers read Value{n}, '-' as Minus and '.' as Point: -1 → ValueMinus1, 0.5 → Value0Point5; integers make a
    //   C# enum with those values, a fraction makes the enum open over double;
    // - open enums reserve the struct's own members: "value", "is_known", "equals" → ValueValue, IsKnownValue, EqualsValue;
    // - a Name/Value table takes the Name column, PascalCased (2K → _2K, default → Default, Wide and wide → Wide, Wide2);
    //   a Name with no letter or digit falls back to the value ($$ → from 512x512, _512x512), an empty Name too.
    private static readonly (string File, string Text)[] EnumDocs =
    {
        ("flag.md", Enum("Flag", "\"1024x1024\" | \"\" | \"default\" | \"class\" | \"a-b\" | \"a_b\" | \"A B\" | \"@\" | \"flag\"")),
        ("offset.md", Enum("Offset", "-1 | 0 | 1 | 10 | -20")),
        ("ratio.md", Enum("Ratio", "0.5 | -1.5 | 2")),
        ("mode.md", """
            # Mode

            ## Values

            ```typescript
            // Open enum: unrecognized values are captured as Unrecognized<string>
            "value" | "is_known" | "equals" | "to-string" | "mode" | Unrecognized<string>
            ```
            """),
        ("resolution.md", """
            # Resolution

            ## Values

            | Name    | Value     |
            | ------- | --------- |
            | `Small` | 256x256   |
            | `2K`    | 2048x2048 |
            | `default` | auto    |
            | `Wide`  | 1536x1024 |
            | `wide`  | 1792x1024 |
            | `$$`    | 512x512   |
            |         | 4096x4096 |
            """),
        ("settings.md", Record(
            "Settings",
            "Uses every enum above.",
            """
            | `flag` | [models.Flag](flag.md) | :heavy_check_mark: | N/A |
            | `offset` | [models.Offset](offset.md) | :heavy_minus_sign: | N/A |
            | `ratio` | [models.Ratio](ratio.md) | :heavy_minus_sign: | N/A |
            | `mode` | [models.Mode](mode.md) | :heavy_minus_sign: | N/A |
            | `resolution` | [models.Resolution](resolution.md) | :heavy_minus_sign: | N/A |
            """)),
    };

    private const string EnumUsage = """
        using Acme.Api.Docs.Models;

        namespace Consumer;

        internal static class EnumUsage
        {
            public static Settings Build() => new Settings
            {
                Flag = Flag.AB2,
                Offset = Offset.ValueMinus20,
                Ratio = Ratio.Value0Point5,
                Mode = Mode.IsKnownValue,
                Resolution = Resolution._2K,
            };

            public static Flag[] Flags() => new[] { Flag._1024x1024, Flag.Empty, Flag.Default, Flag.Class, Flag.AB, Flag.AB2, Flag.AB3, Flag.Value8, Flag.FlagValue };

            public static Offset[] Offsets() => new[] { Offset.ValueMinus1, Offset.Value0, Offset.Value1, Offset.Value10, Offset.ValueMinus20 };

            public static Ratio[] Ratios() => new[] { Ratio.Value0Point5, Ratio.ValueMinus1Point5, Ratio.Value2 };

            public static Mode[] Modes() => new[] { Mode.ValueValue, Mode.IsKnownValue, Mode.EqualsValue, Mode.ToStringValue, Mode.ModeValue };

            public static string Known(Mode mode) => mode.Value + (mode.IsKnown ? " is known" : " is not known");

            public static Resolution[] Resolutions() => new[] { Resolution.Small, Resolution._2K, Resolution.Default, Resolution.Wide, Resolution.Wide2, Resolution._512x512, Resolution._4096x4096 };
        }
        """;

    private static TestOptionsProvider Options => TestOptionsProvider.Project("/proj/", SchemaDocs.RootNamespace, "as_written");

    [Test]
    public void FieldNames() => VerifyAndCompile(new[] { ("item.md", Item) }, ItemUsage);

    [Test]
    public void TypeTitles() => VerifyAndCompile(TitleDocs, TitleUsage);

    [Test]
    public void FrameworkTypeTitles() => VerifyAndCompile(FrameworkDocs, FrameworkUsage);

    [Test]
    public void EnumValues() => VerifyAndCompile(EnumDocs, EnumUsage);

    /// <summary>
    /// Regression test (fixed): a union variant's Match/Switch parameter is its name camel-cased with the leading '_' trimmed, so a
    /// variant whose name starts with a digit (a string literal <c>"1024x1024"</c> → <c>_1024x1024</c>, a doc titled
    /// <c>3d</c> → <c>_3d</c>) gets the parameter <c>1024x1024</c> or <c>3d</c>: CS1001 in the generated file.
    /// </summary>
    [Test]
    public void UnionVariantStartingWithADigitCompiles() => AssertCompiles(
        ("size.md", Union("Size", "\"1024x1024\"", "models.3d")),
        ("3d.md", Record("3d", "Titled \"3d\".", "| `a` | *string* | :heavy_check_mark: | N/A |")));

    /// <summary>
    /// Regression test (fixed): a union variant named <c>Unknown</c> (a doc titled Unknown) gets <c>IsUnknown</c>, which every union
    /// already has (the reserved names cover <c>IsUnknown</c> itself, not the variant name that produces it): CS0102.
    /// </summary>
    [Test]
    public void UnionVariantNamedUnknownCompiles() => AssertCompiles(
        ("either.md", Union("Either", "models.Unknown", "string")),
        ("unknown.md", Record("Unknown", "A doc titled Unknown.", "| `a` | *string* | :heavy_check_mark: | N/A |")));

    /// <summary>
    /// Regression test (fixed): a type titled like a member the generator gives every type of its kind (an open enum's <c>Value</c>
    /// or <c>IsKnown</c>, a union's <c>Value</c>, <c>Match</c>, <c>Switch</c> or nested <c>UnknownVariant</c>, a record's
    /// synthesized <c>EqualityContract</c>) has a member named like itself: CS0542. <c>Value</c> is a common title for
    /// a Speakeasy union. The member names are only checked against each other, never against the type's own name.
    /// </summary>
    [TestCase("Value", "open enum")]
    [TestCase("IsKnown", "open enum")]
    [TestCase("Value", "union")]
    [TestCase("Match", "union")]
    [TestCase("Switch", "union")]
    [TestCase("UnknownVariant", "union")]
    [TestCase("EqualityContract", "record")]
    public void TypeTitledLikeItsGeneratedMemberCompiles(string title, string kind) => AssertCompiles(
        ("doc.md", kind switch
        {
            "open enum" => Enum(title, "\"a\" | \"b\" | Unrecognized<string>"),
            "union" => Union(title, "string", "number"),
            _ => Record(title, "A record.", "| `a` | *string* | :heavy_check_mark: | N/A |"),
        }));

    /// <summary>
    /// Regression test (fixed): number values are told apart by their text, so one number spelled twice (<c>1 | 01</c>, or
    /// <c>1 | 1.0</c> in an open enum) gives two members and two equal case labels: CS0152.
    /// </summary>
    [TestCase("1 | 01")]
    [TestCase("1 | 1.0 | 2.5")]
    public void NumberSpelledTwiceCompiles(string values) => AssertCompiles(("level.md", Enum("Level", values)));

    private static void AssertCompiles(params (string File, string Text)[] files)
    {
        var result = GeneratorHarness.Run(files.Select(f => new InMemoryAdditionalText(Models + f.File, f.Text)), Options);

        var diagnostics = result.CompileWith("namespace Consumer { internal static class Empty { } }");

        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
    }

    private static void VerifyAndCompile(IEnumerable<(string File, string Text)> files, string usage, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        var result = GeneratorHarness.Run(files.Select(f => new InMemoryAdditionalText(Models + f.File, f.Text)), Options);

        // Not inside Assert.Multiple: there a failed snapshot would not stop the test, and Verify would then tidy up
        // the .received files it has just written.
        Snapshot.Verify(result, test: test);

        var diagnostics = result.CompileWith(usage);
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics, Is.Empty, "the generator reports nothing: " + GeneratorResult.Format(result.Diagnostics));
            Assert.That(diagnostics, Is.Empty, "the output compiles with the usage: " + GeneratorResult.Format(diagnostics));
        });
    }

    private static string Record(string title, string description, string rows) => $"""
        # {title}

        {description}

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        {rows}
        """;

    private static string Enum(string title, string values, string description = "") => $"""
        # {title}

        {description}

        ## Values

        ```typescript
        {values}
        ```
        """;

    private static string Union(string title, params string[] variants) =>
        $"# {title}\n\n## Supported Types\n\n" + string.Join("\n", variants.Select(v => $"### `{v}`\n\n```typescript\nconst value = {v};\n```\n"));
}
