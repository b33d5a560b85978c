using System.Diagnostics;
using Concurrency.WorkerProtocol;
using Concurrency.Workloads;

namespace Concurrency.Processes;

/// <summary>
/// One worker process, as the parent talks to it. Requests may overlap; a dedicated thread reads the replies and the
/// <see cref="RequestMultiplexer"/> hands each to its request. When the worker dies or sends something malformed,
/// every outstanding request fails with the reason (<see cref="CrashDiagnosis"/>: exit code and stderr tail; or the
/// protocol error) rather than waiting forever. Disposing closes the worker's stdin, which ends it, and kills it if
/// it lingers (<see cref="WorkerShutdown"/>).
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly StderrTail _stderr;
    private readonly RequestMultiplexer _requests;
    private readonly TaskCompletionSource _repliesEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _disposing;

    private WorkerProcess(Process process, StderrTail stderr)
    {
        _process = process;
        _stderr = stderr;
        ProcessId = process.Id;
        _requests = new RequestMultiplexer(process.StandardInput.BaseStream, ProcessId);
        new Thread(ReadReplies) { IsBackground = true, Name = $"worker {ProcessId} replies" }.Start();
    }

    public int ProcessId { get; }

    /// <summary>Completes when the worker has started and said so; faults if it died first.</summary>
    public Task Ready => _requests.Ready;

    /// <summary>
    /// Whether the worker died, was killed or broke the protocol; a faulted worker takes no more requests. The exit
    /// is checked too: the reply thread may not have seen the closed pipe of a worker that was just killed.
    /// </summary>
    public bool IsFaulted => _requests.Fault is not null || _process.HasExited;

    /// <exception cref="FileNotFoundException">The command's executable cannot be started.</exception>
    public static WorkerProcess Start(WorkerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var stderr = new StderrTail();
        return new WorkerProcess(WorkerLauncher.Start(command, stderr), stderr);
    }

    /// <summary>Asks the worker to run tasks <paramref name="firstIndex"/> … +<paramref name="count"/>−1 of <paramref name="spec"/>.</summary>
    /// <returns>Their results; a task that throws fails it with a <see cref="WorkerTaskException"/> naming the task.</returns>
    public Task<TaskResultsMessage> RunTasksAsync(WorkloadSpec spec, int firstIndex, int count) =>
        _requests.SendAsync<RunTasksMessage, TaskResultsMessage>(new RunTasksMessage(spec, firstIndex, count));

    /// <summary>Sends <paramref name="payload"/> to the worker, which checksums it and sends it back.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The payload is longer than <see cref="EchoMessage.MaxPayloadLength"/>.</exception>
    public Task<EchoReplyMessage> EchoAsync(ReadOnlyMemory<byte> payload)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payload.Length, EchoMessage.MaxPayloadLength, nameof(payload));
        return _requests.SendAsync<EchoMessage, EchoReplyMessage>(new EchoMessage(payload));
    }

    /// <summary>Asks the worker to checksum a region of the file at <paramref name="path"/>, which it maps into its memory.</summary>
    public Task<SumReplyMessage> SumMappedAsync(string path, long offset, int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return _requests.SendAsync<SumMappedMessage, SumReplyMessage>(new SumMappedMessage(path, offset, length));
    }

    /// <summary>Kills the worker at once; outstanding requests fail with <paramref name="reason"/>.</summary>
    public void Kill(Exception reason)
    {
        _requests.Fail(reason);
        WorkerShutdown.Kill(_process);
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        if (!await WorkerShutdown.CloseInputAsync(_process, ExitGrace).ConfigureAwait(false))
        {
            Kill(new ObjectDisposedException(nameof(WorkerProcess), $"worker pid {ProcessId} ignored the end of its input and was killed"));
        }

        await _repliesEnded.Task.WaitAsync(ExitGrace).ConfigureAwait(false);
        WorkerShutdown.Release(_process);
    }

    private void ReadReplies()
    {
        try
        {
            _requests.ReadReplies(_process.StandardOutput.BaseStream);
            _requests.Fail(Ended());
        }
        catch (InvalidDataException malformed)
        {
            Kill(new InvalidDataException($"worker pid {ProcessId} sent a malformed message: {malformed.Message}", malformed));
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            _requests.Fail(Ended());
        }
        finally
        {
            _repliesEnded.TrySetResult();
        }
    }

    /// <summary>Why the replies ended: this side's disposal, or a crash its exit code and stderr explain.</summary>
    private Exception Ended() => _disposing
        ? new ObjectDisposedException(nameof(WorkerProcess), $"worker pid {ProcessId} was disposed")
        : CrashDiagnosis.Diagnose(_process, ProcessId, _stderr, ExitGrace);
}
