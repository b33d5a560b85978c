namespace Concurrency.Benchmarks.Gate;

/// <summary>A whole gate run judged: one verdict per case.</summary>
/// <param name="Policy">What the gate demanded.</param>
/// <param name="Input">The paired rounds and their cases.</param>
/// <param name="Cases">One judgement per case, in <see cref="GateInput.Cases"/>' order.</param>
/// <param name="Looks">How many looks the judge took: the first, and one per step of further rounds.</param>
internal sealed record GateReport(GatePolicy Policy, GateInput Input, IReadOnlyList<CaseJudgement> Cases, int Looks)
{
    public bool HasRegression => Cases.Any(judgement => judgement.Verdict == GateVerdict.Regression);

    /// <summary>The cases more rounds could decide.</summary>
    public IEnumerable<CaseJudgement> Pending => Cases.Where(judgement => judgement.Pending);

    public int Count(GateVerdict verdict) => Cases.Count(judgement => judgement.Verdict == verdict);
}
