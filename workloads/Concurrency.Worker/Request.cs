using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>A request as the executor gets it: decoded on arrival, so a malformed one ends the worker before anything runs.</summary>
/// <param name="Id">The request id its reply carries.</param>
/// <param name="Message">A <see cref="RunTasksMessage"/>, <see cref="EchoMessage"/> or <see cref="SumMappedMessage"/>.</param>
internal sealed record Request(int Id, object Message)
{
    /// <summary>Decodes a frame the parent sent, or fails if it is not a well-formed request.</summary>
    /// <exception cref="InvalidDataException">It is not.</exception>
    public static Request Check(Frame frame) => new(frame.RequestId, frame.Type switch
    {
        MessageType.RunTasks => frame.Read<RunTasksMessage>(),
        MessageType.Echo => frame.Read<EchoMessage>(),
        MessageType.SumMapped => frame.Read<SumMappedMessage>(),
        _ => throw new InvalidDataException($"a parent never sends {frame.Type}"),
    });
}
