using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Worker;

/// <summary>
/// The worker's loop. The main thread reads and checks requests and queues them; one executor thread runs them in
/// order and writes the replies, flushing only when the queue is empty, so a parent that keeps several requests in
/// flight gets their replies in few writes. The main thread returns at the end of stdin (the parent closed it or
/// died) and the process ends with it, even mid-task; a malformed request ends it with an error on stderr.
/// </summary>
internal static class WorkerHost
{
    public static int Run(Stream input, Stream output, TextWriter error)
    {
        var writer = new FrameWriter(output);
        BinaryPrimitives.WriteInt32LittleEndian(writer.Begin(MessageType.Ready, 0, sizeof(int)), Environment.ProcessId);
        writer.Commit();
        writer.Flush();

        using var queue = new BlockingCollection<Request>();
        var executor = new Thread(() => Execute(queue, writer, error)) { IsBackground = true, Name = "executor" };
        executor.Start();
        var reader = new FrameReader(input);
        try
        {
            while (reader.Read() is { } frame)
            {
                queue.Add(Request.Check(frame));
            }

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
        var faults = new Faults(ReadIndex(WorkerFaults.FailTask), ReadIndex(WorkerFaults.CrashTask), error);
        var workloads = new WorkloadCache();
        using var regions = new MappedRegions();
        foreach (var request in queue.GetConsumingEnumerable())
        {
            switch (request.Type)
            {
                case MessageType.RunTasks:
                    RunTasks(request, workloads, faults, writer);
                    break;
                case MessageType.Echo:
                    Answer(writer, request.Id, MessageType.EchoReply, () => PayloadChecksum.Of(request.Fields), request.Fields);
                    break;
                case MessageType.SumMapped:
                    Answer(writer, request.Id, MessageType.SumReply, () => regions.Checksum(request.Fields), []);
                    break;
            }

            if (queue.Count == 0)
            {
                writer.Flush();
            }
        }
    }

    private static void RunTasks(Request request, WorkloadCache workloads, Faults faults, FrameWriter writer)
    {
        var fields = request.Fields.AsSpan();
        var spec = new WorkloadSpec((WorkloadKind)BinaryPrimitives.ReadInt32LittleEndian(fields), BinaryPrimitives.ReadInt32LittleEndian(fields[4..]));
        int first = BinaryPrimitives.ReadInt32LittleEndian(fields[8..]);
        int count = BinaryPrimitives.ReadInt32LittleEndian(fields[12..]);
        var reply = writer.Begin(MessageType.TaskResults, request.Id, WireFormat.TaskResultsFieldsSize + count * WireFormat.TaskResultSize);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        int taskIndex = first;
        try
        {
            var workload = workloads.Get(spec);
            for (; taskIndex < first + count; taskIndex++)
            {
                faults.Check(taskIndex);
                long start = Stopwatch.GetTimestamp();
                long checksum = workload.Run(taskIndex);
                long end = Stopwatch.GetTimestamp();
                var result = reply.Slice(WireFormat.TaskResultsFieldsSize + (taskIndex - first) * WireFormat.TaskResultSize);
                BinaryPrimitives.WriteInt32LittleEndian(result, taskIndex);
                BinaryPrimitives.WriteInt32LittleEndian(result[4..], Environment.CurrentManagedThreadId);
                BinaryPrimitives.WriteInt64LittleEndian(result[8..], checksum);
                BinaryPrimitives.WriteInt64LittleEndian(result[16..], start);
                BinaryPrimitives.WriteInt64LittleEndian(result[24..], end);
            }
        }
        catch (Exception exception)
        {
            // The half-built results frame is never committed; the failure replaces it.
            Fail(writer, request.Id, taskIndex, exception);
            return;
        }

        BinaryPrimitives.WriteInt32LittleEndian(reply, Environment.ProcessId);
        BinaryPrimitives.WriteInt32LittleEndian(reply[4..], count);
        BinaryPrimitives.WriteInt64LittleEndian(reply[8..], (Environment.CpuUsage.TotalTime - cpuBefore).Ticks);
        writer.Commit();
    }

    private static void Answer(FrameWriter writer, int requestId, MessageType type, Func<long> checksum, ReadOnlySpan<byte> payload)
    {
        long sum;
        try
        {
            sum = checksum();
        }
        catch (Exception exception)
        {
            Fail(writer, requestId, -1, exception);
            return;
        }

        var reply = writer.Begin(type, requestId, sizeof(long) + payload.Length);
        BinaryPrimitives.WriteInt64LittleEndian(reply, sum);
        payload.CopyTo(reply[sizeof(long)..]);
        writer.Commit();
    }

    private static void Fail(FrameWriter writer, int requestId, int taskIndex, Exception exception)
    {
        string message = $"{exception.GetType().Name}: {exception.Message}";
        var reply = writer.Begin(MessageType.TaskFailed, requestId, sizeof(int) + Encoding.UTF8.GetByteCount(message));
        BinaryPrimitives.WriteInt32LittleEndian(reply, taskIndex);
        Encoding.UTF8.GetBytes(message, reply[sizeof(int)..]);
        writer.Commit();
    }

    private static int? ReadIndex(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out int index) ? index : null;
}
