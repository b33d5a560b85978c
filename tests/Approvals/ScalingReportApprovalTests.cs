using Concurrency.Benchmarks.Comparison;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// <c>report</c>'s markdown from two fixed result sets against an approved file: a machine's run, and a
/// <c>--cores 1,2</c> run whose two jobs are two configurations. Between them: a case one configuration lacks, a case
/// saved without figures (no Sequential baseline) and a memory-bound workload's approximate efficiency.
/// </summary>
public sealed class ScalingReportApprovalTests
{
    private const string OneCore = "ShortRun-1Core(Affinity=0000000000000001, IterationCount=10, LaunchCount=1, WarmupCount=3)";
    private const string TwoCores = "ShortRun-2Cores(Affinity=0000000000000011, IterationCount=10, LaunchCount=1, WarmupCount=3)";

    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("report-approved-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Markdown_MachineRunAndCoresRun_MatchesApproved()
    {
        var machine = Set(
            "results/test-machine/20250101T000000Z",
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], scaling: Figures(2, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [84e6, 84e6], scaling: Figures(2, 1.9, 0.95)),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [100e6, 100e6], scaling: Figures(2, 1.6, 0.8)),
            Case("Workload=IoSleep&Strategy=Sequential&Workers=1", [160e6, 160e6], scaling: Figures(2, 1, 1)),
            Case("Workload=IoSleep&Strategy=Threads&Workers=16", [12e6, 12e6], scaling: Figures(2, 13.33, 0.83)),
            Case("Workload=MemAdd&Strategy=Sequential&Workers=1", [90e6, 90e6], scaling: Figures(2, 1, 1) with { Approximate = true }),
            Case("Workload=MemAdd&Strategy=Threads&Workers=2", [60e6, 60e6], scaling: Figures(2, 1.5, 0.75) with { Approximate = true }));
        var cores = Set(
            "results/test-machine/20250102T000000Z",
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], job: OneCore, scaling: Figures(1, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [162e6, 162e6], job: OneCore, scaling: Figures(1, 0.99, 0.99)),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6], job: TwoCores, scaling: Figures(2, 1, 1)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", [81e6, 81e6], job: TwoCores, scaling: Figures(2, 1.98, 0.99)),
            // Saved without figures: the job ran no Sequential case of the workload.
            Case("Workload=IoSleep&Strategy=Threads&Workers=16", [11e6, 11e6], job: TwoCores));

        Approved.Matches(ScalingReportMarkdown.Write([machine, cores]), "report.md");
    }

    private ResultSet Set(string source, params object[] cases)
    {
        string folder = Path.Combine(_root, Path.GetFileName(source));
        Write(folder, cases);
        return ResultSetReader.Read(folder) with { Source = source };
    }
}
