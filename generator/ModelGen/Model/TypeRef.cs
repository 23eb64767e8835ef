namespace ModelGen.Model;

internal enum TypeRefKind
{
    /// <summary>A type cell the parser could not read; emitted as <c>JsonElement</c> with a diagnostic.</summary>
    Unknown,
    String,
    Number,
    Boolean,
    Any,
    Date,
    Blob,
    /// <summary>A single string value (<c>*"function"*</c>); <see cref="TypeRef.Value"/> holds it.</summary>
    StringLiteral,
    /// <summary>A single boolean value (<c>*true*</c>); <see cref="TypeRef.Value"/> holds it.</summary>
    BooleanLiteral,
    /// <summary>A single number value; <see cref="TypeRef.Value"/> holds its text.</summary>
    NumberLiteral,
    /// <summary>Another doc, by link or italic reference; <see cref="TypeRef.Value"/> is its name, <see cref="TypeRef.Prefix"/> its SDK namespace.</summary>
    Doc,
    /// <summary><c>X[]</c>; <see cref="TypeRef.Element"/> is X.</summary>
    Array,
    /// <summary><c>Record&lt;string, X&gt;</c>; <see cref="TypeRef.Element"/> is X.</summary>
    Map,
}

/// <summary>The type of a field or variant as the doc writes it, before links are resolved.</summary>
/// <param name="Kind">What shape of type this is.</param>
/// <param name="Value">The literal value, the referenced doc's name, or the unreadable text.</param>
/// <param name="Prefix">For <see cref="TypeRefKind.Doc"/>: <c>models</c>, <c>operations</c>, <c>errors</c>, … (may be empty).</param>
/// <param name="LinkTarget">For a link: its relative target (<c>../models/foo.md</c>); empty for italic references.</param>
/// <param name="Element">For arrays and maps: the element type.</param>
internal sealed record TypeRef(TypeRefKind Kind, string Value = "", string Prefix = "", string LinkTarget = "", TypeRef? Element = null)
{
    public static readonly TypeRef String = new(TypeRefKind.String);
    public static readonly TypeRef Number = new(TypeRefKind.Number);
    public static readonly TypeRef Boolean = new(TypeRefKind.Boolean);
    public static readonly TypeRef Any = new(TypeRefKind.Any);
    public static readonly TypeRef Date = new(TypeRefKind.Date);
    public static readonly TypeRef Blob = new(TypeRefKind.Blob);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeRefKind.Array, Element: element);

    public static TypeRef MapOf(TypeRef element) => new(TypeRefKind.Map, Element: element);

    public static TypeRef Unknown(string text) => new(TypeRefKind.Unknown, text);

    public override string ToString() => Kind switch
    {
        TypeRefKind.Array => $"{Element}[]",
        TypeRefKind.Map => $"Record<string, {Element}>",
        TypeRefKind.Doc => Prefix.Length == 0 ? Value : $"{Prefix}.{Value}",
        TypeRefKind.StringLiteral => $"\"{Value}\"",
        TypeRefKind.Unknown or TypeRefKind.BooleanLiteral or TypeRefKind.NumberLiteral => Value,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
