using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>
/// Reads the type grammar of Speakeasy docs, both as Markdig inlines (Type cells: <c>*string*</c>,
/// <c>[models.Foo](../models/foo.md)[]</c>, <c>Record&lt;string, *any*&gt;</c>) and as plain code
/// (Supported Types headings: <c>models.Foo[]</c>, <c>{ [k: string]: models.Foo }</c>).
/// </summary>
internal sealed class TypeSyntax
{
    /// <summary>Deeper types than this are reported (MG0012) rather than followed: bounded work on hostile docs.</summary>
    public const int MaxDepth = 32;

    private static readonly string[] SdkPrefixes = { "models", "operations", "errors", "components", "shared", "sdk" };

    private readonly List<Atom> atoms;
    private int position;

    private TypeSyntax(List<Atom> atoms) => this.atoms = atoms;

    /// <summary>The outcome: the type, and whether it was too deep to follow.</summary>
    public readonly record struct Result(TypeRef Type, bool TooDeep);

    public static Result ParseCell(ContainerInline? cell)
    {
        var atoms = new List<Atom>();
        Flatten(cell, atoms);
        return new TypeSyntax(atoms).ParseAll();
    }

    public static Result ParseCode(string code)
    {
        var atoms = new List<Atom>(code.Length);
        foreach (var c in code)
        {
            atoms.Add(new Atom(c));
        }

        return new TypeSyntax(atoms) { isCode = true }.ParseAll();
    }

    private bool isCode;
    private bool tooDeep;

    private Result ParseAll()
    {
        var text = Describe(0, atoms.Count).Trim();
        if (text.Length == 0)
        {
            return new Result(TypeRef.Unknown(string.Empty), false);
        }

        var type = ParseUnion(0);
        SkipSpaces();
        if (tooDeep)
        {
            return new Result(TypeRef.Unknown(text), true);
        }

        return position < atoms.Count || type is null
            ? new Result(TypeRef.Unknown(text), false)
            : new Result(type, false);
    }

    // Unions inside a type cell only describe file uploads (File | Blob | operations.UploadFileFile): binary content.
    private TypeRef? ParseUnion(int depth)
    {
        var first = ParseArray(depth);
        var sawBinary = first?.Kind == TypeRefKind.Blob;
        var isUnion = false;
        while (first is not null && TryConsumeAfterSpaces("|"))
        {
            isUnion = true;
            var next = ParseArray(depth);
            if (next is null)
            {
                return null;
            }

            sawBinary |= next.Kind == TypeRefKind.Blob;
        }

        return !isUnion ? first : sawBinary ? TypeRef.Blob : null;
    }

    private TypeRef? ParseArray(int depth)
    {
        var type = ParsePrimary(depth);
        while (type is not null && TryConsume("[]"))
        {
            if (++depth > MaxDepth)
            {
                tooDeep = true;
                return null;
            }

            type = TypeRef.ArrayOf(type);
        }

        return type;
    }

    private TypeRef? ParsePrimary(int depth)
    {
        if (depth > MaxDepth)
        {
            tooDeep = true;
            return null;
        }

        SkipSpaces();
        if (position >= atoms.Count)
        {
            return null;
        }

        var atom = atoms[position];
        if (atom.Link is { } link)
        {
            position++;
            return FromLink(link.Label, link.Url);
        }

        if (atom.Emphasis is { } emphasis)
        {
            position++;
            return FromName(emphasis.Trim());
        }

        if (TryConsume("Record<"))
        {
            SkipSpaces();
            if (!TryConsume("string") || !TryConsumeAfterSpaces(","))
            {
                return null;
            }

            var element = ParseUnion(depth + 1);
            return element is not null && TryConsumeAfterSpaces(">") ? TypeRef.MapOf(element) : null;
        }

        if (TryConsume("EventStream<"))
        {
            // A stream of events is read one event at a time; as a value it is a sequence of them.
            var element = ParseUnion(depth + 1);
            return element is not null && TryConsumeAfterSpaces(">") ? TypeRef.ArrayOf(element) : null;
        }

        if (TryConsume("{"))
        {
            // { [k: string]: T }
            if (!TryConsumeAfterSpaces("[") || ReadWord() is not { Length: > 0 } || !TryConsumeAfterSpaces(":")
                || !TryConsumeAfterSpaces("string") || !TryConsumeAfterSpaces("]") || !TryConsumeAfterSpaces(":"))
            {
                return null;
            }

            var element = ParseUnion(depth + 1);
            return element is not null && TryConsumeAfterSpaces("}") ? TypeRef.MapOf(element) : null;
        }

        if (isCode)
        {
            var word = ReadWord();
            return word.Length == 0 ? null : FromName(word);
        }

        return null;
    }

    private string ReadWord()
    {
        SkipSpaces();
        var builder = new StringBuilder();
        while (position < atoms.Count && atoms[position].Char is { } c && (char.IsLetterOrDigit(c) || c is '_' or '.' or '$' or '"' or '-'))
        {
            builder.Append(c);
            position++;
        }

        return builder.ToString();
    }

    private static TypeRef? FromLink(string label, string url)
    {
        switch (label)
        {
            case "Date":
                return TypeRef.Date;
            case "Blob":
            case "File":
                return TypeRef.Blob;
        }

        var reference = FromName(label);
        if (reference is { Kind: TypeRefKind.Doc })
        {
            return reference with { LinkTarget = url };
        }

        return reference;
    }

    /// <summary>A name as Speakeasy writes it in italics or in a heading's code span.</summary>
    private static TypeRef? FromName(string name)
    {
        switch (name)
        {
            case "string":
                return TypeRef.String;
            case "number":
            case "bigint":
                return TypeRef.Number;
            case "boolean":
                return TypeRef.Boolean;
            case "any":
            case "unknown":
                return TypeRef.Any;
            case "Date":
                return TypeRef.Date;
            case "Blob":
            case "File":
            case "ReadableStream<Uint8Array>":
            case "Uint8Array":
                return TypeRef.Blob;
            case "true":
            case "false":
                return new TypeRef(TypeRefKind.BooleanLiteral, name);
        }

        if (name.Length >= 2 && name[0] == '"' && name[name.Length - 1] == '"')
        {
            return new TypeRef(TypeRefKind.StringLiteral, UnquoteStringLiteral(name));
        }

        if (IsNumberLiteral(name))
        {
            return new TypeRef(TypeRefKind.NumberLiteral, name);
        }

        var dot = name.LastIndexOf('.');
        var prefix = dot < 0 ? string.Empty : name.Substring(0, dot);
        var simpleName = dot < 0 ? name : name.Substring(dot + 1);
        if (simpleName.Length == 0 || !IsIdentifierLike(simpleName))
        {
            return null;
        }

        if (prefix.Length > 0 && Array.IndexOf(SdkPrefixes, prefix) < 0 && !IsIdentifierLike(prefix.Replace(".", string.Empty)))
        {
            return null;
        }

        // A bare name in a cell is only a doc reference when it carries an SDK prefix (models.Foo).
        return prefix.Length == 0 && !char.IsUpper(simpleName[0]) ? null : new TypeRef(TypeRefKind.Doc, simpleName, prefix);
    }

    /// <summary>Undoes the escapes of a JSON/TypeScript string literal (the quotes included in <paramref name="quoted"/>).</summary>
    public static string UnquoteStringLiteral(string quoted)
    {
        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 >= quoted.Length - 1)
            {
                builder.Append(c);
                continue;
            }

            var next = quoted[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case '0': builder.Append('\0'); break;
                case 'u' when i + 4 < quoted.Length - 1 && TryParseHex(quoted.Substring(i + 1, 4), out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(next); break;
            }
        }

        return builder.ToString();
    }

    private static bool TryParseHex(string text, out int value) =>
        int.TryParse(text, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out value);

    // Finite only: '1e309' would be a C# constant out of double's range (and .NET Framework and .NET disagree on
    // whether it parses at all).
    public static bool IsNumberLiteral(string text) =>
        text.Length > 0 && (char.IsDigit(text[0]) || (text[0] == '-' && text.Length > 1 && char.IsDigit(text[1])))
        && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
        && !double.IsInfinity(value) && !double.IsNaN(value);

    private static bool IsIdentifierLike(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c) && c != '_' && c != '$')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private void SkipSpaces()
    {
        while (position < atoms.Count && atoms[position].Char is { } c && char.IsWhiteSpace(c))
        {
            position++;
        }
    }

    private bool TryConsumeAfterSpaces(string text)
    {
        SkipSpaces();
        return TryConsume(text);
    }

    private bool TryConsume(string text)
    {
        if (position + text.Length > atoms.Count)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (atoms[position + i].Char != text[i])
            {
                return false;
            }
        }

        position += text.Length;
        return true;
    }

    private string Describe(int start, int end)
    {
        var builder = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            var atom = atoms[i];
            if (atom.Char is { } c)
            {
                builder.Append(c);
            }
            else if (atom.Link is { } link)
            {
                builder.Append(link.Label);
            }
            else
            {
                builder.Append('*').Append(atom.Emphasis).Append('*');
            }
        }

        return builder.ToString();
    }

    private static void Flatten(Inline? inline, List<Atom> atoms)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            switch (current)
            {
                case LinkInline { IsImage: false } link:
                    atoms.Add(new Atom(new LinkAtom(InlineText.Of(link), link.Url ?? string.Empty)));
                    break;
                case EmphasisInline emphasis:
                    atoms.Add(new Atom(emphasis: InlineText.Of(emphasis)));
                    break;
                case LiteralInline literal:
                    foreach (var c in literal.Content.ToString())
                    {
                        atoms.Add(new Atom(c));
                    }

                    break;
                case CodeInline code:
                    foreach (var c in code.Content)
                    {
                        atoms.Add(new Atom(c));
                    }

                    break;
                case HtmlInline html:
                    // '<string, T>' can be read as a tag by Markdig; give the characters back.
                    foreach (var c in html.Tag)
                    {
                        atoms.Add(new Atom(c));
                    }

                    break;
                case DelimiterInline delimiter:
                    // An unmatched '[' can stay in the tree as a delimiter (in '[][][][][]'); it is still a character.
                    foreach (var c in delimiter.ToLiteral())
                    {
                        atoms.Add(new Atom(c));
                    }

                    Flatten(delimiter.FirstChild, atoms);
                    break;
                case ContainerInline container:
                    Flatten(container.FirstChild, atoms);
                    break;
                default:
                    foreach (var c in current.ToString() ?? string.Empty)
                    {
                        atoms.Add(new Atom(c));
                    }

                    break;
            }
        }
    }

    private readonly record struct LinkAtom(string Label, string Url);

    /// <summary>One character of the cell, or a whole link or emphasis.</summary>
    private readonly struct Atom
    {
        public Atom(char c)
        {
            Char = c;
            Link = null;
            Emphasis = null;
        }

        public Atom(LinkAtom link)
        {
            Char = null;
            Link = link;
            Emphasis = null;
        }

        public Atom(string emphasis)
        {
            Char = null;
            Link = null;
            Emphasis = emphasis;
        }

        public char? Char { get; }

        public LinkAtom? Link { get; }

        public string? Emphasis { get; }
    }
}
