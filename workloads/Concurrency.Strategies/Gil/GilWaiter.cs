namespace Concurrency.Strategies.Gil;

/// <summary>
/// Where one thread sleeps while it waits on the <see cref="GlobalInterpreterLock"/>: a private condition, so whoever
/// wakes it wakes exactly this thread (a shared <see cref="Monitor"/> condition wakes an arbitrary one, or all). It
/// holds one binary permit: a wake that comes before the sleep is not lost, and a second one adds nothing.
/// </summary>
internal sealed class GilWaiter
{
    private readonly object _gate = new();
    private bool _permit;
    private bool _asleep;

    /// <summary>
    /// Set under the lock's mutex by the release that chose this waiter (and took it off the queue): it woke because
    /// the lock was freed, not because its interval ended.
    /// </summary>
    public bool Signalled { get; set; }

    /// <summary>Whether the thread sleeps with no wake pending.</summary>
    public bool IsAsleep
    {
        get
        {
            lock (_gate)
            {
                return _asleep;
            }
        }
    }

    /// <summary>Blocks the calling thread, without spinning, until <see cref="Wake"/> is or was called; consumes the wake.</summary>
    public void Sleep()
    {
        lock (_gate)
        {
            if (!_permit)
            {
                _asleep = true;
                try
                {
                    while (!_permit)
                    {
                        Monitor.Wait(_gate);
                    }
                }
                finally
                {
                    _asleep = false;
                }
            }

            _permit = false;
        }
    }

    /// <summary>Wakes the thread, or lets its next sleep return at once; true if it was asleep and this woke it.</summary>
    public bool Wake()
    {
        lock (_gate)
        {
            bool wokeIt = _asleep;
            _asleep = false;
            _permit = true;
            Monitor.Pulse(_gate);
            return wokeIt;
        }
    }
}
