namespace Concurrency.Workloads.Io;

/// <summary><see cref="IoDelayWorkload"/>: its size is the latency, 10 ms.</summary>
internal sealed class IoDelayDescriptor() : WorkloadDescriptor(WorkloadKind.IoDelay, WorkloadBound.IoLatency, calibratedSize: 10)
{
    public override IWorkload Create(int size) => new IoDelayWorkload(size);
}
