using System.Text.Json;
using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Pages;
using Concurrency.Benchmarks.Results.Json;
using Microsoft.Playwright;

namespace Concurrency.Tests.Benchmarks.Pages;

/// <summary>
/// The run's index page in a real browser. A tiny sliced Scaling run (Dry job, in-process) writes real reports and
/// charts, a decision guide is put beside them as the no-argument run does, the page is rewritten and opened from
/// disk (<c>file://</c>) in headless Chromium: Debian's, driven by Playwright's driver from its NuGet package, so
/// nothing is downloaded. The screenshot is kept beside the page and attached to the test's output.
/// </summary>
[Category(TestCategories.Slow)]
public sealed class IndexPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly Recommendation[] Guide =
    [
        new("cpu", "CpuCountdown", "ThreadPool", 2, 1.87, 0.93, new RatioInterval(1.84, 1.90, 0.99), new RatioInterval(0.92, 0.95, 0.99),
            "Scaling.RunBatch [Workload=CpuCountdown, Strategy=ThreadPool, Workers=2]",
            new RecommendedAlternative("Threads", 2, 1.80, "Scaling.RunBatch [Workload=CpuCountdown, Strategy=Threads, Workers=2]"),
            [new Pitfall("async/await does not parallelise CPU work", "Scaling.RunBatch [Workload=CpuCountdown, Strategy=TaskWhenAll, Workers=16]")]),
        new("blocking-io", "IoSleep", "Threads", 16, 12.5, 0.78, SpeedupInterval: null, EfficiencyInterval: null,
            "Scaling.RunBatch [Workload=IoSleep, Strategy=Threads, Workers=16]", RunnerUp: null, Pitfalls: []),
    ];

    private readonly List<string> _errors = [];
    private string _run = "";
    private string _results = "";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser did not start");

    private IPage Page => _page ?? throw new InvalidOperationException("the page was not opened");

    [OneTimeSetUp]
    public async Task OpenTheIndexOfASmallRun()
    {
        Prerequisites.Require("chromium", File.Exists(Chromium), $"the index page's browser tests open it in {Chromium}");
        _run = Directory.CreateTempSubdirectory("index-page-").FullName;
        _results = Path.Combine(_run, "results");
        (int exitCode, string output) = SuiteProcess.Run(
            "--filter", "*Scaling*", "--job", "Dry", "--inProcess", "--artifacts", _run,
            "--workloads", "IoSleep", "--strategies", "Sequential,Threads", "--workers", "1,2");
        Assert.That(exitCode, Is.Zero, output);

        File.WriteAllText(Path.Combine(_run, RecommendationFiles.Json), JsonSerializer.Serialize(Guide, RecommendationsJsonContext.Default.IReadOnlyListRecommendation));
        File.WriteAllText(Path.Combine(_run, RecommendationFiles.Markdown), "# Recommendations\n");
        IndexPageExporter.Rewrite(_results);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        _page = await Open(Path.Combine(_results, IndexPage.HtmlName), _errors);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(_results, IndexPage.ScreenshotName), FullPage = true });
    }

    [OneTimeTearDown]
    public async Task CloseTheBrowser()
    {
        try
        {
            if (_browser is not null)
            {
                await _browser.CloseAsync();
            }
        }
        finally
        {
            // Whatever the browser did, the driver and the run folder go too.
            _playwright?.Dispose();
            ScratchFolders.Delete(_run);
        }
    }

    [Test]
    public async Task EveryImage_Loads()
    {
        var images = await Page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.images).map(image => ({ src: image.getAttribute('src'), loaded: image.complete && image.naturalWidth > 0 }))");
        var notLoaded = images.EnumerateArray().Where(image => !image.GetProperty("loaded").GetBoolean()).Select(image => image.GetProperty("src").GetString());

        Assert.That(images.GetArrayLength(), Is.GreaterThanOrEqualTo(2), "the run's speedup and cores-busy charts");
        Assert.That(notLoaded, Is.Empty);
    }

    [Test]
    public async Task EveryImage_HasAltText()
    {
        var alts = await Page.EvaluateAsync<string[]>("() => Array.from(document.images).map(image => image.alt.trim())");

        Assert.That(alts, Is.Not.Empty.And.All.Not.Empty);
    }

    [Test]
    public async Task EveryLink_IsRelativeAndResolvesToAFileInsideTheRunFolder()
    {
        var links = await Page.EvaluateAsync<JsonElement>(
            "() => Array.from(document.querySelectorAll('a[href]')).map(link => ({ href: link.getAttribute('href'), url: link.href }))");
        string inside = Path.GetFullPath(_run) + Path.DirectorySeparatorChar;
        var broken = links.EnumerateArray()
            .Select(link => (Href: link.GetProperty("href").GetString()!, Path: Path.GetFullPath(new Uri(link.GetProperty("url").GetString()!).LocalPath)))
            .Where(link => link.Href.Contains(':', StringComparison.Ordinal) || link.Href.StartsWith('/')
                || !link.Path.StartsWith(inside, StringComparison.Ordinal) || !File.Exists(link.Path))
            .Select(link => $"{link.Href} → {link.Path}");

        Assert.That(links.GetArrayLength(), Is.GreaterThan(0));
        Assert.That(broken, Is.Empty);
    }

    [Test]
    public void OpeningThePage_LogsNoConsoleErrorPageErrorOrFailedRequest()
    {
        Assert.That(_errors, Is.Empty);
    }

    [Test]
    public async Task RecommendationsTable_ShowsEachRecommendationWithItsFigures()
    {
        var rows = Page.Locator("#recommendations table tbody tr");
        var cells = new List<string[]>();
        for (int row = 0; row < await rows.CountAsync(); row++)
        {
            cells.Add([.. (await rows.Nth(row).Locator("td").AllInnerTextsAsync()).Skip(1).Take(4)]);
        }

        Assert.That(cells, Is.EqualTo(new[]
        {
            new[] { "ThreadPool", "2", "1.87 [1.84–1.90]", "0.93 [0.92–0.95]" },
            new[] { "Threads", "16", "12.50", "0.78" },
        }));
    }

    [Test]
    public async Task RecommendationsTable_ShowsThePitfallWithItsCase()
    {
        string pitfalls = await Page.Locator("#recommendations table tbody tr").First.Locator("ul.pitfalls").InnerTextAsync();

        Assert.That(pitfalls, Does.Contain(Guide[0].Pitfalls[0].Text).And.Contain(Guide[0].Pitfalls[0].Case));
    }

    [Test]
    public async Task Recommendations_AreTheFirstSection()
    {
        string first = await Page.Locator("h2").First.InnerTextAsync();

        Assert.That(first, Is.EqualTo("Recommendations"));
    }

    [Test]
    public async Task ScalingTable_HasARowPerCaseOfTheRun()
    {
        string report = Directory.GetFiles(_results, "*-report-full.json").Single();
        using var stream = File.OpenRead(report);
        int cases = JsonSerializer.Deserialize(stream, ReportJsonContext.Default.FullReportRecord)!.Benchmarks.Count;

        int rows = await Page.Locator("#tables table tbody tr").CountAsync();

        Assert.That(rows, Is.EqualTo(cases));
    }

    [Test]
    public void Screenshot_IsSavedBesideThePage()
    {
        string screenshot = Path.Combine(_results, IndexPage.ScreenshotName);
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G'];

        Assert.That(File.ReadAllBytes(screenshot).Take(4), Is.EqualTo(signature));

        // The run folder is deleted after the fixture; the copy outlives it for the test's output.
        string kept = Path.Combine(TestContext.CurrentContext.WorkDirectory, nameof(IndexPageBrowserTests) + "-" + IndexPage.ScreenshotName);
        File.Copy(screenshot, kept, overwrite: true);
        TestContext.AddTestAttachment(kept, "the index page as headless Chromium shows it");
    }

    [Test]
    public async Task CorruptGuide_IsShownAsAVisibleProblemNamingTheError()
    {
        string run = Directory.CreateTempSubdirectory("index-page-corrupt-").FullName;
        try
        {
            string results = Directory.CreateDirectory(Path.Combine(run, "results")).FullName;
            string corrupt = Path.Combine(run, RecommendationFiles.Json);
            File.WriteAllText(corrupt, """[{"work": "cpu", """);
            string error = ParseError(corrupt);
            IndexPageExporter.Rewrite(results);

            var page = await Open(Path.Combine(results, IndexPage.HtmlName), []);
            var problem = page.Locator("#recommendations .problem");
            bool visible = await problem.IsVisibleAsync();
            string text = await problem.InnerTextAsync();
            await page.CloseAsync();

            Assert.That(visible, Is.True);
            Assert.That(text, Does.Contain(RecommendationFiles.Json).And.Contain(error));
        }
        finally
        {
            Directory.Delete(run, recursive: true);
        }
    }

    private static string ParseError(string file)
    {
        using var stream = File.OpenRead(file);
        return Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(stream, RecommendationsJsonContext.Default.IReadOnlyListRecommendation))!.Message;
    }

    /// <summary>Opens <paramref name="html"/> from disk, recording console errors, script errors and failed loads in <paramref name="errors"/>.</summary>
    private async Task<IPage> Open(string html, List<string> errors)
    {
        var page = await Browser.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => errors.Add($"request failed: {request.Url} ({request.Failure})");
        await page.GotoAsync(new Uri(html).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        return page;
    }
}
