using System;
using System.Collections.Generic;
using System.Globalization;
using ModelGen.Common;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Hands out member names unique within one type: a clash with the type or a reserved member gets 'Value', later clashes a number.</summary>
internal sealed class MemberNames
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

    /// <summary>
    /// The C# name of an enum value (README "Names"): the Name column when present, else the PascalCase of the value;
    /// numbers read <c>Value0</c>, <c>ValueMinus1</c>, <c>Value0Point5</c>; an empty string is <c>Empty</c>; a value
    /// with no letter or digit is <c>Value{position}</c>.
    /// </summary>
    public static string ForEnumValue(EnumValueSpec value, int position)
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

    /// <summary>A union variant's member name: the doc's type name, a literal's PascalCase, <c>…List</c>/<c>…Map</c> for collections.</summary>
    public static string ForVariant(TypeRef type, ResolvedType resolved)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Array:
                return ForVariant(type.Element!, default) + "List";
            case TypeRefKind.Map:
                return ForVariant(type.Element!, default) + "Map";
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

    /// <summary>
    /// A variant name without the union's name in front (<c>ChatToolChoiceAuto</c> in <c>ChatToolChoice</c> → <c>Auto</c>;
    /// a trailing <c>Union</c> and number do not count: <c>InputsStatusCompleted</c> in <c>InputsStatusUnion2</c> →
    /// <c>Completed</c>), so members read <c>IsAuto</c>, <c>FromAuto</c>. Kept whole when what is left would not start a
    /// word, or is a union member's name.
    /// </summary>
    public static string WithoutUnionName(string variantName, string unionName)
    {
        var stem = unionName.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (stem.EndsWith("Union", StringComparison.Ordinal) && stem.Length > "Union".Length)
        {
            stem = stem.Substring(0, stem.Length - "Union".Length);
        }
        else
        {
            stem = unionName;
        }

        if (variantName.Length <= stem.Length || !variantName.StartsWith(stem, StringComparison.Ordinal) || !char.IsUpper(variantName[stem.Length]))
        {
            return variantName;
        }

        var rest = variantName.Substring(stem.Length);
        return Array.IndexOf(GeneratedNames.UnionMembers, rest) >= 0 ? variantName : rest;
    }

    /// <summary>A parameter name for a member name: camelCase, never starting with a digit.</summary>
    public static string CamelCase(string name)
    {
        name = name.TrimStart('@', '_');
        if (name.Length == 0)
        {
            return "value";
        }

        // An identifier cannot start with a digit ('1024x1024' → '_1024x1024').
        return char.IsDigit(name[0]) ? "_" + name : char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
