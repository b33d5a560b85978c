namespace Concurrency.WorkerProtocol;

/// <summary>The kinds of frame the parent and a worker exchange; the byte after a frame's length. Each has one codec.</summary>
public enum MessageType : byte
{
    /// <summary>Worker → parent, once at start: <see cref="ReadyMessage"/>.</summary>
    Ready = 1,

    /// <summary>Parent → worker: <see cref="RunTasksMessage"/>.</summary>
    RunTasks = 2,

    /// <summary>Parent → worker: <see cref="EchoMessage"/>.</summary>
    Echo = 3,

    /// <summary>Parent → worker: <see cref="SumMappedMessage"/>.</summary>
    SumMapped = 4,

    /// <summary>Worker → parent, the reply to a <see cref="RunTasks"/>: <see cref="TaskResultsMessage"/>.</summary>
    TaskResults = 101,

    /// <summary>Worker → parent, in place of any reply: <see cref="TaskFailedMessage"/>.</summary>
    TaskFailed = 102,

    /// <summary>Worker → parent, the reply to an <see cref="Echo"/>: <see cref="EchoReplyMessage"/>.</summary>
    EchoReply = 103,

    /// <summary>Worker → parent, the reply to a <see cref="SumMapped"/>: <see cref="SumReplyMessage"/>.</summary>
    SumReply = 104,
}
