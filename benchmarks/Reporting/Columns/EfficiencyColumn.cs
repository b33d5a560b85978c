using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>Ideal ÷ this case's median, with its confidence interval; memory-bound figures are marked approximate.</summary>
internal sealed class EfficiencyColumn : ScalingColumn
{
    public static readonly EfficiencyColumn Default = new();

    private EfficiencyColumn()
    {
    }

    public override string Id => "Scaling.Efficiency";

    public override string ColumnName => "Efficiency";

    public override string Legend =>
        "Ideal ÷ Median: 1.00 = at the physical limit, 0.50 = twice as slow as the machine allows; "
        + "'≈' = memory-bound, where bandwidth rather than cores is the real limit; "
        + IntervalLegend + "; '-' = no Sequential case";

    public override int PriorityInCategory => 2;

    protected override string Format(ScalingFigures figures, Summary summary, SummaryStyle style) =>
        (figures.Approximate ? "≈" : "") + IntervalText.Format(figures.Efficiency, figures.EfficiencyInterval, provider: style.CultureInfo);
}
