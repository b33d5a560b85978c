namespace Concurrency.Benchmarks.Gate;

/// <summary>The gate's verdict on one case, with what it rests on.</summary>
/// <param name="Rounds">The case's rounds, as many pairs as the look that judged it saw.</param>
/// <param name="Deciding">The metric whose paired test decides the time verdict (CPU/op for CPU-bound cases, else wall time).</param>
/// <param name="Metrics">Wall time, CPU/op and allocations, base against head.</param>
/// <param name="Interval">The deciding metric's change as fractions, low and high, each one-sided at the look's miss risk; null if it could not be tested.</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="FlaggedBy">The metric that made the verdict (the one to look at), or null for <see cref="GateVerdict.Same"/>.</param>
/// <param name="Reason">Why, in a few words.</param>
/// <param name="Pending">Undecided, and the policy allows another look: more rounds of this case could decide it.</param>
internal sealed record CaseJudgement(
    CaseRounds Rounds,
    GateMetric Deciding,
    IReadOnlyList<MetricResult> Metrics,
    (double Low, double High)? Interval,
    GateVerdict Verdict,
    GateMetric? FlaggedBy,
    string Reason,
    bool Pending)
{
    public MetricResult Metric(GateMetric metric) => Metrics.First(result => result.Metric == metric);

    /// <summary>
    /// For a case not failed, the largest slowdown its rounds leave open (the interval's high end): what the gate could
    /// still have missed there. Null for a regression, or where the deciding metric could not be tested.
    /// </summary>
    public double? Missable => Verdict == GateVerdict.Regression ? null : Interval?.High;
}
