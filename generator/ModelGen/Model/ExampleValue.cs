namespace ModelGen.Model;

/// <summary>What kind of JSON value an example shows at one place.</summary>
internal enum ExampleKind
{
    /// <summary>A number, a boolean, a long or free-text string, an expression (<c>new Date(…)</c>): nothing to learn from.</summary>
    Other,
    Null,
    /// <summary>A short token-like string (<c>"message"</c>, <c>"response.completed"</c>): it may name a variant.</summary>
    String,
    Object,
    Array,
}

/// <summary>
/// The skeleton of an example value (Example Usage, a variant's example, an Example cell): objects with their keys,
/// arrays with their items, nulls, and token-like strings. Other scalars are kept as <see cref="ExampleKind.Other"/>
/// only, so that editing an example's free text or numbers leaves the skeleton (and so the index) equal.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="Text">For <see cref="ExampleKind.String"/>: the string.</param>
/// <param name="Members">For objects: the keys in order, each with its value.</param>
/// <param name="Items">For arrays: the items.</param>
internal sealed record ExampleValue(ExampleKind Kind, string? Text, EquatableArray<ExampleMember> Members, EquatableArray<ExampleValue> Items)
{
    public static readonly ExampleValue Other = new(ExampleKind.Other, null, EquatableArray<ExampleMember>.Empty, EquatableArray<ExampleValue>.Empty);

    public static readonly ExampleValue Null = new(ExampleKind.Null, null, EquatableArray<ExampleMember>.Empty, EquatableArray<ExampleValue>.Empty);

    public static ExampleValue String(string text) => new(ExampleKind.String, text, EquatableArray<ExampleMember>.Empty, EquatableArray<ExampleValue>.Empty);
}
