using System.Globalization;
using System.Text;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// The verdicts as tab-separated lines, for scripts (<c>.ci/gate-trials</c> counts them): case, verdict, deciding
/// metric, change with its interval's low and high end (fractions), and the rounds the case took.
/// </summary>
internal static class GateVerdictTable
{
    public static string Write(GateReport report)
    {
        var text = new StringBuilder("case\tverdict\tdeciding\tchange\tlow\thigh\trounds\n");
        foreach (var judgement in report.Cases)
        {
            var deciding = judgement.Metric(judgement.Deciding);
            text.Append(CultureInfo.InvariantCulture,
                $"{judgement.Rounds.Case.DisplayName}\t{judgement.Verdict.ToString().ToLowerInvariant()}\t{judgement.Deciding}\t"
                + $"{Number(deciding.Ratios?.Change)}\t{Number(judgement.Interval?.Low)}\t{Number(judgement.Interval?.High)}\t{2 * judgement.Rounds.Pairs}\n");
        }

        return text.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
