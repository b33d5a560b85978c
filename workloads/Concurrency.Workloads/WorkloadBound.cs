namespace Concurrency.Workloads;

/// <summary>What limits a workload's throughput: picks the formula of the physical-limit model.</summary>
public enum WorkloadBound
{
    /// <summary>Limited by cores: ideal = t1 × ceil(N / min(W, C)).</summary>
    Cpu,

    /// <summary>Limited by a latency that holds no core: ideal = L × ceil(N / W).</summary>
    IoLatency,

    /// <summary>Limited by memory bandwidth: the CPU formula, marked approximate.</summary>
    Memory,

    /// <summary>
    /// A latency phase, then a CPU phase (an <see cref="IFetchThenCrunchWorkload"/>): limited by whichever is worse,
    /// W lanes each doing whole tasks or C cores doing every task's CPU share (<see cref="WorkloadDescriptor.CpuShare"/>).
    /// </summary>
    LatencyThenCpu,
}
