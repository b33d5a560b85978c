using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;

namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// CPU time a process tree burned over the measured iterations of a case, against how long those iterations took
/// and how many operations they ran.
/// </summary>
internal sealed record CpuUsage(TimeSpan CpuTime, TimeSpan IterationTime, long Operations)
{
    /// <summary>
    /// How many cores were busy on average while the iterations ran: the Task Manager view. Divided by the iterations'
    /// own time, not by the wall clock around them, so that Cores × Mean = CPU/op.
    /// </summary>
    public double Cores => CpuTime / IterationTime;

    public double NanosecondsPerOperation => CpuTime.TotalNanoseconds / Operations;

    /// <summary>
    /// The usage of <paramref name="cpuTime"/>, read around the measured (workload, actual) iterations among
    /// <paramref name="measurements"/>; null when there were none.
    /// </summary>
    public static CpuUsage? Of(TimeSpan cpuTime, IEnumerable<Measurement> measurements)
    {
        var measured = measurements
            .Where(measurement => measurement.IterationMode == IterationMode.Workload && measurement.IterationStage == IterationStage.Actual)
            .ToArray();
        long operations = measured.Sum(measurement => measurement.Operations);
        var time = TimeSpan.FromTicks((long)(measured.Sum(measurement => measurement.Nanoseconds) / 100));
        return operations > 0 && time > TimeSpan.Zero ? new CpuUsage(cpuTime, time, operations) : null;
    }
}
