namespace Concurrency.WorkerProtocol;

/// <summary>One message read off a stream; <see cref="Fields"/> is only valid until the reader reads the next frame.</summary>
public readonly record struct Frame(MessageType Type, int RequestId, ReadOnlyMemory<byte> Fields)
{
    /// <summary>The frame's message, decoded by its codec into a copy that outlives the frame.</summary>
    /// <exception cref="InvalidDataException">The frame holds another type of message, or fields that do not fit its layout.</exception>
    public TMessage Read<TMessage>()
        where TMessage : IMessage<TMessage> =>
        Type == TMessage.Type
            ? TMessage.Read(Fields.Span)
            : throw new InvalidDataException($"a {Type} message (request {RequestId}) where a {TMessage.Type} was expected");
}
