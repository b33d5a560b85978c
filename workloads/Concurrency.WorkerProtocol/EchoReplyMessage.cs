namespace Concurrency.WorkerProtocol;

/// <summary>Worker → parent: the checksum of an <see cref="EchoMessage"/>'s payload and the payload itself. Fields: checksum (int64), payload (the rest).</summary>
public sealed record EchoReplyMessage(long Checksum, ReadOnlyMemory<byte> Payload) : IMessage<EchoReplyMessage>
{
    public static MessageType Type => MessageType.EchoReply;

    public int FieldsLength => sizeof(long) + Payload.Length;

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt64(Checksum);
        writer.WriteBytes(Payload.Span);
    }

    public static EchoReplyMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        return new EchoReplyMessage(reader.ReadInt64(), reader.ReadRest().ToArray());
    }
}
