using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ModelGen.Benchmarks.Infrastructure;

namespace ModelGen.Benchmarks.BoundedWork;

/// <summary>
/// What a correct run over each <see cref="BoundedInput"/> produces. Checked once before measuring, so a benchmark
/// can never silently time a crash, an MG0099, or a run that skipped the work (a doc not generated).
/// </summary>
internal static class BoundedWorkChecks
{
    /// <summary>The diagnostic for a type nested deeper than <c>TypeSyntax.MaxDepth</c> (32).</summary>
    public const string NestingTooDeepId = "MG0012";

    private static readonly Dictionary<string, int> NoDiagnostics = new(StringComparer.Ordinal);

    // Each deep input has two deep spots: the record's Type cell and the union's variant heading.
    private static readonly Dictionary<string, int> TwoTooDeep = new(StringComparer.Ordinal) { [NestingTooDeepId] = 2 };

    /// <summary>Throws unless <paramref name="driver"/>'s run over <paramref name="input"/> is what a correct generator produces.</summary>
    public static GeneratorRunCheck Verify(BoundedInput input, GeneratorDriver driver)
    {
        var check = GeneratorRunCheck.Of(input.ToString(), driver);
        return input switch
        {
            BoundedInput.TenMegabyteDoc => check.ExpectDiagnostics(NoDiagnostics).ExpectTypeSources(1),
            BoundedInput.TwentyThousandRows => check.ExpectDiagnostics(NoDiagnostics).ExpectTypeSources(2),
            BoundedInput.FiveThousandDocs => check.ExpectDiagnostics(NoDiagnostics).ExpectTypeSources(HostileDocs.LinkedDocCount),
            BoundedInput.ArraysThousandDeep or BoundedInput.RecordsThousandDeep => check.ExpectDiagnostics(TwoTooDeep).ExpectTypeSources(2),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, "no such input"),
        };
    }
}
