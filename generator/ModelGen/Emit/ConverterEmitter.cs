using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// The part every generated converter shares. Each converter exposes static <c>TryRead</c>/<c>WriteValue</c> so
/// that other generated converters call it directly (no <c>JsonSerializer</c>, no reflection), and carries a
/// strict flag: the converter the type's attribute creates follows the project's default (lenient unless
/// <c>ModelGenStrictJson</c> is set), <c>ModelGenJson.StrictOptions</c>/<c>LenientOptions</c> pick one explicitly.
/// </summary>
internal static class ConverterEmitter
{
    public const string Json = "global::System.Text.Json";

    /// <summary>Opens the converter class of <paramref name="model"/> and writes its constructors, Read and Write.</summary>
    /// <param name="expected">What the JSON should be, for the error a failed top-level read throws (<c>an object (Foo)</c>).</param>
    /// <param name="alwaysStrict">Whether a top-level read is strict in any case (a closed enum has nowhere to keep an unknown value).</param>
    public static void Open(SourceWriter writer, TypeModel model, string expected, bool alwaysStrict = false)
    {
        var fullName = model.FullName;
        var className = model.Name + "_JsonConverter";
        writer.Line();
        writer.Line($"/// <summary>Reads and writes <see cref=\"{fullName}\"/> with <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c> directly (no reflection).</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock($"internal sealed class {className} : {Json}.Serialization.JsonConverter<{fullName}>");
        writer.Line("private readonly bool strict;");
        writer.Line();
        writer.Line("/// <summary>The converter <c>[JsonConverter]</c> on the type creates: lenient unless the project sets <c>ModelGenStrictJson</c>.</summary>");
        writer.Line($"public {className}()");
        writer.Line($"    : this({CodecText.Helpers}.StrictByDefault)");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>A converter that throws on JSON the type does not describe when <paramref name=\"strict\"/> is true.</summary>");
        writer.Line($"public {className}(bool strict) => this.strict = strict;");
        writer.Line();
        writer.Line($"public override {fullName} Read(ref {Json}.Utf8JsonReader reader, global::System.Type typeToConvert, {Json}.JsonSerializerOptions options) =>");
        writer.Line($"    TryRead(ref reader, {(alwaysStrict ? "true" : "strict")}, out var value) ? value : throw {CodecText.Helpers}.Mismatch(ref reader, {CSharpText.StringLiteral(expected)});");
        writer.Line();
        writer.Line($"public override void Write({Json}.Utf8JsonWriter writer, {fullName} value, {Json}.JsonSerializerOptions options) => WriteValue(writer, value);");
    }

    /// <summary>The type's name as messages show it: namespace-qualified, without <c>global::</c> or <c>@</c>.</summary>
    public static string DisplayName(TypeModel model) => model.FullName.Substring("global::".Length).Replace("@", string.Empty);

    /// <summary>The attribute that makes plain <c>JsonSerializer</c> calls use the generated converter.</summary>
    public static void WriteAttribute(SourceWriter writer, TypeModel model) =>
        writer.Line($"[{Json}.Serialization.JsonConverter(typeof({model.ConverterName}))]");
}
