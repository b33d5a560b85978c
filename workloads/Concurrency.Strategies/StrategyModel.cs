namespace Concurrency.Strategies;

/// <summary>
/// What a strategy holds while its tasks run, lightest first: the order in which the recommendations prefer one model
/// to another among cases the run cannot tell apart.
/// </summary>
public enum StrategyModel
{
    /// <summary>Nothing but the calling thread.</summary>
    Caller,

    /// <summary>Async continuations, which hold a thread only while they run.</summary>
    Async,

    /// <summary>Threads of this process's shared thread pool.</summary>
    Pool,

    /// <summary>Threads of its own.</summary>
    Threads,

    /// <summary>Worker processes on this machine.</summary>
    Processes,

    /// <summary>A cluster of silo processes, reached over the network.</summary>
    Cluster,
}
