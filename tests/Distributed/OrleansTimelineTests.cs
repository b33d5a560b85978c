using Concurrency.Distributed;
using Concurrency.Tests.Benchmarks.Cli;

namespace Concurrency.Tests.Distributed;

/// <summary><c>timeline --strategy Orleans</c>, through the real CLI: one row per silo process.</summary>
[Category(TestCategories.Slow)]
public sealed class OrleansTimelineTests
{
    [Test]
    public void DrawsOneRowPerSiloProcess()
    {
        using var timeline = new TimelineFolder();

        var (exitCode, output) = timeline.Run(
            new Dictionary<string, string?> { [OrleansOptions.SilosVariable] = "2" },
            "--workload", "IoSleep", "--strategy", "Orleans", "--workers", "4", "--tasks", "8");

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("8 tasks on 2 processes"));
    }
}
