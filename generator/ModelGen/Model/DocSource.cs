namespace ModelGen.Model;

/// <summary>
/// One candidate doc, read out of its <c>AdditionalText</c> and options at the first step so that nothing
/// compared by reference flows further.
/// </summary>
/// <param name="Path">The path the compiler knows the file by (diagnostics are reported against it).</param>
/// <param name="RelativePath">The path relative to the project, '/'-separated, leading '../' kept (links resolve against it).</param>
/// <param name="Namespace">The C# namespace the doc's type goes into.</param>
/// <param name="Naming">The wire naming of the doc's fields.</param>
/// <param name="OpenEnums">Whether enums are emitted open even when the doc lists a closed set.</param>
/// <param name="Text">The doc's text.</param>
internal sealed record DocSource(string Path, string RelativePath, string Namespace, WireNaming Naming, bool OpenEnums, string Text)
{
    public DocLocation Location => new(Path, RelativePath, Namespace, Naming, OpenEnums);
}
