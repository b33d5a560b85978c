using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Filters;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Filters;

public sealed class FilterTests
{
    private static readonly SuiteOptions Unsliced = new(null, null, null, null);

    [Test]
    public void SequentialRunsOnlyWithOneWorker()
    {
        var cases = ScalingCases(Unsliced);

        Assert.That(
            cases.Where(c => Equals(CaseParameters.Get(c, CaseParameters.Strategy), StrategyKind.Sequential))
                .Select(c => CaseParameters.Get(c, CaseParameters.Workers)),
            Is.All.EqualTo(1));
    }

    [Test]
    public void OtherStrategiesKeepEveryWorkerCount()
    {
        var cases = ScalingCases(Unsliced);

        Assert.That(
            cases.Count(c => Equals(CaseParameters.Get(c, CaseParameters.Strategy), StrategyKind.Threads)),
            Is.EqualTo(Enum.GetValues<WorkloadKind>().Length * 5));
    }

    [Test]
    public void SlicingOptionsKeepOnlyTheChosenValues()
    {
        var options = new SuiteOptions([WorkloadKind.IoSleep], [StrategyKind.Threads, StrategyKind.Sequential], [1, 16], null);

        var cases = ScalingCases(options);

        Assert.That(
            cases.Select(c => $"{CaseParameters.Get(c, CaseParameters.Workload)}/{CaseParameters.Get(c, CaseParameters.Strategy)}/{CaseParameters.Get(c, CaseParameters.Workers)}"),
            Is.EquivalentTo(new[] { "IoSleep/Sequential/1", "IoSleep/Threads/1", "IoSleep/Threads/16" }));
    }

    [Test]
    public void ParameterFilterLeavesClassesWithoutTheParameterAlone()
    {
        var filter = new ParameterValueFilter("NoSuchParameter", [1]);

        Assert.That(ScalingCases(Unsliced).All(filter.Predicate), Is.True);
    }

    private static BenchmarkCase[] ScalingCases(SuiteOptions options) =>
        BenchmarkConverter.TypeToBenchmarks(typeof(Scaling), SuiteConfig.Create(options)).BenchmarksCases;
}
