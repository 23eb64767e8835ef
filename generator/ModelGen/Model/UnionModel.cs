using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>A union doc: a class holding exactly one of its variants.</summary>
/// <param name="DiscriminatorWireName">The JSON property that tells variants apart, or null when the union dispatches on JSON shape.</param>
/// <param name="Variants">Variants in doc order.</param>
/// <param name="UseNotNullWhen">Whether <c>NotNullWhenAttribute</c> is available for the TryGet methods.</param>
internal sealed record UnionModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    string? DiscriminatorWireName,
    EquatableArray<UnionVariantModel> Variants,
    bool UseNotNullWhen)
    : TypeModel(Namespace, Name, Description, SourcePath);
