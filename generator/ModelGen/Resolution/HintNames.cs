namespace ModelGen.Resolution;

/// <summary>
/// The name of every file ModelGen adds. Roslyn rejects a second file whose hint name equals an earlier one ignoring
/// case, and that throw (CS8785) would lose every generated type of the build, so the names are unique by construction:
/// <list type="bullet">
/// <item>a type's file is its namespace and name (identifier characters and dots only), and the index lets one doc
/// own each such name ignoring case (<see cref="Model.TypeIndex.OwnerOf"/>; the others are MG0007);</item>
/// <item>the files added once per compilation hold a '-', which no identifier and so no type's file name can hold.</item>
/// </list>
/// </summary>
internal static class HintNames
{
    /// <summary>Every file added once per compilation starts so (and holds a '-').</summary>
    public const string SharedPrefix = "ModelGen-";

    public const string ModelGenJson = SharedPrefix + "ModelGenJson.g.cs";

    public const string RuntimeSettings = SharedPrefix + "RuntimeSettings.g.cs";

    /// <summary>The file of the runtime helper <paramref name="name"/> (<c>Runtime/JsonHelpers.cs</c> → <c>ModelGen-JsonHelpers.g.cs</c>).</summary>
    public static string Runtime(string name) => SharedPrefix + name + ".g.cs";

    /// <summary>The file of the type <paramref name="name"/> in <paramref name="namespace"/> ('@' escapes dropped).</summary>
    public static string ForType(string @namespace, string name) =>
        (@namespace.Length == 0 ? name : @namespace + "." + name).Replace("@", string.Empty) + ".g.cs";
}
