using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Io;

/// <summary>
/// Asynchronous I/O: awaits a <c>Size</c>-millisecond timer without holding a thread. Its synchronous form
/// has to block on the timer, releasing the GIL meanwhile; the checksum is the milliseconds waited.
/// </summary>
internal sealed class IoDelayWorkload(int size) : IWorkload
{
    public WorkloadSpec Spec { get; } = new(WorkloadKind.IoDelay, size);


    public long Run(int taskIndex)
    {
        using var released = InterpreterLock.AllowThreads();
        Task.Delay(Spec.Size).GetAwaiter().GetResult();
        return Spec.Size;
    }

    public async ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken)
    {
        await Task.Delay(Spec.Size, cancellationToken).ConfigureAwait(false);
        return Spec.Size;
    }
}
