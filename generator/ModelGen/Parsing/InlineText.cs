using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ModelGen.Common;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>Flattens Markdig inline content to the plain text a reader sees (escapes resolved, <c>&lt;br/&gt;</c> as a line break).</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        // Most cells are one run of text: no builder needed.
        if (container?.FirstChild is LiteralInline { NextSibling: null } only)
        {
            return only.Content.ToString();
        }

        var builder = SpareStringBuilder.Rent();
        Append(builder, container?.FirstChild);
        return SpareStringBuilder.ToStringAndReturn(builder);
    }

    public static string Of(Block block)
    {
        var builder = SpareStringBuilder.Rent();
        AppendBlock(builder, block);
        return SpareStringBuilder.ToStringAndReturn(builder);
    }

    private static void AppendBlock(StringBuilder builder, Block block)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                Append(builder, inline);
                break;
            case LeafBlock leaf:
                builder.Append(leaf.Lines.ToString());
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    if (builder.Length > 0)
                    {
                        builder.Append('\n');
                    }

                    AppendBlock(builder, child);
                }

                break;
        }
    }

    private static void Append(StringBuilder builder, Inline? inline)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            switch (current)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    builder.Append('\n');
                    break;
                case HtmlInline html:
                    builder.Append(IsLineBreakTag(html.Tag) ? "\n" : html.Tag);
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case DelimiterInline delimiter:
                    // An unmatched '[' can stay in the tree as a delimiter; the reader still sees it.
                    builder.Append(delimiter.ToLiteral());
                    Append(builder, delimiter.FirstChild);
                    break;
                case ContainerInline container:
                    Append(builder, container.FirstChild);
                    break;
            }
        }
    }

    private static bool IsLineBreakTag(string tag)
    {
        var normalized = tag.Replace(" ", string.Empty).ToLowerInvariant();
        return normalized is "<br>" or "<br/>" or "</br>";
    }
}
