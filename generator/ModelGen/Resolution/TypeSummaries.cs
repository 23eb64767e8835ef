using ModelGen.Model;

namespace ModelGen.Resolution;

internal static class TypeSummaries
{
    /// <summary>The index entry of a parsed doc, or null when it produced no spec.</summary>
    public static TypeSummary? From(ParsedDoc parsed) => parsed.Spec is { } spec ? From(spec) : null;

    public static TypeSummary From(DocSpec spec)
    {
        var directory = LinkResolver.Directory(spec.Source.RelativePath);
        var folder = directory.Substring(directory.LastIndexOf('/') + 1);
        var constant = spec.Kind == DocKind.Enum && spec.Values.Count == 1 && !spec.IsOpenEnum && !spec.Values[0].IsNumber
            ? spec.Values[0].Value
            : null;
        return new TypeSummary(
            spec.Source.Path,
            spec.Source.RelativePath,
            folder,
            spec.Title,
            spec.Source.Namespace,
            Identifiers.ToPascalCase(spec.Title),
            spec.Kind,
            constant);
    }
}
