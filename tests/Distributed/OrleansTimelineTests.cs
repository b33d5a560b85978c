using Concurrency.Distributed;
using Concurrency.Tests.Benchmarks;

namespace Concurrency.Tests.Distributed;

/// <summary><c>timeline --strategy Orleans</c>, through the real CLI: one row per silo process.</summary>
public sealed class OrleansTimelineTests
{
    private string _out = "";

    [SetUp]
    public void CreateFolder() => _out = Directory.CreateTempSubdirectory("timeline-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_out, recursive: true);

    [Test]
    public void DrawsOneRowPerSiloProcess()
    {
        var (exitCode, output) = SuiteProcess.Run(
            new Dictionary<string, string?> { [OrleansOptions.SilosVariable] = "2" },
            "timeline", "--workload", "IoSleep", "--strategy", "Orleans", "--workers", "4", "--tasks", "8", "--out", _out);

        Assert.That(exitCode, Is.Zero, output);
        Assert.That(output, Does.Contain("8 tasks on 2 processes"));
    }
}
