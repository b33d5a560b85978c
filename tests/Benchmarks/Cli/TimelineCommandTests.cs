namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>The <c>timeline</c> command, run through the real CLI in a child process.</summary>
public sealed class TimelineCommandTests
{
    private string _out = "";

    [SetUp]
    public void CreateFolder() => _out = Directory.CreateTempSubdirectory("timeline-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_out, recursive: true);

    [Test]
    public void WritesTheChartAndOneCsvRowPerTask()
    {
        var (exitCode, output) = Timeline("--workload", "IoSleep", "--strategy", "Threads", "--workers", "2", "--tasks", "4", "--out", _out);

        Assert.That(exitCode, Is.Zero, output);
        string stem = Path.Combine(_out, "timeline-IoSleep-Threads-2w");
        Assert.That(new[] { ".png", ".svg", ".csv" }.Select(extension => File.Exists(stem + extension)), Is.All.True, output);
        Assert.That(File.ReadAllLines(stem + ".csv"), Has.Length.EqualTo(1 + 4));
    }

    [Test]
    public void LiveModeWritesTheSamples()
    {
        Assume.That(OperatingSystem.IsLinux(), "live sampling reads other threads' CPU-time clocks (Linux)");

        var (exitCode, output) = Timeline("--workload", "CpuCountdown", "--strategy", "Threads", "--workers", "2", "--tasks", "4", "--live", "--out", _out);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.ReadAllLines(Path.Combine(_out, "timeline-CpuCountdown-Threads-2w-samples.csv")), Has.Length.GreaterThan(1));
    }

    [Test]
    public void UnknownStrategyIsBadInputListingTheValidOnes()
    {
        var (exitCode, output) = Timeline("--workload", "IoSleep", "--strategy", "Fibers", "--workers", "2", "--out", _out);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--strategy: unknown value 'Fibers'").And.Contain("ThreadPool"));
    }

    [Test]
    public void ExistingTimelineIsNeverOverwritten()
    {
        string[] args = ["--workload", "IoSleep", "--strategy", "Threads", "--workers", "2", "--tasks", "2", "--out", _out];
        Timeline(args);

        var (exitCode, output) = Timeline(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("already exists"));
    }

    private static (int ExitCode, string Output) Timeline(params string[] args) => SuiteProcess.Run(["timeline", .. args]);
}
