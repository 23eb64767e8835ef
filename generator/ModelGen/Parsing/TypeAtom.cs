using System.Collections.Generic;
using Markdig.Syntax.Inlines;

namespace ModelGen.Parsing;

/// <summary>A link in a Type cell: its label and target.</summary>
internal readonly record struct LinkAtom(string Label, string Url);

/// <summary>One character of the cell, or a whole link or emphasis.</summary>
internal readonly struct TypeAtom
{
    public TypeAtom(char c)
    {
        Char = c;
        Link = null;
        Emphasis = null;
    }

    public TypeAtom(LinkAtom link)
    {
        Char = null;
        Link = link;
        Emphasis = null;
    }

    public TypeAtom(string emphasis)
    {
        Char = null;
        Link = null;
        Emphasis = emphasis;
    }

    public char? Char { get; }

    public LinkAtom? Link { get; }

    public string? Emphasis { get; }

    /// <summary>A Type cell's inlines as atoms: characters, with each link and emphasis kept whole.</summary>
    public static void Flatten(Inline? inline, List<TypeAtom> atoms)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            switch (current)
            {
                case LinkInline { IsImage: false } link:
                    atoms.Add(new TypeAtom(new LinkAtom(InlineText.Of(link), link.Url ?? string.Empty)));
                    break;
                case EmphasisInline emphasis:
                    atoms.Add(new TypeAtom(emphasis: InlineText.Of(emphasis)));
                    break;
                case LiteralInline literal:
                    foreach (var c in literal.Content.ToString())
                    {
                        atoms.Add(new TypeAtom(c));
                    }

                    break;
                case CodeInline code:
                    foreach (var c in code.Content)
                    {
                        atoms.Add(new TypeAtom(c));
                    }

                    break;
                case HtmlInline html:
                    // '<string, T>' can be read as a tag by Markdig; give the characters back.
                    foreach (var c in html.Tag)
                    {
                        atoms.Add(new TypeAtom(c));
                    }

                    break;
                case DelimiterInline delimiter:
                    // An unmatched '[' can stay in the tree as a delimiter (in '[][][][][]'); it is still a character.
                    foreach (var c in delimiter.ToLiteral())
                    {
                        atoms.Add(new TypeAtom(c));
                    }

                    Flatten(delimiter.FirstChild, atoms);
                    break;
                case ContainerInline container:
                    Flatten(container.FirstChild, atoms);
                    break;
                default:
                    foreach (var c in current.ToString() ?? string.Empty)
                    {
                        atoms.Add(new TypeAtom(c));
                    }

                    break;
            }
        }
    }
}
