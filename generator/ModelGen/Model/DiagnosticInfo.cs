namespace ModelGen.Model;

/// <summary>
/// A diagnostic that can travel through the pipeline: the descriptor's ID, where it is, and the message
/// arguments. It becomes a Roslyn <c>Diagnostic</c> only when reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, string path, SourceSpan span, params string[] arguments) =>
        new(id, path, span, arguments.ToEquatableArray());
}
