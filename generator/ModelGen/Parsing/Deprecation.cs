using System;
using System.Text;

namespace ModelGen.Parsing;

/// <summary>
/// How the docs mark a doc or a field deprecated, and the text they give for it. Speakeasy strikes the name through
/// (<c># ~~RateLimit~~</c>, <c>title: "~~RateLimit~~"</c>, <c>| ~~`rateLimit`~~ |</c>) and starts a line of the
/// description with a warning: <c>&gt; :warning: **DEPRECATED**: …</c> under a title, <c>: warning: ** DEPRECATED **: …</c>
/// in a Description cell. Either mark makes the type or property <c>[Obsolete]</c>; the text after the warning is the
/// message.
/// </summary>
internal static class Deprecation
{
    private const string Marker = "DEPRECATED";

    /// <summary>Whether a name is struck through: <c>~~name~~</c>, spaces around it allowed.</summary>
    public static bool IsStruckThrough(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length >= 4 && trimmed.StartsWith("~~", StringComparison.Ordinal) && trimmed.EndsWith("~~", StringComparison.Ordinal);
    }

    /// <summary>
    /// The deprecation text of a description (plain text, line breaks as <c>\n</c>): what follows the first line that
    /// starts with the warning, to the end, on one line; empty when the warning says nothing more; null without one.
    /// </summary>
    public static string? MessageIn(string? description)
    {
        if (description is null)
        {
            return null;
        }

        for (var lineStart = 0; lineStart < description.Length;)
        {
            var end = AfterMarker(description, lineStart);
            if (end >= 0)
            {
                return OneLine(description, end);
            }

            var next = description.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }

            lineStart = next + 1;
        }

        return null;
    }

    /// <summary>The message of a struck-through name or a description with a warning; null when neither marks it.</summary>
    public static string? Of(bool struckThrough, string? description) => MessageIn(description) ?? (struckThrough ? string.Empty : null);

    // Where the text after "[> ][:warning: | ⚠️][**]DEPRECATED[**][:]" at the line start begins, or -1.
    private static int AfterMarker(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '>' or ':' or '*' or '_' or '\u26A0' or '\uFE0F')
            {
                i++;
            }
            else if (string.Compare(text, i, "warning", 0, "warning".Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                i += "warning".Length;
            }
            else
            {
                break;
            }
        }

        if (string.CompareOrdinal(text, i, Marker, 0, Marker.Length) != 0)
        {
            return -1;
        }

        i += Marker.Length;
        if (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            return -1;
        }

        while (i < text.Length && text[i] is ' ' or '\t' or '*' or '_')
        {
            i++;
        }

        return i < text.Length && text[i] == ':' ? i + 1 : i;
    }

    // Whitespace runs (line breaks included) as one space: an [Obsolete] message is shown on one line.
    private static string OneLine(string text, int start)
    {
        var builder = new StringBuilder(text.Length - start);
        var space = false;
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
