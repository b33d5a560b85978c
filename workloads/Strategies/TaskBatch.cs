using Concurrency.Workloads.Workloads;

namespace Concurrency.Workloads.Strategies;

/// <summary>A batch of <paramref name="Count"/> tasks, indexed 0 … Count−1, each running <paramref name="Workload"/>.</summary>
public sealed record TaskBatch(IWorkload Workload, int Count);
