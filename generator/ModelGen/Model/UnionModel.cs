using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>A union doc: a class holding exactly one of its variants.</summary>
/// <param name="DiscriminatorWireName">The JSON property that tells variants apart, or null when the union dispatches on JSON shape.</param>
/// <param name="Variants">Variants in doc order.</param>
/// <param name="UseNotNullWhen">Whether <c>NotNullWhenAttribute</c> is available for the TryGet methods.</param>
/// <param name="ReadsStrings">
/// Whether the implicit conversion from <c>string</c> picks the variant the way reading a JSON string does (enums,
/// constants, dates): false when no variant reads strings, or the first that does is a plain <c>string</c>.
/// </param>
internal sealed record UnionModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    string? DiscriminatorWireName,
    EquatableArray<UnionVariantModel> Variants,
    bool UseNotNullWhen,
    bool ReadsStrings = false)
    : TypeModel(Namespace, Name, Description, SourcePath);
