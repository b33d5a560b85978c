using Concurrency.Workloads;

namespace Concurrency.Benchmarks.Recommendations;

/// <summary>
/// The kinds of work the decision guide answers for, as <c>recommendations.json</c> names them, and the workloads that
/// stand for each. Blocking and asynchronous I/O are told apart by the workload, not its bound: both wait, but only an
/// asynchronous wait frees its thread.
/// </summary>
internal static class KindOfWork
{
    public const string Cpu = "cpu";
    public const string BlockingIo = "blocking-io";
    public const string AsyncIo = "async-io";
    public const string Memory = "memory";
    public const string Mixed = "mixed";

    /// <summary>The order the guide lists them in.</summary>
    public static readonly IReadOnlyList<string> All = [Cpu, BlockingIo, AsyncIo, Memory, Mixed];

    public static string Of(WorkloadKind workload) => workload switch
    {
        WorkloadKind.CpuCountdown or WorkloadKind.CpuRangeSum or WorkloadKind.CpuPrimes or WorkloadKind.CpuHash => Cpu,
        WorkloadKind.IoSleep or WorkloadKind.IoFile => BlockingIo,
        WorkloadKind.IoDelay or WorkloadKind.IoHttp => AsyncIo,
        WorkloadKind.MemAdd or WorkloadKind.MemDot => Memory,
        WorkloadKind.Mixed => Mixed,
        _ => throw new ArgumentOutOfRangeException(nameof(workload), workload, $"No kind of work is defined for workload {workload}: add it to {nameof(KindOfWork)}."),
    };

    /// <summary>Whether the work needs a core all the time, so that only parallelism, never overlap, makes it faster.</summary>
    public static bool IsCoreBound(string work) => work is Cpu or Memory;
}
