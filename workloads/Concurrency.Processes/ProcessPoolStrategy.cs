using Concurrency.Strategies;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Processes;

/// <summary>
/// W persistent worker processes, started when the strategy is built and reused by every batch: Python's
/// <c>ProcessPoolExecutor</c>. Each worker is fed by its own loop that takes chunks of task indices and keeps up to
/// <see cref="ProcessPoolOptions.InFlight"/> messages queued at it; a worker runs one task at a time, so at most W
/// run at once. A worker that crashes, hangs or is abandoned by cancellation is replaced before the error surfaces.
/// One batch at a time.
/// </summary>
public sealed class ProcessPoolStrategy : Strategy
{
    private readonly ProcessPoolOptions _options;
    private readonly WorkerCommand _command;
    private readonly WorkerProcess[] _workers;
    private long _workerCpuTicks;

    public ProcessPoolStrategy(int workers)
        : this(workers, ProcessPoolOptions.Default)
    {
    }

    public ProcessPoolStrategy(int workers, ProcessPoolOptions options)
        : base(workers)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _command = options.ResolveCommand();
        _workers = new WorkerProcess[workers];
        try
        {
            for (int w = 0; w < workers; w++)
            {
                _workers[w] = WorkerProcess.Start(_command);
            }
        }
        catch (Exception exception)
        {
            // A pool that cannot start whole starts not at all: no half-pool is left running.
            foreach (var started in _workers.TakeWhile(worker => worker is not null))
            {
                started.Kill(exception);
            }

            throw;
        }
    }

    public override StrategyKind Kind => StrategyKind.ProcessPool;

    /// <summary>CPU time the workers reported spending on their tasks, over every batch so far; not in this process's own.</summary>
    public TimeSpan WorkerCpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _workerCpuTicks));

    /// <summary>Its W workers.</summary>
    public override int Processes => Workers;

    /// <summary>The pids of the current workers.</summary>
    public override IReadOnlyList<int> ChildProcessIds => [.. _workers.Select(worker => worker.ProcessId)];

    /// <summary>Completes when every worker has started and said so.</summary>
    public Task WhenReady() => Task.WhenAll(_workers.Select(worker => worker.Ready));

    public override async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_workers.Select(worker => worker.DisposeAsync().AsTask())).ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        // A worker that died between batches (killed from outside, say) is replaced before it is handed a task.
        for (int w = 0; w < Workers; w++)
        {
            await ReplaceIfFaultedAsync(w).ConfigureAwait(false);
        }

        var dispenser = new TaskChunkDispenser(batch.Count, _options.ChunkSize);
        var feeders = new Task<long>[Workers];
        for (int w = 0; w < Workers; w++)
        {
            feeders[w] = FeedAsync(w, batch, dispenser, cancellationToken);
        }

        long[] sums = await Task.WhenAll(feeders).ConfigureAwait(false);
        return Checksums.Sum(sums);
    }

    private async Task<long> FeedAsync(int slot, TaskBatch batch, TaskChunkDispenser dispenser, CancellationToken cancellationToken)
    {
        var worker = _workers[slot];
        var inFlight = new Queue<(Task<TaskResultsMessage> Reply, int First, int Count)>(_options.InFlight);
        long sum = 0;
        try
        {
            while (true)
            {
                while (inFlight.Count < _options.InFlight && !cancellationToken.IsCancellationRequested && dispenser.TryTake(out int first, out int count))
                {
                    inFlight.Enqueue((worker.RunTasksAsync(batch.Workload.Spec, first, count), first, count));
                }

                if (!inFlight.TryDequeue(out var next))
                {
                    break;
                }

                var (checksum, cpuTime) = await WorkerReplies.CollectAsync(
                    worker, next.Reply, batch, next.First, next.Count, _options.MessageTimeout, cancellationToken).ConfigureAwait(false);
                sum += checksum;
                Interlocked.Add(ref _workerCpuTicks, cpuTime.Ticks);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return sum;
        }
        catch
        {
            dispenser.Stop();
            await ReplaceIfFaultedAsync(slot).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Runs task <paramref name="taskIndex"/> of <paramref name="spec"/> on the worker in <paramref name="slot"/>, for
    /// strategies that compose the pool with another model (<see cref="HybridStrategy"/>). The caller keeps at most
    /// one request per slot in flight; a worker that fails is replaced, as in a batch.
    /// </summary>
    internal async Task<long> RunOnWorkerAsync(int slot, WorkloadSpec spec, TaskBatch batch, int taskIndex, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await ReplaceIfFaultedAsync(slot).ConfigureAwait(false);
        var worker = _workers[slot];
        try
        {
            var (checksum, cpuTime) = await WorkerReplies.CollectAsync(
                worker, worker.RunTasksAsync(spec, taskIndex, 1), batch, taskIndex, 1, _options.MessageTimeout, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref _workerCpuTicks, cpuTime.Ticks);
            return checksum;
        }
        catch
        {
            await ReplaceIfFaultedAsync(slot).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ReplaceIfFaultedAsync(int slot)
    {
        var worker = _workers[slot];
        if (worker.IsFaulted)
        {
            _workers[slot] = WorkerProcess.Start(_command);
            await worker.DisposeAsync().ConfigureAwait(false);
        }
    }
}
