using System.Globalization;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>A figure with its interval, in every shape a report writes it.</summary>
public sealed class IntervalTextTests
{
    private static readonly RatioInterval Interval = new(1.66, 2.01, 0.99);

    /// <summary>A decimal comma, as a summary style's culture may have (the project runs without culture data).</summary>
    private static readonly CultureInfo DecimalComma = new("", useUserOverride: false) { NumberFormat = { NumberDecimalSeparator = "," } };

    [Test]
    public void WithIntervalAndUnit_UnitAfterTheFigureAndTheBoundsInBrackets() =>
        Assert.That(IntervalText.Format(1.93, Interval, "×"), Is.EqualTo("1.93× [1.66–2.01]"));

    [Test]
    public void WithoutUnit_TwoDecimalsThroughout() =>
        Assert.That(IntervalText.Format(0.9625, new RatioInterval(0.83, 1.014, 0.99)), Is.EqualTo("0.96 [0.83–1.01]"));

    [Test]
    public void WithoutInterval_TheFigureAlone() =>
        Assert.That((IntervalText.Format(1.5, null, "×"), IntervalText.Format(1.5, null)), Is.EqualTo(("1.50×", "1.50")));

    [TestCase(1.66, null)]
    [TestCase(null, 2.01)]
    public void OneBoundMissing_TheFigureAlone(double? low, double? high) =>
        Assert.That(IntervalText.Format(1.93, low, high), Is.EqualTo("1.93"));

    [Test]
    public void BoundsApart_AsWithAnInterval() =>
        Assert.That(IntervalText.Format(1.93, 1.66, 2.01, format: "F2"), Is.EqualTo("1.93 [1.66–2.01]"));

    [Test]
    public void GivenCulture_FigureAndBoundsInIt() =>
        Assert.That(IntervalText.Format(1.93, Interval, provider: DecimalComma), Is.EqualTo("1,93 [1,66–2,01]"));

    [Test]
    public void WithoutCulture_InvariantWhateverTheThreadsCulture()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = DecimalComma;
        try
        {
            Assert.That(IntervalText.Format(1.93, Interval), Is.EqualTo("1.93 [1.66–2.01]"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
