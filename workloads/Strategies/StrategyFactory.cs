namespace Concurrency.Workloads.Strategies;

/// <summary>Builds a strategy by name; the benchmarks and the CLI go through here.</summary>
public static class StrategyFactory
{
    public static Strategy Create(StrategyKind kind, int workers) => kind switch
    {
        StrategyKind.Sequential => new SequentialStrategy(),
        StrategyKind.Threads => new ThreadsStrategy(workers),
        StrategyKind.ThreadPool => new ThreadPoolStrategy(workers),
        StrategyKind.ParallelFor => new ParallelForStrategy(workers),
        StrategyKind.ParallelForEachAsync => new ParallelForEachAsyncStrategy(workers),
        StrategyKind.TaskWhenAll => new TaskWhenAllStrategy(workers),
        StrategyKind.Plinq => new PlinqStrategy(workers),
        StrategyKind.Channel => new ChannelStrategy(workers),
        StrategyKind.Dataflow => new DataflowStrategy(workers),
        StrategyKind.GilThreads => new GilThreadsStrategy(workers),
        _ => throw new ArgumentOutOfRangeException(
            nameof(kind), kind, $"Unknown strategy '{kind}'. Valid: {string.Join(", ", Enum.GetNames<StrategyKind>())}."),
    };
}
