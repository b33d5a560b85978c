using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

using static Concurrency.Tests.Benchmarks.Reporting.MedianRatioTests;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>
/// The figures of real Scaling cases, with hand-picked measurements instead of a run; jobs pinned to 2 cores so C is
/// known. A single measurement stands for a case whose median is that time.
/// </summary>
public sealed class ScalingFiguresTests
{
    private const double Millisecond = 1e6;

    [Test]
    public void ParallelCase_FiguresAgainstSequentialAndTheLimit()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, [160]), (StrategyKind.Threads, 2, [100]));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured);

        // t1 = 160 / 16 = 10 ms; ideal = 10 × ceil(16 / min(2, 2)) = 80 ms.
        Assert.That(figures, Is.EqualTo(new ScalingFigures(Speedup: 1.6, Ideal: 80 * Millisecond, Efficiency: 0.8, Cores: 2, Approximate: false, CpuShare: 1, CpuShareMeasured: false)));
    }

    [Test]
    public void SequentialCase_IsItsOwnLimit()
    {
        var cases = Cases(StrategyKind.Sequential);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, [160]));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Sequential, 1), measured);

        Assert.That(figures, Is.EqualTo(new ScalingFigures(1, 160 * Millisecond, 1, 2, false, 1, false)));
    }

    [Test]
    public void CaseWithoutSequentialInTheRun_HasNoFigures()
    {
        var cases = Cases(StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Threads, 2, [100]));

        Assert.That(ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured), Is.Null);
    }

    [Test]
    public void CaseWhoseSequentialFailed_HasNoFigures()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Threads, 2, [100]));

        Assert.That(ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured), Is.Null);
    }

    [Test]
    public void BaselineComesFromTheSameCoreCount()
    {
        var cases = Cases([1, 2], StrategyKind.Sequential, StrategyKind.Threads);
        var oneCore = cases.Where(c => CaseParameters.UsableCores(c) == 1).ToArray();
        var measured = Measured(cases, (StrategyKind.Sequential, 1, [160]), (StrategyKind.Threads, 2, [160]));

        var figures = ScalingFigures.For(cases, Find(oneCore, StrategyKind.Threads, 2), measured);

        // One core: ideal = 10 × 16 = 160 ms, so two workers that gain nothing are at the limit.
        Assert.That(figures, Is.EqualTo(new ScalingFigures(1, 160 * Millisecond, 1, 1, false, 1, false)));
    }

    [Test]
    public void SequentialCoresMeasured_TheLimitModelTakesTheBaselinesShareNotTheCases()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, [160]), (StrategyKind.Threads, 2, [100]));
        var sequential = Find(cases, StrategyKind.Sequential, 1);

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured, c => c == sequential ? 0.97 : 1.9)!;

        Assert.That((figures.CpuShare, figures.CpuShareMeasured), Is.EqualTo((0.97, true)));
    }

    [Test]
    public void MeasuredShareBelowTheNominal_LowersTheCoresLimit()
    {
        // Mixed's nominal share is 1/2; measured 1/4. t1 = 10 ms: 16 workers on 2 cores take max(10, 0.25 × 80) = 20 ms.
        var figures = ScalingFigures.Compute(WorkloadKind.Mixed, StrategyKind.Threads, 16, 16, 2, 25 * Millisecond, 160 * Millisecond, sequentialCores: 0.25);

        Assert.That((figures.Ideal, figures.Efficiency), Is.EqualTo((20 * Millisecond, 0.8)));
    }

    [Test]
    public void SequentialCoresNotMeasured_TheBoundsNominalShare()
    {
        // Mixed's nominal share 1/2: max(10, 0.5 × 80) = 40 ms.
        var figures = ScalingFigures.Compute(WorkloadKind.Mixed, StrategyKind.Threads, 16, 16, 2, 50 * Millisecond, 160 * Millisecond, sequentialCores: null);

        Assert.That((figures.Ideal, figures.CpuShare, figures.CpuShareMeasured), Is.EqualTo((40 * Millisecond, 0.5, false)));
    }

    [Test]
    public void FewMeasurements_FiguresWithoutIntervals()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, [159, 160, 161]), (StrategyKind.Threads, 2, [99, 100, 101]));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured)!;

        Assert.That((figures.SpeedupInterval, figures.EfficiencyInterval), Is.EqualTo(((RatioInterval?)null, (RatioInterval?)null)));
    }

    [Test]
    public void EnoughMeasurements_SpeedupIsTheRatioOfMediansInsideItsInterval()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, Spread(160, 2, 12)), (StrategyKind.Threads, 2, Spread(100, 2, 12)));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured)!;

        Assert.That(figures.Speedup, Is.EqualTo(1.6).Within(1e-9).And.InRange(figures.SpeedupInterval!.Low, figures.SpeedupInterval.High));
    }

    [Test]
    public void EnoughMeasurements_EfficiencyIntervalIsTheSpeedupIntervalScaledByIdealOverSequential()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, Spread(160, 2, 12)), (StrategyKind.Threads, 2, Spread(100, 2, 12)));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), measured)!;

        // Ideal = 80 ms of a 160 ms Sequential median: efficiency = speedup × 0.5, bounds included.
        var (speedup, efficiency) = (figures.SpeedupInterval!, figures.EfficiencyInterval!);
        Assert.Multiple(() =>
        {
            Assert.That(efficiency.Low, Is.EqualTo(speedup.Low * 0.5).Within(1e-9));
            Assert.That(efficiency.High, Is.EqualTo(speedup.High * 0.5).Within(1e-9));
        });
    }

    [Test]
    public void SequentialCase_EnoughMeasurements_ExactlyOneWithoutUncertainty()
    {
        var cases = Cases(StrategyKind.Sequential);
        var measured = Measured(cases, (StrategyKind.Sequential, 1, Spread(160, 2, 12)));

        var figures = ScalingFigures.For(cases, Find(cases, StrategyKind.Sequential, 1), measured)!;

        Assert.That(figures.SpeedupInterval, Is.EqualTo(new RatioInterval(1, 1, 0.99)));
    }

    [Test]
    public void OutlierInTheSequentialBaseline_MovesTheSpeedupNoFurtherThanItsInterval()
    {
        var cases = Cases(StrategyKind.Sequential, StrategyKind.Threads);
        double[] sequential = Spread(163, 1, 12);
        double[] withOutlier = [.. sequential];
        withOutlier[5] = 185;
        double[] threads = Spread(82, 1, 12);

        var clean = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), Measured(cases, (StrategyKind.Sequential, 1, sequential), (StrategyKind.Threads, 2, threads)))!;
        var disturbed = ScalingFigures.For(cases, Find(cases, StrategyKind.Threads, 2), Measured(cases, (StrategyKind.Sequential, 1, withOutlier), (StrategyKind.Threads, 2, threads)))!;

        Assert.That(disturbed.Speedup, Is.InRange(clean.SpeedupInterval!.Low, clean.SpeedupInterval.High));
    }

    private static BenchmarkCase[] Cases(params StrategyKind[] strategies) => Cases([2], strategies);

    private static BenchmarkCase[] Cases(int[] coreCounts, params StrategyKind[] strategies)
    {
        var options = new SuiteOptions(
            [WorkloadKind.CpuCountdown], strategies, [1, 2], null, CoreAxis.Expand([Job.Dry], coreCounts, availableMask: 0b11));
        return BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), SuiteConfig.Create(options)).BenchmarksCases;
    }

    private static BenchmarkCase Find(IEnumerable<BenchmarkCase> cases, StrategyKind strategy, int workers) =>
        cases.Single(c => CaseKey.Of(c) is var key && key.Strategy == strategy && key.Workers == workers);

    /// <summary>The same measurements in every job for each (strategy, workers); cases not listed have no result.</summary>
    private static Func<BenchmarkCase, IReadOnlyList<double>?> Measured(
        IEnumerable<BenchmarkCase> cases, params (StrategyKind Strategy, int Workers, double[] Milliseconds)[] measured)
    {
        var byCase = cases
            .SelectMany(c => measured
                .Where(m => CaseKey.Of(c) is var key && key.Strategy == m.Strategy && key.Workers == m.Workers)
                .Select(m => (Case: c, Times: m.Milliseconds.Select(time => time * Millisecond).ToArray())))
            .ToDictionary(pair => pair.Case, pair => pair.Times);
        return c => byCase.GetValueOrDefault(c);
    }
}
