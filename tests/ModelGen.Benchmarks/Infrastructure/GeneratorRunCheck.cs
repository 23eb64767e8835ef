using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ModelGen.Emit;
using ModelGen.Model;

namespace ModelGen.Benchmarks.Infrastructure;

/// <summary>
/// What one generator run produced, checked before anything is measured: a benchmark must never time a generator
/// that threw, or that caught its own failure and reported MG0099.
/// </summary>
internal sealed class GeneratorRunCheck
{
    /// <summary>ModelGen's "failed on a doc (a bug)" diagnostic.</summary>
    public const string InternalFailureId = "MG0099";

    private GeneratorRunCheck(string inputName, GeneratorRunResult run)
    {
        InputName = inputName;
        Diagnostics = run.Diagnostics;
        TypeSourceNames = run.GeneratedSources
            .Select(static source => source.HintName)
            .Where(static hintName => !hintName.StartsWith(ModelGen.Resolution.HintNames.SharedPrefix, System.StringComparison.Ordinal))
            .OrderBy(static hintName => hintName, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    public string InputName { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Hint names of the generated types (the shared helpers left out).</summary>
    public ImmutableArray<string> TypeSourceNames { get; }

    /// <summary>How many diagnostics of each id, ordered by id: <c>MG0012×2</c>, or <c>none</c>.</summary>
    public string DiagnosticCounts => Diagnostics.IsEmpty
        ? "none"
        : string.Join(", ", Diagnostics.GroupBy(static d => d.Id).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => g.Key + "×" + g.Count()));

    /// <summary>Checks one run of <paramref name="driver"/>; throws when the generator threw or reported MG0099.</summary>
    public static GeneratorRunCheck Of(string inputName, GeneratorDriver driver)
    {
        var run = driver.GetRunResult().Results.Single();
        if (run.Exception is { } exception)
        {
            throw new InvalidOperationException($"ModelGen threw on input {inputName}: {exception}", exception);
        }

        var failures = run.Diagnostics.Where(static d => d.Id == InternalFailureId).ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(
                $"ModelGen reported {failures.Count} internal failure(s) ({InternalFailureId}) on input {inputName}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Take(10)));
        }

        return new GeneratorRunCheck(inputName, run);
    }

    /// <summary>Throws unless the diagnostics are exactly <paramref name="expected"/> (id → count; ids not listed: none).</summary>
    public GeneratorRunCheck ExpectDiagnostics(IReadOnlyDictionary<string, int> expected)
    {
        var actual = Diagnostics.GroupBy(static d => d.Id).ToDictionary(static g => g.Key, static g => g.Count(), StringComparer.Ordinal);
        var matches = actual.Count == expected.Count
            && expected.All(pair => actual.TryGetValue(pair.Key, out var count) && count == pair.Value);
        if (!matches)
        {
            var wanted = expected.Count == 0 ? "none" : string.Join(", ", expected.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => p.Key + "×" + p.Value));
            throw new InvalidOperationException(
                $"Input {InputName}: expected diagnostics {wanted}, got {DiagnosticCounts}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, Diagnostics.Take(10)));
        }

        return this;
    }

    /// <summary>Throws unless exactly <paramref name="count"/> types were generated.</summary>
    public GeneratorRunCheck ExpectTypeSources(int count)
    {
        if (TypeSourceNames.Length != count)
        {
            throw new InvalidOperationException(
                $"Input {InputName}: expected {count} generated types, got {TypeSourceNames.Length}: {string.Join(", ", TypeSourceNames.Take(10))}");
        }

        return this;
    }
}
