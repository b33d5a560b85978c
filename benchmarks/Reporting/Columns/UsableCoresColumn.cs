using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>
/// The job's core count C: the hardware axis of <c>--cores</c>. Named apart from the CPU-usage <c>Cores</c>
/// metric, which says how many cores were busy rather than how many the job was allowed.
/// </summary>
internal sealed class UsableCoresColumn : IColumn
{
    public static readonly UsableCoresColumn Default = new();

    private UsableCoresColumn()
    {
    }

    public string Id => "Scaling.UsableCores";

    public string ColumnName => "Usable Cores";

    public string Legend =>
        "Cores the job may run on (its affinity mask, else the machine's): C of the limit model. "
        + "Not the 'Cores' metric, which is how many were busy";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Job;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        CaseParameters.UsableCores(benchmarkCase).ToString(summary.Style.CultureInfo);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        CaseParameters.UsableCores(benchmarkCase).ToString(style.CultureInfo);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(ScalingColumn.IsScalingCase);

    public override string ToString() => ColumnName;
}
