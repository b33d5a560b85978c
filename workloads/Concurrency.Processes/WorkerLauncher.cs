using System.ComponentModel;
using System.Diagnostics;
using Concurrency.Strategies;

namespace Concurrency.Processes;

/// <summary>
/// Starts a worker's process: its stdin and stdout are the protocol's pipes, each stderr line goes to a
/// <see cref="StderrTail"/>, and the process is registered so that this one's exit kills it.
/// </summary>
internal static class WorkerLauncher
{
    /// <exception cref="FileNotFoundException">The command's executable cannot be started.</exception>
    public static Process Start(WorkerCommand command, StderrTail stderr)
    {
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
        process.ErrorDataReceived += (_, line) => stderr.Add(line.Data);
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is Win32Exception or FileNotFoundException)
        {
            process.Dispose();
            throw new FileNotFoundException($"Cannot start the worker '{command}': {exception.Message}", command.FileName, exception);
        }

        ChildProcessRegistry.Add(process);
        process.BeginErrorReadLine();
        return process;
    }
}
