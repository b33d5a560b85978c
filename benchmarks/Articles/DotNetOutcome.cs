namespace Concurrency.Benchmarks.Articles;

/// <summary>The .NET half of one experiment.</summary>
/// <param name="Measurements">Every case that produced measurements.</param>
/// <param name="Size">The workload's task size (its calibrated size).</param>
/// <param name="Failures">The cases that failed, by BenchmarkDotNet's display name; empty when none did.</param>
internal sealed record DotNetOutcome(IReadOnlyList<ModelMeasurements> Measurements, int Size, IReadOnlyList<string> Failures);
