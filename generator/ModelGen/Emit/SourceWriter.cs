using System;
using System.Text;
using System.Threading;

namespace ModelGen.Emit;

/// <summary>
/// A StringBuilder that knows the current indentation; generated files are written line by line. Every line checks
/// for cancellation, so every emitter loop honours it without a check of its own. <see cref="TakeText"/> ends the
/// writer and hands its builder to the next one on the thread.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";

    // A builder kept larger than this (a hostile 10 MB doc's file) is let go rather than held for the build's life.
    private const int MaxSpareCapacity = 1 << 20;

    // A build emits a file per doc; growing a new builder for each (then copying it out) doubled what emitting allocated.
    [ThreadStatic]
    private static StringBuilder? spareBuilder;

    private readonly CancellationToken cancellationToken;
    private StringBuilder? builder;
    private int indentation;

    public SourceWriter(CancellationToken cancellationToken = default)
    {
        this.cancellationToken = cancellationToken;
        builder = spareBuilder ?? new StringBuilder(4096);
        spareBuilder = null;
    }

    private StringBuilder Builder => builder ?? throw new InvalidOperationException("The writer's text was already taken.");

    public SourceWriter Line(string text = "")
    {
        cancellationToken.ThrowIfCancellationRequested();
        var target = Builder;
        if (text.Length > 0)
        {
            for (var i = 0; i < indentation; i++)
            {
                target.Append(IndentUnit);
            }

            target.Append(text);
        }

        target.Append('\n');
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

    /// <summary>The text written; the writer cannot be written to afterwards.</summary>
    public string TakeText()
    {
        var taken = Builder;
        builder = null;
        var text = taken.ToString();
        if (taken.Capacity <= MaxSpareCapacity)
        {
            taken.Clear();
            spareBuilder = taken;
        }

        return text;
    }
}
