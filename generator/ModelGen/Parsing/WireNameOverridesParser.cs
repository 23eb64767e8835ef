using System;
using System.Collections.Immutable;
using System.Threading;
using ModelGen.Diagnostics;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>
/// Parses a wire-name override file (an AdditionalFile named <c>modelgen-wirenames.txt</c>, or any AdditionalFile with
/// the item metadata <c>ModelGenWireNames="true"</c>, which the package's <c>ModelGenWireNamesFile</c> sets): one
/// <c>Type.field = wire_name</c> per line, <c>#</c> comments and blank lines ignored (README "Wire-name overrides").
/// </summary>
internal static class WireNameOverridesParser
{
    public const string FileName = "modelgen-wirenames.txt";

    public static WireNameOverrides Parse(string path, string text, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<WireNameOverride>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var map = new LineMap(text);
        var start = 0;
        while (start <= text.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                end++;
            }

            var line = text.Substring(start, end - start);
            var span = map.Span(start, Math.Max(start, end - 1));
            var entry = ParseLine(line, path, span);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else if (!IsBlankOrComment(line))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WireNameOverrideUnreadable.Id, path, span, line.Trim()));
            }

            if (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n')
            {
                end++;
            }

            start = end + 1;
        }

        return new WireNameOverrides(entries.ToImmutable().ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    private static bool IsBlankOrComment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0 || trimmed[0] == '#';
    }

    // Type.field = wire  — the type has no '.', the field is everything up to '=', the wire name everything after.
    private static WireNameOverride? ParseLine(string line, string path, SourceSpan span)
    {
        if (IsBlankOrComment(line))
        {
            return null;
        }

        var equals = line.IndexOf('=');
        var dot = line.IndexOf('.');
        if (equals < 0 || dot < 0 || dot > equals)
        {
            return null;
        }

        var type = line.Substring(0, dot).Trim().TrimStart('\uFEFF');
        var field = line.Substring(dot + 1, equals - dot - 1).Trim();
        var wire = line.Substring(equals + 1).Trim();
        return type.Length == 0 || field.Length == 0 || wire.Length == 0 ? null : new WireNameOverride(type, field, wire, path, span);
    }
}
