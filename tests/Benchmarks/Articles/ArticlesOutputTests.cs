using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>The files one <c>articles</c> run leaves in its results folder, from made-up results.</summary>
public sealed class ArticlesOutputTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("articles-output-").FullName;

    [TearDown]
    public void DeleteFolder() => ScratchFolders.Delete(_folder);

    [Test]
    public void Write_WritesTheJsonAndTheMarkdown()
    {
        ArticlesOutput.Write(Report(), _folder, "test-machine");

        Assert.That(new[] { ArticlesOutput.JsonFile, ArticlesOutput.MarkdownFile }.Select(file => File.Exists(Path.Combine(_folder, file))), Is.All.True);
    }

    [Test]
    public void Write_ExperimentWithRows_DrawsItsChart()
    {
        ArticlesOutput.Write(Report(), _folder, "test-machine");

        Assert.That(new[] { ".png", ".svg" }.Select(extension => File.Exists(Path.Combine(_folder, "articles-sleep" + extension))), Is.All.True);
    }

    private static ArticlesReport Report()
    {
        double[] sequential = [160, 161, 159, 160, 162, 158, 160, 161];
        double[] faster = [20, 21, 19, 20, 21, 19, 20, 20];
        var sleep = ArticleExperiment.All.Single(experiment => experiment.Name == "sleep");
        var dotNet = new DotNetOutcome(
            [new ModelMeasurements(Runtimes.DotNet, "Sequential", 1, sequential), new ModelMeasurements(Runtimes.DotNet, "Threads", 16, faster)],
            10,
            []);
        var python = new PythonRunRecord(
            "sleep", "IoSleep", new PythonInfoRecord("CPython", "3.11.2", "/usr/bin/python3", null, "No module named 'numpy'", "fork", 2),
            10, "ms", 10, null, 16, 1, 8, 10,
            [new PythonModelRunRecord("sequential", 1, sequential, 160), new PythonModelRunRecord("asyncio", 16, faster, 160)]);
        return new ArticlesReport(
            ArticlesPlan.Quick, python.Python, null, [new ExperimentResult(sleep, PythonOutcome.Measured(python), dotNet)], DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(3));
    }
}
