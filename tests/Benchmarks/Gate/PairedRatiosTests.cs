using Concurrency.Benchmarks.Gate;

namespace Concurrency.Tests.Benchmarks.Gate;

public sealed class PairedRatiosTests
{
    [Test]
    public void Change_IsTheGeometricMeanOfTheRatios()
    {
        var ratios = PairedRatios.Of([100, 200], [121, 200]);

        Assert.That(ratios!.Change, Is.EqualTo(0.1).Within(1e-12));
    }

    [Test]
    public void PValueSlower_SteadySlowdownInEveryPair_IsSmall()
    {
        var ratios = PairedRatios.Of([100, 80, 120, 90, 110, 100], [111, 87, 133, 100, 121, 111]);

        Assert.That(ratios!.PValueSlower(0), Is.LessThan(0.001));
    }

    [Test]
    public void PValueSlower_RatiosAroundOne_IsLarge()
    {
        var ratios = PairedRatios.Of([100, 100, 100, 100, 100, 100], [103, 97, 101, 99, 102, 98]);

        Assert.That(ratios!.PValueSlower(0), Is.GreaterThan(0.2));
    }

    [Test]
    public void PValueSlower_MarginAboveTheChange_IsLarge()
    {
        var ratios = PairedRatios.Of([100, 100, 100, 100], [105, 106, 104, 105]);

        Assert.That(ratios!.PValueSlower(0.10), Is.GreaterThan(0.9));
    }

    [Test]
    public void PValueSlower_IdenticalRatiosAboveTheMargin_IsZero()
    {
        var ratios = PairedRatios.Of([100, 100, 100], [120, 120, 120]);

        Assert.That(ratios!.PValueSlower(0.10), Is.Zero);
    }

    [Test]
    public void Interval_WiderSpread_IsWider()
    {
        var steady = PairedRatios.Of([100, 100, 100, 100], [101, 99, 101, 99]);
        var noisy = PairedRatios.Of([100, 100, 100, 100], [110, 90, 110, 90]);

        Assert.That(noisy!.Interval(0.01).High, Is.GreaterThan(steady!.Interval(0.01).High));
    }

    [Test]
    public void Interval_HighEnd_IsTheMarginWhoseOneSidedPValueIsTheRisk()
    {
        // At the high end as the margin, "faster than the margin" is exactly as significant as the interval's risk.
        double[] baseValues = [100, 100, 100, 100, 100];
        double[] logRatios = [0.01, -0.01, 0.02, -0.02, 0.005];
        var ratios = PairedRatios.Of(Values(baseValues), Values(baseValues.Zip(logRatios, (value, log) => value * Math.Exp(log))));

        Assert.That(ratios!.PValueFaster(-ratios.Interval(0.01).High / (1 + ratios.Interval(0.01).High)), Is.EqualTo(0.01).Within(1e-6));
    }

    [Test]
    public void Of_ZeroInARound_GivesNoRatios()
    {
        Assert.That(PairedRatios.Of([100, 0, 100], [100, 100, 100]), Is.Null);
    }

    [Test]
    public void Of_MissingValue_GivesNoRatios()
    {
        Assert.That(PairedRatios.Of([100, 100, 100], [100, null, 100]), Is.Null);
    }

    private static double?[] Values(IEnumerable<double> values) => [.. values.Select(value => (double?)value)];
}
