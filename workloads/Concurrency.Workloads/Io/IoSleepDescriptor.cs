namespace Concurrency.Workloads.Io;

/// <summary><see cref="IoSleepWorkload"/>: its size is the latency, 10 ms.</summary>
internal sealed class IoSleepDescriptor() : WorkloadDescriptor(WorkloadKind.IoSleep, WorkloadBound.IoLatency, calibratedSize: 10)
{
    public override IWorkload Create(int size) => new IoSleepWorkload(size);
}
