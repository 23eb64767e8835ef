using System.Text;

namespace ModelGen.Emit;

/// <summary>A StringBuilder that knows the current indentation; generated files are written line by line.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder builder = new();
    private int indentation;

    public SourceWriter Line(string text = "")
    {
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
