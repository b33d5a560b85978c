namespace Concurrency.Processes;

/// <summary>A task threw inside a worker; the message is the worker's exception type and message.</summary>
public sealed class WorkerTaskException(int processId, string message)
    : Exception($"{message} (in worker pid {processId})")
{
    public int ProcessId { get; } = processId;
}
