using Concurrency.Benchmarks.Reporting;
using Concurrency.Benchmarks.Results;
using Perfolizer.Horology;
using Perfolizer.Mathematics.Common;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Mathematics.SignificanceTesting;
using Perfolizer.Metrology;
using Pragmastat;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>
/// Compares two result sets case by case with Perfolizer's Mann–Whitney equivalence test (the test behind
/// BenchmarkDotNet's <c>StatisticalTestColumn</c>): a case is slower or faster only if its shift exceeds the
/// threshold significantly, so noise and negligible changes read as "same".
/// </summary>
internal static class ResultComparer
{
    /// <summary>A usual gate on a quiet runner; docs/GATE.md says how to check it with an A/A run.</summary>
    public const string DefaultThreshold = "10%";

    /// <summary>Strict, because a gate that cries wolf gets ignored: with 10 measurements a side a real shift still passes it easily.</summary>
    public static readonly SignificanceLevel Alpha = SignificanceLevel.P01;

    private static readonly SimpleEquivalenceTest Test = new(MannWhitneyTest.Instance);

    /// <summary>Joins the cases of both sets by key; nothing in common is a <see cref="UsageException"/>.</summary>
    public static ResultComparison Compare(ResultSet baseSet, ResultSet headSet, Threshold threshold)
    {
        var headByKey = headSet.Cases.ToDictionary(result => result.Key);
        var baseKeys = baseSet.Cases.Select(result => result.Key).ToHashSet();
        var rows = baseSet.Cases
            .Where(result => headByKey.ContainsKey(result.Key))
            .Select(result => Row(result, headByKey[result.Key], threshold))
            .ToArray();
        if (rows.Length == 0)
        {
            throw new UsageException(
                $"{baseSet.Source} ({baseSet.Cases.Count} cases) and {headSet.Source} ({headSet.Cases.Count} cases) have no benchmark case in common "
                + "(a case is the same method, parameters and job).");
        }

        return new ResultComparison(
            baseSet,
            headSet,
            threshold,
            rows,
            [.. baseSet.Cases.Where(result => !headByKey.ContainsKey(result.Key))],
            [.. headSet.Cases.Where(result => !baseKeys.Contains(result.Key))]);
    }

    /// <summary>Head against base: slower if head's measurements are shifted up by more than the threshold, significantly.</summary>
    public static Verdict Judge(IReadOnlyList<double> baseValues, IReadOnlyList<double> headValues, Threshold threshold)
    {
        if (baseValues.Count == 0 || headValues.Count == 0)
        {
            return Verdict.Inconclusive;
        }

        var result = Test.Perform(new Sample([.. headValues], TimeUnit.Nanosecond), new Sample([.. baseValues], TimeUnit.Nanosecond), threshold, Alpha);
        return result switch
        {
            ComparisonResult.Greater => Verdict.Slower,
            ComparisonResult.Lesser => Verdict.Faster,
            ComparisonResult.Indistinguishable when CanReachAlpha(baseValues.Count, headValues.Count) => Verdict.Same,
            _ => Verdict.Inconclusive,
        };
    }

    /// <summary>
    /// Whether samples this small can be significant at all: Mann–Whitney's smallest p-value, every head value above
    /// every base value, is 1 / C(n + m, n). Below it "indistinguishable" means "too few measurements", not "same"
    /// (3 a side, the short job's default, can never reach α = 0.01).
    /// </summary>
    private static bool CanReachAlpha(int baseCount, int headCount)
    {
        double arrangements = 1;
        for (int i = 1; i <= baseCount; i++)
        {
            arrangements = arrangements * (headCount + i) / i;
        }

        return 1 / arrangements < Alpha;
    }

    private static CaseComparison Row(BenchmarkResult baseResult, BenchmarkResult headResult, Threshold threshold) =>
        new(baseResult, headResult, Median(baseResult.Measurements), Median(headResult.Measurements),
            Judge(baseResult.Measurements, headResult.Measurements, threshold));

    private static double Median(IReadOnlyList<double> values) =>
        values.Count == 0 ? double.NaN : MedianRatio.Median(values);
}
