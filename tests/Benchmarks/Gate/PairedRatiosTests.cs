using Concurrency.Benchmarks.Gate;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Mathematics.SignificanceTesting.Base;
using Pragmastat;

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
    public void Change_OneWildPairAmongTen_IsTheOthersChange()
    {
        // Nine pairs 5 % slower and one where load hit head alone: the plain geometric mean would say +11 %.
        var ratios = PairedRatios.Of([.. Enumerable.Repeat<double?>(100, 10)], [.. Enumerable.Repeat<double?>(105, 9), 200]);

        Assert.That(ratios!.Change, Is.EqualTo(0.05).Within(1e-12));
    }

    [Test]
    public void TrimmedTest_TenPairs_MatchesYuensFormulaWorkedByHand()
    {
        // ln ratios 0.01 … 0.09 and a wild 1.0: 0.01 and 1.0 are trimmed, the mean of the rest is 0.055; winsorised
        // (0.02 twice, 0.03 … 0.08, 0.09 twice) their squared deviations sum to 6.65e-3, so the standard error is
        // √(6.65e-3 / (8 · 7)) on 7 degrees of freedom, whose 95 % quantile is 1.894579.
        double[] logRatios = [0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.07, 0.08, 0.09, 1.0];
        var ratios = PairedRatios.Of(Values(logRatios.Select(_ => 100.0)), Values(logRatios.Select(log => 100 * Math.Exp(log))));
        double standardError = Math.Sqrt(6.65e-3 / 56);

        Assert.Multiple(() =>
        {
            Assert.That(ratios!.MeanLog, Is.EqualTo(0.055).Within(1e-12));
            Assert.That(ratios.StandardError, Is.EqualTo(standardError).Within(1e-12));
            Assert.That(ratios.Interval(0.05).High, Is.EqualTo(Math.Exp(0.055 + 1.894579 * standardError) - 1).Within(1e-6));
        });
    }

    [Test]
    public void PValueSlower_FewerThanTenPairs_IsTheStudentTests()
    {
        double?[] baseValues = [100, 100, 100, 100, 100, 100, 100, 100, 100];
        double?[] headValues = [103, 108, 101, 106, 140, 99, 104, 102, 105];
        double[] logRatios = [.. baseValues.Zip(headValues, (b, h) => Math.Log(h!.Value / b!.Value))];

        double student = StudentTest.Instance.Run(new Sample(logRatios), 0, AlternativeHypothesis.Greater).PValue;

        Assert.That(PairedRatios.Of(baseValues, headValues)!.PValueSlower(0), Is.EqualTo(student).Within(1e-9));
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
