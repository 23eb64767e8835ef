using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>Writes an object doc's record: constants first, then one init property per field in doc order.</summary>
internal static class RecordEmitter
{
    private const string JsonPropertyName = "global::System.Text.Json.Serialization.JsonPropertyName";
    private const string IgnoreWhenNull =
        "[global::System.Text.Json.Serialization.JsonIgnore(Condition = global::System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]";

    public static void Write(SourceWriter writer, RecordModel record)
    {
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

        writer.CloseBlock();
    }

    private static void WriteProperty(SourceWriter writer, PropertyModel property, bool useRequiredKeyword)
    {
        if (property.Description is { } description)
        {
            TypeEmitter.WriteDocComment(writer, "summary", description);
        }

        if (property.Example is { } example)
        {
            TypeEmitter.WriteDocComment(writer, "example", example);
        }

        writer.Line("[" + JsonPropertyName + "(" + CSharpText.StringLiteral(property.WireName) + ")]");
        if (property.ConstantName is not null)
        {
            writer.Line("public string " + property.Name + " { get; init; } = " + property.ConstantName + ";");
            return;
        }

        if (!property.IsRequired)
        {
            writer.Line(IgnoreWhenNull);
            writer.Line("public " + property.Type + " " + property.Name + " { get; init; }");
        }
        else if (useRequiredKeyword)
        {
            writer.Line("public required " + property.Type + " " + property.Name + " { get; init; }");
        }
        else
        {
            // Without 'required' a non-nullable reference needs an initializer; deserialization or the caller sets it.
            writer.Line("public " + property.Type + " " + property.Name + " { get; init; }" + (property.IsReferenceType ? " = default!;" : string.Empty));
        }
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
