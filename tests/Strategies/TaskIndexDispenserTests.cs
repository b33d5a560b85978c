using Concurrency.Strategies;

namespace Concurrency.Tests.Strategies;

/// <summary>The one worker loop: every index once across racing workers, the checksums summed, a failure stops the rest.</summary>
public sealed class TaskIndexDispenserTests
{
    [Test]
    public void RunUntilEmpty_OneWorker_SumsEveryTasksChecksum()
    {
        var dispenser = new TaskIndexDispenser(5);

        long sum = dispenser.RunUntilEmpty(taskIndex => taskIndex + 1);

        Assert.That(sum, Is.EqualTo(1 + 2 + 3 + 4 + 5));
    }

    [Test]
    public void RunUntilEmpty_ChecksumsThatOverflow_WrapAround()
    {
        var dispenser = new TaskIndexDispenser(2);

        long sum = dispenser.RunUntilEmpty(_ => long.MaxValue);

        Assert.That(sum, Is.EqualTo(unchecked(long.MaxValue + long.MaxValue)));
    }

    [Test]
    public void RunUntilEmpty_RacingWorkers_RunEveryIndexExactlyOnce()
    {
        const int Tasks = 2_000;
        var dispenser = new TaskIndexDispenser(Tasks);
        var runs = new int[Tasks];

        Parallel.For(0, 4, _ => dispenser.RunUntilEmpty(taskIndex => Interlocked.Increment(ref runs[taskIndex])));

        Assert.That(runs, Is.All.EqualTo(1));
    }

    [Test]
    public void RunUntilEmpty_Failure_StopsTheDispenserForEveryWorker()
    {
        var dispenser = new TaskIndexDispenser(10);

        Assert.Throws<InvalidOperationException>(() => dispenser.RunUntilEmpty(taskIndex => taskIndex == 2 ? throw new InvalidOperationException("task 2") : 0));
        Assert.That(dispenser.TryTake(out _), Is.False, "another worker could still take a task after the failure");
    }

    [Test]
    public async Task RunUntilEmptyAsync_OneWorker_SumsEveryTasksChecksum()
    {
        var dispenser = new TaskIndexDispenser(5);

        long sum = await dispenser.RunUntilEmptyAsync(async taskIndex =>
        {
            await Task.Yield();
            return taskIndex + 1;
        });

        Assert.That(sum, Is.EqualTo(1 + 2 + 3 + 4 + 5));
    }

    [Test]
    public async Task RunUntilEmptyAsync_Failure_StopsTheDispenserForEveryWorker()
    {
        var dispenser = new TaskIndexDispenser(10);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await dispenser.RunUntilEmptyAsync(async taskIndex =>
        {
            await Task.Yield();
            return taskIndex == 2 ? throw new InvalidOperationException("task 2") : 0L;
        }));
        Assert.That(dispenser.TryTake(out _), Is.False, "another worker could still take a task after the failure");
    }
}
