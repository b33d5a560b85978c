using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Progress;
using Concurrency.Benchmarks.Suites;
using Concurrency.Benchmarks.WarmUp;
using Concurrency.Strategies;
using Concurrency.Workloads;
using Perfolizer.Horology;

namespace Concurrency.Tests.Benchmarks.Progress;

/// <summary>The expected duration of a case from its job and parameters, and the time a run has left.</summary>
public sealed class TimeLeftTests
{
    private static IEnumerable<TestCaseData> ScalingCaseWarmUps()
    {
        // 16 blocking tasks starve a pool of one thread per core only on a machine with fewer than 16 cores: elsewhere the
        // case does not exist, rather than being skipped. The other cases hold on any machine.
        if (Environment.ProcessorCount < 16)
        {
            yield return new TestCaseData(WorkloadKind.IoSleep, StrategyKind.ThreadPool, 16, 18.0);
        }

        yield return new TestCaseData(WorkloadKind.IoHttp, StrategyKind.Orleans, 1, 18.0);
        yield return new TestCaseData(WorkloadKind.CpuCountdown, StrategyKind.ThreadPool, 16, 14.5);
        yield return new TestCaseData(WorkloadKind.IoSleep, StrategyKind.Threads, 16, 14.5);
    }

    [Test]
    public void Estimate_BeforeAnyCaseFinished_IsTheEstimateOfTheRest()
    {
        Assert.That(TimeLeft.Estimate(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(90)), Is.EqualTo(TimeSpan.FromSeconds(90)));
    }

    [Test]
    public void Estimate_CasesSlowerThanEstimated_ScalesTheRestAlike()
    {
        // The finished cases took 60 s where 30 s were expected: the rest's 90 s become 180 s.
        Assert.That(TimeLeft.Estimate(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(90)), Is.EqualTo(TimeSpan.FromSeconds(180)));
    }

    [Test]
    public void CaseDuration_FirstRunJob_IsItsFixedIterations()
    {
        // 1 s + (3 stage + 2 warm-up + 10 measured iterations) × 200 ms.
        Assert.That(CaseDuration.Estimate(FirstRunJob.Job), Is.EqualTo(TimeSpan.FromSeconds(4)));
    }

    [Test]
    public void CaseDuration_ScalingJob_IsItsFixedIterations()
    {
        // 1 s + (3 stage + 8 measured iterations) × 1 s.
        Assert.That(CaseDuration.Estimate(ScalingJobConfig.Job), Is.EqualTo(TimeSpan.FromSeconds(12)));
    }

    [Test]
    public void CaseDuration_JobWithoutIterationTime_TakesBenchmarkDotNetsDefault()
    {
        // ShortRun: 3 warm-ups and 3 measured iterations of the default 500 ms.
        Assert.That(CaseDuration.Estimate(Job.ShortRun), Is.EqualTo(TimeSpan.FromSeconds(5.5)));
    }

    [Test]
    public void CaseDuration_JobWithMinimumCountsOnly_TakesTheMinima()
    {
        // 1 s + (3 + 4 + 8) × 100 ms.
        var job = Job.Default.WithMinWarmupCount(4).WithMinIterationCount(8).WithIterationTime(TimeInterval.FromMilliseconds(100));

        Assert.That(CaseDuration.Estimate(job), Is.EqualTo(TimeSpan.FromSeconds(2.5)));
    }

    [Test]
    public void CaseDuration_JobWithMaximumCountsOnly_TakesBenchmarkDotNetsMinima()
    {
        // A maximum alone says nothing about where BenchmarkDotNet stops: 1 s + (3 + 6 + 15) × 100 ms.
        var job = Job.Default.WithMaxWarmupCount(20).WithMaxIterationCount(30).WithIterationTime(TimeInterval.FromMilliseconds(100));

        Assert.That(CaseDuration.Estimate(job), Is.EqualTo(TimeSpan.FromSeconds(3.4)));
    }

    [TestCaseSource(nameof(ScalingCaseWarmUps))]
    public void CaseDuration_ScalingCase_AddsThePoolWarmUpWhereItsPoolCanStarve_ElseTheCompilers(WorkloadKind workload, StrategyKind strategy, int workers, double seconds)
    {
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), ManualConfig.CreateEmpty()).BenchmarksCases;

        var benchmarkCase = cases.Single(c => CaseKey.Of(c).Scaling == (workload, strategy, workers));

        Assert.That(CaseDuration.Estimate(benchmarkCase, setupWarmUp: true), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void CaseDuration_RunWithoutSetupWarmUp_AddsNone()
    {
        var config = ManualConfig.CreateEmpty().AddJob(Job.Dry);
        var cases = BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), config).BenchmarksCases;

        var benchmarkCase = cases.Single(c => CaseKey.Of(c).Scaling == (WorkloadKind.IoSleep, StrategyKind.ThreadPool, 16));

        Assert.That(CaseDuration.Estimate(benchmarkCase, setupWarmUp: false), Is.EqualTo(CaseDuration.Estimate(benchmarkCase.Job)));
    }
}
