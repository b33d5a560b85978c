using System.Collections.Frozen;
using Concurrency.Distributed;
using Concurrency.Processes.Hybrid;
using Concurrency.Processes;
using Concurrency.Strategies.Gil;
using Concurrency.Strategies.InProcess;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Cases;

/// <summary>
/// Every strategy kind's <see cref="StrategyDescriptor"/>, the one place a strategy's traits and constructor are stated.
/// It lives in the suite, the one project that references every strategy's, and below every folder that reads a trait.
/// </summary>
internal static class StrategyCatalog
{
    // Adding a strategy: its name in StrategyKind, its class and one line here.
    // Weights go in tens per model, so a new strategy finds room within its model.
    private static readonly FrozenDictionary<StrategyKind, StrategyDescriptor> Descriptors = new StrategyDescriptor[]
    {
        new(StrategyKind.Sequential, StrategyModel.Caller, StrategyProcesses.None, StrategyPool.None, Weight: 0, _ => new SequentialStrategy()),
        // TaskWhenAll starts every task on the caller's thread: a task that blocks holds the caller, not a pool thread.
        new(StrategyKind.TaskWhenAll, StrategyModel.Async, StrategyProcesses.None, StrategyPool.None, Weight: 10, workers => new TaskWhenAllStrategy(workers)),
        new(StrategyKind.ParallelForEachAsync, StrategyModel.Async, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 11, workers => new ParallelForEachAsyncStrategy(workers)),
        new(StrategyKind.ThreadPool, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 20, workers => new ThreadPoolStrategy(workers)),
        new(StrategyKind.ParallelFor, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 21, workers => new ParallelForStrategy(workers)),
        new(StrategyKind.Plinq, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 22, workers => new PlinqStrategy(workers)),
        new(StrategyKind.Channel, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 23, workers => new ChannelStrategy(workers)),
        new(StrategyKind.Dataflow, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 24, workers => new DataflowStrategy(workers)),
        new(StrategyKind.Threads, StrategyModel.Threads, StrategyProcesses.None, StrategyPool.None, Weight: 30, workers => new ThreadsStrategy(workers)),
        new(StrategyKind.GilThreads, StrategyModel.Threads, StrategyProcesses.None, StrategyPool.None, Weight: 31, workers => new GilThreadsStrategy(workers)),
        // Hybrid's lanes start on the pool but only await: their fetch (asynchronous in Mixed, its one workload) and their worker's reply.
        new(StrategyKind.Hybrid, StrategyModel.Processes, StrategyProcesses.Persistent, StrategyPool.None, Weight: 40, workers => new HybridStrategy(workers)),
        new(StrategyKind.ProcessPool, StrategyModel.Processes, StrategyProcesses.Persistent, StrategyPool.None, Weight: 41, workers => new ProcessPoolStrategy(workers)),
        new(StrategyKind.ProcessPerTask, StrategyModel.Processes, StrategyProcesses.PerTask, StrategyPool.None, Weight: 42, workers => new ProcessPerTaskStrategy(workers)),
        new(StrategyKind.Orleans, StrategyModel.Cluster, StrategyProcesses.Persistent, StrategyPool.ChildProcesses, Weight: 50, OrleansStrategy.Start),
    }.ToFrozenDictionary(descriptor => descriptor.Kind);

    /// <summary>Every descriptor, in <see cref="StrategyKind"/> order.</summary>
    public static IReadOnlyList<StrategyDescriptor> All { get; } = [.. Descriptors.Values.OrderBy(descriptor => descriptor.Kind)];

    /// <summary>The descriptor of <paramref name="kind"/>; an unknown kind is an error naming the valid ones.</summary>
    public static StrategyDescriptor Describe(this StrategyKind kind) =>
        Descriptors.TryGetValue(kind, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown strategy '{kind}'. Valid: {string.Join(", ", Descriptors.Keys.Order())}.");

    /// <summary>Builds a strategy of <paramref name="kind"/> with <paramref name="workers"/> workers.</summary>
    public static Strategy Create(StrategyKind kind, int workers) => kind.Describe().Create(workers);
}
