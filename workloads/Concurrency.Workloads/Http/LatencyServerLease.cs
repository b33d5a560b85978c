namespace Concurrency.Workloads.Http;

/// <summary>A hold on a latency server (see <see cref="SharedLatencyServer.Acquire"/>); disposing it lets the server stop.</summary>
internal sealed class LatencyServerLease : IAsyncDisposable
{
    private readonly bool _owned;
    private int _disposed;

    internal LatencyServerLease(Uri baseAddress, bool owned)
    {
        BaseAddress = baseAddress;
        _owned = owned;
    }

    public Uri BaseAddress { get; }

    public ValueTask DisposeAsync() =>
        _owned && Interlocked.Exchange(ref _disposed, 1) == 0 ? SharedLatencyServer.ReleaseAsync() : ValueTask.CompletedTask;
}
