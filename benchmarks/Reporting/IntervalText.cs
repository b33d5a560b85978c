using System.Globalization;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// A figure with its interval, as every table, guide and progress line writes it: <c>1.87× [1.84–1.90]</c>, or the
/// figure alone where it has no interval. Here, the lowest folder all of them can use, so the brackets, the en dash
/// and the digits cannot drift apart; the callers differ only in unit, digits and culture.
/// </summary>
internal static class IntervalText
{
    /// <summary>Two decimals: a speedup of 1.87 or an efficiency of 0.93, as every report writes ratios.</summary>
    public const string TwoDecimals = "0.00";

    /// <summary><c>value unit [low–high]</c>, or <c>value unit</c> without an interval; invariant unless a culture is given.</summary>
    public static string Format(double value, RatioInterval? interval, string unit = "", string format = TwoDecimals, IFormatProvider? provider = null) =>
        Format(value, interval?.Low, interval?.High, unit, format, provider);

    /// <summary>The same with the bounds apart, as a row that keeps them as two numbers holds them: an interval needs both.</summary>
    public static string Format(double value, double? low, double? high, string unit = "", string format = TwoDecimals, IFormatProvider? provider = null)
    {
        provider ??= CultureInfo.InvariantCulture;
        string figure = value.ToString(format, provider) + unit;
        return low is { } lower && high is { } upper
            ? $"{figure} [{lower.ToString(format, provider)}–{upper.ToString(format, provider)}]"
            : figure;
    }
}
