namespace ModelGen.Model;

/// <summary>
/// What the generated code may use, read off the consuming compilation once and reduced to booleans so that
/// typing in a .cs file does not re-run the pipeline.
/// </summary>
/// <param name="SupportsRequiredMembers">C# 11 or later and <c>RequiredMemberAttribute</c> available.</param>
/// <param name="SupportsRecords">C# 9 or later (records and init accessors).</param>
/// <param name="SupportsNullableAnnotations">C# 8 or later.</param>
/// <param name="SupportsNotNullWhen"><c>NotNullWhenAttribute</c> is available (not on netstandard2.0 without a polyfill).</param>
/// <param name="SupportsTypeInfoResolver">System.Text.Json 7+: <c>IJsonTypeInfoResolver</c> exists, so <c>ModelGenJson</c> can be generated.</param>
/// <param name="SupportsGetTypeInfo">System.Text.Json 8+: <c>JsonSerializerOptions.GetTypeInfo</c> exists.</param>
/// <param name="NeedsIsExternalInit">No accessible <c>IsExternalInit</c> (netstandard2.0, .NET Framework): ModelGen declares one.</param>
/// <param name="LanguageVersion">The C# version, as the diagnostic for a too-old one shows it.</param>
internal sealed record CompilationCapabilities(
    bool SupportsRequiredMembers,
    bool SupportsRecords,
    bool SupportsNullableAnnotations,
    bool SupportsNotNullWhen,
    bool SupportsTypeInfoResolver,
    bool SupportsGetTypeInfo,
    bool NeedsIsExternalInit,
    string LanguageVersion)
{
    public static readonly CompilationCapabilities Latest = new(true, true, true, true, true, true, false, "latest") { SupportsFileScopedNamespaces = true };

    /// <summary>C# 10 or later: a file's namespace is declared once at the top (<c>namespace X;</c>), so its types are not indented.</summary>
    public bool SupportsFileScopedNamespaces { get; init; }
}
