namespace Concurrency.WorkerProtocol;

/// <summary>
/// Builds frames in one reused buffer and writes them with <see cref="Flush"/>: several committed frames leave in
/// one write, which is how a busy worker answers a queue of requests with few system calls. Not thread-safe.
/// </summary>
public sealed class FrameWriter(Stream stream)
{
    private byte[] _buffer = new byte[4096];
    private int _length;
    private int _pending;

    /// <summary>Starts a frame and returns the span its fields go in; <see cref="Commit"/> ends it.</summary>
    public Span<byte> Begin(MessageType type, int requestId, int fieldsLength)
    {
        int frameLength = WireFormat.HeaderSize + fieldsLength;
        if (_buffer.Length - _length < frameLength)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + frameLength));
        }

        var frame = _buffer.AsSpan(_length, frameLength);
        WireFormat.WriteHeader(frame, type, requestId, fieldsLength);
        _pending = frameLength;
        return frame[WireFormat.HeaderSize..];
    }

    public void Commit()
    {
        _length += _pending;
        _pending = 0;
    }

    /// <summary>Writes every committed frame in one write and flushes the stream.</summary>
    public void Flush()
    {
        stream.Write(_buffer, 0, _length);
        stream.Flush();
        _length = 0;
    }
}
