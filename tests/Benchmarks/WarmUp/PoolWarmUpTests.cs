using Concurrency.Benchmarks.WarmUp;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.WarmUp;

/// <summary>When a case waits for a thread pool, and what its signal reads.</summary>
public sealed class PoolWarmUpTests
{
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

    [Test]
    public void Signal_ReadsTheThreadsAndAllowsNoGrowthOverTheSettle()
    {
        int threads = 7;

        var signal = PoolWarmUp.Signal(() => threads);

        Assert.Multiple(() =>
        {
            Assert.That(signal.Read(), Is.EqualTo(7));
            Assert.That(signal.Window, Is.EqualTo(PoolWarmUp.Settle));
            Assert.That(signal.Tolerance, Is.Zero);
        });
    }
}
