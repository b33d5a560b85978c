using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// What a worker costs in resident memory, computed from a <see cref="Summary"/> and never re-measured: a case's peak
/// (the <see cref="ResidentMemoryDiagnoser"/>'s metric, the whole process tree) minus that of the Sequential case
/// ScalingFigures compares it with, divided by its workers. The Sequential case runs the same work with no worker
/// added, so the difference is what the strategy's workers hold: a thread's stack and bookkeeping, or a whole
/// worker process with its own runtime. Bytes throughout.
/// </summary>
/// <param name="PeakRss">This case's peak resident memory.</param>
/// <param name="SequentialPeakRss">Its Sequential case's.</param>
/// <param name="Workers">The case's workers; 1 for a Sequential case, whatever its parameter says.</param>
internal sealed record MemoryFigures(double PeakRss, double SequentialPeakRss, int Workers)
{
    /// <summary>
    /// (PeakRss − SequentialPeakRss) ÷ Workers: 0 for the Sequential case itself, and a little below 0 where a worker
    /// costs less than two processes' resident memory differs by anyway.
    /// </summary>
    public double RssPerWorker => (PeakRss - SequentialPeakRss) / Workers;

    /// <summary>
    /// The figures of <paramref name="benchmarkCase"/>, or null where they cannot be honest: no Workload/Workers
    /// parameters, no peak measured for it, or no Sequential case with a peak in the summary.
    /// </summary>
    public static MemoryFigures? For(Summary summary, BenchmarkCase benchmarkCase) =>
        For(summary.BenchmarksCases, benchmarkCase, candidate => PeakRssOf(summary, candidate));

    /// <summary>The case's peak resident memory in bytes, or null where the run did not measure it.</summary>
    public static double? PeakRssOf(Summary summary, BenchmarkCase benchmarkCase) =>
        summary[benchmarkCase]?.Metrics.TryGetValue(ResidentMemoryDiagnoser.PeakRssMetricId, out var metric) == true ? metric.Value : null;

    /// <summary>The same, from the cases of a run and each one's peak (null = not measured): testable without a Summary.</summary>
    internal static MemoryFigures? For(IReadOnlyList<BenchmarkCase> cases, BenchmarkCase benchmarkCase, Func<BenchmarkCase, double?> peakRssOf)
    {
        if (CaseKey.Of(benchmarkCase) is not { Workload: not null, Workers: { } workers } key
            || peakRssOf(benchmarkCase) is not { } peak
            || ScalingFigures.FindBaseline(cases, benchmarkCase) is not { } baseline
            || peakRssOf(baseline) is not { } sequentialPeak)
        {
            return null;
        }

        return new MemoryFigures(peak, sequentialPeak, key.Strategy is StrategyKind.Sequential ? 1 : workers);
    }
}
