using System.ComponentModel;
using System.Diagnostics;
using Concurrency.Distributed.Hosting;
using Concurrency.Strategies;

namespace Concurrency.Distributed;

/// <summary>
/// One silo of a local cluster, as its parent sees it: started with its <see cref="SiloSettings"/> as arguments, ready
/// when it says <see cref="SiloConsole.Ready"/>, ended by closing its stdin (killed if it lingers). Its last stderr lines
/// explain a silo that could not start.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const int KeptStderrLines = 20;
    private static readonly TimeSpan ExitGrace = TimeSpan.FromSeconds(2);

    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _stderr = new();

    private SiloProcess(Process process, SiloSettings settings, string name)
    {
        _process = process;
        Settings = settings;
        Name = name;
    }

    public SiloSettings Settings { get; }

    /// <summary>"silo 2 of 3 (127.0.0.1:port, gateway port)": how errors name it.</summary>
    public string Name { get; }

    public int ProcessId => _process.Id;

    /// <summary>Completes when the process has exited, for whatever reason.</summary>
    public Task Exited => _exited.Task;

    /// <exception cref="SiloStartException">The executable cannot be started.</exception>
    public static SiloProcess Start(string executable, SiloSettings settings, string name, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in settings.ToArguments())
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (variable, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var silo = new SiloProcess(process, settings, name);
        process.OutputDataReceived += (_, line) => silo.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) => silo.OnError(line.Data);
        process.Exited += (_, _) => silo._exited.TrySetResult();
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is Win32Exception or FileNotFoundException)
        {
            process.Dispose();
            throw new SiloStartException($"Cannot start {name} from '{executable}': {exception.Message}", exception);
        }

        ChildProcessRegistry.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits until the silo has joined its cluster.</summary>
    /// <exception cref="SiloStartException">It exited first, or did not start within <paramref name="timeout"/> (it is killed).</exception>
    public async Task WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var first = await Task.WhenAny(_ready.Task, _exited.Task, Task.Delay(timeout, cancellationToken)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (first == _ready.Task)
        {
            return;
        }

        if (first == _exited.Task)
        {
            // The parameterless wait drains the stderr reader, so the tail is complete.
            _process.WaitForExit();
            throw new SiloStartException($"{Name} could not start: it exited with code {_process.ExitCode}: {StderrTail()}");
        }

        Kill();
        throw new SiloStartException($"{Name} did not start within {timeout.TotalSeconds:0} s and was killed: {StderrTail()}");
    }

    public void Kill()
    {
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
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // It is gone already: closing the pipe had nothing to tell it.
        }

        using var grace = new CancellationTokenSource(ExitGrace);
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        ChildProcessRegistry.Remove(_process);
        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is not null && line.StartsWith(SiloConsole.Ready, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    private void OnError(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_stderr)
        {
            _stderr.Enqueue(line);
            if (_stderr.Count > KeptStderrLines)
            {
                _stderr.Dequeue();
            }
        }
    }

    private string StderrTail()
    {
        lock (_stderr)
        {
            return _stderr.Count == 0 ? "(nothing on stderr)" : string.Join(Environment.NewLine, _stderr);
        }
    }
}
