using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;

namespace Concurrency.Tests.Strategies;

/// <summary>The other side of the W bound: strategies that promise concurrency do run tasks side by side.</summary>
public sealed class ParallelismTests
{
    private static IEnumerable<TestCaseData> ConcurrentStrategies =>
        StrategyCases.Cases(ProbeWorkload.InProcessStrategies.Where(kind => kind is not StrategyKind.Sequential));

    [TestCaseSource(nameof(ConcurrentStrategies))]
    public async Task RunsTasksSideBySideWhenGivenSeveralWorkers(StrategyKind kind)
    {
        var probe = new ProbeWorkload(16, TimeSpan.FromMilliseconds(1)) { Rendezvous = 2 };
        await using var strategy = StrategyCatalog.Create(kind, 4);

        await strategy.RunAsync(new TaskBatch(probe, 16));

        Assert.That(probe.MaxRunning, Is.GreaterThanOrEqualTo(2));
    }

    [Test]
    public async Task SequentialRunsOneTaskAtATime()
    {
        var probe = new ProbeWorkload(8, TimeSpan.FromMilliseconds(2));
        await using var strategy = StrategyCatalog.Create(StrategyKind.Sequential, 4);

        await strategy.RunAsync(new TaskBatch(probe, 8));

        Assert.That(probe.MaxRunning, Is.EqualTo(1));
    }
}
