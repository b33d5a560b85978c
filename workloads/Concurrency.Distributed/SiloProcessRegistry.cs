using System.Diagnostics;

namespace Concurrency.Distributed;

/// <summary>
/// Every live silo process of this process, killed when it exits or Ctrl-C stops it (as the worker processes are).
/// Silos also exit on their own when their stdin closes, which covers a parent that dies without running these handlers.
/// </summary>
internal static class SiloProcessRegistry
{
    private static readonly HashSet<Process> Live = [];

    static SiloProcessRegistry()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
    }

    public static void Add(Process process)
    {
        lock (Live)
        {
            Live.Add(process);
        }
    }

    public static void Remove(Process process)
    {
        lock (Live)
        {
            Live.Remove(process);
        }
    }

    private static void KillAll()
    {
        Process[] live;
        lock (Live)
        {
            live = [.. Live];
        }

        foreach (var process in live)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }
    }
}
