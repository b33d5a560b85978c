using Concurrency.Workloads;
using Concurrency.Workloads.Catalog;

namespace Concurrency.Tests.Processes;

/// <summary>The workloads the child-process and silo tests send, which a worker or a silo rebuilds from their spec.</summary>
internal static class TestWorkloads
{
    private const int RangeSize = 1_000;

    /// <summary>
    /// Cheap enough that a batch costs only its messages, with a checksum known in advance (<see cref="TinyCpuChecksum"/>),
    /// so a lost or doubled task shows in the sum.
    /// </summary>
    public static IWorkload TinyCpu { get; } = WorkloadCatalog.Create(new WorkloadSpec(WorkloadKind.CpuRangeSum, RangeSize));

    /// <summary>What <paramref name="tasks"/> tasks of <see cref="TinyCpu"/> sum to: each adds up 0 … 999.</summary>
    public static long TinyCpuChecksum(int tasks) => tasks * (RangeSize * (RangeSize - 1L) / 2);

    /// <summary>Blocks its thread for <paramref name="milliseconds"/>: tasks that overlap whenever they can.</summary>
    public static IWorkload Sleep(int milliseconds) => WorkloadCatalog.Create(new WorkloadSpec(WorkloadKind.IoSleep, milliseconds));
}
