using System.Text.Json.Serialization;
using Concurrency.Benchmarks.Results.Json;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>
/// One line of a run's decision guide (<c>recommendations.json</c>): for one kind of work, the best strategy and worker
/// count the run measured, with the figures and the case name that back it, the runner-up, and the pitfalls the run showed.
/// </summary>
/// <param name="Work">The kind of work: <c>cpu</c>, <c>blocking-io</c>, <c>async-io</c>, <c>memory</c> or <c>mixed</c>.</param>
/// <param name="Workload">The workload measured for it (e.g. <c>CpuCountdown</c>).</param>
/// <param name="Strategy">The best strategy measured.</param>
/// <param name="Workers">Its worker count.</param>
/// <param name="Speedup">Its speedup over Sequential (ratio of medians).</param>
/// <param name="Efficiency">Its efficiency against the limit model (1 = the physical limit).</param>
/// <param name="SpeedupInterval">The speedup's 99 % interval, or null with too few measurements.</param>
/// <param name="EfficiencyInterval">The efficiency's 99 % interval, likewise.</param>
/// <param name="Case">The benchmark case the figures come from, as it appears in the reports.</param>
/// <param name="RunnerUp">The second best strategy, or null when only one was measured.</param>
/// <param name="Pitfalls">What went wrong in this run for this kind of work, each naming the case that shows it.</param>
/// <param name="RssPerWorkerBytes">What each worker of the recommended case cost in resident memory, or null where not measured.</param>
internal sealed record Recommendation(
    [property: JsonPropertyName("work")] string Work,
    [property: JsonPropertyName("workload")] string Workload,
    [property: JsonPropertyName("strategy")] string Strategy,
    [property: JsonPropertyName("workers")] int Workers,
    [property: JsonPropertyName("speedup")] double Speedup,
    [property: JsonPropertyName("efficiency")] double Efficiency,
    [property: JsonPropertyName("speedupInterval")] RatioInterval? SpeedupInterval,
    [property: JsonPropertyName("efficiencyInterval")] RatioInterval? EfficiencyInterval,
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("runnerUp")] RecommendedAlternative? RunnerUp,
    [property: JsonPropertyName("pitfalls")] IReadOnlyList<Pitfall> Pitfalls,
    [property: JsonPropertyName("rssPerWorkerBytes")] double? RssPerWorkerBytes = null);
