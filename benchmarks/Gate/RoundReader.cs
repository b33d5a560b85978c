using System.Globalization;
using System.Text.RegularExpressions;
using Concurrency.Benchmarks.Results;
using Concurrency.Benchmarks.Comparison;

namespace Concurrency.Benchmarks.Gate;

/// <summary>
/// Reads the gate's rounds from their folders (<c>01-base</c>, <c>02-head</c>, <c>03-head</c>, <c>04-base</c> …, each
/// holding one run's BenchmarkDotNet reports) and pairs the rounds that ran next to each other: 01 with 02, 03 with 04 ….
/// Anything else is a <see cref="UsageException"/>: a gate that was cut short must not be judged as if it were whole.
/// </summary>
internal static partial class RoundReader
{
    public static IReadOnlyList<RoundPair> Read(string roundsFolder)
    {
        if (!Directory.Exists(roundsFolder))
        {
            throw new UsageException($"{roundsFolder}: no such folder (the gate writes its rounds there).");
        }

        var rounds = Directory.GetDirectories(roundsFolder).Select(Parse).OrderBy(round => round.Position).ToArray();
        if (rounds.Length == 0)
        {
            throw new UsageException($"{roundsFolder}: no rounds in it (folders named like 01-base, 02-head).");
        }

        for (int i = 0; i < rounds.Length; i++)
        {
            if (rounds[i].Position != i + 1)
            {
                throw new UsageException($"{roundsFolder}: round {i + 1:00} is missing or doubled (found {rounds[i].Folder}); rounds are numbered 01, 02, … without gaps.");
            }
        }

        if (rounds.Length % 2 != 0)
        {
            throw new UsageException($"{roundsFolder}: {rounds.Length} rounds; they pair up two by two, so round {rounds.Length:00} has no partner (was the gate cut short?).");
        }

        return [.. rounds.Chunk(2).Select((pair, index) => Pair(index + 1, pair[0], pair[1]))];
    }

    private static RoundPair Pair(int number, (int Position, GateSide Side, string Folder) first, (int Position, GateSide Side, string Folder) second)
    {
        if (first.Side == second.Side)
        {
            throw new UsageException(
                $"rounds {Path.GetFileName(first.Folder)} and {Path.GetFileName(second.Folder)} ran next to each other for the same side; "
                + "each pair needs one base and one head round.");
        }

        var (baseRound, headRound) = first.Side == GateSide.Base ? (first, second) : (second, first);
        return new RoundPair(number, Read(baseRound), Read(headRound));
    }

    private static GateRound Read((int Position, GateSide Side, string Folder) round) =>
        new(round.Position, round.Side, ResultSetReader.Read(round.Folder));

    private static (int Position, GateSide Side, string Folder) Parse(string folder)
    {
        var match = RoundName().Match(Path.GetFileName(folder));
        if (!match.Success)
        {
            throw new UsageException($"{folder}: not a round folder (expected NN-base or NN-head, e.g. 03-head).");
        }

        return (int.Parse(match.Groups["position"].Value, CultureInfo.InvariantCulture),
            match.Groups["side"].Value == "base" ? GateSide.Base : GateSide.Head,
            folder);
    }

    [GeneratedRegex("^(?<position>[0-9]{2,})-(?<side>base|head)$", RegexOptions.CultureInvariant)]
    private static partial Regex RoundName();
}
