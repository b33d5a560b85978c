using Concurrency.Benchmarks.Reporting.Charts;
using Concurrency.Strategies.Tracing;

namespace Concurrency.Tests.Benchmarks.Reporting;

/// <summary>The rows of a timeline: one per worker thread, or one per process.</summary>
public sealed class TimelineRowsTests
{
    private static readonly TimelineEntry[] Entries =
    [
        new(0, ProcessId: 100, ThreadId: 7, StartTimestamp: 1, EndTimestamp: 5),
        new(1, ProcessId: 100, ThreadId: 9, StartTimestamp: 2, EndTimestamp: 6),
        new(2, ProcessId: 200, ThreadId: 7, StartTimestamp: 3, EndTimestamp: 7),
    ];

    [Test]
    public void Of_GivesEachProcessAndThreadARow()
    {
        Assert.That(TimelineRows.Of(Entries).Labels, Is.EqualTo(new[] { "pid 100 / thread 7", "pid 100 / thread 9", "pid 200 / thread 7" }));
    }

    [Test]
    public void Of_PerProcess_GivesEachProcessOneRow()
    {
        var rows = TimelineRows.Of(Entries, perProcess: true);

        Assert.That(rows.Labels, Is.EqualTo(new[] { "pid 100", "pid 200" }));
        Assert.That(Entries.Select(rows.RowOf), Is.EqualTo(new[] { 0, 0, 1 }));
    }
}
