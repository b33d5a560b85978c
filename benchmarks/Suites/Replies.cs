using Concurrency.WorkerProtocol;

namespace Concurrency.Benchmarks.Suites;

/// <summary>Checks a worker's reply is the kind a benchmark asked for, so a failure inside the worker fails the case.</summary>
internal static class Replies
{
    public static WorkerReply Expect(WorkerReply reply, MessageType type) => reply.Type == type
        ? reply
        : throw new InvalidOperationException(reply.Type == MessageType.TaskFailed
            ? $"the worker failed: {reply.Failure().Message}"
            : $"the worker sent {reply.Type} where {type} was expected");
}
