namespace Concurrency.Benchmarks.Comparison;

/// <summary>One row of a comparison: a case present in both result sets.</summary>
/// <param name="Base">The case in the base result set.</param>
/// <param name="Head">The case in the head result set.</param>
/// <param name="BaseMedian">Median of base's measurements, ns per operation (NaN if it has none).</param>
/// <param name="HeadMedian">Median of head's measurements, ns per operation (NaN if it has none).</param>
/// <param name="Verdict">The statistical test's verdict.</param>
internal sealed record CaseComparison(BenchmarkResult Base, BenchmarkResult Head, double BaseMedian, double HeadMedian, Verdict Verdict)
{
    /// <summary>Head median ÷ base median: above 1, head is slower.</summary>
    public double Ratio => HeadMedian / BaseMedian;
}
