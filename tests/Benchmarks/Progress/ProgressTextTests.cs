using Concurrency.Benchmarks.Progress;
using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Tests.Benchmarks.Progress;

/// <summary>The lines a person reads while the suite runs.</summary>
public sealed class ProgressTextTests
{
    [Test]
    public void Plan_SaysHowManyCasesAndHowLong()
    {
        Assert.That(
            ProgressText.Plan(24, 1, TimeSpan.FromSeconds(96)),
            Is.EqualTo("// >> 24 benchmark cases in 1 suite: expected about 1:36, after BenchmarkDotNet has built its benchmark project."));
    }

    [Test]
    public void Finished_GivesTheCounterTheCaseItsFigureAndTheTimes()
    {
        Assert.That(
            ProgressText.Finished(3, 24, "Scaling.RunBatch [Workload=IoSleep]", "speedup 1.87×", TimeSpan.FromSeconds(42), TimeSpan.FromSeconds(98)),
            Is.EqualTo("// >> [ 3/24] Scaling.RunBatch [Workload=IoSleep]: speedup 1.87× · 0:42 elapsed, about 1:38 left"));
    }

    [Test]
    public void Done_SaysWhereTheReportsAre()
    {
        Assert.That(
            ProgressText.Done(24, TimeSpan.FromSeconds(125), "/tmp/run/results"),
            Is.EqualTo("// >> 24 benchmark cases ran in 2:05. Reports, charts and index.html: /tmp/run/results"));
    }

    [TestCase(59.2, "1:00")]
    [TestCase(0, "0:00")]
    [TestCase(3725, "1:02:05")]
    public void Duration_RoundsUpToTheSecond(double seconds, string expected)
    {
        Assert.That(ProgressText.Duration(TimeSpan.FromSeconds(seconds)), Is.EqualTo(expected));
    }

    [Test]
    public void KeyFigure_WithFigures_IsTheSpeedupAndItsInterval()
    {
        var figures = new ScalingFigures(1.87, 80e6, 0.94, 2, false, 1, false, new RatioInterval(1.82, 1.88, 0.99));

        Assert.That(ProgressText.KeyFigure(figures, [85e6]), Is.EqualTo("speedup 1.87× [1.82–1.88]"));
    }

    [Test]
    public void KeyFigure_WithoutFigures_IsTheMedian()
    {
        Assert.That(ProgressText.KeyFigure(null, [163.1e6, 163.3e6, 170e6]), Is.EqualTo("median 163.30 ms"));
    }

    [Test]
    public void KeyFigure_WithoutMeasurements_SaysTheCaseFailed()
    {
        Assert.That(ProgressText.KeyFigure(null, null), Does.StartWith("failed"));
    }
}
