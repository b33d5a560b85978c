using Concurrency.WorkerProtocol;

namespace Concurrency.Worker;

/// <summary>A request as the executor gets it: checked on arrival, with its own copy of the fields.</summary>
internal sealed record Request(MessageType Type, int Id, byte[] Fields)
{
    /// <summary>Copies a frame the parent sent, or fails if it is not a well-formed request.</summary>
    public static Request Check(Frame frame)
    {
        switch (frame.Type)
        {
            case MessageType.RunTasks:
                WireFormat.RequireLength(frame.Fields.Span, WireFormat.RunTasksFieldsSize, frame.Type);
                break;
            case MessageType.Echo:
                break;
            case MessageType.SumMapped:
                WireFormat.RequireLength(frame.Fields.Span, 13, frame.Type);
                break;
            default:
                throw new InvalidDataException($"a parent never sends {frame.Type}");
        }

        return new Request(frame.Type, frame.RequestId, frame.Fields.ToArray());
    }
}
