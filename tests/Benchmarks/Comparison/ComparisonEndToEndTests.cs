using Concurrency.Benchmarks.Cli;
using Concurrency.Workloads;

namespace Concurrency.Tests.Benchmarks.Comparison;

/// <summary>
/// The regression gate end to end: the suite's CLI runs a small slice twice (Dry job, in-process, 5 iterations),
/// the second time with CpuCountdown made 11 times bigger by the slow-down knob, and <c>compare</c> must catch it.
/// The shift is far beyond any noise of a shared machine, so the test checks the gate, not the machine's speed.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ComparisonEndToEndTests
{
    // CPU work only where it is slowed (Calibration's one-task cases); the Scaling slice sleeps, so it costs no CPU.
    private static readonly string[] Slice =
    [
        "--filter", "*Calibration*CpuCountdown*", "*Scaling*IoSleep*", "--strategies", "Sequential,Threads", "--workers", "1,2",
        "--job", "Dry", "--iterationCount", "5", "--inProcess",
    ];

    private string _root = "";

    [OneTimeSetUp]
    public void RunTheSuiteTwice()
    {
        _root = Directory.CreateTempSubdirectory("compare-e2e-").FullName;
        RunOrFail(null, [.. Slice, "--artifacts", Path.Combine(_root, "base")]);
        RunOrFail($"{nameof(WorkloadKind.CpuCountdown)}=1000", [.. Slice, "--artifacts", Path.Combine(_root, "head")]);
    }

    [OneTimeTearDown]
    public void DeleteRoot() => ScratchFolders.Delete(_root);

    [Test]
    public void SlowedWorkloadFailsTheGate()
    {
        var (exitCode, output) = Run(null, ["compare", Path.Combine(_root, "base"), Path.Combine(_root, "head")]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Failure), output);
    }

    [Test]
    public void EverySlowedCaseIsFlaggedSlower()
    {
        var (_, output) = Run(null, ["compare", Path.Combine(_root, "base"), Path.Combine(_root, "head")]);

        var slowedRows = output.Split('\n').Where(line => line.StartsWith('|') && line.Contains("Workload=CpuCountdown", StringComparison.Ordinal)).ToArray();
        Assert.That(slowedRows, Has.Length.EqualTo(2).And.All.Contains("**slower**"), output);
    }

    [Test]
    public void ReportPutsBothRunsSideBySide()
    {
        var (_, output) = Run(null, ["report", Path.Combine(_root, "base"), Path.Combine(_root, "head")]);

        Assert.That(output, Does.Contain("### IoSleep").And.Contain("| Threads | 2 |"));
    }

    private static void RunOrFail(string? slowdown, string[] args)
    {
        var (exitCode, output) = Run(slowdown, args);
        if (exitCode != ExitCodes.Success)
        {
            Assert.Fail($"the suite failed ({exitCode}):\n{output}");
        }
    }

    /// <summary>Runs the suite with the slow-down knob set (or cleared) for it alone.</summary>
    private static (int ExitCode, string Output) Run(string? slowdown, string[] args) =>
        SuiteProcess.Run(new Dictionary<string, string?> { [WorkloadSlowdown.VariableName] = slowdown }, args);
}
