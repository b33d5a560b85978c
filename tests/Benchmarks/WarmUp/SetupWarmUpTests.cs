using Concurrency.Benchmarks.WarmUp;
using Microsoft.Extensions.Time.Testing;

namespace Concurrency.Tests.Benchmarks.WarmUp;

/// <summary>The setup's warm-up on a fake clock: each batch moves it by <see cref="BatchTime"/>, and the test sets what the signals read.</summary>
public sealed class SetupWarmUpTests
{
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(100);

    [Test]
    public async Task PoolThatNeverGrows_StopsAfterSettle()
    {
        var clock = new FakeTimeProvider();

        var result = await new SetupWarmUp([PoolWarmUp.Signal(() => 2)], clock).RunAsync(() => Batch(clock));

        Assert.That(result, Is.EqualTo(new SetupWarmUpResult((int)(PoolWarmUp.Settle / BatchTime), PoolWarmUp.Settle, Settled: true)));
    }

    [Test]
    public async Task PoolThatGrows_RunsUntilSettleHasPassedSinceItsLastNewThread()
    {
        var clock = new FakeTimeProvider();
        int threads = 2;
        int batches = 0;

        // One thread more after each of the first 10 batches, as the pool does while blocking tasks starve it.
        await new SetupWarmUp([PoolWarmUp.Signal(() => threads)], clock).RunAsync(async () =>
        {
            await Batch(clock);
            if (++batches <= 10)
            {
                threads++;
            }
        });

        Assert.That(batches, Is.EqualTo(10 + (PoolWarmUp.Settle / BatchTime)));
    }

    [Test]
    public async Task PoolThatShrinksAfterGrowing_CountsFromItsLastNewThread()
    {
        var clock = new FakeTimeProvider();
        int[] threads = [2, 6, 3, 3, 3];
        int batches = 0;

        // Threads retire after the second batch: the fall is not quiet time added to the rise before it.
        await new SetupWarmUp([PoolWarmUp.Signal(() => threads[Math.Min(batches, threads.Length - 1)])], clock).RunAsync(async () =>
        {
            await Batch(clock);
            batches++;
        });

        Assert.That(batches, Is.EqualTo(1 + (PoolWarmUp.Settle / BatchTime)));
    }

    [Test]
    public async Task SignalThatKeepsGrowing_StopsAtTheLimit_Unsettled()
    {
        var clock = new FakeTimeProvider();
        int threads = 2;

        var result = await new SetupWarmUp([PoolWarmUp.Signal(() => threads++)], clock).RunAsync(() => Batch(clock));

        Assert.That(result, Is.EqualTo(new SetupWarmUpResult((int)(SetupWarmUp.Limit / BatchTime), SetupWarmUp.Limit, Settled: false)));
    }

    [Test]
    public async Task GrowthWithinTheTolerance_CountsAsQuiet()
    {
        var clock = new FakeTimeProvider();
        long compiled = 0;
        int batches = 0;

        // 50 units a batch for 20 batches, then 1 a batch: 5 a window of 500 ms, within the tolerance of 5.
        var signal = new WarmUpSignal("compilation", () => compiled, TimeSpan.FromMilliseconds(500), Tolerance: 5);
        await new SetupWarmUp([signal], clock).RunAsync(async () =>
        {
            await Batch(clock);
            compiled += ++batches <= 20 ? 50 : 1;
        });

        Assert.That(batches, Is.EqualTo(20 + 5));
    }

    [Test]
    public async Task SeveralSignals_RunUntilTheLastOneSettles()
    {
        var clock = new FakeTimeProvider();
        long compiled = 0;
        int batches = 0;

        // The compiler is busy for the first 40 batches; the pool never grows, so it would settle after 30.
        var compiler = new WarmUpSignal("compilation", () => compiled, TimeSpan.FromMilliseconds(500), Tolerance: 0);
        await new SetupWarmUp([PoolWarmUp.Signal(() => 2), compiler], clock).RunAsync(async () =>
        {
            await Batch(clock);
            if (++batches <= 40)
            {
                compiled++;
            }
        });

        Assert.That(batches, Is.EqualTo(40 + 5));
    }

    [Test]
    public void CompilerSignal_ReadsThisProcesssCompilationTime_WithOnePercentOfItsWindowAsQuiet()
    {
        var signal = CompilerWarmUp.OfThisProcess();

        Assert.Multiple(() =>
        {
            Assert.That(signal.Read(), Is.EqualTo(System.Runtime.JitInfo.GetCompilationTime().Ticks).Within(TimeSpan.FromSeconds(1).Ticks));
            Assert.That(signal.Read(), Is.GreaterThan(0), "this test's own methods were compiled");
            Assert.That(signal.Tolerance, Is.EqualTo(signal.Window.Ticks / 100));
        });
    }

    private static Task Batch(FakeTimeProvider clock)
    {
        clock.Advance(BatchTime);
        return Task.CompletedTask;
    }
}
