namespace ModelGen.Model;

/// <summary>One value of a <c>## Values</c> block.</summary>
/// <param name="Value">The wire value (string content, or the number's text).</param>
/// <param name="IsNumber">Whether the value is a number rather than a string.</param>
/// <param name="Name">The Name column of the older table spelling, or null.</param>
internal sealed record EnumValueSpec(string Value, bool IsNumber, string? Name);
