using System.Diagnostics;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>The CPU time of a process tree and the wall clock, read when a measured interval starts.</summary>
internal sealed record CpuSample(int RootProcessId, TimeSpan CpuTime, long Timestamp)
{
    /// <summary>CPU is read before the clock starts and after it stops, so the reads themselves fall outside the interval.</summary>
    public static CpuSample Start(int rootProcessId)
    {
        var cpu = ProcessTreeCpu.CpuTime(rootProcessId);
        return new CpuSample(rootProcessId, cpu, Stopwatch.GetTimestamp());
    }

    public CpuUsage Stop()
    {
        var wall = Stopwatch.GetElapsedTime(Timestamp);
        return new CpuUsage(ProcessTreeCpu.CpuTime(RootProcessId) - CpuTime, wall);
    }
}
