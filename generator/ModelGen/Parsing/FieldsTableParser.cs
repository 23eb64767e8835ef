using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        ParagraphBlock? table = null;
        foreach (var block in blocks)
        {
            if (PipeTable.IsTable(block, context.Text))
            {
                table = (ParagraphBlock)block;
                break;
            }
        }

        if (table is null)
        {
            context.Report(DiagnosticDescriptors.FieldsTableMalformed, sectionSpan, "Field, Type and Required columns");
            return false;
        }

        var rows = PipeTable.Read(table, context.Text);
        var header = rows[0].Cells;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].PlainText;
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
            context.Report(DiagnosticDescriptors.FieldsTableMalformed, context.Span(rows[0].Start, rows[0].End), "a " + string.Join(", ", missing) + " column");
            return false;
        }

        var fieldColumn = columns["Field"];
        var typeColumn = columns["Type"];
        var requiredColumn = columns["Required"];
        var descriptionColumn = columns.TryGetValue("Description", out var d) ? d : -1;
        var exampleColumn = columns.TryGetValue("Example", out var e) ? e : -1;
        var needed = Math.Max(fieldColumn, Math.Max(typeColumn, requiredColumn)) + 1;

        var result = ImmutableArray.CreateBuilder<FieldSpec>(rows.Count - 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 1; r < rows.Count; r++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var row = rows[r].Cells;
            if (row.Count != header.Count)
            {
                var skipped = row.Count < needed;
                context.Report(
                    DiagnosticDescriptors.FieldsRowCellCount,
                    context.Span(rows[r].Start, rows[r].End),
                    row.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    header.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    skipped ? "the row is skipped" : "the cells that match the header are used");
                if (skipped)
                {
                    continue;
                }
            }

            var fieldCell = row[fieldColumn];
            var name = FieldName(fieldCell);
            if (name.Length == 0)
            {
                context.Report(DiagnosticDescriptors.FieldNameUnreadable, Span(context, fieldCell), Shorten(fieldCell.Markdown));
                continue;
            }

            if (!seen.Add(name))
            {
                context.Report(DiagnosticDescriptors.DuplicateField, Span(context, fieldCell), name, docTitle);
                continue;
            }

            var typeCell = row[typeColumn];
            var typeSpan = Span(context, typeCell);
            var parsedType = TypeSyntax.ParseCell(typeCell.Inline);
            if (parsedType.TooDeep)
            {
                context.Report(DiagnosticDescriptors.TypeNestingTooDeep, typeSpan, name, TypeSyntax.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (parsedType.Type.Kind == TypeRefKind.Unknown)
            {
                context.Report(DiagnosticDescriptors.UnknownTypeSyntax, typeSpan, Shorten(typeCell.Markdown), name);
            }

            var requiredCell = row[requiredColumn];
            bool isRequired;
            if (requiredCell.Markdown == CheckMark)
            {
                isRequired = true;
            }
            else if (requiredCell.Markdown == MinusSign)
            {
                isRequired = false;
            }
            else
            {
                context.Report(DiagnosticDescriptors.RequiredCellUnreadable, Span(context, requiredCell), Shorten(requiredCell.Markdown), name);
                isRequired = false;
            }

            var description = OptionalCell(row, descriptionColumn);
            result.Add(new FieldSpec(
                name,
                parsedType.Type,
                isRequired,
                description is null || DocParser.IsNoDescription(description) ? null : description,
                OptionalCell(row, exampleColumn),
                Span(context, fieldCell),
                typeSpan)
            {
                Deprecation = Deprecation.Of(Deprecation.IsStruckThrough(fieldCell.Markdown), description),
            });
        }

        fields = result.ToImmutable().ToEquatableArray();
        return true;
    }

    private static SourceSpan Span(ParseContext context, PipeTableCell cell) => context.Span(cell.Start, cell.End);

    private static string? OptionalCell(List<PipeTableCell> row, int column)
    {
        if (column < 0 || column >= row.Count)
        {
            return null;
        }

        var text = row[column].PlainText;
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The field name: the cell's code span (<c>`itemId`</c>), or its plain text when not backticked, without the
    /// strikethrough of a deprecated field (<c>~~itemId~~</c>).
    /// </summary>
    private static string FieldName(PipeTableCell cell)
    {
        for (var inline = cell.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is CodeInline code)
            {
                return code.Content.Trim();
            }
        }

        var text = cell.PlainText;
        return Deprecation.IsStruckThrough(text) ? text.Trim().Substring(2, text.Trim().Length - 4).Trim() : text;
    }

    /// <summary>Diagnostics quote doc text; keep the quote readable when a cell is huge.</summary>
    internal static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
