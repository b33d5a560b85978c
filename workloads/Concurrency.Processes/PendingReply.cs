using Concurrency.WorkerProtocol;

namespace Concurrency.Processes;

/// <summary>
/// A request whose reply is a <typeparamref name="TReply"/>, or a <see cref="TaskFailedMessage"/>, which fails it
/// with a <see cref="WorkerTaskException"/>. Any other reply is a protocol error.
/// </summary>
internal sealed class PendingReply<TReply>(int processId) : IPendingReply
    where TReply : IMessage<TReply>
{
    private readonly TaskCompletionSource<TReply> _reply = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<TReply> Reply => _reply.Task;

    public void Complete(Frame frame)
    {
        if (frame.Type == MessageType.TaskFailed)
        {
            var failure = frame.Read<TaskFailedMessage>();
            _reply.TrySetException(new WorkerTaskException(processId, failure.TaskIndex, failure.Error));
        }
        else
        {
            _reply.TrySetResult(frame.Read<TReply>());
        }
    }

    public void Fail(Exception reason) => _reply.TrySetException(reason);
}
