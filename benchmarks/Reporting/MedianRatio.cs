using Concurrency.Benchmarks.Results.Json;
using Pragmastat;
using Pragmastat.Estimators;

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

    /// <summary>The sample median (the middle value, or the mean of the middle two), as BenchmarkDotNet's Median: the one the suite uses everywhere.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        return MedianEstimator.Instance.Estimate(new Sample([.. values])).NominalValue;
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

        double[] sortedNumerator = Sorted(numerator);
        double[] sortedDenominator = Sorted(denominator);
        int[] numeratorCounts = new int[numerator.Count];
        int[] denominatorCounts = new int[denominator.Count];
        var random = new Random(Seed);
        double[] ratios = new double[Resamples];
        for (int i = 0; i < Resamples; i++)
        {
            ratios[i] = ResampledMedian(sortedNumerator, numeratorCounts, random) / ResampledMedian(sortedDenominator, denominatorCounts, random);
        }

        Array.Sort(ratios);
        int tail = (int)Math.Round((1 - Confidence) / 2 * Resamples);
        return new RatioInterval(ratios[tail], ratios[Resamples - 1 - tail], Confidence);
    }

    private static bool IsUsable(IReadOnlyList<double> sample) =>
        sample.Count >= MinimumMeasurements && sample.All(value => value > 0 && double.IsFinite(value));

    private static double[] Sorted(IReadOnlyList<double> values)
    {
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>
    /// The median of one resample, drawn as how often each sorted value is picked: the median is then found by
    /// walking the counts, with no sort per resample.
    /// </summary>
    private static double ResampledMedian(double[] sorted, int[] counts, Random random)
    {
        Array.Clear(counts);
        for (int draw = 0; draw < sorted.Length; draw++)
        {
            counts[random.Next(sorted.Length)]++;
        }

        // The middle ranks (0-based): the same one for an odd count, two neighbours for an even one.
        return (ValueAtRank(sorted, counts, (sorted.Length - 1) / 2) + ValueAtRank(sorted, counts, sorted.Length / 2)) / 2;
    }

    private static double ValueAtRank(double[] sorted, int[] counts, int rank)
    {
        int picked = 0;
        for (int i = 0; ; i++)
        {
            picked += counts[i];
            if (picked > rank)
            {
                return sorted[i];
            }
        }
    }
}
