using System.Numerics;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// One case's figures against the machine's limit, computed from a <see cref="Summary"/> and never re-measured.
/// All times are in nanoseconds.
/// </summary>
/// <param name="Speedup">Sequential mean ÷ this case's mean.</param>
/// <param name="Ideal">What the limit model allows for this case.</param>
/// <param name="Efficiency">Ideal ÷ this case's mean: 1 is the physical limit.</param>
/// <param name="Cores">The usable cores C the case's job had (its affinity, else the machine's).</param>
/// <param name="Approximate">True for memory-bound workloads, whose real limit is bandwidth.</param>
public sealed record ScalingFigures(double Speedup, double Ideal, double Efficiency, int Cores, bool Approximate)
{
    /// <summary>
    /// The figures of <paramref name="benchmarkCase"/>, or null where they cannot be honest: no Workload/Workers
    /// parameters, no result, or no <c>Sequential</c> case with the same workload, method and job in the summary.
    /// </summary>
    public static ScalingFigures? For(Summary summary, BenchmarkCase benchmarkCase) =>
        For(summary.BenchmarksCases, benchmarkCase, candidate => summary[candidate]?.ResultStatistics?.Mean);

    /// <summary>The same, from the cases of a run and their means (null = no result): testable without a Summary.</summary>
    internal static ScalingFigures? For(IReadOnlyList<BenchmarkCase> cases, BenchmarkCase benchmarkCase, Func<BenchmarkCase, double?> meanOf)
    {
        if (CaseParameters.Get(benchmarkCase, CaseParameters.Workload) is not WorkloadKind workload
            || CaseParameters.Get(benchmarkCase, CaseParameters.Workers) is not int workers
            || meanOf(benchmarkCase) is not { } mean
            || FindBaseline(cases, benchmarkCase, workload) is not { } baseline
            || meanOf(baseline) is not { } sequentialMean)
        {
            return null;
        }

        int tasks = CaseParameters.Get(benchmarkCase, CaseParameters.Tasks) as int? ?? Scaling.Tasks;
        var strategy = CaseParameters.Get(benchmarkCase, CaseParameters.Strategy) as StrategyKind?;
        return Compute(workload, strategy, workers, tasks, UsableCores(benchmarkCase), mean, sequentialMean);
    }

    /// <summary>
    /// The figures of a case from its mean and its <c>Sequential</c> baseline's mean, wherever they were read
    /// (a <see cref="Summary"/>, or a saved report for <c>report</c>). A Sequential case has one worker whatever it says.
    /// </summary>
    public static ScalingFigures Compute(WorkloadKind workload, StrategyKind? strategy, int workers, int tasks, int cores, double mean, double sequentialMean)
    {
        if (strategy is StrategyKind.Sequential)
        {
            workers = 1;
        }

        var descriptor = WorkloadCatalog.Describe(workload);
        double ideal = LimitModel.IdealTime(descriptor, sequentialMean / tasks, tasks, workers, cores);
        return new ScalingFigures(sequentialMean / mean, ideal, ideal / mean, cores, descriptor.Bound == WorkloadBound.Memory);
    }

    /// <summary>C of the limit model: the cores in the job's affinity mask if it sets one, else the process's.</summary>
    public static int UsableCores(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Job.HasValue(EnvironmentMode.AffinityCharacteristic)
            ? BitOperations.PopCount((ulong)benchmarkCase.Job.Environment.Affinity.ToInt64())
            : Environment.ProcessorCount;

    private static BenchmarkCase? FindBaseline(IReadOnlyList<BenchmarkCase> cases, BenchmarkCase benchmarkCase, WorkloadKind workload) =>
        cases.FirstOrDefault(candidate =>
            CaseParameters.Get(candidate, CaseParameters.Strategy) is StrategyKind.Sequential
            && Equals(CaseParameters.Get(candidate, CaseParameters.Workload), workload)
            && Equals(CaseParameters.Get(candidate, CaseParameters.Tasks), CaseParameters.Get(benchmarkCase, CaseParameters.Tasks))
            && candidate.Descriptor.Type == benchmarkCase.Descriptor.Type
            && candidate.Descriptor.WorkloadMethod == benchmarkCase.Descriptor.WorkloadMethod
            && candidate.Job.Id == benchmarkCase.Job.Id);
}
