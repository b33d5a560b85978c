namespace Concurrency.Strategies.InProcess;

/// <summary>
/// W dedicated threads, started for the batch and joined at its end, each pulling the next task index:
/// Python's <c>threading.Thread</c>, without a GIL.
/// </summary>
public sealed class ThreadsStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.Threads;

    protected override Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken) =>
        Task.FromResult(DedicatedThreads.Run(
            Workers, batch.Count, nameof(ThreadsStrategy), taskIndex => Execute(batch, taskIndex, cancellationToken)));
}
