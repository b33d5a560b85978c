namespace Concurrency.WorkerProtocol;

/// <summary>
/// Reads length-prefixed frames from a blocking stream into one reused buffer. A stream that ends between frames
/// is a clean end; one that ends inside a frame, or a frame with a bad length or type, is malformed.
/// </summary>
public sealed class FrameReader(Stream stream)
{
    private readonly byte[] _prefix = new byte[WireFormat.LengthPrefixSize];
    private byte[] _body = new byte[4096];

    /// <summary>The next frame, or null at a clean end of the stream.</summary>
    /// <exception cref="InvalidDataException">The stream holds something that is not a whole, valid frame.</exception>
    public Frame? Read()
    {
        int read = stream.ReadAtLeast(_prefix, _prefix.Length, throwOnEndOfStream: false);
        if (read == 0)
        {
            return null;
        }

        if (read < _prefix.Length)
        {
            throw new InvalidDataException($"the stream ended {read} bytes into a frame's length");
        }

        int length = WireFormat.ReadBodyLength(_prefix);
        if (_body.Length < length)
        {
            _body = new byte[length];
        }

        read = stream.ReadAtLeast(_body.AsSpan(0, length), length, throwOnEndOfStream: false);
        if (read < length)
        {
            throw new InvalidDataException($"the stream ended {read} bytes into a {length}-byte frame");
        }

        return WireFormat.ParseBody(_body.AsMemory(0, length));
    }
}
