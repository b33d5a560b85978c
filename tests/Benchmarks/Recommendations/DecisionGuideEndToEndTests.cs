using Concurrency.Benchmarks.Recommendations;

namespace Concurrency.Tests.Benchmarks.Recommendations;

/// <summary>
/// A three-case Scaling run through the real CLI (Dry job, in-process: Sequential, Threads × 1 and × 16): the progress
/// lines, and the recommendations written into the run folder and printed at the end.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class DecisionGuideEndToEndTests
{
    private string _artifacts = "";
    private string _output = "";

    [OneTimeSetUp]
    public void RunThreeCases()
    {
        _artifacts = Directory.CreateTempSubdirectory("guide-").FullName;
        (int exitCode, _output) = SuiteProcess.Run(
            "--filter", "*Scaling*", "--job", "Dry", "--inProcess", "--artifacts", _artifacts,
            "--workloads", "IoSleep", "--strategies", "Sequential,Threads", "--workers", "1,16");
        Assert.That(exitCode, Is.Zero, _output);
    }

    [OneTimeTearDown]
    public void DeleteArtifacts() => ScratchFolders.Delete(_artifacts);

    [Test]
    public void RunFolder_HoldsTheRecommendationForBlockingIo()
    {
        var recommendation = RecommendationFiles.Read(Path.Combine(_artifacts, RecommendationFiles.Json)).Single();

        Assert.That((recommendation.Work, recommendation.Workload), Is.EqualTo(("blocking-io", "IoSleep")), _output);
    }

    [Test]
    public void Output_AnnouncesTheCasesBeforeTheyRun()
    {
        Assert.That(_output, Does.Contain("// >> 3 benchmark cases in 1 suite: expected about"));
    }

    [Test]
    public void Output_HasOneLinePerFinishedCase()
    {
        Assert.That(
            _output.Split('\n').Count(line => line.StartsWith("// >> [", StringComparison.Ordinal) && line.Contains(" left", StringComparison.Ordinal)),
            Is.EqualTo(3),
            _output);
    }

    [Test]
    public void Output_EndsWithTheRecommendationsAndWhereTheResultsAre()
    {
        Assert.That(_output, Does.Contain("Recommendations: " + Path.Combine(_artifacts, RecommendationFiles.Markdown)).And.Contain("Results: " + _artifacts));
    }
}
