using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using Concurrency.Benchmarks.Reporting.Exporters;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>
/// Stands in for the CPU-usage diagnoser: reports a <c>CpuUsage.Cores</c> metric equal to the case's worker count,
/// so a test can check the exporter draws whatever the metric says, without measuring anything.
/// </summary>
internal sealed class StubCoresBusyDiagnoser : IDiagnoser
{
    public IEnumerable<string> Ids => [nameof(StubCoresBusyDiagnoser)];

    public IEnumerable<IExporter> Exporters => [];

    public IEnumerable<IAnalyser> Analysers => [];

    public void DisplayResults(ILogger logger)
    {
    }

    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
    }

    public IEnumerable<Metric> ProcessResults(DiagnoserResults results) =>
        [new Metric(Descriptor.Instance, Convert.ToDouble(results.BenchmarkCase.Parameters["Workers"], System.Globalization.CultureInfo.InvariantCulture))];

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    private sealed class Descriptor : IMetricDescriptor
    {
        public static readonly Descriptor Instance = new();

        public string Id => ScalingChartExporter.CoresBusyMetricId;

        public string DisplayName => "Cores busy (stub)";

        public string Legend => "A test stand-in for the CPU-usage diagnoser: the case's worker count.";

        public string NumberFormat => "0.00";

        public UnitType UnitType => UnitType.Dimensionless;

        public string Unit => "cores";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
