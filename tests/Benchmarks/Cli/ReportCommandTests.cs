using Concurrency.Benchmarks.Cli;
using Concurrency.Benchmarks;

using static Concurrency.Tests.Benchmarks.Comparison.FullJsonReports;

namespace Concurrency.Tests.Benchmarks.Cli;

public sealed class ReportCommandTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("report-cli-").FullName;

    [TearDown]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void EachMachineGetsItsSpeedupAndEfficiency()
    {
        // 16 CPU-bound tasks of 10 ms: 160 ms alone; on 2 cores the limit is 80 ms, so 100 ms is 1.6× and 80 % efficient.
        Write(Path.Combine(_root, "a"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6]),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [100e6, 100e6]));
        Write(Path.Combine(_root, "b"),
            Case("Workload=CpuCountdown&Strategy=Sequential&Workers=1", [160e6, 160e6]),
            Case("Workload=CpuCountdown&Strategy=ThreadPool&Workers=2", [80e6, 80e6]));
        string output = Path.Combine(_root, "report.md");

        int exitCode = Program.Main(["report", Path.Combine(_root, "a"), Path.Combine(_root, "b"), "--output", output]);

        Assert.That(exitCode, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllText(output), Does.Contain("| ThreadPool | 2 | 100.00 ms | 1.60× | 80 % | 80.00 ms | 2.00× | 100 % |"));
    }

    [Test]
    public void EnvironmentHeadsTheReport()
    {
        Write(Path.Combine(_root, "a"), Case("Workload=IoSleep&Strategy=Sequential&Workers=1", [160e6, 160e6]));
        string output = Path.Combine(_root, "report.md");

        Program.Main(["report", Path.Combine(_root, "a"), "--output", output]);

        Assert.That(File.ReadAllText(output), Does.Contain("| Test CPU | 2 / 2 | Linux Test OS | .NET 10.0.0 |"));
    }

    [Test]
    public void NoFolderIsBadInput()
    {
        Assert.That(Program.Main(["report"]), Is.EqualTo(ExitCodes.BadInput));
    }

    [Test]
    public void FolderWithoutScalingCasesIsBadInput()
    {
        Write(Path.Combine(_root, "a"), Case("SizeFactor=1&Workload=IoSleep", [10e6, 10e6]));

        Assert.That(Program.Main(["report", Path.Combine(_root, "a")]), Is.EqualTo(ExitCodes.BadInput));
    }
}
