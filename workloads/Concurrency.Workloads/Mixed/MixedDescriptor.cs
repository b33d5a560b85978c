namespace Concurrency.Workloads.Mixed;

/// <summary><see cref="MixedWorkload"/>: a 5 ms fetch then about 5 ms of crunch, half of it on a core.</summary>
internal sealed class MixedDescriptor()
    : WorkloadDescriptor(WorkloadKind.Mixed, WorkloadBound.LatencyThenCpu, calibratedSize: 5, cpuShare: MixedWorkload.CrunchShare)
{
    public override IWorkload Create(int size) => new MixedWorkload(size);
}
