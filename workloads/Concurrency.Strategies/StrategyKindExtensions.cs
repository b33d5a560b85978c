namespace Concurrency.Strategies;

/// <summary>What is known of a strategy from its kind alone, for the suites and filters that have no instance.</summary>
public static class StrategyKindExtensions
{
    /// <summary>Whether the strategy runs its workers as work items of this process's shared thread pool.</summary>
    public static bool RunsOnThePool(this StrategyKind kind) => kind is StrategyKind.ThreadPool or StrategyKind.ParallelFor
        or StrategyKind.ParallelForEachAsync or StrategyKind.Plinq or StrategyKind.Channel or StrategyKind.Dataflow;
}
