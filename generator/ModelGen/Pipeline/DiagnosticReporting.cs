using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ModelGen.Diagnostics;
using ModelGen.Model;

namespace ModelGen.Pipeline;

internal static class DiagnosticReporting
{
    /// <summary>Turns a pipeline diagnostic into a Roslyn one; the only place a <c>Location</c> is made.</summary>
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        var span = info.Span;
        var location = Location.Create(
            info.Path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
        var arguments = new object[info.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = info.Arguments[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), location, arguments);
    }
}
