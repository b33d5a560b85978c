using Concurrency.Processes.Hybrid;
using Concurrency.Strategies.InProcess;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.Workloads.Cpu;
using Concurrency.Workloads.Mixed;

namespace Concurrency.Tests.Processes;

/// <summary>
/// What sets <see cref="HybridStrategy"/> apart from the in-process strategies (whose contract it also passes with the
/// probe, an I/O workload it runs on async/await): CPU work goes to its worker processes.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class HybridStrategyTests
{
    [Test]
    public async Task MixedTasksFetchHereAndCrunchInWorkers()
    {
        const int Tasks = 6;
        await using var mixed = new MixedWorkload(2);
        var timeline = new TimelineRecorder(Tasks);
        await using var hybrid = new HybridStrategy(2);

        await hybrid.RunAsync(new TaskBatch(mixed, Tasks, timeline));

        Assert.That(timeline.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(Enumerable.Range(0, Tasks)));
        Assert.That(timeline.Entries.Select(entry => entry.ProcessId), Has.None.EqualTo(Environment.ProcessId));
    }

    [Test]
    public async Task MixedChecksumEqualsTheSequentialOne()
    {
        const int Tasks = 4;
        await using var mixed = new MixedWorkload(1);
        await using var hybrid = new HybridStrategy(2);
        await using var sequential = new SequentialStrategy();

        long expected = await sequential.RunAsync(new TaskBatch(mixed, Tasks));

        Assert.That(await hybrid.RunAsync(new TaskBatch(mixed, Tasks)), Is.EqualTo(expected));
    }

    [Test]
    public async Task CpuBoundTasksRunEntirelyInWorkers()
    {
        var timeline = new TimelineRecorder(8);
        await using var hybrid = new HybridStrategy(2);

        long checksum = await hybrid.RunAsync(new TaskBatch(new CpuRangeSumWorkload(1_000), 8, timeline));

        Assert.That(checksum, Is.EqualTo(8 * 499_500L));
        Assert.That(timeline.Entries.Select(entry => entry.ProcessId), Has.None.EqualTo(Environment.ProcessId));
    }

    [Test]
    public async Task ItsChildProcessesAreItsPoolsWorkers()
    {
        // What the suite's warm-up reads: how many processes need warm-up tasks, and which ones ran the tasks.
        var timeline = new TimelineRecorder(8);
        await using var hybrid = new HybridStrategy(2);

        await hybrid.RunAsync(new TaskBatch(new CpuRangeSumWorkload(1_000), 8, timeline));

        Assert.That(hybrid.Processes, Is.EqualTo(2));
        Assert.That(hybrid.ChildProcessIds, Has.Count.EqualTo(2).And.Unique);
        Assert.That(timeline.Entries.Select(entry => entry.ProcessId).Distinct(), Is.SubsetOf(hybrid.ChildProcessIds));
    }

    [Test]
    public async Task DisposingLeavesNoChildProcess()
    {
        int before = ChildProcesses.Count();
        var hybrid = new HybridStrategy(3);
        await hybrid.RunAsync(new TaskBatch(new CpuRangeSumWorkload(1_000), 6));

        await hybrid.DisposeAsync();

        Assert.That(ChildProcesses.Count(), Is.EqualTo(before));
    }
}
