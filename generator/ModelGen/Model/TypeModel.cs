namespace ModelGen.Model;

/// <summary>A type ready to emit: every name is a valid C# identifier and every type reference is final C#.</summary>
/// <param name="Namespace">The C# namespace (validated).</param>
/// <param name="Name">The C# type name (validated).</param>
/// <param name="Description">Doc text for the summary, unescaped.</param>
/// <param name="SourcePath">The doc's project-relative path, for the remarks.</param>
internal abstract record TypeModel(string Namespace, string Name, string? Description, string SourcePath)
{
    /// <summary>One file per type; namespace plus name is unique (duplicates are rejected with MG0007).</summary>
    public string HintName => (Namespace.Length == 0 ? Name : Namespace + "." + Name).Replace("@", string.Empty) + ".g.cs";
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
/// <param name="IsReferenceType">Whether the C# type is a reference type (needs an initializer when not <c>required</c>).</param>
/// <param name="ConstantName">For a single-value field: the name of the constant holding it.</param>
/// <param name="ConstantValue">For a single-value field: the value.</param>
/// <param name="Description">Doc text, unescaped.</param>
/// <param name="Example">Example cell text, unescaped.</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    string Type,
    bool IsRequired,
    bool IsReferenceType,
    string? ConstantName,
    string? ConstantValue,
    string? Description,
    string? Example);

/// <summary>A single-value doc: a static class holding its value as a constant.</summary>
internal sealed record ConstantModel(string Namespace, string Name, string? Description, string SourcePath, string Value)
    : TypeModel(Namespace, Name, Description, SourcePath);

/// <summary>The outcome of resolving one doc: the type to emit (null when skipped) and what was reported.</summary>
internal sealed record ResolvedDoc(TypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
