using System;

namespace ModelGen.Model;

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
