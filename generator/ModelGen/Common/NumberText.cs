using System.Globalization;

namespace ModelGen.Common;

/// <summary>Numbers as docs spell them in TypeScript (<c>1.</c>, <c>1e3</c>, <c>007</c>) and as one value is spelled everywhere else.</summary>
internal static class NumberText
{
    /// <summary>
    /// The shortest text that round-trips the value: equal values get equal text (<c>1e3</c> and <c>1000</c> are one
    /// enum value), and the text is a valid C# literal. Only for text that IsNumberLiteral accepted (finite).
    /// </summary>
    public static string Canonical(string number) =>
        double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
}
