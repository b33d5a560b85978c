using Concurrency.Benchmarks.Reporting;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Comparison;

/// <summary>One scaling case of a result set, with its figures against that machine's limit.</summary>
/// <param name="Benchmark">The method and any parameters beside workload, strategy and workers (e.g. <c>Scaling.RunBatch [Tasks=16]</c>).</param>
/// <param name="Workload">The workload.</param>
/// <param name="Strategy">The strategy.</param>
/// <param name="Workers">The worker count.</param>
/// <param name="Mean">BenchmarkDotNet's mean, ns per batch (NaN if the case failed).</param>
/// <param name="Figures">Speedup and efficiency, or null without a Sequential baseline or a known core count.</param>
public sealed record ScalingCase(
    string Benchmark,
    WorkloadKind Workload,
    StrategyKind Strategy,
    int Workers,
    double Mean,
    ScalingFigures? Figures);
