using Concurrency.Workloads;

namespace Concurrency.Tests.Workloads;

/// <summary>A descriptor with chosen figures, for what reads only figures; building its workload is an error.</summary>
internal sealed class StubDescriptor(WorkloadBound bound, double? cpuShare = null)
    : WorkloadDescriptor(WorkloadKind.CpuCountdown, bound, calibratedSize: 1, cpuShare)
{
    public override IWorkload Create(int size) => throw new NotSupportedException("A stub descriptor builds no workload.");
}
