using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// The peak resident memory of the benchmark process and every process it started, over the measured workload runs
/// only (sampled by a <see cref="PeakSampler"/> from <see cref="HostSignal.BeforeActualRun"/> to
/// <see cref="HostSignal.AfterActualRun"/>), as the metric <see cref="PeakRssMetricId"/> in bytes. What a worker costs
/// in memory (<c>Reporting.MemoryFigures</c>) is computed from it against the Sequential case.
/// </summary>
/// <remarks>
/// Sampled rather than read from Linux's per-process high-water mark (VmHWM, reset through <c>clear_refs</c>): the
/// sum of each process's own peak is not the tree's peak when they peak at different moments, a child that exits
/// inside the window (ProcessPerTask) takes its mark with it, and Windows' peak working set cannot be reset, so the
/// two platforms would measure different things.
/// </remarks>
internal sealed class ResidentMemoryDiagnoser : ProcessTreeDiagnoser<PeakSampler, long>
{
    /// <summary>The id of the peak resident memory metric, in bytes, which the columns, the JSON and the charts read.</summary>
    public const string PeakRssMetricId = "Memory.PeakRss";

    public static readonly ResidentMemoryDiagnoser Default = new();

    private ResidentMemoryDiagnoser()
    {
    }

    protected override PeakSampler Start(int rootProcessId) => PeakSampler.Start(rootProcessId);

    protected override long Stop(PeakSampler sampler) => sampler.Stop();

    protected override IEnumerable<Metric> Metrics(long peak, DiagnoserResults results) => [new Metric(PeakRssMetricDescriptor.Instance, peak)];

    private sealed class PeakRssMetricDescriptor : IMetricDescriptor
    {
        internal static readonly IMetricDescriptor Instance = new PeakRssMetricDescriptor();

        public string Id => PeakRssMetricId;
        public string DisplayName => "Peak RSS";
        public string Legend =>
            "Peak resident memory of this process and every process it started, summed over the processes (a page they "
            + $"share is counted once per process), sampled every {PeakSampler.Interval.TotalMilliseconds:0} ms while the measured iterations ran";
        public string NumberFormat => "N0";
        public UnitType UnitType => UnitType.Size;
        public string Unit => "B";
        public bool TheGreaterTheBetter => false;
        public int PriorityInCategory => 0;

        // Shown by PeakRssColumn in MB: BenchmarkDotNet's own column would take the size unit of Allocated (often KB or B).
        public bool GetIsAvailable(Metric metric) => false;
    }
}
