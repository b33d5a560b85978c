using Concurrency.Strategies.Gil;
using Microsoft.Extensions.Time.Testing;

namespace Concurrency.Tests.Strategies.Gil;

/// <summary>
/// The GIL's switching rules (CPython's <c>ceval_gil.c</c>) on a clock the test moves by hand, so no figure depends
/// on real time: the drop request comes after a whole switch interval, the switch counter counts hand-overs to another
/// thread, a release wakes one waiter, and a holder that dropped on request waits until another thread took the lock.
/// </summary>
public sealed class GlobalInterpreterLockClockTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Test]
    public void DropRequest_BeforeAWholeSwitchInterval_IsNotSet()
    {
        var clock = new FakeTimeProvider();
        var gil = new GlobalInterpreterLock(Interval, clock);
        gil.Acquire();
        var waiter = StartTakingTurn(gil);
        WaitUntil(() => gil.SleepingWaiters == 1, "the waiter never went to sleep");

        clock.Advance(Interval - TimeSpan.FromTicks(1));
        // Had the advance woken it, the waiter would be awake now, or asleep again after deciding about the request.
        WaitUntil(() => gil.SleepingWaiters == 1, "the waiter never went back to sleep");
        bool requested = gil.IsDropRequested;

        gil.Release();
        Join(waiter);
        Assert.That(requested, Is.False);
    }

    [Test]
    public void DropRequest_AfterAWholeSwitchIntervalWithoutASwitch_IsSet()
    {
        var clock = new FakeTimeProvider();
        var gil = new GlobalInterpreterLock(Interval, clock);
        gil.Acquire();
        var waiter = StartTakingTurn(gil);
        WaitUntil(() => gil.SleepingWaiters == 1, "the waiter never went to sleep");

        clock.Advance(Interval);
        bool requested = SpinWait.SpinUntil(() => gil.IsDropRequested, Patience);

        gil.Release();
        Join(waiter);
        Assert.That(requested, Is.True);
    }

    [Test]
    public void Switches_CountOnlyHandOversToAnotherThread()
    {
        var gil = new GlobalInterpreterLock(Interval, new FakeTimeProvider());

        TakeTurn(gil);                // 1: the first take
        TakeTurn(gil);                // the same thread again: no switch
        Join(StartTakingTurn(gil));   // 2
        TakeTurn(gil);                // 3

        Assert.That(gil.Switches, Is.EqualTo(3));
    }

    [Test]
    public void Release_WithTwoThreadsAsleep_WakesExactlyOne()
    {
        var gil = new GlobalInterpreterLock(Interval, new FakeTimeProvider());
        using var counted = new ManualResetEventSlim();
        gil.Acquire();
        // Each waiter keeps the lock until the count is read: the woken one's own release wakes the other, and could
        // otherwise do so before this thread reads the count.
        var first = StartHoldingUntil(gil, counted);
        var second = StartHoldingUntil(gil, counted);
        WaitUntil(() => gil.SleepingWaiters == 2, "the waiters never both went to sleep");

        gil.Release();
        long wokenByTheRelease = gil.WakeUps;
        counted.Set();

        Join(first, second);
        Assert.That(wokenByTheRelease, Is.EqualTo(1));
    }

    [Test]
    public void Yield_OnADropRequest_WaitsUntilAnotherThreadTookTheLock()
    {
        var clock = new FakeTimeProvider();
        var gil = new GlobalInterpreterLock(Interval, clock);
        bool otherTookIt = false;
        bool otherTookItBeforeTheHolderWasBack = false;
        using var holding = new ManualResetEventSlim();
        var holder = Start(() =>
        {
            gil.Acquire();
            holding.Set();
            SpinWait.SpinUntil(() => gil.IsDropRequested, Patience);
            gil.Yield();
            otherTookItBeforeTheHolderWasBack = Volatile.Read(ref otherTookIt);
            gil.Release();
        });
        holding.Wait(Patience);
        var other = Start(() =>
        {
            gil.Acquire();
            Volatile.Write(ref otherTookIt, true);
            gil.Release();
        });
        WaitUntil(() => gil.SleepingWaiters == 1, "the other thread never went to sleep");

        clock.Advance(Interval);

        Join(holder, other);
        Assert.That(otherTookItBeforeTheHolderWasBack, Is.True, "the holder took the lock straight back after dropping it on request");
    }

    private static void TakeTurn(GlobalInterpreterLock gil)
    {
        gil.Acquire();
        gil.Release();
    }

    private static Thread StartTakingTurn(GlobalInterpreterLock gil) => Start(() => TakeTurn(gil));

    private static Thread StartHoldingUntil(GlobalInterpreterLock gil, ManualResetEventSlim released) => Start(() =>
    {
        gil.Acquire();
        released.Wait(Patience);
        gil.Release();
    });

    private static Thread Start(Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true };
        thread.Start();
        return thread;
    }

    private static void WaitUntil(Func<bool> condition, string failure)
    {
        if (!SpinWait.SpinUntil(condition, Patience))
        {
            Assert.Fail(failure);
        }
    }

    private static void Join(params Thread[] threads)
    {
        foreach (var thread in threads)
        {
            if (!thread.Join(Patience))
            {
                Assert.Fail("a thread did not finish: the lock deadlocked");
            }
        }
    }
}
