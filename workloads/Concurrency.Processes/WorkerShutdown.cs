using System.Diagnostics;
using Concurrency.Strategies;

namespace Concurrency.Processes;

/// <summary>
/// Ending a worker. Closing its stdin asks it to exit, which it does even mid-task; one that lingers, or must stop
/// at once, is killed with its process tree. A released worker is no longer killed at this process's exit.
/// </summary>
internal static class WorkerShutdown
{
    /// <summary>Closes the worker's stdin and waits for it to exit; false if it still runs after <paramref name="grace"/>.</summary>
    public static async Task<bool> CloseInputAsync(Process process, TimeSpan grace)
    {
        try
        {
            process.StandardInput.BaseStream.Dispose();
        }
        catch (IOException)
        {
            // The worker is gone already: closing the pipe had nothing to tell it.
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited already.
        }
    }

    public static void Release(Process process)
    {
        ChildProcessRegistry.Remove(process);
        process.Dispose();
    }
}
