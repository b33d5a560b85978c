using Concurrency.Strategies.Tracing;
using Concurrency.Workloads;

namespace Concurrency.Strategies;

/// <summary>A batch of <paramref name="Count"/> tasks, indexed 0 … Count−1, each running <paramref name="Workload"/>.</summary>
/// <param name="Workload">What each task does.</param>
/// <param name="Count">How many tasks.</param>
/// <param name="Timeline">Where to record who ran each task and when; null (the default) records nothing.</param>
public sealed record TaskBatch(IWorkload Workload, int Count, TimelineRecorder? Timeline = null);
