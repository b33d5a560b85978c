using System.Diagnostics;
using Concurrency.Strategies.Tracing;

namespace Concurrency.Tests.Strategies.Tracing;

/// <summary>The recorder's slots: entries come out in task order, and a task is "running on" its thread only until recorded.</summary>
public sealed class TimelineRecorderTests
{
    [Test]
    public void Entries_RecordedOutOfOrder_ComeOutInTaskOrder()
    {
        var recorder = new TimelineRecorder(3);

        foreach (int taskIndex in new[] { 2, 0, 1 })
        {
            recorder.Record(Entry(taskIndex));
        }

        Assert.That(recorder.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void Entries_TaskNotRecorded_IsLeftOut()
    {
        var recorder = new TimelineRecorder(3);

        recorder.Record(Entry(0));
        recorder.Record(Entry(2));

        Assert.That(recorder.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(new[] { 0, 2 }));
    }

    [Test]
    public void RunningOn_StartedTask_IsTheStartingThread()
    {
        var recorder = new TimelineRecorder(2);

        recorder.Starting(1);

        Assert.That(recorder.RunningOn(1), Is.EqualTo(OsThread.CurrentId()));
    }

    [Test]
    public void RunningOn_RecordedTask_IsNoThread()
    {
        var recorder = new TimelineRecorder(2);
        recorder.Starting(1);

        recorder.Record(Entry(1));

        Assert.That(recorder.RunningOn(1), Is.Zero);
    }

    [Test]
    public void Starting_ReturnsAStopwatchTimestampTakenThen()
    {
        var recorder = new TimelineRecorder(1);
        long before = Stopwatch.GetTimestamp();

        long start = recorder.Starting(0);

        Assert.That(start, Is.InRange(before, Stopwatch.GetTimestamp()));
    }

    [Test]
    public void Constructor_NegativeTaskCount_IsRejected()
    {
        Assert.That(() => new TimelineRecorder(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static TimelineEntry Entry(int taskIndex) => new(taskIndex, ProcessId: 1, ThreadId: 1, StartTimestamp: 10, EndTimestamp: 20);
}
