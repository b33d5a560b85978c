using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Concurrency.Strategies.Tracing;

namespace Concurrency.Strategies;

/// <summary>
/// How a batch of N tasks runs on W workers. Every strategy keeps one contract: each task runs exactly once,
/// never more than W at once, a failing task surfaces as a <see cref="TaskFailedException"/> carrying its index,
/// and cancellation stops the work. A strategy owns its resources and releases them on dispose.
/// </summary>
public abstract class Strategy : IAsyncDisposable
{
    protected Strategy(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        Workers = workers;
    }

    public abstract StrategyKind Kind { get; }

    /// <summary>The most tasks that run at once.</summary>
    public int Workers { get; }

    /// <summary>
    /// How many processes run its tasks side by side: this one for an in-process strategy, else the children it runs
    /// them in (a cluster's silos run several workers each). The suite gives each persistent one its warm-up tasks.
    /// </summary>
    public virtual int Processes => 1;

    /// <summary>
    /// The child processes it started and keeps running its tasks, for what watches them from outside (their thread
    /// pools during a warm-up); none for an in-process strategy, one whose processes live a task each, or a cluster it joined.
    /// </summary>
    public virtual IReadOnlyList<int> ChildProcessIds => [];

    /// <summary>Runs every task of the batch once and returns the sum of their checksums.</summary>
    public async Task<long> RunAsync(TaskBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(batch.Count);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await RunCoreAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        catch (AggregateException aggregate) when (FirstFailedTask(aggregate) is { } failed)
        {
            // Parallel.For and friends wrap task failures; callers get the first failed task, not a bag of them.
            ExceptionDispatchInfo.Throw(failed);
            throw;
        }
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<long> RunCoreAsync(TaskBatch batch, CancellationToken cancellationToken);

    /// <summary>
    /// Runs one task on the calling thread, tagging any failure with the task's index. Every strategy starts
    /// tasks only through here or <see cref="ExecuteAsync"/>, so none starts a task after cancellation.
    /// </summary>
    protected static long Execute(TaskBatch batch, int taskIndex, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long start = batch.Timeline?.Starting(taskIndex) ?? 0;
        try
        {
            return batch.Workload.Run(taskIndex);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TaskFailedException(taskIndex, exception);
        }
        finally
        {
            Record(batch, taskIndex, start);
        }
    }

    /// <summary>Runs one task's asynchronous form, tagging any failure with the task's index.</summary>
    protected static async ValueTask<long> ExecuteAsync(TaskBatch batch, int taskIndex, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        long start = batch.Timeline?.Starting(taskIndex) ?? 0;
        try
        {
            return await batch.Workload.RunAsync(taskIndex, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new TaskFailedException(taskIndex, exception);
        }
        finally
        {
            Record(batch, taskIndex, start);
        }
    }

    private static void Record(TaskBatch batch, int taskIndex, long start) =>
        batch.Timeline?.Record(new TimelineEntry(taskIndex, Environment.ProcessId, Environment.CurrentManagedThreadId, start, Stopwatch.GetTimestamp(), OsThread.CurrentId()));

    private static TaskFailedException? FirstFailedTask(AggregateException aggregate) =>
        aggregate.Flatten().InnerExceptions.OfType<TaskFailedException>().MinBy(failed => failed.TaskIndex);
}
