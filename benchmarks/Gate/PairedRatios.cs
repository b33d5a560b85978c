using Perfolizer.Mathematics.Distributions.ContinuousDistributions;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Pragmastat;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Head against base as the log ratios ln(head / base) of paired rounds. Load that drifts over minutes hits both rounds
/// of a pair alike and cancels in the ratio; what is left is the change plus the pairs' own spread. A one-sample
/// Student t-test on the log ratios (Perfolizer's) is the paired t-test on log values: it judges relative changes, and
/// one wild pair widens its spread instead of faking a shift.
/// </summary>
internal sealed class PairedRatios
{
    private readonly double[] _logRatios;

    private PairedRatios(double[] logRatios)
    {
        _logRatios = logRatios;
        MeanLog = logRatios.Average();
        double variance = logRatios.Sum(value => (value - MeanLog) * (value - MeanLog)) / (logRatios.Length - 1);
        StandardError = Math.Sqrt(variance / logRatios.Length);
    }

    public int Count => _logRatios.Length;

    /// <summary>The mean of ln(head / base) over the pairs.</summary>
    public double MeanLog { get; }

    /// <summary>The standard error of <see cref="MeanLog"/>, from the pairs' spread.</summary>
    public double StandardError { get; }

    /// <summary>The change as a fraction (0.12 = head 12 % slower): the geometric mean of head / base, minus 1.</summary>
    public double Change => Math.Exp(MeanLog) - 1;

    /// <summary>
    /// The ratios of <paramref name="headValues"/>[i] to <paramref name="baseValues"/>[i]; null when there are fewer than
    /// two pairs, or a pair lacks a value or has one at zero.
    /// </summary>
    public static PairedRatios? Of(IReadOnlyList<double?> baseValues, IReadOnlyList<double?> headValues)
    {
        if (baseValues.Count != headValues.Count)
        {
            throw new ArgumentException($"{baseValues.Count} base values against {headValues.Count} head values: pairs need one of each.", nameof(headValues));
        }

        var logRatios = baseValues.Zip(headValues)
            .Select(pair => pair is ({ } baseValue, { } headValue) && baseValue > 0 && headValue > 0 ? Math.Log(headValue / baseValue) : double.NaN)
            .ToArray();
        return logRatios.Length >= 2 && logRatios.All(double.IsFinite) ? new PairedRatios(logRatios) : null;
    }

    /// <summary>One-sided p-value of "head is slower than base by more than <paramref name="margin"/>" (a fraction; 0 = slower at all).</summary>
    public double PValueSlower(double margin) => PValue(Math.Log(1 + margin), AlternativeHypothesis.Greater);

    /// <summary>One-sided p-value of "head is faster than base by more than <paramref name="margin"/>".</summary>
    public double PValueFaster(double margin) => PValue(-Math.Log(1 + margin), AlternativeHypothesis.Less);

    /// <summary>
    /// The change's interval as fractions: geometric mean × / ÷ exp(t[1 − <paramref name="risk"/>] standard errors). Each
    /// end is one-sided at <paramref name="risk"/>: the high end is the largest slowdown these pairs leave open, what the
    /// gate could still have missed.
    /// </summary>
    public (double Low, double High) Interval(double risk)
    {
        double half = new StudentDistribution(Count - 1).Quantile(1 - risk) * StandardError;
        return (Math.Exp(MeanLog - half) - 1, Math.Exp(MeanLog + half) - 1);
    }

    private double PValue(double logMargin, AlternativeHypothesis alternative)
    {
        if (StandardError == 0)
        {
            // Identical ratios: the t statistic is infinite, and the data alone say which side of the margin they are on.
            bool shown = alternative == AlternativeHypothesis.Greater ? MeanLog > logMargin : MeanLog < logMargin;
            return shown ? 0 : 1;
        }

        return StudentTest.Instance.Run(new Sample(_logRatios), logMargin, alternative).PValue;
    }
}
