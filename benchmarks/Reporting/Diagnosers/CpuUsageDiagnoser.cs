using System.Collections.Concurrent;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time (user + system) of the benchmark process and every process it started, over the measured workload
/// runs only (read at <see cref="HostSignal.BeforeActualRun"/> and <see cref="HostSignal.AfterActualRun"/>, while the
/// benchmark waits for the host), per operation and per second of the measured iterations (<see cref="CpuUsage"/>).
/// </summary>
internal sealed class CpuUsageDiagnoser : IDiagnoser
{
    /// <summary>The id of the "cores busy" metric (CPU time ÷ the measured iterations' time), which the charts read too.</summary>
    public const string CoresMetricId = "CpuUsage.Cores";

    /// <summary>The id of the CPU time per operation metric, in nanoseconds.</summary>
    public const string CpuPerOpMetricId = "CpuUsage.CpuPerOp";

    public static readonly CpuUsageDiagnoser Default = new();

    private readonly ConcurrentDictionary<BenchmarkCase, CpuSample> _starts = new();
    private readonly ConcurrentDictionary<BenchmarkCase, TimeSpan> _cpuTimes = new();

    private CpuUsageDiagnoser()
    {
    }

    public IEnumerable<string> Ids => [nameof(CpuUsageDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void DisplayResults(ILogger logger)
    {
    }

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        // Both toolchains call this in the host: out of process, Process is the benchmark child; in process, ourselves.
        switch (signal)
        {
            case HostSignal.BeforeActualRun:
                _starts[parameters.BenchmarkCase] = CpuSample.Start(parameters.Process.Id);
                break;
            case HostSignal.AfterActualRun when _starts.TryRemove(parameters.BenchmarkCase, out var start):
                _cpuTimes[parameters.BenchmarkCase] = start.Stop();
                break;
        }
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        if (!_cpuTimes.TryRemove(results.BenchmarkCase, out var cpuTime) || CpuUsage.Of(cpuTime, results.Measurements) is not { } usage)
        {
            yield break;
        }

        yield return new Metric(CoresMetricDescriptor.Instance, usage.Cores);
        yield return new Metric(CpuPerOpMetricDescriptor.Instance, usage.NanosecondsPerOperation);
    }

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
