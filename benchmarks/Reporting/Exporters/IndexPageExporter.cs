using System.Net;
using System.Text;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Exporters;

/// <summary>
/// <c>index.html</c> and <c>index.md</c> in the run's results folder: links to every report and the charts embedded.
/// BenchmarkDotNet runs exporters in the order they were added, so this one must be added last; it lists the folder's
/// files, so a run of several classes ends with one index covering them all.
/// </summary>
internal sealed class IndexPageExporter : IExporter
{
    public const string HtmlName = "index.html";
    public const string MarkdownName = "index.md";

    public static readonly IndexPageExporter Default = new();

    private static readonly string[] ReportExtensions = [".md", ".csv", ".html", ".json", ".log"];

    private IndexPageExporter()
    {
    }

    public string Name => nameof(IndexPageExporter);

    public void ExportToLog(Summary summary, ILogger logger) => logger.WriteLine($"Index of this run's reports and charts: {Path.Combine(summary.ResultsDirectoryPath, HtmlName)}");

    public IEnumerable<string> ExportToFiles(Summary summary, ILogger consoleLogger)
    {
        string folder = summary.ResultsDirectoryPath;
        Directory.CreateDirectory(folder);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not HtmlName and not MarkdownName)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var reports = files.Where(name => ReportExtensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)).ToArray();
        var pictures = files.Where(name => name.EndsWith(".png", StringComparison.OrdinalIgnoreCase)).ToArray();
        var notes = MissingCoresBusyCharts(pictures).ToArray();
        var run = new DirectoryInfo(folder).Parent;
        string title = run is null ? "Benchmark results" : $"Benchmark results: {run.Parent?.Name}/{run.Name}";

        string html = Path.Combine(folder, HtmlName);
        string markdown = Path.Combine(folder, MarkdownName);
        File.WriteAllText(html, Html(title, reports, pictures, notes));
        File.WriteAllText(markdown, Markdown(title, reports, pictures, notes));
        return [html, markdown];
    }

    /// <summary>A note for each speedup chart without its cores-busy chart: the run had no CPU-usage metric to draw.</summary>
    private static IEnumerable<string> MissingCoresBusyCharts(string[] pictures) =>
        pictures.Where(name => name.EndsWith(ScalingChartExporter.SpeedupSuffix + ".png", StringComparison.Ordinal))
            .Select(name => name[..^(ScalingChartExporter.SpeedupSuffix.Length + 4)])
            .Where(stem => !pictures.Contains(stem + ScalingChartExporter.CoresBusySuffix + ".png"))
            .Select(stem => $"{stem}: no cores-busy chart, because this run has no {ScalingChartExporter.CoresBusyMetricId} metric (no case of it produced a CPU-usage figure).");

    private static string Html(string title, string[] reports, string[] pictures, string[] notes)
    {
        var page = new StringBuilder();
        page.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine($"<title>{Encode(title)}</title>")
            .AppendLine("<style>body{font-family:sans-serif;margin:2em;max-width:1100px}img{max-width:100%;border:1px solid #ccc}figure{margin:1.5em 0}</style>")
            .AppendLine("</head><body>")
            .AppendLine($"<h1>{Encode(title)}</h1>")
            .AppendLine("<h2>Reports</h2><ul>");
        foreach (string report in reports)
        {
            page.AppendLine($"<li><a href=\"{Link(report)}\">{Encode(report)}</a></li>");
        }

        page.AppendLine("</ul>").AppendLine("<h2>Charts</h2>");
        foreach (string note in notes)
        {
            page.AppendLine($"<p><em>{Encode(note)}</em></p>");
        }

        foreach (string picture in pictures)
        {
            string svg = Path.ChangeExtension(picture, ".svg");
            page.AppendLine($"<figure><a href=\"{Link(svg)}\"><img src=\"{Link(picture)}\" alt=\"{Encode(picture)}\"></a><figcaption>{Encode(picture)} (click for SVG)</figcaption></figure>");
        }

        return page.AppendLine("</body></html>").ToString();
    }

    private static string Markdown(string title, string[] reports, string[] pictures, string[] notes)
    {
        var page = new StringBuilder();
        page.AppendLine($"# {title}").AppendLine().AppendLine("## Reports").AppendLine();
        foreach (string report in reports)
        {
            page.AppendLine($"- [{report}]({Link(report)})");
        }

        page.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (string note in notes)
        {
            page.AppendLine($"_{note}_").AppendLine();
        }

        foreach (string picture in pictures)
        {
            page.AppendLine($"[![{picture}]({Link(picture)})]({Link(Path.ChangeExtension(picture, ".svg"))})").AppendLine();
        }

        return page.ToString();
    }

    private static string Link(string fileName) => Uri.EscapeDataString(fileName);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
