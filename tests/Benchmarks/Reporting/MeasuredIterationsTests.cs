using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Tests.Benchmarks.Reporting;

public sealed class MeasuredIterationsTests
{
    [Test]
    public void Of_Measurements_KeepsEveryMeasuredIterationPerOperation()
    {
        Measurement[] measurements =
        [
            new(1, IterationMode.Workload, IterationStage.Pilot, 1, 1, 50),
            new(1, IterationMode.Workload, IterationStage.Warmup, 1, 2, 400),
            new(1, IterationMode.Overhead, IterationStage.Actual, 1, 2, 2),
            new(1, IterationMode.Workload, IterationStage.Actual, 1, 2, 200),
            new(1, IterationMode.Workload, IterationStage.Actual, 2, 2, 900),
            new(1, IterationMode.Workload, IterationStage.Result, 1, 2, 198),
        ];

        // The second iteration is an upper outlier BenchmarkDotNet would remove; the median's sample keeps it.
        Assert.That(MeasuredIterations.Of(measurements), Is.EqualTo(new[] { 100.0, 450.0 }));
    }
}
