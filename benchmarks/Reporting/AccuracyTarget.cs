using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The accuracy a Scaling case should reach: its measured iterations vary by at most 3 % (coefficient of variation,
/// standard deviation ÷ mean, over the iterations BenchmarkDotNet kept after removing outliers). A case that misses
/// it is to be marked in the reports, never hidden.
/// </summary>
internal static class AccuracyTarget
{
    public const double MaxCoefficientOfVariation = 0.03;

    /// <summary>Whether the case was measured at least twice and its coefficient of variation is within the target.</summary>
    public static bool IsMet(BenchmarkReport report) => IsMet(report.ResultStatistics);

    /// <inheritdoc cref="IsMet(BenchmarkReport)"/>
    public static bool IsMet(Statistics? statistics) => CoefficientOfVariation(statistics) <= MaxCoefficientOfVariation;

    /// <summary>Standard deviation ÷ mean; null without a result, or with one iteration, whose spread is unknown.</summary>
    public static double? CoefficientOfVariation(Statistics? statistics) =>
        statistics is { N: >= 2, Mean: > 0 } ? statistics.StandardDeviation / statistics.Mean : null;
}
