using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModelGen.Diagnostics;
using ModelGen.Emit;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;

namespace ModelGen;

/// <summary>
/// Speakeasy model docs (AdditionalFiles *.md/*.mdx) → C# types. The pipeline, and nothing else:
/// read each doc → parse it → index every doc's summary → resolve each doc against the index → emit.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Every per-doc step is bookkeeping over every doc on every run, typing in a .cs file and editing one doc
        // included, so the pipeline keeps as few as caching needs: a doc is read and parsed in one step (its text is
        // only ever needed to parse it), and docs and wire-name override files share one pairing with the options.
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
        var parsed = files
            .Where(static pair => DocSources.IsCandidate(pair.Left))
            .Select(static (pair, cancellationToken) => ParseSafely(DocSources.Read(pair.Left, pair.Right, cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);

        var index = parsed
            .Select(static (doc, _) => TypeSummaries.From(doc))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Select(static (summaries, _) => BuildIndex(summaries))
            .WithTrackingName(TrackingNames.Index);

        // What the generated code may use, from inputs that stay cached while the user types in a .cs file: the parse
        // options (language version), the references (probed only when they change) and polyfill classes declared in
        // the project (found by name; only such a class is bound). CompilationProvider would change on every keystroke
        // and make every doc's step run again, if only to find its result cached.
        var languageVersion = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);
        var referencedApis = context.MetadataReferencesProvider
            .Collect()
            .Select(static (references, cancellationToken) => ReferencedApis.Detect(references, cancellationToken));
        var declaredPolyfills = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax declaration && ReferencedApis.IsPolyfillName(declaration.Identifier.ValueText),
                static (syntax, cancellationToken) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellationToken) is INamedTypeSymbol type
                    ? type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)
                    : null)
            .Where(static name => name is not null)
            .Select(static (name, _) => name!)
            .Collect()
            .Select(static (names, _) => names.Sort(StringComparer.Ordinal).ToEquatableArray());
        var capabilities = languageVersion
            .Combine(referencedApis)
            .Combine(declaredPolyfills)
            .Select(static (input, _) => ReferencedApis.Combine(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Capabilities);

        var overrides = files
            .Where(static pair => WireNameOverridesParser.IsOverrideFile(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => WireNameOverridesParser.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken))
            .Collect()
            .Select(static (files, _) => MergeOverrides(files))
            .WithTrackingName(TrackingNames.Overrides);

        // With roots set, only the docs they reach become types; the others are still parsed (links need the index).
        var roots = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DocSources.Roots(options.GlobalOptions));
        var selection = index
            .Combine(roots)
            .Select(static (input, _) => RootClosure.Compute(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Selection);

        // Everything a doc resolves against, as one input, so that resolving is one per-doc step.
        var resolutionContext = index
            .Combine(capabilities)
            .Combine(overrides)
            .Combine(selection)
            .Select(static (input, _) => new ResolutionContext(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));
        var resolved = parsed
            .Combine(resolutionContext)
            .Select(static (input, cancellationToken) => ResolveSafely(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Resolved);

        // A doc's file and everything reported on it (parsing and resolving) travel together to one output.
        var generated = resolved
            .Select(static (doc, cancellationToken) => new DocOutput(
                doc.Model is { } model ? new GeneratedSource(model.HintName, TypeEmitter.Emit(model, cancellationToken)) : null,
                doc.Diagnostics))
            .WithTrackingName(TrackingNames.Generated);

        var allResolved = resolved.Collect();
        var jsonAccess = allResolved
            .Combine(capabilities)
            .Select(static (input, _) => ModelGenJsonModel.Create(ImmutableArray.CreateRange(input.Left, ModelGenJsonModel.EntryOf), input.Right))
            .WithTrackingName(TrackingNames.JsonAccess);

        context.RegisterSourceOutput(generated, static (output, doc) =>
        {
            Report(output, doc.Diagnostics);
            if (doc.Source is { } source)
            {
                output.AddSource(source.HintName, source.Text);
            }
        });

        var strictByDefault = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DocSources.StrictJson(options.GlobalOptions))
            .WithTrackingName(TrackingNames.StrictJson);

        // The shared helpers need C# 9 like the rest; below it, one diagnostic (at the first doc) says why nothing is
        // generated. A project with no model doc gets neither: adding the package costs its build nothing. Only the
        // first doc's path is combined, so this output does not re-run when any doc changes.
        var firstDoc = index.Select(static (types, _) => types.Types.Count > 0 ? types.Types[0].Path : null);
        context.RegisterSourceOutput(capabilities.Combine(firstDoc).Combine(strictByDefault), static (output, input) =>
        {
            var (capabilities, path) = input.Left;
            if (path is null)
            {
                return;
            }

            if (capabilities.SupportsRecords)
            {
                foreach (var helper in RuntimeSources.Helpers)
                {
                    output.AddSource(helper.HintName, helper.Text);
                }

                var settings = RuntimeSources.Settings(input.Right, output.CancellationToken);
                output.AddSource(settings.HintName, settings.Text);
                if (capabilities.NeedsIsExternalInit)
                {
                    output.AddSource(RuntimeSources.IsExternalInit.HintName, RuntimeSources.IsExternalInit.Text);
                }
            }
            else
            {
                output.ReportDiagnostic(DiagnosticInfo.Create(
                    DiagnosticDescriptors.LanguageVersionTooOld.Id, path, SourceSpan.Empty, capabilities.LanguageVersion).ToDiagnostic());
            }
        });

        var unusedOverrides = allResolved
            .Combine(resolutionContext)
            .Select(static (input, _) => UnusedOverrides(input.Left, input.Right));
        context.RegisterSourceOutput(unusedOverrides, static (output, found) => Report(output, found));
        context.RegisterSourceOutput(overrides.Select(static (o, _) => o.Diagnostics), static (output, found) => Report(output, found));
        context.RegisterSourceOutput(selection.Select(static (s, _) => s.Diagnostics), static (output, found) => Report(output, found));

        context.RegisterSourceOutput(jsonAccess, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(ModelGenJsonModel.HintName, ModelGenJsonEmitter.Emit(model, output.CancellationToken));
            }
        });

    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static ParsedDoc ParseSafely(DocSource source, CancellationToken cancellationToken)
    {
        try
        {
            return DocParser.Parse(source, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One broken doc must never stop the others (and a throwing generator is CS8785 for the whole build).
            var location = source.Location;
            return new ParsedDoc(location, null, ImmutableArray.Create(Failure(source.Path, e)).ToEquatableArray());
        }
    }

    /// <summary>The doc resolved, carrying what parsing reported on it ahead of what resolving did.</summary>
    private static ResolvedDoc ResolveSafely(ParsedDoc doc, ResolutionContext context, CancellationToken cancellationToken)
    {
        if (!context.Selection.Includes(doc.Source.Path))
        {
            // Outside the roots' closure: the project does not use the type, so neither it nor its problems are reported.
            return ResolvedDoc.Skipped;
        }

        if (doc.Spec is null || !context.Capabilities.SupportsRecords)
        {
            return new ResolvedDoc(null, doc.Diagnostics);
        }

        ResolvedDoc resolved;
        try
        {
            resolved = DocResolver.Resolve(doc.Spec, context.Index, context.Capabilities, context.Overrides, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            resolved = new ResolvedDoc(null, ImmutableArray.Create(Failure(doc.Source.Path, e)).ToEquatableArray());
        }

        return doc.Diagnostics.IsEmpty
            ? resolved
            : resolved with { Diagnostics = doc.Diagnostics.AsImmutableArray().AddRange(resolved.Diagnostics.AsImmutableArray()).ToEquatableArray() };
    }

    private static WireNameOverrides MergeOverrides(ImmutableArray<WireNameOverrides> files)
    {
        if (files.IsEmpty)
        {
            return WireNameOverrides.None;
        }

        // Path order, so that which of two entries for one field wins never depends on file order.
        var ordered = files.Sort(static (a, b) => string.CompareOrdinal(FirstPath(a), FirstPath(b)));
        var entries = ImmutableArray.CreateBuilder<WireNameOverride>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var file in ordered)
        {
            entries.AddRange(file.Entries);
            diagnostics.AddRange(file.Diagnostics);
        }

        return new WireNameOverrides(entries.ToImmutable().ToEquatableArray(), diagnostics.ToImmutable().ToEquatableArray());
    }

    private static string FirstPath(WireNameOverrides file) =>
        file.Entries.Count > 0 ? file.Entries[0].Path : file.Diagnostics.Count > 0 ? file.Diagnostics[0].Path : string.Empty;

    private static EquatableArray<DiagnosticInfo> UnusedOverrides(ImmutableArray<ResolvedDoc> docs, ResolutionContext context)
    {
        var overrides = context.Overrides;
        if (overrides.Entries.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var used = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            foreach (var key in doc.AppliedOverrides)
            {
                used.Add(key);
            }
        }

        var unused = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        foreach (var entry in overrides.Entries)
        {
            if (!used.Contains(entry.Key) && !OutsideRoots(entry, context))
            {
                unused.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WireNameOverrideUnused.Id, entry.Path, entry.Span, entry.Key + " = " + entry.WireName));
            }
        }

        return unused.ToImmutable().ToEquatableArray();
    }

    // With roots, one override file may serve types this project leaves out: an override for one of them (or for any
    // type) is not reported as unused, as it may match once the roots reach it.
    private static bool OutsideRoots(WireNameOverride entry, ResolutionContext context)
    {
        if (context.Selection.IsAll)
        {
            return false;
        }

        if (entry.TypeName == WireNameOverride.AnyType)
        {
            return true;
        }

        foreach (var type in context.Index.Types)
        {
            if (type.TypeName == entry.TypeName && !context.Selection.Includes(type.Path))
            {
                return true;
            }
        }

        return false;
    }

    private static DiagnosticInfo Failure(string path, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.DocFailed.Id, path, SourceSpan.Empty, e.GetType().Name + ": " + e.Message);

    private static TypeIndex BuildIndex(ImmutableArray<TypeSummary?> summaries)
    {
        var builder = ImmutableArray.CreateBuilder<TypeSummary>(summaries.Length);
        foreach (var summary in summaries)
        {
            if (summary is not null)
            {
                builder.Add(summary);
            }
        }

        // Sorted so that the index (and which of two same-named docs wins) never depends on file order.
        builder.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new TypeIndex(builder.ToImmutable().ToEquatableArray());
    }
}

/// <summary>Everything one doc is resolved against: the other docs, what the compilation supports, the wire-name overrides and the roots' closure.</summary>
internal sealed record ResolutionContext(TypeIndex Index, CompilationCapabilities Capabilities, WireNameOverrides Overrides, RootSelection Selection);

/// <summary>One generated file.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>What one doc adds to the build: its file (null when the doc is skipped) and its diagnostics.</summary>
internal sealed record DocOutput(GeneratedSource? Source, EquatableArray<DiagnosticInfo> Diagnostics);
