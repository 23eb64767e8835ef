using System;
using System.Linq;
using System.Text.Json;
using NUnit.Framework;

namespace ModelGen.Tests.Json;

/// <summary>
/// <see cref="TypeScriptLiteral"/>: the docs' TypeScript example values to JSON, and finding them in a doc. The corpus
/// round trip trusts this converter, so each construct is pinned here, and so is every refusal (a guess would change
/// the example silently).
/// </summary>
internal sealed class TypeScriptLiteralTests
{
    /// <summary>The example block of the seed doc, as Speakeasy writes it.</summary>
    [Test]
    public void SeedExample()
    {
        const string literal = """
            {
              type: "response.image_generation_call.completed",
              itemId: "<id>",
              outputIndex: 3591.04,
              sequenceNumber: 8536.71,
            }
            """;

        Assert.That(
            TypeScriptLiteral.ToJson(literal),
            Is.EqualTo("""{"type":"response.image_generation_call.completed","itemId":"<id>","outputIndex":3591.04,"sequenceNumber":8536.71}"""));
    }

    [TestCase("""{ a: 1 }""", """{"a":1}""", TestName = "bare key")]
    [TestCase("""{ "content-type": 1 }""", """{"content-type":1}""", TestName = "double-quoted key")]
    [TestCase("""{ 'x y': 1 }""", """{"x y":1}""", TestName = "single-quoted key")]
    [TestCase("""{ $ref: 1, _id: 2, ünï: 3 }""", """{"$ref":1,"_id":2,"ünï":3}""", TestName = "identifier characters in keys")]
    [TestCase("""{ new: 1, null: 2, true: 3, default: 4 }""", """{"new":1,"null":2,"true":3,"default":4}""", TestName = "reserved words as keys")]
    [TestCase("""{ "a\"b": 1 }""", """{"a\"b":1}""", TestName = "escaped quote in a key")]
    [TestCase("""{}""", """{}""", TestName = "empty object")]
    [TestCase("""{ }""", """{}""", TestName = "empty object with space")]
    [TestCase("""[]""", """[]""", TestName = "empty array")]
    [TestCase("""[1, "a", true, false, null, {}, []]""", """[1,"a",true,false,null,{},[]]""", TestName = "array of every kind")]
    [TestCase("""{ a: { b: [ { c: [] } ] } }""", """{"a":{"b":[{"c":[]}]}}""", TestName = "nested")]
    [TestCase("""{ a: 1, }""", """{"a":1}""", TestName = "trailing comma in an object")]
    [TestCase("""[1, 2,]""", """[1,2]""", TestName = "trailing comma in an array")]
    [TestCase("""[[6206.15,],[8419.72,5863.71,],]""", """[[6206.15],[8419.72,5863.71]]""", TestName = "trailing commas nested")]
    [TestCase("""{ a: 1, a: 2 }""", """{"a":1,"a":2}""", TestName = "duplicate keys are kept, as written")]
    [TestCase("  \r\n\t\"x\"\r\n", "\"x\"", TestName = "white space around, CRLF")]
    public void Structure(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    [TestCase("\"bar\"", "\"bar\"", TestName = "enum value")]
    [TestCase("'bar'", "\"bar\"", TestName = "single-quoted")]
    [TestCase("\"it's\"", "\"it's\"", TestName = "apostrophe in double quotes")]
    [TestCase("'say \"hi\"'", "\"say \\\"hi\\\"\"", TestName = "double quotes in single quotes")]
    [TestCase("\"a\\nb\\rc\\td\"", "\"a\\nb\\rc\\td\"", TestName = "escapes n r t")]
    [TestCase("\"\\b\\f\\v\\0\"", "\"\\b\\f\\u000B\\u0000\"", TestName = "escapes b f v 0")]
    [TestCase("\"\\\"\\'\\\\\\/\"", "\"\\\"'\\\\/\"", TestName = "escapes of quotes, backslash, slash")]
    [TestCase("\"\\x41\\u00e9\\u{1F600}\"", "\"Aé\\uD83D\\uDE00\"", TestName = "hex and unicode escapes (beyond the BMP the encoder escapes)")]
    [TestCase("\"\\uD83D\\uDE00\"", "\"\\uD83D\\uDE00\"", TestName = "surrogate pair escape")]
    [TestCase("\"😀\"", "\"\\uD83D\\uDE00\"", TestName = "emoji as written")]
    [TestCase("\"\\q\\$\"", "\"q$\"", TestName = "identity escapes")]
    [TestCase("\"line \\\ncontinued\"", "\"line continued\"", TestName = "line continuation")]
    [TestCase("\"75°F — 東京\"", "\"75°F — 東京\"", TestName = "non-ASCII kept as written")]
    [TestCase("\"<a href='x'>&amp;</a>\"", "\"<a href='x'>&amp;</a>\"", TestName = "HTML-ish characters kept as written")]
    [TestCase("\"tab\there\"", "\"tab\\there\"", TestName = "raw tab is escaped in JSON")]
    [TestCase("\"@@ function main() {\\n+  console.log(\\\"hi\\\");\\n }\"", "\"@@ function main() {\\n+  console.log(\\\"hi\\\");\\n }\"", TestName = "corpus: patch text with escapes")]
    [TestCase("\"\\\\b(sk-[a-zA-Z0-9]{48})\\\\b\"", "\"\\\\b(sk-[a-zA-Z0-9]{48})\\\\b\"", TestName = "corpus: regex with backslashes")]
    [TestCase("\"a // not a comment /* nor this */\"", "\"a // not a comment /* nor this */\"", TestName = "comment markers in a string")]
    public void Strings(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    /// <summary>The encoder escapes characters beyond the BMP (as a surrogate pair) even when relaxed; a reader gets them back.</summary>
    [Test]
    public void CharactersBeyondTheBmpReadBack()
    {
        using var document = JsonDocument.Parse(TypeScriptLiteral.ToJson("'\\u{1F600} 😀'"));

        Assert.That(document.RootElement.GetString(), Is.EqualTo("😀 😀"));
    }

    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("42")]
    [TestCase("-10")]
    [TestCase("3591.04")]
    [TestCase("-0.612345")]
    [TestCase("1e10")]
    [TestCase("1.5E-7")]
    [TestCase("2e+3")]
    [TestCase("12345678901234567890", TestName = "integer beyond long, digit for digit")]
    [TestCase("-98765432109876543210987654321", TestName = "negative integer beyond decimal")]
    [TestCase("0.1000000000000000055511151231257827", TestName = "decimal beyond double, digit for digit")]
    [TestCase("1.10", TestName = "trailing zero kept")]
    public void NumbersKeepTheirText(string literal) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(literal));

    [Test]
    public void BigIntegerInsideAnObjectSurvivesAndReadsBack()
    {
        var json = TypeScriptLiteral.ToJson("{ id: 12345678901234567890, n: -1 }");
        using var document = JsonDocument.Parse(json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo("""{"id":12345678901234567890,"n":-1}"""));
            Assert.That(document.RootElement.GetProperty("id").GetRawText(), Is.EqualTo("12345678901234567890"));
            Assert.That(document.RootElement.GetProperty("id").GetUInt64(), Is.EqualTo(12345678901234567890UL));
        });
    }

    [TestCase("123n", "123")]
    [TestCase("-9007199254740993n", "-9007199254740993")]
    public void BigIntSuffixIsDropped(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    [TestCase("true", "true")]
    [TestCase("false", "false")]
    [TestCase("null", "null")]
    [TestCase("{ a: null, b: true, c: false }", """{"a":null,"b":true,"c":false}""")]
    public void Keywords(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    [TestCase("""new Date("2025-06-24T17:17:57.491Z")""", "\"2025-06-24T17:17:57.491Z\"", TestName = "top level")]
    [TestCase("""new Date('2025-06-24')""", "\"2025-06-24\"", TestName = "single quotes, text as written")]
    [TestCase("""new  Date ( /* when */ "2025-06-24T17:17:57.491Z" )""", "\"2025-06-24T17:17:57.491Z\"", TestName = "space and comments between tokens")]
    [TestCase("""{ end: new Date("2024-07-04T07:07:24.821Z"), start: new Date("2026-05-14T10:22:55.251Z"), }""", """{"end":"2024-07-04T07:07:24.821Z","start":"2026-05-14T10:22:55.251Z"}""", TestName = "corpus: operations/timerange")]
    [TestCase("""[new Date("2025-01-01T00:00:00Z")]""", """["2025-01-01T00:00:00Z"]""", TestName = "in an array")]
    public void NewDateIsItsString(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    [TestCase("// before\n\"x\"", "\"x\"", TestName = "line comment before")]
    [TestCase("\"x\"\n\n// Open enum: unrecognized values are captured as Unrecognized<string>", "\"x\"", TestName = "corpus: open enum note after")]
    [TestCase("/* a */ { /* b */ a /* c */ : /* d */ 1 /* e */ , /* f */ } /* g */", """{"a":1}""", TestName = "block comments everywhere")]
    [TestCase("{\n  a: 1, // one\n  // nothing\n  b: [ // list\n    2,\n  ],\n}", """{"a":1,"b":[2]}""", TestName = "line comments in an object")]
    [TestCase("/**/1/***/", "1", TestName = "empty block comments")]
    [TestCase("1 // last line without a newline", "1", TestName = "line comment at the end")]
    public void CommentsAreSkipped(string literal, string json) =>
        Assert.That(TypeScriptLiteral.ToJson(literal), Is.EqualTo(json));

    [TestCase("\"abc", "unterminated string", TestName = "string ends with the literal")]
    [TestCase("'abc", "unterminated string", TestName = "single-quoted string ends with the literal")]
    [TestCase("{ a: \"abc\n}", "unterminated string", TestName = "string ends at a line break")]
    [TestCase("\"abc\\", "unterminated string", TestName = "string ends in an escape")]
    [TestCase("{ a: 1", "unterminated object", TestName = "object not closed")]
    [TestCase("{", "unterminated object", TestName = "object only opened")]
    [TestCase("[1, 2", "unterminated array", TestName = "array not closed")]
    [TestCase("/* note", "unterminated /* comment", TestName = "block comment not closed")]
    [TestCase("", "empty", TestName = "empty")]
    [TestCase("  // only a comment\n", "empty", TestName = "only a comment")]
    [TestCase("{ a 1 }", "expected ':' after the property name 'a'", TestName = "missing colon")]
    [TestCase("{ a: 1 b: 2 }", "expected ',' or '}'", TestName = "missing comma in an object")]
    [TestCase("[1 2]", "expected ',' or ']'", TestName = "missing comma in an array")]
    [TestCase("{ a: }", "expected a value", TestName = "missing value")]
    [TestCase("{ , }", "expected a property name", TestName = "comma only in an object")]
    [TestCase("[1,,2]", "array hole", TestName = "array hole")]
    [TestCase("[,]", "array hole", TestName = "array of a hole")]
    [TestCase("{ a }", "expected ':'", TestName = "shorthand property")]
    [TestCase("{ ...a }", "spread", TestName = "spread")]
    [TestCase("{ [k]: 1 }", "computed property names", TestName = "computed key")]
    [TestCase("{ 1: \"a\" }", "numeric property names", TestName = "numeric key")]
    [TestCase("1 2", "unexpected '2' after the value", TestName = "two values")]
    [TestCase("\"a\";", "unexpected ';' after the value", TestName = "statement semicolon")]
    [TestCase("`x`", "template literals", TestName = "template literal")]
    [TestCase("undefined", "'undefined' is not a value", TestName = "undefined")]
    [TestCase("Infinity", "'Infinity' is not a value", TestName = "Infinity")]
    [TestCase("NaN", "'NaN' is not a value", TestName = "NaN")]
    [TestCase("value", "'value' is not a value", TestName = "identifier")]
    [TestCase("new Blob([])", "only new Date(\"…\") is supported, not new Blob", TestName = "new of another type")]
    [TestCase("new Date(0)", "one string argument", TestName = "new Date of a number")]
    [TestCase("new Date()", "one string argument", TestName = "new Date of nothing")]
    [TestCase("new Date", "expected '(' after new Date", TestName = "new Date without arguments")]
    [TestCase("new Date(\"x\", 1)", "expected ')'", TestName = "new Date with two arguments")]
    [TestCase("007", "leading zero", TestName = "legacy octal number")]
    [TestCase("0x1F", "'0x1F' is not a number", TestName = "hexadecimal")]
    [TestCase("0b101", "'0b101' is not a number", TestName = "binary")]
    [TestCase("1_000", "'1_000' is not a number", TestName = "numeric separator")]
    [TestCase("1.5n", "'1.5n' is not a number", TestName = "decimal BigInt")]
    [TestCase("1.2.3", "'1.2.3' is not a number", TestName = "two points")]
    [TestCase(".5", "digit before its decimal point", TestName = "no leading digit")]
    [TestCase("5.", "digit after the decimal point", TestName = "no trailing digit")]
    [TestCase("1e", "digit in the exponent", TestName = "empty exponent")]
    [TestCase("-", "digit right after '-'", TestName = "minus alone")]
    [TestCase("- 1", "digit right after '-'", TestName = "minus and space")]
    [TestCase("+1", "unexpected '+'", TestName = "plus sign")]
    [TestCase("\"\\08\"", "octal escapes", TestName = "octal escape")]
    [TestCase("\"\\1\"", "octal escapes", TestName = "digit escape")]
    [TestCase("\"\\xZZ\"", "2 hex digits", TestName = "bad hex escape")]
    [TestCase("\"\\u12\"", "4 hex digits", TestName = "short unicode escape")]
    [TestCase("\"\\u{110000}\"", "up to 10FFFF", TestName = "code point too large")]
    [TestCase("\"\\u{}\"", "hex code point", TestName = "empty code point")]
    [TestCase("\"\\uD800\"", "lone surrogate (\\uD800)", TestName = "lone high surrogate")]
    [TestCase("\"\\uDE00\\uD83D\"", "lone surrogate", TestName = "surrogates in the wrong order")]
    [TestCase("\"\\u{D800}\"", "lone surrogate", TestName = "lone surrogate as a code point")]
    public void Refused(string literal, string error)
    {
        Assert.Multiple(() =>
        {
            Assert.That(TypeScriptLiteral.TryToJson(literal, out var json, out var message), Is.False);
            Assert.That(json, Is.Null);
            Assert.That(message, Does.Contain(error));
            Assert.That(() => TypeScriptLiteral.ToJson(literal), Throws.TypeOf<FormatException>().With.Message.Contains(error));
        });
    }

    /// <summary>An error says where, so a corpus failure can be found in the doc.</summary>
    [TestCase("{\n  a: 1,\n  b: 'x\n}", "(line 3, column 6)", TestName = "unterminated string points at its quote")]
    [TestCase("{\n  a: 1,\n  b: undefined,\n}", "(line 3, column 6)", TestName = "bad word points at the word")]
    [TestCase("[\n  0x10,\n]", "(line 2, column 3)", TestName = "bad number points at its start")]
    [TestCase("{ a: 1 b: 2 }", "(line 1, column 8)", TestName = "missing comma points at the next token")]
    public void ErrorsSayLineAndColumn(string literal, string where)
    {
        Assert.Multiple(() =>
        {
            Assert.That(TypeScriptLiteral.TryToJson(literal, out _, out var error), Is.False);
            Assert.That(error, Does.EndWith(where));
        });
    }

    [TestCase("[", "]")]
    [TestCase("{a:", "}")]
    public void NestingUpToTheLimitIsRead(string open, string close)
    {
        var literal = string.Concat(Enumerable.Repeat(open, TypeScriptLiteral.MaxDepth)) + "1" + string.Concat(Enumerable.Repeat(close, TypeScriptLiteral.MaxDepth));
        var json = TypeScriptLiteral.ToJson(literal);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = TypeScriptLiteral.MaxDepth + 1 });

        Assert.That(json, Has.Length.EqualTo(literal.Length + (open == "[" ? 0 : 2 * TypeScriptLiteral.MaxDepth)));
    }

    [TestCase(TypeScriptLiteral.MaxDepth + 1)]
    [TestCase(1_000_000, TestName = "far too deep: an error, not a stack overflow")]
    public void NestingBeyondTheLimitIsAnError(int depth)
    {
        var literal = new string('[', depth) + new string(']', depth);

        Assert.Multiple(() =>
        {
            Assert.That(TypeScriptLiteral.TryToJson(literal, out _, out var error), Is.False);
            Assert.That(error, Does.StartWith($"objects and arrays are nested more than {TypeScriptLiteral.MaxDepth} deep"));
            Assert.That(error, Does.EndWith($"(line 1, column {TypeScriptLiteral.MaxDepth + 1})"));
        });
    }

    /// <summary>A union variant's example with every construct at once, as System.Text.Json reads it.</summary>
    [Test]
    public void EverythingTogetherIsValidJson()
    {
        const string literal = """
            {
              // the variant
              type: "message",
              'content-type': 'text/plain',
              "x-id": 12345678901234567890,
              createdAt: new Date("2025-06-24T17:17:57.491Z"),
              scores: [-0.612345, 1e-3, 0,],
              matrix: [[6206.15,], []],
              meta: { nested: { deep: [null, true, false] }, empty: {} }, /* trailing */
              text: "The weather today is sunny with a high of 75°F.\nLine \"two\"",
            }
            """;

        var json = TypeScriptLiteral.ToJson(literal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(
                json,
                Is.EqualTo("""{"type":"message","content-type":"text/plain","x-id":12345678901234567890,"createdAt":"2025-06-24T17:17:57.491Z","scores":[-0.612345,1e-3,0],"matrix":[[6206.15],[]],"meta":{"nested":{"deep":[null,true,false]},"empty":{}},"text":"The weather today is sunny with a high of 75°F.\nLine \"two\""}"""));
            Assert.That(root.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2025, 6, 24, 17, 17, 57, 491, TimeSpan.Zero)));
            Assert.That(root.GetProperty("text").GetString(), Is.EqualTo("The weather today is sunny with a high of 75°F.\nLine \"two\""));
        });
    }

    [Test]
    public void ExampleUsageBlock()
    {
        const string doc = """
            # ResponsesStreamChunkResponseImageGenerationCallCompleted

            ## Example Usage

            ```typescript
            import { ResponsesStreamChunkResponseImageGenerationCallCompleted } from "@openrouter/sdk/models";

            let value: ResponsesStreamChunkResponseImageGenerationCallCompleted = {
              type: "response.image_generation_call.completed",
              itemId: "<id>",
            };
            ```

            ## Fields

            | Field | Type | Required | Description |
            | ----- | ---- | -------- | ----------- |
            | `type` | string | :heavy_check_mark: | N/A |
            """;

        var examples = TypeScriptLiteral.ExamplesIn(doc);

        Assert.That(examples, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(examples[0].TypeName, Is.EqualTo("ResponsesStreamChunkResponseImageGenerationCallCompleted"));
            Assert.That(examples[0].Literal, Is.EqualTo("{\n  type: \"response.image_generation_call.completed\",\n  itemId: \"<id>\",\n}"));
            Assert.That(examples[0].Line, Is.EqualTo(5), "the line of the opening fence");
            Assert.That(examples[0].Section, Is.EqualTo("Example Usage"));
            Assert.That(examples[0].Heading, Is.Null);
            Assert.That(TypeScriptLiteral.ToJson(examples[0].Literal), Is.EqualTo("""{"type":"response.image_generation_call.completed","itemId":"<id>"}"""));
        });
    }

    /// <summary>An open enum of the 2026 docs (MDX front matter, a note after the statement); the Values block is a type, not a value.</summary>
    [Test]
    public void EnumDocGivesTheValueAndNotTheValuesBlock()
    {
        const string doc = """
            ---
            title: "EndpointStatus"
            ---

            ## Example Usage

            ```typescript
            import { EndpointStatus } from "@openrouter/sdk/models";

            let value: EndpointStatus = -1;

            // Open enum: unrecognized values are captured as Unrecognized<number>
            ```

            ## Values

            ```typescript
            0 | -1 | -2 | Unrecognized<number>
            ```
            """;

        var examples = TypeScriptLiteral.ExamplesIn(doc);

        Assert.That(examples.Select(e => (e.TypeName, e.Literal, e.Line)), Is.EqualTo(new[] { ((string?)"EndpointStatus", "-1", 7) }));
    }

    /// <summary>A union: one block per variant under <c>## Supported Types</c>, with the shapes of declaration the corpus has.</summary>
    [Test]
    public void SupportedTypesGiveOneExamplePerVariant()
    {
        const string doc = """
            # Parameters

            ## Supported Types

            ### `string`

            ```typescript
            const value: string = "<value>";
            ```

            ### `models.Parameters1[]`

            ```typescript
            const value: models.Parameters1[] = [];
            ```

            ### `{ [k: string]: models.Parameters2 }`

            ```typescript
            const value: { [k: string]: models.Parameters2 } = {};
            ```

            ### `models.ResponsesStreamChunkResponseImageGenerationCallPartialImage`

            ```typescript
            const value:
              models.ResponsesStreamChunkResponseImageGenerationCallPartialImage = {
                type: "response.image_generation_call.partial_image",
              };
            ```

            ### `models.OpenAIResponsesToolChoiceTypeWebSearchPreview`

            ```typescript
            const value: models.OpenAIResponsesToolChoiceTypeWebSearchPreview =
              "web_search_preview";
            ```
            """;

        var examples = TypeScriptLiteral.ExamplesIn(doc);

        Assert.Multiple(() =>
        {
            Assert.That(examples.Select(e => e.TypeName), Is.EqualTo(new[]
            {
                "string",
                "models.Parameters1[]",
                "{ [k: string]: models.Parameters2 }",
                "models.ResponsesStreamChunkResponseImageGenerationCallPartialImage",
                "models.OpenAIResponsesToolChoiceTypeWebSearchPreview",
            }));
            Assert.That(examples.Select(e => e.Literal), Is.EqualTo(new[]
            {
                "\"<value>\"",
                "[]",
                "{}",
                "{\n    type: \"response.image_generation_call.partial_image\",\n  }",
                "\"web_search_preview\"",
            }));
            Assert.That(examples.Select(e => e.Line), Is.EqualTo(new[] { 7, 13, 19, 25, 34 }));
            Assert.That(examples.Select(e => e.Section).Distinct(), Is.EqualTo(new[] { "Supported Types" }));
            Assert.That(examples.Select(e => e.Heading), Is.EqualTo(new[]
            {
                "`string`",
                "`models.Parameters1[]`",
                "`{ [k: string]: models.Parameters2 }`",
                "`models.ResponsesStreamChunkResponseImageGenerationCallPartialImage`",
                "`models.OpenAIResponsesToolChoiceTypeWebSearchPreview`",
            }));
        });
    }

    [Test]
    public void BlocksWithoutAnExampleGiveNothing()
    {
        const string doc = """
            # BadRequestResponseError

            ## Example Usage

            ```typescript
            import { BadRequestResponseError } from "@openrouter/sdk/models/errors";

            // No examples available for this model
            ```

            ```typescript
            let value: Declared;
            const { a } = other;
            ```

            ## Fields

            ```typescript
            let value: NotAnExample = "fields section";
            ```

            ```json
            { "a": 1 }
            ```
            """;

        Assert.That(TypeScriptLiteral.ExamplesIn(doc), Is.Empty);
    }

    /// <summary>Where the initializer ends is found outside strings, comments and brackets, not at the first ';'.</summary>
    [Test]
    public void InitializerEndsAtTheStatementsSemicolon()
    {
        const string doc = """
            ## Example Usage

            ```typescript
            // let notThis = 1;
            import { X } from "let-me-be; not a statement";

            let value: X = { a: "x;y", /* ; */ b: [1, 2], c: 'z' }; // done; really
            const other = "second";
            let last: Array<string> = ["no semicolon at the end"]
            ```
            """;

        var examples = TypeScriptLiteral.ExamplesIn(doc);

        Assert.That(examples.Select(e => (e.TypeName, e.Literal)), Is.EqualTo(new[]
        {
            ((string?)"X", """{ a: "x;y", /* ; */ b: [1, 2], c: 'z' }"""),
            (null, "\"second\""),
            ("Array<string>", """["no semicolon at the end"]"""),
        }));
    }

    [Test]
    public void CrLfTildeAndLongerFencesAndTsAreRead()
    {
        var doc = string.Join(
            "\r\n",
            "## Example Usage",
            "",
            "~~~ts",
            "let value: A = 1;",
            "~~~",
            "",
            "````typescript title=\"x\"",
            "let value: B = '```';",
            "/*",
            "```",
            "*/",
            "let value: C = \"still in the block\";",
            "````",
            "",
            "```javascript",
            "let value: D = 4;",
            "```");

        var examples = TypeScriptLiteral.ExamplesIn(doc);

        Assert.That(examples.Select(e => (e.TypeName, e.Literal, e.Line)), Is.EqualTo(new[]
        {
            ((string?)"A", "1", 3),
            ("B", "'```'", 7),
            ("C", "\"still in the block\"", 7),
        }));
    }
}
