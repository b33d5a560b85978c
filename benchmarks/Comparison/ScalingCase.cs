using Concurrency.Benchmarks.Results.Json;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>One scaling case of a configuration, with the figures its run saved.</summary>
/// <param name="Benchmark">The method and any parameters beside workload, strategy and workers (e.g. <c>Scaling.RunBatch [Tasks=16]</c>).</param>
/// <param name="Workload">The workload.</param>
/// <param name="Strategy">The strategy.</param>
/// <param name="Workers">The worker count.</param>
/// <param name="Mean">BenchmarkDotNet's mean, ns per batch (NaN if the case failed).</param>
/// <param name="Figures">Speedup and efficiency as the run saved them, or null where it saved none (no Sequential baseline).</param>
internal sealed record ScalingCase(
    string Benchmark,
    WorkloadKind Workload,
    StrategyKind Strategy,
    int Workers,
    double Mean,
    ScalingRecord? Figures);
