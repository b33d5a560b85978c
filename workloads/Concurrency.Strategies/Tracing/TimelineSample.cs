namespace Concurrency.Strategies.Tracing;

/// <summary>How much of a short interval a running task's thread spent on a core, as the operating system counted it.</summary>
/// <param name="TaskIndex">The task the thread was running.</param>
/// <param name="OsThreadId">The thread (Linux thread id).</param>
/// <param name="StartTimestamp">Start of the interval (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</param>
/// <param name="EndTimestamp">End of the interval.</param>
/// <param name="OnCpu">Fraction of the interval on a core, 0 to 1: 0 while it sleeps, waits for a lock or for a free core.</param>
public sealed record TimelineSample(int TaskIndex, int OsThreadId, long StartTimestamp, long EndTimestamp, double OnCpu);
