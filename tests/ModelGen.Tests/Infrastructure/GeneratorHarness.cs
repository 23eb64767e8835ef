using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ModelGen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="ModelGenerator"/> the way the compiler does: in-memory docs as AdditionalFiles, an options
/// provider, a compilation against the running shared framework, and step tracking on for incremental tests.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    /// <summary>Every assembly of the running shared framework (Microsoft.NETCore.App), nothing of the test's own.</summary>
    public static ImmutableArray<MetadataReference> References => FrameworkReferences.Value;

    /// <summary>
    /// Parse options for generated and test sources. <see cref="DocumentationMode.Parse"/> is what a project without
    /// <c>GenerateDocumentationFile</c> gets; <see cref="DocumentationMode.Diagnose"/> is what one with it gets (doc
    /// comments checked: malformed XML, and a public member without one, are warnings).
    /// </summary>
    public static CSharpParseOptions ParseOptions(
        LanguageVersion languageVersion = LanguageVersion.Latest,
        DocumentationMode documentationMode = DocumentationMode.Parse) =>
        new(languageVersion, documentationMode);

    public static CSharpCompilationOptions CompilationOptions(OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary) =>
        new(outputKind, nullableContextOptions: NullableContextOptions.Enable, deterministic: true);

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, CSharpParseOptions parseOptions, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/src/Source{i}.cs"));
        return CSharpCompilation.Create("Consumer", trees, References, CompilationOptions(outputKind));
    }

    /// <summary>A driver for <see cref="ModelGenerator"/> with step tracking on, not yet run.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> docs, AnalyzerConfigOptionsProvider? options, CSharpParseOptions parseOptions) =>
        CSharpGeneratorDriver.Create(
            new[] { new ModelGenerator().AsSourceGenerator() },
            docs,
            parseOptions,
            options ?? TestOptionsProvider.Empty,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs the generator once over <paramref name="docs"/> and a compilation of <paramref name="sources"/> (none by
    /// default), in C# <paramref name="languageVersion"/>, nullable on.
    /// </summary>
    public static GeneratorResult Run(
        IEnumerable<AdditionalText> docs,
        AnalyzerConfigOptionsProvider? options = null,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        DocumentationMode documentationMode = DocumentationMode.Parse,
        IEnumerable<string>? sources = null)
    {
        var parseOptions = ParseOptions(languageVersion, documentationMode);
        var compilation = CreateCompilation(sources ?? Array.Empty<string>(), parseOptions);
        var driver = CreateDriver(docs, options, parseOptions);
        return GeneratorResult.From(driver, compilation, parseOptions);
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("The shared framework's folder is unknown.");
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string)
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set: the tests must run on .NET (not .NET Framework).");
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
