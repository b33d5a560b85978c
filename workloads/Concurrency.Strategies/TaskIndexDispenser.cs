namespace Concurrency.Strategies;

/// <summary>
/// Hands out task indices 0 … count−1, each exactly once, to any number of racing workers. Once a worker
/// reports a failure, no further index is handed out, so the batch stops early. <see cref="RunUntilEmpty"/> and
/// <see cref="RunUntilEmptyAsync"/> are the one worker loop every pulling strategy runs.
/// </summary>
public sealed class TaskIndexDispenser(int count)
{
    private int _next = -1;
    private volatile bool _stopped;

    /// <summary>Takes the next index; false when none is left or the batch was stopped.</summary>
    public bool TryTake(out int taskIndex)
    {
        taskIndex = Interlocked.Increment(ref _next);
        return !_stopped && taskIndex < count;
    }

    public void Stop() => _stopped = true;

    /// <summary>
    /// One worker's loop: runs the next task through <paramref name="runTask"/> until none is left and returns the sum
    /// of their checksums. A failure stops the dispenser, so no worker takes a further task, and propagates.
    /// </summary>
    public long RunUntilEmpty(Func<int, long> runTask)
    {
        ArgumentNullException.ThrowIfNull(runTask);
        long sum = 0;
        try
        {
            while (TryTake(out int taskIndex))
            {
                sum = unchecked(sum + runTask(taskIndex));
            }
        }
        catch
        {
            Stop();
            throw;
        }

        return sum;
    }

    /// <summary>The asynchronous form of <see cref="RunUntilEmpty"/>: one task awaited at a time.</summary>
    public async Task<long> RunUntilEmptyAsync(Func<int, ValueTask<long>> runTask)
    {
        ArgumentNullException.ThrowIfNull(runTask);
        long sum = 0;
        try
        {
            while (TryTake(out int taskIndex))
            {
                sum = unchecked(sum + await runTask(taskIndex).ConfigureAwait(false));
            }
        }
        catch
        {
            Stop();
            throw;
        }

        return sum;
    }
}
