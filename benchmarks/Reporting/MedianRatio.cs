using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The ratio of two samples' medians and its confidence interval, by a percentile bootstrap: each sample is resampled
/// with replacement on its own (the two cases ran apart), the ratio of the resampled medians is taken
/// <see cref="Resamples"/> times, and the middle <see cref="Confidence"/> of those ratios is the interval.
/// Perfolizer 0.6.1 offers no interval for a ratio (its ratio estimators give a point, its intervals cover one mean or
/// one quantile), and a bootstrap assumes no shape for timing distributions, which are skewed and often bimodal.
/// The seed is fixed, so the same measurements always give the same interval.
/// </summary>
internal static class MedianRatio
{
    public const double Confidence = 0.99;

    /// <summary>
    /// Below 8 measurements no distribution-free 99 % interval for a median exists (even the sample's whole range
    /// covers it with probability 1 − 2^(1−n) &lt; 0.99), so a bootstrap would only echo the extremes.
    /// </summary>
    public const int MinimumMeasurements = 8;

    /// <summary>Leaves 20 resampled ratios in each 0.5 % tail, so neither bound rests on one draw.</summary>
    private const int Resamples = 4000;

    private const int Seed = 1_000_003;

    /// <summary>The sample median (the middle value, or the mean of the middle two), as BenchmarkDotNet's Median.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }

    /// <summary>
    /// The <see cref="Confidence"/> interval of median(<paramref name="numerator"/>) ÷ median(<paramref name="denominator"/>),
    /// or null where either sample has fewer than <see cref="MinimumMeasurements"/> values or a value that is not a
    /// positive time (a ratio of zero or infinite medians has no interval).
    /// </summary>
    public static RatioInterval? Interval(IReadOnlyList<double> numerator, IReadOnlyList<double> denominator)
    {
        if (!IsUsable(numerator) || !IsUsable(denominator))
        {
            return null;
        }

        var random = new Random(Seed);
        double[] numeratorDraw = new double[numerator.Count];
        double[] denominatorDraw = new double[denominator.Count];
        double[] ratios = new double[Resamples];
        for (int i = 0; i < Resamples; i++)
        {
            ratios[i] = ResampledMedian(numerator, numeratorDraw, random) / ResampledMedian(denominator, denominatorDraw, random);
        }

        Array.Sort(ratios);
        int tail = (int)Math.Round((1 - Confidence) / 2 * Resamples);
        return new RatioInterval(ratios[tail], ratios[Resamples - 1 - tail], Confidence);
    }

    private static bool IsUsable(IReadOnlyList<double> sample) =>
        sample.Count >= MinimumMeasurements && sample.All(value => value > 0 && double.IsFinite(value));

    private static double ResampledMedian(IReadOnlyList<double> sample, double[] draw, Random random)
    {
        for (int i = 0; i < draw.Length; i++)
        {
            draw[i] = sample[random.Next(sample.Count)];
        }

        Array.Sort(draw);
        return MedianOfSorted(draw);
    }

    private static double MedianOfSorted(double[] sorted)
    {
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
