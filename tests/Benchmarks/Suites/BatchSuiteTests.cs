using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;

namespace Concurrency.Tests.Benchmarks.Suites;

public sealed class BatchSuiteTests
{
    [TestCase(StrategyKind.ProcessPool, 16, 16, 64)]
    [TestCase(StrategyKind.Hybrid, 2, 16, 8)]
    [TestCase(StrategyKind.Orleans, 2, 16, 8)]
    [TestCase(StrategyKind.ProcessPool, 2, 1_000, 1)]
    public void WarmUpBatches_GiveEveryPersistentWorkerItsWarmUpTasks(StrategyKind strategy, int workers, int tasks, int batches) =>
        Assert.That(BatchSuite.WarmUpBatches(strategy, workers, tasks), Is.EqualTo(batches));

    [TestCase(StrategyKind.Threads)]
    [TestCase(StrategyKind.ProcessPerTask)]
    public void WarmUpBatches_StrategyWithoutPersistentWorkers_IsNone(StrategyKind strategy) =>
        Assert.That(BatchSuite.WarmUpBatches(strategy, 16, 16), Is.Zero);
}
