using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>The exit codes of <c>compare</c>: 0 no regression, 1 regression, 2 bad input.</summary>
public sealed class CompareCommandTests
{
    private const string Parameters = "Workload=CpuCountdown&Strategy=Sequential&Workers=1";

    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("compare-cli-").FullName;

    [TearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void SameResultsExitWithSuccess()
    {
        Assert.That(Compare(Sample(100, 0.05, seed: 1), Sample(100, 0.05, seed: 2)), Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void FasterHeadExitsWithSuccess()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(70, 0.02)), Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void SlowerHeadExitsWithFailure()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(120, 0.02)), Is.EqualTo(ExitCodes.Failure));
    }

    [Test]
    public void ThresholdAboveTheShiftLetsItPass()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(120, 0.02), "--threshold", "30%"), Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void FilterLeavesOutTheSlowerCase()
    {
        string baseFolder = Path.Combine(_root, "base");
        string headFolder = Path.Combine(_root, "head");
        Write(baseFolder, Case(Parameters, Sample(100, 0.02)), Case("Workload=IoSleep&Strategy=Sequential&Workers=1", Sample(100, 0.02)));
        Write(headFolder, Case(Parameters, Sample(150, 0.02)), Case("Workload=IoSleep&Strategy=Sequential&Workers=1", Sample(100, 0.02)));

        Assert.That(Program.Main(["compare", baseFolder, headFolder, "--filter", "*IoSleep*"]), Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void OutputFileReceivesTheTable()
    {
        string output = Path.Combine(_root, "summary.md");

        Compare(Sample(100, 0.02), Sample(120, 0.02), "--output", output);

        Assert.That(File.ReadAllText(output), Does.Contain("| Scaling.RunBatch [Workload=CpuCountdown, Strategy=Sequential, Workers=1] |").And.Contain("**slower**"));
    }

    [Test]
    public void MissingFolderIsBadInput()
    {
        Write(Path.Combine(_root, "base"), Case(Parameters, Sample(100, 0.02)));

        Assert.That(Program.Main(["compare", Path.Combine(_root, "base"), Path.Combine(_root, "missing")]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void FolderWithoutJsonIsBadInput()
    {
        Write(Path.Combine(_root, "base"), Case(Parameters, Sample(100, 0.02)));
        Directory.CreateDirectory(Path.Combine(_root, "empty"));

        Assert.That(Program.Main(["compare", Path.Combine(_root, "base"), Path.Combine(_root, "empty")]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void CorruptJsonIsBadInput()
    {
        Write(Path.Combine(_root, "base"), Case(Parameters, Sample(100, 0.02)));
        File.WriteAllText(Write(Path.Combine(_root, "head"), Case(Parameters, Sample(100, 0.02))), "not json");

        Assert.That(Program.Main(["compare", Path.Combine(_root, "base"), Path.Combine(_root, "head")]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void NothingInCommonIsBadInput()
    {
        Write(Path.Combine(_root, "base"), Case(Parameters, Sample(100, 0.02)));
        Write(Path.Combine(_root, "head"), Case("Workload=IoSleep&Strategy=Sequential&Workers=1", Sample(100, 0.02)));

        Assert.That(Program.Main(["compare", Path.Combine(_root, "base"), Path.Combine(_root, "head")]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void FilterMatchingNothingIsBadInput()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(100, 0.02), "--filter", "*Nothing*"), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void InvalidThresholdIsBadInput()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(100, 0.02), "--threshold", "lots"), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void NegativeThresholdIsBadInput()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(100, 0.02), "--threshold", "-5%"), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void MissingHeadIsBadInput()
    {
        Write(Path.Combine(_root, "base"), Case(Parameters, Sample(100, 0.02)));

        Assert.That(Program.Main(["compare", Path.Combine(_root, "base")]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void UnknownOptionIsBadInput()
    {
        Assert.That(Compare(Sample(100, 0.02), Sample(100, 0.02), "--treshold", "5%"), Is.EqualTo(ExitCodes.BadInput));
    }

    private int Compare(double[] baseValues, double[] headValues, params string[] options)
    {
        string baseFolder = Path.Combine(_root, "base");
        string headFolder = Path.Combine(_root, "head");
        Write(baseFolder, Case(Parameters, baseValues));
        Write(headFolder, Case(Parameters, headValues));
        return Program.Main(["compare", baseFolder, headFolder, .. options]);
    }
}
