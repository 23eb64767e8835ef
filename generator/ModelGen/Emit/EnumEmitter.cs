using ModelGen.Common;
using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// Writes an enum doc: a C# <c>enum</c> with a converter that reads and writes wire values (closed), or a readonly
/// struct over the wire value that keeps unknown values (open).
/// </summary>
internal static class EnumEmitter
{

    public static void Write(SourceWriter writer, EnumModel model)
    {
        var fullName = model.FullName;
        ConverterEmitter.WriteAttribute(writer, model);
        if (model.IsOpen)
        {
            WriteOpenStruct(writer, model, fullName);
        }
        else
        {
            WriteEnum(writer, model);
        }

        var expected = (model.IsNumber ? "a number" : "a string") + " (" + ConverterEmitter.DisplayName(model) + ")";
        ConverterEmitter.Open(writer, model, expected, alwaysStrict: !model.IsOpen);
        writer.Line();
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

    private static string Literal(EnumModel model, string value) => model.IsNumber ? NumberText.Canonical(value) : CSharpText.StringLiteral(value);

    private static void WriteEnum(SourceWriter writer, EnumModel model)
    {
        writer.OpenBlock($"public enum {model.Name}");
        for (var i = 0; i < model.Members.Count; i++)
        {
            var member = model.Members[i];
            writer.Line($"/// <summary>The wire value <c>{CSharpText.XmlEscape(member.Value)}</c>.</summary>");
            writer.Line(member.Name + (model.IsNumber ? " = " + member.Value : string.Empty) + ",");
        }

        writer.CloseBlock();
    }

    // An unknown value does not fit: a lenient reader keeps its JSON in the record that holds it; a top-level read throws.
    private static void WriteClosedConverter(SourceWriter writer, EnumModel model, string fullName)
    {
        var typeName = CSharpText.StringLiteral(ConverterEmitter.DisplayName(model));
        writer.OpenBlock($"internal static bool TryRead(ref {Json}.Utf8JsonReader reader, bool strict, out {fullName} value)");
        if (model.IsNumber)
        {
            writer.OpenBlock($"if (reader.TokenType == {Json}.JsonTokenType.Number && reader.TryGetInt32(out var number))");
            writer.OpenBlock("switch (number)");
        }
        else
        {
            writer.OpenBlock($"if (reader.TokenType == {Json}.JsonTokenType.String)");
            writer.OpenBlock("switch (reader.GetString())");
        }

        foreach (var member in model.Members)
        {
            writer.Line($"case {Literal(model, member.Value)}: value = {fullName}.{member.Name}; return true;");
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("value = default;");
        writer.Line($"return {JsonHelpers}.Fail(strict, {JsonHelpers}.Describe(ref reader) + \" is not a value of \" + {typeName} + \".\");");
        writer.CloseBlock();
        writer.Line();
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {fullName} value)");
        writer.OpenBlock("switch (value)");
        foreach (var member in model.Members)
        {
            writer.Line($"case {fullName}.{member.Name}: writer.{(model.IsNumber ? "WriteNumberValue" : "WriteStringValue")}({Literal(model, member.Value)}); return;");
        }

        writer.CloseBlock();
        writer.Line();
        writer.Line($"throw new {Json}.JsonException(\"(\" + {typeName} + \")\" + ((int)value).ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \" is not a value of \" + {typeName} + \".\");");
        writer.CloseBlock();
    }

    private static void WriteOpenStruct(SourceWriter writer, EnumModel model, string fullName)
    {
        var valueType = model.IsNumber ? "double" : "string";
        writer.OpenBlock($"public readonly partial struct {model.Name} : global::System.IEquatable<{fullName}>");
        foreach (var member in model.Members)
        {
            writer.Line($"/// <summary>The wire value <c>{CSharpText.XmlEscape(member.Value)}</c>.</summary>");
            writer.Line($"public static readonly {fullName} {member.Name} = new {fullName}({Literal(model, member.Value)});");
            writer.Line();
        }

        if (model.IsNumber)
        {
            writer.Line("private readonly double value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line($"public {model.Name}(double value) => this.value = value;");
            writer.Line();
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line("public double Value => value;");
        }
        else
        {
            writer.Line("private readonly string? value;");
            writer.Line();
            writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
            writer.Line($"public {model.Name}(string value) => this.value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
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
            writer.Line($"case {Literal(model, member.Value)}:");
        }

        writer.Line("    return true;");
        writer.Line("default:");
        writer.Line("    return false;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("/// <summary>Whether both hold the same wire value.</summary>");
        writer.Line($"public bool Equals({fullName} other) => {(model.IsNumber ? "Value.Equals(other.Value)" : "string.Equals(Value, other.Value, global::System.StringComparison.Ordinal)")};");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => obj is {fullName} other && Equals(other);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override int GetHashCode() => {(model.IsNumber ? "Value.GetHashCode()" : "global::System.StringComparer.Ordinal.GetHashCode(Value)")};");
        writer.Line();
        writer.Line("/// <summary>The wire value as text.</summary>");
        writer.Line($"public override string ToString() => {(model.IsNumber ? "Value.ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)" : "Value")};");
        writer.Line();
        writer.Line("/// <summary>Whether both hold the same wire value.</summary>");
        writer.Line($"public static bool operator ==({fullName} left, {fullName} right) => left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Whether the wire values differ.</summary>");
        writer.Line($"public static bool operator !=({fullName} left, {fullName} right) => !left.Equals(right);");
        writer.Line();
        writer.Line("/// <summary>Wraps a wire value, known or not.</summary>");
        writer.Line($"public static implicit operator {fullName}({valueType} value) => new {fullName}(value);");
        writer.Line();
        writer.Line("/// <summary>The wire value.</summary>");
        writer.Line($"public static explicit operator {valueType}({fullName} value) => value.Value;");
        writer.CloseBlock();
    }

    // Any value of the right kind is kept, known or not.
    private static void WriteOpenConverter(SourceWriter writer, EnumModel model, string fullName)
    {
        writer.OpenBlock($"internal static bool TryRead(ref {Json}.Utf8JsonReader reader, bool strict, out {fullName} value)");
        writer.OpenBlock($"if ({JsonHelpers}{(model.IsNumber ? ".TryReadNumber" : ".TryReadString")}(ref reader, strict, out var raw))");
        writer.Line($"value = new {fullName}(raw);");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("value = default;");
        writer.Line("return false;");
        writer.CloseBlock();
        writer.Line();
        writer.Line($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {fullName} value) =>");
        writer.Line(model.IsNumber ? "    writer.WriteNumberValue(value.Value);" : "    writer.WriteStringValue(value.Value);");
    }
}
