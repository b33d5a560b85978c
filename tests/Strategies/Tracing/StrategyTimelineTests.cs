using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;

namespace Concurrency.Tests.Strategies.Tracing;

/// <summary>Every strategy, given a recorder, leaves exactly one entry per task, saying who ran it and when.</summary>
[TestFixtureSource(nameof(Strategies))]
public sealed class StrategyTimelineTests(StrategyKind kind)
{
    private const int Tasks = 8;
    private static readonly TimeSpan TaskDuration = TimeSpan.FromMilliseconds(2);

    public static IEnumerable<TestFixtureData> Strategies => StrategyCases.Fixtures(Enum.GetValues<StrategyKind>());

    [Test]
    public async Task EveryTaskGetsExactlyOneEntry()
    {
        var recorder = new TimelineRecorder(Tasks);
        await using var strategy = StrategyCatalog.Create(kind, 3);

        await strategy.RunAsync(new TaskBatch(new ProbeWorkload(Tasks, TaskDuration), Tasks, recorder));

        Assert.That(recorder.Entries.Select(entry => entry.TaskIndex), Is.EqualTo(Enumerable.Range(0, Tasks)));
    }

    [Test]
    public async Task EntriesSayWhoRanTheTaskAndWhen()
    {
        var recorder = new TimelineRecorder(Tasks);
        await using var strategy = StrategyCatalog.Create(kind, 3);

        await strategy.RunAsync(new TaskBatch(new ProbeWorkload(Tasks, TaskDuration), Tasks, recorder));

        Assert.That(recorder.Entries, Has.All.Matches<TimelineEntry>(entry => entry is not null
            && entry.ProcessId > 0
            && entry.ThreadId > 0
            && (entry.OsThreadId > 0 || entry.ProcessId != Environment.ProcessId || !OperatingSystem.IsLinux())
            && entry.EndTimestamp >= entry.StartTimestamp));
    }
}
