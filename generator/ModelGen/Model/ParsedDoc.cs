namespace ModelGen.Model;

/// <summary>The result of parsing one file: a spec (null when the file is not a usable model doc) and its diagnostics.</summary>
internal sealed record ParsedDoc(DocLocation Source, DocSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
