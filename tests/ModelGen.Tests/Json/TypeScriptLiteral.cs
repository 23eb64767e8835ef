using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ModelGen.Tests.Json;

/// <summary>
/// The docs' example values (TypeScript object literals in <c>## Example Usage</c> and union variants' blocks) as JSON,
/// so that tests can read them through the generated System.Text.Json converters. Test-side only: the generator never
/// reads examples.
/// </summary>
/// <remarks>
/// A small recursive-descent parser for the JSON-like subset of TypeScript expressions that Speakeasy writes, rather
/// than regular expressions: strings may hold <c>:</c>, <c>,</c>, <c>//</c> and quotes, keys may be bare or quoted, and
/// a rewrite that got any of that wrong would silently change the example. Accepted: objects (bare, '…' and "…" keys),
/// arrays, '…' and "…" strings with JavaScript escapes, numbers in JSON's grammar (plus a BigInt's <c>n</c>), true,
/// false, null, trailing commas, <c>//</c> and <c>/* */</c> comments, and <c>new Date("…")</c>, which becomes the
/// JSON string "…" as written (the wire form of a date). Everything else is an error naming line and column, never a
/// guess. Numbers are copied digit for digit (<see cref="Utf8JsonWriter.WriteRawValue(string, bool)"/>): going
/// through <see cref="double"/> would round <c>12345678901234567890</c>, and the point of the test is what the
/// converters make of the doc's text.
/// </remarks>
internal static class TypeScriptLiteral
{
    /// <summary>Objects and arrays nested deeper than this are an error rather than a stack overflow.</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Non-ASCII kept as written (the output is compared and read by tests, never put into HTML); quotes, backslashes
    /// and control characters are still escaped, so the output is valid JSON. Characters beyond the BMP (emoji) come
    /// out as <c>\uD83D\uDE00</c>: the encoder escapes them whatever its settings; readers decode them all the same.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The literal as compact JSON.</summary>
    /// <exception cref="FormatException">The literal is not in the accepted subset; the message says why and where.</exception>
    public static string ToJson(string literal)
    {
        if (!TryToJson(literal, out var json, out var error))
        {
            throw new FormatException(error);
        }

        return json;
    }

    /// <summary>The literal as compact JSON, or why it is not in the accepted subset (with line and column).</summary>
    public static bool TryToJson(string literal, [NotNullWhen(true)] out string? json, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(literal);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (!new Parser(literal, writer).TryParse(out error))
            {
                json = null;
                return false;
            }
        }

        json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return true;
    }

    /// <summary>
    /// The example values of a doc: every <c>let</c>/<c>const</c> statement with an initializer in the typescript code
    /// blocks under <c>## Example Usage</c> and <c>## Supported Types</c> (whose <c>### </c> headings are the variants
    /// of a union, one block each). Other sections' blocks (<c>## Values</c> shows a type, not a value) and blocks
    /// without such a statement (<c>// No examples available for this model</c>) give nothing.
    /// </summary>
    public static IReadOnlyList<ExampleValue> ExamplesIn(string docText)
    {
        ArgumentNullException.ThrowIfNull(docText);
        var lines = docText.Split('\n');
        var examples = new List<ExampleValue>();
        string? section = null;
        string? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Markdown.IsFenceOpening(line, out var fence, out var info))
            {
                var fenceLine = i + 1;
                var body = new StringBuilder();
                for (i++; i < lines.Length && !Markdown.IsFenceClosing(lines[i].TrimEnd('\r'), fence); i++)
                {
                    body.Append(lines[i].TrimEnd('\r')).Append('\n');
                }

                if (section is "Example Usage" or "Supported Types" && Markdown.IsTypeScript(info))
                {
                    foreach (var (typeName, literal) in Declarations.In(body.ToString()))
                    {
                        examples.Add(new ExampleValue(typeName, literal, fenceLine, section, heading));
                    }
                }

                continue;
            }

            switch (Markdown.HeadingLevel(line, out var title))
            {
                case 1:
                    section = null;
                    heading = null;
                    break;
                case 2:
                    section = title;
                    heading = null;
                    break;
                case 3:
                    heading = title;
                    break;
            }
        }

        return examples;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    /// <summary>JavaScript's white space and line terminators (close enough: <see cref="char.IsWhiteSpace(char)"/> and the BOM).</summary>
    private static bool IsWhiteSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    /// <summary>The parser proper: one pass over the literal, writing JSON as it goes.</summary>
    private sealed class Parser
    {
        private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

        private readonly string text;
        private readonly Utf8JsonWriter writer;
        private int pos;

        public Parser(string text, Utf8JsonWriter writer)
        {
            this.text = text;
            this.writer = writer;
        }

        public bool TryParse([NotNullWhen(false)] out string? error)
        {
            try
            {
                SkipTrivia();
                if (AtEnd)
                {
                    throw Fail("the literal is empty");
                }

                ReadValue(depth: 0);
                SkipTrivia();
                if (!AtEnd)
                {
                    throw Fail($"unexpected {Describe(Current)} after the value");
                }

                writer.Flush();
                error = null;
                return true;
            }
            catch (SyntaxError e)
            {
                error = e.Message;
                return false;
            }
        }

        private bool AtEnd => pos >= text.Length;

        private char Current => text[pos];

        private char Peek(int offset) => pos + offset < text.Length ? text[pos + offset] : '\0';

        private void ReadValue(int depth)
        {
            SkipTrivia();
            if (AtEnd)
            {
                throw Fail("expected a value but the literal ended");
            }

            var c = Current;
            switch (c)
            {
                case '{':
                    ReadObject(depth + 1);
                    break;
                case '[':
                    ReadArray(depth + 1);
                    break;
                case '"' or '\'':
                    writer.WriteStringValue(ReadString());
                    break;
                case '`':
                    throw Fail("template literals are not supported");
                case '-' or (>= '0' and <= '9'):
                    ReadNumber();
                    break;
                case '.' when char.IsAsciiDigit(Peek(1)):
                    throw Fail("a number must have a digit before its decimal point");
                default:
                    if (!IsIdentifierStart(c))
                    {
                        throw Fail($"unexpected {Describe(c)}: expected a value");
                    }

                    ReadWord();
                    break;
            }
        }

        private void ReadObject(int depth)
        {
            CheckDepth(depth);
            pos++;
            writer.WriteStartObject();
            while (true)
            {
                SkipTrivia();
                if (!AtEnd && Current == '}')
                {
                    pos++;
                    break;
                }

                var name = ReadPropertyName();
                SkipTrivia();
                if (AtEnd || Current != ':')
                {
                    throw Fail($"expected ':' after the property name '{name}'");
                }

                pos++;
                writer.WritePropertyName(name);
                ReadValue(depth);
                SkipTrivia();
                if (!AtEnd && Current == ',')
                {
                    pos++;
                }
                else if (!AtEnd && Current == '}')
                {
                    pos++;
                    break;
                }
                else
                {
                    throw Fail(AtEnd ? "unterminated object: expected ',' or '}' but the literal ended" : $"expected ',' or '}}' but found {Describe(Current)}");
                }
            }

            writer.WriteEndObject();
        }

        private void ReadArray(int depth)
        {
            CheckDepth(depth);
            pos++;
            writer.WriteStartArray();
            while (true)
            {
                SkipTrivia();
                if (!AtEnd && Current == ']')
                {
                    pos++;
                    break;
                }

                if (!AtEnd && Current == ',')
                {
                    throw Fail("an array hole (an empty element between commas) has no JSON form");
                }

                ReadValue(depth);
                SkipTrivia();
                if (!AtEnd && Current == ',')
                {
                    pos++;
                }
                else if (!AtEnd && Current == ']')
                {
                    pos++;
                    break;
                }
                else
                {
                    throw Fail(AtEnd ? "unterminated array: expected ',' or ']' but the literal ended" : $"expected ',' or ']' but found {Describe(Current)}");
                }
            }

            writer.WriteEndArray();
        }

        private void CheckDepth(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Fail($"objects and arrays are nested more than {MaxDepth} deep");
            }
        }

        private string ReadPropertyName()
        {
            if (AtEnd)
            {
                throw Fail("unterminated object: expected a property name or '}' but the literal ended");
            }

            var c = Current;
            if (c is '"' or '\'')
            {
                return ReadString();
            }

            if (IsIdentifierStart(c))
            {
                // Reserved words (new, null, true, default…) are property names like any other here.
                return ReadIdentifier();
            }

            throw Fail(c switch
            {
                >= '0' and <= '9' => "numeric property names are not supported (JavaScript would rewrite them); quote the name",
                '[' => "computed property names are not supported",
                '.' when Peek(1) == '.' => "spread ('...') is not supported",
                _ => $"expected a property name but found {Describe(c)}",
            });
        }

        private string ReadIdentifier()
        {
            var start = pos;
            while (!AtEnd && IsIdentifierPart(Current))
            {
                pos++;
            }

            return text[start..pos];
        }

        /// <summary>true, false, null, or new Date("…").</summary>
        private void ReadWord()
        {
            var start = pos;
            var word = ReadIdentifier();
            switch (word)
            {
                case "true":
                    writer.WriteBooleanValue(true);
                    return;
                case "false":
                    writer.WriteBooleanValue(false);
                    return;
                case "null":
                    writer.WriteNullValue();
                    return;
                case "new":
                    NewDate(start);
                    return;
                default:
                    pos = start;
                    throw Fail($"'{word}' is not a value here: expected a string, number, object, array, true, false, null or new Date(\"…\")");
            }
        }

        /// <summary>After <c>new</c>: <c>Date("…")</c>, written as the string as it is.</summary>
        private void NewDate(int start)
        {
            SkipTrivia();
            var type = !AtEnd && IsIdentifierStart(Current) ? ReadIdentifier() : "";
            if (type != "Date")
            {
                pos = start;
                throw Fail($"only new Date(\"…\") is supported, not new {(type.Length == 0 ? "…" : type)}");
            }

            SkipTrivia();
            if (AtEnd || Current != '(')
            {
                throw Fail("expected '(' after new Date");
            }

            pos++;
            SkipTrivia();
            if (AtEnd || Current is not ('"' or '\''))
            {
                throw Fail("new Date(…) is supported with one string argument only");
            }

            var value = ReadString();
            SkipTrivia();
            if (AtEnd || Current != ')')
            {
                throw Fail("expected ')' after the string of new Date(\"…\")");
            }

            pos++;
            writer.WriteStringValue(value);
        }

        /// <summary>
        /// A number in JSON's grammar (<c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>), written with its digits as
        /// they are; an integer may end in BigInt's <c>n</c>, which is dropped. Hexadecimal, octal, binary, numeric
        /// separators, a bare <c>.5</c> or <c>5.</c>, <c>+1</c>, Infinity and NaN have no JSON form as written: errors.
        /// </summary>
        private void ReadNumber()
        {
            var start = pos;
            if (Current == '-')
            {
                pos++;
                if (AtEnd || !char.IsAsciiDigit(Current))
                {
                    throw Fail("expected a digit right after '-'");
                }
            }

            if (Current == '0')
            {
                pos++;
                if (!AtEnd && char.IsAsciiDigit(Current))
                {
                    pos = start;
                    throw Fail("a number with a leading zero (legacy octal) has no JSON form");
                }
            }
            else
            {
                SkipDigits();
            }

            var integer = true;
            if (!AtEnd && Current == '.')
            {
                integer = false;
                pos++;
                if (AtEnd || !char.IsAsciiDigit(Current))
                {
                    throw Fail("expected a digit after the decimal point");
                }

                SkipDigits();
            }

            if (!AtEnd && Current is 'e' or 'E')
            {
                integer = false;
                pos++;
                if (!AtEnd && Current is '+' or '-')
                {
                    pos++;
                }

                if (AtEnd || !char.IsAsciiDigit(Current))
                {
                    throw Fail("expected a digit in the exponent");
                }

                SkipDigits();
            }

            var end = pos;
            if (integer && !AtEnd && Current == 'n')
            {
                pos++;
            }

            if (!AtEnd && (IsIdentifierPart(Current) || Current == '.'))
            {
                var stop = pos;
                while (stop < text.Length && (IsIdentifierPart(text[stop]) || text[stop] == '.'))
                {
                    stop++;
                }

                var written = text[start..stop];
                pos = start;
                throw Fail($"'{written}' is not a number JSON can hold as written (hexadecimal, octal, binary, numeric separators and the like are not supported)");
            }

            writer.WriteRawValue(text[start..end]);
        }

        private void SkipDigits()
        {
            while (!AtEnd && char.IsAsciiDigit(Current))
            {
                pos++;
            }
        }

        /// <summary>A '…' or "…" string with JavaScript's escapes, decoded.</summary>
        private string ReadString()
        {
            var start = pos;
            var quote = Current;
            pos++;
            var value = new StringBuilder();
            while (true)
            {
                if (AtEnd)
                {
                    pos = start;
                    throw Fail("unterminated string: the literal ended before its closing quote");
                }

                var c = Current;
                if (c == quote)
                {
                    pos++;
                    break;
                }

                if (c is '\n' or '\r')
                {
                    pos = start;
                    throw Fail("unterminated string: a line break before its closing quote");
                }

                if (c != '\\')
                {
                    value.Append(c);
                    pos++;
                    continue;
                }

                pos++;
                if (AtEnd)
                {
                    pos = start;
                    throw Fail("unterminated string: the literal ended in an escape");
                }

                var escape = Current;
                pos++;
                switch (escape)
                {
                    case 'n': value.Append('\n'); break;
                    case 'r': value.Append('\r'); break;
                    case 't': value.Append('\t'); break;
                    case 'b': value.Append('\b'); break;
                    case 'f': value.Append('\f'); break;
                    case 'v': value.Append('\v'); break;
                    case '0' when !char.IsAsciiDigit(Peek(0)): value.Append('\0'); break;
                    case >= '0' and <= '9':
                        pos -= 2;
                        throw Fail("octal escapes (\\1, \\01…) are not supported");
                    case 'x': value.Append((char)Hex(2)); break;
                    case 'u': AppendCodePoint(value); break;
                    case '\r':
                        // A line continuation: backslash and line break are both dropped.
                        if (!AtEnd && Current == '\n')
                        {
                            pos++;
                        }

                        break;
                    case '\n' or '\u2028' or '\u2029':
                        break;
                    default:
                        // \" \' \\ \/ and JavaScript's identity escapes: the character itself.
                        value.Append(escape);
                        break;
                }
            }

            var result = value.ToString();
            for (var i = 0; i < result.Length; i++)
            {
                if (char.IsHighSurrogate(result[i]) && i + 1 < result.Length && char.IsLowSurrogate(result[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(result[i]))
                {
                    pos = start;
                    throw Fail($"the string holds a lone surrogate (\\u{(int)result[i]:X4}), which UTF-8 JSON cannot hold");
                }
            }

            return result;
        }

        /// <summary>After <c>\u</c>: four hex digits, or <c>{…}</c> with a code point up to 10FFFF.</summary>
        private void AppendCodePoint(StringBuilder value)
        {
            if (AtEnd || Current != '{')
            {
                value.Append((char)Hex(4));
                return;
            }

            var start = pos;
            pos++;
            var digits = 0;
            var codePoint = 0;
            while (!AtEnd && char.IsAsciiHexDigit(Current) && codePoint <= 0x10FFFF)
            {
                codePoint = (codePoint * 16) + (char.IsAsciiDigit(Current) ? Current - '0' : (Current | 0x20) - 'a' + 10);
                digits++;
                pos++;
            }

            if (digits == 0 || AtEnd || Current != '}' || codePoint > 0x10FFFF)
            {
                pos = start;
                throw Fail("expected \\u{…} with a hex code point up to 10FFFF");
            }

            pos++;
            if (codePoint is >= 0xD800 and <= 0xDFFF)
            {
                // A surrogate on its own; the check at the end of the string says whether it has a partner.
                value.Append((char)codePoint);
            }
            else
            {
                value.Append(char.ConvertFromUtf32(codePoint));
            }
        }

        private int Hex(int count)
        {
            if (pos + count > text.Length || text.AsSpan(pos, count).ContainsAnyExcept(HexDigits))
            {
                throw Fail($"expected {count} hex digits in the escape");
            }

            var value = int.Parse(text.AsSpan(pos, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            pos += count;
            return value;
        }

        /// <summary>White space and comments.</summary>
        private void SkipTrivia()
        {
            while (!AtEnd)
            {
                if (IsWhiteSpace(Current))
                {
                    pos++;
                }
                else if (Current == '/' && Peek(1) == '/')
                {
                    while (!AtEnd && Current is not ('\n' or '\r'))
                    {
                        pos++;
                    }
                }
                else if (Current == '/' && Peek(1) == '*')
                {
                    var end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        throw Fail("unterminated /* comment");
                    }

                    pos = end + 2;
                }
                else
                {
                    return;
                }
            }
        }

        /// <summary>The error at the current position, with its 1-based line and column in the literal.</summary>
        private SyntaxError Fail(string message)
        {
            var at = Math.Min(pos, text.Length);
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < at; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return new SyntaxError($"{message} (line {line}, column {at - lineStart + 1})");
        }

        private static string Describe(char c) =>
            char.IsControl(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}'";
    }

    /// <summary>Why a literal is not in the accepted subset; only ever caught by <see cref="Parser.TryParse"/>.</summary>
    private sealed class SyntaxError(string message) : Exception(message);

    /// <summary>
    /// <c>let</c>/<c>const</c>/<c>var</c> statements of a code block: the declared type up to the <c>=</c>, and the
    /// initializer up to the <c>;</c> outside brackets, strings and comments (or the block's end). Only as much
    /// TypeScript as finding those needs; whether the initializer is a literal is <see cref="Parser"/>'s business.
    /// </summary>
    private static class Declarations
    {
        public static IEnumerable<(string? TypeName, string Literal)> In(string code)
        {
            var pos = 0;
            while (pos < code.Length)
            {
                var c = code[pos];
                if (c is '"' or '\'' or '`' || (c == '/' && (At(code, pos + 1) is '/' or '*')))
                {
                    pos = SkipStringOrComment(code, pos);
                }
                else if (IsIdentifierStart(c))
                {
                    var start = pos;
                    while (pos < code.Length && IsIdentifierPart(code[pos]))
                    {
                        pos++;
                    }

                    if (code[start..pos] is "let" or "const" or "var" && TryDeclaration(code, ref pos, out var declaration))
                    {
                        yield return declaration;
                    }
                }
                else
                {
                    pos++;
                }
            }
        }

        /// <summary>After the keyword: a name, an optional <c>: type</c>, <c>=</c>, and the initializer.</summary>
        private static bool TryDeclaration(string code, ref int pos, out (string? TypeName, string Literal) declaration)
        {
            declaration = default;
            var at = SkipTrivia(code, pos);
            if (at >= code.Length || !IsIdentifierStart(code[at]))
            {
                return false; // destructuring, or the keyword used as a word
            }

            while (at < code.Length && IsIdentifierPart(code[at]))
            {
                at++;
            }

            at = SkipTrivia(code, at);
            string? typeName = null;
            if (At(code, at) == ':')
            {
                var typeStart = at + 1;
                at = EndOfType(code, typeStart);
                typeName = string.Join(' ', code[typeStart..at].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            }

            if (At(code, at) != '=')
            {
                pos = at;
                return false; // no initializer
            }

            var literalStart = at + 1;
            var end = EndOfInitializer(code, literalStart);
            declaration = (typeName, code[literalStart..end].Trim());
            pos = end < code.Length ? end + 1 : end;
            return true;
        }

        /// <summary>Where a type annotation ends: the first <c>=</c> (not <c>=&gt;</c>) or <c>;</c> outside brackets.</summary>
        private static int EndOfType(string code, int pos)
        {
            var depth = 0;
            while (pos < code.Length)
            {
                var c = code[pos];
                switch (c)
                {
                    case '"' or '\'' or '`':
                        pos = SkipStringOrComment(code, pos);
                        continue;
                    case '/' when At(code, pos + 1) is '/' or '*':
                        pos = SkipStringOrComment(code, pos);
                        continue;
                    case '(' or '[' or '{' or '<':
                        depth++;
                        break;
                    case ')' or ']' or '}' or '>':
                        depth = Math.Max(0, depth - 1);
                        break;
                    case '=' when At(code, pos + 1) == '>':
                        pos += 2;
                        continue;
                    case '=' or ';' when depth == 0:
                        return pos;
                }

                pos++;
            }

            return pos;
        }

        /// <summary>Where an initializer ends: the first <c>;</c> outside brackets, strings and comments, or the code's end.</summary>
        private static int EndOfInitializer(string code, int pos)
        {
            var depth = 0;
            while (pos < code.Length)
            {
                var c = code[pos];
                switch (c)
                {
                    case '"' or '\'' or '`':
                        pos = SkipStringOrComment(code, pos);
                        continue;
                    case '/' when At(code, pos + 1) is '/' or '*':
                        pos = SkipStringOrComment(code, pos);
                        continue;
                    case '(' or '[' or '{':
                        depth++;
                        break;
                    case ')' or ']' or '}':
                        depth = Math.Max(0, depth - 1);
                        break;
                    case ';' when depth == 0:
                        return pos;
                }

                pos++;
            }

            return pos;
        }

        /// <summary>
        /// Past the string, template or comment at <paramref name="pos"/>. A '…'/"…" string stops at a line break, so an
        /// unterminated one does not swallow the rest of the block (the parser then reports it).
        /// </summary>
        private static int SkipStringOrComment(string code, int pos)
        {
            var c = code[pos];
            if (c == '/')
            {
                if (code[pos + 1] == '/')
                {
                    var newline = code.IndexOf('\n', pos);
                    return newline < 0 ? code.Length : newline;
                }

                var close = code.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                return close < 0 ? code.Length : close + 2;
            }

            for (pos++; pos < code.Length; pos++)
            {
                if (code[pos] == '\\')
                {
                    pos++;
                }
                else if (code[pos] == c)
                {
                    return pos + 1;
                }
                else if (c != '`' && code[pos] == '\n')
                {
                    return pos;
                }
            }

            return code.Length;
        }

        private static int SkipTrivia(string code, int pos)
        {
            while (pos < code.Length)
            {
                if (IsWhiteSpace(code[pos]))
                {
                    pos++;
                }
                else if (code[pos] == '/' && At(code, pos + 1) is '/' or '*')
                {
                    pos = SkipStringOrComment(code, pos);
                }
                else
                {
                    break;
                }
            }

            return pos;
        }

        private static char At(string code, int pos) => pos < code.Length ? code[pos] : '\0';
    }

    /// <summary>Just enough CommonMark to find headings and fenced code blocks line by line.</summary>
    private static class Markdown
    {
        /// <summary>An ATX heading's level (1–6) and text, or 0.</summary>
        public static int HeadingLevel(string line, out string title)
        {
            title = "";
            var text = TrimIndent(line);
            if (text is null)
            {
                return 0;
            }

            var level = 0;
            while (level < text.Length && text[level] == '#')
            {
                level++;
            }

            if (level is 0 or > 6 || (level < text.Length && text[level] is not (' ' or '\t')))
            {
                return 0;
            }

            title = text[level..].Trim().TrimEnd('#').Trim();
            return level;
        }

        /// <summary>A line opening a fenced code block: the fence (three or more ` or ~) and the info string.</summary>
        public static bool IsFenceOpening(string line, out string fence, out string info)
        {
            fence = "";
            info = "";
            var text = TrimIndent(line);
            if (text is null || text.Length < 3 || text[0] is not ('`' or '~'))
            {
                return false;
            }

            var length = 0;
            while (length < text.Length && text[length] == text[0])
            {
                length++;
            }

            if (length < 3 || (text[0] == '`' && text.IndexOf('`', length) >= 0))
            {
                return false;
            }

            fence = text[..length];
            info = text[length..].Trim();
            return true;
        }

        /// <summary>A line closing the block <paramref name="fence"/> opened: as many fence characters or more, and nothing else.</summary>
        public static bool IsFenceClosing(string line, string fence)
        {
            var text = TrimIndent(line)?.TrimEnd();
            return text is not null
                && text.Length >= fence.Length
                && text.AsSpan().TrimStart(fence[0]).IsEmpty;
        }

        /// <summary>Whether an info string's language is TypeScript.</summary>
        public static bool IsTypeScript(string info)
        {
            var language = info.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : "";
            return language.Equals("typescript", StringComparison.OrdinalIgnoreCase) || language.Equals("ts", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The line without up to three spaces of indentation, or null when it is indented more (a code line).</summary>
        private static string? TrimIndent(string line)
        {
            var spaces = 0;
            while (spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            return spaces > 3 ? null : line[spaces..];
        }
    }
}
