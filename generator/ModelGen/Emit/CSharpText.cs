using System.Globalization;
using System.Text;

namespace ModelGen.Emit;

/// <summary>
/// The only ways doc text reaches generated code besides identifiers (see Resolution/Identifiers): a C# string
/// literal and an XML doc comment. Both escape everything that could end their context.
/// </summary>
internal static class CSharpText
{
    /// <summary>A quoted C# string literal holding exactly <paramref name="value"/>.</summary>
    public static string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < ' ' || c == '\u007f' || char.IsSurrogate(c) || IsLineSeparator(c) || IsInvisibleFormat(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Writes an XML doc comment element as lines of <c>/// </c> at the writer's indentation. Every C# line break
    /// (<c>\r</c>, <c>\n</c>, <c>\u0085</c>, <c>\u2028</c>, <c>\u2029</c>) starts a new prefixed line, so the text cannot
    /// leave the comment; <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> are escaped so it cannot leave the element. Written
    /// straight into the file's builder: descriptions are a large share of the output, and a string per line and per
    /// escape was a large share of what emitting allocated.
    /// </summary>
    private static bool IsOneLine(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsLineBreak(c))
            {
                return false;
            }
        }

        return true;
    }

    public static void WriteDocComment(SourceWriter writer, string element, string text, bool code = false)
    {
        if (IsOneLine(text))
        {
            // One line of text stays on the element's line: most descriptions are one line, and each line costs the build.
            AppendXmlEscaped(writer.StartLine().Append("/// <").Append(element).Append('>'), text, 0, text.Length)
                .Append("</").Append(element).Append('>');
            writer.EndLine();
            return;
        }

        // A block of code (a multi-line JSON example) keeps its lines, indentation included, inside <code>.
        writer.StartLine().Append("/// <").Append(element).Append(code ? "><code>" : ">");
        writer.EndLine();
        var start = 0;
        for (var i = 0; ; i++)
        {
            if (i < text.Length && !IsLineBreak(text[i]))
            {
                continue;
            }

            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var line = writer.StartLine();
            if (end == start)
            {
                line.Append("///");
            }
            else
            {
                AppendXmlEscaped(line.Append("/// "), text, start, end);
            }

            writer.EndLine();
            if (i == text.Length)
            {
                break;
            }

            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        writer.StartLine().Append(code ? "/// </code></" : "/// </").Append(element).Append('>');
        writer.EndLine();
    }

    /// <summary>
    /// A multi-line JSON example indented by its nesting, two spaces a level (the docs' Example cells put each value on
    /// a line of its own, with no indentation); other text as it is. Brackets inside strings do not count.
    /// </summary>
    public static string IndentJson(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || (trimmed[0] != '{' && trimmed[0] != '[') || !HasLineBreak(trimmed))
        {
            return text;
        }

        var builder = new StringBuilder(trimmed.Length + (trimmed.Length / 4));
        var depth = 0;
        var inString = false;
        var start = 0;
        for (var i = 0; i <= trimmed.Length; i++)
        {
            if (i < trimmed.Length && !IsLineBreak(trimmed[i]))
            {
                continue;
            }

            var line = trimmed.Substring(start, i - start).Trim();
            var lineDepth = !inString && line.Length > 0 && line[0] is '}' or ']' ? depth - 1 : depth;
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(' ', inString ? 0 : 2 * System.Math.Max(0, lineDepth)).Append(line);
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                if (inString)
                {
                    if (c == '\\')
                    {
                        j++;
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (c == '"')
                {
                    inString = true;
                }
                else if (c is '{' or '[')
                {
                    depth++;
                }
                else if (c is '}' or ']')
                {
                    depth--;
                }
            }

            if (i < trimmed.Length && trimmed[i] == '\r' && i + 1 < trimmed.Length && trimmed[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return builder.ToString();
    }

    private static bool HasLineBreak(string text)
    {
        foreach (var c in text)
        {
            if (IsLineBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    public static string XmlEscape(string text) => AppendXmlEscaped(new StringBuilder(text.Length), text, 0, text.Length).ToString();

    /// <summary>Appends <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) escaped for XML doc comment text.</summary>
    public static StringBuilder AppendXmlEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                    {
                        // Not an XML character, not even as a character reference: spelled out as text.
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else if (c < ' ' || c == '\u007f' || IsLineSeparator(c) || IsInvisibleFormat(c))
                    {
                        // A C# line break (it would end the /// comment) or invisible in review: a visible reference.
                        builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\n' || IsLineSeparator(c);

    private static bool IsLineSeparator(char c) => c is '\u0085' or '\u2028' or '\u2029';

    // Bidirectional controls and zero-width characters: legal, but they make reviewed code read differently than it compiles.
    private static bool IsInvisibleFormat(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\uFEFF';
}
