using System;

namespace ModelGen.Model;

/// <summary>The <c>ModelGenRoots</c> setting: the names of the types a project uses (empty: every doc), and where it was set.</summary>
/// <param name="Names">Type names, titles or namespace-qualified type names, as written in the setting.</param>
/// <param name="ProjectFile">The project file, where an unknown root is reported (empty when unknown).</param>
internal sealed record RootsSetting(EquatableArray<string> Names, string ProjectFile)
{
    public static readonly RootsSetting None = new(EquatableArray<string>.Empty, string.Empty);
}
