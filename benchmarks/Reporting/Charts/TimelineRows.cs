using Concurrency.Strategies.Tracing;

namespace Concurrency.Benchmarks.Reporting.Charts;

/// <summary>The rows of a Gantt chart: one per distinct (process, thread), in the order each first started a task.</summary>
internal sealed class TimelineRows
{
    private readonly Dictionary<(int ProcessId, int ThreadId), int> _rows;

    private TimelineRows(Dictionary<(int, int), int> rows, IReadOnlyList<string> labels)
    {
        _rows = rows;
        Labels = labels;
    }

    public int Count => _rows.Count;

    /// <summary>Each row's label, top row first: the thread, and the process when more than one ran tasks.</summary>
    public IReadOnlyList<string> Labels { get; }

    public static TimelineRows Of(IReadOnlyList<TimelineEntry> entries)
    {
        var workers = entries.OrderBy(entry => entry.StartTimestamp).Select(entry => (entry.ProcessId, entry.ThreadId)).Distinct().ToArray();
        bool manyProcesses = workers.Select(worker => worker.ProcessId).Distinct().Count() > 1;
        var labels = workers.Select(worker => manyProcesses ? $"pid {worker.ProcessId} / thread {worker.ThreadId}" : $"thread {worker.ThreadId}").ToArray();
        return new TimelineRows(workers.Select((worker, row) => (worker, row)).ToDictionary(pair => pair.worker, pair => pair.row), labels);
    }

    public int RowOf(TimelineEntry entry) => _rows[(entry.ProcessId, entry.ThreadId)];
}
