namespace ModelGen.Pipeline;

/// <summary>Names of the pipeline steps, so that incremental tests can ask why each step ran.</summary>
internal static class TrackingNames
{
    public const string Parsed = nameof(Parsed);
    public const string Summaries = nameof(Summaries);
    public const string Index = nameof(Index);
    public const string Capabilities = nameof(Capabilities);
    public const string Overrides = nameof(Overrides);
    public const string Selection = nameof(Selection);
    public const string StrictJson = nameof(StrictJson);
    public const string Resolved = nameof(Resolved);
    public const string Generated = nameof(Generated);
    public const string JsonAccess = nameof(JsonAccess);
}
