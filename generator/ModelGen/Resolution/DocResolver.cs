using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Spec + index → a <see cref="TypeModel"/> with final C# names and types, reporting what cannot be resolved.</summary>
internal static class DocResolver
{
    // Members every record already has: a property with one of these names would clash or hide it (records forbid 'Clone').
    private static readonly string[] RecordMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Finalize",
        "Deconstruct", "ReferenceEquals", "Clone",
        RecordMemberNames.ExtensionData, RecordMemberNames.MissingRequiredFields, RecordMemberNames.JsonState,
    };

    // Members of the generated open-enum struct.
    private static readonly string[] OpenEnumMembers = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType" };

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

        var context = new Context(spec, index, diagnostics, cancellationToken);
        var applied = new List<string>();
        TypeModel model = self.Shape switch
        {
            TypeShape.Record => ResolveRecord(context, self, capabilities, overrides, applied),
            TypeShape.Constant => new ConstantModel(self.Namespace, self.TypeName, spec.Description, spec.Source.RelativePath, self.ConstantValue!),
            TypeShape.Union => ResolveUnion(context, self, capabilities),
            _ => ResolveEnum(spec, self),
        };

        return new ResolvedDoc(model, diagnostics.ToImmutable().ToEquatableArray(), applied.ToEquatableArray());
    }

    private static RecordModel ResolveRecord(Context context, TypeSummary self, CompilationCapabilities capabilities, WireNameOverrides overrides, List<string> applied)
    {
        var spec = context.Spec;
        var names = new MemberNames(self.TypeName, RecordMembers);
        var properties = new List<PropertyModel>(spec.Fields.Count);
        var wireNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in spec.Fields)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var name = Identifiers.ToPascalCase(field.Name);
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.NameSanitizesToNothing, field.NameSpan, "field", field.Name);
                continue;
            }

            var pinned = overrides.Find(self.TypeName, field.Name);
            if (pinned is not null)
            {
                applied.Add(pinned.Key);
            }

            var wireName = pinned?.WireName ?? WireNames.Apply(field.Name, spec.Source.Naming);
            if (wireNames.TryGetValue(wireName, out var holder))
            {
                // Two properties cannot share one JSON name: the JSON would hold the name twice.
                context.Report(DiagnosticDescriptors.DuplicateWireName, field.NameSpan, field.Name, spec.Title, wireName, holder);
                continue;
            }

            wireNames.Add(wireName, field.Name);

            var type = context.CSharpType(field.Type, field.TypeSpan, field.Name);
            var constant = ConstantOf(field.Type, context);
            var nullable = constant is null && (!field.Required || spec.NullInExample.AsImmutableArray().Contains(field.Name));
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
                field.Example));
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

    private static EnumModel ResolveEnum(DocSpec spec, TypeSummary self)
    {
        var isOpen = self.Shape is TypeShape.OpenStringEnum or TypeShape.OpenNumberEnum;
        var isNumber = self.Shape is TypeShape.NumberEnum or TypeShape.OpenNumberEnum;
        var names = new MemberNames(self.TypeName, isOpen ? OpenEnumMembers : Array.Empty<string>());
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

            members.Add(new EnumMemberModel(names.Claim(EnumMemberName(value, i)), value.Value));
        }

        return new EnumModel(self.Namespace, self.TypeName, spec.Description, spec.Source.RelativePath, isOpen, isNumber, members.ToEquatableArray());
    }

    /// <summary>
    /// The C# name of an enum value (README "Names"): the Name column when present, else the PascalCase of the value;
    /// numbers read <c>Value0</c>, <c>ValueMinus1</c>, <c>Value0Point5</c>; an empty string is <c>Empty</c>; a value
    /// with no letter or digit is <c>Value{position}</c>.
    /// </summary>
    internal static string EnumMemberName(EnumValueSpec value, int position)
    {
        if (value.Name is { } name && Identifiers.ToPascalCase(name) is { Length: > 0 } fromName)
        {
            return fromName;
        }

        if (value.IsNumber)
        {
            var text = value.Value.Replace("-", "Minus").Replace(".", "Point").Replace("+", string.Empty);
            return Identifiers.ToPascalCase("Value" + text);
        }

        if (value.Value.Length == 0)
        {
            return "Empty";
        }

        var pascal = Identifiers.ToPascalCase(value.Value);
        return pascal.Length > 0 ? pascal : "Value" + (position + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static UnionModel ResolveUnion(Context context, TypeSummary self, CompilationCapabilities capabilities)
    {
        var spec = context.Spec;
        var reserved = new[] { "Value", "Match", "Switch", "Unknown", "UnknownVariant", "IsUnknown", "TryGetUnknown", "FromUnknown", "Discriminator", "VariantTag", "Equals", "GetHashCode", "ToString", "GetType" };
        var names = new MemberNames(self.TypeName, reserved);
        var parameterNames = new HashSet<string>(StringComparer.Ordinal) { "unknown" };
        var seenTypes = new HashSet<string>(StringComparer.Ordinal) { self.FullName };
        var resolved = new List<(VariantSpec Spec, ResolvedType Type)>();
        foreach (var variant in spec.Variants)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            resolved.Add((variant, context.CSharpType(variant.Type, variant.Span, variant.Text)));
        }

        var discriminator = FindDiscriminator(resolved, context);
        var variants = new List<UnionVariantModel>(resolved.Count);
        for (var i = 0; i < resolved.Count; i++)
        {
            var (variant, type) = resolved[i];
            var name = names.Claim(VariantName(variant.Type, type));
            var parameter = CamelCase(name);
            for (var n = 2; !parameterNames.Add(parameter); n++)
            {
                parameter = CamelCase(name) + n.ToString(CultureInfo.InvariantCulture);
            }

            variants.Add(new UnionVariantModel(
                name,
                Identifiers.EscapeKeyword(parameter),
                type.Codec,
                type.Shape,
                !type.Name.StartsWith("global::System.Collections.Generic.IReadOnly", StringComparison.Ordinal) && seenTypes.Add(type.Name),
                discriminator?.Values[i] ?? EquatableArray<string>.Empty,
                type.Target is { Shape: TypeShape.Record } target ? target.RequiredWireNames : EquatableArray<string>.Empty));
        }

        return new UnionModel(
            self.Namespace,
            self.TypeName,
            spec.Description,
            spec.Source.RelativePath,
            discriminator?.WireName,
            variants.ToEquatableArray(),
            capabilities.SupportsNotNullWhen);
    }

    /// <summary>
    /// A discriminated union: every variant is an object doc with a field of the same JSON name holding a constant (or a
    /// closed set of values), and no value selects two variants. <c>type</c> is preferred when several fields qualify.
    /// </summary>
    private static (string WireName, EquatableArray<string>[] Values)? FindDiscriminator(List<(VariantSpec Spec, ResolvedType Type)> variants, Context context)
    {
        if (variants.Count == 0)
        {
            return null;
        }

        foreach (var variant in variants)
        {
            if (variant.Type.Target is not { Shape: TypeShape.Record })
            {
                return null;
            }
        }

        var first = variants[0].Type.Target!;
        var ordered = new List<DiscriminatorCandidate>(first.Candidates);
        ordered.Sort((a, b) => (b.WireName == "type").CompareTo(a.WireName == "type"));
        foreach (var candidate in ordered)
        {
            var values = new EquatableArray<string>[variants.Count];
            var taken = new HashSet<string>(StringComparer.Ordinal);
            var ok = true;
            for (var i = 0; i < variants.Count && ok; i++)
            {
                var target = variants[i].Type.Target!;
                DiscriminatorCandidate? field = null;
                foreach (var c in target.Candidates)
                {
                    if (c.WireName == candidate.WireName)
                    {
                        field = c;
                        break;
                    }
                }

                var fieldValues = field is null ? null : DiscriminatorValues(field.Type, target, context.Index);
                if (fieldValues is null || fieldValues.Count == 0)
                {
                    ok = false;
                    break;
                }

                foreach (var value in fieldValues)
                {
                    ok &= taken.Add(value);
                }

                values[i] = fieldValues.ToEquatableArray();
            }

            if (ok)
            {
                return (candidate.WireName, values);
            }
        }

        return null;
    }

    private static List<string>? DiscriminatorValues(TypeRef type, TypeSummary owner, TypeIndex index)
    {
        if (type.Kind == TypeRefKind.StringLiteral)
        {
            return new List<string> { type.Value };
        }

        var from = new DocLocation(owner.Path, owner.RelativePath, owner.Namespace, WireNaming.AsWritten, false);
        var target = type.Kind == TypeRefKind.Doc ? LinkResolver.Resolve(type, from, index) : null;
        return target?.Shape switch
        {
            TypeShape.Constant => new List<string> { target.ConstantValue! },
            TypeShape.StringEnum or TypeShape.OpenStringEnum => new List<string>(target.Values),
            _ => null,
        };
    }

    private static string VariantName(TypeRef type, ResolvedType resolved)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Array:
                return VariantName(type.Element!, default) + "List";
            case TypeRefKind.Map:
                return VariantName(type.Element!, default) + "Map";
            case TypeRefKind.Doc:
                return resolved.Target?.TypeName is { Length: > 0 } name ? name : Identifiers.ToPascalCase(type.Value) is { Length: > 0 } fromTitle ? fromTitle : "Object";
            case TypeRefKind.StringLiteral:
            case TypeRefKind.NumberLiteral:
            case TypeRefKind.BooleanLiteral:
                return Identifiers.ToPascalCase(type.Value) is { Length: > 0 } literal ? literal : "Literal";
            case TypeRefKind.Blob:
                return "Bytes";
            case TypeRefKind.Unknown:
                return "Json";
            default:
                return type.Kind.ToString();
        }
    }

    private static string CamelCase(string name)
    {
        name = name.TrimStart('@', '_');
        if (name.Length == 0)
        {
            return "value";
        }

        // An identifier cannot start with a digit ('1024x1024' → '_1024x1024').
        return char.IsDigit(name[0]) ? "_" + name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>The single string a field always holds: a string literal type, or a link to a one-value doc.</summary>
    private static string? ConstantOf(TypeRef type, Context context) => type.Kind switch
    {
        TypeRefKind.StringLiteral => type.Value,
        TypeRefKind.Doc => LinkResolver.Resolve(type, context.Spec.Source, context.Index)?.ConstantValue,
        _ => null,
    };

    /// <summary>A type reference resolved to C#: its name, whether it is a reference type, its JSON shape, and the doc it names.</summary>
    internal readonly record struct ResolvedType(ValueCodec Codec, JsonShape Shape, TypeSummary? Target)
    {
        public string Name => Codec.TypeName;

        public bool IsReference => Codec.IsReferenceType;
    }

    private sealed class Context
    {
        public Context(DocSpec spec, TypeIndex index, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
        {
            Spec = spec;
            Index = index;
            Diagnostics = diagnostics;
            CancellationToken = cancellationToken;
        }

        public DocSpec Spec { get; }

        public TypeIndex Index { get; }

        public ImmutableArray<DiagnosticInfo>.Builder Diagnostics { get; }

        public CancellationToken CancellationToken { get; }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, Spec.Source.Path, span, arguments));

        public ResolvedType CSharpType(TypeRef type, SourceSpan span, string subject)
        {
            switch (type.Kind)
            {
                case TypeRefKind.String:
                case TypeRefKind.StringLiteral:
                    return new ResolvedType(ValueCodec.String, JsonShape.String, null);
                case TypeRefKind.Number:
                case TypeRefKind.NumberLiteral:
                    return new ResolvedType(ValueCodec.Number, JsonShape.Number, null);
                case TypeRefKind.Boolean:
                case TypeRefKind.BooleanLiteral:
                    return new ResolvedType(ValueCodec.Boolean, JsonShape.Boolean, null);
                case TypeRefKind.Date:
                    return new ResolvedType(ValueCodec.Date, JsonShape.String, null);
                case TypeRefKind.Blob:
                    return new ResolvedType(ValueCodec.Bytes, JsonShape.String, null);
                case TypeRefKind.Array:
                    return new ResolvedType(ValueCodec.ListOf(CSharpType(type.Element!, span, subject).Codec), JsonShape.Array, null);
                case TypeRefKind.Map:
                    return new ResolvedType(ValueCodec.MapOf(CSharpType(type.Element!, span, subject).Codec), JsonShape.Object, null);
                case TypeRefKind.Doc:
                    var target = LinkResolver.Resolve(type, Spec.Source, Index);
                    if (target is null)
                    {
                        Report(DiagnosticDescriptors.UnresolvedLink, span, type.ToString(), subject, type.LinkTarget.Length > 0 ? type.LinkTarget : type.ToString());
                        break;
                    }

                    if (target.TypeName.Length == 0)
                    {
                        break;
                    }

                    var owner = Index.OwnerOf(target) ?? target;
                    return owner.Shape switch
                    {
                        TypeShape.Constant => new ResolvedType(ValueCodec.String, JsonShape.String, owner),
                        TypeShape.Record => new ResolvedType(ValueCodec.Generated(owner.FullName, true), JsonShape.Object, owner),
                        TypeShape.Union => new ResolvedType(ValueCodec.Generated(owner.FullName, true), JsonShape.Any, owner),
                        TypeShape.StringEnum or TypeShape.OpenStringEnum => new ResolvedType(ValueCodec.Generated(owner.FullName, false), JsonShape.String, owner),
                        _ => new ResolvedType(ValueCodec.Generated(owner.FullName, false), JsonShape.Number, owner),
                    };
            }

            return new ResolvedType(ValueCodec.Json, JsonShape.Any, null);
        }
    }

    /// <summary>Hands out member names unique within one type: a clash with the type or a reserved member gets 'Value', later clashes a number.</summary>
    private sealed class MemberNames
    {
        private readonly HashSet<string> used = new(StringComparer.Ordinal);
        private readonly HashSet<string> reserved = new(StringComparer.Ordinal);

        public MemberNames(string typeName, IEnumerable<string> reservedNames)
        {
            reserved.Add(typeName);
            foreach (var name in reservedNames)
            {
                reserved.Add(name);
            }

            used.UnionWith(reserved);
        }

        public string Claim(string name)
        {
            if (reserved.Contains(name))
            {
                name += "Value";
            }

            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = name + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
