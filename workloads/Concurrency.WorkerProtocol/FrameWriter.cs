namespace Concurrency.WorkerProtocol;

/// <summary>
/// Builds frames in one reused buffer and writes them with <see cref="Flush"/>: several frames leave in one write,
/// which is how a busy worker answers a queue of requests with few system calls. Not thread-safe.
/// </summary>
public sealed class FrameWriter(Stream stream)
{
    private byte[] _buffer = new byte[4096];
    private int _length;

    /// <summary>Adds a frame holding <paramref name="message"/>; <see cref="Flush"/> sends it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The message is too long for a frame; nothing was added.</exception>
    public void Write<TMessage>(int requestId, TMessage message)
        where TMessage : IMessage<TMessage>
    {
        ArgumentNullException.ThrowIfNull(message);
        int fieldsLength = message.FieldsLength;
        WireFormat.CheckFieldsLength(TMessage.Type, fieldsLength);

        int frameLength = WireFormat.HeaderSize + fieldsLength;
        if (_buffer.Length - _length < frameLength)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + frameLength));
        }

        var frame = _buffer.AsSpan(_length, frameLength);
        WireFormat.WriteHeader(frame, TMessage.Type, requestId, fieldsLength);
        message.Write(frame[WireFormat.HeaderSize..]);
        _length += frameLength;
    }

    /// <summary>Writes every frame added since the last flush in one write and flushes the stream.</summary>
    public void Flush()
    {
        try
        {
            stream.Write(_buffer, 0, _length);
            stream.Flush();
        }
        finally
        {
            // Frames a broken stream refused are gone with it; they must not go out again with the next flush.
            _length = 0;
        }
    }
}
