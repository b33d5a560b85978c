using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Judges a gate run by looking at it the way it was run: a first look once every case has
/// <see cref="GatePolicy.InitialPairs"/> pairs, then a look per step of <see cref="GatePolicy.PairsPerStep"/> further
/// pairs, which the gate gives only to the cases still undecided. A case is decided at the first look that shows it a
/// regression, faster, or "same" (its interval rules out a slowdown of the threshold); one still undecided when its rounds
/// end is inconclusive. Each look is one family of tests at α ÷ <see cref="GatePolicy.MaxLooks"/> under Holm's
/// correction, and its intervals are at the miss risk ÷ looks, so however many looks a run takes, its chance of any
/// false alarm stays within α and a case's chance of a threshold-sized slowdown called "same" within the miss risk.
/// Replaying the looks from the rounds alone makes every judgement reproducible by <c>gate-compare</c>.
/// </summary>
internal static class GateJudge
{
    private static readonly GateMetric[] AllMetrics = [GateMetric.WallTime, GateMetric.CpuPerOp, GateMetric.Allocated];

    public static GateReport Judge(GateInput input, GatePolicy policy)
    {
        var latest = new CaseJudgement?[input.Cases.Count];
        int looks = 0;
        for (int look = 1; look <= policy.MaxLooks; look++)
        {
            int pairs = policy.PairsAt(look);
            int[] looked = [.. Enumerable.Range(0, latest.Length)
                .Where(i => latest[i] is null or { Pending: true } && input.Cases[i].Pairs >= pairs)];
            if (looked.Length == 0)
            {
                break;
            }

            looks = look;
            var judgements = JudgeLook([.. looked.Select(i => input.Cases[i].Take(pairs))], policy, look);
            for (int j = 0; j < looked.Length; j++)
            {
                latest[looked[j]] = judgements[j];
            }
        }

        return new GateReport(policy, input, [.. latest.Select((judgement, i) => judgement ?? TooFewPairs(input.Cases[i], policy))], looks);
    }

    /// <summary>One look: the cases still open, each on its first <see cref="GatePolicy.PairsAt"/> pairs.</summary>
    private static CaseJudgement[] JudgeLook(CaseRounds[] cases, GatePolicy policy, int look)
    {
        var measured = cases.Select(rounds => (
            Rounds: rounds,
            Deciding: DecidingMetric(rounds),
            Metrics: (IReadOnlyList<MetricResult>)[.. AllMetrics.Select(metric => MetricResult.Of(rounds, metric))])).ToArray();

        // One family of tests per look, so that Holm's correction bounds the chance of any false alarm in it: each case's
        // deciding metric, and wall time as the guard of CPU/op-decided cases.
        var slowerTests = new List<(int Case, GateMetric Metric, double PValue)>();
        var fasterTests = new List<(int Case, double PValue)>();
        for (int i = 0; i < measured.Length; i++)
        {
            var (_, decidingMetric, metrics) = measured[i];
            if (Ratios(metrics, decidingMetric) is { } deciding)
            {
                slowerTests.Add((i, decidingMetric, deciding.PValueSlower(0)));
                fasterTests.Add((i, deciding.PValueFaster(0)));
            }

            if (decidingMetric != GateMetric.WallTime && Ratios(metrics, GateMetric.WallTime) is { } wall)
            {
                slowerTests.Add((i, GateMetric.WallTime, wall.PValueSlower(policy.Threshold)));
            }
        }

        bool[] slower = HolmCorrection.Reject([.. slowerTests.Select(test => test.PValue)], policy.AlphaPerLook);
        bool[] faster = HolmCorrection.Reject([.. fasterTests.Select(test => test.PValue)], policy.AlphaPerLook);
        var shown = slowerTests.Zip(slower).Where(pair => pair.Second)
            .ToDictionary(pair => (pair.First.Case, pair.First.Metric), pair => pair.First.PValue);
        var fasterShown = fasterTests.Zip(faster).Where(pair => pair.Second).Select(pair => pair.First.Case).ToHashSet();

        return [.. measured.Select((item, i) => Decide(
            item.Rounds,
            item.Deciding,
            item.Metrics,
            policy,
            look,
            shown.TryGetValue((i, item.Deciding), out double slowerP) ? slowerP : null,
            item.Deciding != GateMetric.WallTime && shown.TryGetValue((i, GateMetric.WallTime), out double guardP) ? guardP : null,
            fasterShown.Contains(i)))];
    }

    /// <summary>CPU/op for a CPU-bound workload whose every round measured it; wall time for everything else.</summary>
    private static GateMetric DecidingMetric(CaseRounds rounds)
    {
        bool cpuBound = rounds.Case.Key.Workload is { } workload && WorkloadCatalog.BoundOf(workload) == WorkloadBound.Cpu;
        bool measured = rounds.Values(GateMetric.CpuPerOp, GateSide.Base).Concat(rounds.Values(GateMetric.CpuPerOp, GateSide.Head)).All(value => value > 0);
        return cpuBound && measured ? GateMetric.CpuPerOp : GateMetric.WallTime;
    }

    private static PairedRatios? Ratios(IReadOnlyList<MetricResult> metrics, GateMetric metric) =>
        metrics.First(result => result.Metric == metric).Ratios;

    /// <summary>The verdict on one case at one look, given which of its tests got through the correction (p-values, or null).</summary>
    private static CaseJudgement Decide(
        CaseRounds rounds,
        GateMetric deciding,
        IReadOnlyList<MetricResult> metrics,
        GatePolicy policy,
        int look,
        double? slowerP,
        double? guardP,
        bool fasterShown)
    {
        var ratios = Ratios(metrics, deciding);
        var wall = metrics.First(result => result.Metric == GateMetric.WallTime);
        var interval = ratios?.Interval(policy.MissRiskPerLook);
        double tolerance = Math.Log(1 + policy.Tolerance);

        var regressions = new List<(GateMetric Metric, string Reason)>();
        if (AllocationRule.Growth(rounds.Values(GateMetric.Allocated, GateSide.Base), rounds.Values(GateMetric.Allocated, GateSide.Head), policy) is { } growth)
        {
            regressions.Add((GateMetric.Allocated, $"allocates {GateText.Bytes(growth)}/op more in every round"));
        }

        bool smallSlowdown = false;
        if (slowerP is { } slowerPValue)
        {
            if (ratios!.MeanLog >= tolerance)
            {
                regressions.Add((deciding, $"{GateText.Name(deciding)} {GateText.Change(ratios.Change)} (p = {GateText.PValue(slowerPValue)})"));
            }
            else
            {
                smallSlowdown = true;
            }
        }

        if (guardP is { } guardPValue)
        {
            regressions.Add((GateMetric.WallTime,
                $"wall time {GateText.Change(wall.Ratios!.Change)}, more than the {GateText.Percent(policy.Threshold)} threshold (p = {GateText.PValue(guardPValue)})"));
        }

        if (regressions.Count > 0)
        {
            return Judged(GateVerdict.Regression, regressions[0].Metric, string.Join("; ", regressions.Select(regression => regression.Reason)));
        }

        if (ratios is null)
        {
            return Judged(GateVerdict.Inconclusive, deciding, $"{GateText.Name(deciding)} is missing or zero in some round");
        }

        if (fasterShown && ratios.MeanLog <= -tolerance)
        {
            return Judged(GateVerdict.Faster, deciding, $"{GateText.Name(deciding)} {GateText.Change(ratios.Change)}");
        }

        if (interval!.Value.High < policy.Threshold)
        {
            return Judged(GateVerdict.Same, null, smallSlowdown
                ? $"{GateText.Name(deciding)} {GateText.Change(ratios.Change)}: real, but under the {GateText.Percent(policy.Tolerance)} tolerance"
                : "");
        }

        return Judged(GateVerdict.Inconclusive, deciding,
            $"undecided after {rounds.Pairs} pairs: a slowdown up to {GateText.Percent(interval.Value.High)} is still possible", pending: look < policy.MaxLooks);

        CaseJudgement Judged(GateVerdict verdict, GateMetric? flaggedBy, string reason, bool pending = false) =>
            new(rounds, deciding, metrics, interval, verdict, flaggedBy, reason, pending);
    }

    /// <summary>A case with fewer pairs than the first look needs: nothing can be said, and no further round was planned for it.</summary>
    private static CaseJudgement TooFewPairs(CaseRounds rounds, GatePolicy policy) => new(
        rounds,
        GateMetric.WallTime,
        [.. AllMetrics.Select(metric => MetricResult.Of(rounds, metric))],
        null,
        GateVerdict.Inconclusive,
        GateMetric.WallTime,
        $"{rounds.Pairs} pairs; the first look needs {policy.InitialPairs}",
        false);
}
