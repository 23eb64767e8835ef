using System.Collections.Generic;
using System.Linq;
using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// Writes a union doc: a sealed class holding exactly one variant (a variant type may belong to many unions, so the
/// union cannot be their base class), with From/Is/TryGet per variant, implicit conversions, an exhaustive
/// Match/Switch, and a converter that picks the variant by discriminator or by JSON shape. JSON that fits no variant
/// is kept as <c>UnknownVariant</c> and written back unchanged: an API adding a variant never breaks a reader.
/// </summary>
internal static class UnionEmitter
{

    // The best a record's Fit can say: every property known and a constant matched.
    private const int MaxFit = 4;

    public static void Write(SourceWriter writer, UnionModel model)
    {
        var fullName = "global::" + (model.Namespace.Length == 0 ? string.Empty : model.Namespace + ".") + model.Name;
        var unknown = fullName + ".UnknownVariant";
        ConverterEmitter.WriteAttribute(writer, model);
        writer.OpenBlock($"public sealed partial class {model.Name} : global::System.IEquatable<{fullName}>");
        writer.Line("private readonly int variant;");
        writer.Line();
        writer.Line($"private {model.Name}(object value, int variant)");
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
        writer.Line($"public static {fullName} FromUnknown({unknown} value) => new {fullName}(value ?? throw new global::System.ArgumentNullException(nameof(value)), 0);");
        writer.Line();
        writer.Line("/// <summary>Whether this union holds JSON that matches no variant the docs describe.</summary>");
        writer.Line("public bool IsUnknown => variant == 0;");
        writer.Line();
        WriteMatch(writer, model, unknown);
        writer.Line();
        writer.Line("/// <summary>Whether both hold the same variant with equal values.</summary>");
        writer.Line($"public bool Equals({fullName}? other) => other is not null && variant == other.variant && {ValueEquality}.AreEqual(Value, other.Value);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override bool Equals(object? obj) => Equals(obj as {fullName});");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override int GetHashCode() => (variant * 397) ^ {ValueEquality}.HashOf(Value);");
        writer.Line();
        writer.Line("/// <summary>The variant's own text.</summary>");
        writer.Line("public override string ToString() => Value.ToString() ?? string.Empty;");
        writer.Line();
        writer.Line("// Which variant: 1-based in doc order, 0 for an unknown one (the converter writes by it).");
        writer.Line("internal int VariantTag => variant;");
        WriteTryGetHelpers(writer, model);
        writer.Line();
        writer.Line("/// <summary>JSON that matches no variant the docs describe, kept as read.</summary>");
        writer.OpenBlock($"public sealed class UnknownVariant : {UnknownVariantInterface}");
        writer.Line("/// <summary>Keeps <paramref name=\"json\"/> (and its discriminator, when the union has one).</summary>");
        writer.Line($"public UnknownVariant(string? discriminator, {Json}.JsonElement json)");
        writer.Line("{");
        writer.Line("    Discriminator = discriminator;");
        writer.Line("    Json = json;");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>The discriminator value read, or null.</summary>");
        writer.Line("public string? Discriminator { get; }");
        writer.Line();
        writer.Line("/// <summary>The JSON as read; writing the union writes it back unchanged.</summary>");
        writer.Line($"public {Json}.JsonElement Json {{ get; }}");
        writer.Line();
        writer.Line("/// <summary>The JSON as read.</summary>");
        writer.Line("public override string ToString() => Json.GetRawText();");
        writer.CloseBlock();
        writer.CloseBlock();

        ConverterEmitter.Open(writer, model, "JSON for " + ConverterEmitter.DisplayName(model));
        writer.Line();
        if (model.DiscriminatorWireName is not null)
        {
            var values = model.Variants.SelectMany(v => v.DiscriminatorValues).Select(CSharpText.StringLiteral);
            writer.Line($"private static readonly string[] Discriminators = new string[] {{ {string.Join(", ", values)} }};");
            writer.Line();
        }

        WriteTryRead(writer, model, fullName, unknown);
        writer.Line();
        WriteWriteValue(writer, model, fullName, unknown);
        writer.CloseBlock();
    }

    private static void WriteVariantMembers(SourceWriter writer, UnionModel model, UnionVariantModel variant, int tag, string fullName)
    {
        var cref = CSharpText.XmlEscape(variant.Type);
        writer.Line();
        writer.Line($"/// <summary>Wraps a <c>{cref}</c>.</summary>");
        var check = variant.IsReferenceType ? "value ?? throw new global::System.ArgumentNullException(nameof(value))" : "value";
        writer.Line($"public static {fullName} From{variant.Name}({variant.Type} value) => new {fullName}({check}, {Tag(tag)});");
        if (variant.AllowsImplicitConversion)
        {
            writer.Line();
            writer.Line($"/// <inheritdoc cref=\"From{variant.Name}\"/>");
            writer.Line($"public static implicit operator {fullName}({variant.Type} value) => From{variant.Name}(value);");
        }

        writer.Line();
        writer.Line($"/// <summary>Whether this union holds a <c>{cref}</c>.</summary>");
        writer.Line($"public bool Is{variant.Name} => variant == {Tag(tag)};");
        writer.Line();
        writer.Line($"/// <summary>The <c>{cref}</c> this union holds, if it holds one.</summary>");
        if (variant.IsReferenceType)
        {
            writer.Line($"public bool TryGet{variant.Name}({NotNullWhen(model)}out {variant.Type}? value) => TryGetObject({Tag(tag)}, out value);");
        }
        else
        {
            writer.Line($"public bool TryGet{variant.Name}(out {variant.Type} value) => TryGetValue({Tag(tag)}, out value);");
        }
    }

    private static string NotNullWhen(UnionModel model) =>
        model.UseNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;

    // The TryGet members share one body per kind of variant: what each differs in is its tag and type.
    private static void WriteTryGetHelpers(SourceWriter writer, UnionModel model)
    {
        if (model.Variants.Any(v => v.IsReferenceType))
        {
            writer.Line();
            writer.Lines($$"""
                private bool TryGetObject<T>(int tag, {{NotNullWhen(model)}}out T? value)
                    where T : class
                {
                    value = variant == tag ? (T)Value : null;
                    return value is not null;
                }
                """);
        }

        if (model.Variants.Any(v => !v.IsReferenceType))
        {
            writer.Line();
            writer.Lines("""
                private bool TryGetValue<T>(int tag, out T value)
                    where T : struct
                {
                    value = variant == tag ? (T)Value : default;
                    return variant == tag;
                }
                """);
        }
    }

    private static void WriteMatch(SourceWriter writer, UnionModel model, string unknown)
    {
        var funcs = model.Variants.Select(v => "global::System.Func<" + v.Type + ", TResult> " + v.ParameterName).ToList();
        funcs.Add("global::System.Func<" + unknown + ", TResult> unknown");
        writer.Line("/// <summary>Calls the function for the variant this union holds.</summary>");
        writer.OpenBlock($"public TResult Match<TResult>({string.Join(", ", funcs)})");
        writer.OpenBlock("switch (variant)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var v = model.Variants[i];
            writer.Line($"case {Tag(i + 1)}: return {v.ParameterName}(({v.Type})Value);");
        }

        writer.Line($"default: return unknown(({unknown})Value);");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        var actions = model.Variants.Select(v => "global::System.Action<" + v.Type + "> " + v.ParameterName).ToList();
        actions.Add("global::System.Action<" + unknown + "> unknown");
        writer.Line("/// <summary>Calls the action for the variant this union holds.</summary>");
        writer.OpenBlock($"public void Switch({string.Join(", ", actions)})");
        writer.OpenBlock("switch (variant)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var v = model.Variants[i];
            writer.Line($"case {Tag(i + 1)}: {v.ParameterName}(({v.Type})Value); return;");
        }

        writer.Line($"default: unknown(({unknown})Value); return;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    // Never fails in lenient mode: JSON no variant takes, or that the chosen variant cannot read, is an unknown variant.
    private static void WriteTryRead(SourceWriter writer, UnionModel model, string fullName, string unknown)
    {
        writer.OpenBlock($"internal static bool TryRead(ref {Json}.Utf8JsonReader reader, bool strict, out {fullName} value)");
        writer.Line("var start = reader;");
        if (model.DiscriminatorWireName is { } discriminator)
        {
            // Matched as UTF-8 against the known values: no string per event. Only an unknown one is read as a string.
            writer.OpenBlock($"switch ({JsonHelpers}.PeekIndex(reader, {CSharpText.StringLiteral(discriminator)}, Discriminators))");
            var index = 0;
            foreach (var variant in model.Variants)
            {
                foreach (var _ in variant.DiscriminatorValues)
                {
                    writer.Line($"case {(index++).ToString(System.Globalization.CultureInfo.InvariantCulture)}:");
                }

                WriteVariantRead(writer, fullName, variant);
            }

            writer.CloseBlock();
            writer.Line();
            writer.Line("reader = start;");
            writer.Line($"value = {fullName}.FromUnknown(new {unknown}({JsonHelpers}.PeekString(reader, {CSharpText.StringLiteral(discriminator)}), {Json}.JsonElement.ParseValue(ref reader)));");
            writer.Line("return true;");
            writer.CloseBlock();
            return;
        }

        // Variants of unknown shape (JsonElement) have no case; with only those, there is no switch (CS1522).
        if (model.Variants.Any(v => v.Shape != JsonShape.Any))
        {
            writer.OpenBlock("switch (reader.TokenType)");
            WriteShapeCase(writer, model, fullName, JsonShape.String, "String");
            WriteShapeCase(writer, model, fullName, JsonShape.Number, "Number");
            WriteShapeCase(writer, model, fullName, JsonShape.Boolean, "True", "False");
            WriteShapeCase(writer, model, fullName, JsonShape.Array, "StartArray");
            WriteObjectCase(writer, model, fullName);
            writer.CloseBlock();
            writer.Line();
        }

        var fallback = model.Variants.FirstOrDefault(v => v.Shape == JsonShape.Any);
        if (fallback is not null)
        {
            writer.OpenBlock($"if ({CodecText.TryRead(fallback.Codec, "out var any")})");
            writer.Line($"value = {fullName}.From{fallback.Name}(any);");
            writer.Line("return true;");
            writer.CloseBlock();
            writer.Line();
        }

        writer.Line("reader = start;");
        writer.Line($"value = {fullName}.FromUnknown(new {unknown}(null, {Json}.JsonElement.ParseValue(ref reader)));");
        writer.Line("return true;");
        writer.CloseBlock();
    }

    // Reads the variant and returns; when it cannot read the JSON, control falls out of the switch to the unknown case.
    private static void WriteVariantRead(SourceWriter writer, string fullName, UnionVariantModel variant)
    {
        writer.Indent();
        WriteVariantAttempt(writer, fullName, variant);
        writer.Line();
        writer.Line("reader = start;");
        writer.Line("break;");
        writer.Dedent();
    }

    private static void WriteVariantAttempt(SourceWriter writer, string fullName, UnionVariantModel variant, string? condition = null)
    {
        var read = CodecText.TryRead(variant.Codec, "out var " + LocalName(variant));
        writer.OpenBlock($"if ({(condition is null ? string.Empty : condition + " && ")}{read})");
        writer.Line($"value = {fullName}.From{variant.Name}({LocalName(variant)});");
        writer.Line("return true;");
        writer.CloseBlock();
    }

    private static string LocalName(UnionVariantModel variant) => "as" + variant.Name.TrimStart('@');

    // The variants of one JSON shape, in doc order: the first that reads the value takes it (string[] before number[]
    // takes ["a"], and [1] goes on to number[]; a closed enum passes a value it does not know on to a string). In strict
    // mode a variant that does not take the value throws; every one but the last is tried in a try block, so the next
    // one still gets the value, and the last one's error is the union's.
    private static void WriteShapeCase(SourceWriter writer, UnionModel model, string fullName, JsonShape shape, params string[] tokens)
    {
        var variants = model.Variants.Where(v => v.Shape == shape).ToList();
        if (variants.Count == 0)
        {
            return;
        }

        foreach (var token in tokens)
        {
            writer.Line($"case {Json}.JsonTokenType.{token}:");
        }

        writer.Indent();
        for (var i = 0; i < variants.Count; i++)
        {
            if (i < variants.Count - 1)
            {
                writer.OpenBlock("try");
                WriteVariantAttempt(writer, fullName, variants[i]);
                writer.CloseBlock();
                writer.OpenBlock("catch (global::ModelGen.Generated.ModelGenJsonException)");
                writer.Line("// Strict: not this variant; the next one of this shape may take the value.");
                writer.CloseBlock();
            }
            else
            {
                WriteVariantAttempt(writer, fullName, variants[i]);
            }

            writer.Line();
            writer.Line("reader = start;");
        }

        writer.Line("break;");
        writer.Dedent();
    }

    // Object variants: among those whose required properties are all present and whose constant properties (a type
    // or role that always holds one string) do not hold another value, the best fit (the record's Fit): one whose
    // constant the object holds before one with a plain string there, and one that knows every property of the object
    // before one that would keep some as extension data; the first such in the order most required properties first,
    // then doc order. A map variant fits any object, as the least fit.
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

        writer.OpenBlock($"case {Json}.JsonTokenType.StartObject:");
        writer.Line("var best = 0;");
        for (var i = 0; i < candidates.Count; i++)
        {
            var variant = candidates[i];
            var fit = "fit" + Tag(i + 1);
            string test;
            if (variant.Codec.Kind != ValueCodecKind.Generated)
            {
                test = "1"; // a map: takes any object
            }
            else
            {
                var conditions = new List<string>();
                if (i > 0)
                {
                    conditions.Add("best < " + Tag(MaxFit)); // an earlier variant that fits as well as any can wins
                }

                if (variant.RequiredWireNames.Count > 0)
                {
                    conditions.Add(JsonHelpers + ".HasAll(reader, new[] { " + string.Join(", ", variant.RequiredWireNames.Select(CSharpText.StringLiteral)) + " })");
                }

                var call = variant.Codec.ConverterName + ".Fit(reader)";
                test = conditions.Count == 0 ? call : string.Join(" && ", conditions) + " ? " + call + " : 0";
            }

            writer.Line($"var {fit} = {test};");
            writer.Line($"best = global::System.Math.Max(best, {fit});");
        }

        writer.Line();
        for (var i = 0; i < candidates.Count; i++)
        {
            WriteVariantAttempt(writer, fullName, candidates[i], "best > 0 && fit" + Tag(i + 1) + " == best");
            writer.Line();
            writer.Line("reader = start;");
        }

        writer.Line("break;");
        writer.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter writer, UnionModel model, string fullName, string unknown)
    {
        writer.OpenBlock($"internal static void WriteValue({Json}.Utf8JsonWriter writer, {fullName} value)");
        writer.OpenBlock("switch (value.VariantTag)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            writer.Line($"case {Tag(i + 1)}:");
            writer.Line($"    {CodecText.Write(variant.Codec, "(" + variant.Type + ")value.Value")}");
            writer.Line("    return;");
        }

        writer.Line("default:");
        writer.Line($"    {JsonHelpers}.WriteJson(writer, (({unknown})value.Value).Json);");
        writer.Line("    return;");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    private static string Tag(int tag) => tag.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
