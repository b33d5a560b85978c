using Concurrency.Benchmarks.Recommendations;
using Concurrency.Strategies;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Recommendations.SyntheticCases;

namespace Concurrency.Tests.Benchmarks.Recommendations;

/// <summary>Each pitfall appears when the synthetic figures show it, names the case that shows it, and only then.</summary>
public sealed class PitfallRulesTests
{
    private const WorkloadKind Cpu = WorkloadKind.CpuCountdown;
    private const WorkloadKind Sleep = WorkloadKind.IoSleep;

    /// <summary>A case beside Sequential and the Threads case <see cref="ThreadsOn"/> gives, that shows a pitfall naming it.</summary>
    [TestCase(Sleep, StrategyKind.ThreadPool, 4.8, 4.1, 5.0, PitfallKinds.ThreadPoolStarvation, TestName = "ThreadPoolFarBelowThreads_IsStarvationNamingThePoolCase")]
    [TestCase(Cpu, StrategyKind.TaskWhenAll, 1.00, 0.99, 1.01, PitfallKinds.AsyncDoesNotParallelise, TestName = "AsyncNoFasterThanSequentialOnCpuWork_IsAPitfallNamingItsCase")]
    [TestCase(Cpu, StrategyKind.ProcessPerTask, 0.30, 0.29, 0.31, PitfallKinds.ProcessStartUp, TestName = "ProcessPerTaskSlowerThanSequential_IsStartUpNamingItsCase")]
    public void PitfallNamesItsCase(WorkloadKind workload, StrategyKind strategy, double speedup, double low, double high, string kind)
    {
        var threads = ThreadsOn(workload);

        var pitfalls = PitfallsOf(Sequential(workload), threads, Case(workload, strategy, threads.Workers, speedup, low, high));

        Assert.That(
            pitfalls.Where(pitfall => pitfall.Kind == kind).Select(pitfall => pitfall.Case),
            Is.EqualTo(new[] { NameOf(workload, strategy, threads.Workers) }));
    }

    /// <summary>A case beside Sequential and the Threads case <see cref="ThreadsOn"/> gives, that shows no pitfall.</summary>
    [TestCase(Sleep, StrategyKind.GilThreads, 13.6, 13.2, 13.9, TestName = "GilThreadsThatScale_AreNoPitfall")]
    [TestCase(Cpu, StrategyKind.ProcessPerTask, 0.97, 0.93, 1.02, TestName = "ProcessPerTaskWhoseIntervalReachesSequential_IsNoPitfall")]
    public void NoPitfall(WorkloadKind workload, StrategyKind strategy, double speedup, double low, double high)
    {
        var threads = ThreadsOn(workload);

        var pitfalls = PitfallsOf(Sequential(workload), threads, Case(workload, strategy, threads.Workers, speedup, low, high));

        Assert.That(pitfalls, Is.Empty);
    }

    [Test]
    public void ThreadPoolCloseToThreads_IsNoStarvation()
    {
        var pitfalls = PitfallsOf(
            Sequential(Sleep),
            ThreadsOn(Sleep),
            Case(Sleep, StrategyKind.ThreadPool, 16, 12.9, 12.5, 13.2));

        Assert.That(pitfalls.Select(pitfall => pitfall.Kind), Has.None.EqualTo(PitfallKinds.ThreadPoolStarvation));
    }

    [Test]
    public void ThreadPoolBelowThreadsWithinTheCores_IsNoStarvation()
    {
        var pitfalls = PitfallsOf(
            Sequential(Sleep),
            Case(Sleep, StrategyKind.Threads, 2, 1.99, 1.98, 2.00),
            Case(Sleep, StrategyKind.ThreadPool, 2, 1.20, 1.10, 1.30));

        Assert.That(pitfalls.Select(pitfall => pitfall.Kind), Has.None.EqualTo(PitfallKinds.ThreadPoolStarvation));
    }

    [Test]
    public void StarvationText_GivesBothFigures()
    {
        var pitfalls = PitfallsOf(
            Sequential(Sleep),
            ThreadsOn(Sleep),
            Case(Sleep, StrategyKind.ThreadPool, 16, 4.8, 4.1, 5.0));

        Assert.That(pitfalls.Single(pitfall => pitfall.Kind == PitfallKinds.ThreadPoolStarvation).Text, Does.Contain("ThreadPool × 16 reached 4.80× [4.10–5.00]").And.Contain("Threads × 16 reached 13.40× [13.00–13.80]"));
    }

    [Test]
    public void AsyncNoFasterThanSequentialOnBlockingWork_IsAsyncOverBlocking()
    {
        var pitfalls = PitfallsOf(
            Sequential(Sleep),
            ThreadsOn(Sleep),
            Case(Sleep, StrategyKind.TaskWhenAll, 16, 1.00, 0.99, 1.01));

        Assert.That(pitfalls.Select(pitfall => pitfall.Kind), Does.Contain(PitfallKinds.AsyncOverBlocking));
    }

    [Test]
    public void AsyncNoFasterWhenNothingRanFaster_IsNoPitfall()
    {
        var pitfalls = PitfallsOf(
            Sequential(WorkloadKind.IoFile),
            Case(WorkloadKind.IoFile, StrategyKind.Threads, 16, 1.05, 1.00, 1.08),
            Case(WorkloadKind.IoFile, StrategyKind.TaskWhenAll, 16, 1.00, 0.99, 1.01));

        Assert.That(pitfalls, Is.Empty);
    }

    [Test]
    public void GilThreadsNoFasterOnCpuWork_IsAPitfall()
    {
        var pitfalls = PitfallsOf(
            Sequential(Cpu),
            ThreadsOn(Cpu),
            Case(Cpu, StrategyKind.GilThreads, 2, 0.97, 0.96, 0.98));

        Assert.That(pitfalls.Select(pitfall => pitfall.Kind), Is.EqualTo(new[] { PitfallKinds.GilThreadsDoNotScale }));
    }

    [Test]
    public void WarningOfTheRecommendedCase_IsAPitfallNamingIt()
    {
        var pitfalls = PitfallsOf(Sequential(Cpu), ThreadsOn(Cpu, "CV 4.0 % misses the 3 % accuracy target"));

        Assert.That(
            pitfalls.Select(pitfall => (pitfall.Kind, pitfall.Text, pitfall.Case)),
            Is.EqualTo(new[] { (PitfallKinds.Plausibility, "CV 4.0 % misses the 3 % accuracy target", NameOf(Cpu, StrategyKind.Threads, 2)) }));
    }

    [Test]
    public void WarningNamingItsCase_LosesTheNameThePitfallCarries()
    {
        string name = NameOf(Cpu, StrategyKind.Threads, 2);

        var pitfalls = PitfallsOf(Sequential(Cpu), ThreadsOn(Cpu, $"{name}: CV 4.0 % misses the 3 % accuracy target"));

        Assert.That(pitfalls.Single().Text, Is.EqualTo("CV 4.0 % misses the 3 % accuracy target"));
    }

    [Test]
    public void WarningOfACaseTheGuideDoesNotRestOn_IsNoPitfall()
    {
        var pitfalls = PitfallsOf(
            Sequential(Cpu),
            ThreadsOn(Cpu),
            Case(Cpu, StrategyKind.ThreadPool, 2, 1.50, 1.45, 1.55),
            Case(Cpu, StrategyKind.ProcessPool, 2, 1.40, 1.35, 1.45, "CV 9.0 % misses the 3 % accuracy target"));

        Assert.That(pitfalls, Is.Empty);
    }

    [Test]
    public void EveryPitfall_NamesACaseOfTheRun()
    {
        MeasuredCase[] cases =
        [
            Sequential(Sleep),
            ThreadsOn(Sleep, "CV 3.5 % misses the 3 % accuracy target"),
            Case(Sleep, StrategyKind.ThreadPool, 16, 4.8, 4.1, 5.0),
            Case(Sleep, StrategyKind.TaskWhenAll, 16, 1.00, 0.99, 1.01),
            Case(Sleep, StrategyKind.ProcessPerTask, 16, 0.40, 0.38, 0.42),
        ];

        var pitfalls = PitfallsOf(cases);

        // Starvation, async over a blocking call, a process per task, and the recommended case's warning.
        Assert.That(pitfalls.Select(pitfall => cases.Any(measured => measured.Name == pitfall.Case)), Is.EqualTo(new[] { true, true, true, true }));
    }

    /// <summary>The Threads case the tests set the others against: 16 sleepers near 13×, or 2 CPU workers near 2×.</summary>
    private static MeasuredCase ThreadsOn(WorkloadKind workload, params string[] warnings) => workload switch
    {
        Sleep => Case(Sleep, StrategyKind.Threads, 16, 13.4, 13.0, 13.8, warnings),
        Cpu => Case(Cpu, StrategyKind.Threads, 2, 1.90, 1.85, 1.95, warnings),
        _ => throw new ArgumentOutOfRangeException(nameof(workload), workload, $"no Threads case is set for {workload}"),
    };

    private static Pitfall[] PitfallsOf(params MeasuredCase[] cases) => [.. Recommender.RecommendFor(cases).Pitfalls];
}
