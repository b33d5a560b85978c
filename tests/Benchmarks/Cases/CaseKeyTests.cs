using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Configuration;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Benchmarks.Suites;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Cases;

/// <summary>One key for a case, read from a live case as BenchmarkDotNet builds it and from what its report saves.</summary>
public sealed class CaseKeyTests
{
    private const string SavedJob = "ShortRun(IterationCount=3, LaunchCount=1, WarmupCount=3)";

    private static readonly SuiteOptions Sliced = new(
        [WorkloadKind.CpuCountdown, WorkloadKind.IoSleep], [StrategyKind.Sequential, StrategyKind.Threads], [1, 2], null,
        CoreAxis.Expand([Job.Dry], [1, 2], availableMask: 0b11));

    [Test]
    public void LiveCase_EqualsTheKeyReadFromItsSavedReport()
    {
        var cases = Live(typeof(Scaling));

        Assert.That(cases.Select(c => CaseKey.Of(Saved(c))), Is.EqualTo(cases.Select(CaseKey.Of)));
    }

    [Test]
    public void LiveCase_RoundTripsThroughItsSavedForm()
    {
        var keys = Live(typeof(Scaling)).Select(CaseKey.Of).ToArray();

        Assert.That(keys.Select(key => CaseKey.Parse(key.Benchmark, key.Parameters, key.Job)), Is.EqualTo(keys));
    }

    [Test]
    public void LiveScalingCase_HasItsParametersTypedAndItsJob()
    {
        var benchmarkCase = Live(typeof(Scaling)).First(c => c.Job.Environment.Affinity == 0b11);

        var key = CaseKey.Of(benchmarkCase);

        Assert.That(
            (key.Benchmark, key.Scaling, key.Others, key.Job),
            Is.EqualTo(("Scaling.RunBatch", (WorkloadKind.CpuCountdown, StrategyKind.Sequential, 1), "", CaseKey.JobOf(benchmarkCase.DisplayInfo, hasParameters: true))));
    }

    [Test]
    public void LiveCaseOfAnotherSuite_HasOnlyItsOwnParameters()
    {
        var key = CaseKey.Of(Live(typeof(PoolBatching)).First());

        Assert.That((key.Workload, key.Strategy, key.Workers, key.Others), Is.EqualTo(((WorkloadKind?)null, (StrategyKind?)null, (int?)null, "ChunkSize=1&InFlight=1")));
    }

    [Test]
    public void LiveCaseWithSomeOfTheThree_HasThoseTyped()
    {
        var key = CaseKey.Of(Live(typeof(Overhead)).First());

        Assert.That((key.Workload, key.Strategy is not null, key.Workers, key.Others), Is.EqualTo(((WorkloadKind?)null, true, (int?)null, "")));
    }

    [Test]
    public void SavedForm_TypedParametersFirstThenTheOthersInOrder()
    {
        var key = CaseKey.Parse("Scaling.RunBatch", "Workers=2&Tasks=16&Workload=CpuCountdown&Strategy=Threads&Size=1", SavedJob);

        Assert.That(
            (key.Parameters, key.ToString()),
            Is.EqualTo((
                "Workload=CpuCountdown&Strategy=Threads&Workers=2&Size=1&Tasks=16",
                $"Scaling.RunBatch [Workload=CpuCountdown, Strategy=Threads, Workers=2, Size=1, Tasks=16] — {SavedJob}")));
    }

    [Test]
    public void SavedForm_OrderDoesNotMakeAnotherCase() =>
        Assert.That(
            CaseKey.Parse("Scaling.RunBatch", "Workers=1&Workload=CpuCountdown&Strategy=Sequential", SavedJob),
            Is.EqualTo(CaseKey.Parse("Scaling.RunBatch", "Workload=CpuCountdown&Strategy=Sequential&Workers=1", SavedJob)));

    [Test]
    public void WithoutParameters_TheMethodAndTheJob()
    {
        var key = CaseKey.Parse("ThreadStartup.StartAndJoin", "", SavedJob);

        Assert.That((key.Parameters, key.ToString(), key.Scaling), Is.EqualTo(("", $"ThreadStartup.StartAndJoin — {SavedJob}", ((WorkloadKind, StrategyKind, int)?)null)));
    }

    [TestCase("Workload=CpuCountdwn", "Workload=CpuCountdwn: not a workload")]
    [TestCase("Workload=cpucountdown", "Workload=cpucountdown: not a workload")]
    [TestCase("Workload=0", "Workload=0: not a workload")]
    [TestCase("Strategy=Fibers", "Strategy=Fibers: not a strategy")]
    [TestCase("Strategy=Threads,Sequential", "Strategy=Threads,Sequential: not a strategy")]
    [TestCase("Workers=0", "Workers=0: not a worker count")]
    [TestCase("Workers=two", "Workers=two: not a worker count")]
    [TestCase("Workers=-2", "Workers=-2: not a worker count")]
    [TestCase("Workers", "'Workers' in 'Workers': a parameter is written Name=value")]
    [TestCase("=2", "'=2' in '=2': a parameter is written Name=value")]
    [TestCase("Workers=1&Workers=2", "gives Workers twice")]
    public void MalformedOrUnknownParameter_IsAnErrorThatNamesIt(string parameters, string message)
    {
        var error = Assert.Throws<FormatException>(() => CaseKey.Parse("Scaling.RunBatch", parameters, SavedJob));

        Assert.That(error!.Message, Does.Contain(message));
    }

    [Test]
    public void UnknownName_ListsTheKnownOnes()
    {
        var error = Assert.Throws<FormatException>(() => CaseKey.Parse("Scaling.RunBatch", "Strategy=Fibers", SavedJob));

        Assert.That(error!.Message, Does.Contain(string.Join(", ", Enum.GetNames<StrategyKind>())));
    }

    [Test]
    public void GeneratedJobIdIsDroppedSoRunsOfOneCommandMatch()
    {
        string first = CaseKey.JobOf("Scaling.RunBatch: Job-QECIFD(IterationCount=3, WarmupCount=3) [Workers=1]", hasParameters: true);
        string second = CaseKey.JobOf("Scaling.RunBatch: Job-X7PLMA(IterationCount=3, WarmupCount=3) [Workers=1]", hasParameters: true);

        Assert.That((first, second), Is.EqualTo(("Job(IterationCount=3, WarmupCount=3)", "Job(IterationCount=3, WarmupCount=3)")));
    }

    [Test]
    public void NamedJobKeepsItsName()
    {
        Assert.That(
            CaseKey.JobOf("Scaling.RunBatch: Scaling(MaxRelativeError=0.02, WarmupCount=4) [Workers=1]", hasParameters: true),
            Is.EqualTo("Scaling(MaxRelativeError=0.02, WarmupCount=4)"));
    }

    private static BenchmarkCase[] Live(Type suite) => BenchmarkConverter.TypeToBenchmarks(suite, SuiteConfig.Create(Sliced)).BenchmarksCases;

    /// <summary>The fields BenchmarkDotNet's JSON exporter writes for the case, from the same properties it reads.</summary>
    private static BenchmarkRecord Saved(BenchmarkCase benchmarkCase) => new()
    {
        FullName = benchmarkCase.Descriptor.WorkloadMethod.Name,
        DisplayInfo = benchmarkCase.DisplayInfo,
        Type = benchmarkCase.Descriptor.Type.Name,
        Method = benchmarkCase.Descriptor.WorkloadMethod.Name,
        Parameters = benchmarkCase.Parameters.PrintInfo,
    };
}
