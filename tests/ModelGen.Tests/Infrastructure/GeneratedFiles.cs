using System;

namespace ModelGen.Tests.Infrastructure;

/// <summary>What a generated file is, by its hint name.</summary>
internal static class GeneratedFiles
{
    public const string ModelGenJson = "ModelGen-ModelGenJson.g.cs";

    public const string RuntimeSettings = "ModelGen-RuntimeSettings.g.cs";

    /// <summary>A file added once per compilation rather than for a doc (its name holds a '-', which no type's can).</summary>
    public static bool IsShared(string hintName) => hintName.StartsWith("ModelGen-", StringComparison.Ordinal);

    /// <summary>One of the runtime helpers, emitted verbatim from <c>generator/ModelGen/Runtime/*.cs</c>.</summary>
    public static bool IsRuntimeHelper(string hintName) => IsShared(hintName) && hintName is not ModelGenJson and not RuntimeSettings;
}
