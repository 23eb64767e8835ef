namespace ModelGen.Model;

/// <summary>What one doc adds to the build: its file (null when the doc is skipped) and its diagnostics.</summary>
internal sealed record DocOutput(GeneratedSource? Source, EquatableArray<DiagnosticInfo> Diagnostics);
