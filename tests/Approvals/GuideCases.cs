using Concurrency.Benchmarks.Recommendations;
using Concurrency.Strategies;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Recommendations.SyntheticCases;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// A fixed Scaling run on 2 cores for the decision guide and the index page: three kinds of work, every pitfall rule
/// firing once, one workload without intervals (too few measurements) and one case with its memory per worker.
/// </summary>
internal static class GuideCases
{
    public const WorkloadKind Cpu = WorkloadKind.CpuCountdown;
    public const WorkloadKind Sleep = WorkloadKind.IoSleep;
    public const WorkloadKind Delay = WorkloadKind.IoDelay;

    public static readonly MeasuredCase[] Cases =
    [
        Sequential(Cpu),
        Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95),
        Case(Cpu, StrategyKind.ThreadPool, 2, 1.88, 1.83, 1.93),
        Case(Cpu, StrategyKind.GilThreads, 2, 0.97, 0.96, 0.98),
        Case(Cpu, StrategyKind.ProcessPool, 2, 0.80, 0.70, 0.90),
        Case(Cpu, StrategyKind.TaskWhenAll, 2, 1.00, 0.98, 1.02),
        Sequential(Sleep),
        WaitBound(Case(Sleep, StrategyKind.Threads, 16, 13.4, 13.0, 13.8, $"{NameOf(Sleep, StrategyKind.Threads, 16)}: CV 4.1 % over 10 measurements misses the 2 % accuracy target"))
            with { RssPerWorker = 262_144 },
        WaitBound(Case(Sleep, StrategyKind.ThreadPool, 16, 4.8, 4.1, 5.0)),
        WaitBound(Case(Sleep, StrategyKind.ProcessPerTask, 16, 0.60, 0.50, 0.70)),
        WithoutInterval(Delay, StrategyKind.Sequential, 1, 1),
        WaitBound(WithoutInterval(Delay, StrategyKind.TaskWhenAll, 16, 15.2)),
        WaitBound(WithoutInterval(Delay, StrategyKind.Threads, 16, 14.9)),
    ];

    public static IReadOnlyList<Recommendation> Recommendations => Recommender.Recommend(Cases);

    /// <summary>
    /// A waiting case: SyntheticCases divides speedup by the cores, as for CPU work, but the limit model bounds pure
    /// waiting by the workers (16 tasks on 16 workers take one task's time), so the efficiency is speedup ÷ workers.
    /// Without this the guide would show I/O efficiencies of 6.7, far past the machine's limit of 1.
    /// </summary>
    private static MeasuredCase WaitBound(MeasuredCase measured) => measured with
    {
        Figures = measured.Figures with
        {
            Efficiency = measured.Figures.Speedup / measured.Workers,
            EfficiencyInterval = measured.Figures.SpeedupInterval is { } interval
                ? interval with { Low = interval.Low / measured.Workers, High = interval.High / measured.Workers }
                : null,
        },
    };
}
