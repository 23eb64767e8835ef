using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using ModelGen.Benchmarks.Infrastructure;

namespace ModelGen.Benchmarks.BoundedWork;

/// <summary>
/// Bounded work: a full, cold generator run over each hostile-size <see cref="BoundedInput"/>, against Markdig
/// parsing the same text (the baseline), so that the Ratio column says how many Markdig parses one run costs.
/// A ratio that grows with the input's size is superlinear work in the generator. Work that grows superlinearly
/// inside Markdig itself (it does, on a table with thousands of <c>*type*</c> cells) shows in the baseline's own
/// time instead, since the generator parses each doc with Markdig first.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BoundedWorkBenchmarks
{
    private GeneratorInput? generatorInput;
    private MarkdownBaseline? markdownBaseline;

    [ParamsAllValues]
    public BoundedInput Input { get; set; }

    [GlobalSetup(Target = nameof(ParseMarkdown))]
    public void SetUpMarkdown() => markdownBaseline = new MarkdownBaseline(HostileDocs.Build(Input));

    [GlobalSetup(Target = nameof(RunGenerator))]
    public void SetUpGenerator()
    {
        generatorInput = new GeneratorInput(HostileDocs.Build(Input));

        // Fails the benchmark (loudly) before any measurement if the generator threw, reported MG0099 or skipped work.
        BoundedWorkChecks.Verify(Input, generatorInput.Run());
    }

    [Benchmark(Baseline = true, Description = "Markdig parse only")]
    public int ParseMarkdown() => markdownBaseline!.ParseAll();

    [Benchmark(Description = "ModelGen cold run")]
    public GeneratorDriver RunGenerator() => generatorInput!.Run();
}
