using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>A record property.</summary>
/// <param name="Name">C# name.</param>
/// <param name="WireName">JSON name (unescaped).</param>
/// <param name="Type">The C# type, <c>global::</c>-qualified, with <c>?</c> when optional.</param>
/// <param name="IsRequired">Whether the doc marks the field required.</param>
/// <param name="IsNullable">Whether the property holds null: the field is optional, or the doc's example shows null for it.</param>
/// <param name="Codec">How the (non-null) value is read and written.</param>
/// <param name="ConstantName">For a single-value field: the name of the constant holding it.</param>
/// <param name="ConstantValue">For a single-value field: the value.</param>
/// <param name="Description">Doc text, unescaped.</param>
/// <param name="Example">Example cell text, unescaped.</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    string Type,
    bool IsRequired,
    bool IsNullable,
    ValueCodec Codec,
    string? ConstantName,
    string? ConstantValue,
    string? Description,
    string? Example)
{
    /// <summary>Whether the C# type is a reference type (needs an initializer when not <c>required</c>).</summary>
    public bool IsReferenceType => Codec.IsReferenceType;

    /// <summary>Null unless the field is deprecated: then the <c>[Obsolete]</c> message (empty for none).</summary>
    public string? Deprecation { get; init; }
}
