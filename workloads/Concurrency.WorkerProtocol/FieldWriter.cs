using System.Buffers.Binary;
using System.Text;

namespace Concurrency.WorkerProtocol;

/// <summary>Writes fields one after another, little-endian: a codec's layout reads as the list of its fields.</summary>
internal ref struct FieldWriter(Span<byte> fields)
{
    private Span<byte> _rest = fields;

    public void WriteByte(byte value)
    {
        _rest[0] = value;
        _rest = _rest[sizeof(byte)..];
    }

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_rest, value);
        _rest = _rest[sizeof(int)..];
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_rest, value);
        _rest = _rest[sizeof(long)..];
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_rest);
        _rest = _rest[bytes.Length..];
    }

    /// <summary>Writes UTF-8 text without a length: only a message's last field can be text.</summary>
    public void WriteText(string text) => _rest = _rest[Encoding.UTF8.GetBytes(text, _rest)..];
}
