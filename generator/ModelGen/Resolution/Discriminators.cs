using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ModelGen.Common;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Finds the field that tells a union's variants apart in one read of the JSON.</summary>
internal static class Discriminators
{
    /// <summary>
    /// A discriminated union: every variant is an object doc with a field of the same JSON name holding a constant (or a
    /// closed set of values), and no value selects two variants. <c>type</c> is preferred when several fields qualify.
    /// </summary>
    public static (string WireName, EquatableArray<string>[] Values)? Find(List<(VariantSpec Spec, ResolvedType Type)> variants, TypeIndex index)
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

                var fieldValues = field is null ? null : ValuesOf(field.Type, target, index);
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

    private static List<string>? ValuesOf(TypeRef type, TypeSummary owner, TypeIndex index)
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
}
