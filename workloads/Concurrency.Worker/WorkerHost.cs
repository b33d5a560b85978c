using System.Collections.Concurrent;
using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>
/// The worker's loop. The main thread reads and checks requests and queues them; one executor thread runs them in
/// order and writes the replies, flushing only when the queue is empty, so a parent that keeps several requests in
/// flight gets their replies in few writes. At the end of stdin (the parent closed it or died) the main thread gives
/// the executor <see cref="DrainGrace"/> to finish and dispose the workloads, then returns, and the process ends
/// with it, even mid-task; a malformed request ends it with an error on stderr.
/// </summary>
internal static class WorkerHost
{
    /// <summary>
    /// How long an idle or nearly done executor gets to dispose the workloads (IoFile's files), well inside the
    /// 2 s the parent waits before it kills a worker; a task that outlasts it is abandoned with the process.
    /// </summary>
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(1);

    public static int Run(Stream input, Stream output, TextWriter error)
    {
        var writer = new FrameWriter(output);
        writer.Write(ReadyMessage.RequestId, new ReadyMessage(Environment.ProcessId));
        writer.Flush();

        // Never disposed: the executor may still take from it after this thread returns and before the process ends;
        // a disposed queue would throw on that thread and abort the worker (exit 134) instead of letting it exit.
        var queue = new BlockingCollection<Request>();
        var executor = new Thread(() => Execute(queue, writer, error)) { IsBackground = true, Name = "executor" };
        executor.Start();
        var reader = new FrameReader(input);
        try
        {
            while (reader.Read() is { } frame)
            {
                queue.Add(Request.Check(frame));
            }

            queue.CompleteAdding();
            executor.Join(DrainGrace);
            return 0;
        }
        catch (InvalidDataException malformed)
        {
            error.WriteLine($"worker pid {Environment.ProcessId}: malformed message from the parent: {malformed.Message}");
            return WorkerFaults.MalformedInputExitCode;
        }
    }

    private static void Execute(BlockingCollection<Request> queue, FrameWriter writer, TextWriter error)
    {
        using var executor = new RequestExecutor(writer, Faults.FromEnvironment(error));
        try
        {
            foreach (var request in queue.GetConsumingEnumerable())
            {
                executor.Run(request);
                if (queue.Count == 0)
                {
                    writer.Flush();
                }
            }
        }
        catch (IOException)
        {
            // The parent closed its end of stdout (it died, or gave up on the replies): nobody reads them any more,
            // and the workloads are still disposed on the way out instead of the worker aborting.
        }
    }
}
