using Concurrency.WorkerProtocol;

namespace Concurrency.Processes;

/// <summary>A task threw inside a worker, or a request that runs none failed there; the message is the worker's exception type and message.</summary>
internal sealed class WorkerTaskException(int processId, int taskIndex, string message)
    : Exception($"{message} (in worker pid {processId})")
{
    public int ProcessId { get; } = processId;

    /// <summary>The task that threw, or <see cref="TaskFailedMessage.NoTask"/>.</summary>
    public int TaskIndex { get; } = taskIndex;
}
