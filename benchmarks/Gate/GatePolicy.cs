namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// What the gate demands. The comparison runs with the base tree's build, so these are the base's values and a pull
/// request cannot loosen its own gate.
/// </summary>
/// <param name="Threshold">The smallest slowdown the gate promises to catch, as a fraction (0.10 = 10 %): a case whose
/// detectable change is larger is inconclusive.</param>
/// <param name="Alpha">The family-wise significance level over all tests of one gate run (Holm's correction).</param>
/// <param name="Power">How often a change of the detectable size would be caught.</param>
/// <param name="AllocationFloor">Bytes per operation a case's allocations may grow by before it fails.</param>
/// <param name="MinimumPairs">With fewer pairs the spread cannot be estimated and every case is inconclusive.</param>
internal sealed record GatePolicy(double Threshold, double Alpha, double Power, double AllocationFloor, int MinimumPairs)
{
    public static readonly GatePolicy Default = new(Threshold: 0.10, Alpha: 0.01, Power: 0.80, AllocationFloor: 256, MinimumPairs: 3);

    /// <summary>Significant slowdowns smaller than this are real but too small to fail a pull request.</summary>
    public double Tolerance => Threshold / 2;
}
