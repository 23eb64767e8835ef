using System.Collections.Generic;
using System.Linq;
using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// Writes a union doc: a sealed class holding exactly one variant (a variant type may belong to many unions, so the
/// union cannot be their base class), with From/Is/TryGet per variant, implicit conversions, an exhaustive
/// Match/Switch, and a converter that picks the variant by discriminator or by JSON shape. JSON that fits no variant
/// is kept as <c>UnknownVariant</c> and written back unchanged: an API adding a variant never breaks a reader.
/// </summary>
internal static class UnionEmitter
{
    private const string Json = "global::System.Text.Json";

    public static void Write(SourceWriter writer, UnionModel model)
    {
        var fullName = "global::" + (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + model.Name;
        var unknown = fullName + ".UnknownVariant";
        writer.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + fullName + "_JsonConverter))]");
        writer.OpenBlock("public sealed partial class " + model.Name + " : global::System.IEquatable<" + fullName + ">");
        writer.Line("private readonly int variant;");
        writer.Line();
        writer.Line("private " + model.Name + "(object value, int variant)");
        writer.Line("{");
        writer.Line("    Value = value;");
        writer.Line("    this.variant = variant;");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>The variant this union holds: one of the variant types, or an <see cref=\"UnknownVariant\"/>.</summary>");
        writer.Line("public object Value { get; }");

        for (var i = 0; i < model.Variants.Count; i++)
        {
            WriteVariantMembers(writer, model, model.Variants[i], i + 1, fullName);
        }

        writer.Line();
        writer.Line("/// <summary>Wraps JSON that matches no variant the docs describe.</summary>");
        writer.Line("public static " + fullName + " FromUnknown(" + unknown + " value) => new " + fullName + "(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);");
        writer.Line();
        writer.Line("/// <summary>Whether this union holds JSON that matches no variant the docs describe.</summary>");
        writer.Line("public bool IsUnknown => variant == 0;");
        writer.Line();
        WriteMatch(writer, model, unknown);
        writer.Line();
        writer.Line("public bool Equals(" + fullName + "? other) => other is not null && variant == other.variant && Equals(Value, other.Value);");
        writer.Line();
        writer.Line("public override bool Equals(object? obj) => Equals(obj as " + fullName + ");");
        writer.Line();
        writer.Line("public override int GetHashCode() => (variant * 397) ^ Value.GetHashCode();");
        writer.Line();
        writer.Line("public override string ToString() => Value.ToString() ?? string.Empty;");
        writer.Line();
        writer.Line("/// <summary>JSON that matches no variant the docs describe, kept as read.</summary>");
        writer.OpenBlock("public sealed class UnknownVariant");
        writer.Line("/// <summary>Keeps <paramref name=\"json\"/> (and its discriminator, when the union has one).</summary>");
        writer.Line("public UnknownVariant(string? discriminator, " + Json + ".JsonElement json)");
        writer.Line("{");
        writer.Line("    Discriminator = discriminator;");
        writer.Line("    Json = json;");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>The discriminator value read, or null.</summary>");
        writer.Line("public string? Discriminator { get; }");
        writer.Line();
        writer.Line("/// <summary>The JSON as read; writing the union writes it back unchanged.</summary>");
        writer.Line("public " + Json + ".JsonElement Json { get; }");
        writer.Line();
        writer.Line("public override string ToString() => Json.GetRawText();");
        writer.CloseBlock();
        writer.CloseBlock();

        writer.Line();
        writer.Line("/// <summary>Reads and writes <see cref=\"" + model.Name + "\"/>: the variant's own JSON, no wrapper.</summary>");
        writer.Line(FileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.OpenBlock("internal sealed class " + model.Name + "_JsonConverter : " + Json + ".Serialization.JsonConverter<" + fullName + ">");
        WriteRead(writer, model, fullName, unknown);
        writer.Line();
        WriteWrite(writer, model, fullName, unknown);
        writer.CloseBlock();
    }

    private static void WriteVariantMembers(SourceWriter writer, UnionModel model, UnionVariantModel variant, int tag, string fullName)
    {
        var cref = CSharpText.XmlEscape(variant.Type);
        writer.Line();
        writer.Line("/// <summary>Wraps a <c>" + cref + "</c>.</summary>");
        var check = variant.IsReferenceType ? "value ?? throw new global::System.ArgumentNullException(nameof(value))" : "value";
        writer.Line("public static " + fullName + " From" + variant.Name + "(" + variant.Type + " value) => new " + fullName + "(" + check + ", " + Tag(tag) + ");");
        if (variant.AllowsImplicitConversion)
        {
            writer.Line();
            writer.Line("public static implicit operator " + fullName + "(" + variant.Type + " value) => From" + variant.Name + "(value);");
        }

        writer.Line();
        writer.Line("/// <summary>Whether this union holds a <c>" + cref + "</c>.</summary>");
        writer.Line("public bool Is" + variant.Name + " => variant == " + Tag(tag) + ";");
        writer.Line();
        writer.Line("/// <summary>The <c>" + cref + "</c> this union holds, if it holds one.</summary>");
        var parameter = variant.IsReferenceType
            ? (model.UseNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty) + "out " + variant.Type + "? value"
            : "out " + variant.Type + " value";
        writer.OpenBlock("public bool TryGet" + variant.Name + "(" + parameter + ")");
        writer.OpenBlock("if (variant == " + Tag(tag) + ")");
        writer.Line("value = (" + variant.Type + ")Value;");
        writer.Line("return true;");
        writer.CloseBlock();
        writer.Line();
        writer.Line("value = default;");
        writer.Line("return false;");
        writer.CloseBlock();
    }

    private static void WriteMatch(SourceWriter writer, UnionModel model, string unknown)
    {
        var funcs = model.Variants.Select(v => "global::System.Func<" + v.Type + ", TResult> " + v.ParameterName).ToList();
        funcs.Add("global::System.Func<" + unknown + ", TResult> unknown");
        writer.Line("/// <summary>Calls the function for the variant this union holds.</summary>");
        writer.OpenBlock("public TResult Match<TResult>(" + string.Join(", ", funcs) + ")");
        writer.OpenBlock("switch (variant)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var v = model.Variants[i];
            writer.Line("case " + Tag(i + 1) + ": return " + v.ParameterName + "((" + v.Type + ")Value);");
        }

        writer.Line("default: return unknown((" + unknown + ")Value);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        var actions = model.Variants.Select(v => "global::System.Action<" + v.Type + "> " + v.ParameterName).ToList();
        actions.Add("global::System.Action<" + unknown + "> unknown");
        writer.Line("/// <summary>Calls the action for the variant this union holds.</summary>");
        writer.OpenBlock("public void Switch(" + string.Join(", ", actions) + ")");
        writer.OpenBlock("switch (variant)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var v = model.Variants[i];
            writer.Line("case " + Tag(i + 1) + ": " + v.ParameterName + "((" + v.Type + ")Value); return;");
        }

        writer.Line("default: unknown((" + unknown + ")Value); return;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static void WriteRead(SourceWriter writer, UnionModel model, string fullName, string unknown)
    {
        writer.OpenBlock("public override " + fullName + "? Read(ref " + Json + ".Utf8JsonReader reader, global::System.Type typeToConvert, " + Json + ".JsonSerializerOptions options)");
        if (model.DiscriminatorWireName is { } discriminator)
        {
            writer.Line("var discriminator = global::ModelGen.Generated.JsonHelpers.PeekString(reader, " + CSharpText.StringLiteral(discriminator) + ");");
            writer.OpenBlock("switch (discriminator)");
            foreach (var variant in model.Variants)
            {
                foreach (var value in variant.DiscriminatorValues)
                {
                    writer.Line("case " + CSharpText.StringLiteral(value) + ":");
                }

                writer.Line("    return " + fullName + ".From" + variant.Name + "(" + Deserialize(variant) + ");");
            }

            writer.CloseBlock();
            writer.Line();
            writer.Line("return " + fullName + ".FromUnknown(new " + unknown + "(discriminator, " + Json + ".JsonElement.ParseValue(ref reader)));");
            writer.CloseBlock();
            return;
        }

        writer.OpenBlock("switch (reader.TokenType)");
        WriteShapeCase(writer, model, fullName, JsonShape.String, "String");
        WriteShapeCase(writer, model, fullName, JsonShape.Number, "Number");
        WriteShapeCase(writer, model, fullName, JsonShape.Boolean, "True", "False");
        WriteShapeCase(writer, model, fullName, JsonShape.Array, "StartArray");
        WriteObjectCase(writer, model, fullName);
        writer.CloseBlock();
        writer.Line();
        var fallback = model.Variants.FirstOrDefault(v => v.Shape == JsonShape.Any);
        writer.Line(fallback is not null
            ? "return " + fullName + ".From" + fallback.Name + "(" + Deserialize(fallback) + ");"
            : "return " + fullName + ".FromUnknown(new " + unknown + "(null, " + Json + ".JsonElement.ParseValue(ref reader)));");
        writer.CloseBlock();
    }

    // The first variant of a JSON shape takes every value of that shape (README "Unions").
    private static void WriteShapeCase(SourceWriter writer, UnionModel model, string fullName, JsonShape shape, params string[] tokens)
    {
        var variant = model.Variants.FirstOrDefault(v => v.Shape == shape);
        if (variant is null)
        {
            return;
        }

        foreach (var token in tokens)
        {
            writer.Line("case " + Json + ".JsonTokenType." + token + ":");
        }

        writer.Line("    return " + fullName + ".From" + variant.Name + "(" + Deserialize(variant) + ");");
    }

    // Object variants: the one whose required properties are all present, most required properties first, then doc order.
    private static void WriteObjectCase(SourceWriter writer, UnionModel model, string fullName)
    {
        var candidates = model.Variants
            .Select((variant, position) => (variant, position))
            .Where(v => v.variant.Shape == JsonShape.Object)
            .OrderByDescending(v => v.variant.RequiredWireNames.Count)
            .ThenBy(v => v.position)
            .Select(v => v.variant)
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        writer.OpenBlock("case " + Json + ".JsonTokenType.StartObject:");
        foreach (var variant in candidates)
        {
            if (variant.RequiredWireNames.Count == 0)
            {
                writer.Line("return " + fullName + ".From" + variant.Name + "(" + Deserialize(variant) + ");");
                writer.CloseBlock();
                return;
            }

            var names = string.Join(", ", variant.RequiredWireNames.Select(CSharpText.StringLiteral));
            writer.OpenBlock("if (global::ModelGen.Generated.JsonHelpers.HasAll(reader, new[] { " + names + " }))");
            writer.Line("return " + fullName + ".From" + variant.Name + "(" + Deserialize(variant) + ");");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line("break;");
        writer.CloseBlock();
    }

    private static string Deserialize(UnionVariantModel variant) =>
        Json + ".JsonSerializer.Deserialize<" + variant.Type + ">(ref reader, options)" + (variant.IsReferenceType ? "!" : string.Empty);

    private static void WriteWrite(SourceWriter writer, UnionModel model, string fullName, string unknown)
    {
        writer.OpenBlock("public override void Write(" + Json + ".Utf8JsonWriter writer, " + fullName + " value, " + Json + ".JsonSerializerOptions options)");
        writer.OpenBlock("if (value.Value is " + unknown + " unknown)");
        writer.Line("unknown.Json.WriteTo(writer);");
        writer.Line("return;");
        writer.CloseBlock();
        writer.Line();
        writer.Line(Json + ".JsonSerializer.Serialize(writer, value.Value, value.Value.GetType(), options);");
        writer.CloseBlock();
    }

    private static string Tag(int tag) => tag.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
