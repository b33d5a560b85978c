using System.Globalization;
using Concurrency.Benchmarks.Recommendations;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Reporting.Exporters;

/// <summary>How the index pages write a recommendation's figures: as the Speedup and Efficiency columns do, <c>1.87 [1.84–1.90]</c>.</summary>
internal static class RecommendationText
{
    public const string Missing = "–";

    public static string Speedup(Recommendation recommendation) => Ratio(recommendation.Speedup, recommendation.SpeedupInterval);

    public static string Efficiency(Recommendation recommendation) => Ratio(recommendation.Efficiency, recommendation.EfficiencyInterval);

    /// <summary><c>Threads × 16, speedup 1.80</c>, or <see cref="Missing"/> when the run measured only one candidate.</summary>
    public static string RunnerUp(RecommendedAlternative? runnerUp) =>
        runnerUp is null ? Missing : $"{runnerUp.Strategy} × {runnerUp.Workers.ToString(CultureInfo.InvariantCulture)}, speedup {Number(runnerUp.Speedup)}";

    private static string Ratio(double value, RatioInterval? interval) =>
        interval is null ? Number(value) : $"{Number(value)} [{Number(interval.Low)}–{Number(interval.High)}]";

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : Missing;
}
