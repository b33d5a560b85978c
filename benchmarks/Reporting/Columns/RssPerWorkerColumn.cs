using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>What one worker costs in resident memory (<see cref="MemoryFigures.RssPerWorker"/>).</summary>
internal sealed class RssPerWorkerColumn : MemoryColumn
{
    public static readonly RssPerWorkerColumn Default = new();

    private RssPerWorkerColumn()
    {
    }

    public override string Id => "Memory.RssPerWorker";

    public override string ColumnName => "RSS/Worker";

    public override string Legend =>
        "(Peak RSS − the Sequential case's Peak RSS, same workload, task count and job) ÷ Workers: what one worker holds, "
        + "a thread's stack or a whole worker process; 0 for Sequential, slightly below 0 where a worker costs less than "
        + "two processes' memory differs by anyway; '-' = no Sequential case or no Peak RSS";

    public override int PriorityInCategory => 101;

    public override bool IsAvailable(Summary summary) => base.IsAvailable(summary) && summary.BenchmarksCases.Any(ScalingColumn.IsScalingCase);

    protected override double? Bytes(Summary summary, BenchmarkCase benchmarkCase) => MemoryFigures.For(summary, benchmarkCase)?.RssPerWorker;
}
