namespace Concurrency.Strategies;

/// <summary>
/// The thread pool a strategy's tasks run on. Tasks that block can starve a pool, which then grows for seconds: a case
/// on a pool warms it up first, and a pool with more workers than cores can show starvation.
/// </summary>
public enum StrategyPool
{
    /// <summary>None: the caller, threads of its own, single-threaded workers, or async lanes whose waits hold no thread.</summary>
    None,

    /// <summary>This process's shared thread pool: its workers are the pool's work items.</summary>
    ThisProcess,

    /// <summary>The pools of the child processes it starts (a silo runs its grains' calls on its pool's threads).</summary>
    ChildProcesses,
}
