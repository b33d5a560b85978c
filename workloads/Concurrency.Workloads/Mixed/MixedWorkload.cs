using Concurrency.Workloads.Cpu;
using Concurrency.Workloads.Io;

namespace Concurrency.Workloads.Mixed;

/// <summary>
/// Fetch, then crunch: an <see cref="IoHttpWorkload"/> GET of <c>Size</c> milliseconds' latency, then a
/// <see cref="CpuCountdownWorkload"/> of about as many milliseconds of CPU work.
/// </summary>
internal sealed class MixedWorkload : IFetchThenCrunchWorkload, IAsyncDisposable
{
    /// <summary>The CPU phase's share of a task alone: the crunch is sized to take as long as the fetch.</summary>
    public const double CrunchShare = 0.5;

    /// <summary>Countdown steps in about a millisecond on the reference machine (CpuCountdown's default ÷ 10 ms).</summary>
    public const int CountdownStepsPerMillisecond = 900_000;

    private readonly IoHttpWorkload _fetch;
    private readonly CpuCountdownWorkload _crunch;

    public MixedWorkload(int size)
    {
        Spec = new WorkloadSpec(WorkloadKind.Mixed, size);
        CrunchSpec = new WorkloadSpec(WorkloadKind.CpuCountdown, checked(size * CountdownStepsPerMillisecond));
        _fetch = new IoHttpWorkload(size);
        _crunch = new CpuCountdownWorkload(CrunchSpec.Size);
    }

    public WorkloadSpec Spec { get; }

    public double CpuShare => CrunchShare;

    public WorkloadSpec CrunchSpec { get; }

    public long Combine(long fetched, long crunched) => unchecked(fetched + crunched);

    /// <summary>The I/O phase, blocking (GIL released).</summary>
    public long Fetch(int taskIndex) => _fetch.Run(taskIndex);

    public ValueTask<long> FetchAsync(int taskIndex, CancellationToken cancellationToken) => _fetch.RunAsync(taskIndex, cancellationToken);

    /// <summary>The CPU phase, on the calling thread.</summary>
    public long Crunch(int taskIndex) => _crunch.Run(taskIndex);

    public long Run(int taskIndex) => Combine(Fetch(taskIndex), Crunch(taskIndex));

    public async ValueTask<long> RunAsync(int taskIndex, CancellationToken cancellationToken)
    {
        long fetched = await FetchAsync(taskIndex, cancellationToken).ConfigureAwait(false);
        return Combine(fetched, Crunch(taskIndex));
    }

    public ValueTask DisposeAsync() => _fetch.DisposeAsync();
}
