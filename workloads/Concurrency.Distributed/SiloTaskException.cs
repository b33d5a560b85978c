namespace Concurrency.Distributed;

/// <summary>A task threw inside a silo; the message says which silo and carries the task's "ExceptionType: message".</summary>
public sealed class SiloTaskException(string message) : Exception(message);
