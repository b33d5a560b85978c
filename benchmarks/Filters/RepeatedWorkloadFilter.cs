using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using Concurrency.Benchmarks.Cases;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Filters;

/// <summary>
/// When <c>--workloads</c> names none, leaves out of the Scaling matrix the CPU loops that only repeat
/// <c>CpuCountdown</c>: <c>CpuRangeSum</c> and <c>CpuPrimes</c> hold a core, and the emulated GIL, the same way, so
/// their speedups repeat CpuCountdown's (measured in docs/CALIBRATION.md). <c>CpuHash</c> stays: hashing releases the GIL.
/// Only the Scaling suite has Workload, Strategy and Workers together, so every other suite is left alone.
/// </summary>
internal sealed class RepeatedWorkloadFilter : IFilter
{
    public static readonly RepeatedWorkloadFilter Instance = new();

    /// <summary>The workloads left out, each of which repeats <c>CpuCountdown</c>.</summary>
    internal static readonly IReadOnlySet<WorkloadKind> Repeating = new HashSet<WorkloadKind> { WorkloadKind.CpuRangeSum, WorkloadKind.CpuPrimes };

    private RepeatedWorkloadFilter()
    {
    }

    public bool Predicate(BenchmarkCase benchmarkCase) =>
        CaseKey.Of(benchmarkCase).Scaling is not { } scaling || !Repeating.Contains(scaling.Workload);
}
