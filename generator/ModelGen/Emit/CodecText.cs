using System;
using System.Globalization;
using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// C# expressions that read or write one value with its <see cref="ValueCodec"/>: direct calls into the shared
/// <c>JsonHelpers</c> and the generated converters, composed for lists and maps, never through <c>JsonSerializer</c>.
/// </summary>
internal static class CodecText
{
    public const string Helpers = "global::ModelGen.Generated.JsonHelpers";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    /// <summary>A call that reads the value at <c>reader</c> into <paramref name="outTarget"/> (e.g. <c>out var v0</c>) and returns whether it fit.</summary>
    public static string TryRead(ValueCodec codec, string outTarget) => codec.Kind switch
    {
        ValueCodecKind.List => Helpers + ".TryReadList<" + codec.Element!.TypeName + ">(ref reader, strict, " + ReaderDelegate(codec.Element, 1) + ", " + outTarget + ")",
        ValueCodecKind.Map => Helpers + ".TryReadMap<" + codec.Element!.TypeName + ">(ref reader, strict, " + ReaderDelegate(codec.Element, 1) + ", " + outTarget + ")",
        _ => ReaderDelegate(codec, 1) + "(ref reader, strict, " + outTarget + ")",
    };

    /// <summary>A statement that writes <paramref name="value"/> (non-null) at <c>writer</c>.</summary>
    public static string Write(ValueCodec codec, string value) => codec.Kind switch
    {
        ValueCodecKind.List => Helpers + ".WriteList<" + codec.Element!.TypeName + ">(writer, " + value + ", " + WriterDelegate(codec.Element, 1) + ");",
        ValueCodecKind.Map => Helpers + ".WriteMap<" + codec.Element!.TypeName + ">(writer, " + value + ", " + WriterDelegate(codec.Element, 1) + ");",
        _ => WriterDelegate(codec, 1) + "(writer, " + value + ");",
    };

    private static string ReaderDelegate(ValueCodec codec, int depth)
    {
        switch (codec.Kind)
        {
            case ValueCodecKind.Generated:
                return codec.ConverterName + ".TryRead";
            case ValueCodecKind.List:
            case ValueCodecKind.Map:
                // Lambdas with numbered parameters: nested ones must not reuse an enclosing name (C# before 8 forbids it).
                var d = depth.ToString(CultureInfo.InvariantCulture);
                var method = codec.Kind == ValueCodecKind.List ? ".TryReadList<" : ".TryReadMap<";
                return "(ref " + Reader + " r" + d + ", bool s" + d + ", out " + codec.TypeName + " v" + d + ") => "
                    + Helpers + method + codec.Element!.TypeName + ">(ref r" + d + ", s" + d + ", " + ReaderDelegate(codec.Element, depth + 1) + ", out v" + d + ")";
            default:
                return Helpers + ".TryRead" + PrimitiveName(codec.Kind);
        }
    }

    private static string WriterDelegate(ValueCodec codec, int depth)
    {
        switch (codec.Kind)
        {
            case ValueCodecKind.Generated:
                return codec.ConverterName + ".WriteValue";
            case ValueCodecKind.List:
            case ValueCodecKind.Map:
                var d = depth.ToString(CultureInfo.InvariantCulture);
                var method = codec.Kind == ValueCodecKind.List ? ".WriteList<" : ".WriteMap<";
                return "(" + Writer + " w" + d + ", " + codec.TypeName + " v" + d + ") => "
                    + Helpers + method + codec.Element!.TypeName + ">(w" + d + ", v" + d + ", " + WriterDelegate(codec.Element, depth + 1) + ")";
            default:
                return Helpers + ".Write" + PrimitiveName(codec.Kind);
        }
    }

    private static string PrimitiveName(ValueCodecKind kind) => kind switch
    {
        ValueCodecKind.String => "String",
        ValueCodecKind.Number => "Number",
        ValueCodecKind.Boolean => "Boolean",
        ValueCodecKind.Date => "Date",
        ValueCodecKind.Bytes => "Bytes",
        ValueCodecKind.Json => "Json",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a primitive codec"),
    };
}
