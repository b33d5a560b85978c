using Concurrency.Benchmarks.Reporting.Exporters;

namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// A run's index page, <c>index.html</c> and its markdown twin <c>index.md</c>, built from the files of the run's
/// results folder alone: the decision guide (<c>../recommendations.json</c>) first, then the charts, BenchmarkDotNet's
/// tables and links to every report. Static: no script, no server, nothing outside the run folder.
/// </summary>
internal static class IndexPage
{
    public const string HtmlName = "index.html";
    public const string MarkdownName = "index.md";

    /// <summary>A screenshot of the page taken beside it (the browser test's): neither a chart nor a report.</summary>
    public const string ScreenshotName = "index.png";

    /// <summary>The name BenchmarkDotNet's <c>HtmlExporter</c> gives its reports: <c>&lt;stem&gt;-report.html</c>.</summary>
    public const string HtmlReportSuffix = "-report.html";

    private static readonly string[] ReportExtensions = [".md", ".csv", ".html", ".json", ".log"];

    /// <summary>Writes both pages into <paramref name="resultsFolder"/> and returns their paths.</summary>
    public static IReadOnlyList<string> Write(string resultsFolder)
    {
        var content = Read(resultsFolder);
        string html = Path.Combine(resultsFolder, HtmlName);
        string markdown = Path.Combine(resultsFolder, MarkdownName);
        File.WriteAllText(html, IndexPageHtml.Render(content));
        File.WriteAllText(markdown, IndexPageMarkdown.Render(content));
        return [html, markdown];
    }

    private static IndexPageContent Read(string resultsFolder)
    {
        var files = Directory.GetFiles(resultsFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not HtmlName and not MarkdownName and not ScreenshotName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var pictures = files.Where(name => name.EndsWith(".png", StringComparison.OrdinalIgnoreCase)).ToArray();
        // Per workload its speedup chart first, then its cores-busy chart: the answer before the explanation.
        var charts = pictures.OrderBy(ChartStem, StringComparer.Ordinal).ThenBy(ChartRank).Select(picture => Chart(picture, files)).ToArray();
        var tables = files.Where(name => name.EndsWith(HtmlReportSuffix, StringComparison.Ordinal))
            .Select(name => ReportTable.Extract(Path.Combine(resultsFolder, name)))
            .ToArray();
        var reports = files.Where(name => ReportExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)).ToArray();

        var run = new DirectoryInfo(resultsFolder).Parent;
        string title = run is null ? "Benchmark results" : $"Benchmark results: {run.Parent?.Name}/{run.Name}";
        var recommendations = run is null ? RecommendationsSection.Absent : RecommendationsSection.Read(run.FullName);
        return new IndexPageContent(title, recommendations, charts, [.. MissingCoresBusyCharts(pictures)], tables, reports);
    }

    private static string ChartStem(string picture) =>
        new[] { ScalingChartExporter.SpeedupSuffix, ScalingChartExporter.CoresBusySuffix }
            .Where(suffix => picture.EndsWith(suffix + ".png", StringComparison.Ordinal))
            .Select(suffix => picture[..^(suffix.Length + ".png".Length)])
            .FirstOrDefault(picture[..^".png".Length]);

    private static int ChartRank(string picture) =>
        picture.EndsWith(ScalingChartExporter.SpeedupSuffix + ".png", StringComparison.Ordinal) ? 0
        : picture.EndsWith(ScalingChartExporter.CoresBusySuffix + ".png", StringComparison.Ordinal) ? 1
        : 2;

    /// <summary>A chart with alt text that says what it plots; it links its SVG twin only where the folder has one.</summary>
    private static IndexChart Chart(string picture, string[] files)
    {
        string stem = picture[..^".png".Length];
        string svg = stem + ".svg";
        string alt = stem.EndsWith(ScalingChartExporter.SpeedupSuffix, StringComparison.Ordinal)
            ? $"Speedup over Sequential against workers, per strategy, with the ideal: {stem[..^ScalingChartExporter.SpeedupSuffix.Length]}"
            : stem.EndsWith(ScalingChartExporter.CoresBusySuffix, StringComparison.Ordinal)
                ? $"Cores busy against workers, per strategy, with the usable cores: {stem[..^ScalingChartExporter.CoresBusySuffix.Length]}"
                : $"Chart {stem}";
        return new IndexChart(picture, files.Contains(svg, StringComparer.Ordinal) ? svg : null, alt);
    }

    /// <summary>A note for each speedup chart without its cores-busy chart: the run had no CPU-usage metric to draw.</summary>
    private static IEnumerable<string> MissingCoresBusyCharts(string[] pictures) =>
        pictures.Where(name => name.EndsWith(ScalingChartExporter.SpeedupSuffix + ".png", StringComparison.Ordinal))
            .Select(name => name[..^(ScalingChartExporter.SpeedupSuffix.Length + 4)])
            .Where(stem => !pictures.Contains(stem + ScalingChartExporter.CoresBusySuffix + ".png"))
            .Select(stem => $"{stem}: no cores-busy chart, because this run has no {ScalingChartExporter.CoresBusyMetricId} metric (no case of it produced a CPU-usage figure).");
}
