using Perfolizer.Mathematics.Distributions.ContinuousDistributions;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Head against base as the log ratios ln(head / base) of paired rounds, judged by their 10 % trimmed mean (Yuen's
/// trimmed t-test for one sample; Wilcox, <i>Introduction to Robust Estimation and Hypothesis Testing</i>). Load that
/// drifts over minutes hits both rounds of a pair alike and cancels in the ratio; a pair that load hit on one side only
/// is wild. From 10 pairs on, the one at each end is set aside before the mean and counts as its neighbour in the
/// spread, so a wild pair neither fakes a shift nor, as in a plain t-test, widens the interval until the rounds run
/// out. Under 10 pairs nothing is trimmed and the test is the paired Student t-test: trimming there costs more power
/// than it buys (docs/GATE.md, "The test and the verdicts").
/// </summary>
internal sealed class PairedRatios
{
    /// <summary>The share of the pairs set aside at each end.</summary>
    public const double Trim = 0.1;

    /// <summary>The fewest pairs of which one at each end is set aside.</summary>
    public static int FirstTrimmed { get; } = (int)Math.Ceiling(1 / Trim);

    private readonly int _degreesOfFreedom;

    private PairedRatios(double[] logRatios)
    {
        Count = logRatios.Length;
        double[] sorted = [.. logRatios.Order()];
        int trimmed = (int)Math.Floor(Trim * Count);
        int kept = Count - 2 * trimmed;
        MeanLog = sorted.Skip(trimmed).Take(kept).Average();

        // The spread of the winsorised sample: the trimmed pairs count as the nearest kept ones.
        double[] winsorised = [.. sorted.Select(value => Math.Clamp(value, sorted[trimmed], sorted[Count - 1 - trimmed]))];
        double winsorisedMean = winsorised.Average();
        double winsorisedSquares = winsorised.Sum(value => (value - winsorisedMean) * (value - winsorisedMean));
        StandardError = Math.Sqrt(winsorisedSquares / (kept * (kept - 1.0)));
        _degreesOfFreedom = kept - 1;
    }

    /// <summary>How many pairs the ratios come from.</summary>
    public int Count { get; }

    /// <summary>The 10 % trimmed mean of ln(head / base) over the pairs.</summary>
    public double MeanLog { get; }

    /// <summary>The standard error of <see cref="MeanLog"/>, from the winsorised pairs' spread.</summary>
    public double StandardError { get; }

    /// <summary>The change as a fraction (0.12 = head 12 % slower): exp of the trimmed mean log ratio, minus 1.</summary>
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
    public double PValueSlower(double margin) => PValue(MeanLog - Math.Log(1 + margin));

    /// <summary>One-sided p-value of "head is faster than base by more than <paramref name="margin"/>".</summary>
    public double PValueFaster(double margin) => PValue(-Math.Log(1 + margin) - MeanLog);

    /// <summary>
    /// The change's interval as fractions: exp(trimmed mean ± t[1 − <paramref name="risk"/>] standard errors) − 1. Each
    /// end is one-sided at <paramref name="risk"/>: the high end is the largest slowdown these pairs leave open, what the
    /// gate could still have missed.
    /// </summary>
    public (double Low, double High) Interval(double risk)
    {
        double half = new StudentDistribution(_degreesOfFreedom).Quantile(1 - risk) * StandardError;
        return (Math.Exp(MeanLog - half) - 1, Math.Exp(MeanLog + half) - 1);
    }

    /// <summary>The p-value of a one-sided test whose alternative is that <paramref name="shown"/> (in logs) is above 0.</summary>
    private double PValue(double shown)
    {
        if (StandardError == 0)
        {
            // Identical kept ratios: the t statistic is infinite, and the data alone say which side of the margin they are on.
            return shown > 0 ? 0 : 1;
        }

        return 1 - new StudentDistribution(_degreesOfFreedom).Cdf(shown / StandardError);
    }
}
