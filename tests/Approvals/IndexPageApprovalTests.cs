using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Pages;

using static Concurrency.Tests.Approvals.GuideCases;

namespace Concurrency.Tests.Approvals;

/// <summary>
/// A run's index pages (<c>index.html</c>, <c>index.md</c>) written from a fixed run folder against approved files.
/// The folder is built under a temporary one as <c>test-machine/20250101T000000Z/results</c>: the page's title names
/// only those last two folders, so the temporary part never shows. The charts are empty files, since the page links
/// them and never reads them.
/// </summary>
public sealed class IndexPageApprovalTests
{
    private const string Suite = "Concurrency.Benchmarks.Suites.Scaling";

    /// <summary>A results table as BenchmarkDotNet's HTML exporter writes it, cut down to two rows.</summary>
    private const string ScalingReportHtml = """
        <!DOCTYPE html>
        <html lang='en'><head><title>Scaling-report</title></head><body>
        <pre><code>BenchmarkDotNet v0.15.8, Linux Test OS</code></pre>
        <table>
        <thead><tr><th>Method</th><th>Workload</th><th>Strategy</th><th>Workers</th><th>Mean</th><th>Speedup</th></tr>
        </thead><tbody><tr><td>RunBatch</td><td>IoSleep</td><td>Sequential</td><td>1</td><td>160.21 ms</td><td>1.00 [1.00–1.00]</td>
        </tr><tr><td>RunBatch</td><td>IoSleep</td><td>Threads</td><td>16</td><td>11.96 ms</td><td>13.40 [13.00–13.80]</td>
        </tr></tbody></table>
        </body></html>
        """;

    private string _temporary = "";
    private string _run = "";
    private string _results = "";

    [SetUp]
    public void CreateRunFolder()
    {
        _temporary = Directory.CreateTempSubdirectory("index-approved-").FullName;
        _run = Directory.CreateDirectory(Path.Combine(_temporary, "test-machine", "20250101T000000Z")).FullName;
        _results = Directory.CreateDirectory(Path.Combine(_run, "results")).FullName;
    }

    [TearDown]
    public void DeleteRunFolder() => Directory.Delete(_temporary, recursive: true);

    [Test]
    public void Html_RunWithGuideChartsAndReports_MatchesApproved()
    {
        WriteFullRun();

        IndexPage.Write(_results);

        Approved.Matches(Page(IndexPage.HtmlName), "index.html");
    }

    [Test]
    public void Markdown_RunWithGuideChartsAndReports_MatchesApproved()
    {
        WriteFullRun();

        IndexPage.Write(_results);

        Approved.Matches(Page(IndexPage.MarkdownName), "index.md");
    }

    [Test]
    public void Html_UnreadableGuideAndNothingElse_MatchesApproved()
    {
        WriteUnreadableRun();

        IndexPage.Write(_results);

        Approved.Matches(Page(IndexPage.HtmlName), "index-unreadable-guide.html");
    }

    [Test]
    public void Markdown_UnreadableGuideAndNothingElse_MatchesApproved()
    {
        WriteUnreadableRun();

        IndexPage.Write(_results);

        Approved.Matches(Page(IndexPage.MarkdownName), "index-unreadable-guide.md");
    }

    /// <summary>
    /// The guide of <see cref="GuideCases"/>; IoSleep's charts with their SVG twins, CpuCountdown's speedup chart alone
    /// (no cores-busy metric); the Scaling reports, and a Calibration HTML report with no table (its cases all failed).
    /// </summary>
    private void WriteFullRun()
    {
        RecommendationFiles.Write(_run, Recommendations, RecommendationMarkdown.Render(Recommendations, Cases));
        foreach (string chart in new[] { "IoSleep-speedup.png", "IoSleep-speedup.svg", "IoSleep-cores.png", "IoSleep-cores.svg", "CpuCountdown-speedup.png" })
        {
            File.WriteAllBytes(Path.Combine(_results, $"{Suite}-{chart}"), []);
        }

        File.WriteAllText(Path.Combine(_results, Suite + IndexPage.HtmlReportSuffix), ScalingReportHtml);
        foreach (string report in new[] { "-report-github.md", "-report.csv", "-report-full.json" })
        {
            File.WriteAllText(Path.Combine(_results, Suite + report), "");
        }

        File.WriteAllText(Path.Combine(_results, "Concurrency.Benchmarks.Suites.Calibration" + IndexPage.HtmlReportSuffix), "<html><body></body></html>");
        // A screenshot of the page itself is neither a chart nor a report, and must not show.
        File.WriteAllBytes(Path.Combine(_results, IndexPage.ScreenshotName), []);
    }

    /// <summary>A guide that holds null, without its markdown twin, and a results folder with nothing in it yet.</summary>
    private void WriteUnreadableRun() => File.WriteAllText(Path.Combine(_run, RecommendationFiles.Json), "null");

    private string Page(string name) => File.ReadAllText(Path.Combine(_results, name));
}
