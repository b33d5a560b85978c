namespace Concurrency.Workloads.Interpreter;

/// <summary>
/// A blocking call's stretch without the interpreter lock (CPython's <c>Py_BEGIN_ALLOW_THREADS</c> …
/// <c>Py_END_ALLOW_THREADS</c>): made by <see cref="InterpreterLock.AllowThreads"/>; disposing it takes the lock back.
/// Outside a lock it does nothing.
/// </summary>
public readonly struct AllowThreadsScope : IDisposable
{
    private readonly IInterpreterLock? _released;

    internal AllowThreadsScope(IInterpreterLock? released) => _released = released;

    public void Dispose() => _released?.Acquire();
}
