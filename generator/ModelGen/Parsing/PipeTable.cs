using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ModelGen.Parsing;

/// <summary>One cell of a pipe table: its markdown text and where it sits in the doc.</summary>
internal sealed class PipeTableCell
{
    private ContainerInline? inline;
    private string? plainText;

    public PipeTableCell(string markdown, int start, int end)
    {
        Markdown = markdown;
        Start = start;
        End = end;
    }

    public string Markdown { get; }

    /// <summary>Offset of the cell's first character (after trimming).</summary>
    public int Start { get; }

    /// <summary>Offset of the cell's last character (inclusive, as Markdig spans are).</summary>
    public int End { get; }

    /// <summary>The cell parsed as markdown inlines (links, emphasis, code, escapes), parsed on first use.</summary>
    public ContainerInline? Inline => inline ??= PipeTable.ParseInline(Markdown);

    /// <summary>What a reader sees in the cell.</summary>
    public string PlainText => plainText ??= InlineText.Of(Inline).Trim();
}

/// <summary>
/// Splits GitHub-style pipe tables into rows and cells. Rows and cells are split first, at unescaped '|', as the
/// GFM spec says; only then is each cell parsed as markdown. (Markdig's table extension lets emphasis run across
/// cells, e.g. two cells each containing "anthropic/*", and then loses the row.)
/// </summary>
internal static class PipeTable
{
    // A GFM cell holds inline content only: "- a", "> 0", "1. first", "# x" and "</example>" are text in a cell, not a
    // list, quote, heading or HTML block. So a cell is not parsed as a document: its text goes straight to Markdig's
    // inline processor, with the default inline parsers (emphasis, code, links, HTML, escapes, entities). Parsers are
    // shared (Markdig shares them between threads); a processor holds the state of one parse, so each thread has its
    // own and reuses it for every cell (a document parse per cell was most of what parsing cells cost).
    private static readonly InlineParserList CellInlineParsers = new(new MarkdownPipelineBuilder().InlineParsers);

    [ThreadStatic]
    private static InlineProcessor? cellInlineProcessor;

    private static readonly char[] LineBreaks = { '\r', '\n' };
    private static readonly char[] CellBreaks = { '|', '\\' };

    /// <summary>Whether a paragraph is a pipe table: a row, then a delimiter row like <c>| --- | :-: |</c>.</summary>
    public static bool IsTable(Block block, string text)
    {
        if (block is not ParagraphBlock)
        {
            return false;
        }

        var lines = Lines(block, text, 2);
        return lines.Count == 2 && text.IndexOf('|', lines[0].Start, lines[0].End - lines[0].Start + 1) >= 0
            && IsDelimiterRow(text.Substring(lines[1].Start, lines[1].End - lines[1].Start + 1));
    }

    /// <summary>The header row followed by the body rows (the delimiter row is dropped), with each row's line.</summary>
    public static List<(List<PipeTableCell> Cells, int Start, int End)> Read(Block table, string text)
    {
        var lines = Lines(table, text, int.MaxValue);
        var rows = new List<(List<PipeTableCell>, int, int)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i != 1)
            {
                rows.Add((SplitRow(text, lines[i].Start, lines[i].End), lines[i].Start, lines[i].End));
            }
        }

        return rows;
    }

    // Markdig drops a paragraph's lines once its inlines are parsed; the block's span still says where they were.
    // Tables are most of a doc's text, so lines and cells are found with IndexOfAny (vectorized) rather than a loop per char.
    private static List<(int Start, int End)> Lines(Block block, string text, int max)
    {
        var lines = new List<(int, int)>();
        var end = Math.Min(block.Span.End, text.Length - 1);
        var start = block.Span.Start;
        while (start <= end && lines.Count < max)
        {
            var lineEnd = text.IndexOfAny(LineBreaks, start, end - start + 1);
            if (lineEnd < 0)
            {
                lineEnd = end + 1;
            }

            lines.Add((start, lineEnd - 1));
            start = lineEnd;
            if (start <= end && text[start] == '\r')
            {
                start++;
            }

            if (start <= end && text[start] == '\n')
            {
                start++;
            }
        }

        return lines;
    }

    internal static ContainerInline? ParseInline(string markdown)
    {
        if (markdown.Length == 0)
        {
            return null;
        }

        // Most cells (N/A, :heavy_check_mark:, plain prose) hold nothing an inline parser starts on: Markdig would give
        // back the text as one literal, so skip it (a Markdig parse per cell was most of the parsing time).
        if (IsPlainText(markdown))
        {
            var plain = new ContainerInline();
            plain.AppendChild(new LiteralInline(markdown));
            return plain;
        }

        var processor = cellInlineProcessor ??= new InlineProcessor(new MarkdownDocument(), CellInlineParsers, preciseSourcelocation: false, context: null);
        var paragraph = new ParagraphBlock();
        var line = new StringSlice(markdown);
        paragraph.AppendLine(ref line, column: 0, line: 0, sourceLinePosition: 0, trackTrivia: false);
        try
        {
            processor.ProcessInlineLeaf(paragraph);
        }
        catch
        {
            // Markdig gives up on inlines nested past its limit by throwing (the doc is reported, not lost); a
            // processor left mid-parse is not used again.
            cellInlineProcessor = null;
            throw;
        }

        return paragraph.Inline;
    }

    // No character that opens one of the inline parsers (entity, link or image, escape, emphasis, code span, autolink
    // or HTML, line break), and no whitespace at either end (which a markdown paragraph would trim).
    private static bool IsPlainText(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                case '[':
                case ']':
                case '!':
                case '\\':
                case '*':
                case '_':
                case '`':
                case '<':
                case '>':
                case '\n':
                case '\r':
                    return false;
            }
        }

        return true;
    }

    private static List<PipeTableCell> SplitRow(string text, int start, int end)
    {
        var cells = new List<PipeTableCell>(6);
        var lineStart = start;
        while (lineStart <= end && char.IsWhiteSpace(text[lineStart]))
        {
            lineStart++;
        }

        var lineEnd = end;
        while (lineEnd >= lineStart && char.IsWhiteSpace(text[lineEnd]))
        {
            lineEnd--;
        }

        // Leading and trailing pipes are optional in GFM; they do not open or close a cell of their own.
        if (lineStart <= lineEnd && text[lineStart] == '|')
        {
            lineStart++;
        }

        if (lineEnd >= lineStart && text[lineEnd] == '|' && (lineEnd == 0 || text[lineEnd - 1] != '\\'))
        {
            lineEnd--;
        }

        var cellStart = lineStart;
        var i = lineStart;
        while (true)
        {
            var next = i <= lineEnd ? text.IndexOfAny(CellBreaks, i, lineEnd - i + 1) : -1;
            if (next < 0)
            {
                cells.Add(Trimmed(text, cellStart, lineEnd));
                return cells;
            }

            if (text[next] == '\\')
            {
                // An escaped character, '|' included, stays in the cell.
                i = next + 2;
                continue;
            }

            cells.Add(Trimmed(text, cellStart, next - 1));
            cellStart = i = next + 1;
        }
    }

    private static PipeTableCell Trimmed(string text, int start, int end)
    {
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return start > end
            ? new PipeTableCell(string.Empty, start, start - 1)
            : new PipeTableCell(text.Substring(start, end - start + 1), start, end);
    }

    internal static bool IsDelimiterRow(string line)
    {
        var sawDash = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '-':
                    sawDash = true;
                    break;
                case '|':
                case ':':
                case ' ':
                case '\t':
                    break;
                default:
                    return false;
            }
        }

        return sawDash;
    }
}
