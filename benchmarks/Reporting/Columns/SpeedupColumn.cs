using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>Sequential median ÷ this case's median, with its confidence interval where there are enough measurements.</summary>
internal sealed class SpeedupColumn : ScalingColumn
{
    public static readonly SpeedupColumn Default = new();

    private SpeedupColumn()
    {
    }

    public override string Id => "Scaling.Speedup";

    public override string ColumnName => "Speedup";

    public override string Legend =>
        "Sequential median ÷ this median, same workload, task count and job: 2.00 = twice as fast as one worker "
        + "(medians, so one slow iteration of the baseline does not move every speedup); "
        + IntervalLegend + "; '-' = no Sequential case to compare with";

    public override int PriorityInCategory => 0;

    protected override string Format(ScalingFigures figures, Summary summary, SummaryStyle style) =>
        IntervalText.Format(figures.Speedup, figures.SpeedupInterval, provider: style.CultureInfo);
}
