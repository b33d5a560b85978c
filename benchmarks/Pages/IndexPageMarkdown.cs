using System.Globalization;
using System.Text;
using Concurrency.Benchmarks.Recommendations;

namespace Concurrency.Benchmarks.Pages;

/// <summary><c>index.md</c>: the index page for a markdown viewer; BenchmarkDotNet's tables stay in the <c>*-report-github.md</c> it links.</summary>
internal static class IndexPageMarkdown
{
    public static string Render(IndexPageContent content)
    {
        var page = new StringBuilder();
        page.AppendLine($"# {content.Title}").AppendLine();
        Recommendations(page, content.Recommendations);
        page.AppendLine("## Reports").AppendLine();
        foreach (string report in content.Reports)
        {
            page.AppendLine($"- [{report}]({Link(report)})");
        }

        page.AppendLine().AppendLine("## Charts").AppendLine();
        foreach (string note in content.ChartNotes)
        {
            page.AppendLine($"_{note}_").AppendLine();
        }

        foreach (var chart in content.Charts)
        {
            string image = $"![{chart.AltText}]({Link(chart.Png)})";
            page.AppendLine(chart.Svg is null ? image : $"[{image}]({Link(chart.Svg)})").AppendLine();
        }

        return page.ToString();
    }

    private static void Recommendations(StringBuilder page, RecommendationsSection section)
    {
        page.AppendLine("## Recommendations").AppendLine();
        if (section.Problem is { } problem)
        {
            page.AppendLine($"**{problem}**").AppendLine();
        }
        else if (!section.JsonPresent)
        {
            page.AppendLine($"_No decision guide in this run folder ({RecommendationFiles.Json} is written there after every benchmark ran)._").AppendLine();
        }
        else
        {
            page.AppendLine("| Work | Strategy | Workers | Speedup | Efficiency | Memory per worker | Runner-up | Pitfalls | Case |");
            page.AppendLine("|---|---|---:|---:|---:|---:|---|---|---|");
            foreach (var row in section.Rows)
            {
                string pitfalls = row.Pitfalls is { Count: > 0 }
                    ? string.Join("; ", row.Pitfalls.Select(pitfall => $"{pitfall.Text} (`{pitfall.Case}`)"))
                    : RecommendationText.Missing;
                page.AppendLine($"| {Cell($"{row.Work} ({row.Workload})")} | {Cell(row.Strategy)} | {row.Workers.ToString(CultureInfo.InvariantCulture)} | "
                    + $"{RecommendationText.Speedup(row)} | {RecommendationText.Efficiency(row)} | {FigureText.Megabytes(row.RssPerWorkerBytes)} | {Cell(RecommendationText.RunnerUp(row.RunnerUp))} | "
                    + $"{Cell(pitfalls)} | `{Cell(row.Case)}` |");
            }

            page.AppendLine();
        }

        if (section.MarkdownPresent)
        {
            page.AppendLine($"The guide as text: [{RecommendationFiles.Markdown}](../{Link(RecommendationFiles.Markdown)}).").AppendLine();
        }
    }

    private static string Link(string fileName) => Uri.EscapeDataString(fileName);

    /// <summary>Text that cannot break a table row.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
