using System.Text.Json;
using Concurrency.Benchmarks.Recommendations;

namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// The index page's view of the run's decision guide (<see cref="RecommendationFiles"/>, in the run folder above the
/// results folder). The guide is written after every benchmark ran, so the first index of a run has none yet; a guide
/// that cannot be read is shown as a problem on the page, never left out silently.
/// </summary>
/// <param name="JsonPresent">Whether the run folder has <c>recommendations.json</c>.</param>
/// <param name="MarkdownPresent">Whether it has <c>recommendations.md</c>, which the page links.</param>
/// <param name="Rows">The recommendations read; empty when absent or unreadable.</param>
/// <param name="Problem">Why the JSON could not be read, naming the file and the error; null when it could.</param>
internal sealed record RecommendationsSection(bool JsonPresent, bool MarkdownPresent, IReadOnlyList<Recommendation> Rows, string? Problem)
{
    public static readonly RecommendationsSection Absent = new(JsonPresent: false, MarkdownPresent: false, [], Problem: null);

    public static RecommendationsSection Read(string runFolder)
    {
        string json = Path.Combine(runFolder, RecommendationFiles.Json);
        bool markdown = File.Exists(Path.Combine(runFolder, RecommendationFiles.Markdown));
        if (!File.Exists(json))
        {
            return Absent with { MarkdownPresent = markdown };
        }

        try
        {
            using var stream = File.OpenRead(json);
            return JsonSerializer.Deserialize(stream, RecommendationsJsonContext.Default.IReadOnlyListRecommendation) is { } rows
                ? new RecommendationsSection(JsonPresent: true, markdown, rows, Problem: null)
                : Unreadable(markdown, "it holds null, not a list of recommendations");
        }
        catch (JsonException unreadable)
        {
            return Unreadable(markdown, unreadable.Message);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            return Unreadable(markdown, unreadable.Message);
        }
    }

    private static RecommendationsSection Unreadable(bool markdown, string error) =>
        new(JsonPresent: true, markdown, [], $"{RecommendationFiles.Json} cannot be read: {error}");
}
