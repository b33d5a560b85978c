using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time (user + system) of the benchmark process and every process it started, over the measured workload
/// runs only (read at <see cref="HostSignal.BeforeActualRun"/> and <see cref="HostSignal.AfterActualRun"/>, while the
/// benchmark waits for the host: <see cref="ProcessTreeDiagnoser{TProbe, TReading}"/>), per operation and per second
/// of the measured iterations (<see cref="CpuUsage"/>).
/// </summary>
internal sealed class CpuUsageDiagnoser : ProcessTreeDiagnoser<CpuSample, TimeSpan>
{
    /// <summary>The id of the "cores busy" metric (CPU time ÷ the measured iterations' time), which the charts read too.</summary>
    public const string CoresMetricId = "CpuUsage.Cores";

    /// <summary>The id of the CPU time per operation metric, in nanoseconds.</summary>
    public const string CpuPerOpMetricId = "CpuUsage.CpuPerOp";

    public static readonly CpuUsageDiagnoser Default = new();

    private CpuUsageDiagnoser()
    {
    }

    protected override CpuSample Start(int rootProcessId) => CpuSample.Start(rootProcessId);

    protected override TimeSpan Stop(CpuSample start) => start.Stop();

    protected override IEnumerable<Metric> Metrics(TimeSpan cpuTime, DiagnoserResults results) =>
        CpuUsage.Of(cpuTime, results.Measurements) is { } usage
            ? [new Metric(CoresMetricDescriptor.Instance, usage.Cores), new Metric(CpuPerOpMetricDescriptor.Instance, usage.NanosecondsPerOperation)]
            : [];

    private sealed class CoresMetricDescriptor : IMetricDescriptor
    {
        internal static readonly IMetricDescriptor Instance = new CoresMetricDescriptor();

        public string Id => CoresMetricId;
        public string DisplayName => "Cores";
        public string Legend =>
            "Cores busy while the measured iterations ran: CPU time (user + system, this process and every process it started) "
            + "÷ the iterations' summed time, so Cores × Mean = CPU/op; 1.00 = one core flat out, 0 = waiting. "
            + "CPU burned between iterations (BenchmarkDotNet's forced GCs) is charged to them";
        public string NumberFormat => "0.00";
        public UnitType UnitType => UnitType.Dimensionless;
        public string Unit => "Cores";
        public bool TheGreaterTheBetter => false;
        public int PriorityInCategory => 0;
        public bool GetIsAvailable(Metric metric) => true;
    }

    private sealed class CpuPerOpMetricDescriptor : IMetricDescriptor
    {
        internal static readonly IMetricDescriptor Instance = new CpuPerOpMetricDescriptor();

        public string Id => CpuPerOpMetricId;
        public string DisplayName => "CPU/op";
        public string Legend =>
            "CPU time (user + system, this process and every process it started) per operation, = Cores × Mean: "
            + "above Mean = several cores were busy, far below = waiting";
        public string NumberFormat => "N2";
        public UnitType UnitType => UnitType.Time;
        public string Unit => "ns";
        public bool TheGreaterTheBetter => false;
        public int PriorityInCategory => 1;
        public bool GetIsAvailable(Metric metric) => true;
    }
}
