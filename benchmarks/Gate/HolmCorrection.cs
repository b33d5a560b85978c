namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Holm's step-down correction for testing many cases at once: the chance that any true "no change" is rejected stays
/// at most α, however many tests run (Bonferroni's guarantee), while rejecting at least as often as Bonferroni.
/// </summary>
internal static class HolmCorrection
{
    /// <summary>
    /// Which hypotheses to reject: the p-values in ascending order, the k-th (from 0) against α / (m − k), stopping at
    /// the first that is above its bound.
    /// </summary>
    public static bool[] Reject(IReadOnlyList<double> pValues, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        var rejected = new bool[pValues.Count];
        var ascending = Enumerable.Range(0, pValues.Count).OrderBy(index => pValues[index]).ToArray();
        for (int k = 0; k < ascending.Length; k++)
        {
            if (!(pValues[ascending[k]] <= alpha / (ascending.Length - k)))
            {
                break;
            }

            rejected[ascending[k]] = true;
        }

        return rejected;
    }
}
