using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace ModelGen.Tests.Hostile;

/// <summary>How a fuzz doc was made, which decides what the generator owes it (see <see cref="DocGrammar"/>).</summary>
internal enum DocClass
{
    /// <summary>Built from the format's grammar out of words, hostile fragments and awkward characters.</summary>
    Grammar,

    /// <summary>A real doc with changes a reader would call harmless: its line ends or byte-order mark, a description
    /// line rewritten or lengthened, words added to a Description cell. It must give the same type with the same fields.</summary>
    Harmless,

    /// <summary>A real doc with damage: lines dropped, duplicated or swapped, the doc cut inside a table, characters or
    /// fragments inserted anywhere, a line truncated.</summary>
    Damaged,
}

/// <summary>One fuzz doc as text, with how it was made and, for a real doc, which seed it came from (else -1).</summary>
internal sealed record FuzzDoc(DocClass Class, int Seed, string Text);

/// <summary>
/// CsCheck generators of model docs, one per <see cref="DocClass"/>: docs built from the format's grammar (front matter
/// or <c>#</c> titles, Fields tables with random rows, columns and cells, Values blocks, Supported Types sections);
/// real docs with harmless changes; and real docs with random damage. Every doc is then written with LF, CRLF, CR or
/// mixed line ends, and sometimes a byte-order mark. Words, titles, field names, values, cells and inserted text
/// sometimes carry a <see cref="Marker"/>, which may reach generated code only inside a string literal, a doc comment
/// or a name the docs give.
/// </summary>
internal static class DocGrammar
{
    /// <summary>
    /// The start of every planted marker word (<c>zq9marker</c> and a number): no doc, C# or helper text holds it. One
    /// case and no inner word break, so PascalCase, snake_case and the other namings leave it whole (it is looked for
    /// ignoring case).
    /// </summary>
    public const string Marker = "zq9marker";
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

    private static readonly Gen<string> MarkerWord = Gen.Int[0, 999].Select(n => Marker + n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // A word of the docs' vocabulary, or now and then a marker in its place.
    private static readonly Gen<string> Word = Gen.Frequency((8, Gen.OneOf(Words)), (1, MarkerWord));

    private static readonly Gen<string> Atom = Gen.Frequency(
        (4, Word),
        (3, Gen.OneOf(Fragments)),
        (1, Gen.String[Gen.Char, 0, 6]));

    /// <summary>A few atoms, joined with or without spaces.</summary>
    public static readonly Gen<string> Text = Gen.Select(Atom.Array[0, 6], Gen.Bool, (parts, spaced) => string.Join(spaced ? " " : string.Empty, parts));

    private static readonly Gen<string> Title = Gen.Frequency(
        (6, Gen.OneOf(Words.Concat(new[] { "Foo", "Bar", "Item", "Status", "Event" }).ToArray())),
        (1, MarkerWord),
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
        (6, Word.Select(word => "`" + word + "`")),
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
        (4, Word.Select(word => "\"" + word + "\"")),
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

    // A doc from the format's grammar, as lines (line ends are chosen later).
    private static readonly Gen<List<string>> GrammarDoc = Gen.Select(
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

    /// <summary>A doc of <see cref="DocClass.Grammar"/>.</summary>
    public static readonly Gen<FuzzDoc> Grammar = Written(GrammarDoc.Select(lines => (DocClass.Grammar, -1, lines)));

    /// <summary>A real doc (one of <paramref name="seeds"/>) with one to four random changes (<see cref="DocClass.Damaged"/>).</summary>
    public static Gen<FuzzDoc> Damaged(IReadOnlyList<string> seeds) => Written(Gen.Select(Gen.Int[0, seeds.Count - 1], Mutation.Array[1, 4], (index, mutations) =>
    {
        var lines = SplitLines(seeds[index]);
        foreach (var mutate in mutations)
        {
            mutate(lines);
        }

        return (DocClass.Damaged, index, lines);
    }));

    /// <summary>
    /// A real doc (one of <paramref name="seeds"/>) with up to three harmless edits (<see cref="DocClass.Harmless"/>);
    /// with none, only its line ends and byte-order mark differ. An edit that finds no place for itself does nothing.
    /// </summary>
    public static Gen<FuzzDoc> Harmless(IReadOnlyList<string> seeds) => Written(Gen.Select(Gen.Int[0, seeds.Count - 1], HarmlessEdit.Array[0, 3], (index, edits) =>
    {
        var lines = SplitLines(seeds[index]);
        foreach (var edit in edits)
        {
            edit(lines);
        }

        return (DocClass.Harmless, index, lines);
    }));

    // Plain words around a marker: no markdown, MDX or table syntax, so the doc's structure cannot change.
    private static readonly Gen<string> Prose = Gen.Select(Gen.OneOf("the", "value", "Item", "of", "a", "field", "Status", "now").Array[0, 3], MarkerWord, Gen.Int,
        (words, marker, at) => string.Join(" ", words.Take(Index(at, words.Length + 1)).Append(marker).Concat(words.Skip(Index(at, words.Length + 1)))));

    private static readonly Gen<Action<List<string>>> HarmlessEdit = Gen.Frequency(
        (2, Gen.Select(Gen.Int, Prose, (at, text) => (Action<List<string>>)(lines => EditProse(lines, at, line => line + " " + text)))),
        (1, Gen.Select(Gen.Int, Prose, (at, text) => (Action<List<string>>)(lines => EditProse(lines, at, _ => "Rewritten " + text)))),
        (2, Gen.Select(Gen.Int, Prose, (at, text) => (Action<List<string>>)(lines => EditDescriptionCell(lines, at, text)))));

    // Changes one line of the description (a paragraph line between the title and the first '##', outside front matter
    // and code fences, starting with a letter so it is not a list, quote, table or HTML line).
    private static void EditProse(List<string> lines, int at, Func<string, string> edit)
    {
        var prose = new List<int>();
        var start = 0;
        if (lines.Count > 0 && lines[0] == "---")
        {
            start = lines.FindIndex(1, line => line == "---") + 1;
            if (start == 0)
            {
                return;
            }
        }

        var fenced = false;
        for (var i = start; i < lines.Count && !lines[i].StartsWith("##", StringComparison.Ordinal); i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i].StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
            }
            else if (!fenced && lines[i].Length > 0 && char.IsLetter(lines[i][0]))
            {
                prose.Add(i);
            }
        }

        if (prose.Count > 0)
        {
            var i = prose[Index(at, prose.Count)];
            lines[i] = edit(lines[i]);
        }
    }

    // Puts text at the start of the Description cell of one row of the Fields table. Rows with a backtick past the
    // Field cell are left alone: a pipe inside a code span is a question this edit should not raise.
    private static void EditDescriptionCell(List<string> lines, int at, string text)
    {
        var header = lines.FindIndex(line => line.StartsWith('|') && Cells(line).Contains("Field") && Cells(line).Contains("Description"));
        if (header < 0)
        {
            return;
        }

        var column = Cells(lines[header]).IndexOf("Description");
        var pipes = Pipes(lines[header]).Count;
        var rows = new List<int>();
        for (var i = header + 2; i < lines.Count && lines[i].StartsWith('|'); i++)
        {
            var at2 = Pipes(lines[i]);
            if (at2.Count == pipes && lines[i].IndexOf('`', at2[1]) < 0)
            {
                rows.Add(i);
            }
        }

        if (rows.Count > 0)
        {
            var row = rows[Index(at, rows.Count)];
            var position = Pipes(lines[row])[column] + 1;
            lines[row] = lines[row].Insert(position, " " + text + " ");
        }
    }

    // Positions of the pipes that separate cells (not escaped as \|).
    private static List<int> Pipes(string line) =>
        Enumerable.Range(0, line.Length).Where(i => line[i] == '|' && (i == 0 || line[i - 1] != '\\')).ToList();

    private static List<string> Cells(string line)
    {
        var pipes = Pipes(line);
        return pipes.Zip(pipes.Skip(1), (from, to) => line[(from + 1)..to].Trim()).ToList();
    }

    /// <summary>Lines joined with LF, CRLF, CR or a mix, sometimes after a byte-order mark, sometimes with a trailing line end.</summary>
    private static Gen<FuzzDoc> Written(Gen<(DocClass Class, int Seed, List<string> Lines)> doc) => Gen.Select(doc, Gen.Int[0, 3], Gen.Int.Array[64], Gen.Bool, Gen.Frequency((9, Gen.Const(false)), (1, Gen.Const(true))), (made, style, mix, trailing, bom) =>
    {
        var (kind, seed, lines) = made;
        var builder = new System.Text.StringBuilder(bom ? "\uFEFF" : string.Empty);
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Count - 1 || trailing)
            {
                builder.Append(style < 3 ? LineEnds[style] : LineEnds[Index(mix[i % mix.Length], LineEnds.Length)]);
            }
        }

        return new FuzzDoc(kind, seed, builder.ToString());
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
