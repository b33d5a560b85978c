using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>Which cases share a chart: same workload and other parameters, and same job and method where a run varies them.</summary>
/// <param name="Title">The chart's title, e.g. <c>CpuCountdown</c>, or <c>CpuCountdown, job ShortRun</c> where a run has several jobs.</param>
/// <param name="FileStem">The part of the file name that tells charts of one summary apart.</param>
internal sealed record ChartKey(string Title, string FileStem)
{
    public static ChartKey Of(BenchmarkCase benchmarkCase, bool withJob, bool withMethod)
    {
        var key = CaseKey.Of(benchmarkCase);
        string title = $"{key.Workload}";
        string stem = title;
        if (key.Others.Length > 0)
        {
            title += $" ({key.Others.Replace("&", ", ", StringComparison.Ordinal)})";
            stem += $"-{key.Others.Replace('&', '-')}";
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
