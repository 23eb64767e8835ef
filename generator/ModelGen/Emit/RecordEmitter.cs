using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ModelGen.Common;
using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// Writes an object doc's record (constants first, then one init property per field in doc order, then the members
/// that keep what the typed properties cannot hold) and its converter.
/// </summary>
internal static class RecordEmitter
{
    private const string KeptType = ReadOnlyDictionary + "<string, " + JsonElement + ">";
    private const string NamesType = JsonFieldNames;

    public static void Write(SourceWriter writer, RecordModel record)
    {
        ConverterEmitter.WriteAttribute(writer, record);
        writer.OpenBlock($"public sealed partial record {record.Name}");
        // A field the doc does not describe gets no summary: a made-up one would say less than its name. Nor do the
        // bookkeeping members every record has (README "Nothing lost" describes them once).
        writer.Line("#pragma warning disable CS1591");

        var first = true;
        foreach (var property in record.Properties)
        {
            if (property.ConstantName is null)
            {
                continue;
            }

            Separate(writer, ref first);
            writer.Line($"/// <summary>The value <see cref=\"{property.Name}\"/> always holds: <c>{CSharpText.XmlEscape(property.ConstantValue!)}</c>.</summary>");
            writer.Line($"public const string {property.ConstantName} = {CSharpText.StringLiteral(property.ConstantValue!)};");
        }

        foreach (var property in record.Properties)
        {
            Separate(writer, ref first);
            WriteProperty(writer, property, record.UseRequiredKeyword);
        }

        // No [JsonPropertyName] or [JsonIgnore]: the type's [JsonConverter] reads and writes it, so System.Text.Json never looks at its members.
        Separate(writer, ref first);
        writer.Lines($$"""
            public {{KeptType}}? {{GeneratedNames.ExtensionData}} { get; init; }

            public global::System.Collections.Generic.IReadOnlyList<string> {{GeneratedNames.MissingRequiredFields}} => {{GeneratedNames.JsonState}}.Missing;

            internal {{JsonObjectState}} {{GeneratedNames.JsonState}} { get; init; }
            """);
        writer.CloseBlock();

        ConverterEmitter.Open(writer, record, "an object (" + ConverterEmitter.DisplayName(record) + ")");
        WriteNames(writer, record);
        WriteTryRead(writer, record);
        WriteWriteValue(writer, record);
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, PropertyModel property, bool useRequiredKeyword)
    {
        if (property.Description is { } description)
        {
            writer.DocComment("summary", description);
        }

        if (property.Example is { } example)
        {
            writer.DocComment("example", CSharpText.IndentJson(example), code: true);
        }

        FileHeader.WriteObsolete(writer, property.Deprecation);

        if (property.ConstantName is not null)
        {
            writer.Line($"public string {property.Name} {{ get; init; }} = {property.ConstantName};");
        }
        else if (!property.IsRequired)
        {
            writer.Line($"public {property.Type} {property.Name} {{ get; init; }}");
        }
        else if (useRequiredKeyword && property.Deprecation is null)
        {
            writer.Line($"public required {property.Type} {property.Name} {{ get; init; }}");
        }
        else
        {
            // Without 'required' a non-nullable reference needs an initializer; deserialization or the caller sets it.
            // A deprecated field is never 'required': a required member cannot be [Obsolete] (CS9042), and nobody
            // should have to set a deprecated field. It is still read and written as required.
            var initializer = property.IsReferenceType && !property.IsNullable ? " = default!;" : string.Empty;
            writer.Line($"public {property.Type} {property.Name} {{ get; init; }}{initializer}");
        }
    }

    // The property names and what reading needs to know of each (required, nullable, constant); Fit for unions that
    // pick a variant by shape.
    private static void WriteNames(SourceWriter writer, RecordModel record)
    {
        var wire = string.Join(", ", record.Properties.Select(p => CSharpText.StringLiteral(p.WireName)));
        var flags = new string(record.Properties.Select(p => p.IsRequired ? (p.IsNullable ? 'b' : 'r') : (p.IsNullable ? 'n' : '-')).ToArray());
        var constants = record.Properties.Any(p => p.ConstantName is not null)
            ? ", new string?[] { " + string.Join(", ", record.Properties.Select(p => p.ConstantValue is { } c && p.ConstantName is not null ? CSharpText.StringLiteral(c) : "null")) + " }"
            : string.Empty;
        var typeName = CSharpText.StringLiteral(ConverterEmitter.DisplayName(record));
        writer.Line();
        writer.Line($"private static readonly {NamesType} Names = new {NamesType}({typeName}, new string[] {{ {wire} }}, \"{flags}\"{constants});");
        writer.Line();
        writer.Line($"internal static int Fit({Json}.Utf8JsonReader reader) => Names.Fit(reader);");
    }

    // Locals for the properties, one call per property to read its value (a value that does not fit is kept, or throws
    // when strict), then the constructor call.
    private static void WriteTryRead(SourceWriter writer, RecordModel record)
    {
        var fullName = record.FullName;
        var properties = record.Properties;
        writer.Line();
        writer.OpenBlock($"internal static bool TryRead(ref {Json}.Utf8JsonReader reader, bool strict, out {fullName} value)");
        writer.Line($"var r = new {ObjectReader}(Names, strict);");
        writer.Lines("""
            if (!r.Start(ref reader))
            {
                value = null!;
                return false;
            }

            """);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var local = "p" + Index(i);
            if (property.ConstantName is not null)
            {
                writer.Line($"string? {local} = {fullName}.{property.ConstantName};");
            }
            else
            {
                writer.Line(property.Codec.TypeName + (property.IsReferenceType || property.IsNullable ? "? " : " ") + local + " = default;");
            }
        }

        writer.OpenBlock("while (r.Next(ref reader))");
        if (properties.Count > 0)
        {
            writer.OpenBlock("switch (r.Field)");
            for (var i = 0; i < properties.Count; i++)
            {
                writer.Line($"case {Index(i)}:");
                writer.Indent();
                writer.Line(CodecText.ReadProperty(properties[i].Codec, "p" + Index(i)) + ";");
                writer.Line("break;");
                writer.Dedent();
            }

            writer.CloseBlock();
        }

        writer.CloseBlock();
        writer.Line();
        writer.Line($"value = new {fullName}");
        writer.Line("{");
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var suppress = (property.IsReferenceType && !property.IsNullable) || property.ConstantName is not null ? "!" : string.Empty;
            writer.Line($"    {property.Name} = p{Index(i)}{suppress},");
        }

        writer.Lines($$"""
                {{GeneratedNames.ExtensionData}} = r.Kept,
                {{GeneratedNames.JsonState}} = r.State,
            };
            return true;
            """);
        writer.CloseBlock();
    }

    // One call per property: write it, or what was kept for it, or leave it out.
    private static void WriteWriteValue(SourceWriter writer, RecordModel record)
    {
        writer.Line();
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {record.FullName} value)");
        writer.Line($"var w = new {ObjectWriter}(writer, Names, value.{GeneratedNames.ExtensionData}, value.{GeneratedNames.JsonState});");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var property = record.Properties[i];
            writer.Line(CodecText.WriteProperty(property.Codec, i, "value." + property.Name));
        }

        writer.Line("w.End();");
        writer.CloseBlock();
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }
}
