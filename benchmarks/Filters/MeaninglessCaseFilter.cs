using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// Drops the cases whose result would only repeat another's, so the whole matrix fits its time budget without losing
/// a finding. <see cref="KeptStrategies"/> and <see cref="KeptWorkers"/> run for every workload whatever the rules
/// say, except <c>Sequential</c>, which ignores its worker count. The rules (<see cref="Repeats"/>) rest on the design:
/// a batch of 16 identical tasks of about 10 ms, whose strategies differ by dispatch costs of microseconds.
/// </summary>
internal sealed class MeaninglessCaseFilter : IFilter
{
    public static readonly MeaninglessCaseFilter Instance = new();

    /// <summary>The models the suite compares everywhere: the baseline, threads, the pool, processes, async, the GIL, a cluster.</summary>
    internal static readonly IReadOnlySet<StrategyKind> KeptStrategies = new HashSet<StrategyKind>
    {
        StrategyKind.Sequential, StrategyKind.Threads, StrategyKind.ThreadPool,
        StrategyKind.ProcessPool, StrategyKind.TaskWhenAll, StrategyKind.GilThreads, StrategyKind.Orleans,
    };

    /// <summary>One worker, as many as the reference machine's cores, and as many as tasks.</summary>
    internal static readonly IReadOnlySet<int> KeptWorkers = new HashSet<int> { 1, 2, 16 };

    private MeaninglessCaseFilter()
    {
    }

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        CaseKey.Of(benchmarkCase) is not { Strategy: { } strategy, Workers: { } workers } key
        || Repeats(key.Workload, strategy, workers, CaseParameters.UsableCores(benchmarkCase)) is null;

    /// <summary>
    /// Why the case <paramref name="workload"/> × <paramref name="strategy"/> × <paramref name="workers"/> on
    /// <paramref name="cores"/> usable cores would repeat another case, or null when it adds information.
    /// </summary>
    internal static string? Repeats(WorkloadKind? workload, StrategyKind strategy, int workers, int cores)
    {
        if (strategy is StrategyKind.Sequential)
        {
            return workers > 1 ? "Sequential ignores its worker count: Workers = 1 stands for all" : null;
        }

        if (workers == 1 && !KeptStrategies.Contains(strategy))
        {
            return "one worker runs the tasks one after another: Sequential plus a dispatch cost that the Overhead "
                + "and ProcessStartup suites measure per task";
        }

        if (workload is not { } kind)
        {
            return null;
        }

        var bound = WorkloadCatalog.BoundOf(kind);
        bool coreBound = bound is WorkloadBound.Cpu or WorkloadBound.Memory;
        bool keptWorkers = KeptWorkers.Contains(workers);
        bool processPerTask = strategy.Describe().Processes is StrategyProcesses.PerTask;
        return (strategy, kind) switch
        {
            _ when coreBound && workers > cores && !keptWorkers =>
                "past the cores, CPU- and memory-bound work has one limit; Workers = 16 shows what oversubscription costs",
            _ when coreBound && strategy is not StrategyKind.ThreadPool && strategy.Describe().Pool is StrategyPool.ThisProcess =>
                "CPU- and memory-bound tasks on the thread pool's threads, as ThreadPool runs them: the strategies differ "
                + "by microseconds of dispatch (the Overhead suite), not by what 10 ms tasks show",
            (StrategyKind.TaskWhenAll, _) when (coreBound || kind is WorkloadKind.IoSleep) && !keptWorkers =>
                "a task whose asynchronous form never awaits runs on the caller's thread: the worker count changes nothing",
            _ when processPerTask && kind is not (WorkloadKind.CpuCountdown or WorkloadKind.IoSleep) =>
                "a process start per task (the ProcessStartup suite) outweighs a 10 ms task of any kind: CpuCountdown "
                + "shows it where the start competes with the work for the cores, IoSleep where it overlaps a wait",
            _ when processPerTask && workers > cores && !keptWorkers =>
                "a process start per task keeps every core busy from two workers on (the ProcessStartup suite): past the "
                + "cores the worker count changes little; Workers = 16 shows it",
            (StrategyKind.GilThreads, WorkloadKind.CpuCountdown or WorkloadKind.CpuRangeSum or WorkloadKind.CpuPrimes) when !keptWorkers =>
                "CPU work that holds the GIL runs one thread at a time: the worker count changes nothing",
            (StrategyKind.Hybrid, not WorkloadKind.Mixed) =>
                "Hybrid splits a task into fetch and crunch: a task of one kind is all crunch (ProcessPool's case) or all "
                + "fetch on W asynchronous lanes (ParallelForEachAsync's case)",
            _ => null,
        };
    }
}
