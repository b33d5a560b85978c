using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>The limit model's best time for this case, from the Sequential median and CPU share, in the summary's time unit.</summary>
internal sealed class IdealColumn : ScalingColumn
{
    public static readonly IdealColumn Default = new();

    private IdealColumn()
    {
    }

    public override string Id => "Scaling.Ideal";

    public override string ColumnName => "Ideal";

    public override string Legend =>
        "Physical limit for this case: the worse of t1 × ceil(N / W) (W workers, each running whole tasks) and "
        + "s × t1 × ceil(N / min(W, C)) (C usable cores running every task's CPU time), with t1 = Sequential median ÷ N tasks "
        + "and s = the Sequential case's Cores, its CPU share (at most 1; where not measured, 1 for CPU and memory work, "
        + "0 for I/O latency, ½ for Mixed); '-' = no Sequential case";

    public override UnitType UnitType => UnitType.Time;

    public override int PriorityInCategory => 1;

    protected override string Format(ScalingFigures figures, Summary summary, SummaryStyle style)
    {
        // Same unit as Mean and Median, so a reader compares the columns digit by digit.
        var unit = style.TimeUnit ?? TimeUnit.GetBestTimeUnit(
            summary.Reports.Select(report => report.ResultStatistics?.Mean ?? 0).ToArray());
        string value = TimeUnit.Convert(figures.Ideal, TimeUnit.Nanosecond, unit).ToString("N2", style.CultureInfo);
        return style.PrintUnitsInContent ? $"{value} {unit.Abbreviation}" : value;
    }
}
