namespace ModelGen.Model;

/// <summary>How the JSON names of a doc's fields are spelled on the wire.</summary>
internal enum WireNaming
{
    AsWritten,
    SnakeCase,
    CamelCase,
    KebabCase,
}
