namespace Concurrency.WorkerProtocol;

/// <summary>Worker → parent: the checksum of a <see cref="SumMappedMessage"/>'s region. Fields: checksum (int64).</summary>
public sealed record SumReplyMessage(long Checksum) : IMessage<SumReplyMessage>
{
    public static MessageType Type => MessageType.SumReply;

    public int FieldsLength => sizeof(long);

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt64(Checksum);
    }

    public static SumReplyMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        var message = new SumReplyMessage(reader.ReadInt64());
        reader.End();
        return message;
    }
}
