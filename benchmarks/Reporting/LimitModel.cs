using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The physical-limit model (docs/DESIGN.md): the best time a batch of <c>N</c> tasks on <c>W</c> workers and
/// <c>C</c> usable cores can take, given <c>t1</c>, the time of one task alone (Sequential mean ÷ N).
/// </summary>
internal static class LimitModel
{
    /// <summary>
    /// The worse of two limits. Workers: each runs whole tasks one after another, t1 × ceil(N / W). Cores: they run
    /// every task's CPU share s (<see cref="WorkloadDescriptor.CpuShare"/>), s × t1 × ceil(N / min(W, C)). So
    /// CPU- and memory-bound work (s = 1) is limited by the cores, latency-bound work (s = 0: a waiting task holds no
    /// core) by the workers, and latency then CPU by whichever is worse. Memory-bound figures are approximate:
    /// bandwidth, not cores, is the real limit.
    /// </summary>
    public static double IdealTime(WorkloadDescriptor workload, double singleTask, int tasks, int workers, int cores)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        double byWorkers = singleTask * Math.Ceiling(tasks / (double)workers);
        double byCores = singleTask * Math.Ceiling(tasks / (double)Math.Min(workers, cores));
        return Math.Max(byWorkers, workload.CpuShare * byCores);
    }
}
