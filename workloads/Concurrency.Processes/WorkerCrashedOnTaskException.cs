namespace Concurrency.Processes;

/// <summary>A worker died or broke the protocol while it ran the named tasks; the inner exception says how.</summary>
internal sealed class WorkerCrashedOnTaskException(string tasks, Exception innerException)
    : Exception($"the worker running {tasks} failed: {innerException.Message}", innerException);
