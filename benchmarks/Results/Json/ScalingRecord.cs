namespace Concurrency.Benchmarks.Results.Json;

/// <summary>
/// The <c>Scaling</c> object the suite adds to each scaling case of BenchmarkDotNet's full JSON report: the figures
/// the run's own columns showed, saved so that every later reader (compare, report) uses them instead of recomputing
/// them on another host. Times are in nanoseconds.
/// </summary>
/// <param name="UsableCores">C of the limit model for this case's job (its affinity, else the machine's).</param>
/// <param name="Speedup">Sequential median ÷ this case's median.</param>
/// <param name="SpeedupInterval">The speedup's confidence interval, from both cases' measurements; null with too few of them.</param>
/// <param name="IdealNanoseconds">What the limit model allows for this case.</param>
/// <param name="Efficiency">Ideal ÷ this case's median: 1 is the physical limit.</param>
/// <param name="EfficiencyInterval">The efficiency's confidence interval; null likewise.</param>
/// <param name="Approximate">True for memory-bound workloads, whose real limit is bandwidth.</param>
/// <param name="CpuShare">
/// s of the limit model: the share of one task alone that keeps a core busy; null in reports saved before it was saved.
/// </param>
/// <param name="CpuShareMeasured">True when s is the Sequential case's measured <c>Cores</c>, false when the bound's nominal share.</param>
/// <param name="RssPerWorkerBytes">
/// (this case's <c>Memory.PeakRss</c> metric − the Sequential case's) ÷ workers, in bytes (the RSS/Worker column); null
/// where either case has no such metric, as in reports saved before it existed. Saved here, not as a metric, because it
/// needs the Sequential case, which a diagnoser measuring one case never sees.
/// </param>
internal sealed record ScalingRecord(
    int UsableCores,
    double Speedup,
    RatioInterval? SpeedupInterval,
    double IdealNanoseconds,
    double Efficiency,
    RatioInterval? EfficiencyInterval,
    bool Approximate,
    double? RssPerWorkerBytes = null,
    double? CpuShare = null,
    bool? CpuShareMeasured = null);
