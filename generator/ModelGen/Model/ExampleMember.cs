namespace ModelGen.Model;

/// <summary>One key of an example object and its value.</summary>
internal sealed record ExampleMember(string Key, ExampleValue Value);
