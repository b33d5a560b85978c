namespace Concurrency.Workloads;

/// <summary>
/// A workload whose task is an I/O phase (the fetch) then a CPU phase (the crunch), separately callable so a
/// strategy can run the fetch on async I/O and ship the crunch elsewhere. The crunch reads nothing the fetch
/// returned, so <see cref="CrunchSpec"/> is all a worker process needs. Its bound is
/// <see cref="WorkloadBound.LatencyThenCpu"/>.
/// </summary>
public interface IFetchThenCrunchWorkload : IWorkload
{
    /// <summary>The CPU phase's share of one task alone, strictly between 0 and 1 (the limit model's s).</summary>
    double CpuShare { get; }

    /// <summary>The CPU phase as a workload of its own, for a process pool to run.</summary>
    WorkloadSpec CrunchSpec { get; }

    /// <summary>The I/O phase, asynchronous; returns its checksum.</summary>
    ValueTask<long> FetchAsync(int taskIndex, CancellationToken cancellationToken);

    /// <summary>Combines the two phases' checksums into the task's checksum, the one <see cref="IWorkload.Run"/> returns.</summary>
    long Combine(long fetched, long crunched);
}
