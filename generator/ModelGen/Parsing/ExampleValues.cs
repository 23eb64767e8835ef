using System.Collections.Immutable;
using ModelGen.Model;

namespace ModelGen.Parsing;

/// <summary>
/// Reads the values the docs show as examples into an <see cref="ExampleValue"/> skeleton: the TypeScript of Example
/// Usage and of a variant's example (<c>let value: Foo = { … };</c>) and the JSON of an <c>.mdx</c> Example cell. The
/// reader is tolerant and linear: what it does not understand (<c>new Date(…)</c>, a spread, a comment) is skipped up to
/// the next <c>,</c>, <c>}</c> or <c>]</c> of its level and kept as <see cref="ExampleKind.Other"/>.
/// </summary>
internal static class ExampleValues
{
    /// <summary>Deeper than this, a value is kept as <see cref="ExampleKind.Other"/> (types nest at most 32 levels).</summary>
    public const int MaxDepth = 40;

    // A string longer than this is free text, not a name the API switches on.
    private const int MaxTokenLength = 64;

    /// <summary>The value assigned in a TypeScript example (<c>let value: Foo = …;</c>), or null when there is none.</summary>
    public static ExampleValue? FromTypeScript(string? code)
    {
        if (code is null)
        {
            return null;
        }

        // The first '=' outside an import line: examples declare one value after their imports.
        var at = 0;
        while (at < code.Length)
        {
            var lineEnd = code.IndexOf('\n', at);
            if (lineEnd < 0)
            {
                lineEnd = code.Length;
            }

            var line = code.Substring(at, lineEnd - at).TrimStart();
            if (!line.StartsWith("import ", System.StringComparison.Ordinal) && (line.StartsWith("let ", System.StringComparison.Ordinal) || line.StartsWith("const ", System.StringComparison.Ordinal) || line.StartsWith("var ", System.StringComparison.Ordinal)))
            {
                var equals = code.IndexOf('=', at);
                if (equals < 0 || equals > lineEnd)
                {
                    return null;
                }

                var reader = new Reader(code, equals + 1);
                var value = reader.Value(0);
                return value.Kind is ExampleKind.Object or ExampleKind.Array or ExampleKind.Null or ExampleKind.String ? value : null;
            }

            at = lineEnd + 1;
        }

        return null;
    }

    /// <summary>
    /// The JSON an Example cell shows, when it is an object, an array or <c>null</c>; null for anything else (plain text,
    /// a number, a bare word: the cell's own value says nothing about names).
    /// </summary>
    public static ExampleValue? FromCell(string? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var text = cell.Trim();
        if (text == "null")
        {
            return ExampleValue.Null;
        }

        if (text.Length < 2 || !((text[0] == '{' && text[text.Length - 1] == '}') || (text[0] == '[' && text[text.Length - 1] == ']')))
        {
            return null;
        }

        var value = new Reader(text, 0).Value(0);
        return value.Kind is ExampleKind.Object or ExampleKind.Array ? value : null;
    }

    /// <summary>Whether a string may be a discriminator value: short, a word of letters, digits, '_', '-' and '.' (no placeholder such as <c>&lt;value&gt;</c>).</summary>
    public static bool IsToken(string text)
    {
        if (text.Length == 0 || text.Length > MaxTokenLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            // No ':' or '/': a date, a URL or a model slug is data, not the name of a variant.
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Reader
    {
        private readonly string text;
        private int at;

        public Reader(string text, int start)
        {
            this.text = text;
            at = start;
        }

        public ExampleValue Value(int depth)
        {
            SkipTrivia();
            if (at >= text.Length)
            {
                return ExampleValue.Other;
            }

            var c = text[at];
            if (depth >= MaxDepth && c is '{' or '[')
            {
                SkipExpression();
                return ExampleValue.Other;
            }

            switch (c)
            {
                case '{':
                    return Object(depth);
                case '[':
                    return Array(depth);
                case '"':
                case '\'':
                    var s = String();
                    return s is not null && IsToken(s) ? ExampleValue.String(s) : ExampleValue.Other;
            }

            if (Word() is { } word)
            {
                if (word == "null")
                {
                    return ExampleValue.Null;
                }

                if (word is "true" or "false" or "undefined" || IsNumberStart(word[0]))
                {
                    return ExampleValue.Other;
                }
            }

            // An expression: new Date("…"), BigInt(…), models.Foo.Bar, a template string.
            SkipExpression();
            return ExampleValue.Other;
        }

        private ExampleValue Object(int depth)
        {
            at++; // '{'
            var members = ImmutableArray.CreateBuilder<ExampleMember>();
            while (true)
            {
                SkipTrivia();
                if (at >= text.Length)
                {
                    break;
                }

                var c = text[at];
                if (c == '}')
                {
                    at++;
                    break;
                }

                if (c is ',' or ')' or ']')
                {
                    at++; // a separator, or a stray closing bracket: never stall on it
                    continue;
                }

                string? key = c is '"' or '\'' ? String() : Word();
                SkipTrivia();
                if (key is null || at >= text.Length || text[at] != ':')
                {
                    // A spread, a method, a computed key: skipped.
                    SkipExpression();
                    continue;
                }

                at++; // ':'
                members.Add(new ExampleMember(key, Value(depth + 1)));
            }

            return new ExampleValue(ExampleKind.Object, null, members.ToImmutable().ToEquatableArray(), EquatableArray<ExampleValue>.Empty);
        }

        private ExampleValue Array(int depth)
        {
            at++; // '['
            var items = ImmutableArray.CreateBuilder<ExampleValue>();
            while (true)
            {
                SkipTrivia();
                if (at >= text.Length)
                {
                    break;
                }

                var c = text[at];
                if (c == ']')
                {
                    at++;
                    break;
                }

                if (c == ',')
                {
                    at++;
                    continue;
                }

                var before = at;
                items.Add(Value(depth + 1));
                if (at == before)
                {
                    at++; // never stall on a stray character
                }
            }

            return new ExampleValue(ExampleKind.Array, null, EquatableArray<ExampleMember>.Empty, items.ToImmutable().ToEquatableArray());
        }

        // A quoted string at 'at' (either quote), unescaped; null when it is not closed on its line.
        private string? String()
        {
            var quote = text[at];
            var start = at;
            for (var i = at + 1; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == quote)
                {
                    at = i + 1;
                    return TypeScriptLiterals.UnquoteStringLiteral(text.Substring(start, i - start + 1));
                }

                if (c is '\n' or '\r')
                {
                    break;
                }
            }

            at = start + 1;
            SkipExpression();
            return null;
        }

        // An identifier or number at 'at', or null.
        private string? Word()
        {
            var start = at;
            while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] is '_' or '$' or '.' or '-' or '+'))
            {
                at++;
            }

            return at > start ? text.Substring(start, at - start) : null;
        }

        private static bool IsNumberStart(char c) => c is (>= '0' and <= '9') or '-' or '+' or '.';

        // Skips to the ',' '}' or ']' that ends the current value, over nested brackets and strings.
        private void SkipExpression()
        {
            var depth = 0;
            while (at < text.Length)
            {
                var c = text[at];
                switch (c)
                {
                    case '"':
                    case '\'':
                    case '`':
                        SkipQuoted(c);
                        continue;
                    case '(':
                    case '{':
                    case '[':
                        depth++;
                        break;
                    case ')':
                    case '}':
                    case ']':
                        if (depth == 0)
                        {
                            return;
                        }

                        depth--;
                        break;
                    case ',' when depth == 0:
                        return;
                    case ';' when depth == 0:
                        at = text.Length;
                        return;
                }

                at++;
            }
        }

        private void SkipQuoted(char quote)
        {
            for (at++; at < text.Length; at++)
            {
                if (text[at] == '\\')
                {
                    at++;
                    continue;
                }

                if (text[at] == quote || (quote != '`' && text[at] == '\n'))
                {
                    at++;
                    return;
                }
            }
        }

        private void SkipTrivia()
        {
            while (at < text.Length)
            {
                var c = text[at];
                if (char.IsWhiteSpace(c))
                {
                    at++;
                }
                else if (c == '/' && at + 1 < text.Length && text[at + 1] == '/')
                {
                    var end = text.IndexOf('\n', at);
                    at = end < 0 ? text.Length : end + 1;
                }
                else if (c == '/' && at + 1 < text.Length && text[at + 1] == '*')
                {
                    var end = text.IndexOf("*/", at + 2, System.StringComparison.Ordinal);
                    at = end < 0 ? text.Length : end + 2;
                }
                else
                {
                    return;
                }
            }
        }
    }
}
