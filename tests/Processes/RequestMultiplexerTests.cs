using Concurrency.Processes;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Tests.Processes;

/// <summary>How a worker's replies reach their requests, over in-memory streams: no process needed.</summary>
public sealed class RequestMultiplexerTests
{
    private const int ProcessId = 4242;

    private MemoryStream _requests = new();

    [SetUp]
    public void CreateStreams() => _requests = new MemoryStream();

    [TearDown]
    public void DisposeStreams() => _requests.Dispose();

    [Test]
    public async Task Replies_InAnyOrder_CompleteTheirOwnRequests()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);
        var first = multiplexer.SendAsync<SumMappedMessage, SumReplyMessage>(new SumMappedMessage("first", 0, 1));
        var second = multiplexer.SendAsync<SumMappedMessage, SumReplyMessage>(new SumMappedMessage("second", 0, 1));
        var (firstId, secondId) = (SentIds()[0], SentIds()[1]);

        multiplexer.ReadReplies(Replies(writer =>
        {
            writer.Write(secondId, new SumReplyMessage(2));
            writer.Write(firstId, new SumReplyMessage(1));
        }));

        Assert.That(new[] { (await first).Checksum, (await second).Checksum }, Is.EqualTo(new[] { 1L, 2L }));
    }

    [Test]
    public void Requests_EachCarryTheirOwnId()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);

        for (int i = 0; i < 3; i++)
        {
            multiplexer.SendAsync<EchoMessage, EchoReplyMessage>(new EchoMessage(new byte[] { 1 }));
        }

        Assert.That(SentIds(), Is.Unique.And.None.EqualTo(ReadyMessage.RequestId));
    }

    [Test]
    public async Task ReadyFrame_CompletesTheHandshakeWithThePid()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);

        multiplexer.ReadReplies(Replies(writer => writer.Write(ReadyMessage.RequestId, new ReadyMessage(ProcessId))));

        Assert.That(await multiplexer.Ready, Is.EqualTo(new ReadyMessage(ProcessId)));
    }

    [Test]
    public void TaskFailedReply_FailsItsRequestNamingTheTask()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);
        var reply = multiplexer.SendAsync<RunTasksMessage, TaskResultsMessage>(new RunTasksMessage(new WorkloadSpec(WorkloadKind.CpuRangeSum, 1), 5, 4));

        multiplexer.ReadReplies(Replies(writer => writer.Write(SentIds()[0], new TaskFailedMessage(7, "InvalidOperationException: boom"))));

        Assert.That(
            () => reply,
            Throws.TypeOf<WorkerTaskException>().With.Property(nameof(WorkerTaskException.TaskIndex)).EqualTo(7)
                .And.Message.EqualTo($"InvalidOperationException: boom (in worker pid {ProcessId})"));
    }

    [Test]
    public void Reply_ToNoOutstandingRequest_IsMalformed()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);

        Assert.That(
            () => multiplexer.ReadReplies(Replies(writer => writer.Write(99, new SumReplyMessage(1)))),
            Throws.TypeOf<InvalidDataException>().With.Message.EqualTo("a SumReply reply to request 99, which is not outstanding"));
    }

    [Test]
    public void Reply_OfTheWrongType_IsMalformedAndLeavesItsRequestToFail()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);
        var reply = multiplexer.SendAsync<EchoMessage, EchoReplyMessage>(new EchoMessage(new byte[] { 1 }));
        var reason = new InvalidDataException("the worker broke the protocol");

        Assert.That(
            () => multiplexer.ReadReplies(Replies(writer => writer.Write(SentIds()[0], new SumReplyMessage(1)))),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("where a EchoReply was expected"));
        multiplexer.Fail(reason);
        Assert.That(() => reply, Throws.Exception.SameAs(reason));
    }

    [Test]
    public void Fail_FailsOutstandingAndLaterRequestsWithTheFirstReason()
    {
        var multiplexer = new RequestMultiplexer(_requests, ProcessId);
        var before = multiplexer.SendAsync<SumMappedMessage, SumReplyMessage>(new SumMappedMessage("f", 0, 1));
        var first = new IOException("first");

        multiplexer.Fail(first);
        multiplexer.Fail(new IOException("second"));
        var after = multiplexer.SendAsync<SumMappedMessage, SumReplyMessage>(new SumMappedMessage("f", 0, 1));

        Assert.That(new Task[] { multiplexer.Ready, before, after }.Select(task => task.Exception?.InnerException), Is.All.SameAs(first));
    }

    private static MemoryStream Replies(Action<FrameWriter> write)
    {
        var stream = new MemoryStream();
        var writer = new FrameWriter(stream);
        write(writer);
        writer.Flush();
        stream.Position = 0;
        return stream;
    }

    private List<int> SentIds()
    {
        var reader = new FrameReader(new MemoryStream(_requests.ToArray()));
        var ids = new List<int>();
        while (reader.Read() is { } frame)
        {
            ids.Add(frame.RequestId);
        }

        return ids;
    }
}
