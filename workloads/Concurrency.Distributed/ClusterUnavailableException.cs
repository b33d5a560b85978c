namespace Concurrency.Distributed;

/// <summary>The strategy could not reach its cluster (Redis down, no silo joined): the message names the cluster and the reason.</summary>
public sealed class ClusterUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
