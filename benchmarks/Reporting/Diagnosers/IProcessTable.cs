namespace Concurrency.Benchmarks.Reporting.Diagnosers;

/// <summary>
/// What the Linux process-tree accounting (CPU time, resident memory) reads about processes: <see cref="ProcFileSystem"/>,
/// or a script in tests.
/// </summary>
internal interface IProcessTable
{
    /// <summary>The length of one tick of <see cref="ProcStat"/>'s times.</summary>
    TimeSpan Tick { get; }

    /// <summary>Every process alive now, in no particular order.</summary>
    IEnumerable<int> ProcessIds();

    /// <summary>The process's stat line, or null once it has been reaped.</summary>
    ProcStat? Stat(int processId);

    /// <summary>The process's own CPU time to the nanosecond (every thread, living or exited), or null where unavailable.</summary>
    TimeSpan? OwnCpuTime(int processId);

    /// <summary>The process's resident set in bytes (pages it shares with others included), or null once it has been reaped.</summary>
    long? ResidentBytes(int processId);
}
