using System.Collections.Concurrent;
using Concurrency.WorkerProtocol;

namespace Concurrency.Processes;

/// <summary>
/// The parent's end of a worker's pipes. Requests go out under a lock, each with the next id, and may overlap; the
/// reply loop completes each request with the reply that carries its id. The start handshake is request
/// <see cref="ReadyMessage.RequestId"/>, pending from the start. Once failed (the worker died, was killed or broke
/// the protocol), every outstanding and later request fails with the first reason.
/// </summary>
internal sealed class RequestMultiplexer
{
    private readonly FrameWriter _writer;
    private readonly int _processId;
    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<int, IPendingReply> _pending = new();
    private int _lastRequestId = ReadyMessage.RequestId;
    private volatile Exception? _fault;

    public RequestMultiplexer(Stream requests, int processId)
    {
        _writer = new FrameWriter(requests);
        _processId = processId;
        var ready = new PendingReply<ReadyMessage>(processId);
        _pending[ReadyMessage.RequestId] = ready;
        Ready = ready.Reply;
    }

    /// <summary>Completes when the worker has said it is ready; faults if it failed first.</summary>
    public Task<ReadyMessage> Ready { get; }

    /// <summary>Why the requests failed, or null while the worker is healthy.</summary>
    public Exception? Fault => _fault;

    /// <summary>Sends <paramref name="request"/>; the task completes with its reply.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The request is too long for a frame; nothing was sent.</exception>
    public Task<TReply> SendAsync<TRequest, TReply>(TRequest request)
        where TRequest : IMessage<TRequest>
        where TReply : IMessage<TReply>
    {
        if (_fault is { } fault)
        {
            return Task.FromException<TReply>(fault);
        }

        var pending = new PendingReply<TReply>(_processId);
        int requestId;
        lock (_writeLock)
        {
            requestId = ++_lastRequestId;
            _writer.Write(requestId, request);

            // Registered before the flush: the reply cannot come sooner.
            _pending[requestId] = pending;
            try
            {
                _writer.Flush();
            }
            catch (IOException)
            {
                // A broken pipe means the worker died; the reply loop ends and fails this request with the reason.
            }
        }

        // The reply loop may have failed everything between the check above and the registration.
        if (_fault is { } late && _pending.TryRemove(requestId, out _))
        {
            pending.Fail(late);
        }

        return pending.Reply;
    }

    /// <summary>Completes requests with the replies read from <paramref name="replies"/> until it ends cleanly.</summary>
    /// <exception cref="InvalidDataException">A malformed frame, or a reply no outstanding request can have.</exception>
    public void ReadReplies(Stream replies)
    {
        var reader = new FrameReader(replies);
        while (reader.Read() is { } frame)
        {
            if (!_pending.TryGetValue(frame.RequestId, out var pending))
            {
                throw new InvalidDataException($"a {frame.Type} reply to request {frame.RequestId}, which is not outstanding");
            }

            // Removed only once completed, so a reply that fails to decode leaves its request for Fail to find.
            pending.Complete(frame);
            _pending.TryRemove(frame.RequestId, out _);
        }
    }

    /// <summary>Fails every outstanding request, and every later one, with <paramref name="reason"/> (or an earlier one).</summary>
    public void Fail(Exception reason)
    {
        reason = Interlocked.CompareExchange(ref _fault, reason, null) ?? reason;
        foreach (int requestId in _pending.Keys)
        {
            if (_pending.TryRemove(requestId, out var pending))
            {
                pending.Fail(reason);
            }
        }
    }
}
