namespace Concurrency.WorkerProtocol;

/// <summary>The kinds of frame the parent and a worker exchange; the byte after a frame's length.</summary>
public enum MessageType : byte
{
    /// <summary>Worker → parent, once at start: the worker's pid. Request id 0.</summary>
    Ready = 1,

    /// <summary>Parent → worker: run tasks first … first+count−1 of a workload spec (kind, size).</summary>
    RunTasks = 2,

    /// <summary>Parent → worker: checksum a payload and send it back (the cost of copying data through a pipe).</summary>
    Echo = 3,

    /// <summary>Parent → worker: checksum a region of a shared, memory-mapped file given by path, offset and length.</summary>
    SumMapped = 4,

    /// <summary>Worker → parent: one result per task of a <see cref="RunTasks"/> message, plus the CPU time it took.</summary>
    TaskResults = 101,

    /// <summary>Worker → parent: a task threw; its index and the exception's type and message. The rest of its message is skipped.</summary>
    TaskFailed = 102,

    /// <summary>Worker → parent: the checksum of an <see cref="Echo"/> payload, followed by the payload itself.</summary>
    EchoReply = 103,

    /// <summary>Worker → parent: the checksum of a <see cref="SumMapped"/> region.</summary>
    SumReply = 104,
}
