namespace Concurrency.Workloads.Memory;

/// <summary><see cref="MemAddWorkload"/>: adding two 20 M-float arrays takes about 10 ms.</summary>
internal sealed class MemAddDescriptor() : WorkloadDescriptor(WorkloadKind.MemAdd, WorkloadBound.Memory, calibratedSize: 20_000_000)
{
    public override IWorkload Create(int size) => new MemAddWorkload(size);
}
