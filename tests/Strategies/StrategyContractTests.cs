using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Tests.Strategies;

/// <summary>
/// The Strategy contract (docs/DESIGN.md), checked for every in-process strategy over several (tasks, workers) pairs. Process
/// strategies cannot rebuild the in-process probe in a child; <c>ProcessStrategyContractTests</c> checks them.
/// </summary>
[TestFixtureSource(nameof(Strategies))]
public sealed class StrategyContractTests(StrategyKind kind)
{
    private static readonly TimeSpan TaskDuration = TimeSpan.FromMilliseconds(2);

    public static IEnumerable<TestFixtureData> Strategies => StrategyCases.Fixtures(ProbeWorkload.InProcessStrategies);

    private static IEnumerable<TestCaseData> Shapes =>
    [
        new TestCaseData(0, 3).SetArgDisplayNames("0 tasks", "3 workers"),
        new TestCaseData(1, 1).SetArgDisplayNames("1 task", "1 worker"),
        new TestCaseData(16, 1).SetArgDisplayNames("16 tasks", "1 worker"),
        new TestCaseData(16, 4).SetArgDisplayNames("16 tasks", "4 workers"),
        new TestCaseData(5, 16).SetArgDisplayNames("5 tasks", "16 workers"),
    ];

    [TestCaseSource(nameof(Shapes))]
    public async Task EveryTaskRunsExactlyOnce(int tasks, int workers)
    {
        var probe = new ProbeWorkload(tasks, TaskDuration);
        await using var strategy = StrategyCatalog.Create(kind, workers);

        await strategy.RunAsync(new TaskBatch(probe, tasks));

        Assert.That(probe.Runs, Is.All.EqualTo(1));
    }

    [TestCaseSource(nameof(Shapes))]
    public async Task ReturnsTheSumOfTaskChecksums(int tasks, int workers)
    {
        var probe = new ProbeWorkload(tasks, TaskDuration);
        await using var strategy = StrategyCatalog.Create(kind, workers);

        long checksum = await strategy.RunAsync(new TaskBatch(probe, tasks));

        Assert.That(checksum, Is.EqualTo(ProbeWorkload.ExpectedChecksum(tasks)));
    }

    [TestCaseSource(nameof(Shapes))]
    public async Task NeverRunsMoreThanWorkersAtOnce(int tasks, int workers)
    {
        var probe = new ProbeWorkload(tasks, TaskDuration);
        await using var strategy = StrategyCatalog.Create(kind, workers);

        await strategy.RunAsync(new TaskBatch(probe, tasks));

        Assert.That(probe.MaxRunning, Is.LessThanOrEqualTo(strategy.Workers));
    }

    [Test]
    public async Task FailingTaskSurfacesWithItsIndex()
    {
        var probe = new ProbeWorkload(16, TaskDuration) { FailAt = 7 };
        await using var strategy = StrategyCatalog.Create(kind, 4);

        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => strategy.RunAsync(new TaskBatch(probe, 16)));

        Assert.That(failure!.TaskIndex, Is.EqualTo(7));
        Assert.That(failure.InnerException, Is.TypeOf<InvalidOperationException>().With.Message.Contains("task 7"));
    }

    [Test]
    public async Task CancellationStopsTheWork()
    {
        const int Tasks = 64;
        using var cancellation = new CancellationTokenSource();
        var probe = new ProbeWorkload(Tasks, TaskDuration) { OnStart = index => { if (index == 2) { cancellation.Cancel(); } } };
        await using var strategy = StrategyCatalog.Create(kind, 2);

        Assert.That(
            async () => await strategy.RunAsync(new TaskBatch(probe, Tasks), cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(probe.Started, Is.LessThan(Tasks), $"{kind} started every task after it was cancelled");
    }
}
