using System.Text;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>Writes a <see cref="ResultComparison"/> as GitHub markdown: the table, the unmatched cases, a summary and the legend.</summary>
internal static class ComparisonMarkdown
{
    public static string Write(ResultComparison comparison)
    {
        bool showJob = comparison.Rows.Select(row => row.Base.Key.Job).Distinct().Skip(1).Any();
        var text = new StringBuilder();
        text.AppendLine("## Benchmark comparison: base → head").AppendLine();
        text.AppendLine($"- Base: `{comparison.Base.Source}` — {comparison.Base.Environment}");
        text.AppendLine($"- Head: `{comparison.Head.Source}` — {comparison.Head.Environment}");
        text.AppendLine($"- Test: Mann–Whitney equivalence test on the measured iterations, threshold {comparison.Threshold}, α = {ResultComparer.Alpha}").AppendLine();

        text.AppendLine(showJob ? "| Case | Job | Base | Head | Head/Base | Verdict |" : "| Case | Base | Head | Head/Base | Verdict |");
        text.AppendLine(showJob ? "|---|---|---:|---:|---:|---|" : "|---|---:|---:|---:|---|");
        foreach (var row in comparison.Rows)
        {
            string job = showJob ? $" {MarkdownText.Cell(row.Base.Key.Job)} |" : "";
            text.AppendLine(
                $"| {MarkdownText.Cell(row.Base.DisplayName)} |{job} {MarkdownText.Time(row.BaseMedian)} | {MarkdownText.Time(row.HeadMedian)} | "
                + $"{MarkdownText.Number(row.Ratio, "0.000")} | {Label(row.Verdict)} |");
        }

        MarkdownText.CaseList(text, "Only in base", comparison.OnlyInBase);
        MarkdownText.CaseList(text, "Only in head", comparison.OnlyInHead);

        text.AppendLine().AppendLine(
            $"**{comparison.Rows.Count} cases compared: {comparison.Count(Verdict.Slower)} slower, {comparison.Count(Verdict.Faster)} faster, "
            + $"{comparison.Count(Verdict.Same)} same, {comparison.Count(Verdict.Inconclusive)} inconclusive; "
            + $"{comparison.OnlyInBase.Count} only in base, {comparison.OnlyInHead.Count} only in head. "
            + (comparison.HasRegression ? "Regression.**" : "No regression.**"));

        text.AppendLine().AppendLine("Legend:");
        text.AppendLine("- Base, Head: median time per operation over the measured iterations (BenchmarkDotNet's Workload/Actual measurements).");
        text.AppendLine("- Head/Base: ratio of the medians; above 1 head is slower.");
        text.AppendLine($"- Verdict: **slower**/**faster** when head's measurements are shifted by more than the threshold ({comparison.Threshold}) "
            + $"with significance α = {ResultComparer.Alpha}; **same** when no such shift is shown (noise or a smaller change); "
            + "**inconclusive** when there are too few measurements for the test to reach α (about 5 a side are needed; a Dry job has 1, the short job 3).");
        return text.ToString();
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Slower => "**slower**",
        Verdict.Faster => "faster",
        Verdict.Same => "same",
        _ => "inconclusive",
    };
}
