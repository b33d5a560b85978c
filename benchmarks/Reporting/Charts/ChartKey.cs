using System.Globalization;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>Which cases share a chart: same workload, and same task count, job and method where a run varies them.</summary>
/// <param name="Title">The chart's title, e.g. <c>CpuCountdown (16 tasks)</c>.</param>
/// <param name="FileStem">The part of the file name that tells charts of one summary apart.</param>
internal sealed record ChartKey(string Title, string FileStem)
{
    public static ChartKey Of(BenchmarkCase benchmarkCase, bool withJob, bool withMethod)
    {
        string workload = CaseParameters.Get(benchmarkCase, CaseParameters.Workload)!.ToString()!;
        var tasks = CaseParameters.Get(benchmarkCase, CaseParameters.Tasks);
        string title = workload;
        string stem = workload;
        if (tasks is not null)
        {
            title += string.Create(CultureInfo.InvariantCulture, $" ({tasks} tasks)");
            stem += string.Create(CultureInfo.InvariantCulture, $"-{tasks}tasks");
        }

        if (withMethod)
        {
            title += $", {benchmarkCase.Descriptor.WorkloadMethod.Name}";
            stem += $"-{benchmarkCase.Descriptor.WorkloadMethod.Name}";
        }

        if (withJob)
        {
            title += $", job {benchmarkCase.Job.Id}";
            stem += $"-{benchmarkCase.Job.Id}";
        }

        return new ChartKey(title, stem);
    }
}
