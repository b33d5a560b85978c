using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

public sealed class CpuUsageTests
{
    private const long Millisecond = 1_000_000;

    /// <summary>Two measured iterations of 100 ms with 2 operations each, amid warm-up and pilot iterations that do not count.</summary>
    private static readonly Measurement[] Run =
    [
        new(1, IterationMode.Workload, IterationStage.Pilot, 1, 2, 90 * Millisecond),
        new(1, IterationMode.Workload, IterationStage.Warmup, 1, 2, 300 * Millisecond),
        new(1, IterationMode.Workload, IterationStage.Actual, 1, 2, 100 * Millisecond),
        new(1, IterationMode.Workload, IterationStage.Actual, 2, 2, 100 * Millisecond),
        new(1, IterationMode.Workload, IterationStage.Result, 1, 2, 100 * Millisecond),
    ];

    [Test]
    public void Cores_IsCpuTimeOverTheMeasuredIterationsTime() =>
        Assert.That(CpuUsage.Of(TimeSpan.FromMilliseconds(300), Run)!.Cores, Is.EqualTo(1.5).Within(1e-9));

    [Test]
    public void NanosecondsPerOperation_IsCoresTimesTheMeanTimePerOperation()
    {
        var usage = CpuUsage.Of(TimeSpan.FromMilliseconds(300), Run)!;

        // Mean = 200 ms ÷ 4 operations = 50 ms.
        Assert.That(usage.NanosecondsPerOperation, Is.EqualTo(usage.Cores * 50 * Millisecond).Within(1e-3));
    }

    [Test]
    public void Of_RunWithoutMeasuredIterations_IsNull() =>
        Assert.That(CpuUsage.Of(TimeSpan.FromMilliseconds(300), Run.Where(m => m.IterationStage != IterationStage.Actual)), Is.Null);
}
