using BenchmarkDotNet.Attributes;
using Concurrency.Processes;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// The serialization cost the articles warn about: a payload goes to a worker process and comes back through its
/// pipes (<see cref="Pipe"/>, the baseline), against a file in shared memory the worker has mapped, so a request
/// carries only an offset and a length (<see cref="SharedMemory"/>). The worker checksums every byte either way.
/// </summary>
[BenchmarkCategory(Categories.Transfer)]
public class Transfer
{
    private WorkerProcess? _worker;
    private byte[] _payload = [];
    private string _sharedFile = "";

    [Params(1 << 10, 1 << 20, 16 << 20)]
    public int PayloadBytes { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _payload = new byte[PayloadBytes];
        new Random(PayloadBytes).NextBytes(_payload);

        // /dev/shm is RAM on Linux: the mapped file never touches a disk.
        string folder = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        _sharedFile = Path.Combine(folder, $"concurrency-transfer-{Environment.ProcessId}-{PayloadBytes}.bin");
        await File.WriteAllBytesAsync(_sharedFile, _payload);

        _worker = WorkerProcess.Start(WorkerLocator.Find());
        await _worker.Ready;
    }

    /// <summary>The payload is copied into the worker's stdin and back out of its stdout.</summary>
    [Benchmark(Baseline = true)]
    public async Task<long> Pipe()
    {
        var reply = await _worker!.EchoAsync(_payload);
        return reply.Payload.Length == _payload.Length
            ? reply.Checksum
            : throw new InvalidDataException($"the worker echoed {reply.Payload.Length} of {_payload.Length} bytes");
    }

    /// <summary>The payload stays in shared memory; the request and reply are a few bytes each.</summary>
    [Benchmark]
    public async Task<long> SharedMemory() =>
        (await _worker!.SumMappedAsync(_sharedFile, 0, _payload.Length)).Checksum;

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        File.Delete(_sharedFile);
    }
}
