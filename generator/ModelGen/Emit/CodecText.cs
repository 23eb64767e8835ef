using System;
using System.Globalization;
using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// C# that reads or writes one value with its <see cref="ValueCodec"/>: calls into the runtime helpers and the generated
/// converters, composed for lists and maps, never through <c>JsonSerializer</c>. Readers and writers are passed as
/// delegates created once (<c>JsonHelpers.StringReader</c>, <c>Foo_JsonConverter.Reader</c>), or as lambdas that capture
/// nothing (which the compiler caches), so no call allocates one.
/// </summary>
internal static class CodecText
{

    /// <summary>A call that reads the value at <c>reader</c> into <paramref name="outTarget"/> (e.g. <c>out var v0</c>) and returns whether it fit.</summary>
    public static string TryRead(ValueCodec codec, string outTarget) => codec.Kind switch
    {
        ValueCodecKind.List => JsonHelpers + ".TryReadList<" + codec.Element!.TypeName + ">(ref reader, strict, " + ReaderDelegate(codec.Element, 1) + ", " + outTarget + ")",
        ValueCodecKind.Map => JsonHelpers + ".TryReadMap<" + codec.Element!.TypeName + ">(ref reader, strict, " + ReaderDelegate(codec.Element, 1) + ", " + outTarget + ")",
        ValueCodecKind.Generated => codec.ConverterName + ".TryRead(ref reader, strict, " + outTarget + ")",
        _ => JsonHelpers + ".TryRead" + PrimitiveName(codec.Kind) + "(ref reader, strict, " + outTarget + ")",
    };

    /// <summary>A statement that writes <paramref name="value"/> (non-null) at <c>writer</c>.</summary>
    public static string Write(ValueCodec codec, string value) => codec.Kind switch
    {
        ValueCodecKind.List => JsonHelpers + ".WriteList<" + codec.Element!.TypeName + ">(writer, " + value + ", " + WriterDelegate(codec.Element, 1) + ");",
        ValueCodecKind.Map => JsonHelpers + ".WriteMap<" + codec.Element!.TypeName + ">(writer, " + value + ", " + WriterDelegate(codec.Element, 1) + ");",
        ValueCodecKind.Generated => codec.ConverterName + ".WriteValue(writer, " + value + ");",
        _ => JsonHelpers + ".Write" + PrimitiveName(codec.Kind) + "(writer, " + value + ");",
    };

    /// <summary>A record property's read, as a call on the record's <c>ObjectReader r</c> into local <paramref name="local"/>.</summary>
    public static string ReadProperty(ValueCodec codec, string local) => codec.Kind switch
    {
        ValueCodecKind.String => "r.String(ref reader, ref " + local + ")",
        ValueCodecKind.Number => "r.Number(ref reader, ref " + local + ")",
        ValueCodecKind.Int32 => "r.Int32(ref reader, ref " + local + ")",
        ValueCodecKind.Int64 => "r.Int64(ref reader, ref " + local + ")",
        ValueCodecKind.Boolean => "r.Boolean(ref reader, ref " + local + ")",
        ValueCodecKind.List => "r.List(ref reader, ref " + local + ", " + ReaderDelegate(codec.Element!, 1) + ")",
        ValueCodecKind.Map => "r.Map(ref reader, ref " + local + ", " + ReaderDelegate(codec.Element!, 1) + ")",
        _ => (codec.IsReferenceType ? "r.Object(ref reader, ref " : "r.Value(ref reader, ref ") + local + ", " + ReaderDelegate(codec, 1) + ")",
    };

    /// <summary>A record property's write, as a statement on the record's <c>ObjectWriter w</c>.</summary>
    public static string WriteProperty(ValueCodec codec, int field, string value)
    {
        var index = field.ToString(CultureInfo.InvariantCulture);
        return codec.Kind switch
        {
            ValueCodecKind.String => "w.String(" + index + ", " + value + ");",
            ValueCodecKind.Number => "w.Number(" + index + ", " + value + ");",
            ValueCodecKind.Int32 or ValueCodecKind.Int64 => "w.Integer(" + index + ", " + value + ");",
            ValueCodecKind.Boolean => "w.Boolean(" + index + ", " + value + ");",
            ValueCodecKind.Json => "w.Json(" + index + ", " + value + ");",
            ValueCodecKind.List => "w.List(" + index + ", " + value + ", " + WriterDelegate(codec.Element!, 1) + ");",
            ValueCodecKind.Map => "w.Map(" + index + ", " + value + ", " + WriterDelegate(codec.Element!, 1) + ");",
            _ => (codec.IsReferenceType ? "w.Object(" : "w.Value(") + index + ", " + value + ", " + WriterDelegate(codec, 1) + ");",
        };
    }

    private static string ReaderDelegate(ValueCodec codec, int depth)
    {
        switch (codec.Kind)
        {
            case ValueCodecKind.Generated:
                return codec.ConverterName + ".Reader";
            case ValueCodecKind.List:
            case ValueCodecKind.Map:
                // Lambdas with numbered parameters: nested ones must not reuse an enclosing name (C# before 8 forbids it).
                var d = depth.ToString(CultureInfo.InvariantCulture);
                var method = codec.Kind == ValueCodecKind.List ? ".TryReadList<" : ".TryReadMap<";
                return "(ref " + Utf8JsonReader + " r" + d + ", bool s" + d + ", out " + codec.TypeName + " v" + d + ") => "
                    + JsonHelpers + method + codec.Element!.TypeName + ">(ref r" + d + ", s" + d + ", " + ReaderDelegate(codec.Element, depth + 1) + ", out v" + d + ")";
            default:
                return JsonHelpers + "." + PrimitiveName(codec.Kind) + "Reader";
        }
    }

    private static string WriterDelegate(ValueCodec codec, int depth)
    {
        switch (codec.Kind)
        {
            case ValueCodecKind.Generated:
                return codec.ConverterName + ".Writer";
            case ValueCodecKind.List:
            case ValueCodecKind.Map:
                var d = depth.ToString(CultureInfo.InvariantCulture);
                var method = codec.Kind == ValueCodecKind.List ? ".WriteList<" : ".WriteMap<";
                return "(" + Utf8JsonWriter + " w" + d + ", " + codec.TypeName + " v" + d + ") => "
                    + JsonHelpers + method + codec.Element!.TypeName + ">(w" + d + ", v" + d + ", " + WriterDelegate(codec.Element, depth + 1) + ")";
            default:
                return JsonHelpers + "." + PrimitiveName(codec.Kind) + "Writer";
        }
    }

    private static string PrimitiveName(ValueCodecKind kind) => kind switch
    {
        ValueCodecKind.String => "String",
        ValueCodecKind.Number => "Number",
        ValueCodecKind.Int32 => "Int32",
        ValueCodecKind.Int64 => "Int64",
        ValueCodecKind.Boolean => "Boolean",
        ValueCodecKind.Date => "Date",
        ValueCodecKind.Bytes => "Bytes",
        ValueCodecKind.Json => "Json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a primitive codec"),
    };
}
