using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ModelGen.Model;

/// <summary>Everything <c>ModelGenJson</c> needs: where it goes and which types it serves.</summary>
/// <param name="Namespace">The namespace all generated types share (their longest common prefix).</param>
/// <param name="TypeNames">Full names of the types with a converter, sorted.</param>
/// <param name="HasGetTypeInfo">System.Text.Json 8+: <c>JsonSerializerOptions.GetTypeInfo</c> and <c>MakeReadOnly</c> exist.</param>
internal sealed record ModelGenJsonModel(string Namespace, EquatableArray<string> TypeNames, bool HasGetTypeInfo)
{
    /// <summary>The class's name; a doc titled so gets another name (it would share the class's namespace).</summary>
    public const string ClassName = "ModelGenJson";

    public const string HintName = Resolution.HintNames.ModelGenJson;

    /// <summary>What one doc adds to <c>ModelGenJson</c>: its type, when it has a converter (constants have none).</summary>
    public static ConvertedType? EntryOf(ResolvedDoc doc) =>
        doc.Model is { } model and not ConstantModel ? new ConvertedType(model.Namespace, model.FullName) : null;

    public static ModelGenJsonModel? Create(ImmutableArray<ConvertedType?> types, CompilationCapabilities capabilities)
    {
        if (!capabilities.SupportsTypeInfoResolver)
        {
            return null;
        }

        var names = new List<string>();
        string? common = null;
        foreach (var type in types)
        {
            if (type is null)
            {
                continue;
            }

            names.Add(type.FullName);
            common = common is null ? type.Namespace : CommonNamespace(common, type.Namespace);
        }

        if (names.Count == 0)
        {
            return null;
        }

        names.Sort(StringComparer.Ordinal);
        return new ModelGenJsonModel(common!.Length == 0 ? "ModelGen.Generated" : common, names.ToImmutableArray().ToEquatableArray(), capabilities.SupportsGetTypeInfo);
    }

    // The longest common prefix of whole namespace segments. Runs over every type on every edit of any doc: no Split.
    private static string CommonNamespace(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var common = 0;
        for (var i = 0; i <= length; i++)
        {
            var endOfA = i == a.Length || a[i] == '.';
            var endOfB = i == b.Length || b[i] == '.';
            if (endOfA && endOfB)
            {
                common = i;
                if (i == length)
                {
                    break;
                }

                continue;
            }

            if (endOfA || endOfB || a[i] != b[i])
            {
                break;
            }
        }

        return common == a.Length ? a : a.Substring(0, common);
    }
}
