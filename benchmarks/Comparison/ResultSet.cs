namespace Concurrency.Benchmarks.Comparison;

/// <summary>The benchmark cases of one run: a result folder or a single full-JSON report.</summary>
/// <param name="Source">The path the user gave.</param>
/// <param name="Environment">The machine it was measured on.</param>
/// <param name="Cases">Its cases, in report order, each key once.</param>
internal sealed record ResultSet(string Source, MachineEnvironment Environment, IReadOnlyList<BenchmarkResult> Cases);
