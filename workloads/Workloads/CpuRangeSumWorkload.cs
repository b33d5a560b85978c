namespace Concurrency.Workloads.Workloads;

/// <summary>Sums the integers 0 … Size−1, the articles' <c>sum(range(n))</c>.</summary>
public sealed class CpuRangeSumWorkload(int size) : IWorkload
{
    public WorkloadSpec Spec { get; } = new(WorkloadKind.CpuRangeSum, size);


    public long Run(int taskIndex)
    {
        long sum = 0;
        for (long i = 0; i < Spec.Size; i++)
        {
            sum += i;
        }

        return sum;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
