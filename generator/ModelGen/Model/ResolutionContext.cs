namespace ModelGen.Model;

/// <summary>Everything one doc is resolved against: the other docs, what the compilation supports, the wire-name overrides and the roots' closure.</summary>
internal sealed record ResolutionContext(TypeIndex Index, CompilationCapabilities Capabilities, WireNameOverrides Overrides, RootSelection Selection);
