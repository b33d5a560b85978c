namespace Concurrency.Processes;

/// <summary>How the process strategies feed their workers.</summary>
/// <param name="ChunkSize">Tasks per message, like <c>chunksize</c> of Python's <c>ProcessPoolExecutor.map</c>.</param>
/// <param name="InFlight">Messages a worker may hold at once: the next is queued before the last reply comes back.</param>
/// <param name="Timeout">How long one message may take before its worker is deemed hung, killed and reported.</param>
/// <param name="Command">What starts a worker; null finds the apphost beside the app (<see cref="WorkerLocator"/>).</param>
public sealed record ProcessPoolOptions(int ChunkSize = 1, int InFlight = 1, TimeSpan? Timeout = null, WorkerCommand? Command = null)
{
    /// <summary>Python's defaults: one task per message, one message at a time.</summary>
    public static readonly ProcessPoolOptions Default = new();

    /// <summary>Long enough for any calibrated task, short enough that a hung worker fails a run rather than stalling it.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    public TimeSpan MessageTimeout => Timeout ?? DefaultTimeout;

    public WorkerCommand ResolveCommand() => Command ?? WorkerLocator.Find();

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1, nameof(ChunkSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(InFlight, 1, nameof(InFlight));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MessageTimeout, TimeSpan.Zero, nameof(Timeout));
    }
}
