using Concurrency.Strategies.Tracing;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>
/// The rows of a Gantt chart, in the order each first started a task: one per distinct (process, thread), or one per
/// process, for strategies whose processes run tasks on whichever pool thread is free (an Orleans silo).
/// </summary>
internal sealed class TimelineRows
{
    private readonly Dictionary<(int ProcessId, int ThreadId), int> _rows;
    private readonly bool _perProcess;

    private TimelineRows(Dictionary<(int, int), int> rows, IReadOnlyList<string> labels, bool perProcess)
    {
        _rows = rows;
        Labels = labels;
        _perProcess = perProcess;
    }

    public int Count => _rows.Count;

    /// <summary>Each row's label, top row first: the thread, and the process when more than one ran tasks; or the process alone.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static TimelineRows Of(IReadOnlyList<TimelineEntry> entries, bool perProcess = false)
    {
        var workers = entries.OrderBy(entry => entry.StartTimestamp).Select(entry => Key(entry, perProcess)).Distinct().ToArray();
        bool manyProcesses = workers.Select(worker => worker.ProcessId).Distinct().Count() > 1;
        var labels = workers.Select(worker => perProcess ? $"pid {worker.ProcessId}"
            : manyProcesses ? $"pid {worker.ProcessId} / thread {worker.ThreadId}" : $"thread {worker.ThreadId}").ToArray();
        return new TimelineRows(workers.Select((worker, row) => (worker, row)).ToDictionary(pair => pair.worker, pair => pair.row), labels, perProcess);
    }

    public int RowOf(TimelineEntry entry) => _rows[Key(entry, _perProcess)];

    private static (int ProcessId, int ThreadId) Key(TimelineEntry entry, bool perProcess) => (entry.ProcessId, perProcess ? 0 : entry.ThreadId);
}
