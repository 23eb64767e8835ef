using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>The project's wire-name override files as one set, and the entries no doc used (reported, as likely typos).</summary>
internal static class WireNameOverrideUse
{
    public static WireNameOverrides Merge(ImmutableArray<WireNameOverrides> files)
    {
        if (files.IsEmpty)
        {
            return WireNameOverrides.None;
        }

        // Path order, so that which of two entries for one field wins never depends on file order.
        var ordered = files.Sort(static (a, b) => string.CompareOrdinal(FirstPath(a), FirstPath(b)));
        var entries = ImmutableArray.CreateBuilder<WireNameOverride>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var file in ordered)
        {
            entries.AddRange(file.Entries);
            diagnostics.AddRange(file.Diagnostics);
        }

        return new WireNameOverrides(entries.ToImmutable().ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    private static string FirstPath(WireNameOverrides file) =>
        file.Entries.Count > 0 ? file.Entries[0].Path : file.Diagnostics.Count > 0 ? file.Diagnostics[0].Path : string.Empty;

    public static EquatableArray<DiagnosticInfo> Unused(ImmutableArray<ResolvedDoc> docs, ResolutionContext context)
    {
        var overrides = context.Overrides;
        if (overrides.Entries.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var key in doc.AppliedOverrides)
            {
                used.Add(key);
            }
        }

        var unused = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var entry in overrides.Entries)
        {
            if (!used.Contains(entry.Key) && !OutsideRoots(entry, context))
            {
                unused.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WireNameOverrideUnused.Id, entry.Path, entry.Span, entry.Key + " = " + entry.WireName));
            }
        }

        return unused.ToImmutable().ToEquatableArray();
    }

    // With roots, one override file may serve types this project leaves out: an override for one of them (or for any
    // type) is not reported as unused, as it may match once the roots reach it.
    private static bool OutsideRoots(WireNameOverride entry, ResolutionContext context)
    {
        if (context.Selection.IsAll)
        {
            return false;
        }

        if (entry.TypeName == WireNameOverride.AnyType)
        {
            return true;
        }

        foreach (var type in context.Index.Types)
        {
            if (type.TypeName == entry.TypeName && !context.Selection.Includes(type.Path))
            {
                return true;
            }
        }

        return false;
    }
}
