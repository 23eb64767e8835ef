using System.Globalization;
using System.Text;

namespace ModelGen.Parsing;

/// <summary>TypeScript literals as the docs write them, in types and in Example Usage: strings and numbers.</summary>
internal static class TypeScriptLiterals
{
    /// <summary>Undoes the escapes of a JSON/TypeScript string literal (the quotes included in <paramref name="quoted"/>).</summary>
    public static string UnquoteStringLiteral(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 >= quoted.Length - 1)
            {
                builder.Append(c);
                continue;
            }

            var next = quoted[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case '0': builder.Append('\0'); break;
                case 'u' when i + 4 < quoted.Length - 1 && TryParseHex(quoted.Substring(i + 1, 4), out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }

    private static bool TryParseHex(string text, out int value) =>
        int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);

    // Finite only: '1e309' would be a C# constant out of double's range (and .NET Framework and .NET disagree on
    // whether it parses at all).
    public static bool IsNumberLiteral(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || (text[0] == '-' && text.Length > 1 && char.IsDigit(text[1])))
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && !double.IsInfinity(value) && !double.IsNaN(value);
}
