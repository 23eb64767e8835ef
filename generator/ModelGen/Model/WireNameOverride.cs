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
