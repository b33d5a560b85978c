using Concurrency.Processes;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Tests.Processes;

/// <summary>Each request a real worker process answers, through <see cref="WorkerProcess"/>.</summary>
[Category(TestCategories.Slow)]
public sealed class WorkerProcessTests
{
    [Test]
    public async Task RunTasksAsync_ReturnsOneResultPerTaskFromTheWorker()
    {
        await using var worker = WorkerProcess.Start(WorkerLocator.Find());

        var reply = await worker.RunTasksAsync(new WorkloadSpec(WorkloadKind.CpuRangeSum, 1_000), 4, 3);

        Assert.That(reply.Results.Select(result => (reply.ProcessId, result.TaskIndex, result.Checksum)), Is.EqualTo(new[]
        {
            (worker.ProcessId, 4, 499_500L), (worker.ProcessId, 5, 499_500L), (worker.ProcessId, 6, 499_500L),
        }));
    }

    [Test]
    public async Task DisposeAsync_TheWorkerRemovesWhatItsWorkloadWroteToDisk()
    {
        // The worker's temporary folder is one of the test's own, so nothing else writes there.
        var temp = Directory.CreateTempSubdirectory("worker-temp-");
        try
        {
            await using (var worker = WorkerProcess.Start(WorkerLocator.Find().With("TMPDIR", temp.FullName)))
            {
                await worker.RunTasksAsync(new WorkloadSpec(WorkloadKind.IoFile, 4), 0, 2);
            }

            Assert.That(temp.EnumerateFileSystemInfos("*", SearchOption.AllDirectories).Select(entry => entry.Name), Is.Empty);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Test]
    public async Task RunTasksAsync_ANewSpec_RemovesWhatThePreviousWorkloadWroteToDisk()
    {
        var temp = Directory.CreateTempSubdirectory("worker-temp-");
        try
        {
            await using var worker = WorkerProcess.Start(WorkerLocator.Find().With("TMPDIR", temp.FullName));
            await worker.RunTasksAsync(new WorkloadSpec(WorkloadKind.IoFile, 4), 0, 1);

            await worker.RunTasksAsync(new WorkloadSpec(WorkloadKind.IoFile, 8), 0, 1);

            // Only the second workload's folder is left.
            Assert.That(temp.EnumerateDirectories().Count(), Is.EqualTo(1));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    [Test]
    public async Task EchoAsync_ReturnsThePayloadAndItsChecksum()
    {
        byte[] payload = [.. Enumerable.Range(0, 1_001).Select(i => (byte)i)];
        await using var worker = WorkerProcess.Start(WorkerLocator.Find());

        var reply = await worker.EchoAsync(payload);

        Assert.That((reply.Checksum, reply.Payload.ToArray()), Is.EqualTo((PayloadChecksum.Of(payload), payload)));
    }

    [Test]
    public async Task SumMappedAsync_ChecksumsTheNamedRegionOfTheFile()
    {
        byte[] content = [.. Enumerable.Range(0, 4_096).Select(i => (byte)(i * 7))];
        string path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, content);
        try
        {
            await using var worker = WorkerProcess.Start(WorkerLocator.Find());

            var reply = await worker.SumMappedAsync(path, 100, 1_000);

            Assert.That(reply.Checksum, Is.EqualTo(PayloadChecksum.Of(content.AsSpan(100, 1_000))));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task SumMappedAsync_MissingFile_FailsThatRequestAndTheWorkerGoesOn()
    {
        await using var worker = WorkerProcess.Start(WorkerLocator.Find());

        Assert.That(
            () => worker.SumMappedAsync("/nonexistent/concurrency-region.bin", 0, 1),
            Throws.TypeOf<WorkerTaskException>().With.Property(nameof(WorkerTaskException.TaskIndex)).EqualTo(TaskFailedMessage.NoTask));
        Assert.That((await worker.EchoAsync(new byte[] { 1, 2 })).Payload.Length, Is.EqualTo(2));
    }

    [Test]
    public void Start_MissingExecutable_NamesTheCommand() =>
        Assert.That(
            () => WorkerProcess.Start(new WorkerCommand("/nonexistent/worker", [])),
            Throws.TypeOf<FileNotFoundException>().With.Message.Contains("Cannot start the worker '/nonexistent/worker'"));
}
