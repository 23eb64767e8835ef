using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>A type ready to emit: every name is a valid C# identifier and every type reference is final C#.</summary>
/// <param name="Namespace">The C# namespace (validated).</param>
/// <param name="Name">The C# type name (validated).</param>
/// <param name="Description">Doc text for the summary, unescaped.</param>
/// <param name="SourcePath">The doc's project-relative path, for the remarks.</param>
internal abstract record TypeModel(string Namespace, string Name, string? Description, string SourcePath)
{
    /// <summary>One file per type; unique ignoring case, as the index gives each such name one owner (see <see cref="Resolution.HintNames"/>).</summary>
    public string HintName => Resolution.HintNames.ForType(Namespace, Name);

    /// <summary>The <c>global::</c>-qualified name.</summary>
    public string FullName => "global::" + (Namespace.Length == 0 ? Name : Namespace + "." + Name);

    /// <summary>The type's JSON converter, <c>global::</c>-qualified (constants have none).</summary>
    public string ConverterName => GeneratedNames.ConverterOf(FullName);
}

/// <summary>An object doc: a record with one property per field.</summary>
internal sealed record RecordModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    EquatableArray<PropertyModel> Properties,
    bool UseRequiredKeyword)
    : TypeModel(Namespace, Name, Description, SourcePath);

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
}

/// <summary>A single-value doc: a static class holding its value as a constant.</summary>
internal sealed record ConstantModel(string Namespace, string Name, string? Description, string SourcePath, string Value)
    : TypeModel(Namespace, Name, Description, SourcePath);

/// <summary>The outcome of resolving one doc: the type to emit (null when skipped), what was reported, and which wire-name overrides it used.</summary>
internal sealed record ResolvedDoc(TypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> AppliedOverrides = default)
{
    /// <summary>A doc outside the roots' closure: no type, nothing reported.</summary>
    public static readonly ResolvedDoc Skipped = new(null, EquatableArray<DiagnosticInfo>.Empty);
}

/// <summary>An enum doc with several values: a C# enum (closed) or a readonly struct over the wire value (open).</summary>
/// <param name="IsOpen">Whether unknown values are kept (struct) rather than rejected (enum).</param>
/// <param name="IsNumber">Whether the wire values are numbers.</param>
/// <param name="Members">Known values, in doc order.</param>
internal sealed record EnumModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    bool IsOpen,
    bool IsNumber,
    EquatableArray<EnumMemberModel> Members)
    : TypeModel(Namespace, Name, Description, SourcePath);

/// <summary>One known enum value: its C# name and its wire value (string content or number text).</summary>
internal sealed record EnumMemberModel(string Name, string Value);

/// <summary>How a union variant shows up in JSON, which is how a union without a discriminator picks it.</summary>
internal enum JsonShape
{
    String,
    Number,
    Boolean,
    Array,
    Object,
    /// <summary>Anything (<c>any</c>, or a nested union): the last resort.</summary>
    Any,
}

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

/// <summary>One variant of a union.</summary>
/// <param name="Name">C# name used in member names (<c>IsX</c>, <c>TryGetX</c>, <c>FromX</c>).</param>
/// <param name="ParameterName">camelCase name for <c>Match</c>/<c>Switch</c> parameters (keyword-escaped).</param>
/// <param name="Codec">C# type and how it is read and written.</param>
/// <param name="Shape">How it appears in JSON.</param>
/// <param name="AllowsImplicitConversion">False for interface types and duplicates, which C# forbids as conversion sources.</param>
/// <param name="DiscriminatorValues">Values of the discriminator that select this variant.</param>
/// <param name="RequiredWireNames">For object variants: the JSON names that must all be present for this variant to match.</param>
internal sealed record UnionVariantModel(
    string Name,
    string ParameterName,
    ValueCodec Codec,
    JsonShape Shape,
    bool AllowsImplicitConversion,
    EquatableArray<string> DiscriminatorValues,
    EquatableArray<string> RequiredWireNames)
{
    /// <summary>The C# type, <c>global::</c>-qualified.</summary>
    public string Type => Codec.TypeName;

    /// <summary>Whether <see cref="Type"/> is a reference type.</summary>
    public bool IsReferenceType => Codec.IsReferenceType;
}
