using Concurrency.Strategies.Gil;
using Concurrency.Strategies;

namespace Concurrency.Tests.Strategies.Gil;

/// <summary>Under <see cref="GilThreadsStrategy"/>, CPU slices of different threads never overlap, yet threads do take turns.</summary>
public sealed class GilThreadsStrategyTests
{
    [Test]
    public async Task CpuSlicesOfDifferentThreadsNeverOverlap()
    {
        var workload = new SliceCountingWorkload();
        await using var strategy = new GilThreadsStrategy(4, TimeSpan.FromMilliseconds(1));

        long checksum = await strategy.RunAsync(new TaskBatch(workload, 8));

        Assert.That(checksum, Is.EqualTo(8 * SliceCountingWorkload.Slices));
        Assert.That(workload.MaxInside, Is.EqualTo(1));
        Assert.That(workload.Threads, Is.GreaterThan(1), "only one thread ever ran: the strategy did not use its workers");
    }

    [Test]
    public void DefaultSwitchIntervalIsCPythons()
    {
        Assert.That(new GilThreadsStrategy(2).SwitchInterval, Is.EqualTo(TimeSpan.FromMilliseconds(5)));
    }
}
