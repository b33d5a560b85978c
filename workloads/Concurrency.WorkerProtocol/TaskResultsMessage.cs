namespace Concurrency.WorkerProtocol;

/// <summary>
/// Worker → parent: one result per task of a <see cref="RunTasksMessage"/>, in task order, and the CPU time they took.
/// Fields: pid (int32), result count (int32), CPU time in ticks (int64), then per result: task index (int32), thread
/// id (int32), checksum (int64), start and end timestamps (int64 each).
/// </summary>
/// <param name="ProcessId">The worker's pid.</param>
/// <param name="CpuTime">The CPU time the worker spent on the message's tasks (its whole process, so the reply's writing too).</param>
/// <param name="Results">One per task, in task order.</param>
public sealed record TaskResultsMessage(int ProcessId, TimeSpan CpuTime, IReadOnlyList<TaskResult> Results) : IMessage<TaskResultsMessage>
{
    /// <summary>The most results one frame can carry.</summary>
    public const int MaxResults = (WireFormat.MaxFieldsLength - HeadLength) / ResultLength;

    private const int HeadLength = sizeof(int) + sizeof(int) + sizeof(long);
    private const int ResultLength = sizeof(int) + sizeof(int) + 3 * sizeof(long);

    public static MessageType Type => MessageType.TaskResults;

    public int FieldsLength => HeadLength + Results.Count * ResultLength;

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt32(ProcessId);
        writer.WriteInt32(Results.Count);
        writer.WriteInt64(CpuTime.Ticks);
        foreach (var result in Results)
        {
            writer.WriteInt32(result.TaskIndex);
            writer.WriteInt32(result.ThreadId);
            writer.WriteInt64(result.Checksum);
            writer.WriteInt64(result.StartTimestamp);
            writer.WriteInt64(result.EndTimestamp);
        }
    }

    public static TaskResultsMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        int processId = reader.ReadInt32();
        int count = reader.ReadInt32();
        var cpuTime = TimeSpan.FromTicks(reader.ReadInt64());
        if (count < 0 || count > reader.Remaining / ResultLength)
        {
            // Checked before the array is allocated: a corrupt count must not cost memory.
            throw reader.Invalid($"claims {count} results in {reader.Remaining} bytes, room for {reader.Remaining / ResultLength}");
        }

        var results = new TaskResult[count];
        for (int i = 0; i < count; i++)
        {
            results[i] = new TaskResult(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64());
        }

        reader.End();
        return new TaskResultsMessage(processId, cpuTime, results);
    }
}
