using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Io;

/// <summary>
/// Blocking I/O: holds the calling thread for <c>Size</c> milliseconds. Its asynchronous form blocks too,
/// as a blocking call inside async code does; the checksum is the milliseconds slept. Sleeping releases the GIL,
/// as <c>time.sleep</c> does.
/// </summary>
internal sealed class IoSleepWorkload(int size) : IWorkload
{
    public WorkloadSpec Spec { get; } = new(WorkloadKind.IoSleep, size);


    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        Thread.Sleep(Spec.Size);
        return Spec.Size;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
