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
internal sealed record ScalingRecord(
    int UsableCores,
    double Speedup,
    RatioInterval? SpeedupInterval,
    double IdealNanoseconds,
    double Efficiency,
    RatioInterval? EfficiencyInterval,
    bool Approximate);
