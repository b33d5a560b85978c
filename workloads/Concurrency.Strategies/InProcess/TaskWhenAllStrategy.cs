namespace Concurrency.Strategies.InProcess;

/// <summary>
/// One async task per task, throttled to W by a <see cref="SemaphoreSlim"/>, then <see cref="Task.WhenAll(Task[])"/>:
/// asyncio's <c>gather</c> with a semaphore. Tasks start on the caller's thread, so CPU work that never awaits
/// runs one after another: async/await is not parallelism.
/// </summary>
public sealed class TaskWhenAllStrategy(int workers) : Strategy(workers)
{
    public override StrategyKind Kind => StrategyKind.TaskWhenAll;

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        using var throttle = new SemaphoreSlim(Workers, Workers);
        var tasks = new Task<long>[batch.Count];
        for (int i = 0; i < tasks.Length; i++)
        {
            tasks[i] = RunThrottledAsync(batch, i, throttle, cancellationToken);
        }

        long[] checksums = await Task.WhenAll(tasks).ConfigureAwait(false);
        return Checksums.Sum(checksums);
    }

    private static async Task<long> RunThrottledAsync(TaskBatch batch, int taskIndex, SemaphoreSlim throttle, CancellationToken cancellationToken)
    {
        await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await ExecuteAsync(batch, taskIndex, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            throttle.Release();
        }
    }
}
