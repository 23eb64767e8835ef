namespace ModelGen.Model;

/// <summary>
/// Where something sits in a doc: the character span and its zero-based line/column form, which is what
/// <c>Location.Create</c> needs when a diagnostic is finally reported.
/// </summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan Empty = new(0, 0, 0, 0, 0, 0);
}
