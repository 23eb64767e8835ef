using System;
using System.Collections.Generic;
using System.Globalization;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>
/// The docs lose nullability (a nullable field reads just <c>*string*</c>), but an Example Usage that shows
/// <c>field: null</c> is evidence the API sends null there; such fields are made nullable.
/// </summary>
internal static class ExampleNulls
{
    private const string Null = "null";

    // A key longer than this is not a field name the docs write; it is not looked for (and the scan stays linear).
    private const int MaxKeyLength = 201;

    /// <summary>
    /// The keys the example shows with <c>null</c>, sorted and distinct: a key (bare, or quoted either way) then
    /// <c>:</c> then <c>null</c> not followed by more identifier characters, whitespace allowed around the colon.
    /// </summary>
    /// <remarks>
    /// A scan back from each <c>null</c>, not a regular expression: a regex tried at every character of every example
    /// (with backtracking over the alternatives) was a fifth of the parse time of a large corpus.
    /// </remarks>
    public static EquatableArray<string> KeysWithNull(string? example)
    {
        if (example is null)
        {
            return EquatableArray<string>.Empty;
        }

        SortedSet<string>? keys = null;
        for (var at = example.IndexOf(Null, StringComparison.Ordinal); at >= 0; at = example.IndexOf(Null, at + Null.Length, StringComparison.Ordinal))
        {
            var after = at + Null.Length;
            if (after < example.Length && IsIdentifierPart(example[after]))
            {
                continue;
            }

            if (KeyBefore(example, at) is { } key)
            {
                (keys ??= new SortedSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        return keys is null ? EquatableArray<string>.Empty : keys.ToEquatableArray();
    }

    // The key of "key : null" where the null starts at valueStart, or null when what precedes it is not "key :".
    private static string? KeyBefore(string text, int valueStart)
    {
        var colon = SkipWhiteSpaceBack(text, valueStart - 1);
        if (colon < 0 || text[colon] != ':')
        {
            return null;
        }

        var keyEnd = SkipWhiteSpaceBack(text, colon - 1);
        if (keyEnd < 0)
        {
            return null;
        }

        var quote = text[keyEnd];
        if (quote is '"' or '\'')
        {
            // A quoted key: one to MaxKeyLength - 1 characters, none of them the quote or a line end.
            for (var open = keyEnd - 1; open >= 0 && keyEnd - open <= MaxKeyLength; open--)
            {
                var c = text[open];
                if (c == quote)
                {
                    return open < keyEnd - 1 ? text.Substring(open + 1, keyEnd - open - 1) : null;
                }

                if (c is '\r' or '\n')
                {
                    return null;
                }
            }

            return null;
        }

        // A bare key: identifier characters, the first a letter, '_' or '$' (as in JavaScript).
        var start = -1;
        for (var i = keyEnd; i >= 0 && keyEnd - i < MaxKeyLength && IsIdentifierPart(text[i]); i--)
        {
            if (IsIdentifierStart(text[i]))
            {
                start = i;
            }
        }

        return start < 0 ? null : text.Substring(start, keyEnd - start + 1);
    }

    private static int SkipWhiteSpaceBack(string text, int index)
    {
        while (index >= 0 && char.IsWhiteSpace(text[index]))
        {
            index--;
        }

        return index;
    }

    private static bool IsIdentifierStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_' or '$';

    // What .NET's regex \w matches (letters, digits, marks, connectors, the zero-width joiners), and '$'.
    private static bool IsIdentifierPart(char c)
    {
        if (c is '$' or '\u200C' or '\u200D' || char.IsLetterOrDigit(c))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return false;
        }
    }
}
