namespace Concurrency.Workloads.Cpu;

/// <summary><see cref="CpuCountdownWorkload"/>: 9,000,000 steps take about 10 ms.</summary>
internal sealed class CpuCountdownDescriptor() : WorkloadDescriptor(WorkloadKind.CpuCountdown, WorkloadBound.Cpu, calibratedSize: 9_000_000)
{
    public override IWorkload Create(int size) => new CpuCountdownWorkload(size);
}
