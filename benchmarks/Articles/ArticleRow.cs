namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// One row of <c>articles.json</c>: one runtime's model at one worker count. The speedup is over the same runtime's
/// sequential run (ratio of medians) with its 99 % interval, null below 8 measured batches on either side.
/// </summary>
/// <param name="Experiment">e.g. <c>cpu-countdown</c>.</param>
/// <param name="Runtime"><c>CPython</c> or <c>.NET</c>.</param>
/// <param name="Model">The runtime's own name for the model, e.g. <c>ProcessPoolExecutor</c> or <c>ProcessPool</c>.</param>
/// <param name="Workers">The worker count (1 for the sequential baseline).</param>
/// <param name="Speedup">Sequential median ÷ this model's median, both batch wall times.</param>
/// <param name="SpeedupLow">The interval's lower bound.</param>
/// <param name="SpeedupHigh">The interval's upper bound.</param>
/// <param name="PerTaskMs">This model's median batch time ÷ tasks per batch: for the baseline, one task's cost.</param>
internal sealed record ArticleRow(
    string Experiment,
    string Runtime,
    string Model,
    int Workers,
    double Speedup,
    double? SpeedupLow,
    double? SpeedupHigh,
    double PerTaskMs);
