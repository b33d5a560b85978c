using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Results;
using Concurrency.Strategies;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Comparison;

public sealed class ScalingCaseReaderTests
{
    private const string OneCore = "Dry-1Core(Affinity=0000000000000001)";
    private const string TwoCores = "Dry-2Cores(Affinity=0000000000000011)";

    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("scaling-reader-").FullName;

    [TearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void Read_OneJobPerCoreCount_IsOneConfigurationEach_FewestCoresFirst()
    {
        Write(_root,
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6], job: TwoCores, scaling: Figures(2, 1, 0.5)),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6], job: OneCore, scaling: Figures(1, 1, 1)));

        var configurations = ScalingCaseReader.Read(ResultSetReader.Read(_root));

        Assert.That(configurations.Select(configuration => (configuration.Job, configuration.UsableCores)), Is.EqualTo(new[] { (OneCore, (int?)1), (TwoCores, (int?)2) }));
    }

    [Test]
    public void Read_CaseFigures_AreTheSavedOnes()
    {
        var saved = Figures(usableCores: 1, speedup: 1.6, efficiency: 1.6);
        Write(_root, Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [100e6], scaling: saved));

        var scalingCase = ScalingCaseReader.Read(ResultSetReader.Read(_root)).Single().Cases.Single();

        Assert.That((scalingCase.Strategy, scalingCase.Workers, scalingCase.Figures), Is.EqualTo((StrategyKind.Threads, 2, saved)));
    }

    [Test]
    public void Read_NoSavedFigures_LeavesUsableCoresUnknown()
    {
        Write(_root, Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [100e6]));

        Assert.That(ScalingCaseReader.Read(ResultSetReader.Read(_root)).Single().UsableCores, Is.Null);
    }

    [Test]
    public void Read_NoScalingCase_IsBadInput()
    {
        Write(_root, Case("SizeFactor=1&Workload=IoSleep", [10e6]));

        Assert.That(() => ScalingCaseReader.Read(ResultSetReader.Read(_root)), Throws.TypeOf<UsageException>().With.Message.Contains("run the Scaling suite"));
    }
}
