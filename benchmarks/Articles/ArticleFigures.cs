using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// The rows of one runtime's results for one experiment: each model's speedup over the same runtime's sequential run,
/// a ratio of medians with <see cref="MedianRatio"/>'s 99 % interval, as the suite's Speedup column has it.
/// </summary>
internal static class ArticleFigures
{
    /// <summary>The rows, or none when the runtime's sequential baseline is missing (a speedup over nothing is no figure).</summary>
    public static IReadOnlyList<ArticleRow> Rows(string experiment, string runtime, IReadOnlyList<ModelMeasurements> measurements, int tasks)
    {
        string sequentialModel = Runtimes.SequentialModel(runtime);
        if (measurements.FirstOrDefault(measured => measured.Runtime == runtime && measured.Model == sequentialModel) is not { BatchMs.Count: > 0 } baseline)
        {
            return [];
        }

        double sequentialMedian = MedianRatio.Median(baseline.BatchMs);
        return
        [
            .. measurements
                .Where(measured => measured.Runtime == runtime && measured.BatchMs.Count > 0)
                .Select(measured =>
                {
                    double median = MedianRatio.Median(measured.BatchMs);

                    // The baseline over itself is exactly 1, not a ratio of two resamplings of one sample.
                    var interval = ReferenceEquals(measured, baseline)
                        ? measured.BatchMs.Count >= MedianRatio.MinimumMeasurements ? new RatioInterval(1, 1, MedianRatio.Confidence) : null
                        : MedianRatio.Interval(baseline.BatchMs, measured.BatchMs);
                    return new ArticleRow(experiment, runtime, measured.Model, measured.Workers, sequentialMedian / median, interval?.Low, interval?.High, median / tasks);
                })
                .OrderBy(row => ModelOrder.Of(row.Runtime, row.Model))
                .ThenBy(row => row.Workers),
        ];
    }
}
