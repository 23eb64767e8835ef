namespace ModelGen.Model;

/// <summary>One generated file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
