using Concurrency.Strategies;
using Concurrency.Workloads.Catalog;
using Concurrency.Workloads;

namespace Concurrency.Processes.Hybrid;

/// <summary>
/// I/O on async/await in this process, CPU work in a pool of W worker processes: the articles' hybrid pipeline
/// (threads fetch, a process pool crunches), pipelined. W lanes each own one pool worker and pull the next task
/// index; a lane awaits its task's fetch, then hands the crunch to its worker and awaits the reply, so while one
/// lane's worker crunches, the other lanes fetch. A task splits by its workload: an <see cref="IFetchThenCrunchWorkload"/>
/// into its two phases; an I/O-bound workload is all fetch; any other is all crunch. At most W tasks are in flight.
/// </summary>
public sealed class HybridStrategy : Strategy
{
    private readonly ProcessPoolStrategy _pool;

    public HybridStrategy(int workers)
        : base(workers)
    {
        _pool = new ProcessPoolStrategy(workers);
    }

    public override StrategyKind Kind => StrategyKind.Hybrid;

    /// <summary>Its pool's W workers, which run the CPU phases; the fetches run here.</summary>
    public override int Processes => _pool.Processes;

    public override IReadOnlyList<int> ChildProcessIds => _pool.ChildProcessIds;

    public override async ValueTask DisposeAsync()
    {
        await _pool.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var dispenser = new TaskIndexDispenser(batch.Count);
        var lanes = new Task<long>[Workers];
        for (int lane = 0; lane < lanes.Length; lane++)
        {
            int slot = lane;
            lanes[lane] = Task.Run(() => dispenser.RunUntilEmptyAsync(taskIndex => RunTaskAsync(slot, batch, taskIndex, cancellationToken)), cancellationToken);
        }

        long[] sums = await Task.WhenAll(lanes).ConfigureAwait(false);
        return Checksums.Sum(sums);
    }

    private async ValueTask<long> RunTaskAsync(int slot, TaskBatch batch, int taskIndex, CancellationToken cancellationToken)
    {
        if (batch.Workload is IFetchThenCrunchWorkload phased)
        {
            long fetched = await FetchAsync(phased, taskIndex, cancellationToken).ConfigureAwait(false);
            long crunched = await _pool.RunOnWorkerAsync(slot, phased.CrunchSpec, batch, taskIndex, cancellationToken).ConfigureAwait(false);
            return phased.Combine(fetched, crunched);
        }

        return WorkloadCatalog.BoundOf(batch.Workload.Spec.Kind) == WorkloadBound.IoLatency
            ? await ExecuteAsync(batch, taskIndex, cancellationToken).ConfigureAwait(false)
            : await _pool.RunOnWorkerAsync(slot, batch.Workload.Spec, batch, taskIndex, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> FetchAsync(IFetchThenCrunchWorkload phased, int taskIndex, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await phased.FetchAsync(taskIndex, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TaskFailedException(taskIndex, exception);
        }
    }
}
