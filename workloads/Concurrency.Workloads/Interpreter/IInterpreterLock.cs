namespace Concurrency.Workloads.Interpreter;

/// <summary>
/// What an emulated interpreter lock (a GIL) offers the workloads through <see cref="InterpreterLock"/>. The workload
/// library owns this seam so that CPU work can be interrupted and blocking calls can release the lock without knowing
/// which strategy, if any, installed one.
/// </summary>
public interface IInterpreterLock
{
    /// <summary>Whether another thread has asked the holder to hand the lock over (CPython's eval-breaker bit).</summary>
    bool IsDropRequested { get; }

    /// <summary>Hands the lock to the thread that asked for it and takes it back afterwards; the caller holds it.</summary>
    void Yield();

    /// <summary>Takes the lock for the calling thread.</summary>
    void Acquire();

    /// <summary>Gives the lock up; the calling thread holds it.</summary>
    void Release();
}
