using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelGen.Tests.Corpus;

/// <summary>
/// A doc's <c>## Fields</c> rows read test-side, apart from the generator's parser, so the round-trip test can name a
/// value's path as the doc does and know what Type cell a property came from.
/// </summary>
/// <param name="Name">The field name as the doc writes it (the backticked Field cell).</param>
/// <param name="Type">The Type cell, as written (<c>*any*</c>, <c>[models.Foo](../models/foo.mdx)[]</c>, …).</param>
/// <param name="Example">The Example cell with the markdown escapes undone (<c>\{</c>, <c>&lt;br/&gt;</c>), or null when the table has none.</param>
/// <param name="Line">The 1-based line of the row.</param>
internal sealed record DocField(string Name, string Type, string? Example, int Line)
{
    private static readonly Regex Any = new(@"\*any\*", RegexOptions.CultureInvariant);

    /// <summary>Whether the Type cell says <c>any</c> somewhere (<c>*any*</c>, <c>Record&lt;string, *any*&gt;</c>): where a JsonElement is what the doc asks for.</summary>
    public bool MentionsAny => Any.IsMatch(Type);

    /// <summary>The fields of a doc's first table under <c>## Fields</c>, by <see cref="Normalize"/>d name; empty when there is none.</summary>
    public static IReadOnlyDictionary<string, DocField> In(string docText)
    {
        var fields = new Dictionary<string, DocField>(StringComparer.Ordinal);
        var lines = docText.Split('\n');
        var inFields = false;
        int name = -1, type = -1, example = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (inFields && fields.Count > 0)
                {
                    break;
                }

                inFields = line.Trim() == "## Fields";
                continue;
            }

            if (!inFields || !line.StartsWith('|'))
            {
                continue;
            }

            var cells = Cells(line);
            if (name < 0)
            {
                name = cells.FindIndex(c => c == "Field");
                type = cells.FindIndex(c => c == "Type");
                example = cells.FindIndex(c => c == "Example");
                continue;
            }

            if (cells.Count <= Math.Max(name, type) || !cells[name].StartsWith('`'))
            {
                continue; // the delimiter row
            }

            var field = cells[name].Trim('`');
            var value = example >= 0 && example < cells.Count ? Unescape(cells[example]) : null;
            fields.TryAdd(Normalize(field), new DocField(field, cells[type], value, i + 1));
        }

        return fields;
    }

    /// <summary>A name with <c>_</c> and <c>-</c> removed, lower-cased: equal for a field and its wire name under every naming rule.</summary>
    public static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Cells split at <c>|</c> not escaped as <c>\|</c>, trimmed.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                cell.Append("\\|");
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return cells;
    }

    /// <summary>The cell as the text it shows: <c>&lt;br/&gt;</c> a line break, a backslash before punctuation dropped (mdx escapes <c>{</c>, <c>&lt;</c>, <c>|</c>).</summary>
    private static string Unescape(string cell)
    {
        var text = cell.Replace("<br/>", "\n", StringComparison.Ordinal);
        return Regex.Replace(text, @"\\([{}<>|\[\]*_`])", "$1", RegexOptions.CultureInvariant);
    }
}
