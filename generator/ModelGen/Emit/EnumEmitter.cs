using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// Writes an enum doc: a C# <c>enum</c> with a converter that reads and writes wire values (closed), or a readonly
/// struct over the wire value that keeps unknown values (open).
/// </summary>
internal static class EnumEmitter
{
    private const string Json = "global::System.Text.Json";

    public static void Write(SourceWriter writer, EnumModel model)
    {
        var fullName = "global::" + (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + model.Name;
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ConverterName(model) + "))]");
        if (model.IsOpen)
        {
            WriteOpenStruct(writer, model, fullName);
        }
        else
        {
            WriteEnum(writer, model);
        }

        writer.Line();
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model.Name + "\"/> as its wire values.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal sealed class " + model.Name + "_JsonConverter : " + Json + ".Serialization.JsonConverter<" + fullName + ">");
        if (model.IsOpen)
        {
            WriteOpenConverter(writer, model, fullName);
        }
        else
        {
            WriteClosedConverter(writer, model, fullName);
        }

        writer.CloseBlock();
    }

    private static string ConverterName(EnumModel model) =>
        "global::" + (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + model.Name + "_JsonConverter";

    private static string Literal(EnumModel model, string value) => model.IsNumber ? value : CSharpText.StringLiteral(value);

    private static void WriteEnum(SourceWriter writer, EnumModel model)
    {
        writer.OpenBlock("public enum " + model.Name);
        for (var i = 0; i < model.Members.Count; i++)
        {
            var member = model.Members[i];
            writer.Line("/// <summary>The wire value <c>" + CSharpText.XmlEscape(member.Value) + "</c>.</summary>");
            writer.Line(member.Name + (model.IsNumber ? " = " + member.Value : string.Empty) + ",");
        }

        writer.CloseBlock();
    }

    private static void WriteClosedConverter(SourceWriter writer, EnumModel model, string fullName)
    {
        var typeName = CSharpText.StringLiteral(model.Namespace.Length == 0 ? model.Name : model.Namespace + "." + model.Name);
        writer.OpenBlock("public override " + fullName + " Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        if (model.IsNumber)
        {
            writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.Number && reader.TryGetInt32(out var value))");
            writer.OpenBlock("switch (value)");
        }
        else
        {
            writer.OpenBlock("if (reader.TokenType == " + Json + ".JsonTokenType.String)");
            writer.Line("var value = reader.GetString();");
            writer.OpenBlock("switch (value)");
        }

        foreach (var member in model.Members)
        {
            writer.Line("case " + Literal(model, member.Value) + ": return " + fullName + "." + member.Name + ";");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("var text = reader.TokenType == " + Json + ".JsonTokenType.String ? \"'\" + reader.GetString() + \"'\" : " + Json + ".JsonDocument.ParseValue(ref reader).RootElement.GetRawText();");
        writer.Line("throw new " + Json + ".JsonException(text + \" is not a value of \" + " + typeName + " + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock("public override void Write(" + Json + ".Utf8JsonWriter writer, " + fullName + " value, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("switch (value)");
        foreach (var member in model.Members)
        {
            writer.Line("case " + fullName + "." + member.Name + ": writer." + (model.IsNumber ? "WriteNumberValue" : "WriteStringValue") + "(" + Literal(model, member.Value) + "); return;");
        }

        writer.CloseBlock();
        writer.Line();
        writer.Line("throw new " + Json + ".JsonException(\"(\" + " + typeName + " + \")\" + ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is not a value of \" + " + typeName + " + \".\");");
        writer.CloseBlock();
    }

    private static void WriteOpenStruct(SourceWriter writer, EnumModel model, string fullName)
    {
        var valueType = model.IsNumber ? "double" : "string";
        writer.OpenBlock("public readonly partial struct " + model.Name + " : global::System.IEquatable<" + fullName + ">");
        foreach (var member in model.Members)
        {
            writer.Line("/// <summary>The wire value <c>" + CSharpText.XmlEscape(member.Value) + "</c>.</summary>");
            writer.Line("public static readonly " + fullName + " " + member.Name + " = new " + fullName + "(" + Literal(model, member.Value) + ");");
            writer.Line();
        }

        if (model.IsNumber)
        {
            writer.Line("private readonly double value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line("public " + model.Name + "(double value) => this.value = value;");
            writer.Line();
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line("public double Value => value;");
        }
        else
        {
            writer.Line("private readonly string? value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line("public " + model.Name + "(string value) => this.value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line();
            writer.Line("/// <summary>The wire value (empty for <c>default</c>).</summary>");
            writer.Line("public string Value => value ?? string.Empty;");
        }

        writer.Line();
        writer.Line("/// <summary>Whether <see cref=\"Value\"/> is one of the values the docs list.</summary>");
        writer.OpenBlock("public bool IsKnown");
        writer.OpenBlock("get");
        writer.OpenBlock("switch (Value)");
        foreach (var member in model.Members)
        {
            writer.Line("case " + Literal(model, member.Value) + ":");
        }

        writer.Line("    return true;");
        writer.Line("default:");
        writer.Line("    return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("public bool Equals(" + fullName + " other) => " + (model.IsNumber ? "Value.Equals(other.Value)" : "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)") + ";");
        writer.Line();
        writer.Line("public override bool Equals(object? obj) => obj is " + fullName + " other && Equals(other);");
        writer.Line();
        writer.Line("public override int GetHashCode() => " + (model.IsNumber ? "Value.GetHashCode()" : "global::System.StringComparer.Ordinal.GetHashCode(Value)") + ";");
        writer.Line();
        writer.Line("public override string ToString() => " + (model.IsNumber ? "Value.ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)" : "Value") + ";");
        writer.Line();
        writer.Line("public static bool operator ==(" + fullName + " left, " + fullName + " right) => left.Equals(right);");
        writer.Line();
        writer.Line("public static bool operator !=(" + fullName + " left, " + fullName + " right) => !left.Equals(right);");
        writer.Line();
        writer.Line("public static implicit operator " + fullName + "(" + valueType + " value) => new " + fullName + "(value);");
        writer.Line();
        writer.Line("public static explicit operator " + valueType + "(" + fullName + " value) => value.Value;");
        writer.CloseBlock();
    }

    private static void WriteOpenConverter(SourceWriter writer, EnumModel model, string fullName)
    {
        writer.Line("public override " + fullName + " Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options) =>");
        writer.Line(model.IsNumber
            ? "    new " + fullName + "(reader.GetDouble());"
            : "    new " + fullName + "(reader.GetString() ?? throw new " + Json + ".JsonException(\"Expected a string.\"));");
        writer.Line();
        writer.Line("public override void Write(" + Json + ".Utf8JsonWriter writer, " + fullName + " value, " + Json + ".JsonSerializerOptions options) =>");
        writer.Line(model.IsNumber ? "    writer.WriteNumberValue(value.Value);" : "    writer.WriteStringValue(value.Value);");
    }
}
