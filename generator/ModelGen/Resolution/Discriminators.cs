using System;
using System.Collections.Generic;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>Finds the field that tells a union's variants apart in one read of the JSON.</summary>
internal static class Discriminators
{
    /// <summary>
    /// A discriminated union: every variant is an object doc with a field of the same JSON name holding a constant (or a
    /// closed set of values), and no value selects two variants. <c>type</c> is preferred when several fields qualify. A
    /// <c>*string*</c> field named as discriminators are (<c>type</c>, <c>role</c>, <c>object</c>, <c>kind</c>,
    /// <c>event</c>, <c>shape</c>) holds a constant too when every example of the variant shows the same word in it
    /// (<c>role: "user"</c>): the docs of some eras type discriminators as plain strings.
    /// </summary>
    public static (string WireName, EquatableArray<string>[] Values)? Find(List<(VariantSpec Spec, ResolvedType Type)> variants, TypeIndex index, WireNameOverrides overrides)
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
        var ordered = new List<(DiscriminatorCandidate Field, string WireName)>(first.Candidates.Count);
        foreach (var candidate in first.Candidates)
        {
            ordered.Add((candidate, WireNameChoice.For(first, candidate.Name, overrides, index.Facts).WireName));
        }

        // 'type' first; among the rest, typed values before values only examples show; doc order otherwise (stable sort).
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            rank[ordered[i].Field.Name] = i;
        }

        ordered.Sort((a, b) =>
        {
            var byType = (b.WireName == "type").CompareTo(a.WireName == "type");
            if (byType != 0)
            {
                return byType;
            }

            var byKind = (a.Field.Type.Kind == TypeRefKind.String).CompareTo(b.Field.Type.Kind == TypeRefKind.String);
            return byKind != 0 ? byKind : rank[a.Field.Name].CompareTo(rank[b.Field.Name]);
        });
        foreach (var (candidate, wireName) in ordered)
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
                    if (WireNameChoice.For(target, c.Name, overrides, index.Facts).WireName == wireName)
                    {
                        field = c;
                        break;
                    }
                }

                var fieldValues = field is null ? null : ValuesOf(field, target, index);
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
                return (wireName, values);
            }
        }

        return null;
    }

    /// <summary>The names a <c>*string*</c> field may discriminate under (compared lower-case, leading '_' dropped).</summary>
    private static readonly string[] StringDiscriminatorNames = { "type", "role", "object", "kind", "event", "shape" };

    /// <summary>Whether a <c>*string*</c> field's name is one discriminators have.</summary>
    public static bool IsDiscriminatorName(string fieldName) =>
        System.Array.IndexOf(StringDiscriminatorNames, fieldName.TrimStart('_').ToLowerInvariant()) >= 0;

    private static List<string>? ValuesOf(DiscriminatorCandidate field, TypeSummary owner, TypeIndex index)
    {
        var type = field.Type;
        if (type.Kind == TypeRefKind.StringLiteral)
        {
            return new List<string> { type.Value };
        }

        if (type.Kind == TypeRefKind.String)
        {
            // Only a field named as discriminators are (a *string* model or id that differs per example is data).
            if (!IsDiscriminatorName(field.Name))
            {
                return null;
            }

            // Only what the examples show: one token in every example of this type.
            return index.Facts.For(owner, field.Name)?.OnlyString is { } shown ? new List<string> { shown } : null;
        }

        var target = type.Kind == TypeRefKind.Doc ? LinkResolver.Resolve(type, owner.RelativePath, index) : null;
        return target?.Shape switch
        {
            TypeShape.Constant => new List<string> { target.ConstantValue! },
            TypeShape.StringEnum or TypeShape.OpenStringEnum => new List<string>(target.Values),
            _ => null,
        };
    }
}
