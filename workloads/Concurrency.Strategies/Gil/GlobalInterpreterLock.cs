using System.Diagnostics;
using Concurrency.Workloads.Interpreter;

namespace Concurrency.Strategies.Gil;

/// <summary>
/// An emulation of CPython's global interpreter lock (the "new GIL" of CPython 3.2+, <c>Python/ceval_gil.c</c>):
/// a mutex and a condition. A thread that waits longer than <see cref="SwitchInterval"/> without seeing a switch
/// sets a drop request; the holder sees it at its next <see cref="InterpreterLock.Checkpoint"/> (CPython's eval
/// breaker), drops the lock and waits until another thread has taken it (FORCE_SWITCHING), then queues to take it
/// back. Blocking calls run inside <see cref="InterpreterLock.AllowThreads"/> (<c>Py_BEGIN_ALLOW_THREADS</c>).
/// </summary>
public sealed class GlobalInterpreterLock : IInterpreterLock
{
    /// <summary>CPython's default, <c>sys.getswitchinterval()</c> = 0.005.</summary>
    public static readonly TimeSpan DefaultSwitchInterval = TimeSpan.FromMilliseconds(5);

    private readonly object _mutex = new();
    private readonly long _switchIntervalTicks;
    private bool _locked;
    private Thread? _lastHolder;
    private long _switches;
    private volatile bool _dropRequested;

    public GlobalInterpreterLock(TimeSpan? switchInterval = null)
    {
        SwitchInterval = switchInterval ?? DefaultSwitchInterval;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(SwitchInterval, TimeSpan.Zero, nameof(switchInterval));
        _switchIntervalTicks = (long)(SwitchInterval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>How long a waiting thread lets the holder run before it asks the holder to drop the lock.</summary>
    public TimeSpan SwitchInterval { get; }

    /// <summary>How many times the lock was taken (CPython's <c>switch_number</c>).</summary>
    public long Switches
    {
        get
        {
            lock (_mutex)
            {
                return _switches;
            }
        }
    }

    /// <summary>Whether the calling thread holds this lock now.</summary>
    public bool IsHeldByCurrentThread => ReferenceEquals(InterpreterLock.Held, this);

    public bool IsDropRequested => _dropRequested;

    /// <summary>Takes the lock for the calling thread, waiting as CPython's <c>take_gil</c> does.</summary>
    public void Acquire()
    {
        if (InterpreterLock.Held is not null)
        {
            throw new InvalidOperationException("The calling thread already holds a global interpreter lock.");
        }

        lock (_mutex)
        {
            long deadline = Stopwatch.GetTimestamp() + _switchIntervalTicks;
            long switchesSeen = _switches;
            while (_locked)
            {
                long remaining = deadline - Stopwatch.GetTimestamp();
                if (remaining > 0)
                {
                    Monitor.Wait(_mutex, TimeSpan.FromSeconds(remaining / (double)Stopwatch.Frequency));
                    continue;
                }

                // A whole interval passed and nobody switched: ask the holder to drop it (SET_GIL_DROP_REQUEST).
                if (_locked && _switches == switchesSeen)
                {
                    _dropRequested = true;
                }

                deadline = Stopwatch.GetTimestamp() + _switchIntervalTicks;
                switchesSeen = _switches;
            }

            _locked = true;
            _lastHolder = Thread.CurrentThread;
            _switches++;
            _dropRequested = false;
            // Wakes a holder that dropped the lock and waits for this switch to happen.
            Monitor.PulseAll(_mutex);
        }

        InterpreterLock.Enter(this);
    }

    /// <summary>Gives the lock up; the calling thread must hold it.</summary>
    public void Release()
    {
        InterpreterLock.Exit(this);
        lock (_mutex)
        {
            Debug.Assert(_locked, "the holder releases a taken lock");
            _locked = false;
            Monitor.PulseAll(_mutex);
        }
    }

    /// <summary>Drops the lock on a drop request and waits until another thread took it, so the holder cannot retake it at once.</summary>
    public void Yield()
    {
        Release();
        lock (_mutex)
        {
            while (ReferenceEquals(_lastHolder, Thread.CurrentThread))
            {
                Monitor.Wait(_mutex);
            }
        }

        Acquire();
    }
}
