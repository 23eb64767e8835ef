using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>
/// The docs a project's roots reach: each root's doc, and every doc linked from a doc reached (fields, list and map
/// items, union variants), the way <see cref="DocResolver"/> resolves those links. Docs outside emit nothing.
/// </summary>
internal static class RootClosure
{
    public static RootSelection Compute(TypeIndex index, RootsSetting roots)
    {
        if (roots.Names.IsEmpty)
        {
            return RootSelection.All;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeSummary>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var name in roots.Names)
        {
            var found = false;
            foreach (var type in index.Types)
            {
                if (Names(type, name))
                {
                    found = true;
                    Reach(index.OwnerOf(type) ?? type, reached, pending);
                }
            }

            if (!found)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownRoot.Id, roots.ProjectFile, SourceSpan.Empty, name));
            }
        }

        while (pending.Count > 0)
        {
            var type = pending.Pop();
            foreach (var link in type.Links)
            {
                if (LinkResolver.Resolve(link, type.RelativePath, index) is { } target)
                {
                    Reach(index.OwnerOf(target) ?? target, reached, pending);
                }
            }
        }

        var paths = new List<string>(reached);
        paths.Sort(StringComparer.Ordinal);
        return new RootSelection(false, paths.ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    /// <summary>Whether a root names the doc: by its C# name, its namespace-qualified name, or its title.</summary>
    private static bool Names(TypeSummary type, string root)
    {
        if (type.TypeName.Length == 0)
        {
            return false;
        }

        var name = root.StartsWith("global::", StringComparison.Ordinal) ? root.Substring("global::".Length) : root;
        return name == type.TypeName
            || name == type.Title
            || (type.Namespace.Length > 0 && name.Length == type.Namespace.Length + 1 + type.TypeName.Length
                && name.StartsWith(type.Namespace, StringComparison.Ordinal) && name[type.Namespace.Length] == '.'
                && name.EndsWith(type.TypeName, StringComparison.Ordinal));
    }

    private static void Reach(TypeSummary type, HashSet<string> reached, Stack<TypeSummary> pending)
    {
        if (reached.Add(type.Path))
        {
            pending.Push(type);
        }
    }
}
