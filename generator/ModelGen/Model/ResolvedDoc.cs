using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>The outcome of resolving one doc: the type to emit (null when skipped), what was reported, and which wire-name overrides it used.</summary>
internal sealed record ResolvedDoc(TypeModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<string> AppliedOverrides = default)
{
    /// <summary>A doc outside the roots' closure: no type, nothing reported.</summary>
    public static readonly ResolvedDoc Skipped = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
