using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace ModelGen.Tests.Hostile;

/// <summary>
/// CsCheck generators of model docs: docs built from the format's grammar (front matter or <c>#</c> titles, Fields
/// tables with random rows, columns and cells, Values blocks, Supported Types sections) out of words, hostile
/// fragments and awkward characters; and real docs with random damage (lines dropped, duplicated, swapped, a table cut
/// in half, unbalanced backticks and brackets). Every doc is then written with LF, CRLF, CR or mixed line ends, and
/// sometimes a byte-order mark.
/// </summary>
internal static class DocGrammar
{
    /// <summary>File names docs are given, so that links between them sometimes resolve.</summary>
    public static readonly string[] FileNames = { "foo", "bar", "item", "event", "models", "status" };

    private static readonly string[] Words =
    {
        "id", "type", "item", "Foo", "Bar", "value", "status", "models.Foo", "models.Bar", "response", "a", "b", "text",
        "N/A", "null", "true", "42", "-1", "1e309", "0.5", "created_at", "itemId", "x-request-id", "$ref", "@type",
    };

    private static readonly string[] Fragments =
    {
        "</summary>", "<summary>", "*/", "/*", "//", "#error x", "#pragma warning disable", "#if X", "#region", "\"", "\\", "{", "}",
        "{}", "`", "``", "|", "\\|", "[", "]", "(", ")", "<br/>", "<br>", "<", ">", "&", "&amp;", "&#x0;", "&bogus;", "*", "**",
        "_", "~~", ":heavy_check_mark:", ":heavy_minus_sign:", "\t", "\u00A0", "\u200B", "\u200D", "\u200F", "\u202E", "\u2066",
        "\uFEFF", "\u0085", "\u2028", "\u2029", "\U0001F680", "\uD800", "\uDFFF", "\0", "\u0001", "\u007F", "\uFFFF", "class",
        "global", "System", "Object", "Type", "string", "default", "---", "###", "#", "> ", "- ", "1. ", "```", "~~~", "<!--",
        "-->", "<div>", "\"a\" | \"b\"", "Record<", "Array<", "[]", ">>", "\\<", "\\{", "é", "ß", "İ", "Ǆ", "٣", "ⅷ", "\u0301",
    };

    private static readonly string[] LineEnds = { "\n", "\r\n", "\r" };

    private static readonly Gen<string> Atom = Gen.Frequency(
        (4, Gen.OneOf(Words)),
        (3, Gen.OneOf(Fragments)),
        (1, Gen.String[Gen.Char, 0, 6]));

    /// <summary>A few atoms, joined with or without spaces.</summary>
    public static readonly Gen<string> Text = Gen.Select(Atom.Array[0, 6], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : string.Empty, parts));

    private static readonly Gen<string> Title = Gen.Frequency(
        (6, Gen.OneOf(Words.Concat(new[] { "Foo", "Bar", "Item", "Status", "Event" }).ToArray())),
        (3, Text),
        (1, Gen.Const(string.Empty)));

    private static readonly Gen<string> Primitive = Gen.OneOf(
        "*string*", "*number*", "*boolean*", "*any*", "*\"a\"*", "*\"a\\\"b\"*", "*42*", "*true*", "*models.Foo*",
        "[models.Foo](../models/foo.md)", "[models.Bar](bar.md)", "[models.Missing](missing.md)",
        "[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)", "*Date*", "*Blob*");

    /// <summary>A Type cell: primitives and links, arrays, records, unions and junk, nested.</summary>
    public static readonly Gen<string> TypeCell = Gen.Recursive<string>((depth, self) => depth >= 4
        ? Primitive
        : Gen.Frequency(
            (5, Primitive),
            (2, self.Select(type => type + "[]")),
            (1, self.Select(type => "Array<" + type + ">")),
            (2, self.Select(type => "Record<string, " + type + ">")),
            (2, Gen.Select(self, self, (a, b) => a + " \\| " + b)),
            (1, Text)));

    private static readonly Gen<string> RequiredCell = Gen.Frequency(
        (5, Gen.OneOf(":heavy_check_mark:", ":heavy_minus_sign:")),
        (1, Text));

    private static readonly Gen<string> FieldCell = Gen.Frequency(
        (6, Gen.OneOf(Words).Select(word => "`" + word + "`")),
        (2, Text.Select(text => "`" + text + "`")),
        (1, Text));

    private static readonly Gen<string[]> Header = Gen.Frequency(
        (6, Gen.Const(new[] { "Field", "Type", "Required", "Description" })),
        (3, Gen.Const(new[] { "Field", "Type", "Required", "Description", "Example" })),
        (1, Gen.OneOf("Field", "Type", "Required", "Description", "Example", "Name").Array[0, 6]));

    private static readonly Gen<string[]> FieldsRow = Gen.Frequency(
        (6, Gen.Select(FieldCell, TypeCell, RequiredCell, Text, Text, (field, type, required, description, example) => new[] { field, type, required, description, example })),
        (1, Text.Array[0, 7]));

    private static readonly Gen<List<string>> FieldsSection = Gen.Select(Header, FieldsRow.Array[0, 8], Gen.Bool, (header, rows, aligned) =>
    {
        var lines = new List<string> { "## Fields", string.Empty, Row(header), Row(header.Select(_ => aligned ? ":---" : "-----")) };
        foreach (var row in rows)
        {
            // Rows are cut to the header's width most of the time; the rest keep their own width (MG0003).
            lines.Add(Row(row.Length > header.Length && row.Length == 5 ? row.Take(header.Length).ToArray() : row));
        }

        return lines;
    });

    private static readonly Gen<string> EnumValue = Gen.Frequency(
        (4, Gen.OneOf(Words).Select(word => "\"" + word + "\"")),
        (2, Text.Select(text => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")),
        (2, Gen.OneOf("1", "2", "-3", "0.5", "1e3", "9007199254740993", "Unrecognized<string>")),
        (1, Text));

    private static readonly Gen<List<string>> ValuesSection = Gen.Select(EnumValue.Array[0, 6], Gen.Bool, (values, fenced) =>
    {
        var lines = new List<string> { "## Values", string.Empty };
        if (fenced)
        {
            lines.Add("```typescript");
            lines.Add(string.Join(" | ", values));
            lines.Add("```");
        }
        else
        {
            lines.AddRange(values.Select(value => "- `" + value + "`"));
        }

        return lines;
    });

    private static readonly Gen<List<string>> SupportedTypesSection = Gen.Select(Gen.Select(TypeCell, Text).Array[0, 4], variants =>
    {
        var lines = new List<string> { "## Supported Types", string.Empty };
        foreach (var (type, example) in variants)
        {
            lines.Add("### `" + type.Replace("*", string.Empty) + "`");
            lines.Add(string.Empty);
            lines.Add("```typescript");
            lines.Add("const value: " + type.Replace("*", string.Empty) + " = " + example + ";");
            lines.Add("```");
            lines.Add(string.Empty);
        }

        return lines;
    });

    /// <summary>A doc from the format's grammar, as lines (line ends are chosen later).</summary>
    public static readonly Gen<List<string>> GrammarDoc = Gen.Select(
        Gen.Frequency((9, Gen.Const(0)), (9, Gen.Const(1)), (2, Gen.Const(2))),
        Title,
        Text.Array[0, 3],
        Gen.Frequency((5, FieldsSection), (2, ValuesSection), (2, SupportedTypesSection), (1, Gen.Const(new List<string> { "## Nothing" }))),
        Gen.Bool,
        Gen.Bool,
        (titleStyle, title, description, section, withExample, exampleFirst) =>
        {
            var lines = new List<string>();
            switch (titleStyle)
            {
                case 0:
                    lines.Add("# " + title);
                    break;
                case 1:
                    lines.AddRange(new[] { "---", "title: \"" + title.Replace("\"", "\\\"") + "\"", "---" });
                    break;
            }

            lines.Add(string.Empty);
            lines.AddRange(description);
            lines.Add(string.Empty);
            if (withExample && exampleFirst)
            {
                lines.AddRange(ExampleSectionLines());
            }

            lines.AddRange(section);
            if (withExample && !exampleFirst)
            {
                lines.AddRange(ExampleSectionLines());
            }

            return lines;
        });

    /// <summary>One random change to a doc's lines.</summary>
    private static readonly Gen<Action<List<string>>> Mutation = Gen.Frequency(
        (3, Gen.Int.Select(at => (Action<List<string>>)(lines => { if (lines.Count > 0) lines.RemoveAt(Index(at, lines.Count)); }))),
        (2, Gen.Int.Select(at => (Action<List<string>>)(lines => { if (lines.Count > 0) { var i = Index(at, lines.Count); lines.Insert(i, lines[i]); } }))),
        (2, Gen.Select(Gen.Int, Gen.Int, (a, b) => (Action<List<string>>)(lines =>
        {
            if (lines.Count > 1)
            {
                var i = Index(a, lines.Count);
                var j = Index(b, lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
            }
        }))),
        (2, Gen.Int.Select(at => (Action<List<string>>)(lines => CutTable(lines, at)))),
        (3, Gen.Select(Gen.Int, Gen.Int, Gen.OneOf("`", "``", "[", "]", "(", "<", "*", "|", "\\", "```", "~~~", "<!--", "{"), (line, column, text) =>
            (Action<List<string>>)(lines => InsertAt(lines, line, column, text)))),
        (2, Gen.Select(Gen.Int, Gen.Int, Text, (line, column, text) => (Action<List<string>>)(lines => InsertAt(lines, line, column, text)))),
        (1, Gen.Select(Gen.Int, Gen.Int[1, 30], (at, length) => (Action<List<string>>)(lines =>
        {
            if (lines.Count > 0)
            {
                var i = Index(at, lines.Count);
                lines[i] = lines[i].Substring(0, Math.Min(lines[i].Length, length));
            }
        }))));

    /// <summary>A real doc (one of <paramref name="seeds"/>) with one to four random changes.</summary>
    public static Gen<List<string>> MutatedDoc(IReadOnlyList<string> seeds) => Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Array[1, 4], (index, mutations) =>
    {
        var lines = SplitLines(seeds[index]);
        foreach (var mutate in mutations)
        {
            mutate(lines);
        }

        return lines;
    });

    /// <summary>Lines joined with LF, CRLF, CR or a mix, sometimes after a byte-order mark, sometimes with a trailing line end.</summary>
    public static Gen<string> Written(Gen<List<string>> doc) => Gen.Select(doc, Gen.Int[0, 3], Gen.Int.Array[64], Gen.Bool, Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true))), (lines, style, mix, trailing, bom) =>
    {
        var builder = new System.Text.StringBuilder(bom ? "\uFEFF" : string.Empty);
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Count - 1 || trailing)
            {
                builder.Append(style < 3 ? LineEnds[style] : LineEnds[Index(mix[i % mix.Length], LineEnds.Length)]);
            }
        }

        return builder.ToString();
    });

    public static List<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').ToList();

    private static IEnumerable<string> ExampleSectionLines() =>
        new[] { "## Example Usage", string.Empty, "```typescript", "let value: Foo = {", "  id: \"<value>\",", "};", "```", string.Empty };

    private static string Row(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    private static int Index(int random, int count) => (int)((uint)random % (uint)count);

    // Cuts the doc inside its first table (or at a random line when it has none): the rest of the doc is gone.
    private static void CutTable(List<string> lines, int at)
    {
        var table = lines.FindIndex(line => line.StartsWith('|'));
        var end = table >= 0 ? lines.FindIndex(table, line => !line.StartsWith('|')) : -1;
        if (end < 0)
        {
            end = lines.Count;
        }

        var cut = table >= 0 ? table + Index(at, Math.Max(1, end - table)) : Index(at, Math.Max(1, lines.Count));
        var line = lines.Count > cut ? lines[cut] : string.Empty;
        lines.RemoveRange(cut, lines.Count - cut);
        lines.Add(line.Substring(0, line.Length / 2));
    }

    private static void InsertAt(List<string> lines, int line, int column, string text)
    {
        if (lines.Count == 0)
        {
            lines.Add(text);
            return;
        }

        var i = Index(line, lines.Count);
        var position = Index(column, lines[i].Length + 1);
        lines[i] = lines[i].Insert(position, text);
    }
}
