namespace Concurrency.Strategies.InProcess;

/// <summary>
/// <c>Parallel.ForEachAsync</c> with MaxDegreeOfParallelism = W over the task indices, awaiting each task's
/// asynchronous form: W async workers on the thread pool.
/// </summary>
public sealed class ParallelForEachAsyncStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.ParallelForEachAsync;

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = cancellationToken };
        long checksum = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), options, async (taskIndex, token) =>
        {
            long result = await ExecuteAsync(batch, taskIndex, token).ConfigureAwait(false);
            Interlocked.Add(ref checksum, result);
        }).ConfigureAwait(false);
        return checksum;
    }
}
