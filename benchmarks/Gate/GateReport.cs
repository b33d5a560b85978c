namespace Concurrency.Benchmarks.Gate;

/// <summary>A whole gate run judged: one verdict per case.</summary>
/// <param name="Policy">What the gate demanded.</param>
/// <param name="Input">The paired rounds and their cases.</param>
/// <param name="Cases">One judgement per case, in <see cref="GateInput.Cases"/>' order.</param>
/// <param name="Tests">How many significance tests shared the family-wise α.</param>
internal sealed record GateReport(GatePolicy Policy, GateInput Input, IReadOnlyList<CaseJudgement> Cases, int Tests)
{
    public bool HasRegression => Cases.Any(judgement => judgement.Verdict == GateVerdict.Regression);

    public int Count(GateVerdict verdict) => Cases.Count(judgement => judgement.Verdict == verdict);
}
