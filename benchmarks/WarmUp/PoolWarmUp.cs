using System.Diagnostics;
using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies;
using Concurrency.Workloads;

namespace Concurrency.Benchmarks.WarmUp;

/// <summary>
/// When and how <see cref="SetupWarmUp"/> waits for a thread pool. Tasks that block (<c>IoSleep</c>) leave every pool
/// thread waiting; the pool then adds threads in steps seconds apart, so a strategy on the pool gets faster batch after
/// batch for ten seconds and more. Measured during that growth, a case's iterations drift (38 → 20 ms, CV up to 32 %)
/// and its figure says how long the run had starved the pool so far. After the warm-up the iterations measure the pool
/// this load has grown. Orleans silos run grain calls on their own processes' pools, which starve and grow alike; their
/// threads are counted from outside. Where the pool cannot starve (<see cref="CanStarve"/>) there is nothing to wait for.
/// </summary>
internal static class PoolWarmUp
{
    /// <summary>How long the pool must go without a new thread to count as grown: its growth pauses for up to 2.5 s.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Whether a case of <paramref name="strategy"/> needs to wait for a pool: its tasks run on this process's pool, which hands
    /// out <paramref name="threadsAtHand"/> threads at once, or on its child processes' pools (Orleans silos), whose threads
    /// at hand are unknown from outside (a silo process has more threads than its pool), so none are assumed.
    /// </summary>
    public static bool IsNeeded(StrategyKind strategy, WorkloadBound bound, int workers, int threadsAtHand) => strategy.Describe().Pool switch
    {
        StrategyPool.ChildProcesses => CanStarve(bound, workers, threadsAtHand: 0),
        StrategyPool.ThisProcess => CanStarve(bound, workers, threadsAtHand),
        _ => false,
    };

    /// <summary>
    /// Whether <paramref name="workers"/> tasks of a <paramref name="bound"/>-bound workload can starve a pool that hands
    /// out <paramref name="threadsAtHand"/> threads at once. CPU and memory work never blocks its thread, so the pool
    /// never waits on it; nor do fewer blocking tasks than the threads at hand: a run that warmed every pool found no
    /// growth in either kind of case (docs/CALIBRATION.md).
    /// </summary>
    public static bool CanStarve(WorkloadBound bound, int workers, int threadsAtHand) =>
        bound is not (WorkloadBound.Cpu or WorkloadBound.Memory) && workers > threadsAtHand;

    /// <summary>
    /// The threads this process's pool hands out without injecting: its minimum, or the threads it already has
    /// (idle during a global setup, and grown by an earlier case when cases share the process).
    /// </summary>
    public static int ThreadsAtHand()
    {
        ThreadPool.GetMinThreads(out int minimum, out _);
        return Math.Max(minimum, ThreadPool.ThreadCount);
    }

    /// <summary>This process's own thread pool, seen as its threads.</summary>
    public static WarmUpSignal OfThisProcess() => Signal(() => ThreadPool.ThreadCount);

    /// <summary>Other processes' pools, seen as their threads.</summary>
    public static WarmUpSignal OfProcesses(IReadOnlyList<int> processIds) => Signal(() => processIds.Sum(ThreadsOf));

    /// <summary>A pool counts as grown once it has gone <see cref="Settle"/> without a new thread.</summary>
    public static WarmUpSignal Signal(Func<int> threads) => new("pool threads", () => threads(), Settle, Tolerance: 0);

    private static int ThreadsOf(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return process.Threads.Count;
    }
}
