using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Recommendations;

/// <summary>Scaling cases built by hand, on 2 usable cores: a speedup, its 99 % interval and the warnings a run gave.</summary>
internal static class SyntheticCases
{
    public const int Cores = 2;

    public static MeasuredCase Case(WorkloadKind workload, StrategyKind strategy, int workers, double speedup, double low, double high, params string[] warnings) =>
        new(
            NameOf(workload, strategy, workers),
            workload,
            strategy,
            workers,
            "FirstRun",
            new ScalingFigures(
                speedup,
                Ideal: 80e6,
                Efficiency: speedup / Math.Min(workers, Cores),
                Cores,
                Approximate: false,
                CpuShare: 1,
                CpuShareMeasured: false,
                new RatioInterval(low, high, 0.99),
                new RatioInterval(low / Math.Min(workers, Cores), high / Math.Min(workers, Cores), 0.99)),
            warnings);

    /// <summary>A case measured too few times for an interval.</summary>
    public static MeasuredCase WithoutInterval(WorkloadKind workload, StrategyKind strategy, int workers, double speedup)
    {
        var measured = Case(workload, strategy, workers, speedup, speedup, speedup);
        return measured with { Figures = measured.Figures with { SpeedupInterval = null, EfficiencyInterval = null } };
    }

    public static MeasuredCase Sequential(WorkloadKind workload) => Case(workload, StrategyKind.Sequential, 1, 1, 1, 1);

    public static string NameOf(WorkloadKind workload, StrategyKind strategy, int workers) =>
        $"Scaling.RunBatch [Workload={workload}, Strategy={strategy}, Workers={workers}] on FirstRun";
}
