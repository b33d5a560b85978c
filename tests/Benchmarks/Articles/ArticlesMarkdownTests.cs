using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary><c>articles.md</c> from made-up results: what a reader sees when a runtime did not run.</summary>
public sealed class ArticlesMarkdownTests
{
    private static readonly ArticleExperiment Sleep = ArticleExperiment.All.Single(experiment => experiment.Name == "sleep");

    [Test]
    public void Write_NoInterpreter_TheCPythonRowSaysWhy()
    {
        string markdown = ArticlesMarkdown.Write(Report(PythonOutcome.Unavailable("no Python interpreter found")), "test-machine");

        Assert.That(markdown, Does.Contain("| CPython | not run: no Python interpreter found |"));
    }

    [Test]
    public void Write_DotNetMeasured_ShowsItsSpeedupWithTheInterval()
    {
        string markdown = ArticlesMarkdown.Write(Report(PythonOutcome.Unavailable("no Python interpreter found")), "test-machine");

        Assert.That(markdown, Does.Contain("| .NET | `Threads` | – | 2.00 ["));
    }

    private static ArticlesReport Report(PythonOutcome python)
    {
        double[] sequential = [160, 161, 159, 160, 162, 158, 160, 161];
        double[] twice = [80, 81, 79, 80, 81, 79, 80, 80];
        var dotNet = new DotNetOutcome(
            [new ModelMeasurements(Runtimes.DotNet, "Sequential", 1, sequential), new ModelMeasurements(Runtimes.DotNet, "Threads", 2, twice)],
            10,
            []);
        return new ArticlesReport(ArticlesPlan.Quick, null, "no Python interpreter found", [new ExperimentResult(Sleep, python, dotNet)], DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(3));
    }
}
