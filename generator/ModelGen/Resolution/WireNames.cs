using System.Text;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// The JSON name of a field under a wire naming. Word boundaries: '_', '-', ' ', '.', a lower-case letter or
/// digit followed by an upper-case letter, the last capital of an acronym followed by a lower-case letter, and a
/// number followed by a unit letter, which is a word of its own (<c>itemId</c> → <c>item_id</c>,
/// <c>partialImageB64</c> → <c>partial_image_b64</c>, <c>HTTPServer</c> → <c>http_server</c>, <c>latencyLast30m</c> →
/// <c>latency_last_30m</c>; <c>p50</c> and <c>sha256</c> keep their number).
/// </summary>
internal static class WireNames
{
    public static bool TryParseNaming(string? text, out WireNaming naming)
    {
        switch (text?.Trim().Replace("-", string.Empty).Replace("_", string.Empty).ToLowerInvariant())
        {
            case "aswritten":
            case "none":
                naming = WireNaming.AsWritten;
                return true;
            case "snakecase":
            case "snake":
                naming = WireNaming.SnakeCase;
                return true;
            case "camelcase":
            case "camel":
                naming = WireNaming.CamelCase;
                return true;
            case "kebabcase":
            case "kebab":
                naming = WireNaming.KebabCase;
                return true;
            default:
                naming = WireNaming.AsWritten;
                return false;
        }
    }

    public static string Apply(string name, WireNaming naming) => naming switch
    {
        WireNaming.SnakeCase => Join(name, '_'),
        WireNaming.KebabCase => Join(name, '-'),
        WireNaming.CamelCase => Camel(name),
        _ => name,
    };

    private static string Join(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-' or ' ' or '.')
            {
                AppendSeparator(builder, separator);
                continue;
            }

            if (char.IsDigit(c) && i > 0 && char.IsLetter(name[i - 1]) && !char.IsDigit(name[i - 1]) && IsUnitAfter(name, i))
            {
                // A number with a unit is a word of its own: latencyLast30m → latency_last_30m, ephemeral1hInputTokens →
                // ephemeral_1h_input_tokens. A number without one stays with its word: p50, sha256, b64Json → b64_json.
                AppendSeparator(builder, separator);
            }

            if (char.IsUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)))
                {
                    AppendSeparator(builder, separator);
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // Units of time and size the docs put after a number: '30m', '1h', '5ms', '7d', '4k'.
    private static readonly string[] Units = { "ms", "s", "m", "h", "d", "w", "y", "k" };

    /// <summary>Whether the digit run starting at <paramref name="start"/> is followed by a unit that ends the word.</summary>
    private static bool IsUnitAfter(string name, int start)
    {
        var end = start;
        while (end < name.Length && char.IsDigit(name[end]))
        {
            end++;
        }

        foreach (var unit in Units)
        {
            var after = end + unit.Length;
            if (after <= name.Length
                && string.CompareOrdinal(name, end, unit, 0, unit.Length) == 0
                && (after == name.Length || !char.IsLower(name[after])))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendSeparator(StringBuilder builder, char separator)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != separator)
        {
            builder.Append(separator);
        }
    }

    private static string Camel(string name)
    {
        var words = Join(name, ' ').Split(' ');
        var builder = new StringBuilder(name.Length);
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word.Substring(1));
        }

        return builder.ToString();
    }
}
