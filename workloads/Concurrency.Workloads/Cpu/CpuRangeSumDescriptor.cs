namespace Concurrency.Workloads.Cpu;

/// <summary><see cref="CpuRangeSumWorkload"/>: summing 36,000,000 integers takes about 10 ms.</summary>
internal sealed class CpuRangeSumDescriptor() : WorkloadDescriptor(WorkloadKind.CpuRangeSum, WorkloadBound.Cpu, calibratedSize: 36_000_000)
{
    public override IWorkload Create(int size) => new CpuRangeSumWorkload(size);
}
