using Concurrency.WorkerProtocol;

namespace Concurrency.Tests.WorkerProtocol;

/// <summary>The framing both sides share: whole frames in order, a clean end between frames, and a clear error for anything else.</summary>
public sealed class FramingTests
{
    [Test]
    public void Read_SeveralFramesInOneWrite_ReadsEachInOrder()
    {
        using var stream = new MemoryStream();
        var writer = new FrameWriter(stream);
        writer.Write(1, new SumReplyMessage(10));
        writer.Write(2, new SumReplyMessage(20));
        writer.Flush();
        stream.Position = 0;
        var reader = new FrameReader(stream);

        var read = new List<(int, long)>();
        while (reader.Read() is { } frame)
        {
            read.Add((frame.RequestId, frame.Read<SumReplyMessage>().Checksum));
        }

        Assert.That(read, Is.EqualTo(new[] { (1, 10L), (2, 20L) }));
    }

    [Test]
    public void Read_StreamEndsBetweenFrames_IsACleanEnd() =>
        Assert.That(new FrameReader(new MemoryStream()).Read(), Is.Null);

    [Test]
    public void Read_StreamEndsInsideTheLength_IsMalformed() =>
        Assert.That(() => Read([5, 0]), Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("the stream ended 2 bytes into a frame's length"));

    [Test]
    public void Read_StreamEndsInsideTheBody_IsMalformed()
    {
        byte[] frame = Header(MessageType.SumReply, sizeof(long));

        Assert.That(() => Read(frame), Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("the stream ended 5 bytes into a 13-byte frame"));
    }

    [TestCase(WireFormat.MaxBodyLength + 1)]
    [TestCase(WireFormat.BodyHeaderSize - 1)]
    [TestCase(-1)]
    public void Read_LengthOutsideTheLimits_IsMalformedBeforeAnyAllocation(int length) =>
        Assert.That(
            () => Read(BitConverter.GetBytes(length)),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo($"frame length {length} is outside {WireFormat.BodyHeaderSize} … {WireFormat.MaxBodyLength} bytes"));

    [Test]
    public void Read_UnknownType_IsMalformed() =>
        Assert.That(() => Read(Header((MessageType)250, 0)), Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("unknown message type 250"));

    [Test]
    public void Write_MessageTooLongForAFrame_ThrowsAndAddsNothing()
    {
        using var stream = new MemoryStream();
        var writer = new FrameWriter(stream);

        Assert.That(() => writer.Write(1, new OversizedMessage()), Throws.TypeOf<ArgumentOutOfRangeException>());
        writer.Flush();
        Assert.That(stream.Length, Is.Zero);
    }

    private static byte[] Header(MessageType type, int fieldsLength)
    {
        byte[] header = new byte[WireFormat.HeaderSize];
        WireFormat.WriteHeader(header, type, 1, fieldsLength);
        return header;
    }

    private static Frame? Read(byte[] bytes) => new FrameReader(new MemoryStream(bytes)).Read();

    /// <summary>Claims more fields than a frame holds, without the memory to back the claim.</summary>
    private sealed record OversizedMessage : IMessage<OversizedMessage>
    {
        public static MessageType Type => MessageType.Echo;

        public int FieldsLength => WireFormat.MaxFieldsLength + 1;

        public static OversizedMessage Read(ReadOnlySpan<byte> fields) => throw new NotSupportedException();

        public void Write(Span<byte> fields) => throw new NotSupportedException();
    }
}
