using System.Runtime.InteropServices;
using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// <c>articles</c>' <c>articles.md</c> and <c>articles.json</c> from made-up measurements, against approved files:
/// <c>sleep</c> measured by both runtimes, <c>numpy-add</c> with CPython not run (no NumPy) and a .NET case that failed.
/// </summary>
public sealed class ArticlesApprovalTests
{
    private const string MachineLabel = "test-machine";

    private static readonly ArticleExperiment Sleep = ArticleExperiment.All.Single(experiment => experiment.Name == "sleep");
    private static readonly ArticleExperiment NumpyAdd = ArticleExperiment.All.Single(experiment => experiment.Name == "numpy-add");

    private static readonly PythonInfoRecord Python = new("CPython", "3.11.2", "/usr/bin/python3", null, "No module named 'numpy'", "fork", 2);

    [Test]
    public void Markdown_OneExperimentEachWay_MatchesApproved()
    {
        Approved.Matches(WithoutThisHost(ArticlesMarkdown.Write(Report(), MachineLabel)), "articles.md");
    }

    [Test]
    public void Json_OneExperimentEachWay_MatchesApproved()
    {
        Approved.Matches(ArticlesOutput.Serialize(Report().Rows), "articles.json");
    }

    /// <summary>
    /// ArticlesMarkdown writes the running .NET's description and this machine's logical cores, which no input sets: the
    /// test puts fixed words in place of exactly those two values, and compares everything else as written.
    /// </summary>
    private static string WithoutThisHost(string markdown)
    {
        string dotNet = $"- **.NET:** {RuntimeInformation.FrameworkDescription};";
        string machine = $"- **Machine:** {MachineLabel}, {Environment.ProcessorCount} logical cores";
        Assert.That(markdown, Does.Contain(dotNet).And.Contain(machine), "the header's lines changed: update WithoutThisHost with them");
        return markdown
            .Replace(dotNet, "- **.NET:** <this .NET>;", StringComparison.Ordinal)
            .Replace(machine, $"- **Machine:** {MachineLabel}, <this machine's> logical cores", StringComparison.Ordinal);
    }

    private static ArticlesReport Report()
    {
        double[] sequential = [160, 161, 159, 160, 162, 158, 160, 161];
        double[] two = [81, 80, 82, 80, 81, 79, 80, 81];
        double[] sixteen = [11, 12, 11, 10, 11, 12, 11, 11];
        double[] blocked = [160, 160, 161, 159, 162, 160, 158, 161];
        var python = new PythonRunRecord(
            "sleep", "IoSleep", Python, 10, "ms", 10, null, 16, 1, 8, 10,
            [
                new PythonModelRunRecord("sequential", 1, sequential, 160),
                new PythonModelRunRecord("threading.Thread", 2, two, 160),
                new PythonModelRunRecord("threading.Thread", 16, sixteen, 160),
                new PythonModelRunRecord("asyncio", 16, sixteen, 160),
            ]);
        var sleepDotNet = new DotNetOutcome(
            [
                new ModelMeasurements(Runtimes.DotNet, "Sequential", 1, sequential),
                new ModelMeasurements(Runtimes.DotNet, "Threads", 2, two),
                new ModelMeasurements(Runtimes.DotNet, "Threads", 16, sixteen),
                new ModelMeasurements(Runtimes.DotNet, "TaskWhenAll", 16, blocked),
            ],
            10,
            []);
        var numpyDotNet = new DotNetOutcome(
            [
                new ModelMeasurements(Runtimes.DotNet, "Sequential", 1, [40, 41, 40, 39, 40, 42, 40, 41]),
                new ModelMeasurements(Runtimes.DotNet, "Threads", 2, [30, 31, 29, 30]),
            ],
            1_000_000,
            ["Scaling.RunBatch: Job-ARTICLES [Workers=16, Workload=MemAdd, Strategy=Threads]"]);
        return new ArticlesReport(
            ArticlesPlan.Quick,
            Python,
            null,
            [
                new ExperimentResult(Sleep, PythonOutcome.Measured(python), sleepDotNet),
                new ExperimentResult(NumpyAdd, PythonOutcome.Unavailable("NumPy is not installed (No module named 'numpy')"), numpyDotNet),
            ],
            new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero),
            TimeSpan.FromSeconds(272));
    }
}
