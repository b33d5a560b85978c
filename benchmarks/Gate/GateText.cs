using System.Globalization;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>How the gate writes its numbers: changes as signed percents, times with their unit, bytes as bytes.</summary>
internal static class GateText
{
    /// <summary>A change as a fraction, e.g. 0.123 → <c>+12.3 %</c>.</summary>
    public static string Change(double fraction) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %" : MarkdownText.Missing;

    /// <summary>An unsigned fraction as a percent, e.g. 0.1 → <c>10 %</c>.</summary>
    public static string Percent(double fraction) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : MarkdownText.Missing;

    public static string Bytes(double bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    public static string PValue(double p) => p.ToString(p < 0.001 ? "0.0e0" : "0.000", CultureInfo.InvariantCulture);

    /// <summary>A metric's value in its unit: times in the best unit, allocations in bytes.</summary>
    public static string Value(GateMetric metric, double? value) => value switch
    {
        null => MarkdownText.Missing,
        { } bytes when metric == GateMetric.Allocated => Bytes(bytes),
        { } nanoseconds => MarkdownText.Time(nanoseconds),
    };

    public static string Name(GateMetric metric) => metric switch
    {
        GateMetric.WallTime => "wall time",
        GateMetric.CpuPerOp => "CPU/op",
        GateMetric.Allocated => "allocated",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
    };
}
