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
    public const string JsonHelpers = "ModelGen-JsonHelpers.g.cs";

    public const string IsExternalInit = "ModelGen-IsExternalInit.g.cs";

    public const string ModelGenJson = "ModelGen-ModelGenJson.g.cs";

    /// <summary>The file of the type <paramref name="name"/> in <paramref name="namespace"/> ('@' escapes dropped).</summary>
    public static string ForType(string @namespace, string name) =>
        (@namespace.Length == 0 ? name : @namespace + "." + name).Replace("@", string.Empty) + ".g.cs";
}
