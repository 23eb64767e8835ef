using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// Writes an object doc's record (constants first, then one init property per field in doc order, then the members
/// that keep what the typed properties cannot hold) and its converter.
/// </summary>
internal static class RecordEmitter
{
    private const string Json = ConverterEmitter.Json;
    private const string JsonElement = Json + ".JsonElement";
    private const string KeptType = "global::System.Collections.Generic.IReadOnlyDictionary<string, " + JsonElement + ">";

    // Explicit nulls, present required fields and absent constants are remembered in ulongs: one bit per property,
    // for the first 64.
    private const int TrackedBits = 64;

    // Bit i: constant property i (one of the first 64) was not in the JSON read (or held a value it could not hold),
    // so writing leaves it out rather than writing the constant: a round trip does not add a property. Internal, and
    // camelCase because no field can get that name (field names are PascalCased), so it never clashes with one.
    // TODO: belongs in Model/RecordMemberNames (and DocResolver's reserved names) as a PascalCase name.
    private const string AbsentConstants = RecordMemberNames.AbsentConstants;

    private const string NamesType = "global::ModelGen.Generated.JsonFieldNames";

    public static void Write(SourceWriter writer, RecordModel record)
    {
        ConverterEmitter.WriteAttribute(writer, record);
        writer.OpenBlock($"public sealed partial record {record.Name}");
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

        Separate(writer, ref first);
        writer.Line("/// <summary>JSON kept without a typed property: unknown properties, and values a property could not hold. Written back, so nothing is lost.</summary>");
        writer.Line($"[{Json}.Serialization.JsonIgnore]");
        writer.Line($"public {KeptType}? {RecordMemberNames.ExtensionData} {{ get; init; }}");
        writer.Line();
        writer.Line("/// <summary>The wire names of required fields the JSON read into this record did not have (lenient reading); empty when none were missing.</summary>");
        writer.Line($"[{Json}.Serialization.JsonIgnore]");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyList<string> {RecordMemberNames.MissingRequiredFields} {{ get; init; }} = global::System.Array.Empty<string>();");
        writer.Line();
        writer.Line("// Bit i: property i was read as an explicit JSON null, so it is written back as null rather than left out.");
        writer.Line($"[{Json}.Serialization.JsonIgnore]");
        writer.Line($"internal ulong {RecordMemberNames.JsonNulls} {{ get; init; }}");
        if (TracksConstants(record))
        {
            writer.Line();
            writer.Line("// Bit i: constant property i was not in the JSON read, so it is left out when written rather than written as its constant.");
            writer.Line($"[{Json}.Serialization.JsonIgnore]");
            writer.Line($"internal ulong {AbsentConstants} {{ get; init; }}");
        }

        writer.CloseBlock();

        ConverterEmitter.Open(writer, record, "an object (" + ConverterEmitter.DisplayName(record) + ")");
        WriteNames(writer, record);
        WriteTryRead(writer, record);
        WriteWriteValue(writer, record);
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, PropertyModel property, bool useRequiredKeyword)
    {
        writer.DocComment("summary", property.Description ?? "The JSON property \"" + property.WireName + "\".");
        if (property.Example is { } example)
        {
            writer.DocComment("example", example);
        }

        writer.Line($"[{Json}.Serialization.JsonPropertyName({CSharpText.StringLiteral(property.WireName)})]");
        if (property.ConstantName is not null)
        {
            writer.Line($"public string {property.Name} {{ get; init; }} = {property.ConstantName};");
        }
        else if (!property.IsRequired)
        {
            writer.Line($"public {property.Type} {property.Name} {{ get; init; }}");
        }
        else if (useRequiredKeyword)
        {
            writer.Line($"public required {property.Type} {property.Name} {{ get; init; }}");
        }
        else
        {
            // Without 'required' a non-nullable reference needs an initializer; deserialization or the caller sets it.
            var initializer = property.IsReferenceType && !property.IsNullable ? " = default!;" : string.Empty;
            writer.Line($"public {property.Type} {property.Name} {{ get; init; }}{initializer}");
        }
    }

    // The property names (matching, tolerant matching, encoding, missing-field checks and union fit live in the shared
    // JsonFieldNames), and Fit for unions that pick a variant by shape.
    private static void WriteNames(SourceWriter writer, RecordModel record)
    {
        var wire = string.Join(", ", record.Properties.Select(p => CSharpText.StringLiteral(p.WireName)));
        var constants = record.Properties.Any(p => p.ConstantName is not null)
            ? ", new string?[] { " + string.Join(", ", record.Properties.Select(p => p.ConstantValue is { } c && p.ConstantName is not null ? CSharpText.StringLiteral(c) : "null")) + " }"
            : string.Empty;
        writer.Line();
        writer.Line($"private static readonly {NamesType} Names = new {NamesType}(new string[] {{ {wire} }}{constants});");
        writer.Line();
        writer.Line($"internal static int Fit({Json}.Utf8JsonReader reader) => Names.Fit(reader);");
    }

    private static void WriteTryRead(SourceWriter writer, RecordModel record)
    {
        var fullName = record.FullName;
        var properties = record.Properties;
        writer.Line();
        writer.OpenBlock($"internal static bool TryRead(ref {Json}.Utf8JsonReader reader, bool strict, out {fullName} value)");
        writer.Line("value = null!;");
        writer.OpenBlock($"if (reader.TokenType != {Json}.JsonTokenType.StartObject)");
        writer.Line($"return {CodecText.Helpers}.Fail(ref reader, strict, {CSharpText.StringLiteral("an object (" + ConverterEmitter.DisplayName(record) + ")")});");
        writer.CloseBlock();
        writer.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var local = "p" + Index(i);
            if (property.ConstantName is not null)
            {
                writer.Line($"string {local} = {fullName}.{property.ConstantName};");
            }
            else
            {
                writer.Line(property.Codec.TypeName + (property.IsReferenceType || property.IsNullable ? "? " : " ") + local + " = default;");
            }

            if (property.IsRequired && i >= TrackedBits)
            {
                writer.Line($"var has{Index(i)} = false;");
            }
        }

        writer.Line($"global::System.Collections.Generic.Dictionary<string, {JsonElement}>? kept = null;");
        writer.Line("var nulls = 0UL;");
        if (RequiredMask(record) != 0)
        {
            writer.Line("var seen = 0UL;");
        }

        if (TracksConstants(record))
        {
            writer.Line($"var absent = {Hex(ConstantMask(record))};");
        }

        writer.Line("var field = -1;");
        writer.OpenBlock("try");
        writer.OpenBlock($"while (reader.Read() && reader.TokenType == {Json}.JsonTokenType.PropertyName)");
        writer.Line("field = Names.FieldOf(ref reader);");
        writer.Line("var unknownName = field < 0 ? reader.GetString()! : null;");
        writer.Line("reader.Read();");
        if (properties.Count == 0)
        {
            writer.Line($"{CodecText.Helpers}.Keep(ref kept, unknownName!, ref reader);");
            writer.CloseBlock();
            writer.CloseBlock();
            WriteCatch(writer);
            WriteConstruction(writer, record);
            return;
        }

        writer.Line("var start = reader;");
        writer.OpenBlock("switch (field)");
        for (var i = 0; i < properties.Count; i++)
        {
            WriteReadCase(writer, properties[i], i);
        }

        writer.Line("default:");
        writer.Line($"    {CodecText.Helpers}.Keep(ref kept, unknownName!, ref reader);");
        writer.Line("    continue;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("// Lenient: a value the property cannot hold is kept as read, under its wire name, and written back.");
        writer.Line("reader = start;");
        writer.Line($"{CodecText.Helpers}.Keep(ref kept, Names[field], ref reader);");
        writer.CloseBlock();
        writer.CloseBlock();
        WriteCatch(writer);
        WriteConstruction(writer, record);
    }

    private static void WriteCatch(SourceWriter writer)
    {
        writer.OpenBlock("catch (global::ModelGen.Generated.ModelGenJsonException e)");
        writer.Line($"throw e.At({CodecText.Helpers}.PropertySegment(field >= 0 ? Names[field] : \"?\"));");
        writer.CloseBlock();
        writer.Line();
    }

    private static void WriteConstruction(SourceWriter writer, RecordModel record)
    {
        var fullName = record.FullName;
        var properties = record.Properties;
        var typeName = CSharpText.StringLiteral(ConverterEmitter.DisplayName(record));
        var required = RequiredMask(record);
        writer.Line($"var missing = {(required != 0 ? "Names.Missing(seen, " + Hex(required) + ", strict, " + typeName + ")" : "(global::System.Collections.Generic.List<string>?)null")};");
        for (var i = TrackedBits; i < properties.Count; i++)
        {
            // Past the bit masks (a record with over 64 fields): one check per required field.
            if (properties[i].IsRequired)
            {
                var wire = "Names[" + Index(i) + "]";
                writer.OpenBlock($"if (!has{Index(i)})");
                writer.Line($"if (strict) {{ throw {CodecText.Helpers}.MissingRequired({typeName}, {wire}); }}");
                writer.Line($"(missing ??= new global::System.Collections.Generic.List<string>()).Add({wire});");
                writer.CloseBlock();
            }
        }

        writer.Line($"value = new {fullName}");
        writer.Line("{");
        foreach (var (property, i) in properties.Select((p, i) => (p, i)))
        {
            var suppress = property.IsReferenceType && !property.IsNullable ? "!" : string.Empty;
            writer.Line($"    {property.Name} = p{Index(i)}{suppress},");
        }

        writer.Line($"    {RecordMemberNames.ExtensionData} = kept,");
        writer.Line($"    {RecordMemberNames.MissingRequiredFields} = missing is null ? global::System.Array.Empty<string>() : missing.ToArray(),");
        writer.Line($"    {RecordMemberNames.JsonNulls} = nulls,");
        if (TracksConstants(record))
        {
            writer.Line($"    {AbsentConstants} = absent,");
        }

        writer.Line("};");
        writer.Line("return true;");
        writer.CloseBlock();
    }

    // One line per property: note it present (a required one is not missing even when its value is kept instead),
    // read it, and on success remember an explicit null or that a constant property was there.
    private static void WriteReadCase(SourceWriter writer, PropertyModel property, int i)
    {
        var local = "p" + Index(i);
        var bit = "1UL << " + Index(i);
        var present = !property.IsRequired ? string.Empty : i < TrackedBits ? " seen |= " + bit + ";" : " has" + Index(i) + " = true;";
        var found = IsTrackedConstant(property, i) ? " absent &= ~(" + bit + ");" : string.Empty;
        var line = "case " + Index(i) + ":" + present;
        if (property.IsNullable)
        {
            var nullBit = i < TrackedBits ? " nulls |= " + bit + ";" : string.Empty;
            line += " if (reader.TokenType == " + Json + ".JsonTokenType.Null) { " + local + " = null;" + nullBit + found + " continue; }";
        }

        line += " if (" + CodecText.TryRead(property.Codec, "out var v" + Index(i)) + ") { " + local + " = v" + Index(i) + ";" + found + " continue; } break;";
        writer.Line(line);
    }

    private static void WriteWriteValue(SourceWriter writer, RecordModel record)
    {
        writer.Line();
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {record.FullName} value)");
        writer.Line($"var kept = value.{RecordMemberNames.ExtensionData};");
        writer.Line("var encoded = Names.Encoded;");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            WritePropertyWrite(writer, record.Properties[i], i);
        }

        writer.OpenBlock("if (kept is not null)");
        writer.OpenBlock("foreach (var pair in kept)");
        writer.OpenBlock("if (!Names.IsField(pair.Key))");
        writer.Line("writer.WritePropertyName(pair.Key);");
        writer.Line($"{CodecText.Helpers}.WriteJson(writer, pair.Value);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    // A property with a value is written; one without (null, or a required value type left at its default) is written
    // from the JSON kept for it, or as null when it was read as null, or left out when the JSON never had it.
    private static void WritePropertyWrite(SourceWriter writer, PropertyModel property, int i)
    {
        var name = "encoded[" + Index(i) + "]";
        var access = "value." + property.Name;
        var missing = "value." + RecordMemberNames.MissingRequiredFields;
        if (property.IsReferenceType || property.IsNullable || property.ConstantName is not null)
        {
            var present = IsTrackedConstant(property, i) ? "(value." + AbsentConstants + " & (1UL << " + Index(i) + ")) == 0 && " : string.Empty;
            var readAsNull = property.IsNullable && i < TrackedBits ? "(value." + RecordMemberNames.JsonNulls + " & (1UL << " + Index(i) + ")) != 0" : "false";
            writer.Line($"if ({present}{access} is {{ }} v{Index(i)}) {{ writer.WritePropertyName({name}); {CodecText.Write(property.Codec, "v" + Index(i))} }}");
            writer.Line($"else {{ Names.WriteAbsent(writer, kept, {Index(i)}, {readAsNull}, {(property.IsRequired ? missing : "null")}); }}");
            return;
        }

        var isDefault = property.Codec.Kind == ValueCodecKind.Json
            ? access + ".ValueKind == " + Json + ".JsonValueKind.Undefined"
            : "global::System.Collections.Generic.EqualityComparer<" + property.Codec.TypeName + ">.Default.Equals(" + access + ", default)";
        writer.Line($"if (!({isDefault} && Names.WroteKeptOrMissing(writer, kept, {Index(i)}, {missing}))) {{ writer.WritePropertyName({name}); {CodecText.Write(property.Codec, access)} }}");
    }

    private static string Hex(ulong mask) => "0x" + mask.ToString("X", CultureInfo.InvariantCulture) + "UL";

    private static ulong RequiredMask(RecordModel record)
    {
        var mask = 0UL;
        for (var i = 0; i < record.Properties.Count && i < TrackedBits; i++)
        {
            if (record.Properties[i].IsRequired)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static bool IsTrackedConstant(PropertyModel property, int i) => property.ConstantName is not null && i < TrackedBits;

    private static bool TracksConstants(RecordModel record) => ConstantMask(record) != 0;

    private static ulong ConstantMask(RecordModel record)
    {
        var mask = 0UL;
        for (var i = 0; i < record.Properties.Count; i++)
        {
            if (IsTrackedConstant(record.Properties[i], i))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }
}
