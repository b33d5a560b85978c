using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>The bootstrap interval of a ratio of medians, on hand-made samples (times in milliseconds).</summary>
public sealed class MedianRatioTests
{
    [Test]
    public void Median_OddAndEvenCounts_MiddleValueOrMeanOfTheMiddleTwo() =>
        Assert.That((MedianRatio.Median([3, 1, 2]), MedianRatio.Median([4, 1, 3, 2])), Is.EqualTo((2.0, 2.5)));

    [Test]
    public void Interval_ContainsTheRatioOfTheMedians()
    {
        double[] sequential = Spread(160, 4, 12);
        double[] parallel = Spread(85, 3, 12);

        var interval = MedianRatio.Interval(sequential, parallel)!;

        double ratio = MedianRatio.Median(sequential) / MedianRatio.Median(parallel);
        Assert.That(ratio, Is.InRange(interval.Low, interval.High));
    }

    [Test]
    public void Interval_NarrowsWithMoreMeasurements()
    {
        var few = MedianRatio.Interval(Spread(160, 4, 10), Spread(85, 3, 10))!;
        var many = MedianRatio.Interval(Spread(160, 4, 100), Spread(85, 3, 100))!;

        Assert.That(many.High - many.Low, Is.LessThan(few.High - few.Low));
    }

    [Test]
    public void Interval_IsAtTheConfidenceOfNinetyNinePercent() =>
        Assert.That(MedianRatio.Interval(Spread(160, 4, 10), Spread(85, 3, 10))!.Confidence, Is.EqualTo(0.99));

    [Test]
    public void Interval_SameMeasurements_SameInterval() =>
        Assert.That(MedianRatio.Interval(Spread(160, 4, 15), Spread(85, 3, 15)), Is.EqualTo(MedianRatio.Interval(Spread(160, 4, 15), Spread(85, 3, 15))));

    [TestCase(7, 8, TestName = "Interval_NumeratorBelowEightMeasurements_IsNull")]
    [TestCase(8, 7, TestName = "Interval_DenominatorBelowEightMeasurements_IsNull")]
    public void Interval_TooFewMeasurements_IsNull(int numeratorCount, int denominatorCount) =>
        Assert.That(MedianRatio.Interval(Spread(160, 4, numeratorCount), Spread(85, 3, denominatorCount)), Is.Null);

    [Test]
    public void Interval_ZeroTime_IsNull() =>
        Assert.That(MedianRatio.Interval(Spread(160, 4, 10), [0, .. Spread(85, 3, 9)]), Is.Null);

    /// <summary><paramref name="count"/> times spread evenly over center ± halfWidth.</summary>
    internal static double[] Spread(double center, double halfWidth, int count) =>
        [.. Enumerable.Range(0, count).Select(i => center - halfWidth + 2 * halfWidth * i / Math.Max(1, count - 1))];
}
