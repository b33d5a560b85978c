namespace Concurrency.Strategies.Tracing;

/// <summary>One task's run: who ran it (thread or process) and when, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
/// <param name="TaskIndex">The task's index in its batch.</param>
/// <param name="ProcessId">The process that ran it: the benchmark's own, or a worker's.</param>
/// <param name="ThreadId">The managed thread that ran it, inside that process.</param>
/// <param name="StartTimestamp">When it started (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>; monotonic and comparable across processes on Linux).</param>
/// <param name="EndTimestamp">When it ended.</param>
/// <param name="OsThreadId">The operating system's id of that thread (Linux <c>gettid</c>); 0 where unknown.</param>
public sealed record TimelineEntry(int TaskIndex, int ProcessId, int ThreadId, long StartTimestamp, long EndTimestamp, int OsThreadId = 0);
