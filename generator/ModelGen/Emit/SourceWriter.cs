using System.Text;
using System.Threading;

namespace ModelGen.Emit;

/// <summary>
/// A StringBuilder that knows the current indentation; generated files are written line by line. Every line checks
/// for cancellation, so every emitter loop honours it without a check of its own.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder builder = new();
    private readonly CancellationToken cancellationToken;
    private int indentation;

    public SourceWriter(CancellationToken cancellationToken = default) => this.cancellationToken = cancellationToken;

    public SourceWriter Line(string text = "")
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length > 0)
        {
            for (var i = 0; i < indentation; i++)
            {
                builder.Append(IndentUnit);
            }

            builder.Append(text);
        }

        builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string header)
    {
        Line(header);
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

    public override string ToString() => builder.ToString();
}
