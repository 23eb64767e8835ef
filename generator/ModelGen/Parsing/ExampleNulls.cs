using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>
/// The docs lose nullability (a nullable field reads just <c>*string*</c>), but an Example Usage that shows
/// <c>field: null</c> is evidence the API sends null there; such fields are made nullable.
/// </summary>
internal static class ExampleNulls
{
    // A key (bare, or quoted either way) followed by ': null' not followed by more identifier characters.
    private static readonly Regex KeyWithNull = new(
        @"(?:""(?<key>[^""\r\n]{1,200})""|'(?<key>[^'\r\n]{1,200})'|(?<key>[A-Za-z_$][\w$]{0,200}))\s*:\s*null(?![\w$])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        TimeSpan.FromSeconds(1));

    /// <summary>The keys the example shows with <c>null</c>, sorted and distinct.</summary>
    public static EquatableArray<string> KeysWithNull(string? example)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        if (example is null || example.IndexOf("null", StringComparison.Ordinal) < 0)
        {
            return keys.ToEquatableArray();
        }

        try
        {
            foreach (Match match in KeyWithNull.Matches(example))
            {
                keys.Add(match.Groups["key"].Value);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Evidence only: a pathological example leaves the fields as the table says.
        }

        return keys.ToEquatableArray();
    }
}
