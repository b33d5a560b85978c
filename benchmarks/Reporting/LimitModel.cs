using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Reporting;

/// <summary>
/// The physical-limit model (docs/MEASUREMENT.md): the best time a batch of <c>N</c> tasks on <c>W</c> workers and
/// <c>C</c> usable cores can take, given <c>t1</c>, the time of one task alone (Sequential median ÷ N), and <c>s</c>,
/// the share of that time one task keeps a core busy.
/// </summary>
internal static class LimitModel
{
    /// <summary>
    /// The worse of two limits. Workers: each runs whole tasks one after another, t1 × ceil(N / W). Cores: they run
    /// every task's CPU time s × t1, s × t1 × ceil(N / min(W, C)). So CPU- and memory-bound work (s = 1) is limited
    /// by the cores, pure waiting (s = 0) by the workers, and anything between by whichever is worse. Memory-bound
    /// figures are approximate: bandwidth, not cores, is the real limit.
    /// </summary>
    public static double IdealTime(double cpuShare, double singleTask, int tasks, int workers, int cores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cpuShare, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cpuShare, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cores, 1);
        double byWorkers = singleTask * Math.Ceiling(tasks / (double)workers);
        double byCores = singleTask * Math.Ceiling(tasks / (double)Math.Min(workers, cores));
        return Math.Max(byWorkers, cpuShare * byCores);
    }

    /// <summary>
    /// s as the Sequential case measured it (its <c>Cores</c>: CPU time ÷ wall time of one task after another), capped
    /// at 1, since CPU beyond one core there is the runtime's own threads, not the task's; null without a measurement,
    /// where the share the workload's bound implies stands in (<see cref="WorkloadDescriptor.CpuShare"/>).
    /// </summary>
    public static double? MeasuredCpuShare(double? sequentialCores) =>
        sequentialCores is { } cores && double.IsFinite(cores) && cores >= 0 ? Math.Min(cores, 1) : null;
}
