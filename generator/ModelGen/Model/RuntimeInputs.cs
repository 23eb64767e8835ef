namespace ModelGen.Model;

/// <summary>
/// What decides the shared runtime files: what the compilation supports, the project's strict default, and the first
/// doc's path (null when the project has no doc, and then no file is added; the diagnostic for a too-old C# goes there).
/// </summary>
internal sealed record RuntimeInputs(CompilationCapabilities Capabilities, bool StrictByDefault, string? FirstDocPath);
