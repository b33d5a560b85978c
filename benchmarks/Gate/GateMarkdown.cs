using System.Text;
using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Reporting;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// The gate's summary as GitHub markdown, in the order a reviewer reads it: the outcome (inconclusive cases loudly), one
/// table with a row per case, flagged cases first (its path, verdict, head ÷ base with its interval, how many rounds it
/// took and what it could still have missed), the flagged cases' strip plots, then how the run went and every metric.
/// </summary>
internal static class GateMarkdown
{
    /// <param name="report">The judged run.</param>
    /// <param name="subset">Which code path each case guards.</param>
    /// <param name="notes">Lines about the run to show under the outcome (trees, commits, environment given to head).</param>
    /// <param name="pictures">The strip plot's file name (beside the summary) per flagged case.</param>
    public static string Write(GateReport report, GateSubset subset, IReadOnlyList<string> notes, IReadOnlyDictionary<CaseJudgement, string> pictures)
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
                $"> ⚠️ **{inconclusive} of {cases} cases inconclusive — NOT checked.** Their rounds ran out before they could rule out a "
                + $"{GateText.Percent(policy.Threshold)} slowdown; the column *Could have missed* says how large a regression there would have passed.");
        }

        text.AppendLine();
        text.AppendLine("| Case | Guards | Verdict | Head ÷ base | Rounds | Could have missed | Why |");
        text.AppendLine("|---|---|---|---|---:|---:|---|");
        foreach (var judgement in Ordered(report))
        {
            text.AppendLine(
                $"| {MarkdownText.Cell(judgement.Rounds.Case.DisplayName)} | {MarkdownText.Cell(subset.Find(judgement.Rounds.Case)?.Path ?? MarkdownText.Missing)} | "
                + $"{Label(judgement.Verdict)} | {Ratio(judgement)} | {2 * judgement.Rounds.Pairs} | "
                + $"{(judgement.Missable is { } missable ? Missed(missable) : MarkdownText.Missing)} | {MarkdownText.Cell(judgement.Reason)} |");
        }

        if (pictures.Count > 0)
        {
            text.AppendLine().AppendLine("### Flagged cases");
            foreach (var judgement in Ordered(report).Where(pictures.ContainsKey))
            {
                text.AppendLine().AppendLine($"**{MarkdownText.Cell(judgement.Rounds.Case.DisplayName)}** — {Label(judgement.Verdict)}: {judgement.Reason}").AppendLine();
                text.AppendLine($"![{GateText.Name(judgement.FlaggedBy ?? judgement.Deciding)} of every round]({pictures[judgement]})");
            }
        }

        text.AppendLine().AppendLine("### How it ran").AppendLine();
        foreach (string note in notes)
        {
            text.AppendLine($"- {note}");
        }

        int rounds = input.Pairs.Count * 2;
        text.AppendLine($"- Machine: {input.Pairs[0].Base.Results.Environment}");
        text.AppendLine($"- {rounds} rounds in {input.Pairs.Count} pairs: a base round and a head round side by side, fresh processes taking turns "
            + $"iteration by iteration, base first in odd pairs. Every case ran {2 * policy.InitialPairs} rounds before the first look; each further look, after "
            + $"{2 * policy.PairsPerStep} more rounds of the cases still undecided. {report.Looks} of at most {policy.MaxLooks} looks.");
        text.AppendLine($"- Tests: per look, a one-sided paired t-test on ln(head ÷ base) of each case's deciding metric (from {PairedRatios.FirstTrimmed} pairs on, Yuen's, "
            + $"on the {GateText.Percent(PairedRatios.Trim)} trimmed mean: one pair at each end set aside), Holm-corrected at "
            + $"α = {GateText.Percent(policy.Alpha)} ÷ {policy.MaxLooks} looks; \"same\" once the interval's high end, one-sided at "
            + $"{GateText.Percent(policy.MissRisk)} ÷ {policy.MaxLooks}, is under the {GateText.Percent(policy.Threshold)} threshold; "
            + $"tolerance {GateText.Percent(policy.Tolerance)}, allocation floor {GateText.Bytes(policy.AllocationFloor)}/op.")
            .AppendLine();

        text.AppendLine("| Case | Wall time | CPU/op | Allocated |");
        text.AppendLine("|---|---|---|---|");
        foreach (var judgement in report.Cases)
        {
            text.AppendLine(
                $"| {MarkdownText.Cell(judgement.Rounds.Case.DisplayName)} | {Cell(judgement, GateMetric.WallTime)} | {Cell(judgement, GateMetric.CpuPerOp)} | "
                + $"{Cell(judgement, GateMetric.Allocated)} |");
        }

        MarkdownText.CaseList(text, "Only in base (not compared)", input.OnlyInBase);
        MarkdownText.CaseList(text, "Only in head (not compared)", input.OnlyInHead);

        text.AppendLine().AppendLine("Legend:");
        text.AppendLine($"- Head ÷ base: the deciding metric's geometric mean ratio over the case's pairs, {GateText.Percent(PairedRatios.Trim)} trimmed from {PairedRatios.FirstTrimmed} pairs on (CPU/op for CPU-bound workloads, wall time "
            + "for the rest), with its interval, each end one-sided at the look's miss risk. Rounds: how many rounds the case took, both sides.");
        text.AppendLine("- Could have missed: for a case not failed, the interval's high end, the largest slowdown its rounds leave open.");
        text.AppendLine($"- Verdict: **regression** when the deciding metric is significantly slower by at least {GateText.Percent(policy.Tolerance)}, "
            + $"when wall time is significantly slower by more than {GateText.Percent(policy.Threshold)} (CPU-bound cases: lost parallelism keeps CPU/op), "
            + $"or when every head round allocates more than every base round and the smallest by more than {GateText.Bytes(policy.AllocationFloor)}/op "
            + $"(or {GateText.Percent(policy.Tolerance)}); **faster** when significantly faster by at least the tolerance; **same** when a slowdown of the "
            + "threshold is ruled out; **inconclusive** when the rounds ran out first.");
        text.AppendLine("- Wall time, CPU/op: median over the case's base rounds → over its head rounds, and the change. A round's wall time is its fastest "
            + "iteration. **Bold**: the deciding metric. Allocated: bytes per operation of the smallest base round → of the smallest head round.");
        return text.ToString();
    }

    /// <summary>Flagged cases first, as a reviewer wants them: regressions, then inconclusive, then faster, then same; else in run order.</summary>
    private static IEnumerable<CaseJudgement> Ordered(GateReport report) =>
        report.Cases.OrderBy(judgement => judgement.Verdict switch
        {
            GateVerdict.Regression => 0,
            GateVerdict.Inconclusive => 1,
            GateVerdict.Faster => 2,
            _ => 3,
        });

    private static string Ratio(CaseJudgement judgement) =>
        judgement.Metric(judgement.Deciding).Ratios is { } ratios
            ? IntervalText.Format(1 + ratios.Change, 1 + judgement.Interval?.Low, 1 + judgement.Interval?.High, "×", "0.000")
            : MarkdownText.Missing;

    private static string Missed(double high) => high > 0 ? GateText.Change(high) : "no slowdown";

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
