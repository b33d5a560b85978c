using System.Buffers.Binary;
using System.Text;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// Reads fields one after another, little-endian, and fails with the message's type when they run short; a codec
/// calls <see cref="End"/> last, since fields longer than the layout are as malformed as shorter ones.
/// </summary>
internal ref struct FieldReader(ReadOnlySpan<byte> fields, MessageType type)
{
    private readonly ReadOnlySpan<byte> _fields = fields;
    private int _position;

    /// <summary>The bytes not read yet.</summary>
    public readonly int Remaining => _fields.Length - _position;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    /// <summary>Every byte left: a message's last field when it has no length of its own.</summary>
    public ReadOnlySpan<byte> ReadRest() => Take(Remaining);

    /// <summary>Every byte left, as UTF-8 text.</summary>
    public string ReadText() => Encoding.UTF8.GetString(ReadRest());

    /// <summary>Fails if any byte is left over.</summary>
    public readonly void End()
    {
        if (Remaining > 0)
        {
            throw new InvalidDataException($"{type} message has {_fields.Length} bytes of fields, {Remaining} more than its layout");
        }
    }

    /// <summary>The error for fields that are well-sized but hold a value the message cannot have.</summary>
    public readonly InvalidDataException Invalid(string problem) => new($"{type} message {problem}");

    private ReadOnlySpan<byte> Take(int length)
    {
        if (Remaining < length)
        {
            throw new InvalidDataException($"{type} message has {_fields.Length} bytes of fields, too few for its layout (needs at least {_position + length})");
        }

        var field = _fields.Slice(_position, length);
        _position += length;
        return field;
    }
}
