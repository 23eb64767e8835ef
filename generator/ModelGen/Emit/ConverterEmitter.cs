using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// The part every generated converter shares. Each converter exposes static <c>TryRead</c>/<c>WriteValue</c> so
/// that other generated converters call it directly (no <c>JsonSerializer</c>, no reflection), and carries a
/// strict flag: the converter the type's attribute creates follows the project's default (lenient unless
/// <c>ModelGenStrictJson</c> is set), <c>ModelGenJson.StrictOptions</c>/<c>LenientOptions</c> pick one explicitly.
/// </summary>
internal static class ConverterEmitter
{

    /// <summary>
    /// Opens the converter class of <paramref name="model"/>: its constructors over the shared base, and the static
    /// reader and writer delegates other converters pass around. The class's <c>TryRead</c> and <c>WriteValue</c> follow.
    /// </summary>
    /// <param name="expected">What the JSON should be, for the error a failed top-level read throws (<c>an object (Foo)</c>).</param>
    /// <param name="alwaysStrict">Whether a top-level read is strict in any case (a closed enum has nowhere to keep an unknown value).</param>
    public static void Open(SourceWriter writer, TypeModel model, string expected, bool alwaysStrict = false)
    {
        var fullName = model.FullName;
        var className = ConverterOf(model.Name);
        writer.Line();
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"internal sealed class {className} : {ModelGenConverter}<{fullName}>");
        writer.Lines($$"""
            internal static readonly {{JsonValueReader}}<{{fullName}}> Reader = TryRead;
            internal static readonly {{JsonValueWriter}}<{{fullName}}> Writer = WriteValue;

            public {{className}}() : this({{JsonHelpers}}.StrictByDefault) { }

            public {{className}}(bool strict) : base({{(alwaysStrict ? "true" : "strict")}}, Reader, Writer, {{CSharpText.StringLiteral(expected)}}) { }
            """);
    }

    /// <summary>The type's name as messages show it: namespace-qualified, without <c>global::</c> or <c>@</c>.</summary>
    public static string DisplayName(TypeModel model) => model.FullName.Substring("global::".Length).Replace("@", string.Empty);

    /// <summary>The attribute that makes plain <c>JsonSerializer</c> calls use the generated converter.</summary>
    public static void WriteAttribute(SourceWriter writer, TypeModel model) =>
        writer.Line($"[{JsonConverterAttribute}(typeof({model.ConverterName}))]");
}
