using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Cpu;

/// <summary>Sums the integers 0 … Size−1, the articles' <c>sum(range(n))</c>, in slices with a GIL checkpoint between them.</summary>
internal sealed class CpuRangeSumWorkload(int size) : IWorkload
{
    /// <summary>A few microseconds of work: fine against a 5 ms switch interval, negligible overhead without a GIL.</summary>
    private const long SliceIterations = 16_384;

    public WorkloadSpec Spec { get; } = new(WorkloadKind.CpuRangeSum, size);


    public long Run(int taskIndex)
    {
        long sum = 0;
        for (long i = 0; i < Spec.Size;)
        {
            for (long sliceEnd = Math.Min(Spec.Size, i + SliceIterations); i < sliceEnd; i++)
            {
                sum += i;
            }

            InterpreterLock.Checkpoint();
        }

        return sum;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));
}
