namespace Concurrency.Workloads;

/// <summary>
/// What one task does. Every form returns a checksum that depends on the work done, so the JIT cannot
/// delete the work and a caller can check it was done.
/// </summary>
public interface IWorkload
{
    /// <summary>The spec this workload was built from; process strategies send it to their workers.</summary>
    WorkloadSpec Spec { get; }

    /// <summary>Runs task <paramref name="taskIndex"/> on the calling thread, blocking it until done.</summary>
    long Run(int taskIndex);

    /// <summary>
    /// Runs task <paramref name="taskIndex"/> asynchronously: truly asynchronous for I/O, inline for CPU work
    /// (async/await gives CPU work no extra core; the benchmarks show it).
    /// </summary>
    ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken);
}
