using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>
/// A column that shows one of a case's <see cref="ScalingFigures"/>: computed from the <see cref="Summary"/>,
/// never re-measured, and "-" where the figures cannot be honest (no Sequential baseline in the summary).
/// </summary>
internal abstract class ScalingColumn : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public virtual UnitType UnitType => UnitType.Dimensionless;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public abstract int PriorityInCategory { get; }

    public bool IsNumeric => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        ScalingFigures.For(summary, benchmarkCase) is { } figures ? Format(figures, summary, style) : "-";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Only suites that have a workload and a worker count have a limit to compare with.</summary>
    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(IsScalingCase);

    public override string ToString() => ColumnName;

    internal static bool IsScalingCase(BenchmarkCase benchmarkCase) => CaseKey.Of(benchmarkCase) is { Workload: not null, Workers: not null };

    /// <summary>What the ratio columns' legends say of their intervals and of a ratio shown without one.</summary>
    protected static string IntervalLegend =>
        $"[low–high] = {MedianRatio.Confidence:P0} confidence interval, a percentile bootstrap of both cases' measured iterations; "
        + $"no interval = fewer than {MedianRatio.MinimumMeasurements} measured iterations in this case or its Sequential case "
        + "(--job short measures 3: add --iterationCount 10)";

    protected abstract string Format(ScalingFigures figures, Summary summary, SummaryStyle style);
}
