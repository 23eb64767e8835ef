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
using ModelGen.Pipeline;
using ModelGen.Resolution;

// The generator keeps the root namespace: its full name is part of every generated file's path on disk.
namespace ModelGen;

/// <summary>
/// Speakeasy model docs (AdditionalFiles *.md/*.mdx) → C# types. The pipeline, and nothing else: Roslyn's inputs are
/// turned into plain values here (<see cref="DocSources"/>, <see cref="ReferencedApis"/>), Parsing, Resolution and Emit
/// work on those values, and their diagnostics become Roslyn's only when reported (<see cref="DiagnosticReporting"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Inputs. Docs and wire-name override files share one pairing of each AdditionalText with the options. What the
        // generated code may use comes from inputs that stay cached while the user types in a .cs file: the parse
        // options (language version), the references (probed only when they change) and polyfill classes declared in
        // the project (found by name; only such a class is bound). CompilationProvider would change on every keystroke
        // and make every doc's step run again, if only to find its result cached.
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
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
        var roots = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DocSources.Roots(options.GlobalOptions));
        var strictByDefault = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => DocSources.StrictJson(options.GlobalOptions))
            .WithTrackingName(TrackingNames.StrictJson);

        // Per doc: read and parse in one step (a doc's text is only ever needed to parse it), then its summary for the
        // index. Every per-doc step is bookkeeping over every doc on every run, so there are as few as caching needs.
        var parsed = files
            .Where(static pair => DocSources.IsDoc(pair.Left))
            .Select(static (pair, cancellationToken) => ParseSafely(DocSources.Read(pair.Left, pair.Right, cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parsed);
        var overrideFiles = files
            .Where(static pair => DocSources.IsWireNameOverrideFile(pair.Left, pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => WireNameOverridesParser.Parse(pair.Left.Path, pair.Left.GetText(cancellationToken)?.ToString() ?? string.Empty, cancellationToken));

        // Collected: the index of every doc, what the compilation supports, the merged overrides, and (with roots set)
        // the docs the roots reach; the other docs are still parsed, as links need the index.
        var index = parsed
            .Select(static (doc, _) => TypeSummaries.From(doc))
            .WithTrackingName(TrackingNames.Summaries)
            .Collect()
            .Select(static (summaries, _) => TypeSummaries.BuildIndex(summaries))
            .WithTrackingName(TrackingNames.Index);
        var capabilities = languageVersion
            .Combine(referencedApis)
            .Combine(declaredPolyfills)
            .Select(static (input, _) =>
            {
                var ((language, referenced), polyfills) = input;
                return ReferencedApis.Combine(language, referenced, polyfills);
            })
            .WithTrackingName(TrackingNames.Capabilities);
        var overrides = overrideFiles
            .Collect()
            .Select(static (files, _) => WireNameOverrideUse.Merge(files))
            .WithTrackingName(TrackingNames.Overrides);
        var selection = index
            .Combine(roots)
            .Select(static (input, _) => RootClosure.Compute(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Selection);

        // Everything a doc resolves against, as one input, so that resolving is one per-doc step.
        var resolutionContext = index
            .Combine(capabilities)
            .Combine(overrides)
            .Combine(selection)
            .Select(static (input, _) =>
            {
                var (((typeIndex, supported), overrideSet), reached) = input;
                return new ResolutionContext(typeIndex, supported, overrideSet, reached);
            });

        // Per doc again: resolve against the context, then emit. A doc's file and everything reported on it (parsing
        // and resolving) travel together to one output.
        var resolved = parsed
            .Combine(resolutionContext)
            .Select(static (input, cancellationToken) => ResolveSafely(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Resolved);
        var generated = resolved
            .Select(static (doc, cancellationToken) => new DocOutput(
                doc.Model is { } model ? new GeneratedSource(model.HintName, TypeEmitter.Emit(model, cancellationToken)) : null,
                doc.Diagnostics))
            .WithTrackingName(TrackingNames.Generated);

        // Collected again: the JSON access class over every emitted type, the override entries no doc used, and what the
        // shared runtime files depend on. Only the first doc's path is taken, so that output does not re-run when a doc changes.
        var allResolved = resolved.Collect();
        var jsonAccess = allResolved
            .Combine(capabilities)
            .Select(static (input, _) => ModelGenJsonModel.Create(ImmutableArray.CreateRange(input.Left, ModelGenJsonModel.EntryOf), input.Right))
            .WithTrackingName(TrackingNames.JsonAccess);
        var unusedOverrides = allResolved
            .Combine(resolutionContext)
            .Select(static (input, _) => WireNameOverrideUse.Unused(input.Left, input.Right));
        var runtime = capabilities
            .Combine(strictByDefault)
            .Combine(index.Select(static (types, _) => types.Types.Count > 0 ? types.Types[0].Path : null))
            .Select(static (input, _) =>
            {
                var ((supported, strict), firstDoc) = input;
                return new RuntimeInputs(supported, strict, firstDoc);
            });

        // Outputs.
        context.RegisterSourceOutput(generated, static (output, doc) =>
        {
            Report(output, doc.Diagnostics);
            if (doc.Source is { } source)
            {
                output.AddSource(source.HintName, source.Text);
            }
        });
        context.RegisterSourceOutput(jsonAccess, static (output, model) =>
        {
            if (model is not null)
            {
                output.AddSource(ModelGenJsonModel.HintName, ModelGenJsonEmitter.Emit(model, output.CancellationToken));
            }
        });
        context.RegisterSourceOutput(runtime, static (output, input) => AddRuntime(output, input));
        context.RegisterSourceOutput(unusedOverrides, static (output, found) => Report(output, found));
        context.RegisterSourceOutput(overrides.Select(static (o, _) => o.Diagnostics), static (output, found) => Report(output, found));
        context.RegisterSourceOutput(selection.Select(static (s, _) => s.Diagnostics), static (output, found) => Report(output, found));
        context.RegisterSourceOutput(
            index.Combine(capabilities).Select(static (input, _) => input.Right.SupportsRecords ? WireNamingNotice.Check(input.Left) : EquatableArray<DiagnosticInfo>.Empty),
            static (output, found) => Report(output, found));
    }

    /// <summary>
    /// The shared runtime files. They need C# 9 like the rest; below it, one diagnostic (at the first doc) says why
    /// nothing is generated. A project with no model doc gets neither: adding the package costs its build nothing.
    /// </summary>
    private static void AddRuntime(SourceProductionContext output, RuntimeInputs input)
    {
        if (input.FirstDocPath is not { } path)
        {
            return;
        }

        var capabilities = input.Capabilities;
        if (!capabilities.SupportsRecords)
        {
            output.ReportDiagnostic(DiagnosticInfo.Create(
                DiagnosticDescriptors.LanguageVersionTooOld.Id, path, SourceSpan.Empty, capabilities.LanguageVersion).ToDiagnostic());
            return;
        }

        foreach (var helper in RuntimeSources.Helpers)
        {
            output.AddSource(helper.HintName, helper.Text);
        }

        var settings = RuntimeSources.Settings(input.StrictByDefault, output.CancellationToken);
        output.AddSource(settings.HintName, settings.Text);
        if (capabilities.NeedsIsExternalInit)
        {
            output.AddSource(RuntimeSources.IsExternalInit.HintName, RuntimeSources.IsExternalInit.Text);
        }
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

    private static DiagnosticInfo Failure(string path, Exception e) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.DocFailed.Id, path, SourceSpan.Empty, e.GetType().Name + ": " + e.Message);
}
