using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace ModelGen.Parsing;

/// <summary>
/// Leaves the inlines of pipe-table paragraphs unparsed. <see cref="PipeTable"/> reads tables from the doc's text, cell
/// by cell, so parsing a table as one paragraph of inlines is wasted work; and on a table of thousands of rows with
/// emphasis in every row (<c>*string*</c>), Markdig's inline parser stops at its nesting limit and throws.
/// </summary>
internal sealed class RawTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>();
        if (paragraphs is not null)
        {
            paragraphs.Closed += static (_, block) =>
            {
                if (block is ParagraphBlock paragraph && IsTable(paragraph))
                {
                    paragraph.ProcessInlines = false;
                }
            };
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    // The same test as PipeTable.IsTable, on the paragraph's lines (which it still has before inline parsing).
    private static bool IsTable(ParagraphBlock paragraph)
    {
        var lines = paragraph.Lines;
        return lines.Count >= 2
            && lines.Lines[0].Slice.ToString().IndexOf('|') >= 0
            && PipeTable.IsDelimiterRow(lines.Lines[1].Slice.ToString());
    }
}
