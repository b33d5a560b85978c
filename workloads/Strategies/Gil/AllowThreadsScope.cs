namespace Concurrency.Workloads.Strategies.Gil;

/// <summary>
/// A blocking call's stretch without the GIL (CPython's <c>Py_BEGIN_ALLOW_THREADS</c> … <c>Py_END_ALLOW_THREADS</c>):
/// made by <see cref="GlobalInterpreterLock.AllowThreads"/>; disposing it takes the lock back. Outside a GIL it does nothing.
/// </summary>
public readonly struct AllowThreadsScope : IDisposable
{
    private readonly GlobalInterpreterLock? _released;

    internal AllowThreadsScope(GlobalInterpreterLock? released) => _released = released;

    public void Dispose() => _released?.Acquire();
}
