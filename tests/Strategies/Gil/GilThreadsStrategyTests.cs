using Concurrency.Strategies;
using Concurrency.Strategies.Gil;
using Microsoft.Extensions.Time.Testing;

namespace Concurrency.Tests.Strategies.Gil;

/// <summary>Under <see cref="GilThreadsStrategy"/>, CPU slices of different threads never overlap, and threads take turns when the switch interval passes.</summary>
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
    public async Task ClockNeverReachingTheSwitchInterval_LeavesEveryCpuTaskToOneThread()
    {
        // The mirror of the test above: the threads switch only because the switch interval passes on the strategy's clock.
        var workload = new SliceCountingWorkload();
        await using var strategy = new GilThreadsStrategy(4, TimeSpan.FromMilliseconds(1), new FakeTimeProvider());

        await strategy.RunAsync(new TaskBatch(workload, 8));

        Assert.That(workload.Threads, Is.EqualTo(1));
    }
}
