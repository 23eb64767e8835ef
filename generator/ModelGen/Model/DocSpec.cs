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
    SourceSpan TypeSpan);

/// <summary>One value of a <c>## Values</c> block.</summary>
/// <param name="Value">The wire value (string content, or the number's text).</param>
/// <param name="IsNumber">Whether the value is a number rather than a string.</param>
/// <param name="Name">The Name column of the older table spelling, or null.</param>
internal sealed record EnumValueSpec(string Value, bool IsNumber, string? Name);

/// <summary>One <c>###</c> variant of a <c>## Supported Types</c> section.</summary>
/// <param name="Type">The variant's type, parsed from the heading's code span.</param>
/// <param name="Text">The heading text as written (<c>models.Foo[]</c>).</param>
/// <param name="Span">Where the heading is.</param>
internal sealed record VariantSpec(TypeRef Type, string Text, SourceSpan Span);

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
    EquatableArray<string> NullInExample);

/// <summary>A doc's identity and placement, without its text.</summary>
/// <param name="OpenEnums">Whether every enum of this doc is emitted as an open enum (setting <c>modelgen_open_enums</c>).</param>
internal sealed record DocLocation(string Path, string RelativePath, string Namespace, WireNaming Naming, bool OpenEnums);

/// <summary>The result of parsing one file: a spec (null when the file is not a usable model doc) and its diagnostics.</summary>
internal sealed record ParsedDoc(DocLocation Source, DocSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
