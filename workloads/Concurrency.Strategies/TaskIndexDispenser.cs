namespace Concurrency.Strategies;

/// <summary>
/// Hands out task indices 0 … count−1, each exactly once, to any number of racing workers. Once a worker
/// reports a failure, no further index is handed out, so the batch stops early.
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
}
