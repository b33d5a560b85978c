namespace Concurrency.Strategies;

/// <summary>
/// What is known of one strategy kind without building it (building a process pool or a cluster starts processes):
/// code that has only a kind (filters, warm-ups, estimates, the recommendations) reads its traits here instead of
/// naming kinds. The suite's <c>StrategyCatalog</c> holds one per kind: it alone references every strategy's project.
/// </summary>
/// <param name="Kind">The kind described.</param>
/// <param name="Model">What it holds while its tasks run.</param>
/// <param name="Processes">The child processes it starts to run its tasks, and whether they live across batches.</param>
/// <param name="Pool">The thread pool its tasks run on.</param>
/// <param name="Weight">
/// Its rank by what it holds, lightest first: the recommendations take the lighter of two cases the run cannot tell
/// apart. Every strategy of a lighter <see cref="Model"/> weighs less; within a model, the lighter is the one with fewer
/// moving parts.
/// </param>
/// <param name="Create">Builds the strategy for a worker count; a process or cluster strategy starts its processes here.</param>
public sealed record StrategyDescriptor(StrategyKind Kind, StrategyModel Model, StrategyProcesses Processes, StrategyPool Pool, int Weight, Func<int, Strategy> Create);
