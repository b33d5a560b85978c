using Concurrency.Benchmarks.Reporting.Diagnosers;

namespace Concurrency.Tests.Benchmarks.Reporting.Diagnosers;

/// <summary>The sampler over scripted readings: which reading wins, and what a failed one does. No timing is checked.</summary>
public sealed class PeakSamplerTests
{
    private static readonly TimeSpan Quickly = TimeSpan.FromMilliseconds(1);

    // Only a guard against a hang: the readings come in microseconds.
    private static readonly TimeSpan Hang = TimeSpan.FromMinutes(1);

    [Test]
    public void Stop_ReturnsTheLargestReading()
    {
        long[] readings = [5, 9, 3];
        int taken = 0;
        using var thirdTaken = new ManualResetEventSlim();
        var sampler = PeakSampler.Start(
            () =>
            {
                int index = Interlocked.Increment(ref taken) - 1;
                if (index == readings.Length - 1)
                {
                    thirdTaken.Set();
                }

                return readings[Math.Min(index, readings.Length - 1)];
            },
            Quickly);
        Assume.That(thirdTaken.Wait(Hang), "the sampler took three readings");

        Assert.That(sampler.Stop(), Is.EqualTo(9));
    }

    /// <summary>The sampler's thread reads 1; only the reading Stop takes on the caller's thread reads 7.</summary>
    [Test]
    public void Stop_TakesOneLastReadingItself()
    {
        int caller = Environment.CurrentManagedThreadId;
        var sampler = PeakSampler.Start(() => Environment.CurrentManagedThreadId == caller ? 7 : 1, TimeSpan.FromHours(1));

        Assert.That(sampler.Stop(), Is.EqualTo(7));
    }

    /// <summary>The first reading is taken before the sampler looks at the stop signal, so it has failed by the time Stop looks.</summary>
    [Test]
    public void Stop_AfterAReadingFailed_ThrowsWithItsMessage()
    {
        var sampler = PeakSampler.Start(() => throw new InvalidOperationException("Process 4242 is not running"), Quickly);

        Assert.That(() => sampler.Stop(), Throws.InvalidOperationException.With.Message.Contains("Process 4242 is not running"));
    }
}
