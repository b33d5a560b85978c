namespace Concurrency.WorkerProtocol;

/// <summary>
/// Parent → worker: checksum a payload and send it back, the cost of copying data through a pipe. Answered by an
/// <see cref="EchoReplyMessage"/> or a <see cref="TaskFailedMessage"/>. Fields: the payload's bytes.
/// </summary>
public sealed record EchoMessage(ReadOnlyMemory<byte> Payload) : IMessage<EchoMessage>
{
    /// <summary>The longest payload whose reply, which adds a checksum, still fits in one frame.</summary>
    public const int MaxPayloadLength = WireFormat.MaxFieldsLength - sizeof(long);

    public static MessageType Type => MessageType.Echo;

    public int FieldsLength => Payload.Length;

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteBytes(Payload.Span);
    }

    public static EchoMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        return reader.Remaining <= MaxPayloadLength
            ? new EchoMessage(reader.ReadRest().ToArray())
            : throw reader.Invalid($"carries {reader.Remaining} bytes; its reply holds at most {MaxPayloadLength}");
    }
}
