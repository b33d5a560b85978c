namespace Concurrency.Benchmarks.Recommendations;

/// <summary>A decision guide as <see cref="DecisionGuide"/> wrote it: its recommendations, its markdown and both files.</summary>
internal sealed record WrittenGuide(IReadOnlyList<Recommendation> Recommendations, string Markdown, string MarkdownPath, string JsonPath);
