namespace ModelGen.Model;

/// <summary>Which of the Speakeasy doc shapes a doc has, decided by its <c>##</c> section.</summary>
internal enum DocKind
{
    /// <summary><c>## Fields</c>: a record.</summary>
    Object,
    /// <summary><c>## Values</c>: an enum, or a constant holder when it has one value.</summary>
    Enum,
    /// <summary><c>## Supported Types</c>: a union of variants.</summary>
    Union,
}

/// <summary>Everything the generator needs from one model doc, with nothing left of Markdig.</summary>
/// <param name="Source">Path, namespace and naming of the doc (its text is dropped to keep comparisons cheap).</param>
/// <param name="Title">The doc's type name as written (H1 or front matter <c>title</c>).</param>
/// <param name="TitleSpan">Where the title is.</param>
/// <param name="Description">Text between the title and the first <c>##</c>, or null.</param>
/// <param name="Kind">Object, enum or union.</param>
/// <param name="SectionSpan">Where the defining <c>##</c> heading is.</param>
/// <param name="Fields">Rows of <c>## Fields</c>.</param>
/// <param name="Values">Values of <c>## Values</c>.</param>
/// <param name="IsOpenEnum">Whether the values end in <c>Unrecognized&lt;…&gt;</c>.</param>
/// <param name="Variants">Variants of <c>## Supported Types</c>.</param>
/// <param name="Example">The TypeScript of <c>## Example Usage</c>, or null.</param>
/// <param name="NullInExample">Keys the example shows as <c>null</c>: evidence that those fields are nullable.</param>
/// <param name="Examples">Every example value the doc shows (see <see cref="ExampleEvidence"/>): evidence for wire names, nullability and discriminators of the types they are values of.</param>
internal sealed record DocSpec(
    DocLocation Source,
    string Title,
    SourceSpan TitleSpan,
    string? Description,
    DocKind Kind,
    SourceSpan SectionSpan,
    EquatableArray<FieldSpec> Fields,
    EquatableArray<EnumValueSpec> Values,
    bool IsOpenEnum,
    EquatableArray<VariantSpec> Variants,
    string? Example,
    EquatableArray<string> NullInExample,
    EquatableArray<ExampleEvidence> Examples)
{
    /// <summary>
    /// Null unless the doc is deprecated (title struck through, or a <c>DEPRECATED</c> warning in the description);
    /// then the warning's text, or empty. An init property, not a parameter, so that adding it touched no constructor call.
    /// </summary>
    public string? Deprecation { get; init; }
}
