namespace Concurrency.Workloads.Io;

/// <summary><see cref="IoFileWorkload"/>: writing and flushing 8 MiB takes about 10 ms.</summary>
internal sealed class IoFileDescriptor() : WorkloadDescriptor(WorkloadKind.IoFile, WorkloadBound.IoLatency, calibratedSize: 8_192)
{
    public override IWorkload Create(int size) => new IoFileWorkload(size);
}
