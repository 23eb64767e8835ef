using System;
using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>
/// Reads the type grammar of Speakeasy docs, both as Markdig inlines (Type cells: <c>*string*</c>,
/// <c>[models.Foo](../models/foo.md)[]</c>, <c>Record&lt;string, *any*&gt;</c>) and as plain code
/// (Supported Types headings: <c>models.Foo[]</c>, <c>{ [k: string]: models.Foo }</c>). Both are read as
/// <see cref="TypeAtom"/>s, so one grammar serves both; literals are read by <see cref="TypeScriptLiterals"/>.
/// </summary>
internal sealed class TypeSyntax
{
    /// <summary>Deeper types than this are reported (MG0012) rather than followed: bounded work on hostile docs.</summary>
    public const int MaxDepth = 32;

    private static readonly string[] SdkPrefixes = { "models", "operations", "errors", "components", "shared", "sdk" };

    private readonly List<TypeAtom> atoms;
    private int position;

    private TypeSyntax(List<TypeAtom> atoms) => this.atoms = atoms;

    /// <summary>The outcome: the type, and whether it was too deep to follow.</summary>
    public readonly record struct Result(TypeRef Type, bool TooDeep);

    public static Result ParseCell(ContainerInline? cell)
    {
        var atoms = new List<TypeAtom>();
        TypeAtom.Flatten(cell, atoms);
        return new TypeSyntax(atoms).ParseAll();
    }

    public static Result ParseCode(string code)
    {
        var atoms = new List<TypeAtom>(code.Length);
        foreach (var c in code)
        {
            atoms.Add(new TypeAtom(c));
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
            return new TypeRef(TypeRefKind.StringLiteral, TypeScriptLiterals.UnquoteStringLiteral(name));
        }

        if (TypeScriptLiterals.IsNumberLiteral(name))
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
}
