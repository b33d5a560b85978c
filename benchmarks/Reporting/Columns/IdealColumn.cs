using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>The limit model's best time for this case, from the Sequential median, in the summary's time unit.</summary>
internal sealed class IdealColumn : ScalingColumn
{
    public static readonly IdealColumn Default = new();

    private IdealColumn()
    {
    }

    public override string Id => "Scaling.Ideal";

    public override string ColumnName => "Ideal";

    public override string Legend =>
        "Physical limit for this case: t1 × ceil(N / min(W, C)) for CPU work, t1 × ceil(N / W) for I/O latency, "
        + "with t1 = Sequential median ÷ N tasks, W workers, C usable cores of the job; '-' = no Sequential case";

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
