using System.Collections.Frozen;

namespace Concurrency.Strategies;

/// <summary>
/// Every strategy kind's <see cref="StrategyDescriptor"/>: the one place a strategy's traits are stated. Building a
/// strategy is the suite's <c>StrategyCatalog</c>, which references the process and cluster projects this one must not.
/// </summary>
public static class StrategyDescriptors
{
    // Adding a strategy: its name in StrategyKind, its class, one line here and its constructor in StrategyCatalog.Create.
    // Weights go in tens per model, so a new strategy finds room within its model.
    private static readonly FrozenDictionary<StrategyKind, StrategyDescriptor> Descriptors = new StrategyDescriptor[]
    {
        new(StrategyKind.Sequential, StrategyModel.Caller, StrategyProcesses.None, StrategyPool.None, Weight: 0),
        // TaskWhenAll starts every task on the caller's thread: a task that blocks holds the caller, not a pool thread.
        new(StrategyKind.TaskWhenAll, StrategyModel.Async, StrategyProcesses.None, StrategyPool.None, Weight: 10),
        new(StrategyKind.ParallelForEachAsync, StrategyModel.Async, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 11),
        new(StrategyKind.ThreadPool, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 20),
        new(StrategyKind.ParallelFor, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 21),
        new(StrategyKind.Plinq, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 22),
        new(StrategyKind.Channel, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 23),
        new(StrategyKind.Dataflow, StrategyModel.Pool, StrategyProcesses.None, StrategyPool.ThisProcess, Weight: 24),
        new(StrategyKind.Threads, StrategyModel.Threads, StrategyProcesses.None, StrategyPool.None, Weight: 30),
        new(StrategyKind.GilThreads, StrategyModel.Threads, StrategyProcesses.None, StrategyPool.None, Weight: 31),
        // Hybrid's lanes start on the pool but only await: their fetch (asynchronous in Mixed, its one workload) and their worker's reply.
        new(StrategyKind.Hybrid, StrategyModel.Processes, StrategyProcesses.Persistent, StrategyPool.None, Weight: 40),
        new(StrategyKind.ProcessPool, StrategyModel.Processes, StrategyProcesses.Persistent, StrategyPool.None, Weight: 41),
        new(StrategyKind.ProcessPerTask, StrategyModel.Processes, StrategyProcesses.PerTask, StrategyPool.None, Weight: 42),
        new(StrategyKind.Orleans, StrategyModel.Cluster, StrategyProcesses.Persistent, StrategyPool.ChildProcesses, Weight: 50),
    }.ToFrozenDictionary(descriptor => descriptor.Kind);

    /// <summary>Every descriptor, in <see cref="StrategyKind"/> order.</summary>
    public static IReadOnlyList<StrategyDescriptor> All { get; } = [.. Descriptors.Values.OrderBy(descriptor => descriptor.Kind)];

    /// <summary>The descriptor of <paramref name="kind"/>; an unknown kind is an error naming the valid ones.</summary>
    public static StrategyDescriptor Describe(this StrategyKind kind) =>
        Descriptors.TryGetValue(kind, out var descriptor)
            ? descriptor
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown strategy '{kind}'. Valid: {string.Join(", ", Descriptors.Keys.Order())}.");
}
