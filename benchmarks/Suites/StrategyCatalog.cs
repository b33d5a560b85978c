using Concurrency.Distributed;
using Concurrency.Processes.Hybrid;
using Concurrency.Processes;
using Concurrency.Strategies.Gil;
using Concurrency.Strategies.InProcess;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// Builds a strategy by name; the benchmarks and the CLI go through here. What is known of a kind without building it is
/// its <see cref="StrategyDescriptor"/>, in the strategies' project, which cannot reach the process and cluster ones.
/// </summary>
internal static class StrategyCatalog
{
    public static Strategy Create(StrategyKind kind, int workers) => kind switch
    {
        StrategyKind.Sequential => new SequentialStrategy(),
        StrategyKind.Threads => new ThreadsStrategy(workers),
        StrategyKind.ThreadPool => new ThreadPoolStrategy(workers),
        StrategyKind.ParallelFor => new ParallelForStrategy(workers),
        StrategyKind.ParallelForEachAsync => new ParallelForEachAsyncStrategy(workers),
        StrategyKind.TaskWhenAll => new TaskWhenAllStrategy(workers),
        StrategyKind.ProcessPerTask => new ProcessPerTaskStrategy(workers),
        StrategyKind.ProcessPool => new ProcessPoolStrategy(workers),
        StrategyKind.Plinq => new PlinqStrategy(workers),
        StrategyKind.Channel => new ChannelStrategy(workers),
        StrategyKind.Dataflow => new DataflowStrategy(workers),
        StrategyKind.GilThreads => new GilThreadsStrategy(workers),
        StrategyKind.Hybrid => new HybridStrategy(workers),
        StrategyKind.Orleans => OrleansStrategy.Start(workers),
        _ => throw new ArgumentOutOfRangeException(
            nameof(kind), kind, $"Unknown strategy '{kind}'. Valid: {string.Join(", ", Enum.GetNames<StrategyKind>())}."),
    };
}
