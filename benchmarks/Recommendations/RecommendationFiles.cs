using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>Where a run's decision guide lives: in the run folder, beside BenchmarkDotNet's <c>results/</c> folder.</summary>
internal static class RecommendationFiles
{
    public const string Markdown = "recommendations.md";
    public const string Json = "recommendations.json";

    /// <summary>
    /// The contract's type, written without escaping ×, – or apostrophes, so the file reads as the markdown does. It is
    /// a file of its own, never inlined into HTML, where those escapes would matter.
    /// </summary>
    private static readonly JsonTypeInfo<IReadOnlyList<Recommendation>> Written =
        (JsonTypeInfo<IReadOnlyList<Recommendation>>)new JsonSerializerOptions(RecommendationsJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }.GetTypeInfo(typeof(IReadOnlyList<Recommendation>));

    /// <summary>Writes both files into <paramref name="runFolder"/> and returns their paths, markdown first.</summary>
    public static (string Markdown, string Json) Write(string runFolder, IReadOnlyList<Recommendation> recommendations, string markdown)
    {
        Directory.CreateDirectory(runFolder);
        string markdownPath = Path.Combine(runFolder, Markdown);
        string jsonPath = Path.Combine(runFolder, Json);
        File.WriteAllText(markdownPath, markdown);
        File.WriteAllText(jsonPath, JsonSerializer.Serialize(recommendations, Written));
        return (markdownPath, jsonPath);
    }

    /// <summary>The recommendations of a <c>recommendations.json</c>.</summary>
    public static IReadOnlyList<Recommendation> Read(string jsonPath) =>
        JsonSerializer.Deserialize(File.ReadAllText(jsonPath), RecommendationsJsonContext.Default.IReadOnlyListRecommendation)
        ?? throw new JsonException($"{jsonPath}: null instead of a list of recommendations.");
}
