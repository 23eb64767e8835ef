namespace ModelGen.Model;

/// <summary>A field as the index knows it: enough to walk an example into the field's type.</summary>
internal sealed record FieldSummary(string Name, TypeRef Type, bool Required);
