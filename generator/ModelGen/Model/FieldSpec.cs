namespace ModelGen.Model;

/// <summary>One row of a <c>## Fields</c> table.</summary>
/// <param name="Name">The field name as written (<c>itemId</c>).</param>
/// <param name="Type">The type cell, parsed.</param>
/// <param name="Required">Whether the Required cell holds <c>:heavy_check_mark:</c>.</param>
/// <param name="Description">The description cell as plain text, null for <c>N/A</c> or empty.</param>
/// <param name="Example">The Example cell as plain text, null when absent or empty.</param>
/// <param name="NameSpan">Where the Field cell is.</param>
/// <param name="TypeSpan">Where the Type cell is (unresolved links are reported here).</param>
internal sealed record FieldSpec(
    string Name,
    TypeRef Type,
    bool Required,
    string? Description,
    string? Example,
    SourceSpan NameSpan,
    SourceSpan TypeSpan)
{
    /// <summary>Null unless the field is deprecated (name struck through, or a <c>DEPRECATED</c> warning in its Description cell); then the warning's text, or empty.</summary>
    public string? Deprecation { get; init; }
}
