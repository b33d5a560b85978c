using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Tests.WorkerProtocol;

/// <summary>Every message survives a trip through its codec and a frame; fields that do not fit a layout are a clear error.</summary>
public sealed class MessageCodecTests
{
    private const int RequestId = 7;

    [Test]
    public void Ready_RoundTrip_KeepsThePid() =>
        Assert.That(RoundTrip(new ReadyMessage(4242)), Is.EqualTo(new ReadyMessage(4242)));

    [Test]
    public void RunTasks_RoundTrip_KeepsSpecAndTaskRange()
    {
        var message = new RunTasksMessage(new WorkloadSpec(WorkloadKind.IoSleep, 60_000), 12, 5);

        Assert.That(RoundTrip(message), Is.EqualTo(message));
    }

    [Test]
    public void Echo_RoundTrip_KeepsThePayload()
    {
        byte[] payload = [1, 2, 3, 250, 0, 9];

        Assert.That(RoundTrip(new EchoMessage(payload)).Payload.ToArray(), Is.EqualTo(payload));
    }

    [Test]
    public void SumMapped_RoundTrip_KeepsPathOffsetAndLength()
    {
        var message = new SumMappedMessage("/dev/shm/ünïcode region.bin", 1L << 33, 4096);

        Assert.That(RoundTrip(message), Is.EqualTo(message));
    }

    [Test]
    public void TaskResults_RoundTrip_KeepsPidCpuTimeAndEveryResult()
    {
        TaskResult[] results = [new(3, 1, long.MinValue, 100, 200), new(4, 1, 42, 200, long.MaxValue)];
        var message = new TaskResultsMessage(4242, TimeSpan.FromMilliseconds(15), results);

        var read = RoundTrip(message);

        Assert.That((read.ProcessId, read.CpuTime, read.Results), Is.EqualTo((message.ProcessId, message.CpuTime, results)));
    }

    [Test]
    public void TaskResults_RoundTripWithoutResults_IsEmpty() =>
        Assert.That(RoundTrip(new TaskResultsMessage(1, TimeSpan.Zero, [])).Results, Is.Empty);

    [Test]
    public void TaskFailed_RoundTrip_KeepsTaskAndError()
    {
        var message = new TaskFailedMessage(TaskFailedMessage.NoTask, "InvalidOperationException: ça a échoué");

        Assert.That(RoundTrip(message), Is.EqualTo(message));
    }

    [Test]
    public void EchoReply_RoundTrip_KeepsChecksumAndPayload()
    {
        var message = new EchoReplyMessage(-5, new byte[] { 7, 7, 7 });

        var read = RoundTrip(message);

        Assert.That((read.Checksum, read.Payload.ToArray()), Is.EqualTo((message.Checksum, message.Payload.ToArray())));
    }

    [Test]
    public void SumReply_RoundTrip_KeepsTheChecksum() =>
        Assert.That(RoundTrip(new SumReplyMessage(long.MinValue)), Is.EqualTo(new SumReplyMessage(long.MinValue)));

    [Test]
    public void Frame_RoundTrip_KeepsTheRequestId() =>
        Assert.That(ReadFrame(Framed(new SumReplyMessage(1))).RequestId, Is.EqualTo(RequestId));

    [Test]
    public void RunTasks_Written_HasTheLayoutOlderWorkersRead()
    {
        byte[] expected =
        [
            21, 0, 0, 0, (byte)MessageType.RunTasks, RequestId, 0, 0, 0,
            (byte)WorkloadKind.CpuRangeSum, 0, 0, 0, 0xE8, 0x03, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0,
        ];

        Assert.That(Framed(new RunTasksMessage(new WorkloadSpec(WorkloadKind.CpuRangeSum, 1_000), 3, 2)), Is.EqualTo(expected));
    }

    [Test]
    public void TaskResults_Written_HasTheLayoutOlderParentsRead()
    {
        byte[] expected =
        [
            53, 0, 0, 0, (byte)MessageType.TaskResults, RequestId, 0, 0, 0,
            9, 0, 0, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0,
            1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0,
        ];

        Assert.That(Framed(new TaskResultsMessage(9, TimeSpan.FromTicks(6), [new TaskResult(1, 2, 3, 4, 5)])), Is.EqualTo(expected));
    }

    [Test]
    public void Read_FieldsCutShort_NamesTheMessageAndItsLength() =>
        Assert.That(
            () => RunTasksMessage.Read(new byte[15]),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("RunTasks message has 15 bytes of fields, too few for its layout (needs at least 16)"));

    [Test]
    public void Read_FieldsLongerThanTheLayout_IsMalformed() =>
        Assert.That(() => ReadyMessage.Read(new byte[5]), Throws.TypeOf<InvalidDataException>().With.Message.Contains("1 more than its layout"));

    [Test]
    public void RunTasks_NegativeCount_IsMalformed()
    {
        byte[] fields = Fields(new RunTasksMessage(new WorkloadSpec(WorkloadKind.CpuRangeSum, 1), 0, -1));

        Assert.That(() => RunTasksMessage.Read(fields), Throws.TypeOf<InvalidDataException>().With.Message.Contains("asks for -1 tasks"));
    }

    [Test]
    public void TaskResults_CountBeyondItsFields_IsMalformed()
    {
        byte[] twoResults = Fields(new TaskResultsMessage(1, TimeSpan.Zero, [new TaskResult(0, 1, 2, 3, 4), new TaskResult(1, 1, 2, 3, 4)]));
        byte[] fields = twoResults[..^1];

        Assert.That(() => TaskResultsMessage.Read(fields), Throws.TypeOf<InvalidDataException>().With.Message.Contains("claims 2 results"));
    }

    [Test]
    public void Echo_PayloadWhoseReplyWouldNotFitAFrame_IsMalformed()
    {
        byte[] fields = new byte[EchoMessage.MaxPayloadLength + 1];

        Assert.That(() => EchoMessage.Read(fields), Throws.TypeOf<InvalidDataException>().With.Message.Contains("its reply holds at most"));
    }

    [Test]
    public void SumMapped_WithoutAPath_IsMalformed() =>
        Assert.That(() => SumMappedMessage.Read(new byte[12]), Throws.TypeOf<InvalidDataException>().With.Message.Contains("names no file"));

    [Test]
    public void Frame_ReadAsAnotherMessage_IsMalformed()
    {
        var frame = ReadFrame(Framed(new SumReplyMessage(1)));

        Assert.That(
            () => frame.Read<TaskResultsMessage>(),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo($"a SumReply message (request {RequestId}) where a TaskResults was expected"));
    }

    private static TMessage RoundTrip<TMessage>(TMessage message)
        where TMessage : IMessage<TMessage> =>
        ReadFrame(Framed(message)).Read<TMessage>();

    private static byte[] Framed<TMessage>(TMessage message)
        where TMessage : IMessage<TMessage>
    {
        using var stream = new MemoryStream();
        var writer = new FrameWriter(stream);
        writer.Write(RequestId, message);
        writer.Flush();
        return stream.ToArray();
    }

    private static byte[] Fields<TMessage>(TMessage message)
        where TMessage : IMessage<TMessage>
    {
        byte[] fields = new byte[message.FieldsLength];
        message.Write(fields);
        return fields;
    }

    private static Frame ReadFrame(byte[] bytes) => new FrameReader(new MemoryStream(bytes)).Read()!.Value;
}
