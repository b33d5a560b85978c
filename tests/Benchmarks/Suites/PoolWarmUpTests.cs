using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;
using Microsoft.Extensions.Time.Testing;

namespace Concurrency.Tests.Benchmarks.Suites;

/// <summary>The pool's warm-up on a fake clock: each batch moves it by <see cref="BatchTime"/>, and the test sets the thread count.</summary>
public sealed class PoolWarmUpTests
{
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(100);

    [Test]
    public async Task PoolThatNeverGrows_StopsAfterSettle()
    {
        var clock = new FakeTimeProvider();

        int batches = await new PoolWarmUp(() => 2, clock).RunAsync(() => Batch(clock));

        Assert.That(batches, Is.EqualTo(PoolWarmUp.Settle / BatchTime));
    }

    [Test]
    public async Task PoolThatGrows_RunsUntilSettleHasPassedSinceItsLastNewThread()
    {
        var clock = new FakeTimeProvider();
        int threads = 2;
        int batches = 0;

        // One thread more after each of the first 10 batches, as the pool does while blocking tasks starve it.
        await new PoolWarmUp(() => threads, clock).RunAsync(async () =>
        {
            await Batch(clock);
            if (++batches <= 10)
            {
                threads++;
            }
        });

        Assert.That(batches, Is.EqualTo(10 + (PoolWarmUp.Settle / BatchTime)));
    }

    [Test]
    public async Task PoolThatKeepsGrowing_StopsAtTheLimit()
    {
        var clock = new FakeTimeProvider();
        int threads = 2;

        int batches = await new PoolWarmUp(() => threads++, clock).RunAsync(() => Batch(clock));

        Assert.That(batches, Is.EqualTo(PoolWarmUp.Limit / BatchTime));
    }

    [TestCase(WorkloadBound.Cpu)]
    [TestCase(WorkloadBound.Memory)]
    public void WorkThatHoldsItsThread_CannotStarveThePool(WorkloadBound bound) =>
        Assert.That(PoolWarmUp.CanStarve(bound, workers: 16, threadsAtHand: 2), Is.False);

    [TestCase(WorkloadBound.IoLatency)]
    [TestCase(WorkloadBound.LatencyThenCpu)]
    public void WaitingWork_StarvesThePoolOnlyWithMoreWorkersThanThreadsAtHand(WorkloadBound bound) =>
        Assert.Multiple(() =>
        {
            Assert.That(PoolWarmUp.CanStarve(bound, workers: 16, threadsAtHand: 2), Is.True);
            Assert.That(PoolWarmUp.CanStarve(bound, workers: 3, threadsAtHand: 2), Is.True);
            Assert.That(PoolWarmUp.CanStarve(bound, workers: 2, threadsAtHand: 2), Is.False);
            Assert.That(PoolWarmUp.CanStarve(bound, workers: 16, threadsAtHand: 17), Is.False);
        });

    [Test]
    public void IsNeeded_OnlyForStrategiesOnAPool_AndForSilosWhateverThisProcessHasAtHand() =>
        Assert.Multiple(() =>
        {
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.ThreadPool, WorkloadBound.IoLatency, workers: 16, threadsAtHand: 2), Is.True);
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.ThreadPool, WorkloadBound.IoLatency, workers: 16, threadsAtHand: 32), Is.False);
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.Orleans, WorkloadBound.IoLatency, workers: 2, threadsAtHand: 32), Is.True);
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.Orleans, WorkloadBound.Cpu, workers: 16, threadsAtHand: 0), Is.False);
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.Threads, WorkloadBound.IoLatency, workers: 16, threadsAtHand: 2), Is.False);
            Assert.That(PoolWarmUp.IsNeeded(StrategyKind.ProcessPool, WorkloadBound.IoLatency, workers: 16, threadsAtHand: 2), Is.False);
        });

    [Test]
    public void ThreadsAtHand_AreAtLeastThePoolsMinimum()
    {
        ThreadPool.GetMinThreads(out int minimum, out _);

        Assert.That(PoolWarmUp.ThreadsAtHand(), Is.GreaterThanOrEqualTo(minimum));
    }

    private static Task Batch(FakeTimeProvider clock)
    {
        clock.Advance(BatchTime);
        return Task.CompletedTask;
    }
}
