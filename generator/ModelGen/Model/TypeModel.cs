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

    /// <summary>Whether the file declares its namespace as <c>namespace X;</c> (C# 10 or later).</summary>
    public bool FileScopedNamespace { get; init; }

    /// <summary>Null unless the doc is deprecated: then the <c>[Obsolete]</c> message (empty for none).</summary>
    public string? Deprecation { get; init; }
}
