using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Benchmarks.Progress;

/// <summary>The progress lines a person reads while the suite runs: the plan, one line per finished case, the end.</summary>
internal static class ProgressText
{
    /// <summary>Marks the suite's own lines among BenchmarkDotNet's log.</summary>
    public const string Prefix = "// >> ";

    public static string Plan(int cases, int suites, TimeSpan expected) =>
        $"{Prefix}{Count(cases, "benchmark case")} in {Count(suites, "suite")}: expected about {Duration(expected)}, "
        + "after BenchmarkDotNet has built its benchmark project.";

    public static string Finished(int finished, int total, string label, string keyFigure, TimeSpan elapsed, TimeSpan left)
    {
        string counter = $"[{finished.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)}/{total}]";
        return $"{Prefix}{counter} {label}: {keyFigure} · {Duration(elapsed)} elapsed, about {Duration(left)} left";
    }

    public static string Done(int cases, TimeSpan elapsed, string? resultsFolder) =>
        $"{Prefix}{Count(cases, "benchmark case")} ran in {Duration(elapsed)}."
        + (resultsFolder is null ? "" : $" Reports, charts and index.html: {resultsFolder}");

    /// <summary>The figure that says most about a finished case: its speedup where it has one, else its median; "failed" without a result.</summary>
    public static string KeyFigure(ScalingFigures? figures, IReadOnlyList<double>? measurements)
    {
        if (measurements is not { Count: > 0 })
        {
            return "failed (see the log above)";
        }

        if (figures is null)
        {
            return $"median {Time(MedianRatio.Median(measurements))}";
        }

        return $"speedup {IntervalText.Format(figures.Speedup, figures.SpeedupInterval, "×")}";
    }

    /// <summary>m:ss under an hour, h:mm:ss from there, rounded up to the second: a time left never reads 0:00 too early.</summary>
    public static string Duration(TimeSpan duration)
    {
        var seconds = TimeSpan.FromSeconds(Math.Ceiling(Math.Max(duration.TotalSeconds, 0)));
        return seconds.TotalHours >= 1
            ? FormattableString.Invariant($"{(int)seconds.TotalHours}:{seconds.Minutes:00}:{seconds.Seconds:00}")
            : FormattableString.Invariant($"{seconds.Minutes}:{seconds.Seconds:00}");
    }

    /// <summary>A time in nanoseconds in the unit that keeps 3 or 4 significant digits.</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => FormattableString.Invariant($"{nanoseconds / 1e9:0.000} s"),
        >= 1e6 => FormattableString.Invariant($"{nanoseconds / 1e6:0.00} ms"),
        >= 1e3 => FormattableString.Invariant($"{nanoseconds / 1e3:0.00} μs"),
        _ => FormattableString.Invariant($"{nanoseconds:0.0} ns"),
    };

    private static string Count(int count, string noun) =>
        FormattableString.Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");
}
