using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelGen.Resolution;

/// <summary>
/// Turns doc text into C# identifiers. The rules (README "Names"): words are runs of letters and digits;
/// each word's first letter is upper-cased and the rest kept; a name that starts with a digit gets a leading
/// '_'; a keyword gets '@'. A name with no letter or digit has no identifier (the caller reports MG0008).
/// </summary>
internal static class Identifiers
{
    public static string ToPascalCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!IsIdentifierPart(c))
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        return Finish(builder);
    }

    /// <summary>A namespace from dotted or slashed segments, each PascalCased; empty segments dropped.</summary>
    public static string ToNamespace(string text)
    {
        var builder = new StringBuilder();
        foreach (var segment in text.Split('.', '/', '\\'))
        {
            var name = ToPascalCase(segment);
            if (name.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(name);
        }

        return builder.ToString();
    }

    private static string Finish(StringBuilder builder)
    {
        if (builder.Length == 0)
        {
            return string.Empty;
        }

        if (char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return EscapeKeyword(builder.ToString());
    }

    /// <summary>Prefixes '@' to a C# keyword so it can be used as an identifier.</summary>
    public static string EscapeKeyword(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || (SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None && IsAlwaysReserved(name))
            ? "@" + name
            : name;

    // Contextual keywords are valid member names; only these would change meaning in a declaration.
    private static bool IsAlwaysReserved(string name) => name is "var" or "dynamic" or "_";

    // Letters and decimal digits only: underscores, combining marks and formatting characters are separators, so an
    // identifier never carries invisible or direction-changing characters from a doc.
    private static bool IsIdentifierPart(char c) => char.IsLetter(c) || char.IsDigit(c);
}
