using Concurrency.Strategies.Tracing;
using Concurrency.Strategies;
using Concurrency.WorkerProtocol;

namespace Concurrency.Processes;

/// <summary>
/// Turns a worker's reply to a <c>RunTasks</c> message into the strategy contract: the checksum and the worker's CPU
/// time, a timeline entry per task from the worker's own clock, and every way it can go wrong as a <see cref="TaskFailedException"/>
/// naming the task. A worker that overran the timeout or was abandoned by cancellation is killed, since it is still
/// busy with work nobody wants.
/// </summary>
internal static class WorkerReplies
{
    public static async Task<(long Checksum, TimeSpan CpuTime)> CollectAsync(
        WorkerProcess worker, Task<TaskResultsMessage> pending, TaskBatch batch, int first, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        TaskResultsMessage reply;
        try
        {
            reply = await pending.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var hung = new TimeoutException($"worker pid {worker.ProcessId} ran {Describe(first, count)} past the {timeout.TotalSeconds:0.###} s timeout and was killed");
            worker.Kill(hung);
            throw new TaskFailedException(first, hung);
        }
        catch (OperationCanceledException)
        {
            worker.Kill(new OperationCanceledException($"worker pid {worker.ProcessId} was stopped by cancellation"));
            throw;
        }
        catch (WorkerTaskException failed)
        {
            throw new TaskFailedException(failed.TaskIndex, failed);
        }
        catch (Exception exception) when (exception is WorkerCrashedException or InvalidDataException)
        {
            throw new TaskFailedException(first, new WorkerCrashedOnTaskException(Describe(first, count), exception));
        }

        long checksum = 0;
        foreach (var result in reply.Results)
        {
            checksum = unchecked(checksum + result.Checksum);
            batch.Timeline?.Record(new TimelineEntry(result.TaskIndex, reply.ProcessId, result.ThreadId, result.StartTimestamp, result.EndTimestamp));
        }

        return (checksum, reply.CpuTime);
    }

    private static string Describe(int first, int count) => count == 1 ? $"task {first}" : $"tasks {first}–{first + count - 1}";
}
