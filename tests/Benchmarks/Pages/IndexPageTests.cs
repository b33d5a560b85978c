using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Pages;

namespace Concurrency.Tests.Benchmarks.Pages;

/// <summary>What the index pages say of the files in a results folder, without a browser (IndexPageBrowserTests opens the page).</summary>
public sealed class IndexPageTests
{
    private string _run = "";
    private string _results = "";

    [SetUp]
    public void CreateRunFolder()
    {
        _run = Directory.CreateTempSubdirectory("index-").FullName;
        _results = Directory.CreateDirectory(Path.Combine(_run, "results")).FullName;
    }

    [TearDown]
    public void DeleteRunFolder() => ScratchFolders.Delete(_run);

    [Test]
    public void Index_WithoutGuide_SaysThereIsNoneYet()
    {
        IndexPageExporter.Rewrite(_results);

        Assert.That(Page(IndexPage.HtmlName), Does.Contain($"No decision guide in this run folder ({RecommendationFiles.Json}"));
    }

    [Test]
    public void Screenshot_IsNotEmbeddedAsAChart()
    {
        File.WriteAllBytes(Path.Combine(_results, "Scaling-IoSleep-speedup.png"), []);
        File.WriteAllBytes(Path.Combine(_results, IndexPage.ScreenshotName), []);

        IndexPageExporter.Rewrite(_results);

        Assert.That(Page(IndexPage.HtmlName), Does.Contain("src=\"Scaling-IoSleep-speedup.png\"").And.Not.Contain(IndexPage.ScreenshotName));
    }

    [Test]
    public void Chart_WithoutSvgTwin_LinksNoSvg()
    {
        File.WriteAllBytes(Path.Combine(_results, "Scaling-IoSleep-speedup.png"), []);

        IndexPageExporter.Rewrite(_results);

        Assert.That(Page(IndexPage.HtmlName), Does.Not.Contain(".svg"));
    }

    [Test]
    public void MarkdownIndex_LinksTheGuideInTheRunFolder()
    {
        File.WriteAllText(Path.Combine(_run, RecommendationFiles.Json), "[]");
        File.WriteAllText(Path.Combine(_run, RecommendationFiles.Markdown), "# Recommendations\n");

        IndexPageExporter.Rewrite(_results);

        Assert.That(Page(IndexPage.MarkdownName), Does.Contain($"(../{RecommendationFiles.Markdown})"));
    }

    [Test]
    public void ReportWithoutTable_IsShownAsAProblem()
    {
        File.WriteAllText(Path.Combine(_results, "Suite" + IndexPage.HtmlReportSuffix), "<html><body></body></html>");

        IndexPageExporter.Rewrite(_results);

        Assert.That(Page(IndexPage.HtmlName), Does.Contain($"Suite{IndexPage.HtmlReportSuffix} has no results table"));
    }

    private string Page(string name) => File.ReadAllText(Path.Combine(_results, name));
}
