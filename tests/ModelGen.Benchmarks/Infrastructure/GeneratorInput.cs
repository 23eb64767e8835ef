using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Tests.Infrastructure;

namespace ModelGen.Benchmarks.Infrastructure;

/// <summary>
/// Everything one generator run needs, built once so that a benchmark measures the generator alone: the docs as
/// AdditionalFiles, the options a project hands over (<c>RootNamespace</c>, <c>ProjectDir</c>) and a compilation
/// with no sources against the running shared framework.
/// </summary>
internal sealed class GeneratorInput
{
    /// <summary>The project folder the docs live under; doc paths are <c>{ProjectDirectory}docs/models/….md</c>.</summary>
    public const string ProjectDirectory = "/bench/Project/";

    public const string RootNamespace = "Bench";

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// The options the project hands the generator (<c>RootNamespace</c>, <c>ProjectDir</c>), with the wire naming a
    /// project sets as README's quick start does (without it, docs whose examples do not decide one get MG0030).
    /// </summary>
    public static readonly TestOptionsProvider Options = TestOptionsProvider.Project(ProjectDirectory, RootNamespace, "snake_case");

    // Step tracking is what incremental tests need, not what a build does: leave it off so it is not measured.
    private static readonly GeneratorDriverOptions DriverOptions = new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false);

    private readonly ImmutableArray<ISourceGenerator> generators = ImmutableArray.Create(new ModelGenerator().AsSourceGenerator());
    private readonly CSharpCompilation compilation;

    private readonly TestOptionsProvider options;

    public GeneratorInput(ImmutableArray<InMemoryAdditionalText> docs, SyntaxTree[]? sources = null, TestOptionsProvider? options = null)
    {
        Docs = docs.CastArray<AdditionalText>();
        this.options = options ?? Options;
        compilation = CSharpCompilation.Create(
            "Consumer",
            sources ?? Array.Empty<SyntaxTree>(),
            FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    public ImmutableArray<AdditionalText> Docs { get; }

    /// <summary>The running shared framework's assemblies, as a project's references.</summary>
    public static ImmutableArray<MetadataReference> References => FrameworkReferences.Value;

    /// <summary>The compilation the docs are generated into.</summary>
    public CSharpCompilation Compilation => compilation;

    /// <summary>A driver over the docs, not yet run: incremental benchmarks keep it and run it again after a change.</summary>
    public GeneratorDriver CreateDriver() => Driver(generators, DriverOptions);

    /// <summary>A driver over the docs that runs <paramref name="generator"/> instead of ModelGen (a baseline).</summary>
    public GeneratorDriver CreateDriver(IIncrementalGenerator generator) => Driver(ImmutableArray.Create(generator.AsSourceGenerator()), DriverOptions);

    /// <summary>A driver with step tracking on, for checks that ask why each step ran (never measured).</summary>
    public GeneratorDriver CreateTrackingDriver() => Driver(generators, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The path a doc at <paramref name="projectRelativePath"/> (e.g. <c>docs/models/foo.md</c>) has in the project.</summary>
    public static string DocPath(string projectRelativePath) => ProjectDirectory + projectRelativePath;

    /// <summary>
    /// A cold run, as a clean build does it: a new driver, so nothing is cached from an earlier run. The compilation
    /// is shared between runs; its symbol lookups (the generator's capability checks) are cached after the first.
    /// </summary>
    public GeneratorDriver Run() => CreateDriver().RunGenerators(compilation);

    private GeneratorDriver Driver(ImmutableArray<ISourceGenerator> run, GeneratorDriverOptions options) =>
        CSharpGeneratorDriver.Create(run, Docs, ParseOptions, this.options, options);

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        // The generator looks up RequiredMemberAttribute, JsonSerializerOptions, …: give it the framework a real project has.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("The shared framework's folder is unknown.");
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string)
            ?? throw new InvalidOperationException("TRUSTED_PLATFORM_ASSEMBLIES is not set: the benchmarks must run on .NET.");
        return trusted
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
