using Concurrency.Workloads.Mixed;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The physical-limit model of DESIGN.md: the best time a batch of <c>N</c> tasks on <c>W</c> workers and
/// <c>C</c> usable cores can take, given <c>t1</c>, the time of one task alone (Sequential mean ÷ N).
/// </summary>
public static class LimitModel
{
    /// <summary>
    /// CPU- and memory-bound: t1 × ceil(N / min(W, C)); latency-bound: t1 × ceil(N / W), since a waiting task
    /// holds no core. Memory-bound figures are approximate: bandwidth, not cores, is the real limit. Latency then
    /// CPU (share s of t1): the worse of t1 × ceil(N / W) (each worker runs whole tasks) and
    /// s × t1 × ceil(N / min(W, C)) (the cores run every task's CPU phase).
    /// </summary>
    public static double IdealTime(WorkloadBound bound, double singleTask, int tasks, int workers, int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        double byWorkers = singleTask * Math.Ceiling(tasks / (double)workers);
        double byCores = singleTask * Math.Ceiling(tasks / (double)Math.Min(workers, cores));
        return bound switch
        {
            WorkloadBound.IoLatency => byWorkers,
            WorkloadBound.LatencyThenCpu => Math.Max(byWorkers, MixedWorkload.CpuShare * byCores),
            _ => byCores,
        };
    }
}
