using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Progress;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Progress;

/// <summary>The event processor on the first run's real cases, with measurements and a clock given by hand.</summary>
public sealed class ConsoleProgressTests
{
    private static readonly BenchmarkCase[] Cases = BenchmarkConverter.TypeToBenchmarks(
        typeof(Scaling),
        SuiteConfig.Create(new SuiteOptions(null, null, null, null, FirstRun: true, ReplacementJob: FirstRunJob.Job))).BenchmarksCases;

    private StringWriter _output = new();
    private ManualClock _clock = new();
    private ConsoleProgress _progress = null!;

    [SetUp]
    public void StartRun()
    {
        _output = new StringWriter();
        _clock = new ManualClock();
        _progress = new ConsoleProgress(_output, _clock);
        _progress.Plan(Cases);
        _progress.OnStartRunStage();
        _progress.OnStartRunBenchmarksInType(typeof(Scaling), Cases);
    }

    [TearDown]
    public void DisposeOutput() => _output.Dispose();

    [Test]
    public void Plan_AnnouncesEveryCaseAndTheJobsEstimate()
    {
        // 24 cases of the first run's job, 4 s each, and the setup's warm-up: the pool's (6 s) for the three ThreadPool × 16
        // cases of IoSleep, IoHttp and Mixed, whose tasks wait, the compiler's (2.5 s) for the other 21.
        Assert.That(Lines()[0], Does.StartWith("// >> 24 benchmark cases in 1 suite: expected about 2:47"));
    }

    [Test]
    public void Finished_CaseAfterItsBaseline_ShowsItsSpeedup()
    {
        _progress.Finished(Find(StrategyKind.Sequential, 1), [160e6]);
        _progress.Finished(Find(StrategyKind.Threads, 2), [100e6]);

        Assert.That(Lines()[^1], Does.Contain("Strategy=Threads").And.Contain(": speedup 1.60× ·"));
    }

    [Test]
    public void Finished_CaseBeforeAnyBaseline_ShowsItsMedian()
    {
        _progress.Finished(Find(StrategyKind.Threads, 2), [100e6]);

        Assert.That(Lines()[^1], Does.Contain(": median 100.00 ms ·"));
    }

    [Test]
    public void Finished_TimeLeft_FollowsTheRateOfTheFinishedCases()
    {
        // The first case took 8 s where 6.5 s were expected: the 23 left, 160 s by the estimate, take 1.23 times as long.
        _clock.Advance(TimeSpan.FromSeconds(8));
        _progress.Finished(Find(StrategyKind.Sequential, 1), [160e6]);

        Assert.That(Lines()[^1], Does.StartWith("// >> [ 1/24]").And.EndWith("0:08 elapsed, about 3:17 left"));
    }

    [Test]
    public void Finished_FailedCase_SaysSo()
    {
        _progress.Finished(Find(StrategyKind.Sequential, 1), null);

        Assert.That(Lines()[^1], Does.Contain(": failed"));
    }

    [Test]
    public void OnEndRunStage_SaysHowLongTheRunTook()
    {
        _clock.Advance(TimeSpan.FromSeconds(100));
        _progress.Finished(Find(StrategyKind.Sequential, 1), [160e6]);

        _progress.OnEndRunStage();

        Assert.That(Lines()[^1], Is.EqualTo("// >> 1 benchmark case ran in 1:40."));
    }

    private string[] Lines() => _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    private static BenchmarkCase Find(StrategyKind strategy, int workers) =>
        Cases.Single(c => CaseKey.Of(c).Scaling == (WorkloadKind.CpuCountdown, strategy, workers));
}
