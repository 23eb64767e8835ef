using System;

namespace ModelGen.Tests.Infrastructure;

/// <summary>Hand-written docs in the Speakeasy formats, for snapshot and compile tests.</summary>
internal static class TestDocs
{
    /// <summary>A doc of this class by the file name the tests give it (<c>everytype.md</c>, <c>mdxkind.mdx</c>, …).</summary>
    public static string ByFileName(string fileName) => fileName switch
    {
        "everytype.md" => EveryType,
        "foo.md" => Foo,
        "mdxwidget.mdx" => MdxWidget,
        "mdxkind.mdx" => MdxKind,
        "hostile.md" => Hostile,
        _ => throw new ArgumentOutOfRangeException(nameof(fileName), fileName, "no such test doc"),
    };

    // Every kind of Type cell Speakeasy writes, optional and required, a <br/> in a description and an Example column.
    public const string EveryType = """
        # EveryType

        Every kind of Type cell a Speakeasy doc can hold.<br/>The second line of the description.

        ## Example Usage

        ```typescript
        import { EveryType } from "@openrouter/sdk/models";

        let value: EveryType = {
          text: "<value>",
        };
        ```

        ## Fields

        | Field | Type | Required | Description | Example |
        | ----- | ---- | -------- | ----------- | ------- |
        | `text` | *string* | :heavy_check_mark: | A plain string.<br/>Its description has two lines. | hello |
        | `count` | *number* | :heavy_minus_sign: | N/A | 42 |
        | `enabled` | *boolean* | :heavy_check_mark: | Whether it is on. | true |
        | `payload` | *any* | :heavy_minus_sign: | Anything at all. | |
        | `createdAt` | [Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date) | :heavy_check_mark: | When it was made. | 2025-10-07T12:00:00Z |
        | `content` | [Blob](https://developer.mozilla.org/en-US/docs/Web/API/Blob) | :heavy_minus_sign: | Binary content. | |
        | `kind` | *"function"* | :heavy_check_mark: | Always "function". | function |
        | `strict` | *true* | :heavy_minus_sign: | Always true. | |
        | `foo` | [models.Foo](../models/foo.md) | :heavy_check_mark: | A linked doc. | |
        | `fooByName` | *models.Foo* | :heavy_minus_sign: | A doc named in italics. | |
        | `tags` | *string*[] | :heavy_minus_sign: | Some strings. | ["a", "b"] |
        | `foos` | [models.Foo](../models/foo.md)[] | :heavy_check_mark: | Linked docs. | |
        | `metadata` | Record<string, *any*> | :heavy_minus_sign: | A map & more: <tag> "quoted". | {"a": 1} |
        """;

    public const string Foo = """
        # Foo

        ## Fields

        | Field | Type | Required | Description |
        | ----- | ---- | -------- | ----------- |
        | `id` | *string* | :heavy_check_mark: | N/A |
        """;

    // The 2026 spelling: front matter title, MDX escapes (\{, \<), Record\<string, *number*>.
    public const string MdxWidget = """
        ---
        title: "MdxWidget"
        ---

        A widget from the MDX docs: \{ braces \} and \<angles> are escaped.

        ## Example Usage

        ```typescript
        import { MdxWidget } from "@openrouter/sdk/models";

        let value: MdxWidget = {
          id: "<id>",
          kind: "widget",
        };
        ```

        ## Fields

        | Field | Type | Required | Description | Example |
        | ----- | ---- | -------- | ----------- | ------- |
        | `id` | *string* | :heavy_check_mark: | The widget's id. | w_1 |
        | `scores` | Record\<string, *number*> | :heavy_minus_sign: | Scores by name, e.g. \{ "a": 1 \}. | \{<br/>"a": 1<br/>} |
        | `kind` | [models.MdxKind](../models/mdxkind.mdx) | :heavy_check_mark: | N/A | widget |
        """;

    public const string MdxKind = """
        ---
        title: "MdxKind"
        ---

        ## Example Usage

        ```typescript
        import { MdxKind } from "@openrouter/sdk/models";

        let value: MdxKind = "widget";
        ```

        ## Values

        ```typescript
        "widget"
        ```
        """;

    /// <summary>
    /// Text that tries to leave every context it reaches: a summary end tag, a comment end, a preprocessor
    /// directive, a line separator (U+2028), C# keywords and record members as field names, names that collide
    /// once PascalCased, a constant with a quote and a backslash.
    /// </summary>
    public static readonly string Hostile = """
        # Hostile

        Ends the summary early: </summary> and a block comment */ and then
        #error is not a directive{LS}after a line separator{NEL}and a next-line.

        ## Fields

        | Field | Type | Required | Description | Example |
        | ----- | ---- | -------- | ----------- | ------- |
        | `class` | *string* | :heavy_check_mark: | A keyword.<br/></summary><summary> | </example> |
        | `1h` | *number* | :heavy_minus_sign: | Starts with a digit. | 1 |
        | `hostile` | *string* | :heavy_minus_sign: | Named like its type. | |
        | `equals` | *boolean* | :heavy_minus_sign: | Named like a record member. | |
        | `item_id` | *string* | :heavy_check_mark: | Snake case. | |
        | `itemId` | *string* | :heavy_check_mark: | The same C# name as item_id. | |
        | `$ref` | *string* | :heavy_minus_sign: | A JSON-schema-like name. | |
        | `type` | *"a\"b\\c"* | :heavy_check_mark: | A constant with a quote and a backslash. | |
        | `typeValue` | *string* | :heavy_minus_sign: | Named like the constant of `type`. | |
        | `namespace` | [models.Hostile](../models/hostile.md) | :heavy_minus_sign: | A link back to itself. | |
        """.Replace("{LS}", "\u2028", StringComparison.Ordinal).Replace("{NEL}", "\u0085", StringComparison.Ordinal);
}
