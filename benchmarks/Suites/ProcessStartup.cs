using BenchmarkDotNet.Attributes;
using Concurrency.Processes;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Suites;

/// <summary>
/// Spawn-to-exit of one worker process, started each way a worker can be (<see cref="WorkerLaunch"/>): start it, run
/// one tiny task in it, close its stdin and wait for it to exit. Python's <c>Process</c> start + join, for .NET. The
/// NativeAOT worker is published the first time it is asked for (see <see cref="NativeAotWorker"/>); if that fails,
/// the case fails with the reason.
/// </summary>
[BenchmarkCategory(Categories.Startup)]
public class ProcessStartup
{
    private static readonly WorkloadSpec TinyTask = new(WorkloadKind.CpuRangeSum, 100);

    private WorkerCommand? _command;

    [ParamsAllValues]
    public WorkerLaunch Launch { get; set; }

    [GlobalSetup]
    public void Setup() => _command = WorkerLocator.Find(Launch);

    [Benchmark]
    public async Task<long> SpawnRunExit()
    {
        await using var worker = WorkerProcess.Start(_command!);
        var reply = await worker.RunTasksAsync(TinyTask, 0, 1);
        return reply.Results[0].Checksum;
    }
}
