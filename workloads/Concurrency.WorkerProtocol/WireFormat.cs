using System.Buffers.Binary;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// The framing between the parent and a worker, over the worker's stdin and stdout. A frame is a little-endian
/// int32 body length, then the body: one <see cref="MessageType"/> byte, a little-endian int32 request id and the
/// message's fields, whose layout its codec owns (<see cref="IMessage{TSelf}"/>). A reply carries its request's id,
/// so several requests can be in flight.
/// </summary>
internal static class WireFormat
{
    /// <summary>The int32 body length before every body.</summary>
    public const int LengthPrefixSize = sizeof(int);

    /// <summary>What every body starts with: the message type byte and the int32 request id.</summary>
    public const int BodyHeaderSize = sizeof(byte) + sizeof(int);

    /// <summary>Length prefix plus message type plus request id.</summary>
    public const int HeaderSize = LengthPrefixSize + BodyHeaderSize;

    /// <summary>The largest body accepted; anything longer is a malformed frame, not a reason to allocate.</summary>
    public const int MaxBodyLength = 64 << 20;

    /// <summary>The most fields one frame can hold.</summary>
    public const int MaxFieldsLength = MaxBodyLength - BodyHeaderSize;

    /// <summary>Fails before anything is written when a message's fields would not fit in a frame the other side accepts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">They would not.</exception>
    public static void CheckFieldsLength(MessageType type, int fieldsLength)
    {
        if (fieldsLength is < 0 or > MaxFieldsLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fieldsLength), fieldsLength, $"a {type} message's fields must be 0 … {MaxFieldsLength} bytes to fit in a frame");
        }
    }

    /// <summary>Writes a frame header into <paramref name="frame"/>, which holds <paramref name="fieldsLength"/> bytes of fields after it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The fields would not fit in a frame.</exception>
    public static void WriteHeader(Span<byte> frame, MessageType type, int requestId, int fieldsLength)
    {
        CheckFieldsLength(type, fieldsLength);
        var header = new FieldWriter(frame);
        header.WriteInt32(BodyHeaderSize + fieldsLength);
        header.WriteByte((byte)type);
        header.WriteInt32(requestId);
    }

    /// <summary>Checks a frame's declared body length before anything is allocated for it.</summary>
    public static int ReadBodyLength(ReadOnlySpan<byte> lengthPrefix)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(lengthPrefix);
        if (length < BodyHeaderSize || length > MaxBodyLength)
        {
            throw new InvalidDataException($"frame length {length} is outside {BodyHeaderSize} … {MaxBodyLength} bytes");
        }

        return length;
    }

    /// <summary>Splits a body into its type, request id and fields; an unknown type is malformed.</summary>
    public static Frame ParseBody(ReadOnlyMemory<byte> body)
    {
        var span = body.Span;
        var type = (MessageType)span[0];
        if (!Enum.IsDefined(type))
        {
            throw new InvalidDataException($"unknown message type {span[0]}");
        }

        return new Frame(type, BinaryPrimitives.ReadInt32LittleEndian(span[sizeof(byte)..]), body[BodyHeaderSize..]);
    }
}
