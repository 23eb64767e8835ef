using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ModelGen.Model;
using static ModelGen.Common.GeneratedNames;

namespace ModelGen.Emit;

/// <summary>
/// Writes a union doc: a sealed class holding exactly one variant (a variant type may belong to many unions, so the
/// union cannot be their base class), with From/Is/TryGet per variant, implicit conversions from what a user writes
/// (the variant's type, a string for enum and constant variants, an array or <c>List&lt;T&gt;</c> for a list), Match and
/// Switch (exhaustive, or with an <c>otherwise</c>), and a converter that picks the variant by discriminator or by JSON
/// shape. JSON that fits no variant is kept as <c>UnknownVariant</c> and written back unchanged: an API adding a
/// variant never breaks a reader.
/// </summary>
internal static class UnionEmitter
{
    private const string ArgumentNullException = "global::System.ArgumentNullException";
    private const string Func = "global::System.Func";
    private const string Action = "global::System.Action";
    private const string List = "global::System.Collections.Generic.List";
    private const string NotNullWhenAttribute = "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] ";
    private const string StrictFailure = Runtime + ".ModelGenJsonException";

    // The best a record's Fit can say: every property known and a constant matched.
    private const int MaxFit = 4;

    // Inside its own body a union names itself, and its UnknownVariant, by simple name, the one exception to global::
    // qualification: no lookup there can find anything else first (a member cannot be named like its type, CS0542), and
    // those names were a third of a union's signatures. Every other type is global::-qualified.
    public static void Write(SourceWriter writer, UnionModel model)
    {
        var name = model.Name;
        var fullName = model.FullName;
        ConverterEmitter.WriteAttribute(writer, model);
        writer.OpenBlock($"public sealed partial class {name} : global::System.IEquatable<{fullName}>");
        writer.Lines($$"""
            private readonly int variant;

            private {{name}}(object value, int variant)
            {
                Value = value ?? throw new {{ArgumentNullException}}(nameof(value));
                this.variant = variant;
            }

            /// <summary>The variant this union holds: one of the variant types, or an <see cref="UnknownVariant"/>.</summary>
            public object Value { get; }
            """);

        for (var i = 0; i < model.Variants.Count; i++)
        {
            WriteVariantMembers(writer, model, model.Variants[i], i + 1);
        }

        if (model.ReadsStrings)
        {
            writer.Lines($$"""

                /// <summary>The variant reading the JSON string <paramref name="value"/> gives, or an <see cref="UnknownVariant"/>.</summary>
                public static implicit operator {{name}}(string value) => {{JsonHelpers}}.FromString(value, {{model.ConverterName}}.Reader);
                """);
        }

        writer.Lines($$"""

            /// <summary>Creates {{Article(name.TrimStart('@'))}} {{name.TrimStart('@')}} holding JSON that matches no variant the docs describe.</summary>
            public static {{name}} FromUnknown(UnknownVariant value) => new(value, 0);

            /// <summary>Whether this union holds JSON that matches no variant the docs describe.</summary>
            public bool IsUnknown => variant == 0;
            """);
        WriteMatch(writer, model, match: true);
        WriteMatch(writer, model, match: false);
        writer.Lines($$"""

            /// <summary>Whether both hold the same variant with equal values.</summary>
            public bool Equals({{name}}? other) => other is not null && variant == other.variant && {{ValueEquality}}.AreEqual(Value, other.Value);

            /// <inheritdoc/>
            public override bool Equals(object? obj) => Equals(obj as {{name}});

            /// <inheritdoc/>
            public override int GetHashCode() => (variant * 397) ^ {{ValueEquality}}.HashOf(Value);

            /// <summary>The variant's own text.</summary>
            public override string ToString() => Value.ToString() ?? string.Empty;

            internal int VariantTag => variant;
            """);
        WriteTryGetHelpers(writer, model);
        writer.Lines($$"""

            /// <summary>JSON that matches no variant the docs describe, kept as read.</summary>
            public sealed class UnknownVariant : {{UnknownVariantInterface}}
            {
                /// <summary>Keeps the JSON read, and its discriminator if the union has one.</summary>
                public UnknownVariant(string? discriminator, {{JsonElement}} json)
                {
                    Discriminator = discriminator;
                    Json = json;
                }

                /// <summary>The discriminator value read, or null.</summary>
                public string? Discriminator { get; }

                /// <summary>The JSON as read, written back unchanged.</summary>
                public {{JsonElement}} Json { get; }

                /// <inheritdoc cref="Json"/>
                public override string ToString() => Json.GetRawText();
            }
            """);
        writer.CloseBlock();

        ConverterEmitter.Open(writer, model, "JSON for " + ConverterEmitter.DisplayName(model));
        writer.Line();
        if (model.DiscriminatorWireName is not null)
        {
            var values = model.Variants.SelectMany(v => v.DiscriminatorValues).Select(CSharpText.StringLiteral);
            writer.Line($"private static readonly {JsonDiscriminator} Discriminator = new {JsonDiscriminator}({CSharpText.StringLiteral(model.DiscriminatorWireName)}, new string[] {{ {string.Join(", ", values)} }});");
            writer.Line();
        }

        WriteTryRead(writer, model, fullName, fullName + ".UnknownVariant");
        writer.Line();
        WriteWriteValue(writer, model, fullName + ".UnknownVariant");
        writer.CloseBlock();
    }

    private static void WriteVariantMembers(SourceWriter writer, UnionModel model, UnionVariantModel variant, int tag)
    {
        var name = model.Name;
        var noun = Noun(variant, model);
        var title = name.TrimStart('@');
        writer.Line();
        writer.Line($"/// <summary>Creates {Article(title)} {title} holding {noun}.</summary>");
        if (variant.ConstantValue is { } constant)
        {
            // A constant variant holds one value: nothing to pass.
            writer.Line($"public static {name} From{variant.Name}() => new({CSharpText.StringLiteral(constant)}, {tag});");
        }
        else
        {
            writer.Line($"public static {name} From{variant.Name}({variant.Type} value) => new(value, {tag});");
            if (variant.AllowsImplicitConversion)
            {
                var sources = variant.Codec.Kind == ValueCodecKind.List
                    ? new[] { variant.Codec.Element!.TypeName + "[]", List + "<" + variant.Codec.Element.TypeName + ">" }
                    : new[] { variant.Type };
                foreach (var source in sources)
                {
                    writer.Lines($$"""

                        /// <inheritdoc cref="From{{variant.Name}}"/>
                        public static implicit operator {{name}}({{source}} value) => new(value, {{tag}});
                        """);
                }
            }
        }

        writer.Lines($$"""

            /// <summary>Whether this holds {{noun}}.</summary>
            public bool Is{{variant.Name}} => variant == {{tag}};

            /// <inheritdoc cref="Is{{variant.Name}}"/>
            """);
        if (variant.IsReferenceType)
        {
            var notNullWhen = model.UseNotNullWhen ? NotNullWhenAttribute : string.Empty;
            writer.Line($"public bool TryGet{variant.Name}({notNullWhen}out {variant.Type}? value) => TryGetObject({tag}, out value);");
        }
        else
        {
            writer.Line($"public bool TryGet{variant.Name}(out {variant.Type} value) => TryGetValue({tag}, out value);");
        }
    }

    // What a variant holds, for doc comments: a link to its type where one can be written, with its article.
    private static string Noun(UnionVariantModel variant, UnionModel model)
    {
        if (variant.ConstantValue is { } constant)
        {
            return "<c>\"" + CSharpText.XmlEscape(constant) + "\"</c>";
        }

        return Noun(variant.Codec, model);
    }

    private static string Noun(ValueCodec codec, UnionModel model) => codec.Kind switch
    {
        ValueCodecKind.String => "a <see cref=\"string\"/>",
        ValueCodecKind.Number => "a <see cref=\"double\"/>",
        ValueCodecKind.Boolean => "a <see cref=\"bool\"/>",
        ValueCodecKind.Bytes => "bytes (base64 in JSON)",
        ValueCodecKind.List => "a list of " + Plural(codec.Element!, model),
        ValueCodecKind.Map => "a map of " + Plural(codec.Element!, model),
        _ => Article(SimpleName(codec.TypeName)) + " <see cref=\"" + Cref(codec.TypeName, model) + "\"/>",
    };

    // A list's or map's element: 'strings', '<see cref="Foo"/> values', 'lists of …'.
    private static string Plural(ValueCodec element, UnionModel model) => element.Kind switch
    {
        ValueCodecKind.String => "strings",
        ValueCodecKind.Number => "numbers",
        ValueCodecKind.Boolean => "booleans",
        ValueCodecKind.Bytes => "byte arrays",
        ValueCodecKind.List => "lists of " + Plural(element.Element!, model),
        ValueCodecKind.Map => "maps of " + Plural(element.Element!, model),
        _ => "<see cref=\"" + Cref(element.TypeName, model) + "\"/> values",
    };

    // A cref to a type of the union's own namespace is its simple name (a cref binds like code in the member's scope),
    // unless a member of the union could take that name first.
    private static string Cref(string typeName, UnionModel model)
    {
        var simple = SimpleName(typeName);
        var sameNamespace = typeName.Length == Global.Length + model.Namespace.Length + 1 + simple.Length
            && typeName.StartsWith(Global + model.Namespace + ".", System.StringComparison.Ordinal);
        var memberLike = simple.StartsWith("From", System.StringComparison.Ordinal) || simple.StartsWith("Is", System.StringComparison.Ordinal)
            || simple.StartsWith("TryGet", System.StringComparison.Ordinal) || simple[0] == '@'
            || System.Array.IndexOf(UnionMembers, simple) >= 0 || System.Array.IndexOf(UnionDeclaredMembers, simple) >= 0;
        return sameNamespace && model.Namespace.Length > 0 && !memberLike ? simple : typeName;
    }

    private static string SimpleName(string typeName) => typeName.Substring(typeName.LastIndexOf('.') + 1);

    private static string Article(string word) => word.Length > 0 && "AEIOUaeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    // The TryGet members share one body per kind of variant: what each differs in is its tag and type.
    private static void WriteTryGetHelpers(SourceWriter writer, UnionModel model)
    {
        if (model.Variants.Any(v => v.IsReferenceType))
        {
            writer.Lines($$"""

                private bool TryGetObject<T>(int tag, {{(model.UseNotNullWhen ? NotNullWhenAttribute : string.Empty)}}out T? value)
                    where T : class
                {
                    value = variant == tag ? (T)Value : null;
                    return value is not null;
                }
                """);
        }

        if (model.Variants.Any(v => !v.IsReferenceType))
        {
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

    // Match (functions) or Switch (actions): an exhaustive overload, one handler per variant plus unknown; and one with
    // an 'otherwise' first, which takes the handlers it needs by name and calls the other with 'otherwise' for the rest.
    private static void WriteMatch(SourceWriter writer, UnionModel model, bool match)
    {
        const string unknown = "UnknownVariant";
        var (method, handler, result) = match ? ("Match<TResult>", Func, ", TResult>") : ("Switch", Action, ">");
        var types = model.Variants.Select(v => (v.Type, Name: v.ParameterName)).Append((Type: unknown, Name: "unknown")).ToList();
        var handlers = string.Join(", ", types.Select(t => $"{handler}<{t.Type}{result} {t.Name}"));
        var optional = string.Join(", ", types.Select(t => $"{handler}<{t.Type}{result}? {t.Name} = null"));
        var orOtherwise = string.Join(", ", types.Select(t => $"{t.Name} ?? (_ => otherwise(this))"));
        var type = match ? "TResult" : "void";
        writer.Lines($$"""

            /// <summary>Calls the {{(match ? "function" : "action")}} for the variant held.</summary>
            """);
        writer.OpenBlock($"public {type} {method}({handlers})");
        writer.OpenBlock("switch (variant)");
        var cases = model.Variants.Select((v, i) => (Label: "case " + (i + 1).ToString(CultureInfo.InvariantCulture) + ":", Call: v.ParameterName + "((" + v.Type + ")Value)"))
            .Append((Label: "default:", Call: "unknown((" + unknown + ")Value)"));
        foreach (var (label, call) in cases)
        {
            if (match)
            {
                writer.Line($"{label} return {call};");
            }
            else
            {
                writer.Lines($$"""
                    {{label}}
                        {{call}};
                        return;
                    """);
            }
        }

        writer.CloseBlock();
        writer.CloseBlock();
        writer.Lines($$"""

            /// <summary>Calls the {{(match ? "function" : "action")}} given for the variant held, else <paramref name="otherwise"/>.</summary>
            public {{type}} {{method}}({{handler}}<{{model.Name}}{{result}} otherwise, {{optional}}) => {{(match ? "Match" : "Switch")}}({{orOtherwise}});
            """);
    }

    // Never fails in lenient mode: JSON no variant takes, or that the chosen variant cannot read, is an unknown variant.
    private static void WriteTryRead(SourceWriter writer, UnionModel model, string fullName, string unknown)
    {
        writer.OpenBlock($"internal static bool TryRead(ref {Utf8JsonReader} reader, bool strict, out {fullName} value)");
        writer.Line("var start = reader;");
        if (model.DiscriminatorWireName is not null)
        {
            // Matched as UTF-8 against the known values: no string per event. Only an unknown one is read as a string.
            writer.OpenBlock("switch (Discriminator.IndexOf(reader))");
            var index = 0;
            for (var tag = 1; tag <= model.Variants.Count; tag++)
            {
                var variant = model.Variants[tag - 1];
                foreach (var _ in variant.DiscriminatorValues)
                {
                    writer.Line($"case {index++}:");
                }

                writer.Indent();
                WriteVariantAttempt(writer, fullName, variant, tag);
                writer.Lines("""

                    reader = start;
                    break;
                    """);
                writer.Dedent();
            }

            writer.CloseBlock();
            writer.Lines($$"""

                reader = start;
                value = {{fullName}}.FromUnknown(new {{unknown}}(Discriminator.ValueOf(reader), {{JsonElement}}.ParseValue(ref reader)));
                return true;
                """);
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

        var fallback = model.Variants.Select((v, i) => (v, Tag: i + 1)).FirstOrDefault(v => v.v.Shape == JsonShape.Any);
        if (fallback.v is not null)
        {
            WriteVariantAttempt(writer, fullName, fallback.v, fallback.Tag);
            writer.Line();
        }

        writer.Lines($$"""
            reader = start;
            value = {{fullName}}.FromUnknown(new {{unknown}}(null, {{JsonElement}}.ParseValue(ref reader)));
            return true;
            """);
        writer.CloseBlock();
    }

    // Takes the value as the variant and returns, or falls through when the variant does not read it. A constant
    // variant takes only its own string, and has nothing else to read.
    private static void WriteVariantAttempt(SourceWriter writer, string fullName, UnionVariantModel variant, int tag, string? condition = null)
    {
        var local = "v" + tag.ToString(CultureInfo.InvariantCulture);
        var test = variant.ConstantValue is { } constant
            ? "reader.ValueTextEquals(" + CSharpText.StringLiteral(constant) + ")"
            : CodecText.TryRead(variant.Codec, "out var " + local);
        // The union's implicit conversion from the variant's type where it has one (it is FromX).
        var create = variant.ConstantValue is not null ? fullName + ".From" + variant.Name + "()"
            : variant.AllowsImplicitConversion && variant.Codec.Kind != ValueCodecKind.List ? local
            : fullName + ".From" + variant.Name + "(" + local + ")";
        writer.Lines($$"""
            if ({{(condition is null ? string.Empty : condition + " && ")}}{{test}})
            {
                value = {{create}};
                return true;
            }
            """);
    }

    // The variants of one JSON shape, in doc order: the first that reads the value takes it (string[] before number[]
    // takes ["a"], and [1] goes on to number[]; a closed enum passes a value it does not know on to a string). In strict
    // mode a variant that does not take the value throws; every one but the last is tried in a try block, so the next
    // one still gets the value, and the last one's error is the union's. A constant never throws.
    private static void WriteShapeCase(SourceWriter writer, UnionModel model, string fullName, JsonShape shape, params string[] tokens)
    {
        var variants = model.Variants.Select((v, i) => (Variant: v, Tag: i + 1)).Where(v => v.Variant.Shape == shape).ToList();
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
            var (variant, tag) = variants[i];
            if (i < variants.Count - 1 && variant.ConstantValue is null)
            {
                writer.OpenBlock("try");
                WriteVariantAttempt(writer, fullName, variant, tag);
                writer.CloseBlock();
                writer.OpenBlock($"catch ({StrictFailure})");
                writer.Line("// Strict: not this variant; the next one of this shape may take the value.");
                writer.CloseBlock();
            }
            else
            {
                WriteVariantAttempt(writer, fullName, variant, tag);
            }

            writer.Lines("""

                reader = start;
                """);
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
            .Select((variant, position) => (Variant: variant, Tag: position + 1))
            .Where(v => v.Variant.Shape == JsonShape.Object)
            .OrderByDescending(v => v.Variant.RequiredWireNames.Count)
            .ThenBy(v => v.Tag)
            .ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        writer.OpenBlock($"case {Json}.JsonTokenType.StartObject:");
        writer.Line("var best = 0;");
        for (var i = 0; i < candidates.Count; i++)
        {
            var variant = candidates[i].Variant;
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
                    conditions.Add("best < " + MaxFit.ToString(CultureInfo.InvariantCulture)); // an earlier variant that fits as well as any can wins
                }

                if (variant.RequiredWireNames.Count > 0)
                {
                    conditions.Add(JsonHelpers + ".HasAll(reader, new[] { " + string.Join(", ", variant.RequiredWireNames.Select(CSharpText.StringLiteral)) + " })");
                }

                var call = variant.Codec.ConverterName + ".Fit(reader)";
                test = conditions.Count == 0 ? call : string.Join(" && ", conditions) + " ? " + call + " : 0";
            }

            writer.Lines($$"""
                var fit{{i + 1}} = {{test}};
                best = global::System.Math.Max(best, fit{{i + 1}});
                """);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            writer.Line();
            WriteVariantAttempt(writer, fullName, candidates[i].Variant, candidates[i].Tag, "best > 0 && fit" + (i + 1).ToString(CultureInfo.InvariantCulture) + " == best");
            writer.Lines("""

                reader = start;
                """);
        }

        writer.Line("break;");
        writer.CloseBlock();
    }

    private static void WriteWriteValue(SourceWriter writer, UnionModel model, string unknown)
    {
        writer.OpenBlock($"internal static void WriteValue({Utf8JsonWriter} writer, {model.FullName} value)");
        writer.OpenBlock("switch (value.VariantTag)");
        for (var i = 0; i < model.Variants.Count; i++)
        {
            var variant = model.Variants[i];
            writer.Lines($$"""
                case {{i + 1}}:
                    {{CodecText.Write(variant.Codec, "(" + variant.Type + ")value.Value")}}
                    return;
                """);
        }

        writer.Lines($$"""
            default:
                {{JsonHelpers}}.WriteJson(writer, (({{unknown}})value.Value).Json);
                return;
            """);
        writer.CloseBlock();
        writer.CloseBlock();
    }
}
