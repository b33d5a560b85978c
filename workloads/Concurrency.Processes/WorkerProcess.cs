using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Processes;

/// <summary>
/// One worker process and the parent's end of its pipes. Requests are written under a lock and may overlap; a
/// dedicated thread reads replies and completes each request's task by its id. When the worker dies or sends
/// something malformed, every outstanding request fails with the reason (exit code and stderr tail, or the
/// protocol error) rather than waiting forever. Disposing closes the worker's stdin, which ends it, and kills it
/// if it lingers.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private const int StderrTailLines = 20;
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly FrameWriter _writer;
    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<WorkerReply>> _pending = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _readerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderrTail = new();
    private int _nextRequestId;
    private volatile Exception? _fault;
    private volatile bool _disposing;

    private WorkerProcess(Process process)
    {
        _process = process;
        ProcessId = process.Id;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _writer = new FrameWriter(_input);
        new Thread(ReadReplies) { IsBackground = true, Name = $"worker {ProcessId} replies" }.Start();
    }

    public int ProcessId { get; }

    /// <summary>Completes when the worker has started and said so; faults if it died first.</summary>
    public Task Ready => _ready.Task;

    /// <summary>
    /// Whether the worker died, was killed or broke the protocol; a faulted worker takes no more requests. The exit
    /// is checked too: the reply thread may not have seen the closed pipe of a worker that was just killed.
    /// </summary>
    public bool IsFaulted => _fault is not null || _process.HasExited;

    public static WorkerProcess Start(WorkerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (variable, value) in command.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable] = value;
        }

        var process = new Process { StartInfo = start };
        WorkerProcess? worker = null;
        process.ErrorDataReceived += (_, line) => worker?.KeepStderr(line.Data);
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or FileNotFoundException)
        {
            throw new FileNotFoundException($"Cannot start the worker '{command}': {exception.Message}", command.FileName, exception);
        }

        ChildProcessRegistry.Add(process);
        worker = new WorkerProcess(process);
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Asks the worker to run tasks <paramref name="firstIndex"/> … +<paramref name="count"/>−1 of <paramref name="spec"/>.</summary>
    public Task<WorkerReply> RunTasksAsync(WorkloadSpec spec, int firstIndex, int count) =>
        Send(MessageType.RunTasks, WireFormat.RunTasksFieldsSize, (spec, firstIndex, count), static (fields, request) =>
        {
            BinaryPrimitives.WriteInt32LittleEndian(fields, (int)request.spec.Kind);
            BinaryPrimitives.WriteInt32LittleEndian(fields[4..], request.spec.Size);
            BinaryPrimitives.WriteInt32LittleEndian(fields[8..], request.firstIndex);
            BinaryPrimitives.WriteInt32LittleEndian(fields[12..], request.count);
        });

    /// <summary>Sends <paramref name="payload"/> to the worker, which checksums it and sends it back.</summary>
    public Task<WorkerReply> EchoAsync(ReadOnlyMemory<byte> payload) =>
        Send(MessageType.Echo, payload.Length, payload, static (fields, request) => request.Span.CopyTo(fields));

    /// <summary>Asks the worker to checksum a region of the file at <paramref name="path"/>, which it maps into its memory.</summary>
    public Task<WorkerReply> SumMappedAsync(string path, long offset, int length) =>
        Send(MessageType.SumMapped, 12 + Encoding.UTF8.GetByteCount(path), (path, offset, length), static (fields, request) =>
        {
            BinaryPrimitives.WriteInt64LittleEndian(fields, request.offset);
            BinaryPrimitives.WriteInt32LittleEndian(fields[8..], request.length);
            Encoding.UTF8.GetBytes(request.path, fields[12..]);
        });

    /// <summary>Kills the worker at once; outstanding requests fail with <paramref name="reason"/>.</summary>
    public void Kill(Exception reason)
    {
        Fail(reason);
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        try
        {
            _input.Dispose();
        }
        catch (IOException)
        {
            // The worker is gone already: closing the pipe had nothing to tell it.
        }

        using (var grace = new CancellationTokenSource(ExitGrace))
        {
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(new ObjectDisposedException(nameof(WorkerProcess), $"worker pid {ProcessId} ignored the end of its input and was killed"));
            }
        }

        await _readerDone.Task.WaitAsync(ExitGrace).ConfigureAwait(false);
        ChildProcessRegistry.Remove(_process);
        _process.Dispose();
    }

    private Task<WorkerReply> Send<TState>(MessageType type, int fieldsLength, TState state, Action<Span<byte>, TState> fill)
    {
        if (_fault is { } fault)
        {
            return Task.FromException<WorkerReply>(fault);
        }

        var reply = new TaskCompletionSource<WorkerReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        int requestId;
        lock (_writeLock)
        {
            requestId = ++_nextRequestId;
            _pending[requestId] = reply;
            fill(_writer.Begin(type, requestId, fieldsLength), state);
            _writer.Commit();
            try
            {
                _writer.Flush();
            }
            catch (IOException)
            {
                // A broken pipe means the worker died; the reply thread is about to say how.
                _readerDone.Task.Wait(ExitGrace);
            }
        }

        // The reply thread may have failed everything between the check above and the registration.
        if (_fault is { } late && _pending.TryRemove(requestId, out _))
        {
            reply.TrySetException(late);
        }

        return reply.Task;
    }

    private void ReadReplies()
    {
        var reader = new FrameReader(_output);
        try
        {
            while (reader.Read() is { } frame)
            {
                Dispatch(frame);
            }

            Fail(Crashed());
        }
        catch (InvalidDataException malformed)
        {
            Kill(new InvalidDataException($"worker pid {ProcessId} sent a malformed message: {malformed.Message}", malformed));
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            Fail(Crashed());
        }
        finally
        {
            _readerDone.TrySetResult();
        }
    }

    private void Dispatch(Frame frame)
    {
        if (frame.Type == MessageType.Ready)
        {
            _ready.TrySetResult();
        }
        else if (frame.Type is not (MessageType.TaskResults or MessageType.TaskFailed or MessageType.EchoReply or MessageType.SumReply))
        {
            throw new InvalidDataException($"a worker never sends {frame.Type}");
        }
        else if (_pending.TryRemove(frame.RequestId, out var reply))
        {
            reply.TrySetResult(new WorkerReply(frame.Type, frame.Fields.ToArray()));
        }
        else
        {
            throw new InvalidDataException($"a {frame.Type} reply to request {frame.RequestId}, which is not outstanding");
        }
    }

    private Exception Crashed()
    {
        if (_disposing)
        {
            return new ObjectDisposedException(nameof(WorkerProcess), $"worker pid {ProcessId} was disposed");
        }

        int? exitCode = null;
        if (_process.WaitForExit(ExitGrace))
        {
            // The parameterless wait also drains the stderr reader, so the tail is complete.
            _process.WaitForExit();
            exitCode = _process.ExitCode;
        }

        lock (_stderrTail)
        {
            return new WorkerCrashedException(ProcessId, exitCode, string.Join(Environment.NewLine, _stderrTail));
        }
    }

    private void Fail(Exception reason)
    {
        if (Interlocked.CompareExchange(ref _fault, reason, null) is not null)
        {
            reason = _fault!;
        }

        _ready.TrySetException(reason);
        foreach (int requestId in _pending.Keys)
        {
            if (_pending.TryRemove(requestId, out var reply))
            {
                reply.TrySetException(reason);
            }
        }
    }

    private void KeepStderr(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderrTail)
        {
            _stderrTail.Enqueue(line);
            if (_stderrTail.Count > StderrTailLines)
            {
                _stderrTail.Dequeue();
            }
        }
    }
}
