using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>Sequential mean ÷ this case's mean.</summary>
public sealed class SpeedupColumn : ScalingColumn
{
    public static readonly SpeedupColumn Default = new();

    private SpeedupColumn()
    {
    }

    public override string Id => "Scaling.Speedup";

    public override string ColumnName => "Speedup";

    public override string Legend =>
        "Sequential mean ÷ this mean, same workload, task count and job: 2.00 = twice as fast as one worker; '-' = no Sequential case to compare with";

    public override int PriorityInCategory => 0;

    protected override string Format(ScalingFigures figures, Summary summary, SummaryStyle style) =>
        figures.Speedup.ToString("0.00", style.CultureInfo);
}
