using Concurrency.Benchmarks.Articles;

namespace Concurrency.Tests.Benchmarks.Articles;

/// <summary>Each runtime's speedups over its own sequential run, from made-up batch times (milliseconds).</summary>
public sealed class ArticleFiguresTests
{
    private static readonly double[] Sequential = [160, 161, 159, 160, 162, 158, 160, 161];
    private static readonly double[] Twice = [80, 81, 79, 80, 81, 79, 80, 80];

    [Test]
    public void Rows_ModelTwiceAsFast_SpeedupTwo() =>
        Assert.That(Row(Rows(Measured("threading.Thread", 2, Twice)), "threading.Thread").Speedup, Is.EqualTo(2).Within(0.01));

    [Test]
    public void Rows_ModelTwiceAsFast_IntervalContainsTheSpeedup()
    {
        var row = Row(Rows(Measured("threading.Thread", 2, Twice)), "threading.Thread");

        Assert.That(row.Speedup, Is.InRange(row.SpeedupLow!.Value, row.SpeedupHigh!.Value));
    }

    [Test]
    public void Rows_Baseline_IsExactlyOne() =>
        Assert.That(Row(Rows(), Runtimes.CPythonSequential), Has.Property(nameof(ArticleRow.Speedup)).EqualTo(1.0).And.Property(nameof(ArticleRow.SpeedupLow)).EqualTo(1.0));

    [Test]
    public void Rows_PerTaskMs_IsTheMedianBatchOverTheTasks() =>
        Assert.That(Row(Rows(), Runtimes.CPythonSequential).PerTaskMs, Is.EqualTo(160.0 / 16));

    [Test]
    public void Rows_FewerThanEightBatches_NoInterval() =>
        Assert.That(Row(Rows(Measured("threading.Thread", 2, [80, 81, 79])), "threading.Thread").SpeedupLow, Is.Null);

    [Test]
    public void Rows_NoSequentialRun_NoRows() =>
        Assert.That(ArticleFigures.Rows("sleep", Runtimes.CPython, [Measured("threading.Thread", 2, Twice)], 16), Is.Empty);

    [Test]
    public void Rows_OtherRuntimesMeasurements_AreLeftOut() =>
        Assert.That(
            Rows(new ModelMeasurements(Runtimes.DotNet, "Threads", 2, Twice)).Select(row => row.Runtime),
            Is.All.EqualTo(Runtimes.CPython));

    private static IReadOnlyList<ArticleRow> Rows(params ModelMeasurements[] others) =>
        ArticleFigures.Rows("sleep", Runtimes.CPython, [Measured(Runtimes.CPythonSequential, 1, Sequential), .. others], 16);

    private static ModelMeasurements Measured(string model, int workers, double[] batchMs) => new(Runtimes.CPython, model, workers, batchMs);

    private static ArticleRow Row(IReadOnlyList<ArticleRow> rows, string model) => rows.Single(row => row.Model == model);
}
