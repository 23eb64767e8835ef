using System.Collections.Immutable;
using ModelGen.Common;
using ModelGen.Model;

namespace ModelGen.Resolution;

internal static class TypeSummaries
{
    /// <summary>The index entry of a parsed doc, or null when it produced no spec.</summary>
    public static TypeSummary? From(ParsedDoc parsed) => parsed.Spec is { } spec ? From(spec) : null;

    public static TypeSummary From(DocSpec spec)
    {
        var directory = LinkResolver.Directory(spec.Source.RelativePath);
        var folder = directory.Substring(directory.LastIndexOf('/') + 1);
        var shape = ShapeOf(spec);
        var values = ImmutableArray.CreateBuilder<string>();
        var candidates = ImmutableArray.CreateBuilder<DiscriminatorCandidate>();
        if (spec.Kind == DocKind.Enum)
        {
            foreach (var value in spec.Values)
            {
                values.Add(value.Value);
            }
        }

        var links = ImmutableArray.CreateBuilder<TypeRef>();
        var variantTypes = ImmutableArray.CreateBuilder<TypeRef>(spec.Variants.Count);
        foreach (var variant in spec.Variants)
        {
            AddLinks(variant.Type, links);
            variantTypes.Add(variant.Type);
        }

        var fields = ImmutableArray.CreateBuilder<FieldSummary>(spec.Fields.Count);
        foreach (var field in spec.Fields)
        {
            AddLinks(field.Type, links);
            if (SpeakeasyNames.IsAdditionalProperties(field))
            {
                continue;
            }

            fields.Add(new FieldSummary(field.Name, field.Type, field.Required));
            // A *string* field may discriminate too, when the examples show each variant's value (see Discriminators).
            if (field.Type.Kind is TypeRefKind.StringLiteral or TypeRefKind.Doc or TypeRefKind.String)
            {
                candidates.Add(new DiscriminatorCandidate(field.Name, field.Type));
            }
        }

        return new TypeSummary(
            spec.Source.Path,
            spec.Source.RelativePath,
            folder,
            spec.Title,
            spec.Source.Namespace,
            TypeName(SpeakeasyNames.TypeName(Identifiers.ToPascalCase(spec.Title)), shape),
            shape,
            shape == TypeShape.Constant ? spec.Values[0].Value : null,
            values.ToImmutable().ToEquatableArray(),
            candidates.ToImmutable().ToEquatableArray(),
            spec.Source.Naming,
            fields.ToImmutable().ToEquatableArray(),
            variantTypes.ToImmutable().ToEquatableArray(),
            spec.Examples,
            links.ToImmutable().ToEquatableArray(),
            IntegerFields.EvidenceOf(spec));
    }

    private static void AddLinks(TypeRef type, ImmutableArray<TypeRef>.Builder links)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.Kind == TypeRefKind.Doc)
            {
                links.Add(current);
            }
        }
    }

    /// <summary>
    /// The type's C# name: its title's PascalCase, with <c>Model</c> appended when that is one of the type's own members
    /// or the name of the class ModelGen emits beside the types.
    /// </summary>
    private static string TypeName(string name, TypeShape shape)
    {
        if (name == ModelGenJsonModel.ClassName)
        {
            return name + "Model";
        }

        var members = shape switch
        {
            TypeShape.Record => GeneratedNames.RecordDeclaredMembers,
            TypeShape.OpenStringEnum or TypeShape.OpenNumberEnum => GeneratedNames.OpenEnumDeclaredMembers,
            TypeShape.Union => GeneratedNames.UnionDeclaredMembers,
            TypeShape.Constant => GeneratedNames.ConstantDeclaredMembers,
            _ => System.Array.Empty<string>(),
        };
        return System.Array.IndexOf(members, name) >= 0 ? name + "Model" : name;
    }

    private static TypeShape ShapeOf(DocSpec spec)
    {
        switch (spec.Kind)
        {
            case DocKind.Object:
                return TypeShape.Record;
            case DocKind.Union:
                return TypeShape.Union;
        }

        var isNumber = spec.Values.Count > 0 && AllNumbers(spec);
        // A single string value is a constant even with the open-enums setting: it is what discriminates unions. So is
        // an open one ("function" | Unrecognized<string>): a field of it then defaults to the value and is written, and
        // the field, a string, still reads any other value the API may send later.
        if (!isNumber && spec.Values.Count == 1)
        {
            return TypeShape.Constant;
        }

        var open = spec.IsOpenEnum || spec.Source.OpenEnums;

        // A C# enum holds integers only; a number enum with fractions or huge values stays open over double.
        if (isNumber && !open && !AllIntegers(spec))
        {
            open = true;
        }

        return (isNumber, open) switch
        {
            (false, false) => TypeShape.StringEnum,
            (false, true) => TypeShape.OpenStringEnum,
            (true, false) => TypeShape.NumberEnum,
            _ => TypeShape.OpenNumberEnum,
        };
    }

    private static bool AllNumbers(DocSpec spec)
    {
        foreach (var value in spec.Values)
        {
            if (!value.IsNumber)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllIntegers(DocSpec spec)
    {
        foreach (var value in spec.Values)
        {
            if (!value.IsNumber || !int.TryParse(value.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of every doc's summary; docs that have none (no title) are left out.</summary>
    public static TypeIndex BuildIndex(ImmutableArray<TypeSummary?> summaries)
    {
        var builder = ImmutableArray.CreateBuilder<TypeSummary>(summaries.Length);
        foreach (var summary in summaries)
        {
            if (summary is not null)
            {
                builder.Add(summary);
            }
        }

        // Sorted so that the index (and which of two same-named docs wins) never depends on file order.
        builder.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new TypeIndex(builder.ToImmutable().ToEquatableArray());
    }
}
