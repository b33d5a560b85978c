using Concurrency.WorkerProtocol;

namespace Concurrency.Processes;

/// <summary>A request awaiting its reply, whatever type of reply it expects.</summary>
internal interface IPendingReply
{
    /// <summary>Completes the request with its reply frame.</summary>
    /// <exception cref="InvalidDataException">The frame is not a reply this request can have; the request stays pending.</exception>
    void Complete(Frame frame);

    void Fail(Exception reason);
}
