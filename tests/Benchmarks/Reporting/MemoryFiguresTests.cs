using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>The memory per worker of real Scaling cases, with hand-picked peaks instead of a run.</summary>
public sealed class MemoryFiguresTests
{
    private const double Megabyte = 1024 * 1024;

    [Test]
    public void ProcessPoolCase_PerWorkerIsTheGrowthOverSequentialDividedByWorkers()
    {
        var cases = Cases();
        var peaks = Peaks(cases, (StrategyKind.Sequential, 1, 100), (StrategyKind.ProcessPool, 2, 160));

        var figures = MemoryFigures.For(cases, Find(cases, StrategyKind.ProcessPool, 2), peaks);

        Assert.That(figures?.RssPerWorker, Is.EqualTo(30 * Megabyte));
    }

    [Test]
    public void SequentialCase_CostsNothingPerWorker()
    {
        var cases = Cases();
        var peaks = Peaks(cases, (StrategyKind.Sequential, 1, 100));

        Assert.That(MemoryFigures.For(cases, Find(cases, StrategyKind.Sequential, 1), peaks)?.RssPerWorker, Is.Zero);
    }

    [Test]
    public void WorkerSmallerThanTheNoiseBetweenProcesses_ShowsBelowZero()
    {
        var cases = Cases();
        var peaks = Peaks(cases, (StrategyKind.Sequential, 1, 100), (StrategyKind.Threads, 2, 99));

        Assert.That(MemoryFigures.For(cases, Find(cases, StrategyKind.Threads, 2), peaks)?.RssPerWorker, Is.EqualTo(-0.5 * Megabyte));
    }

    [Test]
    public void CaseWhoseSequentialHasNoPeak_HasNoFigures()
    {
        var cases = Cases();
        var peaks = Peaks(cases, (StrategyKind.Threads, 2, 120));

        Assert.That(MemoryFigures.For(cases, Find(cases, StrategyKind.Threads, 2), peaks), Is.Null);
    }

    [Test]
    public void CaseWithoutItsOwnPeak_HasNoFigures()
    {
        var cases = Cases();
        var peaks = Peaks(cases, (StrategyKind.Sequential, 1, 100));

        Assert.That(MemoryFigures.For(cases, Find(cases, StrategyKind.Threads, 2), peaks), Is.Null);
    }

    private static BenchmarkCase[] Cases()
    {
        var options = new SuiteOptions(
            [WorkloadKind.CpuCountdown], [StrategyKind.Sequential, StrategyKind.Threads, StrategyKind.ProcessPool], [1, 2], null, CoreAxis.Expand([Job.Dry], [2], availableMask: 0b11));
        return BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), SuiteConfig.Create(options)).BenchmarksCases;
    }

    private static BenchmarkCase Find(IEnumerable<BenchmarkCase> cases, StrategyKind strategy, int workers) =>
        cases.Single(c => CaseKey.Of(c) is var key && key.Strategy == strategy && key.Workers == workers);

    /// <summary>Each listed case's peak in MB; cases not listed have none.</summary>
    private static Func<BenchmarkCase, double?> Peaks(
        IEnumerable<BenchmarkCase> cases, params (StrategyKind Strategy, int Workers, double Megabytes)[] peaks)
    {
        var byCase = peaks.ToDictionary(peak => Find(cases, peak.Strategy, peak.Workers), peak => peak.Megabytes * Megabyte);
        return c => byCase.TryGetValue(c, out double bytes) ? bytes : null;
    }
}
