namespace ModelGen.Model;

/// <summary>How a union variant shows up in JSON, which is how a union without a discriminator picks it.</summary>
internal enum JsonShape
{
    String,
    Number,
    Boolean,
    Array,
    Object,
    /// <summary>Anything (<c>any</c>, or a nested union): the last resort.</summary>
    Any,
}
