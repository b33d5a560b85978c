namespace Concurrency.Benchmarks.Results.Json;

/// <summary>A ratio's confidence interval as saved in the JSON report.</summary>
/// <param name="Low">Lower bound.</param>
/// <param name="High">Upper bound.</param>
/// <param name="Confidence">The confidence level, e.g. 0.99.</param>
internal sealed record RatioInterval(double Low, double High, double Confidence);
