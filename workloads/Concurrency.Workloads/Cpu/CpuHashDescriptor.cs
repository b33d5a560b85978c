namespace Concurrency.Workloads.Cpu;

/// <summary><see cref="CpuHashWorkload"/>: SHA-256 over 18 MB takes about 10 ms; native code, yet CPU-bound.</summary>
internal sealed class CpuHashDescriptor() : WorkloadDescriptor(WorkloadKind.CpuHash, WorkloadBound.Cpu, calibratedSize: 18_000_000)
{
    public override IWorkload Create(int size) => new CpuHashWorkload(size);
}
