using Concurrency.Benchmarks.Cases;
using Concurrency.Benchmarks.Comparison;
using Concurrency.Benchmarks.Gate;

namespace Concurrency.Tests.Benchmarks.Gate;

/// <summary>Paired rounds made in memory: each round's value of a case comes from a function of the pair and the side.</summary>
internal static class SyntheticRounds
{
    public const string Job = "Job-GATE(IterationCount=5)";
    public const string CpuSequential = "Workers=1&Workload=CpuCountdown&Strategy=Sequential";
    public const string IoWhenAll = "Workers=2&Workload=IoDelay&Strategy=TaskWhenAll";

    /// <summary>One round's figures for a case: wall time (ns, all iterations alike), CPU/op (ns) and allocated bytes per operation.</summary>
    public readonly record struct Figures(double Wall, double? Cpu = null, double? Allocated = null);

    public static GateReport Judge(int pairs, Func<int, GateSide, Figures> figures, string parameters = CpuSequential, GatePolicy? policy = null) =>
        GateJudge.Judge(GateInput.Match(Pairs(pairs, (pair, side) => [Result(parameters, figures(pair, side))])), policy ?? GatePolicy.Default);

    /// <summary><paramref name="count"/> pairs; round results per pair (from 0) and side.</summary>
    public static IReadOnlyList<RoundPair> Pairs(int count, Func<int, GateSide, BenchmarkResult[]> results) =>
        [.. Enumerable.Range(0, count).Select(pair => new RoundPair(
            pair + 1,
            Round((2 * pair) + (pair % 2 == 0 ? 1 : 2), GateSide.Base, results(pair, GateSide.Base)),
            Round((2 * pair) + (pair % 2 == 0 ? 2 : 1), GateSide.Head, results(pair, GateSide.Head))))];

    public static BenchmarkResult Result(string parameters, Figures figures)
    {
        var values = CaseKey.Split(parameters);
        string arguments = string.Join(", ", values.Select(pair => $"{pair.Key}: {pair.Value}"));
        return new BenchmarkResult(
            CaseKey.Parse("Scaling.RunBatch", parameters, Job),
            $"Concurrency.Benchmarks.Suites.Scaling.RunBatch({arguments})",
            values,
            figures.Wall,
            [.. Enumerable.Repeat(figures.Wall, 5)],
            null,
            figures.Allocated,
            figures.Cpu);
    }

    private static GateRound Round(int position, GateSide side, BenchmarkResult[] results) =>
        new(position, side, new ResultSet($"{position:00}-{side}", new MachineEnvironment("Test CPU", 2, 2, "Linux Test OS", ".NET 10.0.0"), results));
}
