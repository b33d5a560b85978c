namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>CPU time a process tree burned over a wall-clock interval.</summary>
internal sealed record CpuUsage(TimeSpan CpuTime, TimeSpan WallTime)
{
    /// <summary>How many cores were busy on average: the Task Manager view.</summary>
    public double Cores => CpuTime / WallTime;
}
