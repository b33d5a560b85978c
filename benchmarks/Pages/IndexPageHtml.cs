using System.Globalization;
using System.Net;
using System.Text;
using Concurrency.Benchmarks.Recommendations;

namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// <c>index.html</c>: one static page, its style inline, every link relative and inside the run folder, so it opens
/// from disk (<c>file://</c>) or from any copy of the folder.
/// </summary>
internal static class IndexPageHtml
{
    private const string Style = """
        body{font-family:sans-serif;margin:2em;max-width:1200px;color:#222}
        img{max-width:100%;border:1px solid #ccc}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:1em}
        figure{margin:0}
        table{border-collapse:collapse;display:block;overflow:auto;margin:1em 0}
        td,th{padding:4px 10px;border:1px solid #ddd;vertical-align:top}
        tr:nth-child(even){background:#f8f8f8}
        .figure,#tables td{text-align:right;white-space:nowrap}
        .note{background:#f4f4f4;border-left:4px solid #999;padding:.5em 1em}
        .problem{background:#fdecea;border-left:4px solid #c62828;padding:.5em 1em}
        ul.pitfalls{margin:0;padding-left:1.2em}
        """;

    public static string Render(IndexPageContent content)
    {
        var page = new StringBuilder();
        page.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .AppendLine($"<title>{Encode(content.Title)}</title>")
            .AppendLine($"<style>{Style}</style>")
            .AppendLine("</head><body>")
            .AppendLine($"<h1>{Encode(content.Title)}</h1>");
        Recommendations(page, content.Recommendations);
        Charts(page, content);
        Tables(page, content.Tables);
        page.AppendLine("<section id=\"reports\"><h2>Reports</h2><ul>");
        foreach (string report in content.Reports)
        {
            page.AppendLine($"<li><a href=\"{Link(report)}\">{Encode(report)}</a></li>");
        }

        return page.AppendLine("</ul></section>").AppendLine("</body></html>").ToString();
    }

    private static void Recommendations(StringBuilder page, RecommendationsSection section)
    {
        page.AppendLine("<section id=\"recommendations\"><h2>Recommendations</h2>");
        if (section.Problem is { } problem)
        {
            page.AppendLine($"<p class=\"problem\" role=\"alert\">{Encode(problem)}</p>");
        }
        else if (!section.JsonPresent)
        {
            page.AppendLine($"<p class=\"note\">No decision guide in this run folder ({RecommendationFiles.Json} is written there after every benchmark ran).</p>");
        }
        else
        {
            page.AppendLine("<p>Per kind of work, the best strategy and worker count this run measured, with speedup over Sequential and "
                + "efficiency against the machine's limit (1.00 = the limit), each with its 99 % interval where the run had enough iterations.</p>");
            RecommendationTable(page, section.Rows);
        }

        if (section.MarkdownPresent)
        {
            page.AppendLine($"<p>The guide as text: <a href=\"../{Link(RecommendationFiles.Markdown)}\">{RecommendationFiles.Markdown}</a>.</p>");
        }

        page.AppendLine("</section>");
    }

    private static void RecommendationTable(StringBuilder page, IReadOnlyList<Recommendation> rows)
    {
        page.AppendLine("<table class=\"guide\"><thead><tr><th>Work</th><th>Strategy</th><th>Workers</th><th>Speedup</th><th>Efficiency</th>"
            + "<th>Memory per worker</th><th>Runner-up</th><th>Pitfalls</th><th>Case</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            page.Append("<tr>")
                .Append($"<td>{Encode(row.Work)}<br><small>{Encode(row.Workload)}</small></td>")
                .Append($"<td>{Encode(row.Strategy)}</td>")
                .Append($"<td class=\"figure\">{row.Workers.ToString(CultureInfo.InvariantCulture)}</td>")
                .Append($"<td class=\"figure\">{Encode(RecommendationText.Speedup(row))}</td>")
                .Append($"<td class=\"figure\">{Encode(RecommendationText.Efficiency(row))}</td>")
                .Append($"<td class=\"figure\">{Encode(FigureText.Megabytes(row.RssPerWorkerBytes))}</td>")
                .Append($"<td>{Encode(RecommendationText.RunnerUp(row.RunnerUp))}")
                .Append(row.RunnerUp is null ? "" : $"<br><small><code>{Encode(row.RunnerUp.Case)}</code></small>")
                .Append("</td><td>");
            Pitfalls(page, row.Pitfalls);
            page.AppendLine($"</td><td><code>{Encode(row.Case)}</code></td></tr>");
        }

        page.AppendLine("</tbody></table>");
    }

    private static void Pitfalls(StringBuilder page, IReadOnlyList<Pitfall> pitfalls)
    {
        if (pitfalls is not { Count: > 0 })
        {
            page.Append(RecommendationText.Missing);
            return;
        }

        page.Append("<ul class=\"pitfalls\">");
        foreach (var pitfall in pitfalls)
        {
            page.Append($"<li>{Encode(pitfall.Text)} <small>(<code>{Encode(pitfall.Case)}</code>)</small></li>");
        }

        page.Append("</ul>");
    }

    private static void Charts(StringBuilder page, IndexPageContent content)
    {
        page.AppendLine("<section id=\"charts\"><h2>Charts</h2>");
        if (content.Charts.Count == 0)
        {
            page.AppendLine("<p class=\"note\">No charts: this run has no scaling case with a Sequential baseline.</p>");
        }

        foreach (string note in content.ChartNotes)
        {
            page.AppendLine($"<p class=\"note\">{Encode(note)}</p>");
        }

        page.AppendLine("<div class=\"charts\">");
        foreach (var chart in content.Charts)
        {
            string image = $"<img src=\"{Link(chart.Png)}\" alt=\"{Encode(chart.AltText)}\">";
            page.AppendLine(chart.Svg is null
                ? $"<figure>{image}<figcaption>{Encode(chart.Png)}</figcaption></figure>"
                : $"<figure><a href=\"{Link(chart.Svg)}\">{image}</a><figcaption>{Encode(chart.Png)} (click for SVG)</figcaption></figure>");
        }

        page.AppendLine("</div></section>");
    }

    private static void Tables(StringBuilder page, IReadOnlyList<ReportTable> tables)
    {
        page.AppendLine("<section id=\"tables\"><h2>Tables</h2>");
        if (tables.Count == 0)
        {
            page.AppendLine("<p class=\"note\">No HTML report in this results folder.</p>");
        }

        foreach (var table in tables)
        {
            page.AppendLine($"<h3>{Encode(table.Suite)}</h3>")
                .AppendLine($"<p>From <a href=\"{Link(table.Report)}\">{Encode(table.Report)}</a>; the column legends are in the markdown report.</p>")
                .AppendLine(table.Html ?? $"<p class=\"problem\">{Encode(table.Problem ?? "")}</p>");
        }

        page.AppendLine("</section>");
    }

    private static string Link(string fileName) => Uri.EscapeDataString(fileName);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
