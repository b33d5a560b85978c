namespace Concurrency.Strategies.InProcess;

/// <summary>
/// W work items queued to the shared .NET thread pool with <see cref="Task.Run(Func{long})"/>, each pulling the
/// next task index: Python's <c>ThreadPoolExecutor</c>. Blocking tasks hold pool threads, and the pool injects
/// new ones slowly; the benchmarks show what that costs.
/// </summary>
public sealed class ThreadPoolStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.ThreadPool;

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var dispenser = new TaskIndexDispenser(batch.Count);
        var items = new Task<long>[Math.Min(Workers, Math.Max(batch.Count, 1))];
        for (int w = 0; w < items.Length; w++)
        {
            items[w] = Task.Run(() => dispenser.RunUntilEmpty(taskIndex => Execute(batch, taskIndex, cancellationToken)), cancellationToken);
        }

        long[] sums = await Task.WhenAll(items).ConfigureAwait(false);
        return Checksums.Sum(sums);
    }
}
