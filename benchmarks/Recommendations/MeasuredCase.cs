using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>One Scaling case of a run as the recommender sees it: read from a <see cref="Summary"/>, or built by hand.</summary>
/// <param name="Name">The case as the reports and warnings name it: method, parameters and job.</param>
/// <param name="Workload">Its workload.</param>
/// <param name="Strategy">Its strategy.</param>
/// <param name="Workers">Its worker count; 1 for Sequential, whatever its parameter says.</param>
/// <param name="Job">Its job's id: figures are compared within one job only.</param>
/// <param name="Figures">Its figures against Sequential and the limit model (<see cref="ScalingFigures"/>).</param>
/// <param name="Warnings">The plausibility warnings the run gave it.</param>
/// <param name="RssPerWorker">Resident memory per worker in bytes (<see cref="MemoryFigures"/>), or null where not measured.</param>
internal sealed record MeasuredCase(
    string Name,
    WorkloadKind Workload,
    StrategyKind Strategy,
    int Workers,
    string Job,
    ScalingFigures Figures,
    IReadOnlyList<string> Warnings,
    double? RssPerWorker = null)
{
    /// <summary>The lower end of the speedup's interval, or the point where there is none.</summary>
    public double SpeedupLow => Figures.SpeedupInterval?.Low ?? Figures.Speedup;

    /// <summary>The upper end of the speedup's interval, or the point where there is none.</summary>
    public double SpeedupHigh => Figures.SpeedupInterval?.High ?? Figures.Speedup;

    /// <summary>A case of the Scaling matrix: the one suite with all of Workload, Strategy and Workers.</summary>
    public static bool IsScalingCase(BenchmarkCase benchmarkCase) => CaseKey.Of(benchmarkCase).Scaling is not null;

    /// <summary>The Scaling cases of <paramref name="summary"/> that have figures: a result and a Sequential case to compare with.</summary>
    public static IEnumerable<MeasuredCase> From(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            var benchmarkCase = report.BenchmarkCase;
            if (CaseKey.Of(benchmarkCase).Scaling is not var (workload, strategy, workers)
                || CaseEvidence.Of(summary, report) is not { Figures: { } figures } evidence)
            {
                continue;
            }

            yield return new MeasuredCase(
                evidence.Name,
                workload,
                strategy,
                strategy is StrategyKind.Sequential ? 1 : workers,
                benchmarkCase.Job.Id,
                figures,
                [.. PlausibilityRules.Check(evidence)],
                MemoryFigures.For(summary, benchmarkCase)?.RssPerWorker);
        }
    }
}
