using System.Diagnostics;
using Concurrency.Processes;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

using static Concurrency.Tests.Processes.TestWorkloads;

namespace Concurrency.Tests.Processes;

/// <summary>What only the pool promises: its workers outlive a batch, a broken one is replaced, batching changes nothing.</summary>
[Category(TestCategories.Slow)]
public sealed class ProcessPoolTests
{
    [Test]
    public async Task WorkersAreReusedAcrossBatches()
    {
        await using var pool = new ProcessPoolStrategy(2);
        var first = pool.ChildProcessIds;

        await pool.RunAsync(new TaskBatch(TinyCpu, 4));
        await pool.RunAsync(new TaskBatch(TinyCpu, 4));

        Assert.That(pool.ChildProcessIds, Is.EqualTo(first));
    }

    [Test]
    public async Task CrashedWorkerIsReplacedAndThePoolKeepsWorking()
    {
        var command = WorkerLocator.Find().With(WorkerFaults.CrashTask, "3");
        await using var pool = new ProcessPoolStrategy(1, new ProcessPoolOptions(Command: command));
        var before = pool.ChildProcessIds;

        Assert.That(async () => await pool.RunAsync(new TaskBatch(TinyCpu, 8)), Throws.InstanceOf<TaskFailedException>());
        long checksum = await pool.RunAsync(new TaskBatch(TinyCpu, 3));

        Assert.That(pool.ChildProcessIds, Is.Not.EqualTo(before));
        Assert.That(checksum, Is.EqualTo(TinyCpuChecksum(3)));
    }

    [Test]
    public async Task WorkerKilledBetweenBatchesIsReplacedBeforeTheNextBatch()
    {
        await using var pool = new ProcessPoolStrategy(2);
        await pool.WhenReady();
        using (var victim = Process.GetProcessById(pool.ChildProcessIds[0]))
        {
            victim.Kill();
            await victim.WaitForExitAsync();
        }

        long checksum = await pool.RunAsync(new TaskBatch(TinyCpu, 4));

        Assert.That(checksum, Is.EqualTo(TinyCpuChecksum(4)));
    }

    [TestCase(1, 1)]
    [TestCase(7, 1)]
    [TestCase(10, 3)]
    public async Task BatchedMessagesRunEveryTaskOnce(int chunkSize, int inFlight)
    {
        const int Tasks = 100;
        var timeline = new TimelineRecorder(Tasks);
        await using var pool = new ProcessPoolStrategy(2, new ProcessPoolOptions(chunkSize, inFlight));

        long checksum = await pool.RunAsync(new TaskBatch(TinyCpu, Tasks, timeline));

        Assert.That(timeline.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(Enumerable.Range(0, Tasks)));
        Assert.That(checksum, Is.EqualTo(TinyCpuChecksum(Tasks)));
    }

    [Test]
    public async Task WorkersReportTheCpuTimeTheirTasksTook()
    {
        await using var pool = new ProcessPoolStrategy(2);

        await pool.RunAsync(new TaskBatch(WorkloadCatalog.Create(WorkloadKind.CpuCountdown), 4));

        Assert.That(pool.WorkerCpuTime, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public async Task WorkerExitsMidTaskWhenItsInputCloses()
    {
        // What a parent's death does to its workers: the pipe closes, and a worker sleeping for a minute exits now.
        using var worker = StartRawWorker();
        var stdout = worker.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var writer = new FrameWriter(worker.StandardInput.BaseStream);
        writer.Write(1, new RunTasksMessage(new WorkloadSpec(WorkloadKind.IoSleep, 60_000), 0, 1));
        writer.Flush();

        worker.StandardInput.Close();

        Assert.That(async () => await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20)), Throws.Nothing);
        await stdout;
        Assert.That(worker.ExitCode, Is.Zero);
    }

    // A well-framed body whose type byte names no message.
    [TestCase((MessageType)250, 0, "unknown message type 250", TestName = "WorkerRejectsAMalformedRequestWithAnError")]

    // A RunTasks frame that carries 3 bytes of fields instead of 16.
    [TestCase(MessageType.RunTasks, 3, "RunTasks message has 3 bytes of fields", TestName = "WorkerRejectsARequestShorterThanItsLayoutWithAnError")]
    public async Task WorkerRejectsAMalformedFrameWithAnError(MessageType type, int fieldsLength, string reason)
    {
        using var worker = StartRawWorker();
        var stderr = worker.StandardError.ReadToEndAsync();
        var stdout = worker.StandardOutput.BaseStream.CopyToAsync(Stream.Null);

        var frame = new byte[WireFormat.HeaderSize + fieldsLength];
        WireFormat.WriteHeader(frame, type, 1, fieldsLength);
        await worker.StandardInput.BaseStream.WriteAsync(frame);
        await worker.StandardInput.BaseStream.FlushAsync();
        await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await stdout;

        Assert.That(worker.ExitCode, Is.EqualTo(WorkerFaults.MalformedInputExitCode));
        Assert.That(await stderr, Does.Contain("malformed message").And.Contain(reason));
    }

    private static Process StartRawWorker() =>
        Process.Start(new ProcessStartInfo(WorkerLocator.Find().FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
}
