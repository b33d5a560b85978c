using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary><c>report</c> through the CLI: configurations side by side with the figures their runs saved.</summary>
public sealed class ReportCommandTests
{
    private const string OneCore = "ShortRun-1Core(Affinity=0000000000000001, IterationCount=10, LaunchCount=1, WarmupCount=3)";
    private const string TwoCores = "ShortRun-2Cores(Affinity=0000000000000011, IterationCount=10, LaunchCount=1, WarmupCount=3)";

    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("report-cli-").FullName;

    [TearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void Report_TwoMachines_ShowsEachOnesSavedFiguresSideBySide()
    {
        Write(Path.Combine(_root, "a"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], scaling: Figures(2, 1, 0.5)),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [100e6, 100e6], scaling: Figures(2, 1.6, 0.8)));
        Write(Path.Combine(_root, "b"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], scaling: Figures(2, 1, 0.5)),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [80e6, 80e6], scaling: Figures(2, 2, 1)));

        string report = Report(Path.Combine(_root, "a"), Path.Combine(_root, "b"));

        Assert.That(report, Does.Contain("| ThreadPool | 2 | 100.00 ms | 1.60× | 80 % | 80.00 ms | 2.00× | 100 % |"));
    }

    [Test]
    public void Report_EfficiencyIsTheSavedOne_NotRecomputedFromThisHostsCores()
    {
        // Recomputed with the report's 2 logical cores this case would be 80 % efficient; the run, pinned to 1 core, saved 160 %.
        Write(Path.Combine(_root, "a"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], scaling: Figures(1, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [100e6, 100e6], scaling: Figures(1, 1.6, 1.6)));

        string report = Report(Path.Combine(_root, "a"));

        Assert.That(report, Does.Contain("| ThreadPool | 2 | 100.00 ms | 1.60× | 160 % |"));
    }

    [Test]
    public void Report_RunWithTwoCoreJobs_ShowsTwoConfigurations()
    {
        Write(Path.Combine(_root, "cores"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], job: OneCore, scaling: Figures(1, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [160e6, 160e6], job: OneCore, scaling: Figures(1, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], job: TwoCores, scaling: Figures(2, 1, 0.5)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [80e6, 80e6], job: TwoCores, scaling: Figures(2, 2, 1)));

        string report = Report(Path.Combine(_root, "cores"));

        Assert.That(report, Does.Contain("| Threads | 2 | 160.00 ms | 1.00× | 100 % | 80.00 ms | 2.00× | 100 % |"));
    }

    [Test]
    public void Report_FirstTableNamesEachConfigurationsJobAndUsableCores()
    {
        Write(Path.Combine(_root, "cores"),
            Case("Workload=IoSleep&Strategy=Sequential&Workers=1", [160e6, 160e6], job: TwoCores, scaling: Figures(2, 1, 1)),
            Case("Workload=IoSleep&Strategy=Sequential&Workers=1", [160e6, 160e6], job: OneCore, scaling: Figures(1, 1, 1)));

        string report = Report(Path.Combine(_root, "cores"));

        Assert.That(report, Does.Contain($"| #1 | `{Path.Combine(_root, "cores")}` | {OneCore} | 1 | Test CPU | 2 / 2 | Linux Test OS | .NET 10.0.0 |")
            .And.Contain($"| #2 | `{Path.Combine(_root, "cores")}` | {TwoCores} | 2 | Test CPU | 2 / 2 | Linux Test OS | .NET 10.0.0 |"));
    }

    [Test]
    public void Report_CaseWithoutSavedFigures_ShowsDashes()
    {
        Write(Path.Combine(_root, "a"), Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [100e6, 100e6]));

        string report = Report(Path.Combine(_root, "a"));

        Assert.That(report, Does.Contain("| ThreadPool | 2 | 100.00 ms | – | – |"));
    }

    [Test]
    public void Report_NoFolder_IsBadInput()
    {
        Assert.That(Program.Main(["report"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void Report_FolderWithoutScalingCases_IsBadInput()
    {
        Write(Path.Combine(_root, "a"), Case("SizeFactor=1&Workload=IoSleep", [10e6, 10e6]));

        Assert.That(Program.Main(["report", Path.Combine(_root, "a")]), Is.EqualTo(ExitCodes.BadInput));
    }

    /// <summary>Runs <c>report</c> on <paramref name="folders"/>, asserts it succeeded and returns the markdown it wrote.</summary>
    private string Report(params string[] folders)
    {
        string output = Path.Combine(_root, "report.md");
        int exitCode = Program.Main(["report", .. folders, "--output", output]);
        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        return File.ReadAllText(output);
    }
}
