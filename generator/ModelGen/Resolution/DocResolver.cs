using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ModelGen.Common;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// Spec + index → a <see cref="TypeModel"/> with final C# names and types, reporting what cannot be resolved: one
/// method per kind of doc. Types come from <see cref="TypeMapping"/>, member names from <see cref="MemberNames"/>,
/// a union's discriminator from <see cref="Discriminators"/>.
/// </summary>
internal static class DocResolver
{
    public static ResolvedDoc Resolve(DocSpec spec, TypeIndex index, CompilationCapabilities capabilities, WireNameOverrides overrides, CancellationToken cancellationToken)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var path = spec.Source.Path;
        var self = TypeSummaries.From(spec);
        if (self.TypeName.Length == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameSanitizesToNothing.Id, path, spec.TitleSpan, "type name", spec.Title));
            return new ResolvedDoc(null, diagnostics.ToImmutable().ToEquatableArray());
        }

        // Two listings of one file are two equal inputs, so neither can tell it is the first: neither is generated.
        if (index.IsListedTwice(path))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocListedTwice.Id, path, spec.TitleSpan));
            return new ResolvedDoc(null, diagnostics.ToImmutable().ToEquatableArray());
        }

        if (index.OwnerOf(self) is { } owner && owner.Path != path)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateTypeName.Id, path, spec.TitleSpan, self.TypeName, self.Namespace, owner.RelativePath, owner.TypeName));
            return new ResolvedDoc(null, diagnostics.ToImmutable().ToEquatableArray());
        }

        var context = new ResolutionScope(spec, index, diagnostics, cancellationToken);
        var applied = new List<string>();
        TypeModel model = self.Shape switch
        {
            TypeShape.Record => ResolveRecord(context, self, capabilities, overrides, applied),
            TypeShape.Constant => new ConstantModel(self.Namespace, self.TypeName, spec.Description, spec.Source.RelativePath, self.ConstantValue!),
            TypeShape.Union => ResolveUnion(context, self, capabilities, overrides),
            _ => ResolveEnum(spec, self),
        };
        if (spec.Deprecation is not null)
        {
            model = model with { Deprecation = spec.Deprecation };
        }

        if (capabilities.SupportsFileScopedNamespaces)
        {
            model = model with { FileScopedNamespace = true };
        }

        return new ResolvedDoc(model, diagnostics.ToImmutable().ToEquatableArray(), applied.ToEquatableArray());
    }

    private static RecordModel ResolveRecord(ResolutionScope context, TypeSummary self, CompilationCapabilities capabilities, WireNameOverrides overrides, List<string> applied)
    {
        var spec = context.Spec;
        var names = new MemberNames(self.TypeName, GeneratedNames.RecordMembers);
        var properties = new List<PropertyModel>(spec.Fields.Count);
        var wireNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in spec.Fields)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (SpeakeasyNames.IsAdditionalProperties(field))
            {
                continue;
            }

            var apiName = SpeakeasyNames.FieldName(field);
            var name = Identifiers.ToPascalCase(apiName);
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.NameSanitizesToNothing, field.NameSpan, "field", field.Name);
                continue;
            }

            var choice = WireNameChoice.For(self, field.Name, overrides, context.Index.Facts, apiName);
            if (choice.Pinned is { } pinned)
            {
                applied.Add(pinned.Key);
            }

            var wireName = choice.WireName;
            ReportLearned(context, self, field, choice);
            if (wireNames.TryGetValue(wireName, out var holder))
            {
                // Two properties cannot share one JSON name: the JSON would hold the name twice.
                context.Report(DiagnosticDescriptors.DuplicateWireName, field.NameSpan, field.Name, spec.Title, wireName, holder);
                continue;
            }

            wireNames.Add(wireName, field.Name);

            var type = context.CSharpType(field.Type, field.TypeSpan, field.Name);
            if (field.Type.Kind == TypeRefKind.Number && IntegerFields.CodecFor(field.Name, context.Index) is { } integer)
            {
                type = new ResolvedType(integer, JsonShape.Number, null);
            }

            var constant = ConstantOf(field.Type, context);
            var nullInOtherDoc = choice.Evidence is { NullIn.Count: > 0 } && field.Required && !spec.NullInExample.AsImmutableArray().Contains(field.Name);
            var nullable = constant is null && (!field.Required || spec.NullInExample.AsImmutableArray().Contains(field.Name) || nullInOtherDoc);
            nullable |= constant is null && IsOutcome(field.Name);
            if (constant is null && nullInOtherDoc)
            {
                context.Report(DiagnosticDescriptors.LearnedFromExamples, field.NameSpan, $"'{field.Name}' of '{spec.Title}' is nullable: the example in {string.Join(", ", choice.Evidence!.NullIn)} shows it null");
            }

            properties.Add(new PropertyModel(
                names.Claim(name),
                wireName,
                nullable ? type.Name + "?" : type.Name,
                field.Required,
                nullable,
                type.Codec,
                null,
                constant,
                field.Description,
                field.Example)
            {
                Deprecation = field.Deprecation,
            });
        }

        // Constants are named after their property, once every property name is settled.
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i].ConstantValue is not null)
            {
                properties[i] = properties[i] with { ConstantName = names.Claim(properties[i].Name.TrimStart('@') + "Value") };
            }
        }

        return new RecordModel(
            self.Namespace,
            self.TypeName,
            spec.Description,
            spec.Source.RelativePath,
            properties.ToEquatableArray(),
            capabilities.SupportsRequiredMembers);
    }

    /// <summary>Reports a JSON name the examples decided (MG0032, off by default) and examples that disagree (MG0031).</summary>
    private static void ReportLearned(ResolutionScope context, TypeSummary self, FieldSpec field, WireNameChoice choice)
    {
        if (choice.Source != WireNameSource.Override && choice.Evidence is { Names.Count: > 1 } conflicting)
        {
            var shown = new List<string>();
            foreach (var pair in conflicting.Names)
            {
                shown.Add($"'{pair.Key}' in {string.Join(", ", pair.Value)}");
            }

            context.Report(DiagnosticDescriptors.WireNameEvidenceConflict, field.NameSpan, field.Name, self.TypeName, string.Join("; ", shown), choice.WireName);
        }

        if (choice.WireName == choice.RuleName)
        {
            return;
        }

        switch (choice.Source)
        {
            case WireNameSource.Example:
                context.Report(DiagnosticDescriptors.LearnedFromExamples, field.NameSpan, $"The JSON name of '{field.Name}' of '{self.TypeName}' is '{choice.WireName}' (the naming rule gives '{choice.RuleName}'): the example in {string.Join(", ", choice.Evidence!.Names[choice.WireName])} shows it");
                break;
            case WireNameSource.Convention:
                context.Report(DiagnosticDescriptors.LearnedFromExamples, field.NameSpan, $"The JSON name of '{field.Name}' of '{self.TypeName}' is '{choice.WireName}' (the naming rule gives '{choice.RuleName}'): the examples spell the type's other fields that way");
                break;
        }
    }

    private static EnumModel ResolveEnum(DocSpec spec, TypeSummary self)
    {
        var isOpen = self.Shape is TypeShape.OpenStringEnum or TypeShape.OpenNumberEnum;
        var isNumber = self.Shape is TypeShape.NumberEnum or TypeShape.OpenNumberEnum;
        var names = new MemberNames(self.TypeName, isOpen ? GeneratedNames.OpenEnumMembers : Array.Empty<string>());
        var members = new List<EnumMemberModel>(spec.Values.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < spec.Values.Count; i++)
        {
            var value = spec.Values[i];

            // One wire value spelled twice ('1 | 01', '1 | 1.0', '"a" | "a"') is one member: a switch cannot hold it twice.
            // In a string enum (values of both kinds) the number 0.5 is the string "0.5" on the wire.
            if (!seen.Add(isNumber && value.IsNumber && double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? "#" + number.ToString("R", CultureInfo.InvariantCulture) : value.Value))
            {
                continue;
            }

            members.Add(new EnumMemberModel(names.Claim(MemberNames.ForEnumValue(value, i)), value.Value));
        }

        return new EnumModel(self.Namespace, self.TypeName, spec.Description, spec.Source.RelativePath, isOpen, isNumber, members.ToEquatableArray());
    }

    private static UnionModel ResolveUnion(ResolutionScope context, TypeSummary self, CompilationCapabilities capabilities, WireNameOverrides overrides)
    {
        var spec = context.Spec;
        var names = new MemberNames(self.TypeName, GeneratedNames.UnionMembers);
        var parameterNames = new HashSet<string>(StringComparer.Ordinal) { "unknown", "otherwise" };
        var resolved = new List<(VariantSpec Spec, ResolvedType Type)>();
        foreach (var variant in spec.Variants)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            resolved.Add((variant, context.CSharpType(variant.Type, variant.Span, variant.Text)));
        }

        var discriminator = Discriminators.Find(resolved, context.Index, overrides);
        var constants = resolved.ConvertAll(v => ConstantOf(v.Spec.Type, context));
        var kept = KeptVariants(resolved, constants, discriminator is not null, out var merged);
        var stringAt = kept.FindIndex(i => resolved[i].Type.Shape == JsonShape.String);
        var firstString = stringAt < 0 ? -1 : kept[stringAt];
        var readsStrings = firstString >= 0 && !(resolved[firstString].Type.Codec.Kind == ValueCodecKind.String && constants[firstString] is null);
        var seenTypes = new HashSet<string>(StringComparer.Ordinal) { self.FullName };
        if (readsStrings)
        {
            seenTypes.Add(ValueCodec.String.TypeName);
        }

        var variants = new List<UnionVariantModel>(kept.Count);
        foreach (var i in kept)
        {
            var (variant, type) = resolved[i];

            // A literal that took in the variants of its type after it (true | false) holds any value of the type.
            var name = names.Claim(merged.Contains(i) && variant.Type.Kind is TypeRefKind.NumberLiteral or TypeRefKind.BooleanLiteral
                ? (variant.Type.Kind == TypeRefKind.NumberLiteral ? "Number" : "Boolean")
                : variant.Type.Kind == TypeRefKind.Doc ? MemberNames.WithoutUnionName(MemberNames.ForVariant(variant.Type, type), self.TypeName)
                : MemberNames.ForVariant(variant.Type, type));
            var parameter = MemberNames.CamelCase(name);
            for (var n = 2; !parameterNames.Add(parameter); n++)
            {
                parameter = MemberNames.CamelCase(name) + n.ToString(CultureInfo.InvariantCulture);
            }

            variants.Add(new UnionVariantModel(
                name,
                Identifiers.EscapeKeyword(parameter),
                type.Codec,
                type.Shape,
                type.Codec.Kind != ValueCodecKind.Map && ConversionSources(type.Codec).TrueForAll(seenTypes.Add),
                discriminator?.Values[i] ?? EquatableArray<string>.Empty,
                type.Target is { Shape: TypeShape.Record } target ? RequiredWireNames(target, context.Index, overrides) : EquatableArray<string>.Empty,
                constants[i]));
        }

        return new UnionModel(
            self.Namespace,
            self.TypeName,
            spec.Description,
            spec.Source.RelativePath,
            discriminator?.WireName,
            variants.ToEquatableArray(),
            capabilities.SupportsNotNullWhen,
            readsStrings);
    }

    /// <summary>The JSON names of a record's required fields, chosen as the record's own converter chooses them.</summary>
    private static EquatableArray<string> RequiredWireNames(TypeSummary record, TypeIndex index, WireNameOverrides overrides)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var field in record.Fields)
        {
            if (field.Required)
            {
                names.Add(WireNameChoice.For(record, field.Name, overrides, index.Facts).WireName);
            }
        }

        return names.ToImmutable().ToEquatableArray();
    }

    /// <summary>
    /// The variants reading can choose, by position. A union that goes by JSON shape gives a value to the first variant
    /// of its shape that reads it, so a variant of the same C# type as an earlier one that holds any value of that type
    /// (<c>number | number</c>, <c>string | "auto"</c>) is never chosen: it is left out, and the earlier one is in
    /// <paramref name="merged"/>. A constant (a string literal, a single-value doc) reads only its own value. Links
    /// are all kept.
    /// </summary>
    private static List<int> KeptVariants(List<(VariantSpec Spec, ResolvedType Type)> resolved, List<string?> constants, bool discriminated, out HashSet<int> merged)
    {
        merged = new HashSet<int>();
        var kept = new List<int>(resolved.Count);
        var takesAll = new Dictionary<string, int>(StringComparer.Ordinal);
        var constantsSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < resolved.Count; i++)
        {
            // Only types the doc spells out: what a link gives depends on the docs beside it (an unresolved one is
            // JsonElement), and a union must have the same variants whichever of them are there.
            var type = resolved[i].Type.Name;
            if (discriminated || IsLink(resolved[i].Spec.Type))
            {
                kept.Add(i);
                continue;
            }

            if (takesAll.TryGetValue(type, out var earlier))
            {
                merged.Add(earlier);
                continue;
            }

            if (constants[i] is { } constant && !constantsSeen.Add(type + "\n" + constant))
            {
                continue;
            }

            if (constants[i] is null)
            {
                takesAll[type] = i;
            }

            kept.Add(i);
        }

        return kept;
    }

    private static bool IsLink(TypeRef type) => type.Kind == TypeRefKind.Doc || (type.Element is { } element && IsLink(element));

    // What a user writes for a variant: its type, and for a list an array or List<T> (C# forbids conversions from interfaces).
    private static List<string> ConversionSources(ValueCodec codec) => codec.Kind == ValueCodecKind.List
        ? new List<string> { codec.Element!.TypeName + "[]", "global::System.Collections.Generic.List<" + codec.Element.TypeName + ">" }
        : new List<string> { codec.TypeName };

    /// <summary>
    /// Whether a field is why something ended (<c>finish_reason</c>, <c>stop_reason</c>, <c>reason</c>): nullable even
    /// when required. The docs lose nullability, and such a field has no value until the end: a stream sends null in
    /// every chunk but the last, so a non-nullable property could not tell null from a value nor read a stream strictly.
    /// </summary>
    private static bool IsOutcome(string fieldName) =>
        fieldName.EndsWith("Reason", StringComparison.Ordinal) || fieldName.EndsWith("_reason", StringComparison.OrdinalIgnoreCase)
        || string.Equals(fieldName, "reason", StringComparison.OrdinalIgnoreCase);

    /// <summary>The single string a field always holds: a string literal type, or a link to a one-value doc.</summary>
    private static string? ConstantOf(TypeRef type, ResolutionScope context) => type.Kind switch
    {
        TypeRefKind.StringLiteral => type.Value,
        TypeRefKind.Doc => LinkResolver.Resolve(type, context.Spec.Source, context.Index)?.ConstantValue,
        _ => null,
    };
}
