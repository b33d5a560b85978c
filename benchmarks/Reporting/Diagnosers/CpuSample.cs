namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>The CPU time of a process tree when a measured interval starts.</summary>
internal sealed record CpuSample(int RootProcessId, TreeCpuReading Reading)
{
    public static CpuSample Start(int rootProcessId) => new(rootProcessId, ProcessTreeCpu.Read(rootProcessId));

    /// <summary>The CPU time the tree burned since <see cref="Start"/>.</summary>
    public TimeSpan Stop() => ProcessTreeCpu.Read(RootProcessId, Reading).CpuTime - Reading.CpuTime;
}
