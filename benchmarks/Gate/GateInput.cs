using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>The paired rounds and the cases they share.</summary>
/// <param name="Pairs">The rounds, paired.</param>
/// <param name="Cases">Cases every round measured, in the first base round's order.</param>
/// <param name="OnlyInBase">Cases every base round measured and no head round did (removed or renamed by head).</param>
/// <param name="OnlyInHead">Cases every head round measured and no base round did.</param>
internal sealed record GateInput(
    IReadOnlyList<RoundPair> Pairs,
    IReadOnlyList<CaseRounds> Cases,
    IReadOnlyList<BenchmarkResult> OnlyInBase,
    IReadOnlyList<BenchmarkResult> OnlyInHead)
{
    /// <summary>
    /// Matches the cases across rounds by key. A case some rounds of a side have and others lack is a
    /// <see cref="UsageException"/>: rounds of one tree measure the same cases, so one of them went wrong.
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
            switch (InEveryRound(inBase), InEveryRound(inHead))
            {
                case ({ } baseResults, { } headResults):
                    cases.Add(new CaseRounds(baseResults[0], baseResults, headResults));
                    break;
                case ({ } baseResults, null) when inHead.All(result => result is null):
                    onlyInBase.Add(baseResults[0]);
                    break;
                case (null, { } headResults) when inBase.All(result => result is null):
                    onlyInHead.Add(headResults[0]);
                    break;
                default:
                    string name = inBase.Concat(inHead).OfType<BenchmarkResult>().First().DisplayName;
                    var missing = baseRounds.Zip(inBase).Concat(headRounds.Zip(inHead)).Where(pair => pair.Second is null).Select(pair => pair.First.Name);
                    throw new UsageException($"{name}: missing from rounds {string.Join(", ", missing)}; every round of a side must measure the same cases (did a round fail?).");
            }
        }

        if (cases.Count == 0)
        {
            throw new UsageException("base and head rounds have no benchmark case in common (a case is the same method, parameters and job).");
        }

        return new GateInput(pairs, cases, onlyInBase, onlyInHead);
    }

    /// <summary>The results if every round has the case, else null.</summary>
    private static BenchmarkResult[]? InEveryRound(BenchmarkResult?[] found) =>
        found.All(result => result is not null) ? [.. found.OfType<BenchmarkResult>()] : null;

    private static BenchmarkResult?[] Find(IEnumerable<GateRound> rounds, CaseKey key) =>
        [.. rounds.Select(round => round.Results.Cases.FirstOrDefault(result => result.Key == key))];
}
