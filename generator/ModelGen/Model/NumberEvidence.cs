namespace ModelGen.Model;

/// <summary>What a doc's examples show for a number-named key (see <see cref="Resolution.IntegerFields"/>).</summary>
internal enum NumberSeen
{
    /// <summary>An integer that fits <c>int</c>.</summary>
    Integer,
    /// <summary>An integer beyond <c>int</c>.</summary>
    LargeInteger,
    /// <summary>A number with a fraction or an exponent.</summary>
    Fraction,
}

/// <summary>One number an example shows for <paramref name="Key"/> (an Example Usage key, or a field's Example cell).</summary>
internal readonly record struct NumberEvidence(string Key, NumberSeen Seen);
