using Perfolizer.Mathematics.SignificanceTesting.Base;
using Perfolizer.Mathematics.SignificanceTesting.MannWhitney;
using Perfolizer.Metrology;
using Pragmastat;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Whether head's rounds allocate more than base's, by Perfolizer's Mann–Whitney test on the rounds' bytes per operation.
/// Unpaired, because load does not drift allocations; what varies is the runtime's timing (async continuations, timers)
/// and allocations of other threads that fall into a round's measured iteration. With 8 rounds a side its smallest
/// p-value is 1 / 12,870, far below the corrected α; a paired signed-rank test's, 1 / 256, would be above it.
/// </summary>
internal static class AllocationTest
{
    /// <summary>One-sided p-value of "head allocates more", or null if some round did not measure allocations.</summary>
    public static double? PValueMore(IReadOnlyList<double?> baseValues, IReadOnlyList<double?> headValues)
    {
        if (baseValues.Count < 2 || headValues.Count < 2 || baseValues.Concat(headValues).Any(value => value is null))
        {
            return null;
        }

        var result = MannWhitneyTest.Instance.Perform(
            new Sample([.. headValues.OfType<double>()]), new Sample([.. baseValues.OfType<double>()]), AlternativeHypothesis.Greater, Threshold.Zero);
        return result.PValue;
    }
}
