using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using ModelGen.Common;
using ModelGen.Model;

namespace ModelGen.Emit;

/// <summary>
/// A StringBuilder that knows the current indentation; generated files are written line by line. Every line checks
/// for cancellation, so every emitter loop honours it without a check of its own. <see cref="TakeText"/> ends the
/// writer and hands its builder back for the next one on the thread.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    private readonly CancellationToken cancellationToken;
    private StringBuilder? builder;
    private int indentation;

    public SourceWriter(CancellationToken cancellationToken = default)
    {
        this.cancellationToken = cancellationToken;
        builder = SpareStringBuilder.Rent();
    }

    private StringBuilder Builder => builder ?? throw new InvalidOperationException("The writer's text was already taken.");

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            // A blank line carries no indentation.
            cancellationToken.ThrowIfCancellationRequested();
            return EndLine();
        }

        StartLine().Append(text);
        return EndLine();
    }

    /// <summary>
    /// A block of code written as it reads (a multi-line raw string): each of its lines at the current indentation,
    /// blank lines left blank. Any doc text in it must already be escaped.
    /// </summary>
    public SourceWriter Lines(string block)
    {
        var start = 0;
        while (start <= block.Length)
        {
            var end = block.IndexOf('\n', start);
            if (end < 0)
            {
                end = block.Length;
            }

            var line = block.Substring(start, end - start).TrimEnd('\r');
            Line(line);
            start = end + 1;
        }

        return this;
    }

    /// <summary>Starts a line at the current indentation, for text written in parts into the builder; <see cref="EndLine"/> ends it.</summary>
    public StringBuilder StartLine()
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Builder;
        for (var i = 0; i < indentation; i++)
        {
            target.Append(IndentUnit);
        }

        return target;
    }

    public SourceWriter EndLine()
    {
        Builder.Append('\n');
        return this;
    }

    /// <summary>An XML doc comment element holding doc text (see <see cref="CSharpText.WriteDocComment"/>); <paramref name="code"/> puts text of several lines in <c>&lt;code&gt;</c>.</summary>
    public SourceWriter DocComment(string element, string text, bool code = false)
    {
        CSharpText.WriteDocComment(this, element, text, code);
        return this;
    }

    /// <summary>A line written in parts: <c>writer.Line($"public {type} {name} {{ get; init; }}")</c> appends each part to the file.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line) => EndLine();

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
        return Open();
    }

    public SourceWriter OpenBlock([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        EndLine();
        return Open();
    }

    private SourceWriter Open()
    {
        Line("{");
        indentation++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        indentation--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Indents the lines that follow one level more (a <c>case</c> body).</summary>
    public SourceWriter Indent()
    {
        indentation++;
        return this;
    }

    public SourceWriter Dedent()
    {
        indentation--;
        return this;
    }

    /// <summary>
    /// Writes an interpolated line's parts into the writer's builder as the compiler hands them over: the line is
    /// started (indented) when the handler is made, and the method it was passed to ends it.
    /// </summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly StringBuilder builder;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer) => builder = writer.StartLine();

        public void AppendLiteral(string text) => builder.Append(text);

        public void AppendFormatted(string? text) => builder.Append(text);

        public void AppendFormatted(char character) => builder.Append(character);

        public void AppendFormatted(int number) => builder.Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The text written; the writer cannot be written to afterwards.</summary>
    public string TakeText()
    {
        var taken = Builder;
        builder = null;
        return SpareStringBuilder.ToStringAndReturn(taken);
    }
}
