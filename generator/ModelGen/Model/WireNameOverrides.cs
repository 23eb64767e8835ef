using System;

namespace ModelGen.Model;

/// <summary>One line of a wire-name override file: the JSON name pinned for a field.</summary>
/// <param name="TypeName">The generated type's C# name, or <c>*</c> for any type.</param>
/// <param name="FieldName">The field as the doc writes it.</param>
/// <param name="WireName">The JSON name to use.</param>
/// <param name="Path">The override file, for diagnostics.</param>
/// <param name="Span">The line, for diagnostics.</param>
internal sealed record WireNameOverride(string TypeName, string FieldName, string WireName, string Path, SourceSpan Span)
{
    public const string AnyType = "*";

    public string Key => TypeName + "." + FieldName;
}

/// <summary>Every override of the project (all override files, in path and line order), and what could not be read.</summary>
internal sealed record WireNameOverrides(EquatableArray<WireNameOverride> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly WireNameOverrides None = new(EquatableArray<WireNameOverride>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The pinned JSON name of <paramref name="fieldName"/> of <paramref name="typeName"/>: a type's own entry wins over <c>*</c>.</summary>
    public WireNameOverride? Find(string typeName, string fieldName)
    {
        WireNameOverride? any = null;
        foreach (var entry in Entries)
        {
            if (!string.Equals(entry.FieldName, fieldName, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(entry.TypeName, typeName, StringComparison.Ordinal))
            {
                return entry;
            }

            if (entry.TypeName == WireNameOverride.AnyType)
            {
                any ??= entry;
            }
        }

        return any;
    }
}
