using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// One case's figures against the machine's limit, computed from a <see cref="Summary"/> and never re-measured.
/// All times are in nanoseconds. Ratios are of medians, not means: one slow iteration of a Sequential baseline
/// (a page-cache miss, a neighbour's burst) moves its mean, and through it every speedup of that workload, while
/// its median stays with the bulk of the measurements. The intervals come from <see cref="MedianRatio"/>.
/// </summary>
/// <param name="Speedup">Sequential median ÷ this case's median.</param>
/// <param name="Ideal">What the limit model allows for this case, from the Sequential median.</param>
/// <param name="Efficiency">Ideal ÷ this case's median: 1 is the physical limit.</param>
/// <param name="Cores">The usable cores C the case's job had (its affinity, else the machine's).</param>
/// <param name="Approximate">True for memory-bound workloads, whose real limit is bandwidth.</param>
/// <param name="CpuShare">s of the limit model: the share of a task alone that keeps a core busy.</param>
/// <param name="CpuShareMeasured">True when s is the Sequential case's measured <c>Cores</c>, false when the bound's nominal share.</param>
/// <param name="SpeedupInterval">The speedup's 99 % interval, or null with too few measurements on either side.</param>
/// <param name="EfficiencyInterval">The efficiency's, likewise: the speedup's scaled by Ideal ÷ Sequential median.</param>
internal sealed record ScalingFigures(
    double Speedup,
    double Ideal,
    double Efficiency,
    int Cores,
    bool Approximate,
    double CpuShare,
    bool CpuShareMeasured,
    RatioInterval? SpeedupInterval = null,
    RatioInterval? EfficiencyInterval = null)
{
    // Every column cell, exporter and the analyser asks again; the bootstrap runs once per case and summary.
    private static readonly ConditionalWeakTable<Summary, ConcurrentDictionary<BenchmarkCase, ScalingFigures?>> Computed = new();

    /// <summary>
    /// The figures of <paramref name="benchmarkCase"/>, or null where they cannot be honest: no Workload/Workers
    /// parameters, no result, or no <c>Sequential</c> case with the same workload, method and job in the summary.
    /// </summary>
    public static ScalingFigures? For(Summary summary, BenchmarkCase benchmarkCase) =>
        Computed.GetOrCreateValue(summary).GetOrAdd(
            benchmarkCase,
            key => For(
                summary.BenchmarksCases,
                key,
                candidate => MeasuredIterations.Of(summary[candidate]),
                candidate => summary[candidate]?.Metrics.GetValueOrDefault(CpuUsageDiagnoser.CoresMetricId)?.Value));

    /// <summary>
    /// The same, from the cases of a run, each one's measured per-operation times (<see cref="MeasuredIterations"/>;
    /// null or empty = no result) and its measured <c>Cores</c> (null where
    /// not measured): testable without a Summary.
    /// </summary>
    internal static ScalingFigures? For(
        IReadOnlyList<BenchmarkCase> cases,
        BenchmarkCase benchmarkCase,
        Func<BenchmarkCase, IReadOnlyList<double>?> measurementsOf,
        Func<BenchmarkCase, double?>? coresOf = null)
    {
        if (CaseKey.Of(benchmarkCase) is not { Workload: { } workload, Workers: { } workers } key
            || measurementsOf(benchmarkCase) is not { Count: > 0 } measurements
            || FindBaseline(cases, benchmarkCase) is not { } baseline
            || measurementsOf(baseline) is not { Count: > 0 } sequentialMeasurements)
        {
            return null;
        }

        double sequentialMedian = MedianRatio.Median(sequentialMeasurements);
        var figures = Compute(
            workload, key.Strategy, workers, CaseParameters.ScalingTasks, CaseParameters.UsableCores(benchmarkCase), MedianRatio.Median(measurements), sequentialMedian,
            coresOf?.Invoke(baseline));

        // A baseline divided by itself is exactly 1, not a ratio of two noisy samples.
        var speedupInterval = baseline == benchmarkCase
            ? ExactWhenMeasured(measurements, figures.Speedup)
            : MedianRatio.Interval(sequentialMeasurements, measurements);
        return figures with
        {
            SpeedupInterval = speedupInterval,
            EfficiencyInterval = Scale(speedupInterval, figures.Ideal / sequentialMedian),
        };
    }

    /// <summary>
    /// The point figures of a case from its median, its <c>Sequential</c> baseline's median and the baseline's measured
    /// <c>Cores</c> (null = not measured), without intervals. A Sequential case has one worker whatever it says.
    /// </summary>
    public static ScalingFigures Compute(
        WorkloadKind workload, StrategyKind? strategy, int workers, int tasks, int cores, double time, double sequentialTime, double? sequentialCores)
    {
        if (strategy is StrategyKind.Sequential)
        {
            workers = 1;
        }

        var descriptor = WorkloadCatalog.Describe(workload);
        double? measuredShare = LimitModel.MeasuredCpuShare(sequentialCores);
        double share = measuredShare ?? descriptor.CpuShare;
        double ideal = LimitModel.IdealTime(share, sequentialTime / tasks, tasks, workers, cores);
        return new ScalingFigures(
            sequentialTime / time, ideal, ideal / time, cores, descriptor.Bound == WorkloadBound.Memory, share, measuredShare is not null);
    }

    private static RatioInterval? ExactWhenMeasured(IReadOnlyList<double> measurements, double value) =>
        measurements.Count >= MedianRatio.MinimumMeasurements ? new RatioInterval(value, value, MedianRatio.Confidence) : null;

    /// <summary>Efficiency is the speedup times Ideal ÷ Sequential time, a constant of the case (the limit model is linear in t1).</summary>
    private static RatioInterval? Scale(RatioInterval? interval, double factor) =>
        interval is null ? null : interval with { Low = interval.Low * factor, High = interval.High * factor };

    /// <summary>
    /// The Sequential case a case with a workload is compared with: same workload, other parameters, class, method and
    /// job; null if the run has none.
    /// </summary>
    internal static BenchmarkCase? FindBaseline(IReadOnlyList<BenchmarkCase> cases, BenchmarkCase benchmarkCase)
    {
        var key = CaseKey.Of(benchmarkCase);
        return cases.FirstOrDefault(candidate =>
            CaseKey.Of(candidate) is { Strategy: StrategyKind.Sequential } baseline
            && baseline.Workload == key.Workload
            && baseline.Others == key.Others
            && candidate.Descriptor.Type == benchmarkCase.Descriptor.Type
            && candidate.Descriptor.WorkloadMethod == benchmarkCase.Descriptor.WorkloadMethod
            && candidate.Job.Id == benchmarkCase.Job.Id);
    }
}
