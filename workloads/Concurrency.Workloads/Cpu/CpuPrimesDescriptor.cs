namespace Concurrency.Workloads.Cpu;

/// <summary><see cref="CpuPrimesWorkload"/>: 2,800 candidates take about 10 ms.</summary>
internal sealed class CpuPrimesDescriptor() : WorkloadDescriptor(WorkloadKind.CpuPrimes, WorkloadBound.Cpu, calibratedSize: 2_800)
{
    public override IWorkload Create(int size) => new CpuPrimesWorkload(size);
}
