using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Tests.Infrastructure;
using NUnit.Framework;

namespace ModelGen.Tests.Resolution;

/// <summary>
/// What the docs' own examples teach (README "Names on the wire", "Required and optional fields", "Discriminated
/// unions"), each kind of evidence on small docs, seen as a user sees it: the JSON names the converters write, the
/// nullable properties, the union read in one pass, and the diagnostics.
/// </summary>
public sealed class ExampleEvidenceTests
{
    // A destination whose Example cell shows its config's JSON: the config's keys are spelled as the doc writes them.
    private const string Destination = """
        # Destination

        ## Fields

        | Field | Type | Required | Description | Example |
        | --- | --- | --- | --- | --- |
        | `config` | [models.Config](config.md) | :heavy_check_mark: | N/A | \{<br/>"baseUrl": "https://x",<br/>"publicKey": "pk"<br/>} |
        | `itemId` | *string* | :heavy_check_mark: | N/A | abc |
        """;

    private const string Config = """
        # Config

        ## Fields

        | Field | Type | Required | Description |
        | --- | --- | --- | --- |
        | `baseUrl` | *string* | :heavy_check_mark: | N/A |
        | `publicKey` | *string* | :heavy_check_mark: | N/A |
        | `secretKey` | *string* | :heavy_minus_sign: | N/A |
        """;

    [Test]
    public void AnExampleCellGivesTheLinkedTypesFieldsTheirNamesAndItsConventionTheRest()
    {
        var result = Run(("destination.md", Destination), ("config.md", Config));

        Assert.Multiple(() =>
        {
            Assert.That(Names(result, "Config"), Is.EqualTo(new[] { "baseUrl", "publicKey", "secretKey" }), "shown as written; secretKey follows them");
            Assert.That(Names(result, "Destination"), Is.EqualTo(new[] { "config", "item_id" }), "no example shows these keys: the rule");
            Assert.That(result.Diagnostics, Is.Empty, GeneratorResult.Format(result.Diagnostics));
        });
    }

    [Test]
    public void ExamplesReachFieldsThroughListsMapsAndTheUnionVariantWhoseFieldsHoldTheKeys()
    {
        const string holder = """
            # Holder

            ## Fields

            | Field | Type | Required | Description | Example |
            | --- | --- | --- | --- | --- |
            | `files` | [models.FileList](filelist.md)[] | :heavy_check_mark: | N/A | [<br/>\{<br/>"_shape": "list"<br/>}<br/>] |
            | `byName` | Record\<string, [models.Entry](entry.md)> | :heavy_check_mark: | N/A | \{<br/>"a": \{<br/>"sizeBytes": 1<br/>}<br/>} |
            | `item` | [models.Item](item.md) | :heavy_check_mark: | N/A | \{<br/>"kind": "b",<br/>"bValue": 2<br/>} |
            """;
        const string fileList = "# FileList\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `shape` | *string* | :heavy_check_mark: | N/A |\n";
        const string entry = "# Entry\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `sizeBytes` | *number* | :heavy_check_mark: | N/A |\n";
        const string item = "# Item\n\n## Supported Types\n\n### `models.ItemA`\n\n### `models.ItemB`\n";
        const string itemA = "# ItemA\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `kind` | *\"a\"* | :heavy_check_mark: | N/A |\n| `bValue` | *number* | :heavy_minus_sign: | N/A |\n";
        const string itemB = "# ItemB\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `kind` | *\"b\"* | :heavy_check_mark: | N/A |\n| `bValue` | *number* | :heavy_minus_sign: | N/A |\n";

        var result = Run(("holder.md", holder), ("filelist.md", fileList), ("entry.md", entry), ("item.md", item), ("itema.md", itemA), ("itemb.md", itemB));

        Assert.Multiple(() =>
        {
            Assert.That(Names(result, "FileList"), Is.EqualTo(new[] { "_shape" }), "through a list; a key no naming can spell");
            Assert.That(Names(result, "Entry"), Is.EqualTo(new[] { "sizeBytes" }), "through a map's values");
            Assert.That(Names(result, "ItemB"), Is.EqualTo(new[] { "kind", "bValue" }), "the variant whose fixed kind the example shows");
            Assert.That(Names(result, "ItemA"), Is.EqualTo(new[] { "kind", "b_value" }), "the other variant is not shown: the rule");
        });
    }

    [Test]
    public void ANullInAnyDocsExampleMakesTheFieldNullable()
    {
        const string parent = """
            # Parent

            ## Example Usage

            ```typescript
            import { Parent } from "@acme/sdk/models";

            let value: Parent = {
              children: [
                {
                  updatedAt: null,
                  name: "<value>",
                },
              ],
            };
            ```

            ## Fields

            | Field | Type | Required | Description | Example |
            | --- | --- | --- | --- | --- |
            | `children` | [models.Child](child.md)[] | :heavy_check_mark: | N/A | |
            | `note` | *string* | :heavy_check_mark: | N/A | null |
            """;
        const string child = "# Child\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `updatedAt` | *string* | :heavy_check_mark: | N/A |\n| `name` | *string* | :heavy_check_mark: | N/A |\n";

        var result = Run(("parent.md", parent), ("child.md", child));
        var childSource = result.Source(".Child.g.cs");

        Assert.Multiple(() =>
        {
            Assert.That(childSource, Does.Contain("string? UpdatedAt"), "another doc's example shows it null");
            Assert.That(childSource, Does.Not.Contain("string? Name"), "shown, but not null");
            Assert.That(result.Source(".Parent.g.cs"), Does.Contain("string? Note"), "an Example cell that is just null");
        });
    }

    // The 2025-10 docs type a message's role as plain *string*; the variants' examples show each role.
    private const string Message = """
        # Message

        ## Supported Types

        ### `models.SystemMessage`

        ```typescript
        const value: models.SystemMessage = {
          role: "system",
          content: "<value>",
        };
        ```

        ### `models.UserMessage`

        ```typescript
        const value: models.UserMessage = {
          role: "user",
          content: "<value>",
        };
        ```
        """;

    private static string Role(string title) =>
        $"# {title}\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `role` | *string* | :heavy_check_mark: | N/A |\n| `content` | *string* | :heavy_check_mark: | N/A |\n";

    private const string MessageUsage = """
        using System.Text.Json;
        using Acme.Api;

        namespace Consumer;

        internal static class MessageUsage
        {
            public static string Read(string json)
            {
                var message = JsonSerializer.Deserialize<Message>(json)!;
                return message.Match(system => "system", user => "user " + user.Content, unknown => "unknown " + unknown.Discriminator)
                    + " | " + JsonSerializer.Serialize(message);
            }
        }
        """;

    [Test]
    public void VariantExamplesThatShowEachRoleMakeAStringFieldTheDiscriminator()
    {
        var result = Run(("message.md", Message), ("systemmessage.md", Role("SystemMessage")), ("usermessage.md", Role("UserMessage")));
        var (diagnostics, image) = result.EmitWith(MessageUsage);
        Assert.That(diagnostics, Is.Empty, GeneratorResult.Format(diagnostics));
        using var assembly = new IsolatedAssembly(image!);

        Assert.Multiple(() =>
        {
            Assert.That(result.Source(".Message.g.cs"), Does.Contain("JsonDiscriminator("), "read in one pass, by the role");
            // Both variants have the same required fields: by shape, the first (system) would take every message.
            Assert.That(assembly.Invoke("Consumer.MessageUsage", "Read", """{"content":"hi","role":"user"}"""), Is.EqualTo("""user hi | {"role":"user","content":"hi"}"""));
            Assert.That(assembly.Invoke("Consumer.MessageUsage", "Read", """{"role":"tool","content":"x"}"""), Is.EqualTo("""unknown tool | {"role":"tool","content":"x"}"""), "an unknown role is kept");
        });
    }

    [Test]
    public void AStringFieldWhoseExamplesDisagreeDoesNotDiscriminate()
    {
        // UserMessage's own example shows another role: no single value is known for it.
        var user = Role("UserMessage").Replace("## Fields", "## Example Usage\n\n```typescript\nlet value: UserMessage = { role: \"assistant\", content: \"x\" };\n```\n\n## Fields");
        var result = Run(("message.md", Message), ("systemmessage.md", Role("SystemMessage")), ("usermessage.md", user));

        Assert.That(result.Source(".Message.g.cs"), Does.Not.Contain("JsonDiscriminator("));
    }

    [Test]
    public void ExamplesThatSpellAFieldTwoWaysAreReportedAndTheRuleDecides()
    {
        const string other = """
            # Other

            ## Fields

            | Field | Type | Required | Description | Example |
            | --- | --- | --- | --- | --- |
            | `config` | [models.Config](config.md) | :heavy_check_mark: | N/A | \{<br/>"base_url": "https://x"<br/>} |
            """;

        var result = Run(("destination.md", Destination), ("other.md", other), ("config.md", Config));
        var conflict = result.Diagnostics.Single(d => d.Id == "MG0031");

        Assert.Multiple(() =>
        {
            Assert.That(Names(result, "Config")[0], Is.EqualTo("base_url"));
            Assert.That(conflict.Location.GetLineSpan().Path, Is.EqualTo("/proj/config.md"));
            Assert.That(conflict.Location.GetLineSpan().StartLinePosition.Line, Is.EqualTo(6), "at the field's row");
            Assert.That(conflict.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("'base_url' in other.md").And.Contain("'baseUrl' in destination.md"));
        });
    }

    [Test]
    public void TheOverrideFileWinsOverExamplesAndExamplesOverTheTypesConvention()
    {
        var overrides = new InMemoryAdditionalText("/proj/modelgen-wirenames.txt", "Config.baseUrl = base\nConfig.secretKey = secret\n");
        var result = Run(new[] { ("destination.md", Destination), ("config.md", Config) }, extra: overrides);

        Assert.Multiple(() =>
        {
            Assert.That(Names(result, "Config"), Is.EqualTo(new[] { "base", "publicKey", "secret" }));
            Assert.That(result.Diagnostics, Is.Empty, GeneratorResult.Format(result.Diagnostics));
        });
    }

    [Test]
    public void WithoutANamingSetTheExamplesDecideOrOneWarningSaysWhatIsWritten()
    {
        const string snakeExample = """
            # Usage

            ## Fields

            | Field | Type | Required | Description | Example |
            | --- | --- | --- | --- | --- |
            | `stats` | [models.Stats](stats.md) | :heavy_check_mark: | N/A | \{<br/>"prompt_tokens": 1,<br/>"total_tokens": 2<br/>} |
            """;
        const string stats = "# Stats\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `promptTokens` | *number* | :heavy_check_mark: | N/A |\n| `totalTokens` | *number* | :heavy_check_mark: | N/A |\n| `maxTokens` | *number* | :heavy_minus_sign: | N/A |\n";
        var bare = stats.Replace("# Stats", "# Bare");

        var decided = Run(new[] { ("usage.md", snakeExample), ("stats.md", stats) }, naming: null);
        var undecided = Run(new[] { ("bare.md", bare), ("stats.md", stats) }, naming: null);
        var chosen = Run(new[] { ("bare.md", bare), ("stats.md", stats) }, naming: "as_written");
        var warning = undecided.Diagnostics.Single();

        Assert.Multiple(() =>
        {
            Assert.That(decided.Diagnostics, Is.Empty, "the examples show snake_case");
            Assert.That(Names(decided, "Stats"), Is.EqualTo(new[] { "prompt_tokens", "total_tokens", "max_tokens" }));
            Assert.That(Names(decided, "Usage"), Is.EqualTo(new[] { "stats" }));
            Assert.That(warning.Id, Is.EqualTo("MG0030"));
            Assert.That(warning.Location.GetLineSpan().Path, Is.EqualTo("/proj/bare.md"), "once, at the first doc");
            Assert.That(warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("'promptTokens', where snake_case would write 'prompt_tokens'").And.Contain("<ModelGenWireNaming>snake_case</ModelGenWireNaming>"));
            Assert.That(Names(undecided, "Stats"), Is.EqualTo(new[] { "promptTokens", "totalTokens", "maxTokens" }));
            Assert.That(chosen.Diagnostics, Is.Empty, "a project that chose as_written is not told again");
        });
    }

    [Test]
    public void WhatWasLearnedIsReportedWhereTheFieldIsOnceTheUserTurnsItOn()
    {
        var docs = new[] { new InMemoryAdditionalText("/proj/destination.md", Destination), new InMemoryAdditionalText("/proj/config.md", Config) };
        var parseOptions = GeneratorHarness.ParseOptions();
        var quiet = GeneratorHarness.CreateCompilation(System.Array.Empty<string>(), parseOptions);
        // What dotnet_diagnostic.MG0032.severity = suggestion (in a .globalconfig) gives the compilation.
        var enabled = quiet.WithOptions(quiet.Options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("MG0032", ReportDiagnostic.Info)));
        var options = TestOptionsProvider.Project("/proj/", "Acme.Api", "snake_case");

        GeneratorHarness.CreateDriver(docs, options, parseOptions).RunGeneratorsAndUpdateCompilation(quiet, out _, out var off);
        GeneratorHarness.CreateDriver(docs, options, parseOptions).RunGeneratorsAndUpdateCompilation(enabled, out _, out var on);
        var learned = on.Where(d => d.Id == "MG0032").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(off, Is.Empty, "off by default");
            Assert.That(learned.Select(d => d.Location.GetLineSpan().Path), Has.All.EqualTo("/proj/config.md"));
            Assert.That(learned.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
            {
                "The JSON name of 'baseUrl' of 'Config' is 'baseUrl' (the naming rule gives 'base_url'): the example in destination.md shows it",
                "The JSON name of 'publicKey' of 'Config' is 'publicKey' (the naming rule gives 'public_key'): the example in destination.md shows it",
                "The JSON name of 'secretKey' of 'Config' is 'secretKey' (the naming rule gives 'secret_key'): the examples spell the type's other fields that way",
            }));
        });
    }

    private static IReadOnlyList<string> Names(GeneratorResult result, string record) =>
        GeneratedWireNames.InSource(result.Source("." + record + ".g.cs"), record);

    private static GeneratorResult Run(params (string Path, string Text)[] docs) => Run(docs, naming: "snake_case");

    private static GeneratorResult Run((string Path, string Text)[] docs, string? naming = "snake_case", InMemoryAdditionalText? extra = null)
    {
        var texts = docs.Select(d => new InMemoryAdditionalText("/proj/" + d.Path, d.Text)).ToList();
        if (extra is not null)
        {
            texts.Add(extra);
        }

        return GeneratorHarness.Run(texts, TestOptionsProvider.Project("/proj/", "Acme.Api", naming));
    }
}
