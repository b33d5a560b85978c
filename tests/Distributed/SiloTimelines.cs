using Concurrency.Strategies.Tracing;

namespace Concurrency.Tests.Distributed;

/// <summary>What a batch's timeline says about where and how its tasks ran.</summary>
internal static class SiloTimelines
{
    /// <summary>The processes the tasks ran in, each once.</summary>
    public static IEnumerable<int> ProcessesOf(IEnumerable<TimelineEntry> entries) => entries.Select(entry => entry.ProcessId).Distinct();

    /// <summary>The most tasks that ran at the same moment, from their start and end timestamps.</summary>
    public static int MostAtOnce(IEnumerable<TimelineEntry> entries) =>
        entries.SelectMany(entry => new[] { (At: entry.StartTimestamp, Delta: 1), (At: entry.EndTimestamp, Delta: -1) })
            .OrderBy(change => change.At).ThenBy(change => change.Delta)
            .Aggregate((Running: 0, Most: 0), (state, change) => (state.Running + change.Delta, Math.Max(state.Most, state.Running + change.Delta)))
            .Most;
}
