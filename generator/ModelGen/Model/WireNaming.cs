namespace ModelGen.Model;

/// <summary>How the JSON names of a doc's fields are spelled on the wire.</summary>
internal enum WireNaming
{
    AsWritten,
    SnakeCase,
    CamelCase,
    KebabCase,
    /// <summary>The project set no naming: names are written as the docs write them unless the docs' examples decide (see <c>ExampleFacts</c>).</summary>
    Unset,
}
