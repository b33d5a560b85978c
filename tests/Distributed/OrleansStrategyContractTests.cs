using Concurrency.Benchmarks.Reporting.Diagnosers;
using Concurrency.Distributed;
using Concurrency.Strategies;
using Concurrency.Strategies.Tracing;

using static Concurrency.Tests.Processes.TestWorkloads;

namespace Concurrency.Tests.Distributed;

/// <summary>
/// The strategy contract for the Orleans strategy on one local cluster of two silo processes, shared by the tests (a
/// cluster takes seconds to start). What ran where and when is read from the silos' replies: the timeline's entries.
/// </summary>
[Category(TestCategories.Slow)]
[NonParallelizable]
public sealed class OrleansStrategyContractTests
{
    private const int Workers = 4;
    private const int Silos = 2;

    private OrleansStrategy? _started;

    [OneTimeSetUp]
    public async Task StartCluster() => _started = await OrleansStrategy.StartAsync(Workers, new OrleansOptions(Silos));

    [OneTimeTearDown]
    public async Task StopCluster()
    {
        // Null when the cluster failed to start: StartAsync stops what it started before it throws.
        if (_started is not null)
        {
            await _started.DisposeAsync();
        }
    }

    private OrleansStrategy Strategy => _started ?? throw new InvalidOperationException("the cluster did not start");

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(16)]
    public async Task EveryTaskRunsExactlyOnceInASilo(int tasks)
    {
        var timeline = new TimelineRecorder(tasks);

        long checksum = await Strategy.RunAsync(new TaskBatch(TinyCpu, tasks, timeline));

        Assert.That(timeline.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(Enumerable.Range(0, tasks)));
        Assert.That(SiloTimelines.ProcessesOf(timeline.Entries), Is.SubsetOf(Strategy.ChildProcessIds));
        Assert.That(checksum, Is.EqualTo(TinyCpuChecksum(tasks)));
    }

    [Test]
    public async Task TasksRunInEverySiloProcess()
    {
        var timeline = new TimelineRecorder(16);

        await Strategy.RunAsync(new TaskBatch(TinyCpu, 16, timeline));

        Assert.That(SiloTimelines.ProcessesOf(timeline.Entries), Is.EquivalentTo(Strategy.ChildProcessIds));
    }

    [Test]
    public void LanesSpreadEvenlyOverTheSilos()
    {
        Assert.That(Strategy.LaneSilos.GroupBy(silo => silo.ProcessId).Select(lanes => lanes.Count()), Is.EqualTo(new[] { Workers / Silos, Workers / Silos }));
    }

    [Test]
    public void EveryLanesGrainLivesWhereItsCallsEnterTheCluster()
    {
        Assert.That(Strategy.LanesAtTheirGateway, Is.EqualTo(Workers));
    }

    [Test]
    public void EachSiloIsItsOwnProcess()
    {
        Assert.That(Strategy.ChildProcessIds, Has.Count.EqualTo(Silos).And.Unique.And.No.EqualTo(Environment.ProcessId));
    }

    [Test]
    public void SilosAreInTheProcessTreeWhoseCpuTheCoresColumnCounts()
    {
        Assume.That(OperatingSystem.IsLinux(), "the process tree is read from /proc");

        Assert.That(LinuxProcessTree.Proc.Members(Environment.ProcessId), Is.SupersetOf(Strategy.ChildProcessIds));
    }

    [Test]
    public async Task NeverRunsMoreThanWorkersAtOnce()
    {
        const int Tasks = 16;
        var timeline = new TimelineRecorder(Tasks);

        await Strategy.RunAsync(new TaskBatch(Sleep(10), Tasks, timeline));

        Assert.That(SiloTimelines.MostAtOnce(timeline.Entries), Is.LessThanOrEqualTo(Workers));
    }

    [Test]
    public async Task RunsTasksSideBySide()
    {
        const int Tasks = 16;
        var timeline = new TimelineRecorder(Tasks);

        await Strategy.RunAsync(new TaskBatch(Sleep(20), Tasks, timeline));

        Assert.That(SiloTimelines.MostAtOnce(timeline.Entries), Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task CancellationStopsTheWork()
    {
        const int Tasks = 64;
        var timeline = new TimelineRecorder(Tasks);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Assert.That(
            async () => await Strategy.RunAsync(new TaskBatch(Sleep(40), Tasks, timeline), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(timeline.Entries, Has.Count.LessThan(Tasks), "every task ran after the batch was cancelled");
    }
}
