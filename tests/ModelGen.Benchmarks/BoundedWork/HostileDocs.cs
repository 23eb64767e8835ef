using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ModelGen.Benchmarks.Infrastructure;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.BoundedWork;

/// <summary>
/// Builds the <see cref="BoundedInput"/> docs in the Speakeasy <c>.md</c> format, all under <c>docs/models/</c>.
/// Deterministic: the only randomness (description words) comes from a fixed seed, so every run measures the same text.
/// </summary>
internal static class HostileDocs
{
    public const int LargeDocTargetChars = 10 * 1024 * 1024;
    public const int WideTableRows = 20_000;
    public const int LinkedDocCount = 5_000;
    public const int NestingDepth = 1_000;

    private const string Required = ":heavy_check_mark:";
    private const string Optional = ":heavy_minus_sign:";
    private const string FieldsHeader = "| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n";

    private static readonly string[] DescriptionWords =
    {
        "the", "model", "returns", "a", "token", "stream", "of", "events", "when", "request", "is", "sent", "with",
        "reasoning", "enabled", "and", "provider", "routing", "falls", "back", "to", "next", "endpoint", "if", "rate",
        "limit", "exceeded", "for", "this", "key", "response", "includes", "usage", "cost", "in", "credits", "prompt",
        "completion", "cached", "tokens", "image", "generation", "call", "completed", "partial", "output", "index",
    };

    public static ImmutableArray<InMemoryAdditionalText> Build(BoundedInput input) => input switch
    {
        BoundedInput.TenMegabyteDoc => ImmutableArray.Create(LargeDescriptions(LargeDocTargetChars)),
        BoundedInput.TwentyThousandRows => ImmutableArray.Create(WideTable(WideTableRows), LinkTarget()),
        BoundedInput.FiveThousandDocs => LinkedDocs(LinkedDocCount),
        BoundedInput.ArraysThousandDeep => DeeplyNested("DeepArrays", Repeat("*number*", "[]", NestingDepth), Repeat("number", "[]", NestingDepth)),
        BoundedInput.RecordsThousandDeep => DeeplyNested("DeepRecords", NestedRecords("*number*"), NestedRecords("number")),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "no such input"),
    };

    /// <summary>One Fields table whose rows carry 4–6 KB descriptions (words, line breaks, code, links), <paramref name="targetChars"/> in all.</summary>
    internal static InMemoryAdditionalText LargeDescriptions(int targetChars)
    {
        var random = new Random(20260801);
        var text = new StringBuilder(targetChars + 8 * 1024);
        text.Append("# LargeDescriptions\n\nA record whose field descriptions are very long.\n\n## Fields\n\n").Append(FieldsHeader);
        for (var row = 0; text.Length < targetChars; row++)
        {
            text.Append("| `field").Append(Number(row)).Append("` | ").Append(PrimitiveType(row)).Append(" | ")
                .Append(row % 2 == 0 ? Required : Optional).Append(" | ");
            AppendDescription(text, random, random.Next(4_000, 6_000));
            text.Append(" |\n");
        }

        return Doc("largedescriptions.md", text.ToString());
    }

    private static void AppendDescription(StringBuilder text, Random random, int length)
    {
        var end = text.Length + length;
        for (var word = 0; text.Length < end; word++)
        {
            if (word > 0)
            {
                text.Append(' ');
            }

            // Mostly plain words, with the inline markup real descriptions use now and then. No *emphasis*: Markdig
            // cannot parse a table paragraph with more than ~10,000 '*' (TwentyThousandRows shows that failure), and
            // this input is about size.
            switch (random.Next(40))
            {
                case 0:
                    text.Append("<br/>");
                    break;
                case 1:
                    text.Append('`').Append(DescriptionWords[random.Next(DescriptionWords.Length)]).Append("_id`");
                    break;
                case 2:
                    text.Append("[see the docs](https://example.com/docs/").Append(DescriptionWords[random.Next(DescriptionWords.Length)]).Append(')');
                    break;
                default:
                    text.Append(DescriptionWords[random.Next(DescriptionWords.Length)]);
                    break;
            }
        }

        text.Append('.');
    }

    /// <summary><paramref name="rows"/> distinct fields of every common Type-cell shape, two in seven linking to <see cref="LinkTarget"/>.</summary>
    internal static InMemoryAdditionalText WideTable(int rows)
    {
        var text = new StringBuilder(rows * 80);
        text.Append("# WideTable\n\nA record with very many fields.\n\n## Fields\n\n").Append(FieldsHeader);
        for (var row = 0; row < rows; row++)
        {
            var type = (row % 7) switch
            {
                5 => "[models.Foo](../models/foo.md)",
                6 => "[models.Foo](../models/foo.md)[]",
                _ => PrimitiveType(row),
            };
            text.Append("| `field").Append(Number(row)).Append("` | ").Append(type).Append(" | ")
                .Append(row % 2 == 0 ? Required : Optional).Append(" | Field number ").Append(row).Append(". |\n");
        }

        return Doc("widetable.md", text.ToString());
    }

    internal static InMemoryAdditionalText LinkTarget() =>
        Doc("foo.md", "# Foo\n\n## Fields\n\n" + FieldsHeader + "| `id` | *string* | " + Required + " | N/A |\n");

    /// <summary>
    /// <paramref name="count"/> docs <c>Model0000…</c> (a multiple of five): of every five, three records, one enum and
    /// one union. Records link to docs further on (wrapping round) as a value, a list and a map, and to their enum;
    /// unions pick two records, a string and a list of a third record.
    /// </summary>
    internal static ImmutableArray<InMemoryAdditionalText> LinkedDocs(int count)
    {
        var docs = ImmutableArray.CreateBuilder<InMemoryAdditionalText>(count);
        for (var i = 0; i < count; i++)
        {
            var text = (i % 5) switch
            {
                3 => LinkedEnum(i, count),
                4 => LinkedUnion(i, count),
                _ => LinkedRecord(i, count),
            };
            docs.Add(Doc(LinkedFileName(i, count), text));
        }

        return docs.MoveToImmutable();
    }

    private static string LinkedRecord(int i, int count)
    {
        var enumIndex = i - (i % 5) + 3;
        return new StringBuilder()
            .Append("# ").Append(LinkedTitle(i, count)).Append("\n\nRecord number ").Append(i).Append(" of the linked set.\n\n## Fields\n\n").Append(FieldsHeader)
            .Append("| `id` | *string* | ").Append(Required).Append(" | The id. |\n")
            .Append("| `score` | *number* | ").Append(Optional).Append(" | N/A |\n")
            .Append("| `enabled` | *boolean* | ").Append(Optional).Append(" | Whether it is on. |\n")
            .Append("| `next` | ").Append(LinkedType(i + 1, count)).Append(" | ").Append(Optional).Append(" | The next doc. |\n")
            .Append("| `children` | ").Append(LinkedType(i + 7, count)).Append("[] | ").Append(Optional).Append(" | Docs further on. |\n")
            .Append("| `byName` | Record<string, ").Append(LinkedType(i + 13, count)).Append("> | ").Append(Optional).Append(" | Docs by name. |\n")
            .Append("| `kind` | ").Append(LinkedType(enumIndex, count)).Append(" | ").Append(Required).Append(" | The kind. |\n")
            .ToString();
    }

    private static string LinkedEnum(int i, int count) =>
        "# " + LinkedTitle(i, count) + "\n\n## Values\n\n```typescript\n\"alpha\" | \"beta\" | \"gamma\" | \"kind" + i.ToString(CultureInfo.InvariantCulture) + "\"\n```\n";

    private static string LinkedUnion(int i, int count)
    {
        var text = new StringBuilder().Append("# ").Append(LinkedTitle(i, count)).Append("\n\n## Supported Types\n\n");
        foreach (var variant in new[] { "models." + LinkedTitle(i - 4, count), "models." + LinkedTitle(i - 3, count), "string", "models." + LinkedTitle(i - 2, count) + "[]" })
        {
            text.Append("### `").Append(variant).Append("`\n\n```typescript\nconst value: ").Append(variant).Append(" = \"<value>\";\n```\n\n");
        }

        return text.ToString();
    }

    // Doc i of count, wrapping round at both ends, so every link has a target.
    private static string LinkedTitle(int i, int count) => "Model" + ((i % count + count) % count).ToString("D4", CultureInfo.InvariantCulture);

    private static string LinkedFileName(int i, int count) => LinkedTitle(i, count).ToLowerInvariant() + ".md";

    private static string LinkedType(int i, int count) => "[models." + LinkedTitle(i, count) + "](../models/" + LinkedFileName(i, count) + ")";

    /// <summary>A record with a normal field and a deep one, and a union whose variant heading is as deep.</summary>
    private static ImmutableArray<InMemoryAdditionalText> DeeplyNested(string title, string deepTypeCell, string deepVariantCode) =>
        ImmutableArray.Create(
            Doc(title.ToLowerInvariant() + ".md",
                "# " + title + "\n\n## Fields\n\n" + FieldsHeader
                + "| `id` | *string* | " + Required + " | A normal field beside the deep one. |\n"
                + "| `deep` | " + deepTypeCell + " | " + Required + " | Nested " + NestingDepth.ToString(CultureInfo.InvariantCulture) + " levels deep. |\n"),
            Doc(title.ToLowerInvariant() + "variant.md",
                "# " + title + "Variant\n\n## Supported Types\n\n### `string`\n\n### `" + deepVariantCode + "`\n"));

    private static string NestedRecords(string innermost) =>
        Repeat(string.Empty, "Record<string, ", NestingDepth) + innermost + Repeat(string.Empty, ">", NestingDepth);

    private static string Repeat(string prefix, string unit, int count)
    {
        var text = new StringBuilder(prefix, prefix.Length + unit.Length * count);
        for (var i = 0; i < count; i++)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private static string PrimitiveType(int row) => (row % 5) switch
    {
        0 => "*string*",
        1 => "*number*",
        2 => "*boolean*",
        3 => "*string*[]",
        _ => "Record<string, *any*>",
    };

    private static string Number(int row) => row.ToString("D5", CultureInfo.InvariantCulture);

    private static InMemoryAdditionalText Doc(string fileName, string text) =>
        new(GeneratorInput.DocPath("docs/models/" + fileName), text);
}
