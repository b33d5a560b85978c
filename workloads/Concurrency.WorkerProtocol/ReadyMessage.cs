namespace Concurrency.WorkerProtocol;

/// <summary>Worker → parent, once at start: the worker is up. Fields: its pid (int32).</summary>
/// <param name="ProcessId">The worker's pid.</param>
public sealed record ReadyMessage(int ProcessId) : IMessage<ReadyMessage>
{
    /// <summary>The request id a Ready frame carries: the parent awaits it as request 0, which it never sends.</summary>
    public const int RequestId = 0;

    public static MessageType Type => MessageType.Ready;

    public int FieldsLength => sizeof(int);

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt32(ProcessId);
    }

    public static ReadyMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        var message = new ReadyMessage(reader.ReadInt32());
        reader.End();
        return message;
    }
}
