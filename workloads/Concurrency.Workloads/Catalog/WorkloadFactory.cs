using Concurrency.Workloads.Cpu;
using Concurrency.Workloads.Io;
using Concurrency.Workloads.Memory;
using Concurrency.Workloads.Mixed;
using Concurrency.Workloads;

namespace Concurrency.Workloads.Catalog;

/// <summary>
/// Builds a workload from its spec, here or in a child process. Workloads that own resources (a server, a temporary
/// folder) are <see cref="IAsyncDisposable"/>: whoever creates one disposes it.
/// </summary>
public static class WorkloadFactory
{
    /// <summary>
    /// Sizes that make one task take about 10 ms on the 2-core reference machine (see README, "Calibration"),
    /// grown by <see cref="WorkloadSlowdown.Current"/> when the slow-down knob names the workload.
    /// </summary>
    public static int DefaultSize(WorkloadKind kind) => WorkloadSlowdown.Current.Apply(kind, CalibratedSize(kind));

    private static int CalibratedSize(WorkloadKind kind) => kind switch
    {
        WorkloadKind.CpuCountdown => 9_000_000,
        WorkloadKind.CpuRangeSum => 36_000_000,
        WorkloadKind.CpuPrimes => 2_800,
        WorkloadKind.IoSleep => 10,
        WorkloadKind.IoDelay => 10,
        WorkloadKind.IoHttp => 10,
        WorkloadKind.IoFile => 8_192,
        WorkloadKind.MemAdd => 20_000_000,
        WorkloadKind.MemDot => 31_000_000,
        WorkloadKind.CpuHash => 18_000_000,
        WorkloadKind.Mixed => 5,
        _ => throw UnknownKind(kind),
    };

    /// <summary>What bounds a workload, for the physical-limit model; known without building it (no server starts).</summary>
    public static WorkloadBound BoundOf(WorkloadKind kind) => kind switch
    {
        WorkloadKind.CpuCountdown or WorkloadKind.CpuRangeSum or WorkloadKind.CpuPrimes or WorkloadKind.CpuHash => WorkloadBound.Cpu,
        WorkloadKind.IoSleep or WorkloadKind.IoDelay or WorkloadKind.IoHttp or WorkloadKind.IoFile => WorkloadBound.IoLatency,
        WorkloadKind.MemAdd or WorkloadKind.MemDot => WorkloadBound.Memory,
        WorkloadKind.Mixed => WorkloadBound.LatencyThenCpu,
        _ => throw UnknownKind(kind),
    };

    public static IWorkload Create(WorkloadSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegative(spec.Size);
        return spec.Kind switch
        {
            WorkloadKind.CpuCountdown => new CpuCountdownWorkload(spec.Size),
            WorkloadKind.CpuRangeSum => new CpuRangeSumWorkload(spec.Size),
            WorkloadKind.CpuPrimes => new CpuPrimesWorkload(spec.Size),
            WorkloadKind.IoSleep => new IoSleepWorkload(spec.Size),
            WorkloadKind.IoDelay => new IoDelayWorkload(spec.Size),
            WorkloadKind.IoHttp => new IoHttpWorkload(spec.Size),
            WorkloadKind.IoFile => new IoFileWorkload(spec.Size),
            WorkloadKind.MemAdd => new MemAddWorkload(spec.Size),
            WorkloadKind.MemDot => new MemDotWorkload(spec.Size),
            WorkloadKind.CpuHash => new CpuHashWorkload(spec.Size),
            WorkloadKind.Mixed => new MixedWorkload(spec.Size),
            _ => throw UnknownKind(spec.Kind),
        };
    }

    public static IWorkload Create(WorkloadKind kind) => Create(WorkloadSpec.Default(kind));

    private static ArgumentOutOfRangeException UnknownKind(WorkloadKind kind) =>
        new(nameof(kind), kind, $"Unknown workload '{kind}'. Valid: {string.Join(", ", Enum.GetNames<WorkloadKind>())}.");
}
