using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// The first run (no arguments): the Scaling cases that decide the answer for each kind of work, and nothing else.
/// A filter over the Scaling suite rather than a class of its own, so the curated cases are Scaling cases under their
/// usual names: the columns, the charts, the index, <c>compare</c>, <c>report</c> and the recommendations read them as
/// they read the full matrix, and nothing is measured twice in two ways. Only the Scaling suite has all three of
/// Workload, Strategy and Workers, so every other suite's cases are dropped.
/// </summary>
internal sealed class FirstRunFilter : IFilter
{
    public static readonly FirstRunFilter Instance = new();

    /// <summary>
    /// Per kind of work, the baseline and the strategies whose comparison is the lesson, at 2 workers (the reference
    /// machine's cores) or 16 (one per task, where waiting overlaps). 24 cases, about 4 s each with <see cref="Configuration.FirstRunJob"/>.
    /// </summary>
    public static readonly IReadOnlySet<(WorkloadKind Workload, StrategyKind Strategy, int Workers)> Cases =
        new HashSet<(WorkloadKind, StrategyKind, int)>
        {
            // CPU: threads, the pool and a warm process pool reach the cores; 16 threads buy nothing more; async/await
            // and threads under a GIL do not parallelise; a fresh process per task loses to its start-up.
            (WorkloadKind.CpuCountdown, StrategyKind.Sequential, 1),
            (WorkloadKind.CpuCountdown, StrategyKind.Threads, 2),
            (WorkloadKind.CpuCountdown, StrategyKind.Threads, 16),
            (WorkloadKind.CpuCountdown, StrategyKind.ThreadPool, 2),
            (WorkloadKind.CpuCountdown, StrategyKind.TaskWhenAll, 2),
            (WorkloadKind.CpuCountdown, StrategyKind.GilThreads, 2),
            (WorkloadKind.CpuCountdown, StrategyKind.ProcessPool, 2),
            (WorkloadKind.CpuCountdown, StrategyKind.ProcessPerTask, 2),

            // Blocking I/O: one dedicated thread per wait, against the pool that starves and async over a blocking call.
            (WorkloadKind.IoSleep, StrategyKind.Sequential, 1),
            (WorkloadKind.IoSleep, StrategyKind.Threads, 16),
            (WorkloadKind.IoSleep, StrategyKind.ThreadPool, 16),
            (WorkloadKind.IoSleep, StrategyKind.TaskWhenAll, 16),

            // Asynchronous I/O (HTTP against the local server): async/await against threads and the pool.
            (WorkloadKind.IoHttp, StrategyKind.Sequential, 1),
            (WorkloadKind.IoHttp, StrategyKind.TaskWhenAll, 16),
            (WorkloadKind.IoHttp, StrategyKind.Threads, 16),
            (WorkloadKind.IoHttp, StrategyKind.ThreadPool, 16),

            // Memory bandwidth: two threads against one, and what 16 add.
            (WorkloadKind.MemAdd, StrategyKind.Sequential, 1),
            (WorkloadKind.MemAdd, StrategyKind.Threads, 2),
            (WorkloadKind.MemAdd, StrategyKind.Threads, 16),
            (WorkloadKind.MemAdd, StrategyKind.ThreadPool, 2),

            // Fetch then crunch: 16 fetches overlap, the crunches share the cores.
            (WorkloadKind.Mixed, StrategyKind.Sequential, 1),
            (WorkloadKind.Mixed, StrategyKind.TaskWhenAll, 16),
            (WorkloadKind.Mixed, StrategyKind.Threads, 16),
            (WorkloadKind.Mixed, StrategyKind.ThreadPool, 16),
        };

    private FirstRunFilter()
    {
    }

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        CaseKey.Of(benchmarkCase).Scaling is { } scaling && Cases.Contains(scaling);
}
