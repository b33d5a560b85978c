using System.Text;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// Parent → worker: checksum <see cref="Length"/> bytes at <see cref="Offset"/> of the file at <see cref="Path"/>,
/// which the worker maps into its memory, so the bytes never cross a pipe. Answered by a <see cref="SumReplyMessage"/>
/// or a <see cref="TaskFailedMessage"/>. Fields: offset (int64), length (int32), path (UTF-8, the rest).
/// </summary>
public sealed record SumMappedMessage(string Path, long Offset, int Length) : IMessage<SumMappedMessage>
{
    public static MessageType Type => MessageType.SumMapped;

    public int FieldsLength => sizeof(long) + sizeof(int) + Encoding.UTF8.GetByteCount(Path);

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt64(Offset);
        writer.WriteInt32(Length);
        writer.WriteText(Path);
    }

    public static SumMappedMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        long offset = reader.ReadInt64();
        int length = reader.ReadInt32();
        string path = reader.ReadText();
        return path.Length > 0 ? new SumMappedMessage(path, offset, length) : throw reader.Invalid("names no file");
    }
}
