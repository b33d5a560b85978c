namespace Concurrency.Workloads.Http;

/// <summary>
/// The one <see cref="LatencyServer"/> of a process, started by the first lease and stopped with the last. While
/// it runs, its address is in the environment variable <see cref="AddressVariable"/>, so child processes started
/// meanwhile (process-pool workers) inherit it and send their requests to this server instead of starting their own.
/// </summary>
internal static class SharedLatencyServer
{
    /// <summary>The environment variable that carries a running latency server's base address to child processes.</summary>
    public const string AddressVariable = "CONCURRENCY_LATENCY_SERVER";

    private static readonly Lock Gate = new();
    private static LatencyServer? _server;
    private static int _leases;

    /// <summary>Whether this process runs a latency server now.</summary>
    public static bool IsRunning
    {
        get
        {
            lock (Gate)
            {
                return _server is not null;
            }
        }
    }

    /// <summary>
    /// A server to send requests to: the one a parent process announced in <see cref="AddressVariable"/>, else this
    /// process's own, started on first use. Dispose the lease when done; the last lease stops the server.
    /// </summary>
    public static LatencyServerLease Acquire()
    {
        lock (Gate)
        {
            if (_server is null && Environment.GetEnvironmentVariable(AddressVariable) is { Length: > 0 } inherited)
            {
                return new LatencyServerLease(new Uri(inherited), owned: false);
            }

            if (_server is null)
            {
                _server = LatencyServer.StartAsync().GetAwaiter().GetResult();
                Environment.SetEnvironmentVariable(AddressVariable, _server.BaseAddress.ToString());
            }

            _leases++;
            return new LatencyServerLease(_server.BaseAddress, owned: true);
        }
    }

    internal static async ValueTask ReleaseAsync()
    {
        LatencyServer? stopping = null;
        lock (Gate)
        {
            if (--_leases == 0)
            {
                stopping = _server;
                _server = null;
                Environment.SetEnvironmentVariable(AddressVariable, null);
            }
        }

        if (stopping is not null)
        {
            await stopping.DisposeAsync().ConfigureAwait(false);
        }
    }
}
