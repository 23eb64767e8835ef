using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>An enum doc with several values: a C# enum (closed) or a readonly struct over the wire value (open).</summary>
/// <param name="IsOpen">Whether unknown values are kept (struct) rather than rejected (enum).</param>
/// <param name="IsNumber">Whether the wire values are numbers.</param>
/// <param name="Members">Known values, in doc order.</param>
internal sealed record EnumModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    bool IsOpen,
    bool IsNumber,
    EquatableArray<EnumMemberModel> Members)
    : TypeModel(Namespace, Name, Description, SourcePath);
