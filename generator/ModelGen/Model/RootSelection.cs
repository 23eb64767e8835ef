using System;

namespace ModelGen.Model;

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
