using System;

namespace ModelGen.Model;

/// <summary>The <c>ModelGenRoots</c> setting: the names of the types a project uses (empty: every doc), and where it was set.</summary>
/// <param name="Names">Type names, titles or namespace-qualified type names, as written in the setting.</param>
/// <param name="ProjectFile">The project file, where an unknown root is reported (empty when unknown).</param>
internal sealed record RootsSetting(EquatableArray<string> Names, string ProjectFile)
{
    public static readonly RootsSetting None = new(EquatableArray<string>.Empty, string.Empty);
}

/// <summary>Which docs become types: every doc, or the closure of the roots through links.</summary>
/// <param name="IsAll">No roots are set: every doc becomes a type.</param>
/// <param name="Paths">With roots: the paths of the docs in their closure, sorted ordinally.</param>
/// <param name="Diagnostics">Roots that name no doc.</param>
internal sealed record RootSelection(bool IsAll, EquatableArray<string> Paths, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly RootSelection All = new(true, EquatableArray<string>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public bool Includes(string path) =>
        IsAll || System.Collections.Immutable.ImmutableArray.BinarySearch(Paths.AsImmutableArray(), path, StringComparer.Ordinal) >= 0;
}
