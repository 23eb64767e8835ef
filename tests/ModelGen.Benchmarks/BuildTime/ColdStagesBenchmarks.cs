using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Pipeline;
using ModelGen.Benchmarks.Infrastructure;
using ModelGen.Emit;
using ModelGen.Model;
using ModelGen.Parsing;
using ModelGen.Resolution;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// Where a cold run's time goes: each stage of the pipeline alone over every doc of a corpus, against the same
/// Markdig floor as <see cref="CorpusBuildBenchmarks"/>. Parse includes Markdig (it is the floor plus reading the
/// tables, cells and examples); Resolve and Emit start from the previous stage's results, computed in setup. What
/// the Cold benchmark costs beyond Parse + Resolve + Emit is the driver's own bookkeeping.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ColdStagesBenchmarks
{
    private MarkdownBaseline? floor;
    private ImmutableArray<DocSource> sources;
    private ImmutableArray<DocSpec> specs;
    private TypeIndex? index;
    private CompilationCapabilities? capabilities;
    private ImmutableArray<TypeModel> models;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = string.Empty;

    public static IEnumerable<string> Corpora() => CorpusDocs.Available();

    [GlobalSetup]
    public void SetUp()
    {
        var docs = CorpusDocs.Load(Corpus);
        floor = new MarkdownBaseline(docs);
        sources = docs.Select(static doc => DocSources.Read(doc, GeneratorInput.Options, CancellationToken.None)).ToImmutableArray();
        specs = sources.Select(static source => DocParser.Parse(source, CancellationToken.None).Spec).OfType<DocSpec>().ToImmutableArray();
        index = new TypeIndex(specs.Select(TypeSummaries.From).OrderBy(static summary => summary.Path, System.StringComparer.Ordinal).ToImmutableArray().ToEquatableArray());
        capabilities = ReferencedApis.Combine(LanguageVersion.Latest, ReferencedApis.Detect(GeneratorInput.References, CancellationToken.None), EquatableArray<string>.Empty);
        models = ResolveAll();
    }

    [Benchmark(Baseline = true, Description = "Floor (Markdig)")]
    public int Floor() => floor!.ParseAll();

    [Benchmark(Description = "Parse (Markdig + tables, cells, examples)")]
    public int Parse()
    {
        var parsed = 0;
        foreach (var source in sources)
        {
            parsed += DocParser.Parse(source, CancellationToken.None).Spec is null ? 0 : 1;
        }

        return parsed;
    }

    [Benchmark(Description = "Resolve (links, names, unions)")]
    public int Resolve() => ResolveAll().Length;

    [Benchmark(Description = "Emit (C# text)")]
    public long Emit()
    {
        long characters = 0;
        foreach (var model in models)
        {
            characters += TypeEmitter.Emit(model, CancellationToken.None).Length;
        }

        return characters;
    }

    [Benchmark(Description = "Probe references")]
    public object ProbeReferences() => ReferencedApis.Detect(GeneratorInput.References, CancellationToken.None);

    private ImmutableArray<TypeModel> ResolveAll()
    {
        var resolved = ImmutableArray.CreateBuilder<TypeModel>(specs.Length);
        foreach (var spec in specs)
        {
            if (DocResolver.Resolve(spec, index!, capabilities!, WireNameOverrides.None, CancellationToken.None).Model is { } model)
            {
                resolved.Add(model);
            }
        }

        return resolved.ToImmutable();
    }
}
