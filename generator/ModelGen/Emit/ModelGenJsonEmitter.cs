using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// Writes <c>ModelGenJson</c>: a reflection-free <c>IJsonTypeInfoResolver</c> over every generated converter (so
/// Native AOT callers can serialize the types), options built on it, lenient and strict, and one-line helpers.
/// </summary>
internal static class ModelGenJsonEmitter
{
    private const string Metadata = Json + ".Serialization.Metadata";

    // A constant in the shared helpers (one place for the setting), so a parameter default can name it.
    private const string StrictByDefault = JsonHelpers + ".StrictByDefault";

    public static string Emit(ModelGenJsonModel model, System.Threading.CancellationToken cancellationToken)
    {
        var writer = FileHeader.Start(cancellationToken);
        writer.OpenBlock($"namespace {model.Namespace}");
        writer.Line("/// <summary>");
        writer.Line("/// JSON for every type ModelGen generated in this project, without reflection (safe under Native AOT and trimming).");
        writer.Line("/// Use <see cref=\"Options\"/> (or <see cref=\"Resolver\"/>, chained with your own context through");
        writer.Line("/// <c>JsonTypeInfoResolver.Combine</c>). The strict variants throw on missing required fields, unknown enum values");
        writer.Line("/// and values of the wrong kind, with the JSON path; the lenient ones keep such JSON and read on. The plain ones");
        writer.Line("/// follow the project's default: lenient unless it sets <c>ModelGenStrictJson</c>.");
        writer.Line("/// </summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"public static partial class {ModelGenJsonModel.ClassName}");
        writer.Line("/// <summary>Resolves every generated type to its lenient converter; <c>null</c> for any other type.</summary>");
        writer.Line($"public static {Metadata}.IJsonTypeInfoResolver LenientResolver {{ get; }} = new TypeInfoResolver(false);");
        writer.Line();
        writer.Line("/// <summary>Resolves every generated type to its strict converter; <c>null</c> for any other type.</summary>");
        writer.Line($"public static {Metadata}.IJsonTypeInfoResolver StrictResolver {{ get; }} = new TypeInfoResolver(true);");
        writer.Line();
        writer.Line("/// <summary>The project's default: <see cref=\"LenientResolver\"/>, or <see cref=\"StrictResolver\"/> when it sets <c>ModelGenStrictJson</c>.</summary>");
        writer.Line($"public static {Metadata}.IJsonTypeInfoResolver Resolver => {StrictByDefault} ? StrictResolver : LenientResolver;");
        writer.Line();
        writer.Line("/// <summary>Read-only options over <see cref=\"LenientResolver\"/>.</summary>");
        writer.Line($"public static {Json}.JsonSerializerOptions LenientOptions {{ get; }} = CreateOptions(LenientResolver);");
        writer.Line();
        writer.Line("/// <summary>Read-only options over <see cref=\"StrictResolver\"/>.</summary>");
        writer.Line($"public static {Json}.JsonSerializerOptions StrictOptions {{ get; }} = CreateOptions(StrictResolver);");
        writer.Line();
        writer.Line("/// <summary>The project's default: <see cref=\"LenientOptions\"/>, or <see cref=\"StrictOptions\"/> when it sets <c>ModelGenStrictJson</c>.</summary>");
        writer.Line($"public static {Json}.JsonSerializerOptions Options => {StrictByDefault} ? StrictOptions : LenientOptions;");
        if (model.HasGetTypeInfo)
        {
            writer.Line();
            writer.Line("/// <summary>The metadata of a generated type, for the <c>JsonSerializer</c> overloads that take a <c>JsonTypeInfo</c>.</summary>");
            writer.Line($"public static {Metadata}.JsonTypeInfo<T> TypeInfo<T>(bool strict = {StrictByDefault}) =>");
            writer.Line("    strict ? (TypeInfoCache<T>.Strict ??= Resolve<T>(StrictOptions)) : (TypeInfoCache<T>.Lenient ??= Resolve<T>(LenientOptions));");
            writer.Line();
            writer.Line("/// <summary>Reads a generated type from JSON text.</summary>");
            writer.Line($"public static T? Deserialize<T>(string json, bool strict = {StrictByDefault}) => {Json}.JsonSerializer.Deserialize(json, TypeInfo<T>(strict));");
            writer.Line();
            writer.Line("/// <summary>Reads a generated type from UTF-8 JSON.</summary>");
            writer.Line($"public static T? Deserialize<T>(global::System.ReadOnlySpan<byte> utf8Json, bool strict = {StrictByDefault}) => {Json}.JsonSerializer.Deserialize(utf8Json, TypeInfo<T>(strict));");
            writer.Line();
            writer.Line("/// <summary>Writes a generated type as JSON text.</summary>");
            writer.Line($"public static string Serialize<T>(T value) => {Json}.JsonSerializer.Serialize(value, TypeInfo<T>());");
        }

        writer.Line();
        writer.OpenBlock($"private static {Json}.JsonSerializerOptions CreateOptions({Metadata}.IJsonTypeInfoResolver resolver)");
        writer.Line($"var options = new {Json}.JsonSerializerOptions {{ TypeInfoResolver = resolver }};");
        if (model.HasGetTypeInfo)
        {
            writer.Line("options.MakeReadOnly();");
        }

        writer.Line("return options;");
        writer.CloseBlock();
        if (model.HasGetTypeInfo)
        {
            // The options' own cache is a lookup by type on every call; a generic static field is one load.
            writer.Lines($$"""

                private static {{Metadata}}.JsonTypeInfo<T> Resolve<T>({{Json}}.JsonSerializerOptions options) =>
                    ({{Metadata}}.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

                {{FileHeader.GeneratedCodeAttribute}}
                private static class TypeInfoCache<T>
                {
                    public static {{Metadata}}.JsonTypeInfo<T>? Lenient;
                    public static {{Metadata}}.JsonTypeInfo<T>? Strict;
                }
                """);
        }

        writer.Line();
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.OpenBlock($"private sealed class TypeInfoResolver : {Metadata}.IJsonTypeInfoResolver");
        writer.Line("private readonly bool strict;");
        writer.Line();
        writer.Line("public TypeInfoResolver(bool strict) => this.strict = strict;");
        writer.Line();
        writer.OpenBlock($"public {Metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type, {Json}.JsonSerializerOptions options)");
        foreach (var name in model.TypeNames)
        {
            writer.OpenBlock($"if (type == typeof({name}))");
            writer.Line($"return Info(options, new {ConverterOf(name)}(strict));");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line("return null;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"private static {Metadata}.JsonTypeInfo<T> Info<T>({Json}.JsonSerializerOptions options, {Json}.Serialization.JsonConverter<T> converter) =>");
        writer.Line($"    {Metadata}.JsonMetadataServices.CreateValueInfo<T>(options, converter);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.TakeText();
    }
}
