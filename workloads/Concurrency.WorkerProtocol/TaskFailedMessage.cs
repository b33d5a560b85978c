using System.Text;

namespace Concurrency.WorkerProtocol;

/// <summary>
/// Worker → parent, in place of a request's reply: a task threw, or the request itself failed. The rest of a
/// <see cref="RunTasksMessage"/>'s tasks are skipped. Fields: task index (int32), error (UTF-8, the rest).
/// </summary>
/// <param name="TaskIndex">The task that threw, or <see cref="NoTask"/> for a request that runs no task.</param>
/// <param name="Error">The exception's type and message.</param>
public sealed record TaskFailedMessage(int TaskIndex, string Error) : IMessage<TaskFailedMessage>
{
    /// <summary>The <see cref="TaskIndex"/> of a failed <see cref="EchoMessage"/> or <see cref="SumMappedMessage"/>.</summary>
    public const int NoTask = -1;

    public static MessageType Type => MessageType.TaskFailed;

    public int FieldsLength => sizeof(int) + Encoding.UTF8.GetByteCount(Error);

    public void Write(Span<byte> fields)
    {
        var writer = new FieldWriter(fields);
        writer.WriteInt32(TaskIndex);
        writer.WriteText(Error);
    }

    public static TaskFailedMessage Read(ReadOnlySpan<byte> fields)
    {
        var reader = new FieldReader(fields, Type);
        return new TaskFailedMessage(reader.ReadInt32(), reader.ReadText());
    }
}
