using System.Diagnostics;

namespace Concurrency.Strategies.Tracing;

/// <summary>
/// Collects one <see cref="TimelineEntry"/> per task of a batch. Storage is preallocated and each task writes
/// only its own slots, so recording takes no lock and allocates nothing per task beyond the entry.
/// </summary>
public sealed class TimelineRecorder
{
    private readonly TimelineEntry?[] _entries;

    /// <summary>The OS thread running each task while it runs, else 0: what a <see cref="ThreadStateSampler"/> watches.</summary>
    private readonly int[] _runningOn;

    public TimelineRecorder(int taskCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        _entries = new TimelineEntry?[taskCount];
        _runningOn = new int[taskCount];
    }

    /// <summary>How many tasks the batch has.</summary>
    public int TaskCount => _entries.Length;

    /// <summary>Notes that the calling thread starts task <paramref name="taskIndex"/> and returns the start timestamp.</summary>
    public long Starting(int taskIndex)
    {
        Volatile.Write(ref _runningOn[taskIndex], OsThread.CurrentId());
        return Stopwatch.GetTimestamp();
    }

    /// <summary>Stores <paramref name="entry"/> in its task's slot, which also marks the task finished; safe from any thread.</summary>
    public void Record(TimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[entry.TaskIndex] = entry;
        Volatile.Write(ref _runningOn[entry.TaskIndex], 0);
    }

    /// <summary>The entries recorded so far, in task order.</summary>
    public IReadOnlyList<TimelineEntry> Entries => _entries.OfType<TimelineEntry>().ToArray();

    /// <summary>The OS thread running task <paramref name="taskIndex"/> now, or 0 if it is not running here.</summary>
    internal int RunningOn(int taskIndex) => Volatile.Read(ref _runningOn[taskIndex]);
}
