using Concurrency.Benchmarks.Comparison;
using Perfolizer.Metrology;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// <c>compare</c>'s markdown from two fixed result sets against an approved file: one case of each verdict (slower,
/// faster, same, inconclusive) and one case only each side has. The sets are written in BenchmarkDotNet's full-JSON
/// layout and read back as the command reads them; their source, a temporary folder, is replaced by a fixed one.
/// </summary>
public sealed class ComparisonApprovalTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("compare-approved-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Markdown_EveryVerdictAndUnmatchedCases_MatchesApproved()
    {
        var baseSet = Set(
            "results/test-machine/20250101T000000Z",
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", Sample(100e6, 0.02)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", Sample(55e6, 0.02)),
            Case("Workload=IoSleep&Strategy=Threads&Workers=16", Sample(12e6, 0.02, seed: 1)),
            Case("Workload=IoDelay&Strategy=TaskWhenAll&Workers=16", Sample(11e6, 0.02, count: 3)),
            Case("Workload=IoFile&Strategy=Threads&Workers=2", Sample(30e6, 0.02)));
        var headSet = Set(
            "results/test-machine/20250102T000000Z",
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", Sample(120e6, 0.02)),
            Case("Workload=CpuCountdown&Strategy=Threads&Workers=2", Sample(44e6, 0.02)),
            Case("Workload=IoSleep&Strategy=Threads&Workers=16", Sample(12e6, 0.02, seed: 2)),
            Case("Workload=IoDelay&Strategy=TaskWhenAll&Workers=16", Sample(14e6, 0.02, count: 3)),
            Case("Workload=MemAdd&Strategy=Threads&Workers=2", Sample(40e6, 0.02)));

        var comparison = ResultComparer.Compare(baseSet, headSet, Threshold.Parse(ResultComparer.DefaultThreshold));

        Approved.Matches(ComparisonMarkdown.Write(comparison), "compare.md");
    }

    private ResultSet Set(string source, params object[] cases)
    {
        string folder = Path.Combine(_root, Path.GetFileName(source));
        Write(folder, cases);
        return ResultSetReader.Read(folder) with { Source = source };
    }
}
