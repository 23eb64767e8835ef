using ModelGen.Common;

namespace ModelGen.Model;

/// <summary>How a value is read and written: a JSON primitive, a collection of another codec, or a generated type.</summary>
internal enum ValueCodecKind
{
    String,
    Number,
    /// <summary>A number the evidence says is an integer, as <c>int</c> (see <c>Resolution.IntegerFields</c>).</summary>
    Int32,
    /// <summary>As <see cref="Int32"/>, as <c>long</c>.</summary>
    Int64,
    Boolean,
    Date,
    Bytes,
    /// <summary>Any JSON, kept as a <c>JsonElement</c>.</summary>
    Json,
    List,
    Map,
    /// <summary>A type ModelGen generates; its converter reads and writes it.</summary>
    Generated,
}

/// <summary>
/// The (de)serialization recipe of one C# type, so emitters can write direct converter calls (no reflection, no
/// <c>JsonSerializer</c> round trip) for any nesting of lists and maps.
/// </summary>
/// <param name="Kind">What the value is.</param>
/// <param name="TypeName">The C# type, <c>global::</c>-qualified, never nullable-annotated.</param>
/// <param name="IsReferenceType">Whether <see cref="TypeName"/> is a reference type.</param>
/// <param name="Element">For lists and maps: the element's codec.</param>
/// <param name="ConverterName">For generated types: the converter class, <c>global::</c>-qualified.</param>
internal sealed record ValueCodec(ValueCodecKind Kind, string TypeName, bool IsReferenceType, ValueCodec? Element = null, string? ConverterName = null)
{
    public static readonly ValueCodec String = new(ValueCodecKind.String, "string", true);
    public static readonly ValueCodec Number = new(ValueCodecKind.Number, "double", false);
    public static readonly ValueCodec Int32 = new(ValueCodecKind.Int32, "int", false);
    public static readonly ValueCodec Int64 = new(ValueCodecKind.Int64, "long", false);
    public static readonly ValueCodec Boolean = new(ValueCodecKind.Boolean, "bool", false);
    public static readonly ValueCodec Date = new(ValueCodecKind.Date, "global::System.DateTimeOffset", false);
    public static readonly ValueCodec Bytes = new(ValueCodecKind.Bytes, "byte[]", true);
    public static readonly ValueCodec Json = new(ValueCodecKind.Json, GeneratedNames.JsonElement, false);

    public static ValueCodec ListOf(ValueCodec element) =>
        new(ValueCodecKind.List, GeneratedNames.ReadOnlyList + "<" + element.TypeName + ">", true, element);

    public static ValueCodec MapOf(ValueCodec element) =>
        new(ValueCodecKind.Map, GeneratedNames.ReadOnlyDictionary + "<string, " + element.TypeName + ">", true, element);

    public static ValueCodec Generated(string fullName, bool isReferenceType) =>
        new(ValueCodecKind.Generated, fullName, isReferenceType, ConverterName: GeneratedNames.ConverterOf(fullName));
}
