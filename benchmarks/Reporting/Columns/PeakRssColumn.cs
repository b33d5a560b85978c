using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Benchmarks.Reporting.Columns;

/// <summary>The peak resident memory of the process tree during the measured iterations (the metric <c>Memory.PeakRss</c>).</summary>
internal sealed class PeakRssColumn : MemoryColumn
{
    public static readonly PeakRssColumn Default = new();

    private PeakRssColumn()
    {
    }

    public override string Id => "Memory.PeakRssColumn";

    public override string ColumnName => "Peak RSS";

    public override string Legend =>
        "Peak resident memory while the measured iterations ran, of this process and every process it started, summed "
        + "(a page several processes share counts once per process), sampled every "
        + $"{PeakSampler.Interval.TotalMilliseconds:0} ms; MB = 1,048,576 bytes";

    public override int PriorityInCategory => 100;

    protected override double? Bytes(Summary summary, BenchmarkCase benchmarkCase) => MemoryFigures.PeakRssOf(summary, benchmarkCase);
}
