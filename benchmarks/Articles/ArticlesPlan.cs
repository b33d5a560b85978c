using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Articles;

/// <summary>
/// How much an <c>articles</c> run measures; both runtimes get the same worker counts, warm-up batches and measured
/// batches, and every batch is <see cref="Tasks"/> tasks of about <see cref="TargetMs"/>.
/// </summary>
/// <param name="Name">"quick" or "full", as the report says.</param>
/// <param name="Workers">The worker counts of every model but the sequential baseline.</param>
/// <param name="Warmups">Unmeasured batches before the measured ones.</param>
/// <param name="Repetitions">Measured batches per case: one measurement each.</param>
internal sealed record ArticlesPlan(string Name, IReadOnlyList<int> Workers, int Warmups, int Repetitions)
{
    /// <summary>Tasks per batch, as the Scaling suite's.</summary>
    public const int Tasks = CaseParameters.ScalingTasks;

    /// <summary>The time one task should take, as the .NET workloads are calibrated.</summary>
    public const double TargetMs = 10;

    /// <summary>The articles' worker counts, warm-up and measured batches as the Scaling suite's default job has them.</summary>
    public static ArticlesPlan Full { get; } = new("full", [1, 2, 4, 8, 16], Warmups: 4, Repetitions: 15);

    /// <summary>
    /// Within 5 minutes on 2 cores: the cores (2) and the articles' largest count (16) only, one warm-up batch and 8
    /// measured ones, the fewest that still give a 99 % interval (<see cref="Reporting.MedianRatio.MinimumMeasurements"/>).
    /// </summary>
    public static ArticlesPlan Quick { get; } = new("quick", [2, 16], Warmups: 1, Repetitions: 8);

    public string Describe() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Name}: workers {string.Join(", ", Workers)}; {Tasks} tasks a batch; {Warmups} warm-up and {Repetitions} measured batches per case");
}
