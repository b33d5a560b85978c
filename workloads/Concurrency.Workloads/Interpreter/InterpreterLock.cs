using System.Runtime.CompilerServices;

namespace Concurrency.Workloads.Interpreter;

/// <summary>
/// The hooks workloads call, CPython's C API in miniature: <see cref="Checkpoint"/> between slices of CPU work (the
/// eval breaker), <see cref="AllowThreads"/> around blocking calls and native code that releases the GIL
/// (<c>Py_BEGIN_ALLOW_THREADS</c>). A lock registers itself for the thread that holds it; with none registered
/// (every strategy but the GIL's) both hooks cost one thread-static read.
/// </summary>
public static class InterpreterLock
{
    [ThreadStatic]
    private static IInterpreterLock? t_held;

    /// <summary>The lock the calling thread holds, if any.</summary>
    public static IInterpreterLock? Held => t_held;

    /// <summary>Called by a lock once the calling thread has taken it.</summary>
    public static void Enter(IInterpreterLock held)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (t_held is not null)
        {
            throw new InvalidOperationException("The calling thread already holds an interpreter lock.");
        }

        t_held = held;
    }

    /// <summary>Called by a lock just before the calling thread gives it up.</summary>
    public static void Exit(IInterpreterLock held)
    {
        if (!ReferenceEquals(t_held, held))
        {
            throw new InvalidOperationException("The calling thread does not hold this interpreter lock.");
        }

        t_held = null;
    }

    /// <summary>The eval breaker: hands the lock over when a waiting thread asked for it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Checkpoint()
    {
        if (t_held is { IsDropRequested: true } held)
        {
            held.Yield();
        }
    }

    /// <summary>Releases the calling thread's lock, if it holds one, until the returned scope is disposed.</summary>
    public static AllowThreadsScope AllowThreads()
    {
        var held = t_held;
        held?.Release();
        return new AllowThreadsScope(held);
    }
}
