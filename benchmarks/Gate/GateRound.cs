using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>One round: fresh processes that ran the subset once for one side, in turns with the other side's round of the pair.</summary>
/// <param name="Position">Its place in the run order, from 1.</param>
/// <param name="Side">The tree it measured.</param>
/// <param name="Results">What it measured.</param>
internal sealed record GateRound(int Position, GateSide Side, ResultSet Results)
{
    /// <summary>The round's folder name, e.g. <c>03-head</c>.</summary>
    public string Name => $"{Position:00}-{Side.ToString().ToLowerInvariant()}";
}
