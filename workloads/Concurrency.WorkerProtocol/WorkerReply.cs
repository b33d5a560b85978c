using System.Buffers.Binary;

namespace Concurrency.WorkerProtocol;

/// <summary>A worker's reply to one request: its type and a private copy of its fields.</summary>
public sealed class WorkerReply(MessageType type, byte[] fields)
{
    public MessageType Type { get; } = type;

    public ReadOnlyMemory<byte> Fields { get; } = fields;

    /// <summary>The worker's pid, from a <see cref="MessageType.TaskResults"/> reply.</summary>
    public int ProcessId => BinaryPrimitives.ReadInt32LittleEndian(Fields.Span);

    /// <summary>The CPU time the worker spent on the message's tasks (its whole process, so the reply's writing too).</summary>
    public TimeSpan CpuTime => TimeSpan.FromTicks(BinaryPrimitives.ReadInt64LittleEndian(Fields.Span[8..]));

    /// <summary>The checksum of an <see cref="MessageType.EchoReply"/> or <see cref="MessageType.SumReply"/>.</summary>
    public long Checksum => BinaryPrimitives.ReadInt64LittleEndian(Fields.Span);

    /// <summary>The payload an <see cref="MessageType.EchoReply"/> brought back.</summary>
    public ReadOnlyMemory<byte> Payload => Fields[sizeof(long)..];

    /// <summary>The results of a <see cref="MessageType.TaskResults"/> reply, in task order.</summary>
    public TaskResult[] Results()
    {
        var span = Fields.Span;
        int count = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        WireFormat.RequireLength(span, WireFormat.TaskResultsFieldsSize + count * WireFormat.TaskResultSize, Type);
        var results = new TaskResult[count];
        for (int i = 0; i < count; i++)
        {
            var result = span.Slice(WireFormat.TaskResultsFieldsSize + i * WireFormat.TaskResultSize, WireFormat.TaskResultSize);
            results[i] = new TaskResult(
                BinaryPrimitives.ReadInt32LittleEndian(result),
                BinaryPrimitives.ReadInt32LittleEndian(result[4..]),
                BinaryPrimitives.ReadInt64LittleEndian(result[8..]),
                BinaryPrimitives.ReadInt64LittleEndian(result[16..]),
                BinaryPrimitives.ReadInt64LittleEndian(result[24..]));
        }

        return results;
    }

    /// <summary>The failed task's index and message, from a <see cref="MessageType.TaskFailed"/> reply.</summary>
    public (int TaskIndex, string Message) Failure() =>
        (BinaryPrimitives.ReadInt32LittleEndian(Fields.Span), WireFormat.ReadString(Fields.Span[4..]));
}
