namespace Concurrency.Distributed;

/// <summary>A silo process of a local cluster did not start: the message names the silo, its ports and the reason.</summary>
public sealed class SiloStartException(string message, Exception? innerException = null) : Exception(message, innerException);
