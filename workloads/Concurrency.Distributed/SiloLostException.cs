namespace Concurrency.Distributed;

/// <summary>Tasks were running on a silo that stopped answering, and no silo of the cluster was left to run them again.</summary>
public sealed class SiloLostException(string message, Exception? innerException = null) : Exception(message, innerException);
