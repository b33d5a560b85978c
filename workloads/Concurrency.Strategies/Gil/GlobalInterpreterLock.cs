using System.Diagnostics;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Strategies.Gil;

/// <summary>
/// An emulation of CPython's global interpreter lock, the "new GIL" of CPython 3.2+ (<c>Python/ceval_gil.c</c>),
/// member by member: <see cref="Acquire"/> is <c>take_gil</c>, <see cref="Release"/> is <c>drop_gil</c> with
/// FORCE_SWITCHING, <see cref="Yield"/> is the eval breaker's drop-then-take, <see cref="Switches"/> is
/// <c>switch_number</c>. A thread that waits a whole <see cref="SwitchInterval"/> without seeing a switch sets a drop
/// request; the holder sees it at its next <see cref="InterpreterLock.Checkpoint"/>, drops the lock and waits until
/// another thread has taken it, then queues to take it back. Blocking calls run inside
/// <see cref="InterpreterLock.AllowThreads"/> (<c>Py_BEGIN_ALLOW_THREADS</c>). Time comes from a
/// <see cref="TimeProvider"/>, so tests can move it by hand.
/// </summary>
internal sealed class GlobalInterpreterLock : IInterpreterLock
{
    /// <summary>CPython's default, <c>sys.getswitchinterval()</c> = 0.005 (<c>DEFAULT_INTERVAL</c>, 5000 µs).</summary>
    public static readonly TimeSpan DefaultSwitchInterval = TimeSpan.FromMilliseconds(5);

    /// <summary><c>gil->mutex</c>, which also serves as <c>switch_mutex</c>: guards every field below but the drop request; never held asleep.</summary>
    private readonly Lock _mutex = new();

    private readonly TimeProvider _time;

    /// <summary>The threads waiting on <c>gil->cond</c> for a release, oldest first.</summary>
    private readonly LinkedList<GilWaiter> _queue = new();

    /// <summary><c>gil->locked</c>.</summary>
    private bool _locked;

    /// <summary><c>gil->last_holder</c>: the thread that holds the lock, or held it last.</summary>
    private Thread? _lastHolder;

    /// <summary><c>gil->switch_number</c>.</summary>
    private long _switchNumber;

    /// <summary>The thread in <c>drop_gil</c>'s wait on <c>gil->switch_cond</c>, if any.</summary>
    private GilWaiter? _switchWaiter;

    /// <summary>Threads inside <c>take_gil</c>'s wait loop, queued or just woken: those that may still take the lock.</summary>
    private int _waiting;

    private long _wakeUps;

    /// <summary>The eval breaker's <c>GIL_DROP_REQUEST</c> bit, read without the mutex at every checkpoint.</summary>
    private volatile bool _dropRequested;

    public GlobalInterpreterLock(TimeSpan? switchInterval = null, TimeProvider? timeProvider = null)
    {
        SwitchInterval = switchInterval ?? DefaultSwitchInterval;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SwitchInterval, TimeSpan.Zero, nameof(switchInterval));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long a waiting thread lets the holder run before it asks the holder to drop the lock (<c>gil->interval</c>).</summary>
    public TimeSpan SwitchInterval { get; }

    /// <summary>
    /// How many times the lock passed to a thread other than its last holder, the first take included (CPython's
    /// <c>switch_number</c>): a thread that takes it back after a release is not a switch.
    /// </summary>
    public long Switches
    {
        get
        {
            lock (_mutex)
            {
                return _switchNumber;
            }
        }
    }

    /// <summary>Whether the calling thread holds this lock now.</summary>
    public bool IsHeldByCurrentThread => ReferenceEquals(InterpreterLock.Held, this);

    public bool IsDropRequested => _dropRequested;

    /// <summary>Threads asleep in <see cref="Acquire"/> with no wake pending: a test's sign that the waiters have settled.</summary>
    internal int SleepingWaiters
    {
        get
        {
            lock (_mutex)
            {
                return _queue.Count(waiter => waiter.IsAsleep);
            }
        }
    }

    /// <summary>How many times a thread asleep in <see cref="Acquire"/> was woken, by a release or by its interval's end.</summary>
    internal long WakeUps => Interlocked.Read(ref _wakeUps);

    /// <summary>Takes the lock for the calling thread (<c>take_gil</c>).</summary>
    public void Acquire()
    {
        if (InterpreterLock.Held is not null)
        {
            throw new InvalidOperationException("The calling thread already holds a global interpreter lock.");
        }

        var current = Thread.CurrentThread;
        _mutex.Enter();
        try
        {
            if (_locked)
            {
                WaitUntilFree();
            }

            // take_gil's _ready: the lock is free and the mutex held.
            _locked = true;
            if (!ReferenceEquals(_lastHolder, current))
            {
                _lastHolder = current;
                _switchNumber++;
            }

            // COND_SIGNAL(switch_cond): a holder that dropped on request sees that another thread took the lock.
            WakeSwitchWaiter();

            // RESET_GIL_DROP_REQUEST: whoever asked has its switch now, or will ask again after a whole interval.
            _dropRequested = false;
        }
        finally
        {
            _mutex.Exit();
        }

        InterpreterLock.Enter(this);
    }

    /// <summary>
    /// Gives the lock up (<c>drop_gil</c>); the calling thread must hold it. When a drop was requested, it then waits
    /// until another thread has taken the lock (FORCE_SWITCHING), so it cannot take the lock straight back.
    /// </summary>
    public void Release()
    {
        InterpreterLock.Exit(this);
        var current = Thread.CurrentThread;
        _mutex.Enter();
        try
        {
            Debug.Assert(_locked && ReferenceEquals(_lastHolder, current), "only the holder releases, and it is the last holder");
            _locked = false;

            // COND_SIGNAL(gil->cond): one waiter, the one waiting longest; the others sleep on.
            if (_queue.First is { } first)
            {
                _queue.RemoveFirst();
                first.Value.Signalled = true;
                WakeUp(first.Value);
            }

            if (_dropRequested)
            {
                _dropRequested = false;
                WaitForSwitch(current);
            }
        }
        finally
        {
            _mutex.Exit();
        }
    }

    /// <summary>
    /// The eval breaker's answer to a drop request (<c>_Py_HandlePending</c>): drops the lock, which waits for another
    /// thread to take it, then queues to take it back.
    /// </summary>
    public void Yield()
    {
        Release();
        Acquire();
    }

    /// <summary>
    /// <c>take_gil</c>'s wait loop: one <see cref="WaitOneInterval"/> after another until the lock is free, setting the
    /// drop request after an interval that ended with the lock still taken and no switch meanwhile. Called and returns
    /// with the mutex held.
    /// </summary>
    private void WaitUntilFree()
    {
        var waiter = new GilWaiter();
        using var timer = _time.CreateTimer(_ => WakeUp(waiter), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var place = new LinkedListNode<GilWaiter>(waiter);
        _waiting++;
        bool freed = false;
        try
        {
            while (_locked)
            {
                long switchesSeen = _switchNumber;
                bool timedOut = WaitOneInterval(place, timer);
                if (timedOut && _locked && _switchNumber == switchesSeen)
                {
                    // SET_GIL_DROP_REQUEST: only while the lock is taken, so the next take always clears it.
                    _dropRequested = true;
                }
            }

            freed = true;
        }
        finally
        {
            _waiting--;
            if (place.List is not null)
            {
                _queue.Remove(place);
            }

            if (!freed)
            {
                Abandon(waiter);
            }
        }
    }

    /// <summary>
    /// <c>COND_TIMED_WAIT(gil->cond, gil->mutex, interval)</c>: sleeps, queued, until a release picks this waiter
    /// (false) or a whole <see cref="SwitchInterval"/> has passed by the clock (true). It cannot return early on a
    /// timer that fires early: it re-arms for the rest, rounded up to whole milliseconds (what a system timer counts
    /// in), so it sleeps instead of spinning. Called and returns with the mutex held.
    /// </summary>
    private bool WaitOneInterval(LinkedListNode<GilWaiter> place, ITimer timer)
    {
        var waiter = place.Value;
        waiter.Signalled = false;
        if (place.List is null)
        {
            // Back at the front after a wake-up lost to a thread that took the lock first: it still waited longest.
            _queue.AddFirst(place);
        }

        long start = _time.GetTimestamp();
        while (true)
        {
            var remaining = SwitchInterval - _time.GetElapsedTime(start);
            if (remaining <= TimeSpan.Zero)
            {
                return true;
            }

            timer.Change(RoundUpToWholeMilliseconds(remaining), Timeout.InfiniteTimeSpan);
            _mutex.Exit();
            try
            {
                waiter.Sleep();
            }
            finally
            {
                _mutex.Enter();
            }

            if (waiter.Signalled)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// <c>drop_gil</c>'s FORCE_SWITCHING wait on <c>switch_cond</c>: until another thread took the lock, or no thread
    /// is left that could (CPython resets the request of a waiter that leaves for the same reason, gh-96387). Only the
    /// last holder waits here, and any take ends its wait, so there is never more than one such thread.
    /// </summary>
    private void WaitForSwitch(Thread current)
    {
        Debug.Assert(_switchWaiter is null, "the take that made this thread the holder woke the previous switch waiter");
        var waiter = new GilWaiter();
        _switchWaiter = waiter;
        while (ReferenceEquals(_lastHolder, current) && _waiting > 0)
        {
            _mutex.Exit();
            try
            {
                waiter.Sleep();
            }
            finally
            {
                _mutex.Enter();
            }
        }

        if (ReferenceEquals(_switchWaiter, waiter))
        {
            _switchWaiter = null;
        }
    }

    /// <summary>
    /// A waiter leaves without the lock (its thread was interrupted): it passes on a release's wake it was given, and
    /// frees a holder waiting for a switch that no thread is left to make. Called with the mutex held.
    /// </summary>
    private void Abandon(GilWaiter waiter)
    {
        if (waiter.Signalled && !_locked && _queue.First is { } next)
        {
            _queue.RemoveFirst();
            next.Value.Signalled = true;
            WakeUp(next.Value);
        }

        if (_waiting == 0)
        {
            WakeSwitchWaiter();
        }
    }

    private void WakeSwitchWaiter()
    {
        if (_switchWaiter is { } dropper)
        {
            _switchWaiter = null;
            dropper.Wake();
        }
    }

    private void WakeUp(GilWaiter waiter)
    {
        if (waiter.Wake())
        {
            Interlocked.Increment(ref _wakeUps);
        }
    }

    private static TimeSpan RoundUpToWholeMilliseconds(TimeSpan duration) =>
        TimeSpan.FromMilliseconds((duration.Ticks + TimeSpan.TicksPerMillisecond - 1) / TimeSpan.TicksPerMillisecond);
}
