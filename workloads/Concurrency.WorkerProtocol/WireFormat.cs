using System.Buffers.Binary;
using System.Text;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// The wire format between the parent and a worker, over the worker's stdin and stdout. A frame is a little-endian
/// int32 body length, then the body: one <see cref="MessageType"/> byte, a little-endian int32 request id and the
/// message's fields, little-endian. A reply carries its request's id, so several requests can be in flight.
/// </summary>
public static class WireFormat
{
    /// <summary>Length prefix plus message type plus request id.</summary>
    public const int HeaderSize = 9;

    /// <summary>The largest body accepted; anything longer is a malformed frame, not a reason to allocate.</summary>
    public const int MaxBodyLength = 64 << 20;

    /// <summary>A <see cref="MessageType.RunTasks"/> message: kind, size, first index, count.</summary>
    public const int RunTasksFieldsSize = 16;

    /// <summary>One task's result: index, thread id, checksum, start and end timestamps.</summary>
    public const int TaskResultSize = 32;

    /// <summary>Before the results of a <see cref="MessageType.TaskResults"/> message: pid, count, CPU time in ticks.</summary>
    public const int TaskResultsFieldsSize = 16;

    /// <summary>Writes a frame header into <paramref name="frame"/>, which holds <paramref name="fieldsLength"/> bytes of fields after it.</summary>
    public static void WriteHeader(Span<byte> frame, MessageType type, int requestId, int fieldsLength)
    {
        BinaryPrimitives.WriteInt32LittleEndian(frame, 5 + fieldsLength);
        frame[4] = (byte)type;
        BinaryPrimitives.WriteInt32LittleEndian(frame[5..], requestId);
    }

    /// <summary>Checks a frame's declared body length before anything is allocated for it.</summary>
    public static int ReadBodyLength(ReadOnlySpan<byte> lengthPrefix)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(lengthPrefix);
        if (length < 5 || length > MaxBodyLength)
        {
            throw new InvalidDataException($"frame length {length} is outside 5 … {MaxBodyLength} bytes");
        }

        return length;
    }

    /// <summary>Splits a body into its type, request id and fields; an unknown type is malformed.</summary>
    public static (MessageType Type, int RequestId, ReadOnlyMemory<byte> Fields) ParseBody(ReadOnlyMemory<byte> body)
    {
        var type = (MessageType)body.Span[0];
        if (!Enum.IsDefined(type))
        {
            throw new InvalidDataException($"unknown message type {body.Span[0]}");
        }

        return (type, BinaryPrimitives.ReadInt32LittleEndian(body.Span[1..]), body[5..]);
    }

    /// <summary>Fails with a clear message when a message's fields are shorter than its type needs.</summary>
    public static void RequireLength(ReadOnlySpan<byte> fields, int length, MessageType type)
    {
        if (fields.Length < length)
        {
            throw new InvalidDataException($"{type} message has {fields.Length} bytes of fields, needs {length}");
        }
    }

    public static string ReadString(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
