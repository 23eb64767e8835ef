using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>One variant of a union.</summary>
/// <param name="Name">C# name used in member names (<c>IsX</c>, <c>TryGetX</c>, <c>FromX</c>).</param>
/// <param name="ParameterName">camelCase name for <c>Match</c>/<c>Switch</c> parameters (keyword-escaped).</param>
/// <param name="Codec">C# type and how it is read and written.</param>
/// <param name="Shape">How it appears in JSON.</param>
/// <param name="AllowsImplicitConversion">
/// Whether the union converts implicitly from what a user writes for this variant: its type, or for a list <c>T[]</c>
/// and <c>List&lt;T&gt;</c>. False where C# forbids it (interfaces) or an earlier variant (or the union) has the type.
/// </param>
/// <param name="DiscriminatorValues">Values of the discriminator that select this variant.</param>
/// <param name="RequiredWireNames">For object variants: the JSON names that must all be present for this variant to match.</param>
/// <param name="ConstantValue">The one string this variant always holds (a string literal, or a single-value doc); null otherwise.</param>
internal sealed record UnionVariantModel(
    string Name,
    string ParameterName,
    ValueCodec Codec,
    JsonShape Shape,
    bool AllowsImplicitConversion,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> RequiredWireNames,
    string? ConstantValue = null)
{
    /// <summary>The C# type, <c>global::</c>-qualified.</summary>
    public string Type => Codec.TypeName;

    /// <summary>Whether <see cref="Type"/> is a reference type.</summary>
    public bool IsReferenceType => Codec.IsReferenceType;
}
