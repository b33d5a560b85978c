namespace Concurrency.Strategies;

/// <summary>
/// The child processes a strategy starts to run its tasks. A child rebuilds the workload from its spec, so it cannot run
/// a workload that exists only in this process; the strategy stops its children on dispose.
/// </summary>
public enum StrategyProcesses
{
    /// <summary>None: every task runs in this process.</summary>
    None,

    /// <summary>A fresh process per task, gone with its task: nothing outlives a batch, so nothing can be warmed.</summary>
    PerTask,

    /// <summary>
    /// Processes started once and reused batch after batch (a pool's workers, a cluster's silos): each must run its
    /// share of warm-up tasks before a measurement, or its compiler's work falls into the measured iterations.
    /// </summary>
    Persistent,
}
