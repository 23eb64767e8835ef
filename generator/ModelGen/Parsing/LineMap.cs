using System.Collections.Generic;
using ModelGen.Model;
using SourceSpan = ModelGen.Model.SourceSpan;

namespace ModelGen.Parsing;

/// <summary>Maps character offsets of a doc to zero-based line/column, counting '\r\n', '\r' and '\n' as line ends like Markdig and Roslyn do.</summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = new() { 0 };
    private readonly int length;

    private static readonly char[] LineBreaks = { '\r', '\n' };

    public LineMap(string text)
    {
        length = text.Length;
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(LineBreaks, i + 1) : -1)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lineStarts.Add(i + 1);
        }
    }

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (inclusive, as Markdig reports them).</summary>
    public SourceSpan Span(int start, int end)
    {
        start = Clamp(start);
        end = end < start ? start : Clamp(end + 1);
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end - start, startLine, startColumn, endLine, endColumn);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > length ? length : offset;

    private (int Line, int Column) Position(int offset)
    {
        var low = 0;
        var high = lineStarts.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return (low, offset - lineStarts[low]);
    }
}
