namespace Concurrency.Workloads.Tracing;

/// <summary>
/// Collects one <see cref="TimelineEntry"/> per task of a batch. Storage is preallocated and each task writes
/// only its own slot, so recording takes no lock and allocates nothing per task beyond the entry.
/// </summary>
public sealed class TimelineRecorder(int taskCount)
{
    private readonly TimelineEntry?[] _entries = new TimelineEntry?[taskCount];

    /// <summary>Stores <paramref name="entry"/> in its task's slot; safe to call from any thread.</summary>
    public void Record(TimelineEntry entry) => _entries[entry.TaskIndex] = entry;

    /// <summary>The entries recorded so far, in task order.</summary>
    public IReadOnlyList<TimelineEntry> Entries => _entries.OfType<TimelineEntry>().ToArray();
}
