namespace Concurrency.WorkerProtocol;

/// <summary>One message read off a stream; <see cref="Fields"/> is only valid until the reader reads the next frame.</summary>
public readonly record struct Frame(MessageType Type, int RequestId, ReadOnlyMemory<byte> Fields);
