namespace Concurrency.Strategies;

/// <summary>
/// Hands out consecutive runs of up to <c>chunkSize</c> task indices, each index exactly once, to racing workers;
/// like <see cref="TaskIndexDispenser"/>, it hands out nothing more once stopped.
/// </summary>
public sealed class TaskChunkDispenser(int count, int chunkSize)
{
    private int _next = -1;
    private volatile bool _stopped;

    public bool TryTake(out int first, out int length)
    {
        long chunk = Interlocked.Increment(ref _next);
        first = (int)Math.Min(chunk * chunkSize, count);
        length = (int)Math.Min(chunkSize, count - first);
        return !_stopped && length > 0;
    }

    public void Stop() => _stopped = true;
}
