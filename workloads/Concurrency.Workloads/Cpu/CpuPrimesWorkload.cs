using Concurrency.Workloads.Interpreter;

namespace Concurrency.Workloads.Cpu;

/// <summary>
/// Tests <c>Size</c> consecutive odd numbers from <see cref="FirstCandidate"/> for primality by trial division;
/// the checksum is the sum of the primes found. Each candidate is one slice, with a GIL checkpoint after it.
/// </summary>
internal sealed class CpuPrimesWorkload(int size) : IWorkload
{
    /// <summary>Large enough that each prime costs thousands of divisions; small enough to stay in 64 bits.</summary>
    public const long FirstCandidate = 1_000_000_001;

    public WorkloadSpec Spec { get; } = new(WorkloadKind.CpuPrimes, size);


    public long Run(int taskIndex)
    {
        long sum = 0;
        for (long i = 0, candidate = FirstCandidate; i < Spec.Size; i++, candidate += 2)
        {
            if (IsPrime(candidate))
            {
                sum += candidate;
            }

            InterpreterLock.Checkpoint();
        }

        return sum;
    }

    public ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken) => new(Run(taskIndex));

    private static bool IsPrime(long odd)
    {
        for (long divisor = 3; divisor * divisor <= odd; divisor += 2)
        {
            if (odd % divisor == 0)
            {
                return false;
            }
        }

        return true;
    }
}
