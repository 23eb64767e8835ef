namespace ModelGen.Tests.Json;

/// <summary>
/// One example value of a doc: the <c>let value: TypeName = Literal;</c> (or <c>const</c>) statement of a typescript
/// block under <c>## Example Usage</c> or <c>## Supported Types</c>, as <see cref="TypeScriptLiteral.ExamplesIn"/>
/// finds it.
/// </summary>
/// <param name="TypeName">
/// The declared type as written (<c>ChatResponse</c>, <c>models.ChatMessageContentItemText</c>, <c>string[]</c>,
/// <c>{ [k: string]: models.Parameters2 }</c>), white space runs folded to one space; <see langword="null"/> when the
/// statement has no type annotation.
/// </param>
/// <param name="Literal">The initializer's text, without the closing <c>;</c>: the input of <see cref="TypeScriptLiteral.ToJson"/>.</param>
/// <param name="Line">The 1-based line of the doc where the code block's opening fence is, to point at the example in a failure.</param>
/// <param name="Section">The <c>## </c> heading the block is under: <c>Example Usage</c> or <c>Supported Types</c>.</param>
/// <param name="Heading">
/// The <c>### </c> heading the block is under within that section (a union variant's, e.g. <c>`models.ChatMessageContentItemText`</c>),
/// or <see langword="null"/>.
/// </param>
internal sealed record ExampleValue(string? TypeName, string Literal, int Line, string Section, string? Heading);
