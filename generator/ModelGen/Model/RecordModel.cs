using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>An object doc: a record with one property per field.</summary>
internal sealed record RecordModel(
    string Namespace,
    string Name,
    string? Description,
    string SourcePath,
    EquatableArray<PropertyModel> Properties,
    bool UseRequiredKeyword)
    : TypeModel(Namespace, Name, Description, SourcePath);
