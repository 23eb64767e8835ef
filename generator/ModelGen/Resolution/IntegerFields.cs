using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// Which <c>*number*</c> fields are integers. The docs write every JSON number as <c>number</c>; the OpenAPI type
/// (integer or number) is lost. A field becomes <c>int</c> (or <c>long</c>) only when two kinds of evidence agree:
/// its name ends in a word that counts or positions things (<see cref="KindOf"/>), and the examples of the whole
/// doc set show it with an integer at least once and never with a fraction. An integral example alone is weak
/// evidence (<c>samplingRate: 1</c>, <c>limitUsd: 100</c> are fractional fields), and one fraction anywhere (a
/// benchmark's <c>codingIndex: 57.3</c>, or a spec that types <c>index</c> as number) keeps the field a double.
/// </summary>
internal static class IntegerFields
{
    /// <summary>
    /// The integer type a field of this name would be, or null for a name that says nothing: positions and counts
    /// (<c>index</c>, <c>count</c>, <c>tokens</c>, <c>number</c> as the last word) are <c>int</c>, which indexes a
    /// list; a creation time in seconds (<c>created</c>) and a <c>seed</c> are <c>long</c>, since they outgrow
    /// <c>int</c> (2038, 64-bit seeds).
    /// </summary>
    public static ValueCodec? KindOf(string name)
    {
        var word = LastWord(name);
        if (Is(word, "index") || Is(word, "count") || Is(word, "tokens") || Is(word, "number"))
        {
            return ValueCodec.Int32;
        }

        return Is(word, "seed") || (word.Length == name.Length && Is(word, "created")) ? ValueCodec.Int64 : null;
    }

    /// <summary>The codec of a <c>*number*</c> field: an integer when its name and the doc set's examples agree; else null (a double).</summary>
    public static ValueCodec? CodecFor(string name, TypeIndex index)
    {
        if (KindOf(name) is not { } kind)
        {
            return null;
        }

        var (integer, large, fraction) = index.NumbersSeenFor(name);
        if (fraction || index.NumbersSeenFor(Stem(name)).Fraction || !(integer || large))
        {
            return null;
        }

        return large ? ValueCodec.Int64 : kind;
    }

    /// <summary>
    /// The numbers a doc's examples show for keys that <see cref="KindOf"/> names: <c>key: 12</c> in its Example Usage
    /// (any depth; a list's elements are not looked at), and Example cells that hold just a number. Sorted, distinct.
    /// </summary>
    public static EquatableArray<NumberEvidence> EvidenceOf(DocSpec spec)
    {
        SortedSet<(string, NumberSeen)>? found = null;
        if (spec.Example is { } example)
        {
            for (var colon = example.IndexOf(':'); colon >= 0; colon = example.IndexOf(':', colon + 1))
            {
                if (KeyBefore(example, colon) is { } key && KindOf(key) is not null && NumberAt(example, colon + 1) is { } seen)
                {
                    Add(ref found, key, seen);
                }
            }
        }

        foreach (var field in spec.Fields)
        {
            if (field.Example is { } cell && KindOf(field.Name) is not null && NumberAt(cell, 0) is { } seen && IsOnlyNumber(cell))
            {
                Add(ref found, field.Name, seen);
            }
        }

        if (found is null)
        {
            return EquatableArray<NumberEvidence>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<NumberEvidence>(found.Count);
        foreach (var (key, seen) in found)
        {
            builder.Add(new NumberEvidence(key, seen));
        }

        return builder.MoveToImmutable().ToEquatableArray();
    }

    // A fraction counts against every key that ends in the same two words too: a benchmark's codingIndex: 57.3 makes
    // minCodingIndex (a filter on it) a double, whatever its own examples show.
    private static void Add(ref SortedSet<(string, NumberSeen)>? found, string key, NumberSeen seen)
    {
        found ??= new SortedSet<(string, NumberSeen)>();
        found.Add((key, seen));
        if (seen == NumberSeen.Fraction)
        {
            found.Add((Stem(key), seen));
        }
    }

    // The last two words, lower-cased, marked so that no field name equals it: minCodingIndex → ~codingindex.
    private static string Stem(string name)
    {
        var last = LastWord(name);
        var rest = name.Substring(0, name.Length - last.Length).TrimEnd('_', '-');
        return "~" + (LastWord(rest) + last).ToLowerInvariant();
    }

    private static bool Is(string word, string expected) => string.Equals(word, expected, StringComparison.OrdinalIgnoreCase);

    // The last word of camelCase, PascalCase, snake_case or kebab-case: outputIndex → Index, total_tokens → tokens.
    private static string LastWord(string name)
    {
        var end = name.Length;
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(name[start - 1]))
        {
            start--;
            if (char.IsUpper(name[start]))
            {
                break;
            }
        }

        return name.Substring(start, end - start);
    }

    // The identifier (bare or quoted) right before the colon at 'colon', or null.
    private static string? KeyBefore(string text, int colon)
    {
        var end = colon;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var quoted = end > 0 && text[end - 1] is '"' or '\'';
        if (quoted)
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '$'))
        {
            start--;
        }

        if (start == end || (quoted && (start == 0 || text[start - 1] != text[end])))
        {
            return null;
        }

        return text.Substring(start, end - start);
    }

    // The kind of the JSON-style number that starts at 'at' (after spaces), or null when none does.
    private static NumberSeen? NumberAt(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        var start = i;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        var digits = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == digits)
        {
            return null;
        }

        var integerEnd = i;
        var fraction = false;
        if (i + 1 < text.Length && text[i] == '.' && text[i + 1] is >= '0' and <= '9')
        {
            fraction = true;
            for (i++; i < text.Length && text[i] is >= '0' and <= '9'; i++)
            {
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            fraction = true;
            i++;
        }

        if (i < text.Length && (char.IsLetter(text[i]) || text[i] is '_' or '"' or '\''))
        {
            return null;
        }

        if (fraction)
        {
            return NumberSeen.Fraction;
        }

        return int.TryParse(text.Substring(start, integerEnd - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? NumberSeen.Integer
            : NumberSeen.LargeInteger;
    }

    private static bool IsOnlyNumber(string cell)
    {
        foreach (var c in cell.Trim())
        {
            if (!(c is >= '0' and <= '9' or '-' or '.' or 'e' or 'E' or '+'))
            {
                return false;
            }
        }

        return true;
    }
}
