namespace Concurrency.Workloads.Memory;

/// <summary><see cref="MemDotWorkload"/>: the dot product of two 31 M-float arrays takes about 10 ms.</summary>
internal sealed class MemDotDescriptor() : WorkloadDescriptor(WorkloadKind.MemDot, WorkloadBound.Memory, calibratedSize: 31_000_000)
{
    public override IWorkload Create(int size) => new MemDotWorkload(size);
}
