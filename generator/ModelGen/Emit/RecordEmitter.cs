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

    // Explicit nulls are remembered in a ulong: one bit per property, for the first 64.
    private const int TrackedNulls = 64;

    // Bit i: constant property i (one of the first 64) was not in the JSON read (or held a value it could not hold),
    // so writing leaves it out rather than writing the constant: a round trip does not add a property. Internal, and
    // camelCase because no field can get that name (field names are PascalCased), so it never clashes with one.
    // TODO: belongs in Model/RecordMemberNames (and DocResolver's reserved names) as a PascalCase name.
    private const string AbsentConstants = RecordMemberNames.AbsentConstants;

    public static void Write(SourceWriter writer, RecordModel record)
    {
        ConverterEmitter.WriteAttribute(writer, record);
        writer.OpenBlock("public sealed partial record " + record.Name);
        var first = true;
        foreach (var property in record.Properties)
        {
            if (property.ConstantName is null)
            {
                continue;
            }

            Separate(writer, ref first);
            writer.Line("/// <summary>The value <see cref=\"" + property.Name + "\"/> always holds: <c>" + CSharpText.XmlEscape(property.ConstantValue!) + "</c>.</summary>");
            writer.Line("public const string " + property.ConstantName + " = " + CSharpText.StringLiteral(property.ConstantValue!) + ";");
        }

        foreach (var property in record.Properties)
        {
            Separate(writer, ref first);
            WriteProperty(writer, property, record.UseRequiredKeyword);
        }

        Separate(writer, ref first);
        writer.Line("/// <summary>");
        writer.Line("/// JSON this record keeps without a typed property for it: properties the docs do not describe, and values a");
        writer.Line("/// typed property could not hold (a value of the wrong kind, an integer too large for a double). Writing the");
        writer.Line("/// record writes them back, so a round trip loses nothing.");
        writer.Line("/// </summary>");
        writer.Line("[" + Json + ".Serialization.JsonIgnore]");
        writer.Line("public " + KeptType + "? " + RecordMemberNames.ExtensionData + " { get; init; }");
        writer.Line();
        writer.Line("/// <summary>The wire names of required fields the JSON read into this record did not have (lenient reading); empty when none were missing.</summary>");
        writer.Line("[" + Json + ".Serialization.JsonIgnore]");
        writer.Line("public global::System.Collections.Generic.IReadOnlyList<string> " + RecordMemberNames.MissingRequiredFields + " { get; init; } = global::System.Array.Empty<string>();");
        writer.Line();
        writer.Line("// Bit i: property i was read as an explicit JSON null, so it is written back as null rather than left out.");
        writer.Line("[" + Json + ".Serialization.JsonIgnore]");
        writer.Line("internal ulong " + RecordMemberNames.JsonNulls + " { get; init; }");
        if (TracksConstants(record))
        {
            writer.Line();
            writer.Line("// Bit i: constant property i was not in the JSON read, so it is left out when written rather than written as its constant.");
            writer.Line("[" + Json + ".Serialization.JsonIgnore]");
            writer.Line("internal ulong " + AbsentConstants + " { get; init; }");
        }

        writer.CloseBlock();

        ConverterEmitter.Open(writer, record, "an object (" + ConverterEmitter.DisplayName(record) + ")");
        WriteNames(writer, record);
        WriteFieldOf(writer, record);
        WriteFit(writer, record);
        WriteTryRead(writer, record);
        WriteWriteValue(writer, record);
        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, PropertyModel property, bool useRequiredKeyword)
    {
        TypeEmitter.WriteDocComment(writer, "summary", property.Description ?? "The JSON property \"" + property.WireName + "\".");
        if (property.Example is { } example)
        {
            TypeEmitter.WriteDocComment(writer, "example", example);
        }

        writer.Line("[" + Json + ".Serialization.JsonPropertyName(" + CSharpText.StringLiteral(property.WireName) + ")]");
        if (property.ConstantName is not null)
        {
            writer.Line("public string " + property.Name + " { get; init; } = " + property.ConstantName + ";");
        }
        else if (!property.IsRequired)
        {
            writer.Line("public " + property.Type + " " + property.Name + " { get; init; }");
        }
        else if (useRequiredKeyword)
        {
            writer.Line("public required " + property.Type + " " + property.Name + " { get; init; }");
        }
        else
        {
            // Without 'required' a non-nullable reference needs an initializer; deserialization or the caller sets it.
            var initializer = property.IsReferenceType && !property.IsNullable ? " = default!;" : string.Empty;
            writer.Line("public " + property.Type + " " + property.Name + " { get; init; }" + initializer);
        }
    }

    // Names read as UTF-8 (compared without allocating) and written pre-encoded.
    private static void WriteNames(SourceWriter writer, RecordModel record)
    {
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var wire = record.Properties[i].WireName;
            var bytes = string.Join(", ", Encoding.UTF8.GetBytes(wire).Select(b => b.ToString(CultureInfo.InvariantCulture)));
            writer.Line();
            writer.Line("private static global::System.ReadOnlySpan<byte> Utf8Name" + Index(i) + " => new byte[] { " + bytes + " };");
            writer.Line();
            writer.Line("private static readonly " + Json + ".JsonEncodedText Name" + Index(i) + " = " + Json + ".JsonEncodedText.Encode(" + CSharpText.StringLiteral(wire) + ");");
        }
    }

    // The field a property name selects: the exact wire name first, then any spelling equal ignoring case, '_' and '-'.
    private static void WriteFieldOf(SourceWriter writer, RecordModel record)
    {
        writer.Line();
        writer.OpenBlock("private static int FieldOf(ref " + Json + ".Utf8JsonReader reader)");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            writer.OpenBlock("if (reader.ValueTextEquals(Utf8Name" + Index(i) + "))");
            writer.Line("return " + Index(i) + ";");
            writer.CloseBlock();
            writer.Line();
        }

        var tolerant = new List<(string Key, int Field)>();
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < record.Properties.Count; i++)
        {
            var key = NormalizeName(record.Properties[i].WireName);
            if (key.Length > 0 && taken.Add(key))
            {
                tolerant.Add((key, i));
            }
        }

        if (tolerant.Count > 0)
        {
            writer.OpenBlock("switch (" + CodecText.Helpers + ".NormalizeName(reader.GetString()!))");
            foreach (var (key, field) in tolerant)
            {
                writer.Line("case " + CSharpText.StringLiteral(key) + ": return " + Index(field) + ";");
            }

            writer.Line("default: return -1;");
            writer.CloseBlock();
        }
        else
        {
            writer.Line("return -1;");
        }

        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("private static bool IsField(string name)");
        if (record.Properties.Count == 0)
        {
            writer.Line("return false;");
        }
        else
        {
            writer.OpenBlock("switch (name)");
            foreach (var wire in record.Properties.Select(p => p.WireName).Distinct())
            {
                writer.Line("case " + CSharpText.StringLiteral(wire) + ":");
            }

            writer.Line("    return true;");
            writer.Line("default:");
            writer.Line("    return false;");
            writer.CloseBlock();
        }

        writer.CloseBlock();
    }

    /// <summary>Mirrors the generated <c>JsonHelpers.NormalizeName</c>: the key tolerant matching compares.</summary>
    internal static string NormalizeName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != '_' && c != '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static void WriteTryRead(SourceWriter writer, RecordModel record)
    {
        var fullName = record.FullName;
        var properties = record.Properties;
        writer.Line();
        writer.OpenBlock("internal static bool TryRead(ref " + Json + ".Utf8JsonReader reader, bool strict, out " + fullName + " value)");
        writer.Line("value = null!;");
        writer.OpenBlock("if (reader.TokenType != " + Json + ".JsonTokenType.StartObject)");
        writer.Line("return " + CodecText.Helpers + ".Fail(ref reader, strict, " + CSharpText.StringLiteral("an object (" + ConverterEmitter.DisplayName(record) + ")") + ");");
        writer.CloseBlock();
        writer.Line();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var local = "p" + Index(i);
            if (property.ConstantName is not null)
            {
                writer.Line("string " + local + " = " + fullName + "." + property.ConstantName + ";");
            }
            else
            {
                writer.Line(property.Codec.TypeName + (property.IsReferenceType || property.IsNullable ? "? " : " ") + local + " = default;");
            }

            if (property.IsRequired)
            {
                writer.Line("var has" + Index(i) + " = false;");
            }
        }

        writer.Line("global::System.Collections.Generic.Dictionary<string, " + JsonElement + ">? kept = null;");
        writer.Line("var nulls = 0UL;");
        if (TracksConstants(record))
        {
            writer.Line("var absent = 0x" + ConstantMask(record).ToString("X", CultureInfo.InvariantCulture) + "UL;");
        }

        writer.Line("var field = -1;");
        writer.OpenBlock("try");
        writer.OpenBlock("while (reader.Read() && reader.TokenType == " + Json + ".JsonTokenType.PropertyName)");
        writer.Line("field = FieldOf(ref reader);");
        writer.Line("var unknownName = field < 0 ? reader.GetString()! : null;");
        writer.Line("reader.Read();");
        if (properties.Count == 0)
        {
            writer.Line("(kept ??= new global::System.Collections.Generic.Dictionary<string, " + JsonElement + ">(global::System.StringComparer.Ordinal))[unknownName!] = " + JsonElement + ".ParseValue(ref reader);");
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
        writer.Line("    (kept ??= new global::System.Collections.Generic.Dictionary<string, " + JsonElement + ">(global::System.StringComparer.Ordinal))[unknownName!] = " + JsonElement + ".ParseValue(ref reader);");
        writer.Line("    continue;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("// Lenient: a value the property cannot hold is kept as read, under its wire name, and written back.");
        writer.Line("reader = start;");
        writer.Line("(kept ??= new global::System.Collections.Generic.Dictionary<string, " + JsonElement + ">(global::System.StringComparer.Ordinal))[WireName(field)] = " + JsonElement + ".ParseValue(ref reader);");
        writer.CloseBlock();
        writer.CloseBlock();
        WriteCatch(writer);
        WriteConstruction(writer, record);
    }

    private static void WriteCatch(SourceWriter writer)
    {
        writer.OpenBlock("catch (global::ModelGen.Generated.ModelGenJsonException e)");
        writer.Line("throw e.At(" + CodecText.Helpers + ".PropertySegment(field >= 0 ? WireName(field) : \"?\"));");
        writer.CloseBlock();
        writer.Line();
    }

    private static void WriteConstruction(SourceWriter writer, RecordModel record)
    {
        var fullName = record.FullName;
        var properties = record.Properties;
        writer.Line("global::System.Collections.Generic.List<string>? missing = null;");
        for (var i = 0; i < properties.Count; i++)
        {
            if (!properties[i].IsRequired)
            {
                continue;
            }

            var wire = CSharpText.StringLiteral(properties[i].WireName);
            writer.OpenBlock("if (!has" + Index(i) + ")");
            writer.OpenBlock("if (strict)");
            writer.Line("throw " + CodecText.Helpers + ".MissingRequired(" + CSharpText.StringLiteral(ConverterEmitter.DisplayName(record)) + ", " + wire + ");");
            writer.CloseBlock();
            writer.Line();
            writer.Line("(missing ??= new global::System.Collections.Generic.List<string>()).Add(" + wire + ");");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line("value = new " + fullName);
        writer.Line("{");
        foreach (var (property, i) in properties.Select((p, i) => (p, i)))
        {
            var suppress = property.IsReferenceType && !property.IsNullable ? "!" : string.Empty;
            writer.Line("    " + property.Name + " = p" + Index(i) + suppress + ",");
        }

        writer.Line("    " + RecordMemberNames.ExtensionData + " = kept,");
        writer.Line("    " + RecordMemberNames.MissingRequiredFields + " = missing is null ? global::System.Array.Empty<string>() : missing.ToArray(),");
        writer.Line("    " + RecordMemberNames.JsonNulls + " = nulls,");
        if (TracksConstants(record))
        {
            writer.Line("    " + AbsentConstants + " = absent,");
        }

        writer.Line("};");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("private static string WireName(int field)");
        writer.OpenBlock("switch (field)");
        for (var i = 0; i < properties.Count; i++)
        {
            writer.Line("case " + Index(i) + ": return " + CSharpText.StringLiteral(properties[i].WireName) + ";");
        }

        writer.Line("default: return string.Empty;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteReadCase(SourceWriter writer, PropertyModel property, int i)
    {
        var local = "p" + Index(i);
        var has = property.IsRequired ? " has" + Index(i) + " = true;" : string.Empty;
        if (IsTrackedConstant(property, i))
        {
            has += " absent &= ~(1UL << " + Index(i) + ");";
        }

        writer.Line("case " + Index(i) + ":");
        writer.Indent();
        writer.Line("{");
        if (property.IsNullable)
        {
            var bit = i < TrackedNulls ? " nulls |= 1UL << " + Index(i) + ";" : string.Empty;
            writer.Line("    if (reader.TokenType == " + Json + ".JsonTokenType.Null) { " + local + " = null;" + bit + has + " continue; }");
        }

        writer.Line("    if (" + CodecText.TryRead(property.Codec, "out var v") + ") { " + local + " = v;" + has + " continue; }");
        if (property.IsRequired)
        {
            // Present, just not readable: kept below, and not reported missing.
            writer.Line("    " + has.TrimStart());
        }

        writer.Line("    break;");
        writer.Line("}");
        writer.Dedent();
    }

    private static void WriteWriteValue(SourceWriter writer, RecordModel record)
    {
        writer.Line();
        writer.OpenBlock("internal static void WriteValue(" + Json + ".Utf8JsonWriter writer, " + record.FullName + " value)");
        writer.Line("var kept = value." + RecordMemberNames.ExtensionData + ";");
        writer.Line("writer.WriteStartObject();");
        for (var i = 0; i < record.Properties.Count; i++)
        {
            WritePropertyWrite(writer, record.Properties[i], i);
        }

        writer.OpenBlock("if (kept is not null)");
        writer.OpenBlock("foreach (var pair in kept)");
        writer.OpenBlock("if (!IsField(pair.Key))");
        writer.Line("writer.WritePropertyName(pair.Key);");
        writer.Line(CodecText.Helpers + ".WriteJson(writer, pair.Value);");
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
        var name = "Name" + Index(i);
        var wire = CSharpText.StringLiteral(property.WireName);
        var access = "value." + property.Name;
        var kept = CodecText.Helpers + ".TryWriteKept(writer, kept, " + name + ", " + wire + ")";
        var missing = CodecText.Helpers + ".Contains(value." + RecordMemberNames.MissingRequiredFields + ", " + wire + ")";
        if (property.IsReferenceType || property.IsNullable || property.ConstantName is not null)
        {
            var present = IsTrackedConstant(property, i) ? "(value." + AbsentConstants + " & (1UL << " + Index(i) + ")) == 0 && " : string.Empty;
            writer.OpenBlock("if (" + present + access + " is { } v" + Index(i) + ")");
            writer.Line("writer.WritePropertyName(" + name + ");");
            writer.Line(CodecText.Write(property.Codec, "v" + Index(i)));
            writer.CloseBlock();
            var writeNull = new List<string>();
            if (property.IsNullable && i < TrackedNulls)
            {
                writeNull.Add("(value." + RecordMemberNames.JsonNulls + " & (1UL << " + Index(i) + ")) != 0");
            }

            if (property.IsRequired)
            {
                writeNull.Add("!" + missing);
            }

            if (writeNull.Count > 0)
            {
                writer.OpenBlock("else if (!" + kept + " && (" + string.Join(" || ", writeNull) + "))");
                writer.Line("writer.WriteNull(" + name + ");");
                writer.CloseBlock();
            }
            else
            {
                writer.OpenBlock("else");
                writer.Line(kept + ";");
                writer.CloseBlock();
            }

            writer.Line();
            return;
        }

        var isDefault = property.Codec.Kind == ValueCodecKind.Json
            ? access + ".ValueKind == " + Json + ".JsonValueKind.Undefined"
            : "global::System.Collections.Generic.EqualityComparer<" + property.Codec.TypeName + ">.Default.Equals(" + access + ", default)";
        writer.OpenBlock("if (!(" + isDefault + " && (" + kept + " || " + missing + ")))");
        writer.Line("writer.WritePropertyName(" + name + ");");
        writer.Line(CodecText.Write(property.Codec, access));
        writer.CloseBlock();
        writer.Line();
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static bool IsTrackedConstant(PropertyModel property, int i) => property.ConstantName is not null && i < TrackedNulls;

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

    // How well an object fits this record, for unions that pick a variant by shape (the reader is a copy): 0 when a
    // constant property holds another string (the object is another variant); else 1, plus 1 when every property is
    // one of the record's, plus 2 when a constant property holds its constant (evidence a plain string field lacks).
    private static void WriteFit(SourceWriter writer, RecordModel record)
    {
        var constants = record.Properties.Select((p, i) => (p, i)).Where(x => x.p.ConstantName is not null).ToList();
        writer.Line();
        writer.Line("// 0: a constant property holds another string. Else 1, +1 when every property is a field, +2 when a constant property holds its constant.");
        writer.OpenBlock("internal static int Fit(" + Json + ".Utf8JsonReader reader)");
        writer.OpenBlock("if (reader.TokenType != " + Json + ".JsonTokenType.StartObject)");
        writer.Line("return 0;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("var known = true;");
        if (constants.Count > 0)
        {
            writer.Line("var matched = false;");
        }

        writer.OpenBlock("while (reader.Read() && reader.TokenType == " + Json + ".JsonTokenType.PropertyName)");
        writer.Line("var field = FieldOf(ref reader);");
        writer.Line("reader.Read();");
        if (constants.Count > 0)
        {
            writer.OpenBlock("switch (field)");
            foreach (var (property, i) in constants)
            {
                writer.Line("case " + Index(i) + ":");
                writer.Indent();
                writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.String)");
                writer.OpenBlock("if (!reader.ValueTextEquals(" + CSharpText.StringLiteral(property.ConstantValue!) + "))");
                writer.Line("return 0;");
                writer.CloseBlock();
                writer.Line();
                writer.Line("matched = true;");
                writer.CloseBlock();
                writer.Line();
                writer.Line("break;");
                writer.Dedent();
            }

            writer.Line("case -1:");
            writer.Line("    known = false;");
            writer.Line("    break;");
            writer.CloseBlock();
        }
        else
        {
            writer.Line("known &= field >= 0;");
        }

        writer.Line();
        writer.OpenBlock("if (!reader.TrySkip())");
        writer.Line("break;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return (known ? 2 : 1)" + (constants.Count > 0 ? " + (matched ? 2 : 0)" : string.Empty) + ";");
        writer.CloseBlock();
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
