namespace System.Runtime.CompilerServices;

// netstandard2.0 lacks these; with them the compiler lets SourceWriter take interpolated lines through its own handler,
// so a generated line is written straight into the file's builder instead of first becoming a string of its own.
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerAttribute : Attribute
{
}

[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
{
    public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

    public string[] Arguments { get; }
}
