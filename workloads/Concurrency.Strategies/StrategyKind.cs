namespace Concurrency.Strategies;

/// <summary>
/// The concurrency models a batch can run under. The names are a public contract: the CLI, the reports and
/// the comparisons key on them, so never rename one.
/// </summary>
public enum StrategyKind
{
    /// <summary>One task after another on the calling thread: the baseline every speedup is measured against.</summary>
    Sequential,

    /// <summary>W dedicated <see cref="Thread"/>s, each pulling the next task index.</summary>
    Threads,

    /// <summary>W work items on the shared .NET thread pool (<see cref="Task.Run(Action)"/>), each pulling the next index.</summary>
    ThreadPool,

    /// <summary><see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/> with MaxDegreeOfParallelism = W.</summary>
    ParallelFor,

    /// <summary><c>Parallel.ForEachAsync</c> with MaxDegreeOfParallelism = W, awaiting each task's asynchronous form.</summary>
    ParallelForEachAsync,

    /// <summary>One async task per task, throttled to W by a semaphore, then <see cref="Task.WhenAll(Task[])"/>.</summary>
    TaskWhenAll,

    /// <summary>A fresh worker process per task, at most W alive at once: Python's <c>multiprocessing.Process</c>.</summary>
    ProcessPerTask,

    /// <summary>W persistent worker processes fed over pipes, reused across batches: Python's <c>ProcessPoolExecutor</c>.</summary>
    ProcessPool,

    /// <summary>PLINQ over the task indices with <c>WithDegreeOfParallelism(W)</c>.</summary>
    Plinq,

    /// <summary>A bounded producer/consumer <c>Channel</c> with W consumers awaiting each task's asynchronous form.</summary>
    Channel,

    /// <summary>A TPL Dataflow <c>ActionBlock</c> with MaxDegreeOfParallelism = W.</summary>
    Dataflow,

    /// <summary>W threads that must hold one emulated global interpreter lock to run, as Python's threads do.</summary>
    GilThreads,

    /// <summary>I/O on async/await in this process, CPU work on a pool of W worker processes, pipelined: the hybrid pattern.</summary>
    Hybrid,

    /// <summary>Grain calls on a cluster of Orleans silo processes, W in flight across the cluster: Ray's <c>ray.get([f.remote(i) …])</c>.</summary>
    Orleans,
}
