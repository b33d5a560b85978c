using Concurrency.Benchmarks.Cases;
using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Tests.Strategies.Tracing;

/// <summary>Live mode: while tasks run, the sampler records how much of each interval their threads spent on a core.</summary>
public sealed class ThreadStateSamplerTests
{
    private const int Tasks = 2;
    private static readonly WorkloadSpec Sleep = new(WorkloadKind.IoSleep, 40);

    [SetUp]
    public void RequireLinux() => Assume.That(ThreadStateSampler.IsSupported, "live sampling reads other threads' CPU-time clocks (Linux)");

    [Test]
    public async Task SamplesAreRecordedForRunningTasks()
    {
        var samples = await SampleAsync(Sleep);

        Assert.That(samples.Select(sample => sample.TaskIndex).Distinct().Order(), Is.EqualTo(Enumerable.Range(0, Tasks)));
    }

    [Test]
    public async Task SamplesAreFractionsOfAnInterval()
    {
        var samples = await SampleAsync(Sleep);

        Assert.That(samples, Has.All.Matches<TimelineSample>(sample => sample is not null &&
            sample.OnCpu is >= 0 and <= 1 && sample.EndTimestamp > sample.StartTimestamp && sample.OsThreadId > 0));
    }

    [Test]
    public async Task SleepingThreadIsSeenOffTheCores()
    {
        var samples = await SampleAsync(Sleep);

        Assert.That(samples.Average(sample => sample.OnCpu), Is.LessThan(0.5));
    }

    [Test]
    public void SamplesCannotBeReadWhileSampling()
    {
        using var sampler = new ThreadStateSampler(new TimelineRecorder(Tasks));

        Assert.That(() => sampler.Samples, Throws.InvalidOperationException);
    }

    private static async Task<IReadOnlyList<TimelineSample>> SampleAsync(WorkloadSpec spec)
    {
        var recorder = new TimelineRecorder(Tasks);
        await using var strategy = StrategyCatalog.Create(StrategyKind.Threads, Tasks);
        var sampler = new ThreadStateSampler(recorder);
        try
        {
            await strategy.RunAsync(new TaskBatch(WorkloadCatalog.Create(spec), Tasks, recorder));
        }
        finally
        {
            sampler.Dispose();
        }

        return sampler.Samples;
    }
}
