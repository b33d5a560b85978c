using Concurrency.Workloads;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// Parent → worker: run tasks <see cref="FirstIndex"/> … +<see cref="Count"/>−1 of a workload, which the worker
/// rebuilds from its spec. Answered by a <see cref="TaskResultsMessage"/> or a <see cref="TaskFailedMessage"/>.
/// Fields: kind (int32), size (int32), first index (int32), count (int32).
/// </summary>
public sealed record RunTasksMessage(WorkloadSpec Spec, int FirstIndex, int Count) : IMessage<RunTasksMessage>
{
    public static MessageType Type => MessageType.RunTasks;

    public int FieldsLength => 4 * sizeof(int);

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt32((int)Spec.Kind);
        writer.WriteInt32(Spec.Size);
        writer.WriteInt32(FirstIndex);
        writer.WriteInt32(Count);
    }

    public static RunTasksMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        var kind = (WorkloadKind)reader.ReadInt32();
        int size = reader.ReadInt32();
        int firstIndex = reader.ReadInt32();
        int count = reader.ReadInt32();
        reader.End();
        if (count is < 0 or > TaskResultsMessage.MaxResults)
        {
            // The reply must fit in one frame, so the worker never starts a run it could not report.
            throw reader.Invalid($"asks for {count} tasks; one reply carries 0 … {TaskResultsMessage.MaxResults}");
        }

        return new RunTasksMessage(new WorkloadSpec(kind, size), firstIndex, count);
    }
}
