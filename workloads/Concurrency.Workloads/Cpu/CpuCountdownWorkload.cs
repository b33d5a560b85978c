using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Cpu;

/// <summary>
/// Counts <c>Size</c> down to zero. Each step is folded into an FNV-1a style hash so the loop carries a
/// dependency the JIT can neither delete nor replace with a closed form. It runs in slices with a GIL
/// checkpoint between them, as CPython's eval loop checks its eval breaker.
/// </summary>
internal sealed class CpuCountdownWorkload(int size) : IWorkload
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>About 5 µs of work: fine against a 5 ms switch interval, negligible overhead without a GIL.</summary>
    private const long SliceIterations = 4096;

    public WorkloadSpec Spec { get; } = new(WorkloadKind.CpuCountdown, size);


    public long Run(int taskIndex)
    {
        ulong hash = OffsetBasis;
        for (long n = Spec.Size; n > 0;)
        {
            for (long sliceEnd = Math.Max(0, n - SliceIterations); n > sliceEnd; n--)
            {
                hash = (hash ^ (ulong)n) * Prime;
            }

            InterpreterLock.Checkpoint();
        }

        return unchecked((long)hash);
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
