using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The per-operation times of a case's measured iterations, every one of them: what its median and the median's
/// interval come from. BenchmarkDotNet removes upper outliers for its mean and standard deviation; a median needs no
/// such removal, and its 99 % interval needs 8 values (<see cref="MedianRatio.MinimumMeasurements"/>), which removing
/// one from the Scaling job's 8 iterations would deny. Not corrected by the overhead stage: nanoseconds against batches
/// of milliseconds.
/// </summary>
internal static class MeasuredIterations
{
    /// <summary>The measured iterations' times per operation in nanoseconds, in the order they ran; empty if none ran.</summary>
    public static IReadOnlyList<double> Of(IEnumerable<Measurement> measurements) =>
        [.. measurements
            .Where(measurement => measurement is { IterationMode: IterationMode.Workload, IterationStage: IterationStage.Actual })
            .Select(measurement => measurement.Nanoseconds / measurement.Operations)];

    /// <summary>Those of a report, or null where the case failed.</summary>
    public static IReadOnlyList<double>? Of(BenchmarkReport? report) => report is { Success: true } ? Of(report.AllMeasurements) : null;
}
