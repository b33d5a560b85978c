using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>One case across its paired rounds: <c>Base[i]</c> and <c>Head[i]</c> are its results in pair i + 1.</summary>
/// <param name="Case">The case as the first base round saw it (name, parameters).</param>
/// <param name="Base">Its result in each pair's base round.</param>
/// <param name="Head">Its result in each pair's head round.</param>
internal sealed record CaseRounds(BenchmarkResult Case, IReadOnlyList<BenchmarkResult> Base, IReadOnlyList<BenchmarkResult> Head)
{
    /// <summary>How many pairs of rounds measured the case.</summary>
    public int Pairs => Base.Count;

    /// <summary>The case's first <paramref name="pairs"/> pairs: what a look at that many pairs sees.</summary>
    public CaseRounds Take(int pairs) => this with { Base = [.. Base.Take(pairs)], Head = [.. Head.Take(pairs)] };

    /// <summary>One value per round of <paramref name="side"/>, null where the round did not measure it.</summary>
    public IReadOnlyList<double?> Values(GateMetric metric, GateSide side) =>
        [.. (side == GateSide.Base ? Base : Head).Select(result => ValueOf(result, metric))];

    /// <summary>
    /// A round's value: for wall time its fastest iteration. What disturbs an iteration (another process, a page fault,
    /// the pool's threads asleep) only ever adds time, so the fastest is the one nearest the code's own cost, and slow
    /// iterations, however many, do not move it.
    /// </summary>
    public static double? ValueOf(BenchmarkResult result, GateMetric metric) => metric switch
    {
        GateMetric.WallTime => result.Measurements.Count == 0 ? null : result.Measurements.Min(),
        GateMetric.CpuPerOp => result.CpuPerOp,
        GateMetric.Allocated => result.AllocatedBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "unknown metric"),
    };
}
