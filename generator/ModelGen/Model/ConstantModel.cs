using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>A single-value doc: a static class holding its value as a constant.</summary>
internal sealed record ConstantModel(string Namespace, string Name, string? Description, string SourcePath, string Value)
    : TypeModel(Namespace, Name, Description, SourcePath);
