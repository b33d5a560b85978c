namespace Concurrency.Workloads;

/// <summary>
/// What is known of one workload kind without building it (building an <c>IoHttp</c> workload starts a server): its
/// kind, what bounds it, its calibrated size and how to build it. Each kind has one, next to its workload; the
/// catalog lists them.
/// </summary>
public abstract class WorkloadDescriptor
{
    /// <param name="kind">The kind described.</param>
    /// <param name="bound">What limits its throughput.</param>
    /// <param name="calibratedSize">The size that makes one task take about 10 ms on the 2-core reference machine.</param>
    /// <param name="cpuShare">
    /// For <see cref="WorkloadBound.LatencyThenCpu"/> only, and required there: the CPU phase's share of one task alone.
    /// The other bounds imply theirs.
    /// </param>
    protected WorkloadDescriptor(WorkloadKind kind, WorkloadBound bound, int calibratedSize, double? cpuShare = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(calibratedSize);
        Kind = kind;
        Bound = bound;
        CalibratedSize = calibratedSize;
        CpuShare = (bound, cpuShare) switch
        {
            (WorkloadBound.LatencyThenCpu, > 0 and < 1 and double share) => share,
            (WorkloadBound.LatencyThenCpu, _) => throw new ArgumentOutOfRangeException(
                nameof(cpuShare), cpuShare, $"{kind} is bound by a latency then CPU work: its CPU share must be strictly between 0 and 1."),
            (_, not null) => throw new ArgumentException($"{kind} is {bound}-bound, which implies its CPU share; only a latency-then-CPU workload states one.", nameof(cpuShare)),
            (WorkloadBound.IoLatency, _) => 0,
            _ => 1,
        };
    }

    public WorkloadKind Kind { get; }

    /// <summary>What limits the workload's throughput; picks the physical-limit model's formula.</summary>
    public WorkloadBound Bound { get; }

    /// <summary>
    /// The one size knob's value that makes a task take about 10 ms on the 2-core reference machine
    /// (docs/CALIBRATION.md, "Workload sizes"), before any <see cref="WorkloadSlowdown"/>.
    /// </summary>
    public int CalibratedSize { get; }

    /// <summary>
    /// The share of one task alone that occupies a core, as the physical-limit model counts it: 1 for CPU- and
    /// memory-bound work, 0 for a latency (a waiting task holds no core), the CPU phase's share for latency then CPU.
    /// </summary>
    public double CpuShare { get; }

    /// <summary>Builds the workload with <paramref name="size"/> as its size knob; whoever builds it disposes it.</summary>
    public abstract IWorkload Create(int size);
}
