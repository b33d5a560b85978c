namespace Concurrency.Workloads.Workloads;

/// <summary>
/// Counts <c>Size</c> down to zero. Each step is folded into an FNV-1a style hash so the loop carries a
/// dependency the JIT can neither delete nor replace with a closed form.
/// </summary>
public sealed class CpuCountdownWorkload(int size) : IWorkload
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public WorkloadSpec Spec { get; } = new(WorkloadKind.CpuCountdown, size);


    public long Run(int taskIndex)
    {
        ulong hash = OffsetBasis;
        for (long n = Spec.Size; n > 0; n--)
        {
            hash = (hash ^ (ulong)n) * Prime;
        }

        return unchecked((long)hash);
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
