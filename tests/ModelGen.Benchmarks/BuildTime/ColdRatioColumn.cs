using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ModelGen.Benchmarks.BuildTime;

/// <summary>
/// "vs Cold": each benchmark's median over the median of the Cold benchmark with the same parameters, so the table
/// shows edit/cold and typing/cold (the incrementality targets) beside BenchmarkDotNet's ratio to the floor.
/// </summary>
public sealed class ColdRatioColumn : IColumn
{
    public string Id => nameof(ColdRatioColumn);

    public string ColumnName => "vs Cold";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median over the median of Cold with the same parameters (targets: Edit ≤ 0.05, Typing ≤ 0.01)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var cold = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.WorkloadMethod.Name == nameof(CorpusBuildBenchmarks.Cold)
            && other.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        var coldMedian = cold is null ? null : summary[cold]?.ResultStatistics?.Median;
        return median is { } value && coldMedian is { } coldValue && coldValue > 0
            ? (value / coldValue).ToString("0.000", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Adds the column to the default ones.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ColdRatioColumn());
    }
}
