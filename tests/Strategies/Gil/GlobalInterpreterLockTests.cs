using Concurrency.Strategies.Gil;
using Concurrency.Workloads.Interpreter;
using Concurrency.Workloads.Io;

namespace Concurrency.Tests.Strategies.Gil;

/// <summary>The emulated GIL's rules: one holder at a time, blocking releases it, a waiter forces a switch.</summary>
public sealed class GlobalInterpreterLockTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Test]
    public void NeverTwoThreadsInsideTheLock()
    {
        var gil = new GlobalInterpreterLock(TimeSpan.FromMilliseconds(1));
        int inside = 0;
        int maxInside = 0;
        var threads = Enumerable.Range(0, 4).Select(_ => Start(() =>
        {
            gil.Acquire();
            try
            {
                for (int slice = 0; slice < 2_000; slice++)
                {
                    int now = Interlocked.Increment(ref inside);
                    InterlockedMax(ref maxInside, now);
                    Thread.SpinWait(200);
                    Interlocked.Decrement(ref inside);
                    InterpreterLock.Checkpoint();
                }
            }
            finally
            {
                gil.Release();
            }
        })).ToArray();

        JoinAll(threads);

        Assert.That(maxInside, Is.EqualTo(1));
    }

    [Test]
    public void ABlockedThreadHasReleasedTheLock()
    {
        var gil = new GlobalInterpreterLock();
        using var otherHeldIt = new ManualResetEventSlim();
        bool blockedThreadWasWoken = false;
        var blocking = Start(() =>
        {
            gil.Acquire();
            using (InterpreterLock.AllowThreads())
            {
                blockedThreadWasWoken = otherHeldIt.Wait(Patience);
            }

            gil.Release();
        });
        SpinWait.SpinUntil(() => gil.Switches == 1, Patience);
        var other = Start(() =>
        {
            gil.Acquire();
            otherHeldIt.Set();
            gil.Release();
        });

        JoinAll(blocking, other);

        Assert.That(blockedThreadWasWoken, Is.True, "the other thread could not take the GIL while the first one blocked");
    }

    [Test]
    public void ASleepingWorkloadHasReleasedTheLock()
    {
        var gil = new GlobalInterpreterLock();
        bool sleeperDone = false;
        bool otherGotItWhileSleeping = false;
        var sleeper = Start(() =>
        {
            gil.Acquire();
            new IoSleepWorkload(500).Run(0);
            Volatile.Write(ref sleeperDone, true);
            gil.Release();
        });
        SpinWait.SpinUntil(() => gil.Switches == 1, Patience);
        var other = Start(() =>
        {
            gil.Acquire();
            otherGotItWhileSleeping = !Volatile.Read(ref sleeperDone);
            gil.Release();
        });

        JoinAll(sleeper, other);

        Assert.That(otherGotItWhileSleeping, Is.True, "the GIL was free only after the sleep ended");
    }

    [Test]
    public void HolderDropsTheLockAfterTheSwitchIntervalWhenAnotherThreadWaits()
    {
        var gil = new GlobalInterpreterLock(TimeSpan.FromMilliseconds(5));
        using var holding = new ManualResetEventSlim();
        bool waiterIn = false;
        bool holderDone = false;
        bool waiterCutIn = false;
        var holder = Start(() =>
        {
            gil.Acquire();
            holding.Set();
            // CPU work that never releases voluntarily: only a forced switch lets the waiter in before it ends.
            var deadline = DateTime.UtcNow + Patience;
            while (!Volatile.Read(ref waiterIn) && DateTime.UtcNow < deadline)
            {
                InterpreterLock.Checkpoint();
            }

            Volatile.Write(ref holderDone, true);
            gil.Release();
        });
        var waiter = Start(() =>
        {
            holding.Wait();
            gil.Acquire();
            waiterCutIn = !Volatile.Read(ref holderDone);
            Volatile.Write(ref waiterIn, true);
            gil.Release();
        });

        JoinAll(holder, waiter);

        Assert.That(waiterCutIn, Is.True, "the waiter got the GIL only after the holder's work ended");
    }

    [Test]
    public void AllowThreadsScope_OnDispose_TakesTheLockBack()
    {
        var gil = new GlobalInterpreterLock();
        gil.Acquire();
        try
        {
            using (InterpreterLock.AllowThreads())
            {
            }

            Assert.That(gil.IsHeldByCurrentThread, Is.True);
        }
        finally
        {
            gil.Release();
        }
    }

    [Test]
    public void ReleasingALockNotHeldIsAnError()
    {
        Assert.That(() => new GlobalInterpreterLock().Release(), Throws.InvalidOperationException);
    }

    private static Thread Start(Action body)
    {
        var thread = new Thread(() => body()) { IsBackground = true };
        thread.Start();
        return thread;
    }

    private static void JoinAll(params Thread[] threads)
    {
        foreach (var thread in threads)
        {
            Assert.That(thread.Join(Patience), Is.True, "a thread did not finish: the lock deadlocked");
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (int seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
