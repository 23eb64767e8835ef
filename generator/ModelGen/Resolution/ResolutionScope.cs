using System.Collections.Immutable;
using System.Threading;
using ModelGen.Model;

namespace ModelGen.Resolution;

/// <summary>One doc being resolved: its spec, the index it resolves against, and the diagnostics it collects.</summary>
internal sealed class ResolutionScope
{
    public ResolutionScope(DocSpec spec, TypeIndex index, ImmutableArray<DiagnosticInfo>.Builder diagnostics, CancellationToken cancellationToken)
    {
        Spec = spec;
        Index = index;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public DocSpec Spec { get; }

    public TypeIndex Index { get; }

    public ImmutableArray<DiagnosticInfo>.Builder Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor.Id, Spec.Source.Path, span, arguments));
}
