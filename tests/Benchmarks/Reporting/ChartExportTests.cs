namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>
/// A tiny sliced Scaling run (Dry job, in-process) through the real CLI: the chart and index exporters write their
/// files beside the reports.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class ChartExportTests
{
    private const string Stem = "Concurrency.Benchmarks.Suites.Scaling-IoSleep";

    private string _artifacts = "";
    private string _results = "";
    private string _output = "";

    [OneTimeSetUp]
    public void RunSlicedSuite()
    {
        _artifacts = Directory.CreateTempSubdirectory("charts-").FullName;
        _results = Path.Combine(_artifacts, "results");
        (int exitCode, _output) = SuiteProcess.Run(
            "--filter", "*Scaling*", "--job", "Dry", "--inProcess", "--artifacts", _artifacts,
            "--workloads", "IoSleep", "--strategies", "Sequential,Threads", "--workers", "1,2");
        Assert.That(exitCode, Is.Zero, _output);
    }

    [OneTimeTearDown]
    public void DeleteArtifacts() => ScratchFolders.Delete(_artifacts);

    [Test]
    public void SpeedupChartIsWrittenAsPngAndSvg()
    {
        Assert.That(new[] { ".png", ".svg" }.Select(extension => File.Exists(Path.Combine(_results, $"{Stem}-speedup{extension}"))), Is.All.True, _output);
    }

    [Test]
    public void PngIsAPicture()
    {
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

        Assert.That(File.ReadAllBytes(Path.Combine(_results, $"{Stem}-speedup.png")).Take(4), Is.EqualTo(signature));
    }

    [Test]
    public void CoresBusyChartIsWrittenFromTheCpuUsageMetric()
    {
        Assert.That(new[] { ".png", ".svg" }.Select(extension => File.Exists(Path.Combine(_results, $"{Stem}-cores{extension}"))), Is.All.True, _output);
    }

    [Test]
    public void MemoryChartIsWrittenFromThePeakRssMetric()
    {
        Assert.That(new[] { ".png", ".svg" }.Select(extension => File.Exists(Path.Combine(_results, $"{Stem}-memory{extension}"))), Is.All.True, _output);
    }

    [Test]
    public void IndexPagesLinkTheReportsAndEmbedTheCharts()
    {
        foreach (string index in new[] { "index.html", "index.md" })
        {
            string page = File.ReadAllText(Path.Combine(_results, index));
            Assert.That(page, Does.Contain("Scaling-report-github.md").And.Contain("Scaling-report.csv").And.Contain("Scaling-report.html")
                .And.Contain("Scaling-report-full.json").And.Contain($"{Stem}-speedup.png"), index);
        }
    }

    [Test]
    public void IndexEmbedsTheCoresBusyChart()
    {
        Assert.That(File.ReadAllText(Path.Combine(_results, "index.md")), Does.Contain($"{Stem}-cores.png"));
    }
}
