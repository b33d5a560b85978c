using System.Diagnostics;
using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>
/// Runs requests one at a time, in order, and adds each reply to the writer; a request that throws is answered by
/// a <see cref="TaskFailedMessage"/> instead. The caller flushes.
/// </summary>
internal sealed class RequestExecutor(FrameWriter writer, Faults faults) : IDisposable
{
    private readonly WorkloadCache _workloads = new();
    private readonly MappedRegions _regions = new();

    public void Run(Request request)
    {
        switch (request.Message)
        {
            case RunTasksMessage run:
                RunTasks(request.Id, run);
                break;
            case EchoMessage echo:
                Answer(request.Id, () => new EchoReplyMessage(PayloadChecksum.Of(echo.Payload.Span), echo.Payload));
                break;
            case SumMappedMessage sum:
                Answer(request.Id, () => new SumReplyMessage(_regions.Checksum(sum)));
                break;
            default:
                throw new UnreachableException($"{nameof(Request)}.{nameof(Request.Check)} let a {request.Message.GetType().Name} through");
        }
    }

    public void Dispose()
    {
        _regions.Dispose();
        _workloads.Dispose();
    }

    private void RunTasks(int requestId, RunTasksMessage run)
    {
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var results = new TaskResult[run.Count];
        int taskIndex = run.FirstIndex;
        try
        {
            var workload = _workloads.Get(run.Spec);
            for (int i = 0; i < results.Length; i++, taskIndex++)
            {
                faults.Check(taskIndex);
                long start = Stopwatch.GetTimestamp();
                long checksum = workload.Run(taskIndex);
                results[i] = new TaskResult(taskIndex, Environment.CurrentManagedThreadId, checksum, start, Stopwatch.GetTimestamp());
            }
        }
        catch (Exception exception)
        {
            Fail(requestId, taskIndex, exception);
            return;
        }

        writer.Write(requestId, new TaskResultsMessage(Environment.ProcessId, Environment.CpuUsage.TotalTime - cpuBefore, results));
    }

    private void Answer<TReply>(int requestId, Func<TReply> reply)
        where TReply : IMessage<TReply>
    {
        TReply answer;
        try
        {
            answer = reply();
        }
        catch (Exception exception)
        {
            Fail(requestId, TaskFailedMessage.NoTask, exception);
            return;
        }

        writer.Write(requestId, answer);
    }

    private void Fail(int requestId, int taskIndex, Exception exception) =>
        writer.Write(requestId, new TaskFailedMessage(taskIndex, $"{exception.GetType().Name}: {exception.Message}"));
}
