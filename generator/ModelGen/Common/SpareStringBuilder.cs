using System;
using System.Text;

namespace ModelGen.Common;

/// <summary>
/// One StringBuilder per thread, lent out and handed back: a build parses tens of thousands of cells and emits a file
/// per doc, and a new builder for each (grown, then copied out) was a large share of what both allocated.
/// </summary>
internal static class SpareStringBuilder
{
    // A builder grown past this (a hostile 10 MB doc's file) is let go rather than held for the build's life.
    private const int MaxCapacity = 1 << 20;

    [ThreadStatic]
    private static StringBuilder? spare;

    public static StringBuilder Rent()
    {
        var builder = spare ?? new StringBuilder(4096);
        spare = null;
        return builder;
    }

    /// <summary>The builder's text; the builder goes back to the thread for the next <see cref="Rent"/>.</summary>
    public static string ToStringAndReturn(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxCapacity)
        {
            spare = builder.Clear();
        }

        return text;
    }
}
