using System.Text.Json;
using Concurrency.Benchmarks.Results;

namespace Concurrency.Benchmarks.Articles;

/// <summary>Writes a run's <c>articles.json</c>, <c>articles.md</c> and one chart per experiment into its results folder.</summary>
internal static class ArticlesOutput
{
    public const string JsonFile = "articles.json";
    public const string MarkdownFile = "articles.md";

    /// <summary>Writes the files and returns the markdown, which the command also prints.</summary>
    public static string Write(ArticlesReport report, string folder, string? label)
    {
        File.WriteAllText(Path.Combine(folder, JsonFile), Serialize(report.Rows));
        foreach (var experiment in report.Experiments.Where(experiment => experiment.Rows.Count > 0))
        {
            ArticlesChart.Render(experiment, Path.Combine(folder, $"articles-{experiment.Experiment.Name}"));
        }

        string markdown = ArticlesMarkdown.Write(report, label ?? MachineLabel.Detect());
        File.WriteAllText(Path.Combine(folder, MarkdownFile), markdown);
        return markdown;
    }

    public static string Serialize(IReadOnlyList<ArticleRow> rows) => JsonSerializer.Serialize(rows, ArticlesJsonContext.Default.IReadOnlyListArticleRow);
}
