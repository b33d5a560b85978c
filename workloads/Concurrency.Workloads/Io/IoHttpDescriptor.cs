namespace Concurrency.Workloads.Io;

/// <summary><see cref="IoHttpWorkload"/>: its size is the server's latency, 10 ms.</summary>
internal sealed class IoHttpDescriptor() : WorkloadDescriptor(WorkloadKind.IoHttp, WorkloadBound.IoLatency, calibratedSize: 10)
{
    public override IWorkload Create(int size) => new IoHttpWorkload(size);
}
