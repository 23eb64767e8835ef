using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModelGen.Tests.Infrastructure;

/// <summary>What one generator run produced, and ways to compile it with test code.</summary>
internal sealed class GeneratorResult
{
    private readonly CSharpParseOptions parseOptions;

    private GeneratorResult(GeneratorDriver driver, Compilation inputCompilation, Compilation outputCompilation, CSharpParseOptions parseOptions)
    {
        this.parseOptions = parseOptions;
        Driver = driver;
        InputCompilation = inputCompilation;
        OutputCompilation = WithNullableWarnings(inputCompilation, outputCompilation);
        RunResult = driver.GetRunResult();
        Run = RunResult.Results.Single();
        Sources = Run.GeneratedSources
            .OrderBy(source => source.HintName, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);
        Diagnostics = Run.Diagnostics;
        if (Run.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw: " + exception, exception);
        }
    }

    /// <summary>The driver after the run: run it again (with edits) for incremental tests.</summary>
    public GeneratorDriver Driver { get; }

    public Compilation InputCompilation { get; }

    /// <summary>
    /// The input compilation plus the generated sources, with nullable warnings back on in those: the generated files
    /// turn them off for the user's build (a tenth of its compile), and here generated code that is not null-safe fails.
    /// </summary>
    public Compilation OutputCompilation { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The one generator's result (its tracked steps, sources and diagnostics).</summary>
    public GeneratorRunResult Run { get; }

    /// <summary>Generated sources: hint name → text, ordered by hint name.</summary>
    public ImmutableSortedDictionary<string, string> Sources { get; }

    /// <summary>What the generator reported (not the compiler's diagnostics on its output).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/> (whose sources use <paramref name="parseOptions"/>).</summary>
    public static GeneratorResult From(GeneratorDriver driver, Compilation compilation, CSharpParseOptions parseOptions)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorResult(driver, compilation, output, parseOptions);
    }

    /// <summary>The source whose hint name ends with <paramref name="suffix"/> (e.g. <c>.Foo.g.cs</c>).</summary>
    public string Source(string suffix)
    {
        var matches = Sources.Where(source => source.Key.EndsWith(suffix, StringComparison.Ordinal)).ToList();
        return matches.Count == 1
            ? matches[0].Value
            : throw new InvalidOperationException($"Expected one source ending with '{suffix}', found {matches.Count}: {string.Join(", ", Sources.Keys)}");
    }

    /// <summary>
    /// Every diagnostic of the output compilation plus <paramref name="usageSource"/>, warnings reported as errors and
    /// nullable on. Hidden diagnostics (such as an unnecessary using) are left out: no build shows them.
    /// </summary>
    public ImmutableArray<Diagnostic> CompileWith(string usageSource, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary) =>
        Strict(usageSource, outputKind).GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden)
            .ToImmutableArray();

    /// <summary>Compiles like <see cref="CompileWith"/> and emits the assembly; the image is null when emitting failed.</summary>
    public (ImmutableArray<Diagnostic> Diagnostics, byte[]? Image) EmitWith(string usageSource, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        using var stream = new MemoryStream();
        var emit = Strict(usageSource, outputKind).Emit(stream);
        var diagnostics = emit.Diagnostics.Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();
        return (diagnostics, emit.Success ? stream.ToArray() : null);
    }

    private Compilation Strict(string usageSource, OutputKind outputKind)
    {
        var usage = CSharpSyntaxTree.ParseText(usageSource, parseOptions, path: "/src/Usage.cs");
        var options = ((CSharpCompilationOptions)OutputCompilation.Options)
            .WithOutputKind(outputKind)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error);
        return OutputCompilation.AddSyntaxTrees(usage).WithOptions(options);
    }

    /// <summary>The header's <c>#nullable disable warnings</c> turned to <c>enable</c> in every generated file, as it was before the header turned them off.</summary>
    private static Compilation WithNullableWarnings(Compilation input, Compilation compilation)
    {
        const string WarningsOff = "#nullable disable warnings";
        var inputTrees = input.SyntaxTrees.ToHashSet();
        foreach (var tree in compilation.SyntaxTrees.Where(tree => !inputTrees.Contains(tree)).ToList())
        {
            var text = tree.GetText();
            var at = text.ToString().IndexOf(WarningsOff, StringComparison.Ordinal);
            if (at >= 0)
            {
                // Padded to the same length, so every position after it (and so every diagnostic's span) stays as generated.
                var changed = text.Replace(new Microsoft.CodeAnalysis.Text.TextSpan(at, WarningsOff.Length), "#nullable enable warnings ");
                compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(changed));
            }
        }

        return compilation;
    }

    /// <summary>Diagnostics one per line, for assertion messages.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(diagnostic => diagnostic.ToString()));
}
