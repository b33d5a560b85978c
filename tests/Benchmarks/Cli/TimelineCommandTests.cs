namespace Concurrency.Tests.Benchmarks.Cli;

/// <summary>The <c>timeline</c> command, run through the real CLI in a child process.</summary>
[Category(TestCategories.Slow)]
public sealed class TimelineCommandTests
{
    [Test]
    public void WritesTheChartAndOneCsvRowPerTask()
    {
        using var timeline = new TimelineFolder();

        var (exitCode, output) = timeline.Run("--workload", "IoSleep", "--strategy", "Threads", "--workers", "2", "--tasks", "4");

        Assert.That(exitCode, Is.Zero, output);
        string stem = Path.Combine(timeline.Path, "timeline-IoSleep-Threads-2w");
        Assert.That(new[] { ".png", ".svg", ".csv" }.Select(extension => File.Exists(stem + extension)), Is.All.True, output);
        Assert.That(File.ReadAllLines(stem + ".csv"), Has.Length.EqualTo(1 + 4));
    }

    [Test]
    public void LiveModeWritesTheSamples()
    {
        Assume.That(OperatingSystem.IsLinux(), "live sampling reads other threads' CPU-time clocks (Linux)");
        using var timeline = new TimelineFolder();

        var (exitCode, output) = timeline.Run("--workload", "CpuCountdown", "--strategy", "Threads", "--workers", "2", "--tasks", "4", "--live");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.ReadAllLines(Path.Combine(timeline.Path, "timeline-CpuCountdown-Threads-2w-samples.csv")), Has.Length.GreaterThan(1));
    }

    [Test]
    public void UnknownStrategyIsBadInputListingTheValidOnes()
    {
        using var timeline = new TimelineFolder();

        var (exitCode, output) = timeline.Run("--workload", "IoSleep", "--strategy", "Fibers", "--workers", "2");

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("--strategy: unknown value 'Fibers'").And.Contain("ThreadPool"));
    }

    [Test]
    public void ExistingTimelineIsNeverOverwritten()
    {
        using var timeline = new TimelineFolder();
        string[] args = ["--workload", "IoSleep", "--strategy", "Threads", "--workers", "2", "--tasks", "2"];
        timeline.Run(args);

        var (exitCode, output) = timeline.Run(args);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Does.Contain("already exists"));
    }
}
