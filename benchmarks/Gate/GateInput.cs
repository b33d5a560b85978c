using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>The paired rounds and the cases they share.</summary>
/// <param name="Pairs">The rounds, paired.</param>
/// <param name="Cases">Cases both rounds of the first pairs measured, each with its own pairs, in the first base round's order.</param>
/// <param name="OnlyInBase">Cases the first base round measured and no head round did (removed or renamed by head).</param>
/// <param name="OnlyInHead">Cases the first head round measured and no base round did.</param>
internal sealed record GateInput(
    IReadOnlyList<RoundPair> Pairs,
    IReadOnlyList<CaseRounds> Cases,
    IReadOnlyList<BenchmarkResult> OnlyInBase,
    IReadOnlyList<BenchmarkResult> OnlyInHead)
{
    /// <summary>
    /// Matches the cases across rounds by key. Every case is in the first pairs; the gate's later rounds measure only
    /// the cases still undecided, so a case's pairs end where the gate stopped giving it rounds. A case one round of a pair
    /// has and the other lacks, or that comes back after a pair without it, is a <see cref="UsageException"/>: one of
    /// those rounds went wrong.
    /// </summary>
    public static GateInput Match(IReadOnlyList<RoundPair> pairs)
    {
        ArgumentOutOfRangeException.ThrowIfZero(pairs.Count);
        var baseRounds = pairs.Select(pair => pair.Base).ToArray();
        var headRounds = pairs.Select(pair => pair.Head).ToArray();
        var keys = baseRounds.Concat(headRounds).SelectMany(round => round.Results.Cases).Select(result => result.Key).Distinct().ToArray();
        var cases = new List<CaseRounds>();
        var onlyInBase = new List<BenchmarkResult>();
        var onlyInHead = new List<BenchmarkResult>();
        foreach (var key in keys)
        {
            var inBase = Find(baseRounds, key);
            var inHead = Find(headRounds, key);
            if (inHead.All(result => result is null) && inBase[0] is { } removed)
            {
                onlyInBase.Add(removed);
                continue;
            }

            if (inBase.All(result => result is null) && inHead[0] is { } added)
            {
                onlyInHead.Add(added);
                continue;
            }

            int measured = 0;
            while (measured < pairs.Count && inBase[measured] is not null && inHead[measured] is not null)
            {
                measured++;
            }

            // From the first pair without the case on, no round may have it.
            var later = baseRounds.Zip(inBase).Concat(headRounds.Zip(inHead)).Where(pair => pair.First.Position >= FirstPosition(pairs, measured)).ToArray();
            if (measured == 0 || later.Any(pair => pair.Second is not null))
            {
                string name = inBase.Concat(inHead).OfType<BenchmarkResult>().First().DisplayName;
                var lacking = new[] { (baseRounds[measured], inBase[measured]), (headRounds[measured], inHead[measured]) }
                    .Where(pair => pair.Item2 is null).Select(pair => pair.Item1.Name);
                var measuredLater = later.Where(pair => pair.Second is not null).Select(pair => pair.First.Name).Order();
                throw new UsageException(
                    $"{name}: missing from rounds {string.Join(", ", lacking)}, yet measured in {string.Join(", ", measuredLater.DefaultIfEmpty("the other round of the pair"))}; "
                    + "both rounds of a pair measure the same cases, and the gate drops a case only for good (did a round fail?).");
            }

            cases.Add(new CaseRounds(inBase[0]!, [.. inBase.Take(measured).OfType<BenchmarkResult>()], [.. inHead.Take(measured).OfType<BenchmarkResult>()]));
        }

        if (cases.Count == 0)
        {
            throw new UsageException("base and head rounds have no benchmark case in common (a case is the same method, parameters and job).");
        }

        return new GateInput(pairs, cases, onlyInBase, onlyInHead);
    }

    /// <summary>The run-order position of the first round of pair <paramref name="index"/> (from 0), or past the end.</summary>
    private static int FirstPosition(IReadOnlyList<RoundPair> pairs, int index) =>
        index < pairs.Count ? Math.Min(pairs[index].Base.Position, pairs[index].Head.Position) : int.MaxValue;

    private static BenchmarkResult?[] Find(IEnumerable<GateRound> rounds, CaseKey key) =>
        [.. rounds.Select(round => round.Results.Cases.FirstOrDefault(result => result.Key == key))];
}
