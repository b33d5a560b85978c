namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Whether head allocates more than base. Allocations are not a matter of load: a case allocates the same per operation
/// every round, and what varies (other threads' allocations falling into a round, async continuations' timing) only
/// ever adds a little. So no significance test, which would need more rounds than the first look has: head grew when
/// every head round allocated more than every base round, and its smallest round more than the floor above base's.
/// </summary>
internal static class AllocationRule
{
    /// <summary>
    /// The growth of the smallest round in bytes per operation when head allocates more by this rule, else null (also
    /// when some round did not measure allocations).
    /// </summary>
    public static double? Growth(IReadOnlyList<double?> baseValues, IReadOnlyList<double?> headValues, GatePolicy policy)
    {
        if (baseValues.Count == 0 || headValues.Count == 0 || baseValues.Concat(headValues).Any(value => value is null))
        {
            return null;
        }

        double baseSmallest = baseValues.Min()!.Value;
        double headSmallest = headValues.Min()!.Value;
        double floor = Math.Max(policy.AllocationFloor, policy.Tolerance * baseSmallest);
        return headSmallest > baseValues.Max()!.Value && headSmallest - baseSmallest > floor ? headSmallest - baseSmallest : null;
    }
}
