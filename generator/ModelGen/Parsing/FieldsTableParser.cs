using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModelGen.Diagnostics;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>Reads the <c>## Fields</c> pipe table: Field | Type | Required | Description [| Example].</summary>
internal static class FieldsTableParser
{
    private const string CheckMark = ":heavy_check_mark:";
    private const string MinusSign = ":heavy_minus_sign:";

    public static bool TryParse(List<Block> blocks, SourceSpan sectionSpan, string docTitle, ParseContext context, out EquatableArray<FieldSpec> fields)
    {
        fields = EquatableArray<FieldSpec>.Empty;
        Table? table = null;
        foreach (var block in blocks)
        {
            if (block is Table found)
            {
                table = found;
                break;
            }
        }

        if (table is null || table.Count == 0 || table[0] is not TableRow { IsHeader: true } header)
        {
            context.Report(DiagnosticDescriptors.FieldsTableMalformed, sectionSpan, "Field, Type and Required columns");
            return false;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = InlineText.Of((Block)header[i]).Trim();
            if (!columns.ContainsKey(name))
            {
                columns[name] = i;
            }
        }

        var missing = new List<string>();
        foreach (var required in new[] { "Field", "Type", "Required" })
        {
            if (!columns.ContainsKey(required))
            {
                missing.Add(required);
            }
        }

        if (missing.Count > 0)
        {
            context.Report(DiagnosticDescriptors.FieldsTableMalformed, context.Span(header), "a " + string.Join(", ", missing) + " column");
            return false;
        }

        var fieldColumn = columns["Field"];
        var typeColumn = columns["Type"];
        var requiredColumn = columns["Required"];
        var descriptionColumn = columns.TryGetValue("Description", out var d) ? d : -1;
        var exampleColumn = columns.TryGetValue("Example", out var e) ? e : -1;
        var needed = Math.Max(fieldColumn, Math.Max(typeColumn, requiredColumn)) + 1;

        var result = ImmutableArray.CreateBuilder<FieldSpec>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < table.Count; r++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (table[r] is not TableRow row)
            {
                continue;
            }

            var rowSpan = context.Span(row);
            if (row.Count != header.Count)
            {
                var skipped = row.Count < needed;
                context.Report(
                    DiagnosticDescriptors.FieldsRowCellCount,
                    rowSpan,
                    row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    skipped ? "the row is skipped" : "the cells that match the header are used");
                if (skipped)
                {
                    continue;
                }
            }

            var fieldCell = (TableCell)row[fieldColumn];
            var name = FieldName(fieldCell);
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.FieldNameUnreadable, context.Span(fieldCell), InlineText.Of((Block)fieldCell).Trim());
                continue;
            }

            if (!seen.Add(name))
            {
                context.Report(DiagnosticDescriptors.DuplicateField, context.Span(fieldCell), name, docTitle);
                continue;
            }

            var typeCell = (TableCell)row[typeColumn];
            var typeSpan = context.Span(typeCell);
            var parsedType = TypeSyntax.ParseCell(CellInline(typeCell));
            if (parsedType.TooDeep)
            {
                context.Report(DiagnosticDescriptors.TypeNestingTooDeep, typeSpan, name, TypeSyntax.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (parsedType.Type.Kind == TypeRefKind.Unknown)
            {
                context.Report(DiagnosticDescriptors.UnknownTypeSyntax, typeSpan, Shorten(parsedType.Type.Value), name);
            }

            var requiredText = InlineText.Of((Block)row[requiredColumn]).Trim();
            bool isRequired;
            if (requiredText == CheckMark)
            {
                isRequired = true;
            }
            else if (requiredText == MinusSign)
            {
                isRequired = false;
            }
            else
            {
                context.Report(DiagnosticDescriptors.RequiredCellUnreadable, context.Span(row[requiredColumn]), Shorten(requiredText), name);
                isRequired = false;
            }

            var description = OptionalCell(row, descriptionColumn);
            result.Add(new FieldSpec(
                name,
                parsedType.Type,
                isRequired,
                description is null || DocParser.IsNoDescription(description) ? null : description,
                OptionalCell(row, exampleColumn),
                context.Span(fieldCell),
                typeSpan));
        }

        fields = result.ToImmutable().ToEquatableArray();
        return true;
    }

    private static string? OptionalCell(TableRow row, int column)
    {
        if (column < 0 || column >= row.Count)
        {
            return null;
        }

        var text = InlineText.Of((Block)row[column]).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The field name: the cell's code span (<c>`itemId`</c>), or its plain text when not backticked.</summary>
    private static string FieldName(TableCell cell)
    {
        for (var inline = CellInline(cell)?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is CodeInline code)
            {
                return code.Content.Trim();
            }
        }

        return InlineText.Of((Block)cell).Trim();
    }

    private static ContainerInline? CellInline(TableCell cell) =>
        cell.Count > 0 && cell[0] is LeafBlock leaf ? leaf.Inline : null;

    /// <summary>Diagnostics quote doc text; keep the quote readable when a cell is huge.</summary>
    internal static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
