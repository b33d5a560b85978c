using System.Globalization;
using Concurrency.Benchmarks.Recommendations;

namespace Concurrency.Benchmarks.Pages;

/// <summary>
/// How the index pages write a recommendation's figures: as the Speedup and Efficiency columns do, <c>1.87 [1.84–1.90]</c>
/// (the guide's own <see cref="FigureText"/>, without the × of its prose).
/// </summary>
internal static class RecommendationText
{
    public const string Missing = "–";

    public static string Speedup(Recommendation recommendation) => FigureText.Plain(recommendation.Speedup, recommendation.SpeedupInterval);

    public static string Efficiency(Recommendation recommendation) => FigureText.Efficiency(recommendation.Efficiency, recommendation.EfficiencyInterval);

    /// <summary><c>Threads × 16, speedup 1.80</c>, or <see cref="Missing"/> when the run measured only one candidate.</summary>
    public static string RunnerUp(RecommendedAlternative? runnerUp) =>
        runnerUp is null ? Missing : $"{runnerUp.Strategy} × {runnerUp.Workers.ToString(CultureInfo.InvariantCulture)}, speedup {FigureText.Plain(runnerUp.Speedup, null)}";
}
