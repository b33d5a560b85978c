namespace Concurrency.WorkerProtocol;

/// <summary>One task's result as a worker reports it.</summary>
/// <param name="TaskIndex">The task's index in its batch.</param>
/// <param name="ThreadId">The managed thread that ran it inside the worker.</param>
/// <param name="Checksum">The workload's checksum.</param>
/// <param name="StartTimestamp">When it started, in <see cref="System.Diagnostics.Stopwatch"/> ticks (comparable across processes on Linux).</param>
/// <param name="EndTimestamp">When it ended.</param>
public readonly record struct TaskResult(int TaskIndex, int ThreadId, long Checksum, long StartTimestamp, long EndTimestamp);
