using System.Globalization;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Reporting.Columns;
using Concurrency.Benchmarks.Results.Json;
using Concurrency.Strategies;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>How the guide writes a configuration and its figures: <c>Threads × 16</c>, <c>1.87× [1.82–1.88]</c>.</summary>
internal static class FigureText
{
    public static string Configuration(string strategy, int workers) =>
        strategy == nameof(StrategyKind.Sequential) ? strategy : FormattableString.Invariant($"{strategy} × {workers}");

    public static string Configuration(MeasuredCase measured) => Configuration(measured.Strategy.ToString(), measured.Workers);

    public static string Speedup(double speedup, RatioInterval? interval) => Ratio(speedup, interval, "×");

    public static string Speedup(MeasuredCase measured) => Speedup(measured.Figures.Speedup, measured.Figures.SpeedupInterval);

    public static string Efficiency(double efficiency, RatioInterval? interval) => Plain(efficiency, interval);

    /// <summary>A ratio as the Speedup and Efficiency columns write it, without a unit: <c>1.87 [1.84–1.90]</c>.</summary>
    public static string Plain(double value, RatioInterval? interval) => Ratio(value, interval, "");

    /// <summary>Resident memory per worker as the RSS/Worker column writes it; "–" where not measured.</summary>
    public static string Megabytes(double? bytes) =>
        bytes is { } value ? MemoryColumn.Megabytes(value, CultureInfo.InvariantCulture) : "–";

    private static string Ratio(double value, RatioInterval? interval, string unit) =>
        double.IsFinite(value) ? IntervalText.Format(value, interval, unit) : "–";
}
