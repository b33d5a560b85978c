using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks;

using static Concurrency.Tests.Benchmarks.Gate.RoundReports;

namespace Concurrency.Tests.Benchmarks.Gate;

/// <summary>The exit codes of <c>gate-compare</c>: 0 no regression, 1 regression, 2 bad input; and what it writes.</summary>
public sealed class GateCommandTests
{
    private const string Parameters = SyntheticRounds.CpuSequential;

    /// <summary>How <c>.ci/regression-subset --list</c> names the <see cref="SyntheticRounds.IoWhenAll"/> case.</summary>
    private const string SubsetName = "Scaling.RunBatch(Workers: 2, Workload: IoDelay, Strategy: TaskWhenAll)";

    private string _outDir = "";

    [SetUp]
    public void CreateOutDir() => _outDir = Directory.CreateTempSubdirectory("gate-cli-").FullName;

    [TearDown]
    public void DeleteOutDir() => ScratchFolders.Delete(_outDir);

    [Test]
    public void SteadyRoundsExitWithSuccess()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void SlowerHeadExitsWithFailure()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.25));

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.Failure));
    }

    [Test]
    public void SummaryHoldsTheReviewersTableAndAllThreeMetrics()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Program.Main(["gate-compare", _outDir]);

        Assert.That(File.ReadAllText(Path.Combine(_outDir, GateCommand.SummaryFile)), Does.Contain("| Case | Guards | Verdict | Head ÷ base | Rounds | Could have missed | Why |")
            .And.Contain("| Case | Wall time | CPU/op | Allocated |"));
    }

    [Test]
    public void UndecidedCaseIsPendingByItsSubsetName()
    {
        File.WriteAllText(Path.Combine(_outDir, "subset.tsv"), $"{SubsetName}\tbatch\tTaskWhenAll over asynchronous waits\n");
        Rounds(_outDir, 4, SyntheticRounds.IoWhenAll, (pair, head) => 1e8 * (head ? (pair % 2 == 0 ? 1.5 : 0.7) : 1.0));

        Program.Main(["gate-compare", _outDir]);

        Assert.That(File.ReadAllLines(Path.Combine(_outDir, GateCommand.PendingFile)), Is.EqualTo(new[] { SubsetName }));
    }

    [Test]
    public void DecidedCasesLeaveNothingPending()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Program.Main(["gate-compare", _outDir]);

        Assert.That(File.ReadAllText(Path.Combine(_outDir, GateCommand.PendingFile)), Is.Empty);
    }

    [Test]
    public void SubsetCaseNoRoundMeasuredIsBadInput()
    {
        File.WriteAllText(Path.Combine(_outDir, "subset.tsv"), "Scaling.RunBatch(Workers: 3, Workload: IoHttp, Strategy: Threads)\tbatch\ta case that was renamed\n");
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void MalformedSubsetIsBadInput()
    {
        File.WriteAllText(Path.Combine(_outDir, "subset.tsv"), "just a name\n");
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void PlanIsShellAssignmentsOfThePolicy()
    {
        using var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            Program.Main(["gate-plan"]);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.That(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Is.EqualTo(new[] { "initial_pairs=4", "pairs_per_step=2", "max_looks=5" }));
    }

    [Test]
    public void FlaggedCaseGetsAStripPlotLinkedFromTheSummary()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.25));

        Program.Main(["gate-compare", _outDir]);

        string picture = Path.GetFileName(Directory.GetFiles(_outDir, "strip-*.png").Single());
        Assert.That(File.ReadAllText(Path.Combine(_outDir, GateCommand.SummaryFile)), Does.Contain($"]({picture})"));
    }

    [Test]
    public void InconclusiveCaseIsAnnouncedAboveTheTable()
    {
        Rounds(_outDir, 4, SyntheticRounds.IoWhenAll, (pair, head) => 1e8 * (head ? (pair % 2 == 0 ? 1.5 : 0.7) : 1.0));

        Program.Main(["gate-compare", _outDir]);

        string summary = File.ReadAllText(Path.Combine(_outDir, GateCommand.SummaryFile));
        Assert.That(summary.IndexOf("1 of 1 cases inconclusive — NOT checked", StringComparison.Ordinal), Is.InRange(0, summary.IndexOf("| Case |", StringComparison.Ordinal)));
    }

    [Test]
    public void NoArgumentsIsBadInput()
    {
        Assert.That(Program.Main(["gate-compare"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void MissingRoundsFolderIsBadInput()
    {
        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void UnpairedRoundsAreBadInput()
    {
        Round(_outDir, "01-base", Case(Parameters, [100, 100, 100], cpuPerOp: 100, allocated: 144));

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void CorruptRoundReportIsBadInput()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));
        File.WriteAllText(Directory.GetFiles(Path.Combine(_outDir, "rounds", "03-head"), "*-report-full.json", SearchOption.AllDirectories).Single(), "{ not json");

        Assert.That(Program.Main(["gate-compare", _outDir]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void ThresholdThatIsNoPercentIsBadInput()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Assert.That(Program.Main(["gate-compare", _outDir, "--threshold", "fast"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void StrayArgumentIsBadInput()
    {
        Rounds(_outDir, 4, Parameters, Steady(1.0));

        Assert.That(Program.Main(["gate-compare", _outDir, "extra"]), Is.EqualTo(ExitCodes.BadInput));
    }

    /// <summary>100 ms rounds with a ±1 % spread; head's are <paramref name="headFactor"/> times base's.</summary>
    private static Func<int, bool, double> Steady(double headFactor) =>
        (pair, head) => 1e8 * (head ? headFactor : 1.0) * (1 + (0.01 * Math.Sin((2 * pair) + (head ? 1 : 0))));
}
