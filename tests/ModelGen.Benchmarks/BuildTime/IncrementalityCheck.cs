using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModelGen.Benchmarks.Infrastructure;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// Before Edit and Typing are measured: proof that they measure incremental runs. After the edit only the edited
/// doc's type is generated again; after typing in a .cs file no doc is parsed or generated again. Throws otherwise.
/// </summary>
internal static class IncrementalityCheck
{
    private const string GeneratedStep = "Generated";
    private const string ParsedStep = "Parsed";

    public static string Verify(string corpus, GeneratorInput input, AdditionalText doc, AdditionalText editedDoc, SyntaxTree[] codeVersions)
    {
        var cold = input.CreateTrackingDriver().RunGenerators(input.Compilation);
        var check = GeneratorRunCheck.Of(corpus, cold);

        var afterEdit = cold.ReplaceAdditionalText(doc, editedDoc).RunGenerators(input.Compilation);
        var regenerated = Ran(afterEdit, GeneratedStep);
        if (regenerated != 1)
        {
            throw new InvalidOperationException($"{corpus}: editing one doc regenerated {regenerated} types (expected 1): the Edit benchmark would not measure an incremental run.");
        }

        var typed = input.Compilation.ReplaceSyntaxTree(codeVersions[0], codeVersions[1]);
        var afterTyping = cold.RunGenerators(typed);
        var reparsed = Ran(afterTyping, ParsedStep) + Ran(afterTyping, GeneratedStep);
        if (reparsed != 0)
        {
            throw new InvalidOperationException($"{corpus}: typing in a .cs file re-ran {reparsed} doc steps (expected 0).");
        }

        return $"{corpus}: {input.Docs.Length} docs, {check.TypeSourceNames.Length} types, diagnostics {check.DiagnosticCounts}; "
            + $"generated {GeneratedSize(cold)}; an edit regenerates 1 type, typing regenerates none.";
    }

    // Outputs of a step that were computed again (New or Modified), not taken from the cache.
    private static int Ran(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(static run => run.Outputs).Count(static output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            : 0;

    private static string GeneratedSize(GeneratorDriver driver)
    {
        var sources = driver.GetRunResult().Results.Single().GeneratedSources;
        var chars = sources.Sum(static s => (long)s.SourceText.Length);
        var lines = sources.Sum(static s => (long)s.SourceText.Lines.Count);
        return $"{sources.Length} files, {lines:N0} lines, {chars / 1024.0 / 1024.0:F1} M chars";
    }
}
