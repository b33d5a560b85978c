namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// What the gate demands and how it spends its rounds. The comparison runs with the base tree's build, so these are the
/// base's values and a pull request cannot loosen its own gate. docs/GATE.md says why each value is what it is.
/// </summary>
/// <param name="Threshold">The slowdown the gate must rule out to call a case "same", as a fraction (0.10 = 10 %).</param>
/// <param name="Alpha">The family-wise significance level over every test of one gate run, all looks together.</param>
/// <param name="MissRisk">The chance a case is called "same" although it is <see cref="Threshold"/> slower, all looks together.</param>
/// <param name="AllocationFloor">Bytes per operation a case's allocations may grow by before it fails.</param>
/// <param name="InitialPairs">Pairs of rounds every case gets before the first look.</param>
/// <param name="PairsPerStep">Pairs each still undecided case gets before each further look.</param>
/// <param name="MaxLooks">Looks at most; α and the miss risk are split evenly over them (Bonferroni), so looking again costs nothing.</param>
internal sealed record GatePolicy(
    double Threshold,
    double Alpha,
    double MissRisk,
    double AllocationFloor,
    int InitialPairs,
    int PairsPerStep,
    int MaxLooks)
{
    public static readonly GatePolicy Default = new(
        Threshold: 0.10, Alpha: 0.05, MissRisk: 0.05, AllocationFloor: 256, InitialPairs: 4, PairsPerStep: 2, MaxLooks: 5);

    /// <summary>Significant slowdowns smaller than this are real but too small to fail a pull request.</summary>
    public double Tolerance => Threshold / 2;

    /// <summary>The family-wise α of one look.</summary>
    public double AlphaPerLook => Alpha / MaxLooks;

    /// <summary>The miss risk of one look: the one-sided level of the upper bound that must fall below the threshold.</summary>
    public double MissRiskPerLook => MissRisk / MaxLooks;

    /// <summary>How many pairs a case has been judged on at <paramref name="look"/> (from 1).</summary>
    public int PairsAt(int look) => InitialPairs + ((look - 1) * PairsPerStep);
}
