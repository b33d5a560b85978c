using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Gate;

using static Concurrency.Tests.Benchmarks.Gate.SyntheticRounds;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// The regression gate's <c>summary.md</c> and <c>verdicts.tsv</c> from 8 synthetic pairs of rounds (looked at after 4, 6 and 8), against approved
/// files: one case of each verdict (a CPU/op regression, an allocation regression, faster, same, inconclusive), and
/// one case only each side has. The strip plots are named, never drawn: the summary only links them.
/// </summary>
public sealed class GateApprovalTests
{
    private const int Pairs = 8;
    private const string CpuThreads = "Workers=2&Workload=CpuCountdown&Strategy=Threads";
    private const string SleepThreads = "Workers=16&Workload=IoSleep&Strategy=Threads";
    private const string DelayPool = "Workers=16&Workload=IoDelay&Strategy=ThreadPool";
    private const string RemovedByHead = "Workers=2&Workload=IoFile&Strategy=Threads";
    private const string AddedByHead = "Workers=2&Workload=MemAdd&Strategy=Threads";

    /// <summary>A small, fixed spread (about ±1 %) per pair and side, so steady rounds are not identical.</summary>
    private static readonly double[] Jitter = [1.004, 0.993, 1.011, 0.998, 0.990, 1.007, 1.002, 0.995, 1.009, 0.991, 0.996, 1.006, 1.001, 0.989, 1.012, 0.997];

    /// <summary>The subset's entries for two of the cases; the others have no path, as rounds copied from elsewhere.</summary>
    private static readonly GateSubset Subset = new(
    [
        new SubsetCase("Scaling.RunBatch(Workers: 1, Workload: CpuCountdown, Strategy: Sequential)", "batch", "the workloads themselves, on the caller"),
        new SubsetCase("Scaling.RunBatch(Workers: 2, Workload: IoDelay, Strategy: TaskWhenAll)", "batch", "TaskWhenAll over asynchronous waits"),
    ]);

    private static readonly string[] Notes =
    [
        "Base: `main` at 1111111, head: `i25-approved` at 2222222",
        "Environment given to head: none",
    ];

    [Test]
    public void Summary_EveryVerdict_MatchesApproved()
    {
        var report = Report();

        Approved.Matches(GateMarkdown.Write(report, Subset, Notes, Pictures(report)), "summary.md");
    }

    [Test]
    public void Verdicts_EveryVerdict_MatchesApproved()
    {
        Approved.Matches(GateVerdictTable.Write(Report()), "verdicts.tsv");
    }

    private static GateReport Report() =>
        GateJudge.Judge(GateInput.Match(Pairs(Pairs, (pair, side) => Round(pair, side))), GatePolicy.Default);

    /// <summary>What one round measured: the same cases every round of a side, as the gate requires.</summary>
    private static BenchmarkResult[] Round(int pair, GateSide side)
    {
        bool head = side == GateSide.Head;
        double jitter = Jitter[(2 * pair) + (head ? 1 : 0)];
        double cpu = 1e8 * jitter;
        var results = new List<BenchmarkResult>
        {
            // CPU/op 20 % slower in head: the deciding metric of a CPU-bound case.
            Result(CpuSequential, new Figures(cpu * (head ? 1.2 : 1), cpu * (head ? 1.2 : 1), 144)),
            Result(CpuThreads, new Figures(cpu / 2, cpu, 864)),
            // Wall time 20 % faster in head: blocking I/O is judged by wall time.
            Result(SleepThreads, new Figures(1.2e7 * jitter * (head ? 0.8 : 1), 1e6, 2048)),
            // Head's rounds swing ±40 % from pair to pair: too noisy to see a 10 % slowdown.
            Result(IoWhenAll, new Figures(1.1e7 * (head ? (pair % 2 == 0 ? 1.4 : 0.7) : 1), 5e5, 4096)),
            // 1 KB more per operation than base: beyond the allocation floor.
            Result(DelayPool, new Figures(1.1e7 * jitter, 5e5, head ? 144 + 1024 : 144)),
        };
        results.Add(Result(head ? AddedByHead : RemovedByHead, new Figures(3e7 * jitter, 3e7 * jitter, 512)));
        return [.. results];
    }

    /// <summary>The strip plot's name per flagged case, as <c>gate-compare</c> names it (its place in the table and its parameters).</summary>
    private static Dictionary<CaseJudgement, string> Pictures(GateReport report) =>
        report.Cases
            .Select((judgement, index) => (Judgement: judgement, File: RoundStripPlot.FileName(index + 1, judgement)))
            .Where(picture => picture.Judgement.Verdict != GateVerdict.Same)
            .ToDictionary(picture => picture.Judgement, picture => picture.File);
}
