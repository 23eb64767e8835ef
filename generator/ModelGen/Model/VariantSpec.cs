namespace ModelGen.Model;

/// <summary>One <c>###</c> variant of a <c>## Supported Types</c> section.</summary>
/// <param name="Type">The variant's type, parsed from the heading's code span.</param>
/// <param name="Text">The heading text as written (<c>models.Foo[]</c>).</param>
/// <param name="Span">Where the heading is.</param>
internal sealed record VariantSpec(TypeRef Type, string Text, SourceSpan Span);
