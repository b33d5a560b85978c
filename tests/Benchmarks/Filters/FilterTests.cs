using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Filters;

/// <summary>The Scaling matrix as BenchmarkDotNet builds it, on jobs pinned to 2 cores so C is the same on every machine.</summary>
public sealed class FilterTests
{
    private static readonly SuiteOptions Unsliced = OnTwoCores(null, null, null);

    [Test]
    public void SequentialRunsOnlyWithOneWorker()
    {
        var cases = ScalingCases(Unsliced);

        Assert.That(
            cases.Select(CaseKey.Of).Where(key => key.Strategy == StrategyKind.Sequential).Select(key => key.Workers),
            Is.All.EqualTo(1));
    }

    [Test]
    public void KeptStrategiesRunWithKeptWorkerCountsForEveryWorkloadThatRepeatsNoOther()
    {
        var expected =
            from workload in Enum.GetValues<WorkloadKind>().Except(RepeatedWorkloadFilter.Repeating)
            from strategy in MeaninglessCaseFilter.KeptStrategies
            from workers in MeaninglessCaseFilter.KeptWorkers
            where strategy is not StrategyKind.Sequential || workers == 1
            select Name(workload, strategy, workers);

        Assert.That(ScalingCases(Unsliced).Select(Name), Is.SupersetOf(expected));
    }

    [Test]
    public void SlicingOptionsKeepOnlyTheChosenValues()
    {
        var options = OnTwoCores([WorkloadKind.IoSleep], [StrategyKind.Threads, StrategyKind.Sequential], [1, 16]);

        var cases = ScalingCases(options);

        Assert.That(cases.Select(Name), Is.EquivalentTo(new[] { "IoSleep/Sequential/1", "IoSleep/Threads/1", "IoSleep/Threads/16" }));
    }

    [Test]
    public void WithoutNamedWorkloads_WorkloadsThatRepeatCpuCountdownAreLeftOut()
    {
        var workloads = ScalingCases(Unsliced).Select(c => CaseKey.Of(c).Workload).Distinct();

        Assert.That(workloads, Has.Member(WorkloadKind.CpuCountdown).And.No.Member(WorkloadKind.CpuRangeSum).And.No.Member(WorkloadKind.CpuPrimes));
    }

    [Test]
    public void NamedWorkloadThatRepeatsAnother_Runs()
    {
        var cases = ScalingCases(OnTwoCores([WorkloadKind.CpuPrimes], [StrategyKind.Sequential], null));

        Assert.That(cases.Select(Name), Is.EqualTo(new[] { "CpuPrimes/Sequential/1" }));
    }

    [Test]
    public void SliceFilterLeavesClassesWithoutTheParameterAlone()
    {
        var filter = new SliceFilter([WorkloadKind.IoSleep], null, null);
        var overhead = BenchmarkConverter.TypeToBenchmarks(typeof(Overhead), SuiteConfig.Create(Unsliced)).BenchmarksCases;

        Assert.That(overhead.Select(filter.Predicate), Is.Not.Empty.And.All.True);
    }

    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.Sequential, 2, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.Plinq, 1, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.ProcessPerTask, 1, 2)]
    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.Threads, 4, 2)]
    [TestCase(WorkloadKind.MemDot, StrategyKind.ProcessPool, 8, 2)]
    [TestCase(WorkloadKind.CpuHash, StrategyKind.Plinq, 2, 2)]
    [TestCase(WorkloadKind.MemAdd, StrategyKind.Channel, 16, 8)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.TaskWhenAll, 4, 2)]
    [TestCase(WorkloadKind.CpuPrimes, StrategyKind.GilThreads, 8, 8)]
    [TestCase(WorkloadKind.IoHttp, StrategyKind.Hybrid, 16, 2)]
    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.Hybrid, 2, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.ProcessPerTask, 8, 2)]
    [TestCase(WorkloadKind.IoHttp, StrategyKind.ProcessPerTask, 16, 2)]
    [TestCase(WorkloadKind.MemDot, StrategyKind.ProcessPerTask, 2, 8)]
    public void Repeats_CaseThatRepeatsAnother_SaysWhy(WorkloadKind workload, StrategyKind strategy, int workers, int cores) =>
        Assert.That(MeaninglessCaseFilter.Repeats(workload, strategy, workers, cores), Is.Not.Null.And.Not.Empty);

    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.Sequential, 1, 2)]
    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.GilThreads, 16, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.Plinq, 4, 2)]
    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.Threads, 4, 8)]
    [TestCase(WorkloadKind.IoDelay, StrategyKind.TaskWhenAll, 4, 2)]
    [TestCase(WorkloadKind.CpuHash, StrategyKind.GilThreads, 8, 8)]
    [TestCase(WorkloadKind.Mixed, StrategyKind.Hybrid, 4, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.ProcessPerTask, 16, 2)]
    [TestCase(WorkloadKind.CpuCountdown, StrategyKind.ProcessPerTask, 2, 2)]
    [TestCase(WorkloadKind.IoSleep, StrategyKind.ProcessPerTask, 8, 8)]
    public void Repeats_CaseThatAddsInformation_IsNull(WorkloadKind workload, StrategyKind strategy, int workers, int cores) =>
        Assert.That(MeaninglessCaseFilter.Repeats(workload, strategy, workers, cores), Is.Null);

    private static SuiteOptions OnTwoCores(IReadOnlyList<WorkloadKind>? workloads, IReadOnlyList<StrategyKind>? strategies, IReadOnlyList<int>? workers) =>
        new(workloads, strategies, workers, null, CoreAxis.Expand([Job.Dry], [2], availableMask: 0b11));

    private static string Name(BenchmarkCase c) => CaseKey.Of(c).Scaling is var (workload, strategy, workers) ? Name(workload, strategy, workers) : "not a Scaling case";

    private static string Name(WorkloadKind workload, StrategyKind strategy, int workers) => $"{workload}/{strategy}/{workers}";

    private static BenchmarkCase[] ScalingCases(SuiteOptions options) =>
        BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), SuiteConfig.Create(options)).BenchmarksCases;
}
