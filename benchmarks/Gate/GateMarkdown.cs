using System.Text;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// The gate's summary as GitHub markdown: the outcome first (inconclusive cases loudly), how the rounds ran and were
/// tested, one row per case with all three metrics, the cases only one side has, the strip plots and a legend.
/// </summary>
internal static class GateMarkdown
{
    /// <param name="report">The judged run.</param>
    /// <param name="notes">Lines about the run to show under the outcome (trees, commits, environment given to head).</param>
    /// <param name="pictures">The strip plot's file name (beside the summary) per flagged case.</param>
    public static string Write(GateReport report, IReadOnlyList<string> notes, IReadOnlyDictionary<CaseJudgement, string> pictures)
    {
        var policy = report.Policy;
        var input = report.Input;
        int cases = report.Cases.Count;
        int inconclusive = report.Count(GateVerdict.Inconclusive);
        var text = new StringBuilder();
        text.AppendLine("## Regression gate: base → head").AppendLine();
        text.AppendLine(report.HasRegression
            ? $"**❌ Regression: {report.Count(GateVerdict.Regression)} of {cases} cases.**"
            : $"**✅ No regression in {cases} cases.**");
        if (inconclusive > 0)
        {
            text.AppendLine().AppendLine(
                $"> ⚠️ **{inconclusive} of {cases} cases inconclusive — NOT checked.** The runner's rounds were too noisy for the gate to see a "
                + $"{GateText.Percent(policy.Threshold)} slowdown there; a regression in them would have passed. Re-run the job on a quieter runner.");
        }

        text.AppendLine();
        foreach (string note in notes)
        {
            text.AppendLine($"- {note}");
        }

        text.AppendLine($"- Machine: {input.Pairs[0].Base.Results.Environment}");
        text.AppendLine($"- {input.Pairs.Count} rounds a side, interleaved (base, head, head, base, …), each a fresh process; "
            + "pair i is the i-th base round and the head round that ran next to it.");
        text.AppendLine($"- Tests: times by a one-sided paired t-test on ln(head ÷ base) over the pairs, allocations by a one-sided Mann–Whitney "
            + $"test over the rounds; all {report.Tests} Holm-corrected together (family-wise α = {GateText.Percent(policy.Alpha)}); "
            + $"threshold {GateText.Percent(policy.Threshold)}, tolerance {GateText.Percent(policy.Tolerance)}, allocation floor {GateText.Bytes(policy.AllocationFloor)}/op.")
            .AppendLine();

        text.AppendLine("| Case | Wall time | CPU/op | Allocated | Detectable | Verdict | Why |");
        text.AppendLine("|---|---|---|---|---:|---|---|");
        foreach (var judgement in report.Cases)
        {
            text.AppendLine(
                $"| {MarkdownText.Cell(judgement.Rounds.Case.DisplayName)} | {Cell(judgement, GateMetric.WallTime)} | {Cell(judgement, GateMetric.CpuPerOp)} | "
                + $"{Cell(judgement, GateMetric.Allocated)} | {(judgement.Detectable is { } detectable ? GateText.Percent(detectable) : MarkdownText.Missing)} | "
                + $"{Label(judgement.Verdict)} | {MarkdownText.Cell(judgement.Reason)} |");
        }

        MarkdownText.CaseList(text, "Only in base (not compared)", input.OnlyInBase);
        MarkdownText.CaseList(text, "Only in head (not compared)", input.OnlyInHead);

        if (pictures.Count > 0)
        {
            text.AppendLine().AppendLine("### Flagged cases");
            foreach (var (judgement, file) in pictures)
            {
                text.AppendLine().AppendLine($"**{MarkdownText.Cell(judgement.Rounds.Case.DisplayName)}** — {Label(judgement.Verdict)}: {judgement.Reason}").AppendLine();
                text.AppendLine($"![{GateText.Name(judgement.FlaggedBy ?? judgement.Deciding)} of every round]({file})");
            }
        }

        text.AppendLine().AppendLine("Legend:");
        text.AppendLine("- Wall time, CPU/op: median over the base rounds → median over the head rounds, and the change: the geometric mean of "
            + "head ÷ base over the pairs. A round's wall time is the median of its iterations. **Bold**: the metric that decides the case's time verdict "
            + "(CPU/op for CPU-bound workloads, wall time for the rest).");
        text.AppendLine("- Allocated: bytes per operation of the smallest base round → of the smallest head round (other threads' allocations during "
            + "a round only ever add, so the smallest is the case's own), judged for every case.");
        text.AppendLine($"- Detectable: the smallest slowdown of the deciding metric this run would have caught {GateText.Percent(policy.Power)} of the time, "
            + $"from the spread of the pairs' ratios at the corrected α. Above the threshold ({GateText.Percent(policy.Threshold)}) the case is inconclusive.");
        text.AppendLine($"- Verdict: **regression** when the deciding metric is significantly slower by at least {GateText.Percent(policy.Tolerance)}, "
            + $"when wall time is significantly slower by more than {GateText.Percent(policy.Threshold)} (CPU-bound cases: lost parallelism keeps CPU/op), "
            + $"or when allocations are significantly larger and the smallest round's grew by more than {GateText.Bytes(policy.AllocationFloor)}/op; "
            + "**faster** when significantly faster by at least the tolerance; "
            + "**inconclusive** when the rounds could not have shown a slowdown of the threshold; **same** otherwise.");
        return text.ToString();
    }

    private static string Cell(CaseJudgement judgement, GateMetric metric)
    {
        var result = judgement.Metric(metric);
        if (result.BaseValue is null && result.HeadValue is null)
        {
            return MarkdownText.Missing;
        }

        string change = (metric, result) switch
        {
            (GateMetric.Allocated, { BaseValue: { } baseBytes, HeadValue: { } headBytes }) =>
                $"{(headBytes >= baseBytes ? "+" : "-")}{GateText.Bytes(Math.Abs(headBytes - baseBytes))}",
            (not GateMetric.Allocated, { Ratios: { } ratios }) => GateText.Change(ratios.Change),
            _ => MarkdownText.Missing,
        };
        string cell = $"{GateText.Value(metric, result.BaseValue)} → {GateText.Value(metric, result.HeadValue)} ({change})";
        return metric == judgement.Deciding ? $"**{cell}**" : cell;
    }

    private static string Label(GateVerdict verdict) => verdict switch
    {
        GateVerdict.Regression => "**❌ regression**",
        GateVerdict.Inconclusive => "**⚠️ inconclusive**",
        GateVerdict.Faster => "faster",
        _ => "same",
    };
}
