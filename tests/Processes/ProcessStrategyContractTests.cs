using Concurrency.Processes;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.WorkerProtocol;

using static Concurrency.Tests.Processes.TestWorkloads;

namespace Concurrency.Tests.Processes;

/// <summary>
/// The strategy contract for the process strategies, with real workloads a worker rebuilds from their spec. What ran
/// and when is read from the workers' replies (timeline entries and checksums); failures are injected through
/// <see cref="WorkerFaults"/>.
/// </summary>
[Category(TestCategories.Slow)]
[TestFixtureSource(nameof(Strategies))]
public sealed class ProcessStrategyContractTests(StrategyKind kind)
{
    // The two strategies built from ProcessPoolOptions, which inject the faults. HybridStrategyTests checks Hybrid's own
    // behaviour; tests/Distributed checks the silos' contract with their own fault switches.
    public static IEnumerable<StrategyKind> Strategies => [StrategyKind.ProcessPerTask, StrategyKind.ProcessPool];

    private static IEnumerable<TestCaseData> Shapes =>
    [
        new TestCaseData(0, 3).SetArgDisplayNames("0 tasks", "3 workers"),
        new TestCaseData(1, 1).SetArgDisplayNames("1 task", "1 worker"),
        new TestCaseData(16, 1).SetArgDisplayNames("16 tasks", "1 worker"),
        new TestCaseData(16, 4).SetArgDisplayNames("16 tasks", "4 workers"),
        new TestCaseData(5, 8).SetArgDisplayNames("5 tasks", "8 workers"),
    ];

    [TestCaseSource(nameof(Shapes))]
    public async Task EveryTaskRunsExactlyOnceInAWorker(int tasks, int workers)
    {
        var timeline = new TimelineRecorder(tasks);
        await using var strategy = Create(workers);

        long checksum = await strategy.RunAsync(new TaskBatch(TinyCpu, tasks, timeline));

        Assert.That(timeline.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(Enumerable.Range(0, tasks)));
        Assert.That(timeline.Entries.Select(entry => entry.ProcessId), Has.None.EqualTo(Environment.ProcessId));
        Assert.That(checksum, Is.EqualTo(TinyCpuChecksum(tasks)));
    }

    [TestCase(1)]
    [TestCase(3)]
    public async Task NeverRunsMoreThanWorkersAtOnce(int workers)
    {
        const int Tasks = 12;
        var timeline = new TimelineRecorder(Tasks);
        await using var strategy = Create(workers);

        await strategy.RunAsync(new TaskBatch(Sleep(5), Tasks, timeline));

        Assert.That(timeline.Entries, Has.Count.EqualTo(Tasks));
        Assert.That(MostAtOnce(timeline.Entries), Is.LessThanOrEqualTo(workers));
    }

    [Test]
    public async Task FailingTaskSurfacesWithItsIndex()
    {
        await using var strategy = Create(4, WorkerFaults.FailTask, "7");

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => strategy.RunAsync(new TaskBatch(TinyCpu, 16)));

        Assert.That(failure!.TaskIndex, Is.EqualTo(7));
        Assert.That(failure.InnerException, Is.TypeOf<WorkerTaskException>().With.Message.Contains("injected failure in task 7"));
    }

    [Test]
    public async Task CancellationStopsTheWork()
    {
        const int Tasks = 64;
        var timeline = new TimelineRecorder(Tasks);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await using var strategy = Create(2);

        Assert.That(
            async () => await strategy.RunAsync(new TaskBatch(Sleep(40), Tasks, timeline), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(timeline.Entries, Has.Count.LessThan(Tasks), $"{kind} ran every task after it was cancelled");
    }

    [Test]
    public async Task CrashingWorkerIsReportedWithTaskExitCodeAndStderr()
    {
        await using var strategy = Create(2, WorkerFaults.CrashTask, "3");

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => strategy.RunAsync(new TaskBatch(TinyCpu, 8)));

        Assert.That(failure!.TaskIndex, Is.EqualTo(3));
        Assert.That(failure.Message, Does.Contain("task 3").And.Contain($"exited with code {WorkerFaults.CrashExitCode}").And.Contain("injected crash in task 3"));
    }

    [Test]
    public async Task HungWorkerIsKilledAndReported()
    {
        int before = ChildProcesses.Count();
        var strategy = Create(2, timeout: TimeSpan.FromMilliseconds(500));
        var hanging = Sleep(60_000);

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => strategy.RunAsync(new TaskBatch(hanging, 2)));
        await strategy.DisposeAsync();

        Assert.That(failure!.InnerException, Is.TypeOf<TimeoutException>().With.Message.Contains("killed"));
        Assert.That(ChildProcesses.Count(), Is.EqualTo(before));
    }

    [Test]
    public async Task MalformedReplyIsAnErrorNotAHang()
    {
        // A "worker" that answers with bytes that are no frame, then waits for input like a real one.
        var impostor = new WorkerCommand("/bin/sh", ["-c", "printf 'not a frame at all'; exec cat > /dev/null"]);
        var strategy = Create(1, command: impostor);

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => strategy.RunAsync(new TaskBatch(TinyCpu, 1)).WaitAsync(TimeSpan.FromSeconds(30)));
        await strategy.DisposeAsync();

        Assert.That(failure!.InnerException?.InnerException, Is.TypeOf<InvalidDataException>().With.Message.Contains("malformed"));
    }

    [Test]
    public async Task NoChildOutlivesDispose()
    {
        int before = ChildProcesses.Count();
        var strategy = Create(3);
        await strategy.RunAsync(new TaskBatch(TinyCpu, 6));

        await strategy.DisposeAsync();

        Assert.That(ChildProcesses.Count(), Is.EqualTo(before));
    }

    private static int MostAtOnce(IEnumerable<TimelineEntry> entries) =>
        entries.SelectMany(entry => new[] { (At: entry.StartTimestamp, Delta: 1), (At: entry.EndTimestamp, Delta: -1) })
            .OrderBy(change => change.At).ThenBy(change => change.Delta)
            .Aggregate((Running: 0, Most: 0), (state, change) => (state.Running + change.Delta, Math.Max(state.Most, state.Running + change.Delta)))
            .Most;

    private Strategy Create(int workers, string? variable = null, string? value = null, TimeSpan? timeout = null, WorkerCommand? command = null)
    {
        command ??= WorkerLocator.Find();
        var options = new ProcessPoolOptions(Timeout: timeout, Command: variable is null ? command : command.With(variable, value!));
        return kind == StrategyKind.ProcessPool ? new ProcessPoolStrategy(workers, options) : new ProcessPerTaskStrategy(workers, options);
    }
}
