using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>The figures of real Scaling cases, with hand-picked means instead of a run; jobs pinned to 2 cores so C is known.</summary>
public sealed class ScalingFiguresTests
{
    private const double Millisecond = 1e6;

    [Test]
    public void ParallelCase_FiguresAgainstSequentialAndTheLimit()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var means = Means(cases, (StrategyKind.Sequential, 1, 160), (StrategyKind.Threads, 2, 100));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), means);

        // t1 = 160 / 16 = 10 ms; ideal = 10 × ceil(16 / min(2, 2)) = 80 ms.
        Assert.That(figures, Is.EqualTo(new ScalingFigures(Speedup: 1.6, Ideal: 80 * Millisecond, Efficiency: 0.8, Cores: 2, Approximate: false)));
    }

    [Test]
    public void SequentialCase_IsItsOwnLimit()
    {
        var cases = Cases(StrategyKind.Sequential);
        var means = Means(cases, (StrategyKind.Sequential, 1, 160));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Sequential, 1), means);

        Assert.That(figures, Is.EqualTo(new ScalingFigures(1, 160 * Millisecond, 1, 2, false)));
    }

    [Test]
    public void CaseWithoutSequentialInTheRun_HasNoFigures()
    {
        var cases = Cases(StrategyKind.Threads);
        var means = Means(cases, (StrategyKind.Threads, 2, 100));

        Assert.That(ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), means), Is.Null);
    }

    [Test]
    public void CaseWhoseSequentialFailed_HasNoFigures()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var means = Means(cases, (StrategyKind.Threads, 2, 100));

        Assert.That(ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), means), Is.Null);
    }

    [Test]
    public void BaselineComesFromTheSameCoreCount()
    {
        var cases = Cases([1, 2], StrategyKind.Sequential, StrategyKind.Threads);
        var oneCore = cases.Where(c => ScalingFigures.UsableCores(c) == 1).ToArray();
        var means = Means(cases, (StrategyKind.Sequential, 1, 160), (StrategyKind.Threads, 2, 160));

        var figures = ScalingFigures.For(cases, Find(oneCore, StrategyKind.Threads, 2), means);

        // One core: ideal = 10 × 16 = 160 ms, so two workers that gain nothing are at the limit.
        Assert.That(figures, Is.EqualTo(new ScalingFigures(1, 160 * Millisecond, 1, 1, false)));
    }

    private static BenchmarkCase[] Cases(params StrategyKind[] strategies) => Cases([2], strategies);

    private static BenchmarkCase[] Cases(int[] coreCounts, params StrategyKind[] strategies)
    {
        var options = new SuiteOptions(
            [WorkloadKind.CpuCountdown], strategies, [1, 2], null, CoreAxis.Expand([Job.Dry], coreCounts, availableMask: 0b11));
        return BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), SuiteConfig.Create(options)).BenchmarksCases;
    }

    private static BenchmarkCase Find(IEnumerable<BenchmarkCase> cases, StrategyKind strategy, int workers) =>
        cases.Single(c => Equals(CaseParameters.Get(c, CaseParameters.Strategy), strategy)
            && Equals(CaseParameters.Get(c, CaseParameters.Workers), workers));

    /// <summary>The same mean in every job for each (strategy, workers); cases not listed have no result.</summary>
    private static Func<BenchmarkCase, double?> Means(IEnumerable<BenchmarkCase> cases, params (StrategyKind Strategy, int Workers, double Milliseconds)[] means)
    {
        var byCase = cases
            .SelectMany(c => means
                .Where(m => Equals(CaseParameters.Get(c, CaseParameters.Strategy), m.Strategy)
                    && Equals(CaseParameters.Get(c, CaseParameters.Workers), m.Workers))
                .Select(m => (Case: c, Mean: m.Milliseconds * Millisecond)))
            .ToDictionary(pair => pair.Case, pair => pair.Mean);
        return c => byCase.TryGetValue(c, out double mean) ? mean : null;
    }
}
