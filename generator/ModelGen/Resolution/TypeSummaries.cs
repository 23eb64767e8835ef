using System.Collections.Immutable;
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
        var required = ImmutableArray.CreateBuilder<string>();
        var candidates = ImmutableArray.CreateBuilder<DiscriminatorCandidate>();
        if (spec.Kind == DocKind.Enum)
        {
            foreach (var value in spec.Values)
            {
                values.Add(value.Value);
            }
        }

        foreach (var field in spec.Fields)
        {
            var wireName = WireNames.Apply(field.Name, spec.Source.Naming);
            if (field.Required)
            {
                required.Add(wireName);
            }

            if (field.Type.Kind is TypeRefKind.StringLiteral or TypeRefKind.Doc)
            {
                candidates.Add(new DiscriminatorCandidate(field.Name, wireName, field.Type));
            }
        }

        return new TypeSummary(
            spec.Source.Path,
            spec.Source.RelativePath,
            folder,
            spec.Title,
            spec.Source.Namespace,
            Identifiers.ToPascalCase(spec.Title),
            shape,
            shape == TypeShape.Constant ? spec.Values[0].Value : null,
            values.ToImmutable().ToEquatableArray(),
            required.ToImmutable().ToEquatableArray(),
            candidates.ToImmutable().ToEquatableArray());
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
        var open = spec.IsOpenEnum || spec.Source.OpenEnums;
        if (!isNumber && !open && spec.Values.Count == 1)
        {
            return TypeShape.Constant;
        }

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
}
