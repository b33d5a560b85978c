namespace Concurrency.Benchmarks.Gate;

/// <summary>The gate's verdict on one case, with what it rests on.</summary>
/// <param name="Rounds">The case's rounds.</param>
/// <param name="Deciding">The metric whose paired test decides the time verdict (CPU/op for CPU-bound cases, else wall time).</param>
/// <param name="Metrics">Wall time, CPU/op and allocations, base against head.</param>
/// <param name="Detectable">The smallest slowdown of the deciding metric this run could have caught (a fraction), or null if it could not test it.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="FlaggedBy">The metric that made the verdict (the one to look at), or null for <see cref="GateVerdict.Same"/>.</param>
/// <param name="Reason">Why, in a few words.</param>
internal sealed record CaseJudgement(
    CaseRounds Rounds,
    GateMetric Deciding,
    IReadOnlyList<MetricResult> Metrics,
    double? Detectable,
    GateVerdict Verdict,
    GateMetric? FlaggedBy,
    string Reason)
{
    public MetricResult Metric(GateMetric metric) => Metrics.First(result => result.Metric == metric);
}
