using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>
/// The end of a run that measured Scaling cases (the first run, <c>--filter '*Scaling*'</c>, <c>--all</c> …): its
/// recommendations, computed from the summaries and written into the run folder.
/// </summary>
internal static class DecisionGuide
{
    /// <summary>Writes the guide of <paramref name="summaries"/>, or does nothing and returns null when they have no Scaling case.</summary>
    public static WrittenGuide? Write(IReadOnlyList<Summary> summaries)
    {
        Summary[] scaling = [.. summaries.Where(summary => summary.BenchmarksCases.Any(MeasuredCase.IsScalingCase))];
        if (scaling.Length == 0)
        {
            return null;
        }

        MeasuredCase[] cases = [.. scaling.SelectMany(MeasuredCase.From)];
        var recommendations = Recommender.Recommend(cases);
        string markdown = RecommendationMarkdown.Render(recommendations, cases);
        // BenchmarkDotNet writes its reports into <artifacts>/results; the guide goes one level up, into the run folder.
        string runFolder = Path.GetDirectoryName(Path.GetFullPath(scaling[0].ResultsDirectoryPath))
            ?? throw new InvalidOperationException($"{scaling[0].ResultsDirectoryPath} has no parent folder to write the recommendations to.");
        var (markdownPath, jsonPath) = RecommendationFiles.Write(runFolder, recommendations, markdown);
        return new WrittenGuide(recommendations, markdown, markdownPath, jsonPath);
    }
}
