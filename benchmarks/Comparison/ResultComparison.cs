using Perfolizer.Metrology;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>Base against head: the cases in both, judged, and the cases only one side has.</summary>
/// <param name="Base">The base result set.</param>
/// <param name="Head">The head result set.</param>
/// <param name="Threshold">The smallest shift that counts as a change.</param>
/// <param name="Rows">One row per case in both, in base's order.</param>
/// <param name="OnlyInBase">Cases head lacks.</param>
/// <param name="OnlyInHead">Cases base lacks.</param>
internal sealed record ResultComparison(
    ResultSet Base,
    ResultSet Head,
    Threshold Threshold,
    IReadOnlyList<CaseComparison> Rows,
    IReadOnlyList<BenchmarkResult> OnlyInBase,
    IReadOnlyList<BenchmarkResult> OnlyInHead)
{
    public bool HasRegression => Rows.Any(row => row.Verdict == Verdict.Slower);

    public int Count(Verdict verdict) => Rows.Count(row => row.Verdict == verdict);
}
