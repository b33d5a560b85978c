using System.Globalization;
using Concurrency.Workloads.Http;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Io;

/// <summary>
/// The articles' URL download: an HTTP GET, through one <see cref="HttpClient"/> shared by all tasks, to a local
/// Kestrel server that answers after <c>Size</c> milliseconds. The server is the process's
/// <see cref="SharedLatencyServer"/> (a child process uses its parent's, announced in the environment), held
/// until this workload is disposed. The synchronous form blocks in <see cref="HttpClient.Send(HttpRequestMessage)"/>
/// with the GIL released; the checksum is the milliseconds the server reports it waited.
/// </summary>
internal sealed class IoHttpWorkload : IWorkload, IAsyncDisposable
{
    private readonly LatencyServerLease _server;
    private readonly HttpClient _client;
    private readonly string _path;

    public IoHttpWorkload(int size)
    {
        Spec = new WorkloadSpec(WorkloadKind.IoHttp, size);
        _path = LatencyServer.DelayPath(size);
        _server = SharedLatencyServer.Acquire();
        _client = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    public WorkloadSpec Spec { get; }

    /// <summary>The server the requests go to.</summary>
    public Uri ServerAddress => _server.BaseAddress;

    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        using var request = new HttpRequestMessage(HttpMethod.Get, _path);
        using var response = _client.Send(request);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(response.Content.ReadAsStream());
        return long.Parse(reader.ReadToEnd(), CultureInfo.InvariantCulture);
    }

    public async ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken)
    {
        string body = await _client.GetStringAsync(_path, cancellationToken).ConfigureAwait(false);
        return long.Parse(body, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync().ConfigureAwait(false);
    }
}
