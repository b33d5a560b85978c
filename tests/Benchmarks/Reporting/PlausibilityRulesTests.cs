using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Reporting.Analysers;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>Each plausibility rule on hand-built evidence: one figure at a time is pushed past its limit.</summary>
public sealed class PlausibilityRulesTests
{
    private const string Name = "Scaling.RunBatch [Workload=CpuHash, Strategy=Threads, Workers=2] on ShortRun";

    /// <summary>A CPU-bound case on 2 cores at 1.90× its Sequential baseline, 10 quiet measurements, 1.95 cores busy.</summary>
    private static readonly CaseEvidence Plausible = new(
        Name,
        Measurements: 10,
        CoefficientOfVariation: 0.01,
        CoresBusy: 1.95,
        UsableCores: 2,
        WorkloadBound.Cpu,
        IsBaseline: false,
        new ScalingFigures(1.90, 80e6, 0.95, 2, false, 1, false, new RatioInterval(1.85, 1.95, 0.99), new RatioInterval(0.925, 0.975, 0.99)));

    [Test]
    public void PlausibleCase_NoWarning() => Assert.That(PlausibilityRules.Check(Plausible), Is.Empty);

    [Test]
    public void CoresAboveUsableCoresBeyondTolerance_WarnsWithCaseAndNumbers() =>
        Assert.That(PlausibilityRules.Check(Plausible with { CoresBusy = 2.50 }).Single(), Does.StartWith(Name).And.Contain("Cores 2.50").And.Contain("2 usable cores"));

    [Test]
    public void CoresAboveUsableCoresWithinTolerance_NoWarning() =>
        Assert.That(PlausibilityRules.Check(Plausible with { CoresBusy = 2.08 }), Is.Empty);

    [Test]
    public void CpuBoundSpeedupWhoseIntervalLiesAboveCores_WarnsWithTheInterval() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { Figures = Figures(speedup: 2.05, new RatioInterval(2.02, 2.08, 0.99)) }).Single(),
            Does.StartWith(Name).And.Contain("speedup 2.05 [2.02–2.08]").And.Contain("2 usable cores"));

    [Test]
    public void CpuBoundSpeedupAboveCoresInsideItsInterval_NoWarning() =>
        Assert.That(PlausibilityRules.Check(Plausible with { Figures = Figures(speedup: 2.05, new RatioInterval(1.97, 2.12, 0.99)) }), Is.Empty);

    [Test]
    public void CpuBoundSpeedupAboveCoresBeyondToleranceWithoutInterval_WarnsThatThereIsNone() =>
        Assert.That(PlausibilityRules.Check(Plausible with { Figures = Figures(speedup: 2.20, null) }).Single(), Does.Contain("speedup 2.200 (no interval"));

    [Test]
    public void CpuBoundSpeedupAboveCoresWithinToleranceWithoutInterval_NoWarning() =>
        Assert.That(PlausibilityRules.Check(Plausible with { Figures = Figures(speedup: 2.05, null) }), Is.Empty);

    [Test]
    public void LatencyBoundSpeedupAboveCores_NoWarning() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { Bound = WorkloadBound.IoLatency, Figures = Figures(speedup: 7.5, new RatioInterval(7.2, 7.8, 0.99)) }),
            Is.Empty);

    [Test]
    public void EfficiencyWhoseIntervalLiesAboveOne_WarnsWithTheInterval() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { Figures = Plausible.Figures! with { Efficiency = 1.04, EfficiencyInterval = new RatioInterval(1.02, 1.06, 0.99) } }).Single(),
            Does.StartWith(Name).And.Contain("efficiency 1.04 [1.02–1.06]").And.Contain("above 1"));

    [Test]
    public void EfficiencyAboveOneInsideItsInterval_NoWarning() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { Figures = Plausible.Figures! with { Efficiency = 1.01, EfficiencyInterval = new RatioInterval(0.99, 1.03, 0.99) } }),
            Is.Empty);

    [Test]
    public void SequentialBaselineRoundedPastOne_NoWarning()
    {
        var one = new RatioInterval(1.0000000000000002, 1.0000000000000002, 0.99);

        Assert.That(PlausibilityRules.Check(Plausible with { IsBaseline = true, Figures = new ScalingFigures(1, 160e6, one.Low, 2, false, 1, false, one, one) }), Is.Empty);
    }

    [Test]
    public void NoisySequentialBaseline_WarnsOnceThatItIsTooNoisyToDivideBy() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { IsBaseline = true, CoefficientOfVariation = 0.073, Measurements = 3 }).Single(),
            Does.StartWith(Name).And.Contain("Sequential baseline CV 7.3 % over 3 measurements is above 5 %"));

    [Test]
    public void SequentialBaselineBetweenAccuracyTargetAndBaselineLimit_OnlyMissesTheTarget() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { IsBaseline = true, CoefficientOfVariation = 0.04 }).Single(),
            Does.Contain("CV 4.0 %").And.Contain("3 % accuracy target").And.Not.Contain("Sequential baseline"));

    [Test]
    public void NoisyCaseThatIsNoBaseline_OnlyMissesTheTarget() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { CoefficientOfVariation = 0.073 }).Single(),
            Does.Contain("CV 7.3 %").And.Not.Contain("Sequential baseline"));

    [Test]
    public void CaseAboveTheAccuracyTarget_WarnsWithItsCv() =>
        Assert.That(
            PlausibilityRules.Check(Plausible with { CoefficientOfVariation = 0.041 }).Single(),
            Does.StartWith(Name).And.Contain("CV 4.1 % over 10 measurements").And.Contain("3 % accuracy target"));

    [Test]
    public void SingleMeasurement_NoCvWarning() =>
        Assert.That(PlausibilityRules.Check(Plausible with { CoefficientOfVariation = null, Measurements = 1 }), Is.Empty);

    private static ScalingFigures Figures(double speedup, RatioInterval? interval) =>
        Plausible.Figures! with { Speedup = speedup, SpeedupInterval = interval };
}
