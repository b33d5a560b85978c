using Concurrency.Strategies;

namespace Concurrency.Processes;

/// <summary>
/// A fresh worker process per task, at most W alive at once: Python's <c>multiprocessing.Process</c> started and
/// joined per task. Each task pays a whole process start-up; the Startup benchmarks show how much.
/// </summary>
public sealed class ProcessPerTaskStrategy(int workers, ProcessPoolOptions options) : Strategy(workers)
{
    private readonly WorkerCommand _command = Validated(options).ResolveCommand();
    private long _workerCpuTicks;

    public ProcessPerTaskStrategy(int workers)
        : this(workers, ProcessPoolOptions.Default)
    {
    }

    public override StrategyKind Kind => StrategyKind.ProcessPerTask;

    /// <summary>Up to W at once, each alive for one task.</summary>
    public override int Processes => Workers;

    /// <summary>CPU time the workers reported spending on their tasks, over every batch so far; not in this process's own.</summary>
    public TimeSpan WorkerCpuTime => TimeSpan.FromTicks(Interlocked.Read(ref _workerCpuTicks));

    protected override async Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken)
    {
        var dispenser = new TaskIndexDispenser(batch.Count);
        var slots = new Task<long>[Math.Min(Workers, Math.Max(batch.Count, 1))];
        for (int w = 0; w < slots.Length; w++)
        {
            slots[w] = RunSlotAsync(batch, dispenser, cancellationToken);
        }

        long[] sums = await Task.WhenAll(slots).ConfigureAwait(false);
        return Checksums.Sum(sums);
    }

    private async Task<long> RunSlotAsync(TaskBatch batch, TaskIndexDispenser dispenser, CancellationToken cancellationToken)
    {
        // Off the caller's thread: starting a process blocks for a moment, and the slots should start side by side.
        await Task.Yield();
        return await dispenser.RunUntilEmptyAsync(taskIndex => RunInFreshWorkerAsync(batch, taskIndex, cancellationToken)).ConfigureAwait(false);
    }

    private async ValueTask<long> RunInFreshWorkerAsync(TaskBatch batch, int taskIndex, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var worker = WorkerProcess.Start(_command);
        var reply = worker.RunTasksAsync(batch.Workload.Spec, taskIndex, 1);
        var (checksum, cpuTime) = await WorkerReplies.CollectAsync(worker, reply, batch, taskIndex, 1, options.MessageTimeout, cancellationToken)
            .ConfigureAwait(false);
        Interlocked.Add(ref _workerCpuTicks, cpuTime.Ticks);
        return checksum;
    }

    private static ProcessPoolOptions Validated(ProcessPoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return options;
    }
}
