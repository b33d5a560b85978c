using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Judges every case of a gate run. Per case one metric decides the time verdict: CPU/op for CPU-bound workloads (load
/// on a shared runner stretches their wall time but hardly their CPU time), wall time otherwise (waiting burns no CPU).
/// Its paired slowdown test joins one family with, for CPU-bound cases, a guard on wall time that fails only when wall
/// time is significantly slower by more than the threshold (lost parallelism keeps CPU/op and doubles wall time), and
/// with each case's allocation test; Holm's correction holds the whole family to α. Allocations fail when they are
/// significantly larger and the smallest round grew beyond the floor.
/// </summary>
internal static class GateJudge
{
    private static readonly GateMetric[] AllMetrics = [GateMetric.WallTime, GateMetric.CpuPerOp, GateMetric.Allocated];

    public static GateReport Judge(GateInput input, GatePolicy policy)
    {
        var measured = input.Cases.Select(rounds => (
            Rounds: rounds,
            Deciding: DecidingMetric(rounds),
            Metrics: (IReadOnlyList<MetricResult>)[.. AllMetrics.Select(metric => MetricResult.Of(rounds, metric))])).ToArray();

        // One family of tests, so that Holm's correction bounds the chance of any false alarm in the run: each case's
        // deciding metric, wall time as the guard of CPU/op-decided cases, and each case's allocations.
        var slowerTests = new List<(int Case, GateMetric Metric, double PValue)>();
        var fasterTests = new List<(int Case, double PValue)>();
        for (int i = 0; i < measured.Length; i++)
        {
            var (rounds, decidingMetric, metrics) = measured[i];
            if (Testable(metrics, decidingMetric, policy) is { } deciding)
            {
                slowerTests.Add((i, decidingMetric, deciding.PValueSlower(0)));
                fasterTests.Add((i, deciding.PValueFaster(0)));
            }

            if (decidingMetric != GateMetric.WallTime && Testable(metrics, GateMetric.WallTime, policy) is { } wall)
            {
                slowerTests.Add((i, GateMetric.WallTime, wall.PValueSlower(policy.Threshold)));
            }

            var (baseBytes, headBytes) = (rounds.Values(GateMetric.Allocated, GateSide.Base), rounds.Values(GateMetric.Allocated, GateSide.Head));
            if (AllocationTest.PValueMore(baseBytes, headBytes) is { } allocated)
            {
                slowerTests.Add((i, GateMetric.Allocated, allocated));
            }
        }

        // The p-value of every test that got through the correction, by case and metric; and which cases are shown faster.
        bool[] slower = HolmCorrection.Reject([.. slowerTests.Select(test => test.PValue)], policy.Alpha);
        bool[] faster = HolmCorrection.Reject([.. fasterTests.Select(test => test.PValue)], policy.Alpha);
        var shown = slowerTests.Zip(slower).Where(pair => pair.Second)
            .ToDictionary(pair => (pair.First.Case, pair.First.Metric), pair => pair.First.PValue);
        var fasterShown = fasterTests.Zip(faster).Where(pair => pair.Second).Select(pair => pair.First.Case).ToHashSet();

        double perTestAlpha = HolmCorrection.Strictest(policy.Alpha, slowerTests.Count);
        var judgements = measured.Select((item, i) => Decide(
            item.Rounds,
            item.Deciding,
            item.Metrics,
            policy,
            perTestAlpha,
            shown.TryGetValue((i, item.Deciding), out double slowerP) ? slowerP : null,
            item.Deciding != GateMetric.WallTime && shown.TryGetValue((i, GateMetric.WallTime), out double guardP) ? guardP : null,
            shown.TryGetValue((i, GateMetric.Allocated), out double allocatedP) ? allocatedP : null,
            fasterShown.Contains(i)));
        return new GateReport(policy, input, [.. judgements], slowerTests.Count);
    }

    /// <summary>CPU/op for a CPU-bound workload whose every round measured it; wall time for everything else.</summary>
    private static GateMetric DecidingMetric(CaseRounds rounds)
    {
        bool cpuBound = rounds.Case.Key.Workload is { } workload && WorkloadCatalog.BoundOf(workload) == WorkloadBound.Cpu;
        bool measured = rounds.Values(GateMetric.CpuPerOp, GateSide.Base).Concat(rounds.Values(GateMetric.CpuPerOp, GateSide.Head)).All(value => value > 0);
        return cpuBound && measured ? GateMetric.CpuPerOp : GateMetric.WallTime;
    }

    private static PairedRatios? Testable(IReadOnlyList<MetricResult> metrics, GateMetric metric, GatePolicy policy) =>
        metrics.First(result => result.Metric == metric).Ratios is { } ratios && ratios.Count >= policy.MinimumPairs ? ratios : null;

    /// <summary>The verdict on one case, given which of its tests got through the correction (p-values, or null).</summary>
    private static CaseJudgement Decide(
        CaseRounds rounds,
        GateMetric deciding,
        IReadOnlyList<MetricResult> metrics,
        GatePolicy policy,
        double perTestAlpha,
        double? slowerP,
        double? guardP,
        double? allocatedP,
        bool fasterShown)
    {
        var decidingResult = metrics.First(result => result.Metric == deciding);
        var wall = metrics.First(result => result.Metric == GateMetric.WallTime);
        var allocated = metrics.First(result => result.Metric == GateMetric.Allocated);
        double? detectable = decidingResult.Ratios?.Detectable(perTestAlpha, policy.Power);
        double tolerance = Math.Log(1 + policy.Tolerance);

        var regressions = new List<(GateMetric Metric, string Reason)>();
        if (allocatedP is { } allocatedPValue && allocated is { BaseValue: { } baseBytes, HeadValue: { } headBytes }
            && headBytes - baseBytes > policy.AllocationFloor)
        {
            regressions.Add((GateMetric.Allocated,
                $"allocates {GateText.Bytes(headBytes - baseBytes)}/op more (floor {GateText.Bytes(policy.AllocationFloor)}, p = {GateText.PValue(allocatedPValue)})"));
        }

        bool smallSlowdown = false;
        if (slowerP is { } slowerPValue)
        {
            if (decidingResult.Ratios!.MeanLog >= tolerance)
            {
                regressions.Add((deciding, $"{GateText.Name(deciding)} {GateText.Change(decidingResult.Ratios.Change)} (p = {GateText.PValue(slowerPValue)})"));
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

        if (fasterShown && decidingResult.Ratios!.MeanLog <= -tolerance)
        {
            return Judged(GateVerdict.Faster, deciding, $"{GateText.Name(deciding)} {GateText.Change(decidingResult.Ratios.Change)}");
        }

        if (decidingResult.Ratios is null)
        {
            return Judged(GateVerdict.Inconclusive, deciding, $"{GateText.Name(deciding)} is missing or zero in some round");
        }

        if (decidingResult.Ratios.Count < policy.MinimumPairs)
        {
            return Judged(GateVerdict.Inconclusive, deciding, $"{decidingResult.Ratios.Count} pairs; the spread needs at least {policy.MinimumPairs}");
        }

        if (detectable > policy.Threshold)
        {
            return Judged(GateVerdict.Inconclusive, deciding,
                $"rounds too noisy: could only have caught {GateText.Percent(detectable.Value)}, not {GateText.Percent(policy.Threshold)}");
        }

        return Judged(GateVerdict.Same, null, smallSlowdown
            ? $"{GateText.Name(deciding)} {GateText.Change(decidingResult.Ratios.Change)}: real, but under the {GateText.Percent(policy.Tolerance)} tolerance"
            : "");

        CaseJudgement Judged(GateVerdict verdict, GateMetric? flaggedBy, string reason) =>
            new(rounds, deciding, metrics, detectable, verdict, flaggedBy, reason);
    }
}
