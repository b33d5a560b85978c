namespace Concurrency.Benchmarks.Recommendations;

/// <summary>Where a run's decision guide lives: in the run folder, beside BenchmarkDotNet's <c>results/</c> folder.</summary>
internal static class RecommendationFiles
{
    public const string Markdown = "recommendations.md";
    public const string Json = "recommendations.json";
}
